//! The raw model: serde types that mirror `content/site.yaml` and `content/policy.yaml` as the
//! author wrote them.
//!
//! Every struct rejects unknown fields, so a misspelt key is an error instead of being ignored.
//! Catalogue keys (`legal_basis: contract`), dates and country codes stay plain strings here:
//! `check` resolves them, so every such mistake gets the same located "did you mean" message.
//! Nothing in this module validates; nothing outside `load` and `check` should need it.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

/// Text written per language: `{nl: …, fr: …, en: …}`. May hold Markdown.
pub type Prose = BTreeMap<String, String>;

/// A list written per language: `{nl: [a, b], fr: [a, b], en: [a, b]}`.
pub type ProseList = BTreeMap<String, Vec<String>>;

/// `content/site.yaml`.
#[derive(Debug, Clone, Deserialize)]
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
    /// Rule levels for `privasite check`.
    pub check: Option<RawCheckConfig>,
}

/// `check:` in `site.yaml`: rule ids whose level the site changes.
#[derive(Debug, Clone, Default, Deserialize)]
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
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPolicy {
    pub last_updated: String,
    pub effective: Option<String>,
    pub change_summary: Option<Prose>,
    pub introduction: Option<Prose>,
    pub controller: RawController,
    #[serde(default)]
    pub joint_controllers: Vec<RawJointController>,
    pub representative: Option<RawParty>,
    pub dpo: Option<RawDpo>,
    pub supervisory_authority: KeyOr<RawAuthority>,
    #[serde(default)]
    pub data_categories: Vec<KeyOr<RawDataCategory>>,
    #[serde(default)]
    pub sources: Vec<KeyOr<RawSource>>,
    pub purposes: Vec<RawPurpose>,
    #[serde(default)]
    pub recipients: Vec<RawRecipient>,
    #[serde(default)]
    pub cookies: Vec<RawCookie>,
    pub rights: RawRights,
    pub children: Option<RawChildren>,
    pub security: Option<Prose>,
    #[serde(default)]
    pub faq: Vec<RawFaq>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawController {
    pub name: String,
    pub legal_form: Option<String>,
    pub enterprise_number: Option<String>,
    pub address: Option<RawAddress>,
    pub email: String,
    pub phone: Option<String>,
    pub website: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAddress {
    pub street: String,
    pub postal_code: String,
    pub city: String,
    pub country: String,
}

/// Another organisation with contact details: the EU representative, for instance.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawParty {
    pub name: String,
    pub address: Option<RawAddress>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawJointController {
    pub name: String,
    pub enterprise_number: Option<String>,
    pub address: Option<RawAddress>,
    pub email: Option<String>,
    pub website: Option<String>,
    /// Ids of the purposes the two controllers decide on together.
    #[serde(default)]
    pub purposes: Vec<String>,
    /// What each party is responsible for: the essence of the arrangement (Art. 26(2)).
    pub responsibilities: Prose,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDpo {
    pub name: Option<String>,
    pub email: String,
    pub phone: Option<String>,
    pub address: Option<RawAddress>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAuthority {
    pub name: Prose,
    pub address: Option<RawAddress>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
}

/// A data category: a catalogue key, a catalogue key with details, or an entry of one's own.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawDataCategory {
    pub id: String,
    pub label: Option<Prose>,
    pub items: Option<ProseList>,
    /// Art. 9 special category; catalogue keys such as `health` are special already.
    pub special: Option<bool>,
    /// The Art. 9(2) condition that allows processing a special category.
    pub art9_condition: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: String,
    pub label: Option<Prose>,
    /// Whether the source is publicly accessible (Art. 14(2)(f)).
    #[serde(default)]
    pub public: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPurpose {
    pub id: String,
    pub title: Prose,
    pub description: Option<Prose>,
    #[serde(default)]
    pub data: Vec<String>,
    pub legal_basis: String,
    pub legitimate_interest: Option<Prose>,
    pub retention: RawRetention,
    #[serde(default)]
    pub recipients: Vec<String>,
    #[serde(default)]
    pub sources: Vec<String>,
    pub provision: Option<RawProvision>,
    /// `false`, or the logic, significance and consequences of the decision (Art. 22).
    #[serde(default)]
    pub automated_decisions: AutomatedDecisions,
    /// Direct marketing, to which the person may always object (Art. 21(2)).
    #[serde(default)]
    pub direct_marketing: bool,
}

/// How long data is kept: a period with the event it runs from, or the criteria that set it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRetention {
    pub years: Option<u32>,
    pub months: Option<u32>,
    pub days: Option<u32>,
    pub after: Option<String>,
    pub criteria: Option<Prose>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawProvision {
    /// `statutory`, `contractual`, `contract_prerequisite` or `voluntary`.
    pub requirement: String,
    /// What happens if the person does not provide the data.
    pub consequence: Option<Prose>,
}

#[derive(Debug, Clone, Default)]
pub enum AutomatedDecisions {
    #[default]
    None,
    Some(Box<RawAutomatedDecision>),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawAutomatedDecision {
    pub logic: Prose,
    pub significance: Prose,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRecipient {
    pub id: String,
    pub name: String,
    pub role: String,
    pub service: Prose,
    /// ISO 3166-1 alpha-2 code of where the recipient processes the data.
    pub country: String,
    pub transfer: Option<RawTransfer>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTransfer {
    pub mechanism: String,
    /// The decision or document relied on, e.g. `2021/914`.
    pub reference: Option<String>,
    /// For the Data Privacy Framework: when the recipient's listing was last checked.
    pub checked_on: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawCookie {
    pub name: String,
    /// `first_party` or the id of a recipient.
    pub provider: String,
    pub category: String,
    pub purpose: Prose,
    /// `session`, or `{days|months|years: N}`.
    pub duration: KeyOr<RawPeriod>,
    pub kind: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawPeriod {
    pub years: Option<u32>,
    pub months: Option<u32>,
    pub days: Option<u32>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRights {
    pub contact: RawRightsContact,
    pub response_days: Option<u32>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawRightsContact {
    pub email: String,
    pub url: Option<String>,
    /// Whether requests may also be sent by post to the controller's address.
    #[serde(default)]
    pub post: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawChildren {
    /// The youngest age the service is meant for.
    pub min_age: u32,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFaq {
    pub question: Prose,
    pub answer: Prose,
}

/// A value written either as a catalogue key (`identification`) or as a map of its own
/// (`{id: usage, label: {…}}`).
///
/// Written by hand because serde's untagged enums report "did not match any variant", which
/// tells an author nothing; this keeps the inner struct's own precise errors.
#[derive(Debug, Clone)]
pub enum KeyOr<T> {
    Key(String),
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

impl<'de> Deserialize<'de> for AutomatedDecisions {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AdVisitor;

        impl<'de> Visitor<'de> for AdVisitor {
            type Value = AutomatedDecisions;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("`false`, or a map with `logic` and `significance`")
            }

            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
                if v {
                    Err(E::custom(
                        "write `false`, or describe the decision with `logic` and `significance`",
                    ))
                } else {
                    Ok(AutomatedDecisions::None)
                }
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                RawAutomatedDecision::deserialize(de::value::MapAccessDeserializer::new(map))
                    .map(|d| AutomatedDecisions::Some(Box::new(d)))
            }
        }

        deserializer.deserialize_any(AdVisitor)
    }
}
