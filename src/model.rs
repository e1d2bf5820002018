//! The raw model: serde types that mirror `content/site.yaml` and `content/policy.yaml` as the
//! author wrote them.
//!
//! A fact a notice must give has three states here: a value; declared absent (`none`, or
//! `false` where a yes/no fits); or not stated (the key left out, or `not_stated` written
//! where the author wants to show it was considered). [`Stated`] carries the three. Nothing is
//! filled in by default: a key left out stays "not stated" all the way to the page.
//!
//! Every struct rejects unknown fields, so a misspelt key is an error instead of being ignored.
//! Catalogue keys (`legal_basis: contract`), dates and country codes stay plain strings here:
//! `check` resolves them, so every such mistake gets the same located "did you mean" message.
//! Nothing in this module validates.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use crate::catalogue;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Deserialize;
use serde::de::{self, Deserializer, IntoDeserializer, MapAccess, SeqAccess, Visitor};

/// Text written per language: `{nl: …, fr: …, en: …}`. May hold Markdown.
pub type Prose = BTreeMap<String, String>;

/// A list written per language: `{nl: [a, b], fr: [a, b], en: [a, b]}`.
pub type ProseList = BTreeMap<String, Vec<String>>;

/// The version of the YAML model this build of privasite writes and reads natively. Older
/// snapshots (`schema: 1`, or no `schema` at all) are read through an upgrade.
pub const SCHEMA_VERSION: u32 = 2;

/// `content/site.yaml`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSite {
    /// The languages the site is published in, in menu order.
    pub languages: Vec<String>,
    /// The language `index.html` suggests first; defaults to the first of `languages`.
    pub default_language: Option<String>,
    /// Absolute URL the site is published at; used for canonical and `hreflang` links.
    pub base_url: Option<String>,
    /// Name of a folder under `themes/`; `default` is built in.
    pub theme: Option<String>,
    /// Where `build` writes, relative to the root; defaults to `public`.
    pub output_dir: Option<String>,
    /// How the built-in texts address the reader: `formal` ("u", "vous", "Sie"), the default,
    /// or `informal` ("je", "tu", "du"); English reads the same in both. `check` then expects
    /// the policy's own text in the same register.
    #[schemars(with = "Option<catalogue::Register>")]
    pub register: Option<String>,
    /// Rule levels for `privasite check`.
    pub check: Option<RawCheckConfig>,
    /// `true` while the policy is being written: every page says it is a draft and is hidden
    /// from search engines, and `build` writes the pages despite the policy's errors, marking
    /// each open fact. `check` still fails until the policy is complete. Remove it to publish.
    pub draft: Option<bool>,
}

/// `check:` in `site.yaml`: rule ids whose level the site changes.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCheckConfig {
    /// Rules not reported.
    #[serde(default)]
    pub allow: Vec<String>,
    /// Rules reported as warnings.
    #[serde(default)]
    pub warn: Vec<String>,
    /// Rules reported as errors.
    #[serde(default)]
    pub deny: Vec<String>,
}

/// `content/policy.yaml`: one version of the policy.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPolicy {
    /// The version of the model the file is written in (this privasite writes 2).
    pub schema: Option<u32>,
    /// The version's date, shown as "last updated" (`YYYY-MM-DD`).
    #[serde(default)]
    pub last_updated: Stated<String>,
    /// When this version takes effect, if later than `last_updated`.
    pub effective: Option<String>,
    /// What changed in this version, shown at the top of the pages and in the feed.
    pub change_summary: Option<Prose>,
    /// An opening paragraph.
    pub introduction: Option<Prose>,
    /// Who is responsible for the processing (Art. 13(1)(a)).
    #[serde(default)]
    pub controller: RawController,
    /// Organisations that decide together with the controller (Art. 26).
    #[serde(default)]
    pub joint_controllers: Stated<Vec<RawJointController>>,
    /// The representative in the EU of a controller established outside it (Art. 27).
    #[serde(default)]
    pub representative: Stated<RawParty>,
    /// The data protection officer (Art. 37–39): `none` when none is appointed.
    #[serde(default)]
    pub dpo: Stated<RawDpo>,
    /// A person to contact about privacy who is not a formally appointed DPO.
    pub privacy_contact: Option<RawContactPerson>,
    /// The authority people can complain to: `be-gba`, or written out.
    #[serde(default)]
    #[schemars(with = "Stated<shapes::KeyOrOf<catalogue::Authority, RawAuthority>>")]
    pub supervisory_authority: Stated<KeyOr<RawAuthority>>,
    /// The categories of personal data processed.
    #[serde(default)]
    #[schemars(with = "Stated<Vec<shapes::KeyOrOf<catalogue::DataCategory, RawDataCategory>>>")]
    pub data_categories: Stated<Vec<KeyOr<RawDataCategory>>>,
    /// `none` to state that no special categories of data (Art. 9) are processed.
    #[serde(default)]
    pub special_categories: Stated<Vec<String>>,
    /// Where the data comes from (Art. 14(2)(f)).
    #[serde(default)]
    #[schemars(with = "Stated<Vec<shapes::KeyOrOf<catalogue::Source, RawSource>>>")]
    pub sources: Stated<Vec<KeyOr<RawSource>>>,
    /// Why the data is processed, each with its legal basis.
    #[serde(default)]
    pub purposes: Vec<RawPurpose>,
    /// Whether decisions are taken by automated means (Art. 22), for every purpose at once:
    /// `none` to state there are none. A purpose's own statement wins.
    #[serde(default)]
    pub automated_decisions: Stated<RawAutomatedDecision>,
    /// Everyone who receives the data.
    #[serde(default)]
    pub recipients: Vec<RawRecipient>,
    /// What the policy says about data leaving the EEA beyond the recipients it names:
    /// `none`, or the countries and safeguard.
    #[serde(default)]
    pub transfers: Stated<RawTransfers>,
    /// Every cookie and similar technique, or `none`.
    #[serde(default)]
    pub cookies: Stated<Vec<RawCookie>>,
    /// How the website asks for consent to cookies.
    #[serde(default)]
    pub cookie_consent: Stated<RawCookieConsent>,
    /// How people exercise their rights.
    #[serde(default)]
    pub rights: RawRights,
    /// How changes to the policy are announced.
    #[serde(default)]
    pub changes: Stated<RawChanges>,
    /// What the policy says about selling personal data.
    pub data_sale: Option<RawDataSale>,
    /// What happens to data when its retention period ends.
    #[schemars(with = "Option<catalogue::AfterRetention>")]
    pub after_retention: Option<String>,
    /// The youngest age the service is meant for.
    pub children: Option<RawChildren>,
    /// How the data is protected.
    pub security: Option<Prose>,
    /// Questions and answers of the author's own, added after the derived ones.
    #[serde(default)]
    pub faq: Vec<RawFaq>,
}

/// The controller.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawController {
    /// The legal name.
    #[serde(default)]
    pub name: Stated<String>,
    /// BV, NV, SRL…
    pub legal_form: Option<String>,
    /// The Belgian KBO/BCE number, `none` for an organisation that has none.
    #[serde(default)]
    pub enterprise_number: Stated<String>,
    /// The postal address.
    pub address: Option<RawAddress>,
    /// The e-mail address for privacy questions, or `none`.
    #[serde(default)]
    pub email: Stated<String>,
    /// A telephone number.
    pub phone: Option<String>,
    /// The website (`https://…`).
    pub website: Option<String>,
    /// The controller's group or legal status, as the policy states it.
    pub note: Option<Prose>,
}

/// A postal address.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAddress {
    /// Street and number.
    pub street: String,
    /// Postal code.
    pub postal_code: String,
    /// City or town.
    pub city: String,
    /// ISO 3166-1 alpha-2 code, such as `BE`.
    pub country: String,
}

/// Another organisation with contact details: the EU representative, for instance.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawParty {
    /// Its name.
    pub name: String,
    /// Its postal address.
    pub address: Option<RawAddress>,
    /// Its e-mail address.
    pub email: Option<String>,
    /// Its telephone number.
    pub phone: Option<String>,
    /// Its website.
    pub website: Option<String>,
}

/// An appointed data protection officer.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawDpo {
    /// The DPO's name (optional: the function is what matters).
    pub name: Option<String>,
    /// How to reach the DPO.
    pub email: Option<String>,
    /// Telephone.
    pub phone: Option<String>,
    /// Postal address.
    pub address: Option<RawAddress>,
}

/// A person or service to contact about privacy.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawContactPerson {
    /// Name or function.
    pub name: Option<String>,
    /// E-mail address.
    pub email: Option<String>,
    /// Telephone.
    pub phone: Option<String>,
}

/// A joint controller (Art. 26).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawJointController {
    /// Its legal name.
    pub name: String,
    /// Its KBO/BCE number.
    pub enterprise_number: Option<String>,
    /// Its postal address.
    pub address: Option<RawAddress>,
    /// Its e-mail address.
    pub email: Option<String>,
    /// Its website.
    pub website: Option<String>,
    /// Ids of the purposes the two controllers decide on together.
    #[serde(default)]
    pub purposes: Vec<String>,
    /// The essence of the arrangement: who does what (Art. 26(2)).
    pub responsibilities: Option<Prose>,
}

/// A supervisory authority written out.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAuthority {
    /// Its name, per language.
    pub name: Prose,
    /// Its postal address.
    pub address: Option<RawAddress>,
    /// Its e-mail address.
    pub email: Option<String>,
    /// Its telephone number.
    pub phone: Option<String>,
    /// Its website.
    pub website: Option<String>,
}

/// A data category: a catalogue key, a catalogue key with details, or an entry of one's own.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawDataCategory {
    /// A catalogue key, or an id of one's own.
    pub id: String,
    /// The label, per language (required for an id of one's own).
    pub label: Option<Prose>,
    /// Examples, per language.
    pub items: Option<ProseList>,
    /// An Art. 9 special category; catalogue keys such as `health` are special already.
    pub special: Option<bool>,
    /// The Art. 9(2) condition that allows processing a special category.
    #[schemars(with = "Option<catalogue::Art9Condition>")]
    pub art9_condition: Option<String>,
}

/// A source of data: a catalogue key, or an entry of one's own.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    /// A catalogue key, or an id of one's own.
    pub id: String,
    /// The label, per language.
    pub label: Option<Prose>,
    /// Whether the source is publicly accessible (Art. 14(2)(f)).
    #[serde(default)]
    pub public: bool,
}

/// A purpose of the processing.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPurpose {
    /// Lowercase letters, digits, `_` and `-`; becomes the anchor `#purpose-<id>`.
    pub id: String,
    /// The purpose's name, per language.
    pub title: Prose,
    /// What it involves, per language.
    pub description: Option<Prose>,
    /// Ids from `data_categories`.
    #[serde(default)]
    pub data: Stated<Vec<String>>,
    /// The legal basis (Art. 6(1)); a list when the policy names more than one.
    #[serde(default)]
    #[schemars(with = "Stated<shapes::OneOrManyOf<catalogue::LegalBasis>>")]
    pub legal_basis: Stated<OneOrMany>,
    /// The interest pursued, when the basis is `legitimate_interests`.
    pub legitimate_interest: Option<Prose>,
    /// How long the data is kept: a period, criteria, or `indefinite`.
    #[serde(default)]
    #[schemars(with = "Stated<shapes::KeyOrOf<shapes::Indefinite, RawRetention>>")]
    pub retention: Stated<KeyOr<RawRetention>>,
    /// Ids from `recipients`, or `none`.
    #[serde(default)]
    pub recipients: Stated<Vec<String>>,
    /// Ids from `sources`.
    #[serde(default)]
    pub sources: Vec<String>,
    /// Whether providing the data is required, and what happens without it (Art. 13(2)(e)).
    #[serde(default)]
    pub provision: Stated<RawProvision>,
    /// `false`, or the logic, significance and consequences of the decision (Art. 22).
    #[serde(default)]
    pub automated_decisions: Stated<RawAutomatedDecision>,
    /// `false`, or a description of the profiling done.
    #[serde(default)]
    pub profiling: Stated<RawProfiling>,
    /// Whether it is direct marketing, to which the person may always object (Art. 21(2)).
    #[schemars(with = "Option<bool>", extend("type" = "boolean"))]
    pub direct_marketing: Option<bool>,
    /// The cookie categories (`analytics`, `marketing`, …) whose use this purpose covers.
    #[serde(default)]
    #[schemars(with = "Vec<catalogue::CookieCategory>")]
    pub cookie_categories: Vec<String>,
}

/// How long data is kept: a period with the event it runs from, or the criteria that set it.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawRetention {
    /// A period in years.
    pub years: Option<u32>,
    /// A period in months.
    pub months: Option<u32>,
    /// A period in days.
    pub days: Option<u32>,
    /// The event the period counts from.
    #[schemars(with = "Option<catalogue::RetentionEvent>")]
    pub after: Option<String>,
    /// The criteria that set the period, per language.
    pub criteria: Option<Prose>,
}

/// Whether providing the data is required (Art. 13(2)(e)).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawProvision {
    /// `statutory`, `contractual`, `contract_prerequisite` or `voluntary`.
    #[schemars(with = "catalogue::Requirement")]
    pub requirement: String,
    /// Whether the person is obliged to provide the data.
    pub obliged: Option<bool>,
    /// For a statutory requirement: the law that sets it, per language.
    pub law: Option<Prose>,
    /// What happens if the person does not provide the data.
    pub consequence: Option<Prose>,
}

/// A decision based solely on automated processing (Art. 22).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAutomatedDecision {
    /// How the decision is made.
    pub logic: Prose,
    /// What it means for the person.
    pub significance: Prose,
    /// Its envisaged consequences.
    pub consequences: Option<Prose>,
}

/// Profiling done for a purpose.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawProfiling {
    /// What the profiling is and what it is used for.
    pub description: Prose,
}

/// Someone who receives the data.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawRecipient {
    /// An id purposes and cookies refer to.
    pub id: String,
    /// A company's name as written, or a category of recipients per language.
    pub name: Name,
    /// `processor`, `controller`, `joint_controller`, `public_authority` or `group_company`.
    #[serde(default)]
    #[schemars(with = "Stated<catalogue::RecipientRole>")]
    pub role: Stated<String>,
    /// What the recipient does with the data, per language.
    pub service: Option<Prose>,
    /// ISO 3166-1 alpha-2 code of where the recipient processes the data.
    #[serde(default)]
    pub country: Stated<String>,
    /// For a disclosure to another controller or an authority: its legal basis.
    #[schemars(with = "Option<catalogue::LegalBasis>")]
    pub legal_basis: Option<String>,
    /// The safeguard for a recipient outside the EEA, or `none`.
    #[serde(default)]
    pub transfer: Stated<RawTransfer>,
}

/// A safeguard for a transfer outside the EEA (Chapter V).
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTransfer {
    /// `adequacy`, `dpf`, `scc`, `bcr` or `derogation`.
    #[serde(default)]
    #[schemars(with = "Stated<catalogue::TransferMechanism>")]
    pub mechanism: Stated<String>,
    /// A Commission decision privasite knows, such as `2021/914` or `2023/1795`.
    pub decision: Option<String>,
    /// For standard contractual clauses: the module used (1 to 4).
    pub module: Option<u8>,
    /// Any other reference, per language.
    pub reference: Option<ReferenceText>,
    /// For the Data Privacy Framework: when the recipient's listing was last checked.
    pub checked_on: Option<String>,
    /// Whether a copy of the safeguards can be obtained on request (Art. 13(1)(f)).
    pub copy_on_request: Option<bool>,
}

/// A reference written once (a decision number), or per language.
#[derive(Debug, Clone)]
pub enum ReferenceText {
    /// The same in every language.
    Plain(String),
    /// Per language.
    PerLanguage(Prose),
}

/// What a policy says about transfers outside the EEA beyond its named recipients.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawTransfers {
    /// The countries, as ISO codes; `not_stated` when the policy does not name them.
    #[serde(default)]
    pub countries: Stated<Vec<String>>,
    /// The safeguard relied on.
    #[serde(default)]
    #[schemars(with = "Stated<catalogue::TransferMechanism>")]
    pub mechanism: Stated<String>,
    /// A decision privasite knows, such as `2021/914`.
    pub decision: Option<String>,
    /// Any other reference, per language.
    pub reference: Option<ReferenceText>,
    /// Who transfers the data, or why, per language.
    pub description: Option<Prose>,
    /// Whether a copy of the safeguards can be obtained on request.
    pub copy_on_request: Option<bool>,
}

/// A cookie or similar technique.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCookie {
    /// Its name; `not_stated` for a category of cookies whose names the policy does not give.
    #[serde(default)]
    pub name: Stated<Name>,
    /// `first_party`, or the id of a recipient.
    #[serde(default)]
    pub provider: Stated<String>,
    /// `strictly_necessary`, `preferences`, `analytics` or `marketing`.
    #[schemars(with = "catalogue::CookieCategory")]
    pub category: String,
    /// What it is used for, per language.
    pub purpose: Option<Prose>,
    /// `session`, or `{days|months|years: N}`.
    #[serde(default)]
    #[schemars(with = "Stated<shapes::KeyOrOf<shapes::Session, RawPeriod>>")]
    pub duration: Stated<KeyOr<RawPeriod>>,
    /// `http_cookie`, `local_storage` or `pixel`; a type the policy does not give is not stated.
    #[serde(default)]
    #[schemars(with = "Stated<catalogue::CookieKind>")]
    pub kind: Stated<String>,
}

/// A length of time.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawPeriod {
    /// Years.
    pub years: Option<u32>,
    /// Months.
    pub months: Option<u32>,
    /// Days.
    pub days: Option<u32>,
}

/// How the website asks for consent to cookies.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCookieConsent {
    /// `banner`, `continued_browsing` or `browser_settings`.
    #[schemars(with = "catalogue::ConsentMechanism")]
    pub mechanism: String,
    /// Whether the banner has a button to refuse, as easy to use as the one to accept.
    pub reject_button: Option<bool>,
    /// Where visitors change or withdraw their choices (the consent manager's page).
    pub settings_url: Option<String>,
}

/// How people exercise their rights.
#[derive(Debug, Clone, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawRights {
    /// The rights as the controller states them; when absent, the rights that follow from the
    /// legal bases are shown.
    #[schemars(with = "Option<Vec<catalogue::Right>>")]
    pub listed: Option<Vec<String>>,
    /// Conditions the controller attaches to the rights, as written.
    pub conditions: Option<Prose>,
    /// Where to send a request.
    #[serde(default)]
    pub contact: Stated<RawRightsContact>,
    /// A promised answer time in days, if the policy gives one.
    pub response_days: Option<u32>,
}

/// Where to send a request about rights.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawRightsContact {
    /// An e-mail address.
    pub email: Option<String>,
    /// A web form.
    pub url: Option<String>,
    /// Whether requests may also be sent by post to the controller's address.
    #[serde(default)]
    pub post: bool,
}

/// How changes to the policy are announced.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawChanges {
    /// `prior_notice`, `published_only`, `check_regularly` or `without_notice`.
    #[schemars(with = "catalogue::ChangeNotice")]
    pub notice: String,
    /// For prior notice: how (`email`, `website_notice`, `letter`).
    #[serde(default)]
    #[schemars(with = "Vec<catalogue::NoticeChannel>")]
    pub channels: Vec<String>,
}

/// What a policy says about selling personal data.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawDataSale {
    /// Whether personal data is sold.
    pub sold: bool,
    /// The exceptions or conditions the policy attaches, as written.
    pub qualifier: Option<Prose>,
}

/// Who the service is meant for.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawChildren {
    /// The youngest age the service is meant for.
    pub min_age: u32,
}

/// A question and its answer.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawFaq {
    /// The question, per language.
    pub question: Prose,
    /// The answer, per language (Markdown).
    pub answer: Prose,
}

/// A fact as the author gave it: a value, declared absent, or not stated.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Stated<T> {
    /// The key is absent, or `not_stated`.
    #[default]
    NotStated,
    /// `none` (or `false`): the author states there is none.
    None,
    /// A value.
    Value(T),
}

impl<T> Stated<T> {
    /// Whether the author left the fact out.
    pub fn is_not_stated(&self) -> bool {
        matches!(self, Stated::NotStated)
    }

    /// The value, if one was given.
    pub fn value(&self) -> Option<&T> {
        match self {
            Stated::Value(v) => Some(v),
            _ => None,
        }
    }

    /// The value, if one was given, to change it.
    pub fn value_mut(&mut self) -> Option<&mut T> {
        match self {
            Stated::Value(v) => Some(v),
            _ => None,
        }
    }
}

/// One key or a list of keys: `legal_basis: contract` or `legal_basis: [consent, contract]`.
#[derive(Debug, Clone, PartialEq)]
pub struct OneOrMany(pub Vec<String>);

/// A name written once (a company's name, the same in every language) or per language (a
/// category such as "suppliers").
#[derive(Debug, Clone, PartialEq)]
pub enum Name {
    /// A proper name.
    Plain(String),
    /// Per language.
    PerLanguage(Prose),
}

/// A value written either as a catalogue key (`identification`) or as a map of its own
/// (`{id: usage, label: {…}}`).
///
/// Written by hand because serde's untagged enums report "did not match any variant", which
/// tells an author nothing; this keeps the inner struct's own precise errors.
#[derive(Debug, Clone)]
pub enum KeyOr<T> {
    /// A catalogue key.
    Key(String),
    /// A map of fields.
    Custom(T),
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for KeyOr<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyOrVisitor<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for KeyOrVisitor<T> {
            type Value = KeyOr<T>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a catalogue key or a map of fields")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(KeyOr::Key(v.to_owned()))
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map)).map(KeyOr::Custom)
            }
        }

        deserializer.deserialize_any(KeyOrVisitor(PhantomData))
    }
}

impl<'de> Deserialize<'de> for Name {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NameVisitor;

        impl<'de> Visitor<'de> for NameVisitor {
            type Value = Name;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a name, or a text per language (`{nl: …, fr: …, en: …}`)")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Name, E> {
                Ok(Name::Plain(v.to_owned()))
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Name, A::Error> {
                Prose::deserialize(de::value::MapAccessDeserializer::new(map))
                    .map(Name::PerLanguage)
            }
        }

        deserializer.deserialize_any(NameVisitor)
    }
}

impl<'de> Deserialize<'de> for ReferenceText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Name::deserialize(deserializer).map(|n| match n {
            Name::Plain(s) => ReferenceText::Plain(s),
            Name::PerLanguage(p) => ReferenceText::PerLanguage(p),
        })
    }
}

impl<'de> Deserialize<'de> for OneOrMany {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OneOrManyVisitor;

        impl<'de> Visitor<'de> for OneOrManyVisitor {
            type Value = OneOrMany;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key, or a list of keys")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<OneOrMany, E> {
                Ok(OneOrMany(vec![v.to_owned()]))
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<OneOrMany, A::Error> {
                let mut keys = Vec::new();
                while let Some(key) = seq.next_element::<String>()? {
                    keys.push(key);
                }
                Ok(OneOrMany(keys))
            }
        }

        deserializer.deserialize_any(OneOrManyVisitor)
    }
}

/// The words that stand for "not stated" and "none" wherever a fact can be written.
pub const NOT_STATED: &str = "not_stated";
/// See [`NOT_STATED`].
pub const NONE: &str = "none";

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Stated<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct StatedVisitor<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for StatedVisitor<T> {
            type Value = Stated<T>;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a value, `none` or `not_stated`")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                match v {
                    NOT_STATED => Ok(Stated::NotStated),
                    NONE => Ok(Stated::None),
                    _ => T::deserialize(v.into_deserializer()).map(Stated::Value),
                }
            }

            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
                if v {
                    T::deserialize(v.into_deserializer()).map(Stated::Value)
                } else {
                    Ok(Stated::None)
                }
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                T::deserialize(v.into_deserializer()).map(Stated::Value)
            }

            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                T::deserialize(v.into_deserializer()).map(Stated::Value)
            }

            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
                T::deserialize(v.into_deserializer()).map(Stated::Value)
            }

            fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(Stated::NotStated)
            }

            fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
                Ok(Stated::NotStated)
            }

            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
                T::deserialize(de::value::SeqAccessDeserializer::new(seq)).map(Stated::Value)
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map)).map(Stated::Value)
            }
        }

        deserializer.deserialize_any(StatedVisitor(PhantomData))
    }
}

/// How the hand-written shapes above look to an editor's JSON Schema (`privasite schema`):
/// each says what the deserializer accepts, so the schema neither refuses what loads nor
/// completes what does not.
impl<T: JsonSchema> JsonSchema for Stated<T> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        format!("Stated_{}", T::schema_name()).into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "anyOf": [generator.subschema_for::<T>(), generator.subschema_for::<shapes::NotStatedOrNone>()]
        })
    }
}

impl<T: JsonSchema> JsonSchema for KeyOr<T> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        format!("KeyOr_{}", T::schema_name()).into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        json_schema!({ "anyOf": [{ "type": "string" }, generator.subschema_for::<T>()] })
    }
}

impl JsonSchema for Name {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "Name".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        json_schema!({ "anyOf": [{ "type": "string" }, generator.subschema_for::<Prose>()] })
    }
}

impl JsonSchema for ReferenceText {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "ReferenceText".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        Name::json_schema(generator)
    }
}

impl JsonSchema for OneOrMany {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "OneOrMany".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        shapes::OneOrManyOf::<String>::json_schema(generator)
    }
}

/// Types that exist only to describe a field to the JSON Schema more precisely than its Rust
/// type does: the model keeps catalogue keys as strings (so `check` can locate and explain a
/// wrong one), while an editor should offer the keys themselves.
pub mod shapes {
    use std::borrow::Cow;
    use std::marker::PhantomData;

    use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

    /// One value of `T` or a list of them.
    pub struct OneOrManyOf<T>(PhantomData<T>);

    impl<T: JsonSchema> JsonSchema for OneOrManyOf<T> {
        fn inline_schema() -> bool {
            true
        }

        fn schema_name() -> Cow<'static, str> {
            format!("OneOrMany_{}", T::schema_name()).into()
        }

        fn json_schema(generator: &mut SchemaGenerator) -> Schema {
            let one = generator.subschema_for::<T>();
            json_schema!({ "anyOf": [one.clone(), { "type": "array", "items": one }] })
        }
    }

    /// A key of the catalogue `K`, or a map of fields `T`.
    pub struct KeyOrOf<K, T>(PhantomData<(K, T)>);

    impl<K: JsonSchema, T: JsonSchema> JsonSchema for KeyOrOf<K, T> {
        fn inline_schema() -> bool {
            true
        }

        fn schema_name() -> Cow<'static, str> {
            format!("KeyOr_{}_{}", K::schema_name(), T::schema_name()).into()
        }

        fn json_schema(generator: &mut SchemaGenerator) -> Schema {
            json_schema!({ "anyOf": [generator.subschema_for::<K>(), generator.subschema_for::<T>()] })
        }
    }

    /// Declares a shape that is one fixed word.
    macro_rules! keyword {
        ($(#[$doc:meta])* $name:ident, $word:literal, $description:literal) => {
            $(#[$doc])*
            pub struct $name;

            impl JsonSchema for $name {
                fn inline_schema() -> bool {
                    true
                }

                fn schema_name() -> Cow<'static, str> {
                    stringify!($name).into()
                }

                fn json_schema(_: &mut SchemaGenerator) -> Schema {
                    json_schema!({ "description": $description, "const": $word })
                }
            }
        };
    }

    keyword!(
        /// `retention: indefinite`.
        Indefinite, "indefinite", "Kept without a time limit, as the policy says."
    );
    keyword!(
        /// `duration: session`.
        Session, "session", "Deleted when the browser is closed."
    );

    /// The words for a fact's other two states (see [`super::Stated`]).
    pub struct NotStatedOrNone;

    impl JsonSchema for NotStatedOrNone {
        fn schema_name() -> Cow<'static, str> {
            "NotStatedOrNone".into()
        }

        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "description": "`not_stated` (or leaving the key out): the policy does not say, and the page says so; `none` or `false`: the policy states there is none.",
                "enum": [super::NOT_STATED, super::NONE, false, null],
                "enumDescriptions": [
                    "The policy does not say; the page says so, and `check` reports it.",
                    "The policy states there is none.",
                    "The policy states there is none.",
                    "The policy does not say."
                ]
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Doc {
        #[serde(default)]
        list: Stated<Vec<String>>,
        #[serde(default)]
        flag: Stated<RawProfiling>,
        #[serde(default)]
        word: Stated<String>,
    }

    fn doc(text: &str) -> Doc {
        serde_saphyr::from_str(text).unwrap()
    }

    // Absent, `not_stated`, `none`, `false` and a value are told apart.
    #[test]
    fn facts_have_three_states() {
        let d = doc("{}");
        assert_eq!((d.list, d.word), (Stated::NotStated, Stated::NotStated));
        let d = doc("list: none\nword: not_stated\nflag: false\n");
        assert_eq!(d.list, Stated::None);
        assert_eq!(d.word, Stated::NotStated);
        assert!(matches!(d.flag, Stated::None));
        let d = doc("list: [a, b]\nword: hello\nflag: {description: {en: x}}\n");
        assert_eq!(d.list, Stated::Value(vec!["a".into(), "b".into()]));
        assert_eq!(d.word, Stated::Value("hello".into()));
        assert!(matches!(d.flag, Stated::Value(_)));
    }

    // The inner value keeps its own errors: a wrong field inside a stated map is named.
    #[test]
    fn inner_errors_are_kept() {
        let err = serde_saphyr::from_str::<Doc>("flag: {descripton: {en: x}}\n").unwrap_err();
        assert!(err.to_string().contains("descripton"), "{err}");
    }
}
