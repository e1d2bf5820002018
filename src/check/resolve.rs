//! Raw model → checked [`Policy`] and [`Settings`]: catalogue keys, dates, e-mail addresses,
//! country codes and references between entries are resolved, and every prose field is
//! checked to exist in every site language.
//!
//! Only what stops a policy from being built is reported here, under the structure and
//! translation rules. Whether the policy is lawful, complete or well worded is for the rules,
//! which read the finished policy.

use std::collections::HashSet;

use crate::catalogue::{
    self, Art9Condition, Authority, CatalogueKey, CookieCategory, CookieKind, DataCategory,
    LegalBasis, RecipientRole, Requirement, RetentionEvent, Source, TransferMechanism,
};
use crate::diagnostic::{did_you_mean, quoted_list, suggestion};
use crate::model::{self, KeyOr, Prose, ProseList, RawAddress, RawPolicy, RawSite};
use crate::policy::*;

use super::report::Report;
use super::rules::{self as r};

/// Resolves `site.yaml`. `known_languages` are those with translations: built in, or added
/// through a `locales/<lang>/` folder. `None` when the settings have an error; `report` is
/// the settings file's own.
pub fn settings(
    raw: &RawSite,
    known_languages: &[String],
    report: &mut Report,
) -> Option<Settings> {
    let known: Vec<&str> = known_languages.iter().map(String::as_str).collect();
    if raw.languages.is_empty() {
        report
            .add(&r::SITE_LANGUAGES, "languages", "the site has no languages")
            .hint("write for example `languages: [nl, fr, en]`");
    }
    let mut seen = HashSet::new();
    for (i, lang) in raw.languages.iter().enumerate() {
        let path = format!("languages[{i}]");
        if !seen.insert(lang) {
            report.add(
                &r::DUPLICATE_ENTRY,
                path,
                format!("the language `{lang}` is listed twice"),
            );
        } else if !known.contains(&lang.as_str()) {
            let lower = lang.to_lowercase();
            let built_in = crate::assets::built_in_languages();
            let hint = if known.contains(&lower.as_str()) {
                format!("language codes are written in lowercase: `{lower}`")
            } else if lang.parse::<unic_langid::LanguageIdentifier>().is_ok() {
                format!(
                    "privasite has texts for {}; for `{lang}`, add a folder `locales/{lang}/` with its translations",
                    quoted_list(&built_in)
                )
            } else {
                suggestion(lang, &known)
            };
            report
                .add(
                    &r::SITE_LANGUAGES,
                    path,
                    format!("there are no translations for the language `{lang}`"),
                )
                .hint(hint);
        }
    }
    let default_language = raw
        .default_language
        .clone()
        .or_else(|| raw.languages.first().cloned())
        .unwrap_or_default();
    if raw.default_language.is_some() && !raw.languages.contains(&default_language) {
        let langs: Vec<&str> = raw.languages.iter().map(String::as_str).collect();
        report
            .add(
                &r::SITE_LANGUAGES,
                "default_language",
                format!(
                    "the default language `{default_language}` is not one of the site's languages"
                ),
            )
            .hint(suggestion(&default_language, &langs));
    }
    if let Some(url) = &raw.base_url
        && !(url.starts_with("https://") || url.starts_with("http://"))
    {
        report
            .add(
                &r::INVALID_VALUE,
                "base_url",
                format!("`{url}` is not a web address"),
            )
            .hint("write the full address, such as `https://privacy.example.be/`");
    }
    if report.has_errors() {
        return None;
    }
    Some(Settings {
        languages: raw.languages.clone(),
        default_language,
        base_url: raw
            .base_url
            .as_ref()
            .map(|u| u.trim_end_matches('/').to_owned() + "/"),
        theme: raw.theme.clone().unwrap_or_else(|| "default".into()),
        output_dir: raw.output_dir.clone().unwrap_or_else(|| "public".into()),
    })
}

/// Resolves `policy.yaml` for a site published in `languages`. The policy is returned even
/// when errors were reported (with placeholders where values were wrong), so the rules can
/// still run over the rest.
pub fn policy(raw: &RawPolicy, languages: &[String], report: &mut Report) -> Policy {
    let mut resolver = Resolver {
        languages: languages.to_vec(),
        report,
        prose: Vec::new(),
    };
    resolver.policy(raw)
}

struct Resolver<'a> {
    languages: Vec<String>,
    report: &'a mut Report,
    /// Every prose field built so far, for [`Policy::prose`].
    prose: Vec<ProseField>,
}

impl Resolver<'_> {
    fn policy(&mut self, raw: &RawPolicy) -> Policy {
        let last_updated = self.date("last_updated", &raw.last_updated);
        let effective = raw
            .effective
            .as_ref()
            .and_then(|d| self.date("effective", d));
        let data_categories = self.data_categories(raw);
        let sources = self.sources(&raw.sources);
        let recipients = self.recipients(&raw.recipients);
        let purposes = self.purposes(raw, &data_categories, &sources, &recipients);
        let cookies = self.cookies(&raw.cookies, &recipients);
        let change_summary = self.opt_prose("change_summary", raw.change_summary.as_ref());
        let introduction = self.opt_prose("introduction", raw.introduction.as_ref());
        let controller = self.controller(&raw.controller);
        let joint_controllers = self.joint_controllers(&raw.joint_controllers, &purposes);
        let representative = raw
            .representative
            .as_ref()
            .map(|r| self.party("representative", r));
        let dpo = raw.dpo.as_ref().map(|d| {
            self.email("dpo.email", &d.email);
            Party {
                name: d.name.clone(),
                address: d.address.as_ref().map(|a| self.address("dpo.address", a)),
                email: Some(d.email.clone()),
                phone: d.phone.clone(),
                website: None,
            }
        });
        let authority = self.authority(&raw.supervisory_authority);
        let rights = self.rights(&raw.rights);
        let security = self.opt_prose("security", raw.security.as_ref());
        let faq = raw
            .faq
            .iter()
            .enumerate()
            .map(|(i, f)| Faq {
                question: self.prose(&format!("faq[{i}].question"), &f.question),
                answer: self.prose(&format!("faq[{i}].answer"), &f.answer),
            })
            .collect();
        Policy {
            last_updated: last_updated.unwrap_or(time::Date::MIN),
            effective,
            change_summary,
            introduction,
            controller,
            joint_controllers,
            representative,
            dpo,
            authority,
            data_categories,
            sources,
            purposes,
            recipients,
            cookies,
            rights,
            children_min_age: raw.children.as_ref().map(|c| c.min_age),
            security,
            faq,
            prose: std::mem::take(&mut self.prose),
            languages: self.languages.clone(),
        }
    }

    fn controller(&mut self, raw: &model::RawController) -> Controller {
        self.email("controller.email", &raw.email);
        Controller {
            name: raw.name.clone(),
            legal_form: raw.legal_form.clone(),
            enterprise_number: raw
                .enterprise_number
                .as_ref()
                .map(|n| self.enterprise_number("controller.enterprise_number", n)),
            address: raw
                .address
                .as_ref()
                .map(|a| self.address("controller.address", a)),
            email: raw.email.clone(),
            phone: raw.phone.clone(),
            website: raw.website.clone(),
        }
    }

    fn party(&mut self, path: &str, raw: &model::RawParty) -> Party {
        if let Some(e) = &raw.email {
            self.email(&format!("{path}.email"), e);
        }
        Party {
            name: Some(raw.name.clone()),
            address: raw
                .address
                .as_ref()
                .map(|a| self.address(&format!("{path}.address"), a)),
            email: raw.email.clone(),
            phone: raw.phone.clone(),
            website: raw.website.clone(),
        }
    }

    fn joint_controllers(
        &mut self,
        raw: &[model::RawJointController],
        purposes: &[Purpose],
    ) -> Vec<JointController> {
        let purpose_ids: Vec<&str> = purposes.iter().map(|p| p.id.as_str()).collect();
        raw.iter()
            .enumerate()
            .map(|(i, j)| {
                let path = format!("joint_controllers[{i}]");
                for (k, id) in j.purposes.iter().enumerate() {
                    self.reference(
                        &format!("{path}.purposes[{k}]"),
                        id,
                        "purpose",
                        &purpose_ids,
                    );
                }
                if let Some(e) = &j.email {
                    self.email(&format!("{path}.email"), e);
                }
                JointController {
                    enterprise_number: j
                        .enterprise_number
                        .as_ref()
                        .map(|n| self.enterprise_number(&format!("{path}.enterprise_number"), n)),
                    address: j
                        .address
                        .as_ref()
                        .map(|a| self.address(&format!("{path}.address"), a)),
                    responsibilities: self
                        .prose(&format!("{path}.responsibilities"), &j.responsibilities),
                    at: path,
                    name: j.name.clone(),
                    email: j.email.clone(),
                    website: j.website.clone(),
                    purposes: j.purposes.clone(),
                }
            })
            .collect()
    }

    fn authority(&mut self, raw: &KeyOr<model::RawAuthority>) -> SupervisoryAuthority {
        let path = "supervisory_authority";
        match raw {
            KeyOr::Key(key) => SupervisoryAuthority::Known(
                self.key::<Authority>(path, key).unwrap_or(Authority::BeGba),
            ),
            KeyOr::Custom(a) => SupervisoryAuthority::Custom {
                name: self.prose(&format!("{path}.name"), &a.name),
                details: Box::new(Party {
                    name: None,
                    address: a
                        .address
                        .as_ref()
                        .map(|ad| self.address(&format!("{path}.address"), ad)),
                    email: a.email.clone(),
                    phone: a.phone.clone(),
                    website: a.website.clone(),
                }),
            },
        }
    }

    fn data_categories(&mut self, raw: &RawPolicy) -> Vec<DataCategoryEntry> {
        let mut entries: Vec<DataCategoryEntry> = Vec::new();
        for (i, item) in raw.data_categories.iter().enumerate() {
            let path = format!("data_categories[{i}]");
            let entry = match item {
                KeyOr::Key(key) => self
                    .key::<DataCategory>(&path, key)
                    .map(|c| catalogue_category(c, &path)),
                KeyOr::Custom(c) => Some(self.custom_category(&path, c)),
            };
            if let Some(entry) = entry {
                if entries.iter().any(|e| e.id == entry.id) {
                    self.report.add(
                        &r::DUPLICATE_ENTRY,
                        path,
                        format!("the data category `{}` is listed twice", entry.id),
                    );
                    continue;
                }
                entries.push(entry);
            }
        }
        entries
    }

    fn custom_category(&mut self, path: &str, raw: &model::RawDataCategory) -> DataCategoryEntry {
        let known = DataCategory::from_key(&raw.id);
        let label = match (&raw.label, known) {
            (Some(label), _) => Text::Prose(self.prose(&format!("{path}.label"), label)),
            (None, Some(c)) => Text::Message(c.message_id()),
            (None, None) => {
                let hint = match did_you_mean(&raw.id, DataCategory::KEYS.iter().copied()) {
                    Some(best) => format!(
                        "did you mean the built-in `{best}`? Otherwise add `label: {{nl: …, fr: …, en: …}}`"
                    ),
                    None => "add `label: {nl: …, fr: …, en: …}`".into(),
                };
                self.report
                    .add(
                        &r::CUSTOM_WITHOUT_LABEL,
                        format!("{path}.id"),
                        format!(
                            "`{}` is not a built-in data category, so it needs a `label`",
                            raw.id
                        ),
                    )
                    .hint(hint);
                Text::Prose(Prose::new())
            }
        };
        let items = match (&raw.items, known) {
            (Some(items), _) => Some(Text::List(self.prose_list(&format!("{path}.items"), items))),
            (None, Some(c)) => Some(Text::Message(format!("{}-items", c.message_id()))),
            (None, None) => None,
        };
        let art9_condition = raw
            .art9_condition
            .as_ref()
            .and_then(|k| self.key::<Art9Condition>(&format!("{path}.art9_condition"), k));
        DataCategoryEntry {
            at: path.to_owned(),
            id: raw.id.clone(),
            label,
            items,
            special: raw.special.unwrap_or(false) || known.is_some_and(DataCategory::is_special),
            art9_condition,
        }
    }

    fn sources(&mut self, raw: &[KeyOr<model::RawSource>]) -> Vec<SourceEntry> {
        let mut entries: Vec<SourceEntry> = Vec::new();
        for (i, item) in raw.iter().enumerate() {
            let path = format!("sources[{i}]");
            let entry = match item {
                KeyOr::Key(key) => self.key::<Source>(&path, key).map(|s| SourceEntry {
                    at: path.clone(),
                    id: s.key().to_owned(),
                    label: Text::Message(s.message_id()),
                    public: s == Source::PublicSources,
                }),
                KeyOr::Custom(s) => {
                    let label = match (&s.label, Source::from_key(&s.id)) {
                        (Some(l), _) => Text::Prose(self.prose(&format!("{path}.label"), l)),
                        (None, Some(known)) => Text::Message(known.message_id()),
                        (None, None) => {
                            self.report
                                .add(
                                    &r::CUSTOM_WITHOUT_LABEL,
                                    format!("{path}.id"),
                                    format!(
                                        "`{}` is not a built-in source, so it needs a `label`",
                                        s.id
                                    ),
                                )
                                .hint(format!("built-in sources: {}", quoted_list(Source::KEYS)));
                            Text::Prose(Prose::new())
                        }
                    };
                    Some(SourceEntry {
                        at: path.clone(),
                        id: s.id.clone(),
                        label,
                        public: s.public,
                    })
                }
            };
            if let Some(entry) = entry {
                if entries.iter().any(|e| e.id == entry.id) {
                    self.report.add(
                        &r::DUPLICATE_ENTRY,
                        path,
                        format!("the source `{}` is listed twice", entry.id),
                    );
                } else {
                    entries.push(entry);
                }
            }
        }
        entries
    }

    fn recipients(&mut self, raw: &[model::RawRecipient]) -> Vec<Recipient> {
        let mut out: Vec<Recipient> = Vec::new();
        for (i, rec) in raw.iter().enumerate() {
            let path = format!("recipients[{i}]");
            if out.iter().any(|o| o.id == rec.id) {
                self.report
                    .add(
                        &r::DUPLICATE_ENTRY,
                        format!("{path}.id"),
                        format!("two recipients have the id `{}`", rec.id),
                    )
                    .hint("give each recipient its own id");
            }
            let role = self.key::<RecipientRole>(&format!("{path}.role"), &rec.role);
            let country = self.country(&format!("{path}.country"), &rec.country);
            let transfer = rec
                .transfer
                .as_ref()
                .and_then(|t| self.transfer(&format!("{path}.transfer"), t));
            out.push(Recipient {
                id: rec.id.clone(),
                name: rec.name.clone(),
                role: role.unwrap_or(RecipientRole::Processor),
                service: self.prose(&format!("{path}.service"), &rec.service),
                country,
                transfer,
                at: path,
            });
        }
        out
    }

    fn transfer(&mut self, path: &str, raw: &model::RawTransfer) -> Option<Transfer> {
        let mechanism =
            self.key::<TransferMechanism>(&format!("{path}.mechanism"), &raw.mechanism)?;
        let checked_on = raw
            .checked_on
            .as_ref()
            .and_then(|d| self.date(&format!("{path}.checked_on"), d));
        Some(Transfer {
            mechanism,
            reference: raw.reference.clone(),
            checked_on,
        })
    }

    fn purposes(
        &mut self,
        raw: &RawPolicy,
        categories: &[DataCategoryEntry],
        sources: &[SourceEntry],
        recipients: &[Recipient],
    ) -> Vec<Purpose> {
        let category_ids: Vec<&str> = categories.iter().map(|c| c.id.as_str()).collect();
        let source_ids: Vec<&str> = sources.iter().map(|s| s.id.as_str()).collect();
        let recipient_ids: Vec<&str> = recipients.iter().map(|r| r.id.as_str()).collect();
        let mut seen_ids = HashSet::new();
        let mut out = Vec::new();
        for (i, p) in raw.purposes.iter().enumerate() {
            let path = format!("purposes[{i}]");
            if !seen_ids.insert(p.id.as_str()) {
                self.report
                    .add(
                        &r::DUPLICATE_ENTRY,
                        format!("{path}.id"),
                        format!("two purposes have the id `{}`", p.id),
                    )
                    .hint("give each purpose its own id; ids appear in links and must stay unique");
            }
            if !is_slug(&p.id) {
                self.report
                    .add(
                        &r::INVALID_ID,
                        format!("{path}.id"),
                        format!(
                            "the id `{}` may contain only lowercase letters, digits, `_` and `-`",
                            p.id
                        ),
                    )
                    .hint("ids become page anchors such as #purpose-newsletter");
            }
            for (k, d) in p.data.iter().enumerate() {
                let data_path = format!("{path}.data[{k}]");
                if !category_ids.contains(&d.as_str()) && DataCategory::from_key(d).is_some() {
                    self.report
                        .add(
                            &r::UNKNOWN_REFERENCE,
                            data_path,
                            format!(
                                "the purpose uses `{d}`, which is not listed under `data_categories`"
                            ),
                        )
                        .hint(format!(
                            "add `{d}` to `data_categories` at the top of the file, so the page can describe it"
                        ));
                } else {
                    self.reference(&data_path, d, "data category", &category_ids);
                }
            }
            for (k, rec) in p.recipients.iter().enumerate() {
                self.reference(
                    &format!("{path}.recipients[{k}]"),
                    rec,
                    "recipient",
                    &recipient_ids,
                );
            }
            for (k, s) in p.sources.iter().enumerate() {
                self.reference(&format!("{path}.sources[{k}]"), s, "source", &source_ids);
            }
            let basis = self.legal_basis(&path, &p.legal_basis);
            // The interest is only meaningful next to a known basis; with an unknown one the
            // error about the basis says all there is to say.
            let legitimate_interest = match basis {
                Some(_) => p
                    .legitimate_interest
                    .as_ref()
                    .map(|li| self.prose(&format!("{path}.legitimate_interest"), li)),
                None => None,
            };
            let retention = self.retention(&format!("{path}.retention"), &p.retention);
            let provision = p.provision.as_ref().and_then(|pr| {
                let requirement = self.key::<Requirement>(
                    &format!("{path}.provision.requirement"),
                    &pr.requirement,
                )?;
                Some(Provision {
                    requirement,
                    consequence: self.opt_prose(
                        &format!("{path}.provision.consequence"),
                        pr.consequence.as_ref(),
                    ),
                })
            });
            let automated_decision = match &p.automated_decisions {
                model::AutomatedDecisions::None => None,
                model::AutomatedDecisions::Some(ad) => Some(AutomatedDecision {
                    logic: self.prose(&format!("{path}.automated_decisions.logic"), &ad.logic),
                    significance: self.prose(
                        &format!("{path}.automated_decisions.significance"),
                        &ad.significance,
                    ),
                }),
            };
            out.push(Purpose {
                id: p.id.clone(),
                title: self.prose(&format!("{path}.title"), &p.title),
                description: self.opt_prose(&format!("{path}.description"), p.description.as_ref()),
                data: p.data.clone(),
                legal_basis: basis,
                legitimate_interest,
                retention: retention.unwrap_or(Retention::Criteria(Prose::new())),
                retention_after_ignored: p.retention.after.is_some()
                    && p.retention.criteria.is_some(),
                recipients: p.recipients.clone(),
                sources: p.sources.clone(),
                provision,
                automated_decision,
                direct_marketing: p.direct_marketing,
                at: path,
            });
        }
        out
    }

    /// One basis per purpose: "consent or legitimate interest" cannot be resolved to one.
    fn legal_basis(&mut self, purpose_path: &str, raw: &str) -> Option<LegalBasis> {
        let path = format!("{purpose_path}.legal_basis");
        let parts: Vec<&str> = raw
            .split([',', '/', '|'])
            .flat_map(|s| s.split(" or "))
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        if parts.len() > 1 {
            self.report
                .add(
                    &r::ONE_LEGAL_BASIS,
                    path,
                    format!(
                        "a purpose has exactly one legal basis, but `{raw}` names {}",
                        parts.len()
                    ),
                )
                .hint("split it into two purposes, each with its own basis (Art. 6 GDPR; the EDPB does not allow switching bases)");
            return None;
        }
        self.key::<LegalBasis>(&path, raw)
    }

    fn retention(&mut self, path: &str, raw: &model::RawRetention) -> Option<Retention> {
        let period = self.period(path, raw.years, raw.months, raw.days);
        match (period, &raw.criteria) {
            (Some(_), Some(_)) => {
                self.report.add(
                    &r::INVALID_PERIOD,
                    path,
                    "give either a period (`years`, `months` or `days` with `after`) or `criteria`, not both",
                );
                None
            }
            (Some(period), None) => {
                let Some(after) = &raw.after else {
                    self.report
                        .add(
                            &r::INVALID_PERIOD,
                            path,
                            "the retention period does not say from when it counts",
                        )
                        .hint(format!(
                            "add `after:` with one of: {}",
                            quoted_list(RetentionEvent::KEYS)
                        ));
                    return None;
                };
                let after = self.key::<RetentionEvent>(&format!("{path}.after"), after)?;
                Some(Retention::Period { period, after })
            }
            (None, Some(criteria)) => Some(Retention::Criteria(
                self.prose(&format!("{path}.criteria"), criteria),
            )),
            (None, None) => {
                if raw.years.is_none() && raw.months.is_none() && raw.days.is_none() {
                    self.report
                        .add(
                            &r::RETENTION_STATED,
                            path,
                            "the retention gives neither a period nor criteria",
                        )
                        .hint("write for example `retention: {years: 10, after: contract_end}` or `retention: {criteria: {nl: …, fr: …, en: …}}`; \"as long as necessary\" is not enough");
                }
                None
            }
        }
    }

    /// Exactly one of years, months or days, greater than zero.
    fn period(
        &mut self,
        path: &str,
        years: Option<u32>,
        months: Option<u32>,
        days: Option<u32>,
    ) -> Option<Period> {
        let given: Vec<Period> = [
            (years, Unit::Years),
            (months, Unit::Months),
            (days, Unit::Days),
        ]
        .into_iter()
        .filter_map(|(n, unit)| n.map(|amount| Period { amount, unit }))
        .collect();
        match given.as_slice() {
            [] => None,
            [p] if p.amount == 0 => {
                self.report
                    .add(&r::INVALID_PERIOD, path, "a period of zero")
                    .hint("give a number greater than 0");
                None
            }
            [p] => Some(*p),
            _ => {
                self.report
                    .add(
                        &r::INVALID_PERIOD,
                        path,
                        "give one unit only: `years`, `months` or `days`",
                    )
                    .hint("write 18 months as `months: 18`");
                None
            }
        }
    }

    fn cookies(&mut self, raw: &[model::RawCookie], recipients: &[Recipient]) -> Vec<Cookie> {
        let recipient_ids: Vec<&str> = recipients.iter().map(|r| r.id.as_str()).collect();
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for (i, c) in raw.iter().enumerate() {
            let path = format!("cookies[{i}]");
            if !seen.insert((c.name.as_str(), c.provider.as_str())) {
                self.report.add(
                    &r::DUPLICATE_ENTRY,
                    format!("{path}.name"),
                    format!("the cookie `{}` is listed twice", c.name),
                );
            }
            let provider = if c.provider == "first_party" {
                None
            } else {
                let mut candidates = recipient_ids.clone();
                candidates.push("first_party");
                if !recipient_ids.contains(&c.provider.as_str()) {
                    self.report
                        .add(
                            &r::UNKNOWN_REFERENCE,
                            format!("{path}.provider"),
                            format!(
                                "the provider `{}` is neither `first_party` nor the id of a recipient",
                                c.provider
                            ),
                        )
                        .hint(suggestion(&c.provider, &candidates));
                }
                Some(c.provider.clone())
            };
            let category = self.key::<CookieCategory>(&format!("{path}.category"), &c.category);
            let kind = match &c.kind {
                Some(k) => self.key::<CookieKind>(&format!("{path}.kind"), k),
                None => Some(CookieKind::HttpCookie),
            };
            let duration = match &c.duration {
                KeyOr::Key(k) if k == "session" => None,
                KeyOr::Key(k) => {
                    self.report
                        .add(
                            &r::INVALID_PERIOD,
                            format!("{path}.duration"),
                            format!("`{k}` is not a duration"),
                        )
                        .hint(
                            "write `session`, or a period such as `{days: 390}` or `{months: 13}`",
                        );
                    None
                }
                KeyOr::Custom(p) => {
                    let period =
                        self.period(&format!("{path}.duration"), p.years, p.months, p.days);
                    if period.is_none()
                        && p.years.is_none()
                        && p.months.is_none()
                        && p.days.is_none()
                    {
                        self.report
                            .add(
                                &r::INVALID_PERIOD,
                                format!("{path}.duration"),
                                "the duration is empty",
                            )
                            .hint("write `session`, or a period such as `{days: 390}`");
                    }
                    period
                }
            };
            out.push(Cookie {
                name: c.name.clone(),
                provider,
                category: category.unwrap_or(CookieCategory::StrictlyNecessary),
                purpose: self.prose(&format!("{path}.purpose"), &c.purpose),
                duration,
                kind: kind.unwrap_or(CookieKind::HttpCookie),
                at: path,
            });
        }
        out
    }

    fn rights(&mut self, raw: &model::RawRights) -> RightsContact {
        self.email("rights.contact.email", &raw.contact.email);
        RightsContact {
            email: raw.contact.email.clone(),
            url: raw.contact.url.clone(),
            post: raw.contact.post,
            response_days: raw.response_days,
        }
    }

    // ---- small values ----------------------------------------------------------------------

    /// A catalogue key, with a "did you mean" hint when it is unknown.
    fn key<C: CatalogueKey>(&mut self, path: &str, key: &str) -> Option<C> {
        let found = C::from_key(key);
        if found.is_none() {
            self.report
                .add(
                    &r::UNKNOWN_KEY,
                    path,
                    format!("`{key}` is not a known {}", C::WHAT),
                )
                .hint(suggestion(key, C::KEYS));
        }
        found
    }

    fn reference(&mut self, path: &str, id: &str, what: &str, known: &[&str]) {
        if !known.contains(&id) {
            let hint = match did_you_mean(id, known.iter().copied()) {
                Some(best) => format!("did you mean `{best}`?"),
                None if known.is_empty() => format!("no {what} is defined yet"),
                None => format!("defined {what} ids: {}", quoted_list(known)),
            };
            self.report
                .add(
                    &r::UNKNOWN_REFERENCE,
                    path,
                    format!("there is no {what} with the id `{id}`"),
                )
                .hint(hint);
        }
    }

    /// Prose must exist, non-empty, in every site language. Other languages are kept, for
    /// the translation rules to look at.
    fn prose(&mut self, path: &str, prose: &Prose) -> Prose {
        for lang in &self.languages {
            match prose.get(lang) {
                None => {
                    self.report
                        .add(
                            &r::MISSING_TRANSLATION,
                            path,
                            format!("the `{lang}` translation is missing"),
                        )
                        .hint(format!(
                            "every text needs {}; add `{lang}: …`",
                            self.languages.join(", ")
                        ));
                }
                Some(text) if text.trim().is_empty() => {
                    self.report.add(
                        &r::MISSING_TRANSLATION,
                        format!("{path}.{lang}"),
                        format!("the `{lang}` text is empty"),
                    );
                }
                Some(_) => {}
            }
        }
        self.prose.push(ProseField {
            path: path.to_owned(),
            text: ProseText::Prose(prose.clone()),
        });
        prose.clone()
    }

    fn opt_prose(&mut self, path: &str, prose: Option<&Prose>) -> Option<Prose> {
        prose.map(|p| self.prose(path, p))
    }

    fn prose_list(&mut self, path: &str, list: &ProseList) -> ProseList {
        for lang in &self.languages {
            if !list.contains_key(lang) {
                self.report
                    .add(
                        &r::MISSING_TRANSLATION,
                        path,
                        format!("the `{lang}` translation is missing"),
                    )
                    .hint(format!("add `{lang}: [...]`"));
            }
        }
        self.prose.push(ProseField {
            path: path.to_owned(),
            text: ProseText::List(list.clone()),
        });
        list.clone()
    }

    fn date(&mut self, path: &str, raw: &str) -> Option<Date> {
        let parsed = parse_date(raw);
        if parsed.is_none() {
            self.report
                .add(
                    &r::INVALID_VALUE,
                    path,
                    format!("`{raw}` is not a valid date"),
                )
                .hint("write dates as YYYY-MM-DD, such as 2026-03-01");
        }
        parsed
    }

    fn email(&mut self, path: &str, raw: &str) {
        if !is_email(raw) {
            self.report
                .add(
                    &r::INVALID_VALUE,
                    path,
                    format!("`{raw}` is not an e-mail address"),
                )
                .hint("write it as name@example.be");
        }
    }

    fn country(&mut self, path: &str, raw: &str) -> String {
        let code = raw.trim().to_uppercase();
        if !catalogue::COUNTRIES.contains(&code.as_str()) {
            let hint = if code.len() == 2 {
                format!(
                    "privasite knows the names of: {}",
                    catalogue::COUNTRIES.join(", ")
                )
            } else {
                "write the two-letter ISO code, such as BE, NL, FR or US".into()
            };
            self.report
                .add(
                    &r::UNKNOWN_KEY,
                    path,
                    format!("`{raw}` is not a country code privasite knows"),
                )
                .hint(hint);
        }
        code
    }

    fn address(&mut self, path: &str, raw: &RawAddress) -> Address {
        Address {
            street: raw.street.clone(),
            postal_code: raw.postal_code.clone(),
            city: raw.city.clone(),
            country: self.country(&format!("{path}.country"), &raw.country),
        }
    }

    /// The number formatted as `0123.456.749`; an invalid one is reported and kept as written.
    fn enterprise_number(&mut self, path: &str, raw: &str) -> String {
        match belgian_enterprise_number(raw) {
            Ok(formatted) => formatted,
            Err(reason) => {
                self.report
                    .add(
                        &r::INVALID_VALUE,
                        path,
                        format!("`{raw}` is not a valid Belgian enterprise number: {reason}"),
                    )
                    .hint("copy it from the KBO/BCE register; it looks like 0123.456.749");
                raw.to_owned()
            }
        }
    }
}

fn catalogue_category(c: DataCategory, path: &str) -> DataCategoryEntry {
    DataCategoryEntry {
        at: path.to_owned(),
        id: c.key().to_owned(),
        label: Text::Message(c.message_id()),
        items: Some(Text::Message(format!("{}-items", c.message_id()))),
        special: c.is_special(),
        art9_condition: None,
    }
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

/// `2026-03-01`, and nothing else.
pub fn parse_date(raw: &str) -> Option<Date> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    Date::parse(raw.trim(), &format).ok()
}

/// A plausible e-mail address: something, an `@`, a domain with a dot, no spaces.
pub fn is_email(raw: &str) -> bool {
    raw.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !raw.contains(char::is_whitespace)
    })
}

/// Checks a Belgian KBO/BCE number (ten digits, starting with 0 or 1, the last two being
/// 97 minus the first eight modulo 97) and returns it as `0123.456.749`.
pub fn belgian_enterprise_number(raw: &str) -> Result<String, &'static str> {
    let trimmed = raw.trim();
    let trimmed = trimmed
        .strip_prefix("BE")
        .or_else(|| trimmed.strip_prefix("be"))
        .unwrap_or(trimmed);
    if trimmed
        .chars()
        .any(|c| !(c.is_ascii_digit() || c == '.' || c == ' '))
    {
        return Err("it may contain only digits and dots");
    }
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    if digits.len() != 10 {
        return Err("it must have ten digits");
    }
    if !digits.starts_with('0') && !digits.starts_with('1') {
        return Err("it must start with 0 or 1");
    }
    let body: u64 = digits[..8].parse().map_err(|_| "it must have ten digits")?;
    let check: u64 = digits[8..].parse().map_err(|_| "it must have ten digits")?;
    if 97 - body % 97 != check {
        return Err("the check digits do not match (a digit is probably mistyped)");
    }
    Ok(format!(
        "{}.{}.{}",
        &digits[..4],
        &digits[4..7],
        &digits[7..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    // The modulo-97 check accepts real numbers in every usual spelling and rejects typos.
    #[test]
    fn checks_belgian_enterprise_numbers() {
        assert_eq!(
            belgian_enterprise_number("0123.456.749"),
            Ok("0123.456.749".into())
        );
        assert_eq!(
            belgian_enterprise_number("BE 1003158063"),
            Ok("1003.158.063".into())
        );
        assert_eq!(
            belgian_enterprise_number("0694.679.950"),
            Ok("0694.679.950".into())
        );
        assert!(belgian_enterprise_number("0123.456.748").is_err());
        assert!(belgian_enterprise_number("0123.456.74").is_err());
        assert!(belgian_enterprise_number("2123.456.749").is_err());
    }
}
