//! The checked policy: every reference resolved, every catalogue key known, every prose field
//! complete in every site language. Built only by `check::resolve`; read by the rules and by
//! `render`.
//!
//! A fact a notice must give is a [`Fact`]: stated, declared absent, not stated, or invalid
//! (written, but not readable; an error was reported). Nothing here fills a gap with a
//! default: what the author did not state stays [`Fact::NotStated`], and no sentence may claim
//! anything about it.
//!
//! Each entry remembers the YAML path it was written at (`at`), so a rule can point at it, and
//! the policy keeps every prose field it holds in one list ([`Policy::prose`]), filled by the one
//! function that builds prose, so a lint over all text cannot miss a field.
//!
//! Also home to what follows from the data rather than being written in it: the rights that
//! apply, the countries data goes to, whether cookies need consent.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::catalogue::{
    AfterRetention, Art9Condition, Authority, ChangeNotice, ConsentMechanism, CookieCategory,
    CookieKind, Decision, LegalBasis, NoticeChannel, RecipientRole, Register, Requirement,
    RetentionEvent, Right, TransferMechanism,
};
use crate::model::{Prose, ProseList};

/// A calendar date such as `2026-03-01`.
pub type Date = time::Date;

/// A fact the notice gives, or does not. Serialized as its value, `"none"` when declared
/// absent, and `null` when not stated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fact<T> {
    /// The policy states it.
    Stated(T),
    /// The policy states there is none (`none`, `false`).
    Absent,
    /// The policy does not say.
    NotStated,
    /// The policy says something privasite cannot read; an error was reported.
    Invalid,
}

impl<T: Serialize> Serialize for Fact<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Fact::Stated(v) => v.serialize(s),
            Fact::Absent => s.serialize_str("none"),
            Fact::NotStated | Fact::Invalid => s.serialize_none(),
        }
    }
}

impl<T> Fact<T> {
    /// The stated value.
    pub fn stated(&self) -> Option<&T> {
        match self {
            Fact::Stated(v) => Some(v),
            _ => None,
        }
    }

    /// Whether the policy declares there is none.
    pub fn is_absent(&self) -> bool {
        matches!(self, Fact::Absent)
    }

    /// Whether the policy leaves it open (not stated, or unreadable).
    pub fn is_unknown(&self) -> bool {
        matches!(self, Fact::NotStated | Fact::Invalid)
    }

    /// The fact with its value changed.
    pub fn map<U>(&self, f: impl FnOnce(&T) -> U) -> Fact<U> {
        match self {
            Fact::Stated(v) => Fact::Stated(f(v)),
            Fact::Absent => Fact::Absent,
            Fact::NotStated => Fact::NotStated,
            Fact::Invalid => Fact::Invalid,
        }
    }
}

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
    /// A proper name, the same in every language.
    Name(String),
}

/// Site settings from `content/site.yaml`, checked.
#[derive(Debug, Clone, Serialize)]
pub struct Settings {
    /// The languages published, in menu order.
    pub languages: Vec<String>,
    /// The language offered first.
    pub default_language: String,
    /// The absolute address the site is published at, ending with `/`.
    pub base_url: Option<String>,
    /// The theme folder under `themes/` (`default` is built in).
    pub theme: String,
    /// Where `build` writes, relative to the root.
    pub output_dir: String,
    /// `draft: true`: build as with `--draft`.
    pub draft: bool,
    /// How the built-in texts address the reader. Left out of `policy.json` when formal, the
    /// default, so a site that does not set it publishes what it did before the setting.
    #[serde(skip_serializing_if = "Register::is_formal")]
    pub register: Register,
}

impl Settings {
    /// A site address as `base_url` holds it: an `http://` or `https://` address with a host,
    /// ending with `/`. None for anything else: a path, another scheme, spaces, or a query or
    /// fragment, which page addresses cannot be appended to.
    pub fn web_address(url: &str) -> Option<String> {
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))?;
        let host = rest.split('/').next().unwrap_or_default();
        let usable =
            !host.is_empty() && !rest.contains(|c: char| c.is_whitespace() || c == '?' || c == '#');
        usable.then(|| url.trim_end_matches('/').to_owned() + "/")
    }
}

/// One version of a privacy policy, checked.
#[derive(Debug, Clone, Serialize)]
pub struct Policy {
    /// The version of the YAML model the file was written in.
    pub schema: u32,
    /// The version's date.
    pub last_updated: Fact<Date>,
    /// When the version takes effect, if later.
    pub effective: Option<Date>,
    /// What changed in this version.
    pub change_summary: Option<Prose>,
    /// An opening paragraph.
    pub introduction: Option<Prose>,
    /// The controller.
    pub controller: Controller,
    /// Joint controllers (Art. 26).
    pub joint_controllers: Fact<Vec<JointController>>,
    /// The EU representative (Art. 27).
    pub representative: Fact<Party>,
    /// The data protection officer.
    pub dpo: Fact<Party>,
    /// A privacy contact who is not a DPO.
    pub privacy_contact: Option<Party>,
    /// The supervisory authority.
    pub authority: Fact<SupervisoryAuthority>,
    /// The categories of data.
    pub data_categories: Fact<Vec<DataCategoryEntry>>,
    /// Whether special categories are processed: `Absent` when the policy says none.
    pub special_categories: Fact<()>,
    /// Where the data comes from.
    pub sources: Fact<Vec<SourceEntry>>,
    /// The purposes.
    pub purposes: Vec<Purpose>,
    /// The recipients.
    pub recipients: Vec<Recipient>,
    /// Transfers outside the EEA beyond the named recipients' own.
    pub transfers: Fact<PolicyTransfers>,
    /// Cookies and similar techniques.
    pub cookies: Fact<Vec<Cookie>>,
    /// How consent to cookies is asked.
    pub cookie_consent: Fact<CookieConsent>,
    /// How rights are exercised.
    pub rights: Rights,
    /// How changes are announced.
    pub changes: Fact<Changes>,
    /// What the policy says about selling data.
    pub data_sale: Option<DataSale>,
    /// What happens to data when its retention period ends.
    pub after_retention: Option<AfterRetention>,
    /// The youngest age the service is meant for.
    pub children_min_age: Option<u32>,
    /// How the data is protected.
    pub security: Option<Prose>,
    /// The author's own questions.
    pub faq: Vec<Faq>,
    /// Every prose field and per-language list of the policy, with its YAML path.
    #[serde(skip)]
    pub prose: Vec<ProseField>,
    /// The languages the site publishes in, which every prose field was checked against.
    #[serde(skip)]
    pub languages: Vec<String>,
    /// The register the site addresses the reader in, which the author's prose is checked
    /// against; formal for archived versions, which are not judged.
    #[serde(skip)]
    pub register: Register,
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

/// A postal address.
#[derive(Debug, Clone, Serialize)]
pub struct Address {
    /// Street and number.
    pub street: String,
    /// Postal code.
    pub postal_code: String,
    /// City.
    pub city: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
}

/// The controller.
#[derive(Debug, Clone, Serialize)]
pub struct Controller {
    /// The legal name.
    pub name: Fact<String>,
    /// BV, NV…
    pub legal_form: Option<String>,
    /// Formatted as `0123.456.749`.
    pub enterprise_number: Fact<String>,
    /// The enterprise number as the author wrote it (a rule checks its form).
    #[serde(skip)]
    pub enterprise_number_written: Option<String>,
    /// The postal address.
    pub address: Option<Address>,
    /// The e-mail address.
    pub email: Fact<String>,
    /// Telephone.
    pub phone: Option<String>,
    /// Website.
    pub website: Option<String>,
    /// Group or legal status, as the policy states it.
    pub note: Option<Prose>,
}

impl Controller {
    /// The name to show, or an empty string when none is stated.
    pub fn display_name(&self) -> &str {
        self.name.stated().map_or("", String::as_str)
    }
}

/// An organisation or person with contact details (representative, DPO, custom authority).
#[derive(Debug, Clone, Serialize)]
pub struct Party {
    /// Name.
    pub name: Option<String>,
    /// Postal address.
    pub address: Option<Address>,
    /// E-mail.
    pub email: Option<String>,
    /// Telephone.
    pub phone: Option<String>,
    /// Website.
    pub website: Option<String>,
}

/// A joint controller.
#[derive(Debug, Clone, Serialize)]
pub struct JointController {
    /// Where it is written.
    #[serde(skip)]
    pub at: String,
    /// Its legal name.
    pub name: String,
    /// Its KBO/BCE number.
    pub enterprise_number: Option<String>,
    /// Its postal address.
    pub address: Option<Address>,
    /// Its e-mail address.
    pub email: Option<String>,
    /// Its website.
    pub website: Option<String>,
    /// Ids of the purposes decided on together.
    pub purposes: Vec<String>,
    /// The essence of the arrangement.
    pub responsibilities: Option<Prose>,
}

/// The supervisory authority.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SupervisoryAuthority {
    /// One privasite knows.
    Known(Authority),
    /// Written out by the author.
    Custom {
        /// Its name per language.
        name: Prose,
        /// Its contact details.
        details: Box<Party>,
    },
}

/// A category of personal data.
#[derive(Debug, Clone, Serialize)]
pub struct DataCategoryEntry {
    /// Where it is written.
    #[serde(skip)]
    pub at: String,
    /// Its id.
    pub id: String,
    /// Its label.
    pub label: Text,
    /// Examples.
    pub items: Option<Text>,
    /// An Art. 9 special category.
    pub special: bool,
    /// `special` as the author wrote it: `None` when not written (for a category of the
    /// author's own, `special` is then `false` as the pages read it, but the policy has not
    /// said).
    #[serde(skip)]
    pub special_written: Option<bool>,
    /// Its Art. 9(2) condition.
    pub art9_condition: Option<Art9Condition>,
}

/// A source of data.
#[derive(Debug, Clone, Serialize)]
pub struct SourceEntry {
    /// Where it is written.
    #[serde(skip)]
    pub at: String,
    /// Its id.
    pub id: String,
    /// Its label.
    pub label: Text,
    /// Whether it is publicly accessible.
    pub public: bool,
    /// Whether it is the person themselves.
    pub is_data_subject: bool,
}

/// The legal basis of a purpose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// One basis.
    One(LegalBasis),
    /// Several bases named for one purpose (an error, reported).
    Several(Vec<LegalBasis>),
}

impl Basis {
    /// The bases named.
    pub fn all(&self) -> Vec<LegalBasis> {
        match self {
            Basis::One(b) => vec![*b],
            Basis::Several(bs) => bs.clone(),
        }
    }

    /// Whether `basis` is among them.
    pub fn includes(&self, basis: LegalBasis) -> bool {
        self.all().contains(&basis)
    }
}

/// A purpose.
#[derive(Debug, Clone, Serialize)]
pub struct Purpose {
    /// Where it is written.
    #[serde(skip)]
    pub at: String,
    /// Its id.
    pub id: String,
    /// Its name.
    pub title: Prose,
    /// What it involves.
    pub description: Option<Prose>,
    /// Ids of entries in [`Policy::data_categories`].
    pub data: Fact<Vec<String>>,
    /// The legal basis.
    pub legal_basis: Fact<Basis>,
    /// The legitimate interest pursued.
    pub legitimate_interest: Option<Prose>,
    /// How long data is kept.
    pub retention: Fact<Retention>,
    /// `after` was given next to `criteria`, where it means nothing.
    #[serde(skip)]
    pub retention_after_ignored: bool,
    /// Ids of entries in [`Policy::recipients`].
    pub recipients: Fact<Vec<String>>,
    /// Ids of entries in [`Policy::sources`].
    pub sources: Vec<String>,
    /// Whether providing the data is required.
    pub provision: Fact<Provision>,
    /// Decisions based solely on automated processing.
    pub automated_decision: Fact<AutomatedDecision>,
    /// Profiling.
    pub profiling: Fact<Prose>,
    /// Direct marketing.
    pub direct_marketing: bool,
    /// `direct_marketing` as the author wrote it: `None` when not written (it is then
    /// `false` above, as the pages read it, but the policy has not said).
    #[serde(skip)]
    pub direct_marketing_written: Option<bool>,
    /// The cookie categories whose use this purpose covers.
    pub cookie_categories: Vec<CookieCategory>,
}

/// The fact of a purpose that decides whether a conditional right applies to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deciding {
    /// Its legal basis (portability, objection, withdrawal of consent).
    LegalBasis,
    /// Whether it is direct marketing (objection to direct marketing, Art. 21(2)).
    DirectMarketing,
    /// Whether it involves a decision based solely on automated processing (Art. 22).
    AutomatedDecision,
}

/// The rights that apply to some purposes only, each with the fact that decides it, in the
/// GDPR's order.
pub const CONDITIONAL_RIGHTS: [(Right, Deciding); 5] = [
    (Right::Portability, Deciding::LegalBasis),
    (Right::Objection, Deciding::LegalBasis),
    (Right::ObjectionMarketing, Deciding::DirectMarketing),
    (Right::WithdrawConsent, Deciding::LegalBasis),
    (Right::HumanReview, Deciding::AutomatedDecision),
];

/// A conditional right whose application to a purpose depends on a fact the purpose leaves
/// open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UndeterminedRight {
    /// The right.
    pub right: Right,
    /// The purpose's id.
    pub purpose: String,
    /// The fact it depends on, which the purpose does not state.
    pub because: Deciding,
}

impl Purpose {
    /// Whether `right` applies to this purpose: `None` when the fact that decides it is not
    /// stated or cannot be read. Rights that are not conditional always apply.
    pub fn grants(&self, right: Right) -> Option<bool> {
        let bases = |wanted: &[LegalBasis]| match &self.legal_basis {
            Fact::Stated(b) => Some(b.all().iter().any(|b| wanted.contains(b))),
            Fact::Absent => Some(false),
            Fact::NotStated | Fact::Invalid => None,
        };
        match right {
            Right::Portability => bases(&[LegalBasis::Consent, LegalBasis::Contract]),
            Right::Objection => bases(&[LegalBasis::LegitimateInterests, LegalBasis::PublicTask]),
            Right::WithdrawConsent => bases(&[LegalBasis::Consent]),
            Right::ObjectionMarketing => self.direct_marketing_written,
            Right::HumanReview => match &self.automated_decision {
                Fact::Stated(_) => Some(true),
                Fact::Absent => Some(false),
                Fact::NotStated | Fact::Invalid => None,
            },
            _ => Some(true),
        }
    }

    /// The one basis, when exactly one is stated.
    pub fn basis(&self) -> Option<LegalBasis> {
        match self.legal_basis.stated() {
            Some(Basis::One(b)) => Some(*b),
            _ => None,
        }
    }
}

/// A time unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Days.
    Days,
    /// Months.
    Months,
    /// Years.
    Years,
}

/// A length of time: `10 years`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Period {
    /// How many.
    pub amount: u32,
    /// Of what.
    pub unit: Unit,
}

/// How long data is kept.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Retention {
    /// A period counted from an event.
    Period {
        /// The period.
        period: Period,
        /// What it counts from.
        after: RetentionEvent,
    },
    /// The criteria that set it.
    Criteria(Prose),
    /// Without limit, as the policy says.
    Indefinite,
}

/// Whether providing data is required (Art. 13(2)(e)).
#[derive(Debug, Clone, Serialize)]
pub struct Provision {
    /// Statutory, contractual, needed for a contract, or voluntary.
    pub requirement: Requirement,
    /// Whether the person is obliged to provide it.
    pub obliged: Option<bool>,
    /// The law that sets a statutory requirement.
    pub law: Option<Prose>,
    /// What happens without it.
    pub consequence: Option<Prose>,
}

/// A decision based solely on automated processing.
#[derive(Debug, Clone, Serialize)]
pub struct AutomatedDecision {
    /// How it is made.
    pub logic: Prose,
    /// What it means for the person.
    pub significance: Prose,
    /// Its envisaged consequences.
    pub consequences: Option<Prose>,
}

/// A recipient's name: a proper name, or a category per language.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Name {
    /// The same in every language.
    Proper(String),
    /// Per language.
    PerLanguage(Prose),
}

/// Someone who receives the data.
#[derive(Debug, Clone, Serialize)]
pub struct Recipient {
    /// Where it is written.
    #[serde(skip)]
    pub at: String,
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: Name,
    /// What it is to the controller.
    pub role: Fact<RecipientRole>,
    /// What it does with the data.
    pub service: Option<Prose>,
    /// Where it processes the data (ISO code).
    pub country: Fact<String>,
    /// For a disclosure to a controller or authority: its legal basis.
    pub legal_basis: Option<LegalBasis>,
    /// The transfer safeguard, when outside the EEA.
    pub transfer: Fact<Transfer>,
}

/// A transfer safeguard.
#[derive(Debug, Clone, Serialize)]
pub struct Transfer {
    /// The mechanism.
    pub mechanism: Fact<TransferMechanism>,
    /// A decision privasite can cite.
    pub decision: Option<&'static Decision>,
    /// The SCC module.
    pub module: Option<u8>,
    /// Any other reference, per language (or the same in every language).
    pub reference: Option<Prose>,
    /// When a DPF listing was last checked.
    pub checked_on: Option<Date>,
    /// Whether a copy of the safeguards can be obtained on request.
    pub copy_on_request: Option<bool>,
}

/// Transfers the policy states beyond its named recipients.
#[derive(Debug, Clone, Serialize)]
pub struct PolicyTransfers {
    /// The countries named.
    pub countries: Fact<Vec<String>>,
    /// The safeguard.
    pub mechanism: Fact<TransferMechanism>,
    /// A decision privasite can cite.
    pub decision: Option<&'static Decision>,
    /// Any other reference.
    pub reference: Option<Prose>,
    /// Who transfers, or why.
    pub description: Option<Prose>,
    /// Whether a copy of the safeguards can be obtained.
    pub copy_on_request: Option<bool>,
}

/// A cookie or similar technique.
#[derive(Debug, Clone, Serialize)]
pub struct Cookie {
    /// Where it is written.
    #[serde(skip)]
    pub at: String,
    /// Its name.
    pub name: Fact<Name>,
    /// `Stated(None)` for a first-party cookie, else the recipient id.
    pub provider: Fact<Option<String>>,
    /// Its category.
    pub category: CookieCategory,
    /// What it is for.
    pub purpose: Option<Prose>,
    /// `Stated(None)` for a session cookie.
    pub duration: Fact<Option<Period>>,
    /// How it is stored: a cookie, local storage, a pixel.
    pub kind: Fact<CookieKind>,
}

/// How consent to cookies is asked.
#[derive(Debug, Clone, Serialize)]
pub struct CookieConsent {
    /// The mechanism.
    pub mechanism: ConsentMechanism,
    /// Whether refusing is a button as easy as accepting.
    pub reject_button: Option<bool>,
    /// Where choices are changed.
    pub settings_url: Option<String>,
}

/// How rights are exercised.
#[derive(Debug, Clone, Serialize)]
pub struct Rights {
    /// The controller's own list, if it gives one.
    pub listed: Option<Vec<Right>>,
    /// Conditions the controller attaches, as written.
    pub conditions: Option<Prose>,
    /// Where requests go.
    pub contact: Fact<RightsContact>,
    /// A promised answer time in days.
    pub response_days: Option<u32>,
}

/// Where requests go.
#[derive(Debug, Clone, Serialize)]
pub struct RightsContact {
    /// E-mail.
    pub email: Option<String>,
    /// A web form.
    pub url: Option<String>,
    /// Whether requests may be sent by post.
    pub post: bool,
}

/// How changes are announced.
#[derive(Debug, Clone, Serialize)]
pub struct Changes {
    /// The way.
    pub notice: ChangeNotice,
    /// For prior notice: the channels.
    pub channels: Vec<NoticeChannel>,
}

/// What the policy says about selling data.
#[derive(Debug, Clone, Serialize)]
pub struct DataSale {
    /// Whether data is sold.
    pub sold: bool,
    /// Exceptions or conditions, as written.
    pub qualifier: Option<Prose>,
}

/// An author's question.
#[derive(Debug, Clone, Serialize)]
pub struct Faq {
    /// The question.
    pub question: Prose,
    /// The answer.
    pub answer: Prose,
}

/// A right that applies, with the purposes it is limited to when it does not apply to all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApplicableRight {
    /// The right.
    pub right: Right,
    /// Empty when the right applies to every purpose.
    pub limited_to: Vec<String>,
}

impl Policy {
    /// The data categories stated, none when not stated.
    pub fn categories(&self) -> &[DataCategoryEntry] {
        self.data_categories.stated().map_or(&[], Vec::as_slice)
    }

    /// The cookies stated, none when not stated.
    pub fn cookie_list(&self) -> &[Cookie] {
        self.cookies.stated().map_or(&[], Vec::as_slice)
    }

    /// The sources stated, none when not stated.
    pub fn source_list(&self) -> &[SourceEntry] {
        self.sources.stated().map_or(&[], Vec::as_slice)
    }

    /// The data category with this id.
    pub fn data_category(&self, id: &str) -> Option<&DataCategoryEntry> {
        self.categories().iter().find(|c| c.id == id)
    }

    /// The recipient with this id.
    pub fn recipient(&self, id: &str) -> Option<&Recipient> {
        self.recipients.iter().find(|r| r.id == id)
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&SourceEntry> {
        self.source_list().iter().find(|s| s.id == id)
    }

    /// The purpose with this id.
    pub fn purpose(&self, id: &str) -> Option<&Purpose> {
        self.purposes.iter().find(|p| p.id == id)
    }

    /// Recipients by id, for lookups in loops.
    pub fn recipients_by_id(&self) -> BTreeMap<&str, &Recipient> {
        self.recipients.iter().map(|r| (r.id.as_str(), r)).collect()
    }

    /// Whether a purpose rests on `basis` (alone or among others).
    pub fn uses_basis(&self, basis: LegalBasis) -> bool {
        self.purposes
            .iter()
            .any(|p| p.legal_basis.stated().is_some_and(|b| b.includes(basis)))
    }

    /// The rights that follow from the legal bases the policy states, in the order the GDPR
    /// lists them.
    ///
    /// Access, rectification, erasure and restriction apply whatever the basis; portability only
    /// to consent and contract; objection (Art. 21(1)) only to legitimate interests and public
    /// task; withdrawal only to consent; the complaint to the authority always (KB §2.1). A
    /// conditional right is listed for the purposes it certainly applies to
    /// ([`Purpose::grants`]); those whose deciding fact is left open are
    /// [`Policy::undetermined_rights`].
    pub fn applicable_rights(&self) -> Vec<ApplicableRight> {
        let always = |right| ApplicableRight {
            right,
            limited_to: Vec::new(),
        };
        let mut rights: Vec<ApplicableRight> = [
            Right::Access,
            Right::Rectification,
            Right::Erasure,
            Right::Restriction,
        ]
        .into_iter()
        .map(always)
        .collect();
        for (right, _) in CONDITIONAL_RIGHTS {
            let ids: Vec<String> = self
                .purposes
                .iter()
                .filter(|p| p.grants(right) == Some(true))
                .map(|p| p.id.clone())
                .collect();
            match ids.len() {
                0 => {}
                n if n == self.purposes.len() => rights.push(always(right)),
                _ => rights.push(ApplicableRight {
                    right,
                    limited_to: ids,
                }),
            }
        }
        rights.push(always(Right::Complaint));
        rights
    }

    /// The conditional rights whose application to a purpose the policy leaves open, because
    /// the purpose does not state (or states unreadably) the fact that decides it; in the
    /// GDPR's order, then the purposes' order.
    pub fn undetermined_rights(&self) -> Vec<UndeterminedRight> {
        CONDITIONAL_RIGHTS
            .iter()
            .flat_map(|&(right, because)| {
                self.purposes
                    .iter()
                    .filter(move |p| p.grants(right).is_none())
                    .map(move |p| UndeterminedRight {
                        right,
                        purpose: p.id.clone(),
                        because,
                    })
            })
            .collect()
    }

    /// Countries outside the EEA that named recipients are in, sorted by code.
    pub fn third_countries(&self) -> Vec<&str> {
        let mut countries: BTreeSet<&str> = self
            .recipients
            .iter()
            .filter_map(|r| r.country.stated().map(String::as_str))
            .filter(|c| !crate::catalogue::is_eea(c))
            .collect();
        if let Some(t) = self.transfers.stated()
            && let Some(listed) = t.countries.stated()
        {
            countries.extend(listed.iter().map(String::as_str));
        }
        countries.into_iter().collect()
    }

    /// Whether [`Policy::third_countries`] is every country outside the EEA the policy sends
    /// data to: every recipient's country is stated, no recipient inside the EEA names a
    /// transfer safeguard (its country or its safeguard is wrong, and the country might be
    /// one the list lacks), and the policy either states there are no other transfers or
    /// names the countries of those it states.
    pub fn third_countries_complete(&self) -> bool {
        let every_country_known = self.recipients.iter().all(|r| r.country.stated().is_some());
        let others_known = match &self.transfers {
            Fact::Absent => true,
            Fact::Stated(t) => t.countries.stated().is_some(),
            Fact::NotStated | Fact::Invalid => false,
        };
        every_country_known && !self.safeguard_inside_eea() && others_known
    }

    /// Whether a recipient inside the EEA names a transfer safeguard: its country or its
    /// safeguard is wrong (PS-K04 says so), so where its data goes is not known.
    fn safeguard_inside_eea(&self) -> bool {
        self.recipients.iter().any(|r| {
            r.transfer.stated().is_some()
                && r.country
                    .stated()
                    .is_some_and(|c| crate::catalogue::is_eea(c))
        })
    }

    /// Whether data leaves the EEA by what the policy states: `Some(true)` when a recipient or
    /// the policy-level statement says so, `Some(false)` only when the policy declares there
    /// are no transfers, no recipient is outside the EEA and none names a transfer safeguard
    /// (a safeguard for a recipient inside the EEA contradicts its country: one of the two is
    /// wrong, and a rule says so), `None` otherwise.
    pub fn leaves_eea(&self) -> Option<bool> {
        let named = self.recipients.iter().any(|r| {
            r.country
                .stated()
                .is_some_and(|c| !crate::catalogue::is_eea(c))
        });
        if named || self.transfers.stated().is_some() {
            return Some(true);
        }
        let every_country_known = self.recipients.iter().all(|r| r.country.stated().is_some());
        (self.transfers.is_absent() && every_country_known && !self.safeguard_inside_eea())
            .then_some(false)
    }

    /// Whether any cookie needs the visitor's consent before it is set.
    pub fn cookies_need_consent(&self) -> bool {
        self.cookie_list()
            .iter()
            .any(|c| c.category.needs_consent())
    }

    /// Cookie categories in use, in catalogue order.
    pub fn cookie_categories(&self) -> Vec<CookieCategory> {
        CookieCategory::ALL
            .iter()
            .copied()
            .filter(|cat| self.cookie_list().iter().any(|c| c.category == *cat))
            .collect()
    }

    /// The ids of the recipients a purpose or a cookie names.
    pub fn used_recipients(&self) -> BTreeSet<String> {
        self.purposes
            .iter()
            .flat_map(|p| p.recipients.stated().into_iter().flatten().cloned())
            .chain(
                self.cookie_list()
                    .iter()
                    .filter_map(|c| c.provider.stated().cloned().flatten()),
            )
            .collect()
    }
}

/// `2026-03-01`.
pub fn iso_date(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

#[cfg(test)]
mod tests {
    use super::Settings;

    // A site address keeps its path and gains one trailing slash; anything pages cannot be
    // appended to is refused.
    #[test]
    fn web_addresses_end_with_one_slash() {
        let address = Settings::web_address;
        assert_eq!(
            address("https://p.example.be").as_deref(),
            Some("https://p.example.be/")
        );
        assert_eq!(
            address("https://www.example.be/legal/privacy//").as_deref(),
            Some("https://www.example.be/legal/privacy/")
        );
        assert_eq!(
            address("http://localhost:8080").as_deref(),
            Some("http://localhost:8080/")
        );
        for refused in [
            "https://",
            "https:///privacy",
            "/legal/privacy",
            "ftp://example.be",
            "https://example.be/?lang=nl",
            "https://example.be/#top",
            "https://example .be",
        ] {
            assert_eq!(address(refused), None, "{refused}");
        }
    }
}
