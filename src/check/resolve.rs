//! Raw model → checked [`Policy`] and [`Settings`]: catalogue keys, dates, e-mail addresses,
//! country codes and references between entries are resolved, and every prose field is
//! checked to exist in every site language.
//!
//! Only what stops a policy from being built is reported here, under the structure and
//! translation rules. Whether the policy is lawful, complete or well worded is for the rules,
//! which read the finished policy.

use std::collections::HashMap;

use crate::catalogue::{
    self, AfterRetention, Art9Condition, Authority, CatalogueKey, ChangeNotice, ConsentMechanism,
    CookieCategory, CookieKind, DataCategory, Decision, LegalBasis, NoticeChannel, RecipientRole,
    Requirement, RetentionEvent, Right, Source, TransferMechanism,
};
use crate::diagnostic::{did_you_mean, quoted_list, suggestion};
use crate::markup::{Target, is_invisible, is_safe_url, is_site_relative, markdown_targets};
use crate::model::{
    self, KeyOr, Prose, ProseList, RawAddress, RawPolicy, RawSite, SCHEMA_VERSION, Stated,
};
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
    for (i, lang) in raw.languages.iter().enumerate() {
        let path = format!("languages[{i}]");
        if let Some(first) = raw.languages[..i].iter().position(|l| l == lang) {
            report
                .add(
                    &r::DUPLICATE_ENTRY,
                    path,
                    format!("the language `{lang}` is listed twice"),
                )
                .repeats(format!("languages[{first}]"));
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
        && Settings::web_address(url).is_none()
    {
        report
            .add(
                &r::INVALID_VALUE,
                "base_url",
                format!("`{url}` is not a web address"),
            )
            .hint("write the full address, such as `https://privacy.example.be/`");
    }
    if let Some(dir) = &raw.output_dir {
        check_output_dir(dir, report);
    }
    if raw.theme.as_deref().is_some_and(|t| t.trim().is_empty()) {
        report
            .add(&r::INVALID_VALUE, "theme", "the theme is empty")
            .hint("write the name of a folder in themes/, or remove the line to use the built-in theme");
    }
    let register = match raw.register.as_deref() {
        None => catalogue::Register::Formal,
        Some(key) => catalogue::Register::from_key(key).unwrap_or_else(|| {
            report
                .add(
                    &r::UNKNOWN_KEY,
                    "register",
                    format!("`{key}` is not a known register"),
                )
                .hint(suggestion(key, catalogue::Register::KEYS));
            catalogue::Register::Formal
        }),
    };
    if report.has_errors() {
        return None;
    }
    Some(Settings {
        languages: raw.languages.clone(),
        default_language,
        base_url: raw.base_url.as_deref().and_then(Settings::web_address),
        theme: raw.theme.clone().unwrap_or_else(|| "default".into()),
        output_dir: raw.output_dir.clone().unwrap_or_else(|| "public".into()),
        draft: raw.draft.unwrap_or(false),
        register,
    })
}

/// Resolves a policy file for a site published in `languages`. A file without a `schema`
/// field is read as `default_schema` (the current version for `policy.yaml`, 1 for snapshots
/// archived before the field existed). The policy is returned even when errors were reported,
/// with [`Fact::Invalid`] where values were wrong, so the rules can still run over the rest.
pub fn policy(
    raw: &RawPolicy,
    languages: &[String],
    default_schema: u32,
    report: &mut Report,
) -> Policy {
    let schema = raw.schema.unwrap_or(default_schema);
    if schema > SCHEMA_VERSION || schema == 0 {
        report
            .add(
                &r::INVALID_VALUE,
                "schema",
                format!("this file is written for version {schema} of privasite's model, which this privasite does not know"),
            )
            .hint(format!(
                "this privasite reads versions 1 to {SCHEMA_VERSION}; update privasite, or write `schema: {SCHEMA_VERSION}`"
            ));
    }
    let raw = if schema == 1 {
        std::borrow::Cow::Owned(upgrade_from_v1(raw))
    } else {
        std::borrow::Cow::Borrowed(raw)
    };
    let mut resolver = Resolver {
        languages: languages.to_vec(),
        report,
        prose: Vec::new(),
    };
    let mut policy = resolver.policy(&raw);
    policy.schema = schema.clamp(1, SCHEMA_VERSION);
    policy
}

/// Version 1 of the model filled some facts in when they were left out, and its pages said so:
/// no automated decisions, no recipients outside the organisation, no data outside the EEA, no
/// cookies, prior notice of changes, a reject button as easy as accepting. A version-1 file
/// keeps meaning what it meant when it was published: those defaults are written out.
fn upgrade_from_v1(raw: &RawPolicy) -> RawPolicy {
    use model::{RawChanges, RawCookieConsent};
    let mut raw = raw.clone();
    for p in &mut raw.purposes {
        if p.automated_decisions.is_not_stated() {
            p.automated_decisions = Stated::None;
        }
        if p.recipients.is_not_stated() {
            p.recipients = Stated::None;
        }
    }
    if raw.transfers.is_not_stated() {
        raw.transfers = Stated::None;
    }
    if raw.cookies.is_not_stated() {
        raw.cookies = Stated::None;
    }
    // Version 1 had no way to say a tracker was anything but an HTTP cookie.
    if let Some(cookies) = raw.cookies.value_mut() {
        for c in cookies {
            if c.kind.is_not_stated() {
                c.kind = Stated::Value("http_cookie".into());
            }
        }
    }
    let sets_cookies = raw.cookies.value().is_some_and(|c| !c.is_empty());
    if sets_cookies && raw.cookie_consent.is_not_stated() {
        raw.cookie_consent = Stated::Value(RawCookieConsent {
            mechanism: "banner".into(),
            reject_button: Some(true),
            settings_url: None,
        });
    }
    if raw.changes.is_not_stated() {
        raw.changes = Stated::Value(RawChanges {
            notice: "prior_notice".into(),
            channels: vec!["email".into()],
        });
    }
    raw
}

struct Resolver<'a> {
    languages: Vec<String>,
    report: &'a mut Report,
    /// Every prose field built so far, for [`Policy::prose`].
    prose: Vec<ProseField>,
}

impl Resolver<'_> {
    fn policy(&mut self, raw: &RawPolicy) -> Policy {
        let last_updated = self.fact("last_updated", &raw.last_updated, |r, d| {
            r.date("last_updated", d)
        });
        let effective = raw
            .effective
            .as_ref()
            .and_then(|d| self.date("effective", d));
        let data_categories = self.fact("data_categories", &raw.data_categories, |r, list| {
            Some(r.data_categories(list))
        });
        let special_categories = match &raw.special_categories {
            Stated::None => Fact::Absent,
            Stated::NotStated => Fact::NotStated,
            Stated::Value(_) => {
                self.report
                    .add(&r::INVALID_VALUE, "special_categories", "`special_categories` takes only `none`")
                    .hint("list special categories under `data_categories` (with their `art9_condition`); write `special_categories: none` to state that there are none");
                Fact::Invalid
            }
        };
        let sources = self.fact("sources", &raw.sources, |r, list| Some(r.sources(list)));
        let recipients = self.recipients(&raw.recipients);
        let empty = Vec::new();
        let categories = data_categories.stated().unwrap_or(&empty);
        let source_list = sources.stated().map_or(&[][..], Vec::as_slice);
        let purposes = self.purposes(raw, categories, source_list, &recipients);
        let cookies = self.fact("cookies", &raw.cookies, |r, list| {
            Some(r.cookies(list, &recipients))
        });
        let cookie_consent = self.fact("cookie_consent", &raw.cookie_consent, |r, c| {
            r.cookie_consent(c)
        });
        let change_summary = self.opt_prose("change_summary", raw.change_summary.as_ref());
        let introduction = self.opt_prose("introduction", raw.introduction.as_ref());
        let controller = self.controller(&raw.controller);
        let joint_controllers =
            self.fact("joint_controllers", &raw.joint_controllers, |r, list| {
                Some(r.joint_controllers(list, &purposes))
            });
        let representative = self.fact("representative", &raw.representative, |r, p| {
            Some(r.party("representative", p))
        });
        let dpo = self.fact("dpo", &raw.dpo, |r, d| Some(r.dpo(d)));
        let privacy_contact = raw.privacy_contact.as_ref().map(|c| {
            if let Some(email) = &c.email {
                self.email("privacy_contact.email", email);
            }
            Party {
                name: c.name.clone(),
                address: None,
                email: c.email.clone(),
                phone: c.phone.clone(),
                website: None,
            }
        });
        let authority = self.fact(
            "supervisory_authority",
            &raw.supervisory_authority,
            |r, a| r.authority(a),
        );
        let transfers = self.fact("transfers", &raw.transfers, |r, t| {
            Some(r.policy_transfers(t))
        });
        let rights = self.rights(&raw.rights);
        let changes = self.fact("changes", &raw.changes, |r, c| r.changes(c));
        let data_sale = raw.data_sale.as_ref().map(|d| DataSale {
            sold: d.sold,
            qualifier: self.opt_prose("data_sale.qualifier", d.qualifier.as_ref()),
        });
        let after_retention = raw
            .after_retention
            .as_ref()
            .and_then(|k| self.key::<AfterRetention>("after_retention", k));
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
            schema: SCHEMA_VERSION,
            last_updated,
            effective,
            change_summary,
            introduction,
            controller,
            joint_controllers,
            representative,
            dpo,
            privacy_contact,
            authority,
            data_categories,
            special_categories,
            sources,
            purposes,
            recipients,
            transfers,
            cookies,
            cookie_consent,
            rights,
            changes,
            data_sale,
            after_retention,
            children_min_age: raw.children.as_ref().map(|c| c.min_age),
            security,
            faq,
            prose: std::mem::take(&mut self.prose),
            languages: self.languages.clone(),
            register: catalogue::Register::Formal,
        }
    }

    /// A fact from what the author wrote: `none` is declared absent, a missing key or
    /// `not_stated` is not stated, and a value `resolve` cannot read (it reports why) is
    /// invalid. An empty list counts as declared absent.
    fn fact<T, U>(
        &mut self,
        _path: &str,
        raw: &Stated<T>,
        resolve: impl FnOnce(&mut Self, &T) -> Option<U>,
    ) -> Fact<U> {
        match raw {
            Stated::NotStated => Fact::NotStated,
            Stated::None => Fact::Absent,
            Stated::Value(v) => match resolve(self, v) {
                Some(u) => Fact::Stated(u),
                None => Fact::Invalid,
            },
        }
    }

    fn controller(&mut self, raw: &model::RawController) -> Controller {
        let name = self.fact("controller.name", &raw.name, |r, n: &String| {
            if n.trim().is_empty() {
                r.report.add(
                    &r::INVALID_VALUE,
                    "controller.name",
                    "the controller's name is empty",
                );
                None
            } else {
                Some(n.clone())
            }
        });
        let email = self.fact("controller.email", &raw.email, |r, e: &String| {
            r.email("controller.email", e).then(|| e.clone())
        });
        let enterprise_number = self.fact(
            "controller.enterprise_number",
            &raw.enterprise_number,
            |r, n: &String| r.enterprise_number("controller.enterprise_number", n),
        );
        Controller {
            name,
            legal_form: raw.legal_form.clone(),
            enterprise_number,
            enterprise_number_written: raw.enterprise_number.value().cloned(),
            address: raw
                .address
                .as_ref()
                .map(|a| self.address("controller.address", a)),
            email,
            phone: raw.phone.clone(),
            website: self.url("controller.website", raw.website.as_ref()),
            note: self.opt_prose("controller.note", raw.note.as_ref()),
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
            website: self.url(&format!("{path}.website"), raw.website.as_ref()),
        }
    }

    fn dpo(&mut self, raw: &model::RawDpo) -> Party {
        if let Some(e) = &raw.email {
            self.email("dpo.email", e);
        }
        Party {
            name: raw.name.clone(),
            address: raw.address.as_ref().map(|a| self.address("dpo.address", a)),
            email: raw.email.clone(),
            phone: raw.phone.clone(),
            website: None,
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
                    enterprise_number: j.enterprise_number.as_ref().and_then(|n| {
                        self.enterprise_number(&format!("{path}.enterprise_number"), n)
                    }),
                    address: j
                        .address
                        .as_ref()
                        .map(|a| self.address(&format!("{path}.address"), a)),
                    responsibilities: self.opt_prose(
                        &format!("{path}.responsibilities"),
                        j.responsibilities.as_ref(),
                    ),
                    website: self.url(&format!("{path}.website"), j.website.as_ref()),
                    name: j.name.clone(),
                    email: j.email.clone(),
                    purposes: j.purposes.clone(),
                    at: path,
                }
            })
            .collect()
    }

    fn authority(&mut self, raw: &KeyOr<model::RawAuthority>) -> Option<SupervisoryAuthority> {
        let path = "supervisory_authority";
        match raw {
            KeyOr::Key(key) => self
                .key::<Authority>(path, key)
                .map(SupervisoryAuthority::Known),
            KeyOr::Custom(a) => {
                if let Some(e) = &a.email {
                    self.email(&format!("{path}.email"), e);
                }
                Some(SupervisoryAuthority::Custom {
                    name: self.prose(&format!("{path}.name"), &a.name),
                    details: Box::new(Party {
                        name: None,
                        address: a
                            .address
                            .as_ref()
                            .map(|ad| self.address(&format!("{path}.address"), ad)),
                        email: a.email.clone(),
                        phone: a.phone.clone(),
                        website: self.url(&format!("{path}.website"), a.website.as_ref()),
                    }),
                })
            }
        }
    }

    fn data_categories(&mut self, raw: &[KeyOr<model::RawDataCategory>]) -> Vec<DataCategoryEntry> {
        let mut entries: Vec<DataCategoryEntry> = Vec::new();
        for (i, item) in raw.iter().enumerate() {
            let path = format!("data_categories[{i}]");
            let entry = match item {
                KeyOr::Key(key) => self
                    .key::<DataCategory>(&path, key)
                    .map(|c| catalogue_category(c, &path)),
                KeyOr::Custom(c) => Some(self.custom_category(&path, c)),
            };
            if let Some(entry) = entry {
                if let Some(first) = entries.iter().find(|e| e.id == entry.id) {
                    self.report
                        .add(
                            &r::DUPLICATE_ENTRY,
                            path,
                            format!("the data category `{}` is listed twice", entry.id),
                        )
                        .repeats(first.at.clone());
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
            special_written: raw.special,
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
                    is_data_subject: s == Source::DataSubject,
                }),
                KeyOr::Custom(s) => {
                    let known = Source::from_key(&s.id);
                    let label = match (&s.label, known) {
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
                        public: s.public || known == Some(Source::PublicSources),
                        is_data_subject: known == Some(Source::DataSubject),
                    })
                }
            };
            if let Some(entry) = entry {
                if let Some(first) = entries.iter().find(|e| e.id == entry.id) {
                    self.report
                        .add(
                            &r::DUPLICATE_ENTRY,
                            path,
                            format!("the source `{}` is listed twice", entry.id),
                        )
                        .repeats(first.at.clone());
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
            if let Some(first) = raw[..i].iter().position(|o| o.id == rec.id) {
                self.report
                    .add(
                        &r::DUPLICATE_ENTRY,
                        format!("{path}.id"),
                        format!("two recipients have the id `{}`", rec.id),
                    )
                    .hint("give each recipient its own id")
                    .repeats(format!("recipients[{first}].id"));
            }
            let role = self.fact(&format!("{path}.role"), &rec.role, |r, k: &String| {
                r.key::<RecipientRole>(&format!("{path}.role"), k)
            });
            let country = self.fact(&format!("{path}.country"), &rec.country, |r, c: &String| {
                r.country(&format!("{path}.country"), c)
            });
            let transfer = self.fact(&format!("{path}.transfer"), &rec.transfer, |r, t| {
                r.transfer(&format!("{path}.transfer"), t)
            });
            let legal_basis = rec
                .legal_basis
                .as_ref()
                .and_then(|k| self.key::<LegalBasis>(&format!("{path}.legal_basis"), k));
            out.push(Recipient {
                id: rec.id.clone(),
                name: self.name(&format!("{path}.name"), &rec.name),
                role,
                service: self.opt_prose(&format!("{path}.service"), rec.service.as_ref()),
                country,
                legal_basis,
                transfer,
                at: path,
            });
        }
        out
    }

    fn transfer(&mut self, path: &str, raw: &model::RawTransfer) -> Option<Transfer> {
        let mechanism = self.fact(
            &format!("{path}.mechanism"),
            &raw.mechanism,
            |r, k: &String| r.key::<TransferMechanism>(&format!("{path}.mechanism"), k),
        );
        let checked_on = raw
            .checked_on
            .as_ref()
            .and_then(|d| self.date(&format!("{path}.checked_on"), d));
        Some(Transfer {
            mechanism,
            decision: raw
                .decision
                .as_ref()
                .and_then(|d| self.decision(&format!("{path}.decision"), d)),
            module: raw.module,
            reference: raw
                .reference
                .as_ref()
                .map(|t| self.reference_text(&format!("{path}.reference"), t)),
            checked_on,
            copy_on_request: raw.copy_on_request,
        })
    }

    fn policy_transfers(&mut self, raw: &model::RawTransfers) -> PolicyTransfers {
        let countries = self.fact(
            "transfers.countries",
            &raw.countries,
            |r, list: &Vec<String>| {
                let codes: Vec<Option<String>> = list
                    .iter()
                    .enumerate()
                    .map(|(i, c)| r.country(&format!("transfers.countries[{i}]"), c))
                    .collect();
                codes.into_iter().collect::<Option<Vec<String>>>()
            },
        );
        PolicyTransfers {
            countries,
            mechanism: self.fact("transfers.mechanism", &raw.mechanism, |r, k: &String| {
                r.key::<TransferMechanism>("transfers.mechanism", k)
            }),
            decision: raw
                .decision
                .as_ref()
                .and_then(|d| self.decision("transfers.decision", d)),
            reference: raw
                .reference
                .as_ref()
                .map(|t| self.reference_text("transfers.reference", t)),
            description: self.opt_prose("transfers.description", raw.description.as_ref()),
            copy_on_request: raw.copy_on_request,
        }
    }

    /// A decision privasite can cite in every language. Another decision is reported with the
    /// way to cite it anyway: in the author's own words, as a `reference`.
    fn decision(&mut self, path: &str, raw: &str) -> Option<&'static Decision> {
        let found = Decision::find(raw);
        if found.is_some() {
            return found;
        }
        if catalogue::decision_number(raw) == catalogue::PROCESSOR_CLAUSES {
            self.report
                .add(
                    &r::UNKNOWN_KEY,
                    path,
                    format!("`{raw}` is the decision on the clauses between controllers and processors (Art. 28 GDPR), not a safeguard for transfers"),
                )
                .hint("the standard contractual clauses for transfers outside the EEA are Implementing Decision (EU) 2021/914: write `decision: \"2021/914\"`");
            return None;
        }
        let known: Vec<&str> = catalogue::DECISIONS.iter().map(|d| d.key).collect();
        self.report
            .add(
                &r::UNKNOWN_KEY,
                path,
                format!("privasite does not know the decision `{raw}`, so it cannot cite it in every language"),
            )
            .hint(format!(
                "if it is the decision you mean, cite it in your own words instead: replace `decision:` with `reference: {{nl: …, fr: …, en: …}}`. The decisions privasite cites by number are {}",
                quoted_list(&known)
            ));
        None
    }

    /// A reference written once is the same in every language (a number); per language it is
    /// prose like any other.
    fn reference_text(&mut self, path: &str, raw: &model::ReferenceText) -> Prose {
        match raw {
            model::ReferenceText::Plain(text) => {
                let prose: Prose = self
                    .languages
                    .iter()
                    .map(|l| (l.clone(), text.clone()))
                    .collect();
                self.prose.push(ProseField {
                    path: path.to_owned(),
                    text: ProseText::Prose(prose.clone()),
                });
                prose
            }
            model::ReferenceText::PerLanguage(prose) => self.prose(path, prose),
        }
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
        let mut out = Vec::new();
        for (i, p) in raw.purposes.iter().enumerate() {
            let path = format!("purposes[{i}]");
            if let Some(first) = raw.purposes[..i].iter().position(|q| q.id == p.id) {
                self.report
                    .add(
                        &r::DUPLICATE_ENTRY,
                        format!("{path}.id"),
                        format!("two purposes have the id `{}`", p.id),
                    )
                    .hint("give each purpose its own id; ids appear in links and must stay unique")
                    .repeats(format!("purposes[{first}].id"));
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
            let data = self.fact(&format!("{path}.data"), &p.data, |r, list: &Vec<String>| {
                for (k, d) in list.iter().enumerate() {
                    let data_path = format!("{path}.data[{k}]");
                    if !category_ids.contains(&d.as_str()) && DataCategory::from_key(d).is_some()
                    {
                        r.report
                            .add(
                                &r::UNKNOWN_REFERENCE,
                                data_path,
                                format!("the purpose uses `{d}`, which is not listed under `data_categories`"),
                            )
                            .hint(format!("add `{d}` to `data_categories` at the top of the file, so the page can describe it"));
                    } else {
                        r.reference(&data_path, d, "data category", &category_ids);
                    }
                }
                Some(list.clone())
            });
            let purpose_recipients = self.fact(
                &format!("{path}.recipients"),
                &p.recipients,
                |r, list: &Vec<String>| {
                    for (k, rec) in list.iter().enumerate() {
                        r.reference(
                            &format!("{path}.recipients[{k}]"),
                            rec,
                            "recipient",
                            &recipient_ids,
                        );
                    }
                    Some(list.clone())
                },
            );
            for (k, s) in p.sources.iter().enumerate() {
                self.reference(&format!("{path}.sources[{k}]"), s, "source", &source_ids);
            }
            let legal_basis =
                self.fact(&format!("{path}.legal_basis"), &p.legal_basis, |r, keys| {
                    r.legal_basis(&path, keys)
                });
            let retention = self.fact(&format!("{path}.retention"), &p.retention, |r, raw| {
                r.retention(&format!("{path}.retention"), raw)
            });
            let provision = self.fact(&format!("{path}.provision"), &p.provision, |r, pr| {
                let requirement = r.key::<Requirement>(
                    &format!("{path}.provision.requirement"),
                    &pr.requirement,
                )?;
                Some(Provision {
                    requirement,
                    obliged: pr.obliged,
                    law: r.opt_prose(&format!("{path}.provision.law"), pr.law.as_ref()),
                    consequence: r.opt_prose(
                        &format!("{path}.provision.consequence"),
                        pr.consequence.as_ref(),
                    ),
                })
            });
            // A purpose's own statement about automated decisions wins over the policy's.
            let automated_source = match &p.automated_decisions {
                Stated::NotStated => (&raw.automated_decisions, "automated_decisions".to_owned()),
                own => (own, format!("{path}.automated_decisions")),
            };
            let automated_decision = self.fact(&automated_source.1, automated_source.0, |r, ad| {
                let at = &automated_source.1;
                Some(AutomatedDecision {
                    logic: r.prose(&format!("{at}.logic"), &ad.logic),
                    significance: r.prose(&format!("{at}.significance"), &ad.significance),
                    consequences: r
                        .opt_prose(&format!("{at}.consequences"), ad.consequences.as_ref()),
                })
            });
            let profiling = self.fact(&format!("{path}.profiling"), &p.profiling, |r, pr| {
                Some(r.prose(&format!("{path}.profiling.description"), &pr.description))
            });
            let retention_after_ignored = matches!(
                &p.retention,
                Stated::Value(KeyOr::Custom(rt)) if rt.after.is_some() && rt.criteria.is_some()
            );
            out.push(Purpose {
                id: p.id.clone(),
                title: self.prose(&format!("{path}.title"), &p.title),
                description: self.opt_prose(&format!("{path}.description"), p.description.as_ref()),
                data,
                legal_basis,
                legitimate_interest: self.opt_prose(
                    &format!("{path}.legitimate_interest"),
                    p.legitimate_interest.as_ref(),
                ),
                retention,
                retention_after_ignored,
                recipients: purpose_recipients,
                sources: p.sources.clone(),
                provision,
                automated_decision,
                profiling,
                direct_marketing: p.direct_marketing == Some(true),
                direct_marketing_written: p.direct_marketing,
                cookie_categories: p
                    .cookie_categories
                    .iter()
                    .enumerate()
                    .filter_map(|(k, c)| {
                        self.key::<CookieCategory>(&format!("{path}.cookie_categories[{k}]"), c)
                    })
                    .collect(),
                at: path,
            });
        }
        out
    }

    /// The basis, or the bases when the policy names several (a rule reports that). A single
    /// string "consent or legitimate_interests" is read as the two it names.
    fn legal_basis(&mut self, purpose_path: &str, raw: &model::OneOrMany) -> Option<Basis> {
        let path = format!("{purpose_path}.legal_basis");
        let mut keys: Vec<(String, String)> = Vec::new();
        for (i, item) in raw.0.iter().enumerate() {
            let item_path = if raw.0.len() > 1 {
                format!("{path}[{i}]")
            } else {
                path.clone()
            };
            for part in item
                .split([',', '/', '|'])
                .flat_map(|s| s.split(" or "))
                .map(str::trim)
                .filter(|s| !s.is_empty())
            {
                keys.push((item_path.clone(), part.to_owned()));
            }
        }
        let mut bases = Vec::new();
        for (at, key) in &keys {
            bases.push(self.key::<LegalBasis>(at, key)?);
        }
        bases.dedup();
        match bases.as_slice() {
            [] => {
                self.report
                    .add(&r::INVALID_VALUE, path, "the list of legal bases is empty");
                None
            }
            [one] => Some(Basis::One(*one)),
            _ => Some(Basis::Several(bases)),
        }
    }

    fn retention(&mut self, path: &str, raw: &KeyOr<model::RawRetention>) -> Option<Retention> {
        let raw = match raw {
            KeyOr::Key(k) if k == "indefinite" => return Some(Retention::Indefinite),
            KeyOr::Key(k) => {
                self.report
                    .add(&r::INVALID_PERIOD, path, format!("`{k}` is not a retention"))
                    .hint("write a period such as `{years: 10, after: contract_end}`, `{criteria: {nl: …, fr: …, en: …}}`, or `indefinite` if that is what the policy says");
                return None;
            }
            KeyOr::Custom(raw) => raw,
        };
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
                            &r::INVALID_PERIOD,
                            path,
                            "the retention gives neither a period nor criteria",
                        )
                        .hint("write for example `retention: {years: 10, after: contract_end}` or `retention: {criteria: {nl: …, fr: …, en: …}}`; leave `retention` out if the policy does not say");
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
        let mut seen = HashMap::new();
        let mut out = Vec::new();
        for (i, c) in raw.iter().enumerate() {
            let path = format!("cookies[{i}]");
            let name = self.fact(&format!("{path}.name"), &c.name, |r, n| {
                Some(r.name(&format!("{path}.name"), n))
            });
            if let (Stated::Value(model::Name::Plain(n)), Stated::Value(p)) = (&c.name, &c.provider)
                && let first = *seen.entry((n.clone(), p.clone())).or_insert(i)
                && first != i
            {
                self.report
                    .add(
                        &r::DUPLICATE_ENTRY,
                        format!("{path}.name"),
                        format!("the cookie `{n}` is listed twice"),
                    )
                    .repeats(format!("cookies[{first}].name"));
            }
            let provider = self.fact(&format!("{path}.provider"), &c.provider, |r, p: &String| {
                if p == "first_party" {
                    return Some(None);
                }
                if recipient_ids.contains(&p.as_str()) {
                    return Some(Some(p.clone()));
                }
                let mut candidates = recipient_ids.clone();
                candidates.push("first_party");
                r.report
                    .add(
                        &r::UNKNOWN_REFERENCE,
                        format!("{path}.provider"),
                        format!(
                            "the provider `{p}` is neither `first_party` nor the id of a recipient"
                        ),
                    )
                    .hint(suggestion(p, &candidates));
                None
            });
            let category = self.key::<CookieCategory>(&format!("{path}.category"), &c.category);
            let kind = self.fact(&format!("{path}.kind"), &c.kind, |r, k: &String| {
                r.key::<CookieKind>(&format!("{path}.kind"), k)
            });
            let duration = self.fact(&format!("{path}.duration"), &c.duration, |r, d| match d {
                KeyOr::Key(k) if k == "session" => Some(None),
                KeyOr::Key(k) => {
                    r.report
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
                    let period = r.period(&format!("{path}.duration"), p.years, p.months, p.days);
                    if period.is_none()
                        && p.years.is_none()
                        && p.months.is_none()
                        && p.days.is_none()
                    {
                        r.report
                            .add(
                                &r::INVALID_PERIOD,
                                format!("{path}.duration"),
                                "the duration is empty",
                            )
                            .hint("write `session`, or a period such as `{days: 390}`");
                    }
                    period.map(Some)
                }
            });
            let purpose = self.opt_prose(&format!("{path}.purpose"), c.purpose.as_ref());
            // An unknown category is reported above; the cookie is kept out of the tables.
            let Some(category) = category else { continue };
            out.push(Cookie {
                name,
                provider,
                category,
                purpose,
                duration,
                kind,
                at: path,
            });
        }
        out
    }

    fn cookie_consent(&mut self, raw: &model::RawCookieConsent) -> Option<CookieConsent> {
        let mechanism = self.key::<ConsentMechanism>("cookie_consent.mechanism", &raw.mechanism)?;
        Some(CookieConsent {
            mechanism,
            reject_button: raw.reject_button,
            settings_url: self.url("cookie_consent.settings_url", raw.settings_url.as_ref()),
        })
    }

    fn changes(&mut self, raw: &model::RawChanges) -> Option<Changes> {
        let notice = self.key::<ChangeNotice>("changes.notice", &raw.notice)?;
        let channels = raw
            .channels
            .iter()
            .enumerate()
            .filter_map(|(i, c)| self.key::<NoticeChannel>(&format!("changes.channels[{i}]"), c))
            .collect();
        Some(Changes { notice, channels })
    }

    fn rights(&mut self, raw: &model::RawRights) -> Rights {
        let listed = raw.listed.as_ref().map(|keys| {
            keys.iter()
                .enumerate()
                .filter_map(|(i, k)| self.key::<Right>(&format!("rights.listed[{i}]"), k))
                .collect()
        });
        let contact = self.fact("rights.contact", &raw.contact, |r, c| {
            if let Some(e) = &c.email {
                r.email("rights.contact.email", e);
            }
            Some(RightsContact {
                email: c.email.clone(),
                url: r.url("rights.contact.url", c.url.as_ref()),
                post: c.post,
            })
        });
        Rights {
            listed,
            conditions: self.opt_prose("rights.conditions", raw.conditions.as_ref()),
            contact,
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

    /// A name written once is a proper name; per language it is prose.
    fn name(&mut self, path: &str, raw: &model::Name) -> Name {
        match raw {
            model::Name::Plain(n) => Name::Proper(n.clone()),
            model::Name::PerLanguage(p) => Name::PerLanguage(self.prose(path, p)),
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
                Some(text) => check_prose_text(self.report, &format!("{path}.{lang}"), text),
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

    /// Whether `raw` is an e-mail address; reports it when not.
    fn email(&mut self, path: &str, raw: &str) -> bool {
        let valid = is_email(raw);
        if !valid {
            self.report
                .add(
                    &r::INVALID_VALUE,
                    path,
                    format!("`{raw}` is not an e-mail address"),
                )
                .hint("write it as name@example.be");
        }
        valid
    }

    /// A web address pages may link to: `https://`, `http://` or `mailto:` only, so no field
    /// can put a `javascript:` or `data:` link on a page.
    fn url(&mut self, path: &str, raw: Option<&String>) -> Option<String> {
        let raw = raw?;
        if is_safe_url(raw) {
            Some(raw.clone())
        } else {
            self.report
                .add(
                    &r::INVALID_VALUE,
                    path,
                    format!(
                        "`{}` is not a web address",
                        raw.chars().take(80).collect::<String>()
                    ),
                )
                .hint(
                    "write a full address starting with https:// (or mailto: for an e-mail link)",
                );
            None
        }
    }

    fn country(&mut self, path: &str, raw: &str) -> Option<String> {
        let code = raw.trim().to_uppercase();
        if catalogue::COUNTRIES.contains(&code.as_str()) {
            return Some(code);
        }
        if let Some((iso, why)) = catalogue::iso_country(&code) {
            self.report
                .add(
                    &r::UNKNOWN_KEY,
                    path,
                    format!("`{raw}` is not an ISO 3166 country code"),
                )
                .hint(format!("{why}; write `{iso}`"));
            return None;
        }
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
        None
    }

    fn address(&mut self, path: &str, raw: &RawAddress) -> Address {
        Address {
            street: raw.street.clone(),
            postal_code: raw.postal_code.clone(),
            city: raw.city.clone(),
            country: self
                .country(&format!("{path}.country"), &raw.country)
                .unwrap_or_else(|| raw.country.clone()),
        }
    }

    /// The number formatted as `0123.456.749`. A nine-digit number is the old form without
    /// its leading 0: it is padded, and a rule suggests writing it in full.
    fn enterprise_number(&mut self, path: &str, raw: &str) -> Option<String> {
        match belgian_enterprise_number(raw) {
            Ok(formatted) => Some(formatted),
            Err(reason) => {
                self.report
                    .add(
                        &r::INVALID_VALUE,
                        path,
                        format!("`{raw}` is not a valid Belgian enterprise number: {reason}"),
                    )
                    .hint("copy it from the KBO/BCE register; it looks like 0123.456.749");
                None
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
        special_written: None,
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
    let mut digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    // Numbers issued before 2005 were nine digits; the register now writes them with a leading 0.
    if digits.len() == 9 {
        digits.insert(0, '0');
    }
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

/// What one language's prose may hold: no invisible character, links only where a URL
/// field may go (or to a place on the site), and pictures from the site itself: the pages
/// promise no request to another origin, and a picture from elsewhere is a tracking pixel
/// whatever it shows.
fn check_prose_text(report: &mut Report, path: &str, text: &str) {
    // Raw control characters are refused as the file is read; these came through a YAML
    // escape (`"\e[31m"`), invisible all the same.
    if let Some(c) = text.chars().find(|&c| is_invisible(c)) {
        report
            .add(
                &r::INVALID_VALUE,
                path,
                format!("the text holds an invisible character (U+{:04X})", c as u32),
            )
            .hint("remove the escape (such as `\\e` or `\\u001b`) from the text");
    }
    for (kind, url) in markdown_targets(text) {
        let wrong = match kind {
            Target::Link => !(is_safe_url(&url) || is_site_relative(&url)),
            Target::Image => !is_site_relative(&url),
        };
        if !wrong {
            continue;
        }
        let shown: String = url.chars().take(80).collect();
        let (message, hint) = match kind {
            Target::Link => (
                format!("the link `{shown}` is not a web address"),
                "link to an address starting with https:// (or mailto:), or to a page of this site",
            ),
            Target::Image => (
                format!("the picture `{shown}` is loaded from another site"),
                "pages make no request to other sites: put the picture in the theme's static/ folder and link to it there, or leave it out",
            ),
        };
        report.add(&r::INVALID_VALUE, path, message).hint(hint);
    }
}

/// `output_dir` names a folder inside the site: a `site.yaml` under review must not be able to
/// make a build replace a folder elsewhere on the machine (`--out` on the command line can).
fn check_output_dir(dir: &str, report: &mut Report) {
    let path = std::path::Path::new(dir);
    let leaves = path.is_absolute()
        || dir.starts_with('~')
        || path.components().any(|c| {
            !matches!(
                c,
                std::path::Component::Normal(_) | std::path::Component::CurDir
            )
        });
    if dir.trim().is_empty() || leaves {
        report
            .add(
                &r::INVALID_VALUE,
                "output_dir",
                format!("`{dir}` is not a folder inside the site"),
            )
            .hint("write a folder name relative to the site, such as `public`; to write elsewhere, use `privasite build --out`");
    }
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
