//! The checked policy: every reference resolved, every value valid, every prose field complete
//! in every site language. Built only by `check::resolve`; read by the rules and by `render`.
//!
//! Each entry remembers the YAML path it was written at (`at`), so a rule can point at it, and
//! the policy keeps every prose field it holds in one list ([`Policy::prose`]), filled by the
//! one function that builds prose, so a lint over all text cannot miss a field.
//!
//! Also home to what follows from the data rather than being written in it: the rights that
//! apply, the countries data goes to, whether cookies need consent.

use serde::Serialize;

use crate::catalogue::{
    Art9Condition, Authority, CookieCategory, CookieKind, LegalBasis, RecipientRole, Requirement,
    RetentionEvent, Right, TransferMechanism,
};
use crate::model::{Prose, ProseList};

/// A calendar date such as `2026-03-01`.
pub type Date = time::Date;

/// Words shown on a page: a built-in catalogue message, or the author's own per-language text.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Text {
    /// The Fluent id of a catalogue message, such as `data-contact`.
    Message(String),
    /// Author's prose (Markdown), complete in every site language.
    Prose(Prose),
    /// Author's per-language list, shown comma-separated.
    List(ProseList),
}

/// Site settings from `content/site.yaml`, checked.
#[derive(Debug, Clone, Serialize)]
pub struct Settings {
    pub languages: Vec<String>,
    pub default_language: String,
    pub base_url: Option<String>,
    pub theme: String,
    pub output_dir: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Policy {
    #[serde(serialize_with = "serialize_date")]
    pub last_updated: Date,
    #[serde(serialize_with = "serialize_opt_date")]
    pub effective: Option<Date>,
    pub change_summary: Option<Prose>,
    pub introduction: Option<Prose>,
    pub controller: Controller,
    pub joint_controllers: Vec<JointController>,
    pub representative: Option<Party>,
    pub dpo: Option<Party>,
    pub authority: SupervisoryAuthority,
    pub data_categories: Vec<DataCategoryEntry>,
    pub sources: Vec<SourceEntry>,
    pub purposes: Vec<Purpose>,
    pub recipients: Vec<Recipient>,
    pub cookies: Vec<Cookie>,
    pub rights: RightsContact,
    pub children_min_age: Option<u32>,
    pub security: Option<Prose>,
    pub faq: Vec<Faq>,
    /// Every prose field and per-language list of the policy, with its YAML path.
    #[serde(skip)]
    pub prose: Vec<ProseField>,
    /// The languages the site publishes in, which every prose field was checked against.
    #[serde(skip)]
    pub languages: Vec<String>,
}

/// One field of the author's own text, where it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct ProseField {
    /// `purposes[2].description`.
    pub path: String,
    /// The text, by language.
    pub text: ProseText,
}

/// A prose field's value.
#[derive(Debug, Clone, PartialEq)]
pub enum ProseText {
    /// Text per language.
    Prose(Prose),
    /// A list per language.
    List(ProseList),
}

#[derive(Debug, Clone, Serialize)]
pub struct Address {
    pub street: String,
    pub postal_code: String,
    pub city: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Controller {
    pub name: String,
    pub legal_form: Option<String>,
    /// Formatted as `0123.456.749`.
    pub enterprise_number: Option<String>,
    pub address: Option<Address>,
    pub email: String,
    pub phone: Option<String>,
    pub website: Option<String>,
}

/// An organisation or person with contact details (representative, DPO).
#[derive(Debug, Clone, Serialize)]
pub struct Party {
    pub name: Option<String>,
    pub address: Option<Address>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct JointController {
    /// Where it is written: `purposes[2]`.
    #[serde(skip)]
    pub at: String,
    pub name: String,
    pub enterprise_number: Option<String>,
    pub address: Option<Address>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub purposes: Vec<String>,
    pub responsibilities: Prose,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SupervisoryAuthority {
    Known(Authority),
    Custom { name: Prose, details: Box<Party> },
}

#[derive(Debug, Clone, Serialize)]
pub struct DataCategoryEntry {
    /// Where it is written: `purposes[2]`.
    #[serde(skip)]
    pub at: String,
    pub id: String,
    pub label: Text,
    pub items: Option<Text>,
    pub special: bool,
    pub art9_condition: Option<Art9Condition>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SourceEntry {
    /// Where it is written: `purposes[2]`.
    #[serde(skip)]
    pub at: String,
    pub id: String,
    pub label: Text,
    pub public: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Purpose {
    /// Where it is written: `purposes[2]`.
    #[serde(skip)]
    pub at: String,
    pub id: String,
    pub title: Prose,
    pub description: Option<Prose>,
    /// Ids of entries in [`Policy::data_categories`].
    pub data: Vec<String>,
    /// `None` when the YAML names no single known basis (an error was reported).
    pub legal_basis: Option<LegalBasis>,
    pub legitimate_interest: Option<Prose>,
    pub retention: Retention,
    /// `after` was given next to `criteria`, where it means nothing.
    #[serde(skip)]
    pub retention_after_ignored: bool,
    /// Ids of entries in [`Policy::recipients`].
    pub recipients: Vec<String>,
    /// Ids of entries in [`Policy::sources`].
    pub sources: Vec<String>,
    pub provision: Option<Provision>,
    pub automated_decision: Option<AutomatedDecision>,
    pub direct_marketing: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Unit {
    Days,
    Months,
    Years,
}

/// A length of time: `10 years`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    pub amount: u32,
    pub unit: Unit,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Retention {
    Period {
        period: Period,
        after: RetentionEvent,
    },
    Criteria(Prose),
}

#[derive(Debug, Clone, Serialize)]
pub struct Provision {
    pub requirement: Requirement,
    pub consequence: Option<Prose>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AutomatedDecision {
    pub logic: Prose,
    pub significance: Prose,
}

#[derive(Debug, Clone, Serialize)]
pub struct Recipient {
    /// Where it is written: `purposes[2]`.
    #[serde(skip)]
    pub at: String,
    pub id: String,
    pub name: String,
    pub role: RecipientRole,
    pub service: Prose,
    pub country: String,
    pub transfer: Option<Transfer>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Transfer {
    pub mechanism: TransferMechanism,
    pub reference: Option<String>,
    #[serde(serialize_with = "serialize_opt_date")]
    pub checked_on: Option<Date>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Cookie {
    /// Where it is written: `purposes[2]`.
    #[serde(skip)]
    pub at: String,
    pub name: String,
    /// `None` for a first-party cookie, else the recipient id.
    pub provider: Option<String>,
    pub category: CookieCategory,
    pub purpose: Prose,
    /// `None` for a session cookie.
    pub duration: Option<Period>,
    pub kind: CookieKind,
}

#[derive(Debug, Clone, Serialize)]
pub struct RightsContact {
    pub email: String,
    pub url: Option<String>,
    pub post: bool,
    pub response_days: Option<u32>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Faq {
    pub question: Prose,
    pub answer: Prose,
}

/// A right that applies, with the purposes it is limited to when it does not apply to all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApplicableRight {
    pub right: Right,
    /// Empty when the right applies to every purpose.
    pub limited_to: Vec<String>,
}

impl Policy {
    pub fn data_category(&self, id: &str) -> Option<&DataCategoryEntry> {
        self.data_categories.iter().find(|c| c.id == id)
    }

    pub fn recipient(&self, id: &str) -> Option<&Recipient> {
        self.recipients.iter().find(|r| r.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&SourceEntry> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The rights this policy must describe, in the order the GDPR lists them.
    ///
    /// Access, rectification, erasure and restriction apply whatever the basis; portability only
    /// to consent and contract; objection (Art. 21(1)) only to legitimate interests and public
    /// task; withdrawal only to consent; the complaint to the authority always (KB §2.1).
    pub fn applicable_rights(&self) -> Vec<ApplicableRight> {
        let purposes_where = |pred: &dyn Fn(&Purpose) -> bool| -> Option<Vec<String>> {
            let ids: Vec<String> = self
                .purposes
                .iter()
                .filter(|p| pred(p))
                .map(|p| p.id.clone())
                .collect();
            match ids.len() {
                0 => None,
                n if n == self.purposes.len() => Some(Vec::new()),
                _ => Some(ids),
            }
        };
        let bases = |wanted: &'static [LegalBasis]| {
            move |p: &Purpose| p.legal_basis.is_some_and(|b| wanted.contains(&b))
        };

        let mut rights = Vec::new();
        for right in [
            Right::Access,
            Right::Rectification,
            Right::Erasure,
            Right::Restriction,
        ] {
            rights.push(ApplicableRight {
                right,
                limited_to: Vec::new(),
            });
        }
        type AppliesTo = Box<dyn Fn(&Purpose) -> bool>;
        let conditional: [(Right, AppliesTo); 5] = [
            (
                Right::Portability,
                Box::new(bases(&[LegalBasis::Consent, LegalBasis::Contract])),
            ),
            (
                Right::Objection,
                Box::new(bases(&[
                    LegalBasis::LegitimateInterests,
                    LegalBasis::PublicTask,
                ])),
            ),
            (
                Right::ObjectionMarketing,
                Box::new(|p: &Purpose| p.direct_marketing),
            ),
            (
                Right::WithdrawConsent,
                Box::new(bases(&[LegalBasis::Consent])),
            ),
            (
                Right::HumanReview,
                Box::new(|p: &Purpose| p.automated_decision.is_some()),
            ),
        ];
        for (right, applies) in conditional {
            if let Some(limited_to) = purposes_where(&*applies) {
                rights.push(ApplicableRight { right, limited_to });
            }
        }
        rights.push(ApplicableRight {
            right: Right::Complaint,
            limited_to: Vec::new(),
        });
        rights
    }

    /// Countries outside the EEA that data goes to, sorted by code.
    pub fn third_countries(&self) -> Vec<&str> {
        let mut countries: Vec<&str> = self
            .recipients
            .iter()
            .map(|r| r.country.as_str())
            .filter(|c| !crate::catalogue::is_eea(c))
            .collect();
        countries.sort_unstable();
        countries.dedup();
        countries
    }

    /// The ids of the recipients a purpose or a cookie names.
    pub fn used_recipients(&self) -> std::collections::BTreeSet<String> {
        self.purposes
            .iter()
            .flat_map(|p| p.recipients.iter().cloned())
            .chain(self.cookies.iter().filter_map(|c| c.provider.clone()))
            .collect()
    }

    /// Whether any cookie needs the visitor's consent before it is set.
    pub fn cookies_need_consent(&self) -> bool {
        self.cookies.iter().any(|c| c.category.needs_consent())
    }

    /// Cookie categories in use, in catalogue order.
    pub fn cookie_categories(&self) -> Vec<CookieCategory> {
        CookieCategory::ALL
            .iter()
            .copied()
            .filter(|cat| self.cookies.iter().any(|c| c.category == *cat))
            .collect()
    }
}

fn serialize_date<S: serde::Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&iso_date(*d))
}

fn serialize_opt_date<S: serde::Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_str(&iso_date(*d)),
        None => s.serialize_none(),
    }
}

/// `2026-03-01`.
pub fn iso_date(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}
