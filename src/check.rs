//! Turns the raw model into a checked [`Policy`], reporting every problem at once.
//!
//! Receives what `load` read (values plus their locations) and returns the settings and policy
//! when no error was found, together with every error and warning. Rules come from the GDPR
//! notes in `shared/legal/`: one legal basis per purpose, a named legitimate interest, a
//! retention period or criteria, a transfer mechanism for every country outside the EEA, and
//! complete translations. Knows nothing of Fluent, templates or files.

use std::collections::{BTreeSet, HashSet};

use crate::catalogue::{
    self, Art9Condition, Authority, CatalogueKey, CookieCategory, CookieKind, DataCategory,
    LegalBasis, RecipientRole, Requirement, RetentionEvent, Source, TransferMechanism,
};
use crate::diagnostic::{Diagnostic, quoted_list, suggestion};
use crate::load::{RawContent, YamlIndex};
use crate::model::{self, KeyOr, Prose, ProseList, RawAddress, RawPolicy, RawSite};
use crate::policy::*;

/// The languages privasite ships messages for; others need a `locales/<lang>/` folder.
pub const BUILT_IN_LANGUAGES: &[&str] = &["nl", "fr", "en"];

/// What `check` found: the checked content if there was no error, and every finding.
#[derive(Debug)]
pub struct Checked {
    pub content: Option<(Settings, Policy)>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks site settings and policy. `extra_languages` are languages the author added locale
/// folders for, which makes them valid site languages.
pub fn check(raw: &RawContent, extra_languages: &[String]) -> Checked {
    let mut site_checker = Checker::new(&raw.site.index, &[]);
    let settings = site_checker.settings(&raw.site.value, extra_languages);
    let mut diagnostics = site_checker.diagnostics;

    let Some(settings) = settings else {
        return Checked {
            content: None,
            diagnostics,
        };
    };
    let mut checker = Checker::new(&raw.policy.index, &settings.languages);
    let policy = checker.policy(&raw.policy.value);
    diagnostics.extend(checker.diagnostics);
    let failed = diagnostics.iter().any(Diagnostic::is_error);
    Checked {
        content: (!failed).then_some((settings, policy)),
        diagnostics,
    }
}

struct Checker<'a> {
    index: &'a YamlIndex,
    languages: Vec<String>,
    diagnostics: Vec<Diagnostic>,
}

impl<'a> Checker<'a> {
    fn new(index: &'a YamlIndex, languages: &[String]) -> Self {
        Checker {
            index,
            languages: languages.to_vec(),
            diagnostics: Vec::new(),
        }
    }

    fn error(&mut self, path: &str, message: impl Into<String>, hint: Option<String>) {
        let mut d = Diagnostic::error(message).at(self.index.locate(path));
        d.hint = hint;
        self.diagnostics.push(d);
    }

    fn warn(&mut self, path: &str, message: impl Into<String>, hint: Option<String>) {
        let mut d = Diagnostic::warning(message).at(self.index.locate(path));
        d.hint = hint;
        self.diagnostics.push(d);
    }

    // ---- site.yaml -------------------------------------------------------------------------

    fn settings(&mut self, raw: &RawSite, extra_languages: &[String]) -> Option<Settings> {
        let known: Vec<&str> = BUILT_IN_LANGUAGES
            .iter()
            .copied()
            .chain(extra_languages.iter().map(String::as_str))
            .collect();
        if raw.languages.is_empty() {
            self.error(
                "languages",
                "the site has no languages",
                Some("write for example `languages: [nl, fr, en]`".into()),
            );
        }
        let mut seen = HashSet::new();
        for (i, lang) in raw.languages.iter().enumerate() {
            let path = format!("languages[{i}]");
            if !seen.insert(lang) {
                self.error(
                    &path,
                    format!("the language `{lang}` is listed twice"),
                    None,
                );
            } else if !known.contains(&lang.as_str()) {
                let lower = lang.to_lowercase();
                let hint = if known.contains(&lower.as_str()) {
                    format!("language codes are written in lowercase: `{lower}`")
                } else if lang.parse::<unic_langid::LanguageIdentifier>().is_ok() {
                    format!(
                        "privasite has texts for {}; for `{lang}`, add a folder `locales/{lang}/` with its translations",
                        quoted_list(BUILT_IN_LANGUAGES)
                    )
                } else {
                    suggestion(lang, &known)
                };
                self.error(
                    &path,
                    format!("there are no translations for the language `{lang}`"),
                    Some(hint),
                );
            }
        }
        let default_language = raw
            .default_language
            .clone()
            .or_else(|| raw.languages.first().cloned())
            .unwrap_or_default();
        if raw.default_language.is_some() && !raw.languages.contains(&default_language) {
            let langs: Vec<&str> = raw.languages.iter().map(String::as_str).collect();
            self.error(
                "default_language",
                format!(
                    "the default language `{default_language}` is not one of the site's languages"
                ),
                Some(suggestion(&default_language, &langs)),
            );
        }
        if let Some(url) = &raw.base_url
            && !(url.starts_with("https://") || url.starts_with("http://"))
        {
            self.error(
                "base_url",
                format!("`{url}` is not a web address"),
                Some("write the full address, such as `https://privacy.example.be/`".into()),
            );
        }
        if self.diagnostics.iter().any(Diagnostic::is_error) {
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

    // ---- policy.yaml -----------------------------------------------------------------------

    fn policy(&mut self, raw: &RawPolicy) -> Policy {
        let last_updated = self.date("last_updated", &raw.last_updated);
        let effective = raw
            .effective
            .as_ref()
            .and_then(|d| self.date("effective", d));
        if let (Some(updated), Some(eff)) = (last_updated, effective)
            && eff < updated
        {
            self.error(
                "effective",
                "the policy cannot take effect before it was published",
                Some("`effective` must be the same as or later than `last_updated`".into()),
            );
        }

        let data_categories = self.data_categories(raw);
        let sources = self.sources(&raw.sources);
        let recipients = self.recipients(&raw.recipients);
        self.adequacy_list_age(last_updated, &recipients);
        let purposes = self.purposes(raw, &data_categories, &sources, &recipients);
        let cookies = self.cookies(&raw.cookies, &recipients);
        self.unused_recipients(&recipients, &purposes, &cookies);

        let policy = Policy {
            last_updated: last_updated.unwrap_or(time::Date::MIN),
            effective,
            change_summary: self.opt_prose("change_summary", raw.change_summary.as_ref()),
            introduction: self.opt_prose("introduction", raw.introduction.as_ref()),
            controller: self.controller(&raw.controller),
            joint_controllers: self.joint_controllers(&raw.joint_controllers, &purposes),
            representative: raw.representative.as_ref().map(|r| self.party("representative", r)),
            dpo: raw.dpo.as_ref().map(|d| {
                self.email("dpo.email", &d.email);
                Party {
                    name: d.name.clone(),
                    address: d.address.as_ref().map(|a| self.address("dpo.address", a)),
                    email: Some(d.email.clone()),
                    phone: d.phone.clone(),
                    website: None,
                }
            }),
            authority: self.authority(&raw.supervisory_authority),
            data_categories,
            sources,
            purposes,
            recipients,
            cookies,
            rights: self.rights(&raw.rights),
            children_min_age: raw.children.as_ref().map(|c| {
                if c.min_age < 13 {
                    self.warn(
                        "children.min_age",
                        format!("the service is open to children under 13 (from {})", c.min_age),
                        Some("in Belgium, information-society services need a parent's consent below 13 (Art. 8 GDPR; law of 30 July 2018)".into()),
                    );
                }
                c.min_age
            }),
            security: self.opt_prose("security", raw.security.as_ref()),
            faq: raw
                .faq
                .iter()
                .enumerate()
                .map(|(i, f)| Faq {
                    question: self.prose(&format!("faq[{i}].question"), &f.question),
                    answer: self.prose(&format!("faq[{i}].answer"), &f.answer),
                })
                .collect(),
        };
        self.lint_prose(&policy);
        policy
    }

    fn controller(&mut self, raw: &model::RawController) -> Controller {
        self.email("controller.email", &raw.email);
        let enterprise_number = raw
            .enterprise_number
            .as_ref()
            .and_then(|n| self.enterprise_number("controller.enterprise_number", n));
        let address = raw
            .address
            .as_ref()
            .map(|a| self.address("controller.address", a));
        if address.is_none() {
            self.warn(
                "controller",
                "the controller has no postal address",
                Some("Art. 13(1)(a) GDPR asks for the controller's contact details; add `address:` with street, postal_code, city and country".into()),
            );
        }
        let is_belgian = address.as_ref().is_some_and(|a| a.country == "BE");
        if enterprise_number.is_none() && raw.enterprise_number.is_none() && is_belgian {
            self.warn(
                "controller",
                "the controller has no enterprise number",
                Some("Belgian companies must show their KBO/BCE number on their website; add `enterprise_number: \"0123.456.749\"`".into()),
            );
        }
        Controller {
            name: raw.name.clone(),
            legal_form: raw.legal_form.clone(),
            enterprise_number,
            address,
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
                    name: j.name.clone(),
                    enterprise_number: j.enterprise_number.as_ref().and_then(|n| {
                        self.enterprise_number(&format!("{path}.enterprise_number"), n)
                    }),
                    address: j
                        .address
                        .as_ref()
                        .map(|a| self.address(&format!("{path}.address"), a)),
                    email: j.email.clone(),
                    website: j.website.clone(),
                    purposes: j.purposes.clone(),
                    responsibilities: self
                        .prose(&format!("{path}.responsibilities"), &j.responsibilities),
                }
            })
            .collect()
    }

    fn authority(&mut self, raw: &KeyOr<model::RawAuthority>) -> SupervisoryAuthority {
        let path = "supervisory_authority";
        match raw {
            KeyOr::Key(key) => self
                .key::<Authority>(path, key)
                .map(SupervisoryAuthority::Known)
                .unwrap_or(SupervisoryAuthority::Known(Authority::BeGba)),
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
                KeyOr::Key(key) => self.key::<DataCategory>(&path, key).map(catalogue_category),
                KeyOr::Custom(c) => Some(self.custom_category(&path, c)),
            };
            if let Some(entry) = entry {
                if entries.iter().any(|e| e.id == entry.id) {
                    self.error(
                        &path,
                        format!("the data category `{}` is listed twice", entry.id),
                        None,
                    );
                    continue;
                }
                if entry.special && entry.art9_condition.is_none() {
                    self.error(
                        &path,
                        format!("`{}` is a special category of data (Art. 9 GDPR) but no Art. 9(2) condition is given", entry.id),
                        Some(format!(
                            "write it as `{{id: {}, art9_condition: explicit_consent}}`, with one of: {}",
                            entry.id,
                            quoted_list(Art9Condition::KEYS)
                        )),
                    );
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
                self.error(
                    &format!("{path}.id"),
                    format!("`{}` is not a built-in data category, so it needs a `label`", raw.id),
                    Some(match crate::diagnostic::did_you_mean(&raw.id, DataCategory::KEYS.iter().copied()) {
                        Some(best) => format!("did you mean the built-in `{best}`? Otherwise add `label: {{nl: …, fr: …, en: …}}`"),
                        None => "add `label: {nl: …, fr: …, en: …}`".into(),
                    }),
                );
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
                    id: s.key().to_owned(),
                    label: Text::Message(s.message_id()),
                    public: s == Source::PublicSources,
                }),
                KeyOr::Custom(s) => {
                    let label = match (&s.label, Source::from_key(&s.id)) {
                        (Some(l), _) => Text::Prose(self.prose(&format!("{path}.label"), l)),
                        (None, Some(known)) => Text::Message(known.message_id()),
                        (None, None) => {
                            self.error(
                                &format!("{path}.id"),
                                format!(
                                    "`{}` is not a built-in source, so it needs a `label`",
                                    s.id
                                ),
                                Some(format!("built-in sources: {}", quoted_list(Source::KEYS))),
                            );
                            Text::Prose(Prose::new())
                        }
                    };
                    Some(SourceEntry {
                        id: s.id.clone(),
                        label,
                        public: s.public,
                    })
                }
            };
            if let Some(entry) = entry {
                if entries.iter().any(|e| e.id == entry.id) {
                    self.error(
                        &path,
                        format!("the source `{}` is listed twice", entry.id),
                        None,
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
        for (i, r) in raw.iter().enumerate() {
            let path = format!("recipients[{i}]");
            if out.iter().any(|o| o.id == r.id) {
                self.error(
                    &format!("{path}.id"),
                    format!("two recipients have the id `{}`", r.id),
                    Some("give each recipient its own id".into()),
                );
            }
            let role = self.key::<RecipientRole>(&format!("{path}.role"), &r.role);
            let country = self.country(&format!("{path}.country"), &r.country);
            let transfer = r
                .transfer
                .as_ref()
                .and_then(|t| self.transfer(&format!("{path}.transfer"), t, &country));
            if r.transfer.is_none()
                && !catalogue::is_eea(&country)
                && catalogue::COUNTRIES.contains(&country.as_str())
            {
                self.error(
                    &path,
                    format!("{} receives data in {country}, outside the European Economic Area, but no transfer mechanism is given", r.name),
                    Some(format!("add `transfer: {{mechanism: …}}` with one of: {}", quoted_list(TransferMechanism::KEYS))),
                );
            }
            out.push(Recipient {
                id: r.id.clone(),
                name: r.name.clone(),
                role: role.unwrap_or(RecipientRole::Processor),
                service: self.prose(&format!("{path}.service"), &r.service),
                country,
                transfer,
            });
        }
        out
    }

    fn transfer(
        &mut self,
        path: &str,
        raw: &model::RawTransfer,
        country: &str,
    ) -> Option<Transfer> {
        let mechanism =
            self.key::<TransferMechanism>(&format!("{path}.mechanism"), &raw.mechanism)?;
        if catalogue::is_eea(country) {
            self.warn(
                path,
                format!(
                    "{country} is in the European Economic Area: no transfer mechanism is needed"
                ),
                Some("remove `transfer`".into()),
            );
        }
        if let Some(reference) = &raw.reference {
            self.outdated_citations(&format!("{path}.reference"), "the reference", reference);
        }
        let mech_path = format!("{path}.mechanism");
        match mechanism {
            TransferMechanism::Adequacy if country == "US" => self.error(
                &mech_path,
                "the United States has no general adequacy decision",
                Some("for a company listed under the EU-US Data Privacy Framework write `mechanism: dpf`; otherwise use `scc`".into()),
            ),
            TransferMechanism::Adequacy if !catalogue::is_adequate(country) && !catalogue::is_eea(country) => self.error(
                &mech_path,
                format!("{country} has no adequacy decision of the European Commission (list verified {})", iso_date(catalogue::ADEQUACY_LIST_VERIFIED)),
                Some("use `scc` (standard contractual clauses) or another safeguard".into()),
            ),
            TransferMechanism::Dpf if country != "US" => self.error(
                &mech_path,
                "the Data Privacy Framework covers only recipients in the United States",
                None,
            ),
            TransferMechanism::Dpf if raw.checked_on.is_none() => self.warn(
                path,
                "say when you last checked that the recipient is on the Data Privacy Framework list",
                Some("add `checked_on: YYYY-MM-DD`; only listed organisations are covered (Decision (EU) 2023/1795)".into()),
            ),
            TransferMechanism::Scc if raw.reference.as_deref().is_some_and(|r| !r.contains("2021/914") && !is_outdated(r)) => self.warn(
                &format!("{path}.reference"),
                "standard contractual clauses must be the 2021 clauses",
                Some("cite Implementing Decision (EU) 2021/914".into()),
            ),
            _ => {}
        }
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
        if raw.purposes.is_empty() {
            self.error(
                "purposes",
                "the policy lists no purposes",
                Some("describe at least one purpose with its legal basis".into()),
            );
        }
        let category_ids: Vec<&str> = categories.iter().map(|c| c.id.as_str()).collect();
        let source_ids: Vec<&str> = sources.iter().map(|s| s.id.as_str()).collect();
        let recipient_ids: Vec<&str> = recipients.iter().map(|r| r.id.as_str()).collect();
        let mut seen_ids = HashSet::new();
        let mut out = Vec::new();
        for (i, p) in raw.purposes.iter().enumerate() {
            let path = format!("purposes[{i}]");
            if !seen_ids.insert(p.id.as_str()) {
                self.error(
                    &format!("{path}.id"),
                    format!("two purposes have the id `{}`", p.id),
                    Some(
                        "give each purpose its own id; ids appear in links and must stay unique"
                            .into(),
                    ),
                );
            }
            if !is_slug(&p.id) {
                self.error(
                    &format!("{path}.id"),
                    format!(
                        "the id `{}` may contain only lowercase letters, digits, `_` and `-`",
                        p.id
                    ),
                    Some("ids become page anchors such as #purpose-newsletter".into()),
                );
            }
            for (k, d) in p.data.iter().enumerate() {
                let data_path = format!("{path}.data[{k}]");
                if !category_ids.contains(&d.as_str()) && DataCategory::from_key(d).is_some() {
                    self.error(
                        &data_path,
                        format!("the purpose uses `{d}`, which is not listed under `data_categories`"),
                        Some(format!("add `{d}` to `data_categories` at the top of the file, so the page can describe it")),
                    );
                } else {
                    self.reference(&data_path, d, "data category", &category_ids);
                }
            }
            for (k, r) in p.recipients.iter().enumerate() {
                self.reference(
                    &format!("{path}.recipients[{k}]"),
                    r,
                    "recipient",
                    &recipient_ids,
                );
            }
            for (k, s) in p.sources.iter().enumerate() {
                self.reference(&format!("{path}.sources[{k}]"), s, "source", &source_ids);
            }
            if p.data.is_empty() {
                self.warn(
                    &path,
                    format!("the purpose `{}` lists no data", p.id),
                    Some("add `data: [...]` with the categories of data it uses".into()),
                );
            }
            let basis = self.legal_basis(&path, &p.legal_basis);
            let legitimate_interest = match (&p.legitimate_interest, basis) {
                (Some(li), Some(LegalBasis::LegitimateInterests)) => {
                    Some(self.prose(&format!("{path}.legitimate_interest"), li))
                }
                (None, Some(LegalBasis::LegitimateInterests)) => {
                    self.error(
                        &path,
                        format!("the purpose `{}` relies on legitimate interests but does not say which interest", p.id),
                        Some("add `legitimate_interest: {nl: …, fr: …, en: …}` naming the specific interest, such as protecting the shop against fraud".into()),
                    );
                    None
                }
                (Some(_), Some(_)) => {
                    self.warn(&format!("{path}.legitimate_interest"), "`legitimate_interest` is only shown when the legal basis is `legitimate_interests`", None);
                    None
                }
                _ => None,
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
                legal_basis: basis.unwrap_or(LegalBasis::Consent),
                legitimate_interest,
                retention: retention.unwrap_or(Retention::Criteria(Prose::new())),
                recipients: p.recipients.clone(),
                sources: p.sources.clone(),
                provision,
                automated_decision,
                direct_marketing: p.direct_marketing,
            });
        }
        out
    }

    /// One basis per purpose (KB L03): "consent or legitimate interest" is an error, with a hint
    /// to split the purpose.
    fn legal_basis(&mut self, purpose_path: &str, raw: &str) -> Option<LegalBasis> {
        let path = format!("{purpose_path}.legal_basis");
        let parts: Vec<&str> = raw
            .split([',', '/', '|'])
            .flat_map(|s| s.split(" or "))
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect();
        if parts.len() > 1 {
            self.error(
                &path,
                format!("a purpose has exactly one legal basis, but `{raw}` names {}", parts.len()),
                Some("split it into two purposes, each with its own basis (Art. 6 GDPR; the EDPB does not allow switching bases)".into()),
            );
            return None;
        }
        self.key::<LegalBasis>(&path, raw)
    }

    fn retention(&mut self, path: &str, raw: &model::RawRetention) -> Option<Retention> {
        let period = self.period(path, raw.years, raw.months, raw.days);
        match (period, &raw.criteria) {
            (Some(_), Some(_)) => {
                self.error(path, "give either a period (`years`, `months` or `days` with `after`) or `criteria`, not both", None);
                None
            }
            (Some(period), None) => {
                let Some(after) = &raw.after else {
                    self.error(
                        path,
                        "the retention period does not say from when it counts",
                        Some(format!(
                            "add `after:` with one of: {}",
                            quoted_list(RetentionEvent::KEYS)
                        )),
                    );
                    return None;
                };
                let after = self.key::<RetentionEvent>(&format!("{path}.after"), after)?;
                Some(Retention::Period { period, after })
            }
            (None, Some(criteria)) => {
                if raw.after.is_some() {
                    self.warn(
                        &format!("{path}.after"),
                        "`after` is only used with a period",
                        None,
                    );
                }
                Some(Retention::Criteria(
                    self.prose(&format!("{path}.criteria"), criteria),
                ))
            }
            (None, None) => {
                if raw.years.is_none() && raw.months.is_none() && raw.days.is_none() {
                    self.error(
                        path,
                        "the retention gives neither a period nor criteria",
                        Some("write for example `retention: {years: 10, after: contract_end}` or `retention: {criteria: {nl: …, fr: …, en: …}}`; \"as long as necessary\" is not enough".into()),
                    );
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
                self.error(
                    path,
                    "a period of zero",
                    Some("give a number greater than 0".into()),
                );
                None
            }
            [p] => Some(*p),
            _ => {
                self.error(
                    path,
                    "give one unit only: `years`, `months` or `days`",
                    Some("write 18 months as `months: 18`".into()),
                );
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
                self.error(
                    &format!("{path}.name"),
                    format!("the cookie `{}` is listed twice", c.name),
                    None,
                );
            }
            let provider = if c.provider == "first_party" {
                None
            } else {
                let mut candidates = recipient_ids.clone();
                candidates.push("first_party");
                if !recipient_ids.contains(&c.provider.as_str()) {
                    self.error(
                        &format!("{path}.provider"),
                        format!(
                            "the provider `{}` is neither `first_party` nor the id of a recipient",
                            c.provider
                        ),
                        Some(suggestion(&c.provider, &candidates)),
                    );
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
                    self.error(
                        &format!("{path}.duration"),
                        format!("`{k}` is not a duration"),
                        Some(
                            "write `session`, or a period such as `{days: 390}` or `{months: 13}`"
                                .into(),
                        ),
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
                        self.error(
                            &format!("{path}.duration"),
                            "the duration is empty",
                            Some("write `session`, or a period such as `{days: 390}`".into()),
                        );
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
            });
        }
        out
    }

    fn unused_recipients(
        &mut self,
        recipients: &[Recipient],
        purposes: &[Purpose],
        cookies: &[Cookie],
    ) {
        let used: BTreeSet<&str> = purposes
            .iter()
            .flat_map(|p| p.recipients.iter().map(String::as_str))
            .chain(cookies.iter().filter_map(|c| c.provider.as_deref()))
            .collect();
        for (i, r) in recipients.iter().enumerate() {
            if !used.contains(r.id.as_str()) {
                self.warn(
                    &format!("recipients[{i}].id"),
                    format!(
                        "the recipient `{}` is not used by any purpose or cookie",
                        r.id
                    ),
                    Some("name it in a purpose's `recipients`, or remove it".into()),
                );
            }
        }
    }

    fn rights(&mut self, raw: &model::RawRights) -> RightsContact {
        self.email("rights.contact.email", &raw.contact.email);
        if let Some(days) = raw.response_days {
            if days > 31 {
                self.error(
                    "rights.response_days",
                    format!("{days} days is longer than the GDPR allows"),
                    Some(
                        "requests must be answered within one month (Art. 12(3)); write 30 or less"
                            .into(),
                    ),
                );
            } else if days == 0 {
                self.error("rights.response_days", "a response time of 0 days", None);
            }
        }
        RightsContact {
            email: raw.contact.email.clone(),
            url: raw.contact.url.clone(),
            post: raw.contact.post,
            response_days: raw.response_days,
        }
    }

    /// Reads every prose field for wording that cites repealed law (error) or that the EDPB
    /// calls unfair or vague (warning).
    fn lint_prose(&mut self, policy: &Policy) {
        for (path, prose) in policy.prose_fields() {
            for (lang, text) in prose {
                self.outdated_citations(&format!("{path}.{lang}"), "the text", text);
                let lower = text.to_lowercase();
                for needle in catalogue::UNFAIR_CHANGE_CLAUSES {
                    if lower.contains(needle) {
                        self.warn(&format!("{path}.{lang}"), format!("\"{needle}\": asking people to re-read the policy, or treating continued use as acceptance, is not a fair way to announce changes"), Some("announce substantive changes actively (e-mail, notice); the EDPB (WP260 §29–30) calls such clauses unfair".into()));
                    }
                }
                let informal: Vec<&str> = text
                    .split(|c: char| !c.is_alphabetic())
                    .filter(|w| {
                        catalogue::informal_words(lang).contains(&w.to_lowercase().as_str())
                    })
                    .collect();
                if let Some(word) = informal.first() {
                    let formal = if lang == "fr" { "vous" } else { "u" };
                    self.warn(
                        &format!("{path}.{lang}"),
                        format!("\"{word}\" addresses the reader informally, but the rest of the site says \"{formal}\""),
                        Some(format!("write \"{formal}\" throughout, so the policy keeps one register")),
                    );
                }
                if path.ends_with("retention.criteria") {
                    for needle in catalogue::VAGUE_RETENTION {
                        if lower.contains(needle) {
                            self.warn(&format!("{path}.{lang}"), format!("\"{needle}\" does not tell people how long their data is kept"), Some("give a period, or criteria concrete enough to work it out, and name the law that sets it".into()));
                        }
                    }
                }
            }
        }
    }

    /// Adequacy decisions come and go; warn when the built-in list is much older than the policy.
    fn adequacy_list_age(&mut self, last_updated: Option<Date>, recipients: &[Recipient]) {
        let Some(updated) = last_updated else { return };
        let verified = catalogue::ADEQUACY_LIST_VERIFIED;
        if (updated - verified).whole_days() <= catalogue::ADEQUACY_LIST_MAX_AGE_DAYS {
            return;
        }
        for (i, r) in recipients.iter().enumerate() {
            if r.transfer
                .as_ref()
                .is_some_and(|t| t.mechanism == TransferMechanism::Adequacy)
            {
                self.warn(
                    &format!("recipients[{i}].transfer.mechanism"),
                    format!(
                        "privasite's list of adequacy decisions was last verified on {}, more than six months before this policy",
                        iso_date(verified)
                    ),
                    Some(format!("check on the European Commission's list that the decision for {} still applies", r.country)),
                );
            }
        }
    }

    fn outdated_citations(&mut self, path: &str, what: &str, text: &str) {
        for (needle, why) in catalogue::outdated_references(text) {
            self.error(
                path,
                format!("{what} cites law that no longer applies: \"{needle}\""),
                Some((*why).to_owned()),
            );
        }
    }

    // ---- small values ----------------------------------------------------------------------

    /// A catalogue key, with a "did you mean" hint when it is unknown.
    fn key<C: CatalogueKey>(&mut self, path: &str, key: &str) -> Option<C> {
        let found = C::from_key(key);
        if found.is_none() {
            self.error(
                path,
                format!("`{key}` is not a known {}", C::WHAT),
                Some(suggestion(key, C::KEYS)),
            );
        }
        found
    }

    fn reference(&mut self, path: &str, id: &str, what: &str, known: &[&str]) {
        if !known.contains(&id) {
            let hint = match crate::diagnostic::did_you_mean(id, known.iter().copied()) {
                Some(best) => format!("did you mean `{best}`?"),
                None if known.is_empty() => format!("no {what} is defined yet"),
                None => format!("defined {what} ids: {}", quoted_list(known)),
            };
            self.error(
                path,
                format!("there is no {what} with the id `{id}`"),
                Some(hint),
            );
        }
    }

    /// Prose must exist, non-empty, in every site language; other languages are only warned
    /// about, since they may be drafts for a language about to be added.
    fn prose(&mut self, path: &str, prose: &Prose) -> Prose {
        for lang in self.languages.clone() {
            match prose.get(&lang) {
                None => self.error(
                    path,
                    format!("the `{lang}` translation is missing"),
                    Some(format!(
                        "every text needs {}; add `{lang}: …`",
                        self.languages.join(", ")
                    )),
                ),
                Some(text) if text.trim().is_empty() => self.error(
                    &format!("{path}.{lang}"),
                    format!("the `{lang}` text is empty"),
                    None,
                ),
                Some(_) => {}
            }
        }
        self.untranslated_copies(path, prose);
        for lang in prose.keys() {
            if !self.languages.contains(lang) {
                let langs: Vec<&str> = self.languages.iter().map(String::as_str).collect();
                self.warn(
                    &format!("{path}.{lang}"),
                    format!(
                        "`{lang}` is not one of the site's languages, so this text is not published"
                    ),
                    Some(suggestion(lang, &langs)),
                );
            }
        }
        prose.clone()
    }

    /// A sentence pasted unchanged into two languages was most likely never translated.
    fn untranslated_copies(&mut self, path: &str, prose: &Prose) {
        let langs: Vec<String> = self
            .languages
            .iter()
            .filter(|l| prose.contains_key(*l))
            .cloned()
            .collect();
        for (i, a) in langs.iter().enumerate() {
            for b in &langs[i + 1..] {
                let text = prose[a].trim();
                if text.split_whitespace().count() >= 4 && text == prose[b].trim() {
                    self.warn(
                        &format!("{path}.{b}"),
                        format!("the `{b}` text is the same as the `{a}` text"),
                        Some(format!(
                            "was it translated? A `{b}` page must not show `{a}` sentences"
                        )),
                    );
                }
            }
        }
    }

    fn opt_prose(&mut self, path: &str, prose: Option<&Prose>) -> Option<Prose> {
        prose.map(|p| self.prose(path, p))
    }

    fn prose_list(&mut self, path: &str, list: &ProseList) -> ProseList {
        for lang in self.languages.clone() {
            if !list.contains_key(&lang) {
                self.error(
                    path,
                    format!("the `{lang}` translation is missing"),
                    Some(format!("add `{lang}: [...]`")),
                );
            }
        }
        let lengths: BTreeSet<usize> = list.values().map(Vec::len).collect();
        if lengths.len() > 1 {
            self.warn(
                path,
                "the languages list a different number of items",
                Some("check that no item was left out of one translation".into()),
            );
        }
        list.clone()
    }

    fn date(&mut self, path: &str, raw: &str) -> Option<Date> {
        let format = time::macros::format_description!("[year]-[month]-[day]");
        match Date::parse(raw.trim(), &format) {
            Ok(d) => Some(d),
            Err(_) => {
                self.error(
                    path,
                    format!("`{raw}` is not a valid date"),
                    Some("write dates as YYYY-MM-DD, such as 2026-03-01".into()),
                );
                None
            }
        }
    }

    fn email(&mut self, path: &str, raw: &str) {
        let valid = raw.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !raw.contains(char::is_whitespace)
        });
        if !valid {
            self.error(
                path,
                format!("`{raw}` is not an e-mail address"),
                Some("write it as name@example.be".into()),
            );
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
            self.error(
                path,
                format!("`{raw}` is not a country code privasite knows"),
                Some(hint),
            );
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

    fn enterprise_number(&mut self, path: &str, raw: &str) -> Option<String> {
        match belgian_enterprise_number(raw) {
            Ok(formatted) => Some(formatted),
            Err(reason) => {
                self.error(
                    path,
                    format!("`{raw}` is not a valid Belgian enterprise number: {reason}"),
                    Some("copy it from the KBO/BCE register; it looks like 0123.456.749".into()),
                );
                None
            }
        }
    }
}

fn catalogue_category(c: DataCategory) -> DataCategoryEntry {
    DataCategoryEntry {
        id: c.key().to_owned(),
        label: Text::Message(c.message_id()),
        items: Some(Text::Message(format!("{}-items", c.message_id()))),
        special: c.is_special(),
        art9_condition: None,
    }
}

fn is_outdated(text: &str) -> bool {
    catalogue::outdated_references(text).next().is_some()
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
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
