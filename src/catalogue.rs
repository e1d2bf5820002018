//! The built-in vocabulary a policy refers to by key, and the legal facts attached to it.
//!
//! Each catalogue is an enum whose keys are what authors write (`legal_basis: contract`). Their
//! words live in the Fluent files (`basis-contract`, …), one message per key and language; this
//! module holds only what the code must decide on: which rights a basis gives, which cookie
//! categories need consent, which countries are in the EEA or have an adequacy decision.
//! Sources are in `shared/legal/gdpr-notice-kb.md`.

use serde::Serialize;

/// The keyword under which a catalogue's schema names its Fluent message prefix, for the
/// schema writer to turn into labels.
pub const LABELS_KEYWORD: &str = "x-privasite-labels";

/// A catalogue whose entries authors name by key.
pub trait CatalogueKey: Sized + Copy {
    /// Every valid key.
    const KEYS: &'static [&'static str];
    /// What an entry is called in messages: "legal basis".
    const WHAT: &'static str;
    fn from_key(key: &str) -> Option<Self>;
    /// What the author writes.
    fn key(self) -> &'static str;
    /// The Fluent id of the entry's label.
    fn message_id(self) -> String;
}

/// Declares a catalogue enum whose variants are written in YAML as snake_case keys.
macro_rules! catalogue {
    ($(#[$doc:meta])* $name:ident, $prefix:literal, $what:literal { $($variant:ident => $key:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        /// Serialized as the key the author writes (`check_regularly`), the vocabulary of the
        /// YAML.
        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.key())
            }
        }

        impl $name {
            /// Every key, in the order the catalogue lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// What the author writes, as accepted by [`Self::from_key`].
            pub const KEYS: &'static [&'static str] = &[$($key),+];
            /// The prefix of this catalogue's Fluent message ids.
            pub const MESSAGE_PREFIX: &'static str = $prefix;

            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }

            pub fn from_key(key: &str) -> Option<Self> {
                match key { $($key => Some($name::$variant),)+ _ => None }
            }

            /// The Fluent id of this entry's label, such as `basis-contract`.
            pub fn message_id(self) -> String {
                format!("{}-{}", $prefix, self.key())
            }
        }

        /// In the editor schema: the keys, with the Fluent prefix their labels are found under
        /// (`privasite schema` adds the labels).
        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "description": concat!("The ", $what, ", written as its key."),
                    "type": "string",
                    "enum": $name::KEYS,
                    (crate::catalogue::LABELS_KEYWORD): $prefix,
                })
            }
        }

        impl CatalogueKey for $name {
            const KEYS: &'static [&'static str] = $name::KEYS;
            const WHAT: &'static str = $what;
            fn from_key(key: &str) -> Option<Self> {
                $name::from_key(key)
            }
            fn key(self) -> &'static str {
                $name::key(self)
            }
            fn message_id(self) -> String {
                $name::message_id(self)
            }
        }
    };
}

catalogue!(
    /// The six lawful bases of Art. 6(1) GDPR.
    LegalBasis, "basis", "legal basis" {
        Consent => "consent",
        Contract => "contract",
        LegalObligation => "legal_obligation",
        VitalInterests => "vital_interests",
        PublicTask => "public_task",
        LegitimateInterests => "legitimate_interests",
    }
);

catalogue!(
    /// The data-subject rights of Art. 15–22 and 77, plus withdrawal of consent (Art. 7(3)).
    Right, "right", "right" {
        Access => "access",
        Rectification => "rectification",
        Erasure => "erasure",
        Restriction => "restriction",
        Portability => "portability",
        Objection => "objection",
        ObjectionMarketing => "objection_marketing",
        WithdrawConsent => "withdraw_consent",
        HumanReview => "human_review",
        Complaint => "complaint",
    }
);

catalogue!(
    /// Common categories of personal data.
    DataCategory, "data", "data category" {
        Identification => "identification",
        Contact => "contact",
        Payment => "payment",
        Financial => "financial",
        Orders => "orders",
        Account => "account",
        Usage => "usage",
        Device => "device",
        Location => "location",
        Communications => "communications",
        Preferences => "preferences",
        Professional => "professional",
        NationalNumber => "national_number",
        Images => "images",
        Health => "health",
        RacialEthnicOrigin => "racial_ethnic_origin",
        PoliticalOpinions => "political_opinions",
        ReligiousBeliefs => "religious_beliefs",
        TradeUnion => "trade_union",
        Genetic => "genetic",
        Biometric => "biometric",
        SexLife => "sex_life",
        CriminalRecords => "criminal_records",
    }
);

impl DataCategory {
    /// Art. 9(1) special categories, which need an Art. 9(2) condition as well as a basis.
    pub fn is_special(self) -> bool {
        use DataCategory::*;
        matches!(
            self,
            Health
                | RacialEthnicOrigin
                | PoliticalOpinions
                | ReligiousBeliefs
                | TradeUnion
                | Genetic
                | Biometric
                | SexLife
        )
    }
}

catalogue!(
    /// The conditions of Art. 9(2)(a)–(j) GDPR.
    Art9Condition, "art9", "Art. 9(2) condition" {
        ExplicitConsent => "explicit_consent",
        Employment => "employment",
        VitalInterests => "vital_interests",
        NonProfitBody => "non_profit_body",
        MadePublic => "made_public",
        LegalClaims => "legal_claims",
        PublicInterest => "public_interest",
        HealthCare => "health_care",
        PublicHealth => "public_health",
        Research => "research",
    }
);

catalogue!(
    /// Where data comes from (Art. 14(2)(f)).
    Source, "source", "source" {
        DataSubject => "data_subject",
        Automatic => "automatic",
        PublicSources => "public_sources",
        BusinessPartners => "business_partners",
        SocialNetworks => "social_networks",
        Employer => "employer",
    }
);

catalogue!(
    /// The events a retention period is counted from.
    RetentionEvent, "event", "retention start event" {
        Collection => "collection",
        ContractEnd => "contract_end",
        LastContact => "last_contact",
        LastOrder => "last_order",
        AccountClosure => "account_closure",
        ConsentWithdrawal => "consent_withdrawal",
        FinancialYearEnd => "financial_year_end",
        RelationshipEnd => "relationship_end",
    }
);

catalogue!(
    /// What a recipient is to the controller.
    RecipientRole, "role", "recipient role" {
        Processor => "processor",
        Controller => "controller",
        JointController => "joint_controller",
        PublicAuthority => "public_authority",
        GroupCompany => "group_company",
    }
);

catalogue!(
    /// The legal ground for sending data outside the EEA (Chapter V GDPR).
    TransferMechanism, "mechanism", "transfer mechanism" {
        Adequacy => "adequacy",
        Dpf => "dpf",
        Scc => "scc",
        Bcr => "bcr",
        Derogation => "derogation",
    }
);

catalogue!(
    /// Cookie categories as the Belgian DPA distinguishes them.
    CookieCategory, "cookie-category", "cookie category" {
        StrictlyNecessary => "strictly_necessary",
        Preferences => "preferences",
        Analytics => "analytics",
        Marketing => "marketing",
    }
);

impl CookieCategory {
    /// Only strictly necessary cookies are exempt from consent (ePrivacy Art. 5(3); Belgian
    /// DPA, 2023); the DPA asks consent even for first-party analytics.
    pub fn needs_consent(self) -> bool {
        self != CookieCategory::StrictlyNecessary
    }
}

catalogue!(
    /// How a tracker is stored or sent.
    CookieKind, "cookie-kind", "cookie kind" {
        HttpCookie => "http_cookie",
        LocalStorage => "local_storage",
        Pixel => "pixel",
    }
);

catalogue!(
    /// Whether providing the data is required (Art. 13(2)(e)).
    Requirement, "requirement", "requirement" {
        Statutory => "statutory",
        Contractual => "contractual",
        ContractPrerequisite => "contract_prerequisite",
        Voluntary => "voluntary",
    }
);

catalogue!(
    /// Supervisory authorities known by key; others are written out in full.
    Authority, "authority", "supervisory authority" {
        BeGba => "be-gba",
    }
);

catalogue!(
    /// How a website asks for consent to cookies (Belgian DPA, 2023: prior, active consent with
    /// a reject option as easy as accepting; continued browsing and browser settings are not
    /// consent).
    ConsentMechanism, "consent-mechanism", "cookie consent mechanism" {
        Banner => "banner",
        ContinuedBrowsing => "continued_browsing",
        BrowserSettings => "browser_settings",
    }
);

catalogue!(
    /// How changes to a policy are announced (WP260 rev.01 paras 29–30).
    ChangeNotice, "change-notice", "way of announcing changes" {
        PriorNotice => "prior_notice",
        PublishedOnly => "published_only",
        CheckRegularly => "check_regularly",
        WithoutNotice => "without_notice",
    }
);

catalogue!(
    /// How a change is announced before it takes effect.
    NoticeChannel, "channel", "notice channel" {
        Email => "email",
        WebsiteNotice => "website_notice",
        Letter => "letter",
    }
);

catalogue!(
    /// What happens to data at the end of its retention period.
    AfterRetention, "after-retention", "end-of-retention treatment" {
        Delete => "delete",
        Anonymise => "anonymise",
        DeleteOrAnonymise => "delete_or_anonymise",
    }
);

/// The W3C Data Privacy Vocabulary (DPV) terms of a catalogue key, where one matches;
/// `policy.json` prints them beside the key. Most keys have one; a key that covers two DPV
/// concepts whose common parent says more than the key has both (`racial_ethnic_origin` is
/// `pd:Race` and `pd:EthnicOrigin`, whose parent `pd:Ethnicity` is not a special category in
/// DPV). A key without a term has none on purpose: no DPV concept says the same thing
/// (`payment` data, `account` data, a `group_company`, a `derogation` without its Art. 49
/// point), or the catalogue is privasite's own (retention events, cookie kinds).
///
/// Every term was looked up in the DPV 2.0 release tables (w3c/dpv, `2.0/pd/modules/
/// extended.csv`, `2.0/dpv/modules/entities_legalrole.csv`, `entities_authority.csv`,
/// `entities_organisation.csv`, `2.0/legal/eu/gdpr/modules/rights.csv`,
/// `legal_basis_data_transfer.csv`); the legal bases and Art. 9(2) conditions are the EU-GDPR
/// extension's articles. The prefixes are [`DPV_PREFIXES`].
pub trait Dpv: CatalogueKey + PartialEq + 'static {
    /// The keys that have terms, each with them.
    const DPV: &'static [(Self, &'static [&'static str])];

    /// This key's terms, such as `["eu-gdpr:A6-1-b"]`; empty when no DPV concept matches.
    fn dpv(self) -> &'static [&'static str] {
        Self::DPV
            .iter()
            .find(|(key, _)| *key == self)
            .map_or(&[], |(_, terms)| *terms)
    }
}

/// The DPV prefixes the terms of [`Dpv`] use, with the namespace each stands for.
pub const DPV_PREFIXES: &[(&str, &str)] = &[
    ("dpv", "https://w3id.org/dpv#"),
    ("eu-gdpr", "https://w3id.org/dpv/legal/eu/gdpr#"),
    ("pd", "https://w3id.org/dpv/pd#"),
];

impl Dpv for LegalBasis {
    const DPV: &'static [(Self, &'static [&'static str])] = &[
        (LegalBasis::Consent, &["eu-gdpr:A6-1-a"]),
        (LegalBasis::Contract, &["eu-gdpr:A6-1-b"]),
        (LegalBasis::LegalObligation, &["eu-gdpr:A6-1-c"]),
        (LegalBasis::VitalInterests, &["eu-gdpr:A6-1-d"]),
        (LegalBasis::PublicTask, &["eu-gdpr:A6-1-e"]),
        (LegalBasis::LegitimateInterests, &["eu-gdpr:A6-1-f"]),
    ];
}

impl Dpv for Art9Condition {
    const DPV: &'static [(Self, &'static [&'static str])] = &[
        (Art9Condition::ExplicitConsent, &["eu-gdpr:A9-2-a"]),
        (Art9Condition::Employment, &["eu-gdpr:A9-2-b"]),
        (Art9Condition::VitalInterests, &["eu-gdpr:A9-2-c"]),
        (Art9Condition::NonProfitBody, &["eu-gdpr:A9-2-d"]),
        (Art9Condition::MadePublic, &["eu-gdpr:A9-2-e"]),
        (Art9Condition::LegalClaims, &["eu-gdpr:A9-2-f"]),
        (Art9Condition::PublicInterest, &["eu-gdpr:A9-2-g"]),
        (Art9Condition::HealthCare, &["eu-gdpr:A9-2-h"]),
        (Art9Condition::PublicHealth, &["eu-gdpr:A9-2-i"]),
        (Art9Condition::Research, &["eu-gdpr:A9-2-j"]),
    ];
}

impl Dpv for Right {
    // Objection to direct marketing is Art. 21(2); DPV's term is the whole article's.
    const DPV: &'static [(Self, &'static [&'static str])] = &[
        (Right::Access, &["eu-gdpr:A15"]),
        (Right::Rectification, &["eu-gdpr:A16"]),
        (Right::Erasure, &["eu-gdpr:A17"]),
        (Right::Restriction, &["eu-gdpr:A18"]),
        (Right::Portability, &["eu-gdpr:A20"]),
        (Right::Objection, &["eu-gdpr:A21"]),
        (Right::ObjectionMarketing, &["eu-gdpr:A21"]),
        (Right::WithdrawConsent, &["eu-gdpr:A7-3"]),
        (Right::HumanReview, &["eu-gdpr:A22"]),
        (Right::Complaint, &["eu-gdpr:A77"]),
    ];
}

impl Dpv for DataCategory {
    // The special categories are the DPV terms that are SpecialCategoryPersonalData:
    // `racial_ethnic_origin` is pd:Race and pd:EthnicOrigin (their parent pd:Ethnicity is not a
    // special category), `religious_beliefs` ("religious or philosophical") pd:ReligiousBelief
    // and pd:PhilosophicalBelief (whose parent is all knowledge and beliefs). `identification`
    // (surname, first name, title) is pd:Name, not the whole of pd:Identifying.
    const DPV: &'static [(Self, &'static [&'static str])] = &[
        (DataCategory::Identification, &["pd:Name"]),
        (DataCategory::Contact, &["pd:Contact"]),
        (DataCategory::Financial, &["pd:Financial"]),
        (DataCategory::Orders, &["pd:Purchase"]),
        (DataCategory::Usage, &["pd:BrowsingBehavior"]),
        (DataCategory::Device, &["pd:DeviceBased"]),
        (DataCategory::Location, &["pd:Location"]),
        (DataCategory::Communications, &["pd:Communication"]),
        (DataCategory::Preferences, &["pd:Preference"]),
        (DataCategory::Professional, &["pd:Professional"]),
        (DataCategory::NationalNumber, &["pd:OfficialID"]),
        (DataCategory::Images, &["pd:Picture"]),
        (DataCategory::Health, &["pd:Health"]),
        (
            DataCategory::RacialEthnicOrigin,
            &["pd:Race", "pd:EthnicOrigin"],
        ),
        (
            DataCategory::ReligiousBeliefs,
            &["pd:ReligiousBelief", "pd:PhilosophicalBelief"],
        ),
        (DataCategory::PoliticalOpinions, &["pd:PoliticalOpinion"]),
        (DataCategory::TradeUnion, &["pd:TradeUnionMembership"]),
        (DataCategory::Genetic, &["pd:Genetic"]),
        (DataCategory::Biometric, &["pd:Biometric"]),
        (DataCategory::SexLife, &["pd:Sexual"]),
        (DataCategory::CriminalRecords, &["pd:Criminal"]),
    ];
}

impl Dpv for RecipientRole {
    // A joint controller is one of the controllers: dpv:JointDataControllers names the group.
    const DPV: &'static [(Self, &'static [&'static str])] = &[
        (RecipientRole::Processor, &["dpv:DataProcessor"]),
        (RecipientRole::Controller, &["dpv:DataController"]),
        (RecipientRole::JointController, &["dpv:DataController"]),
        (
            RecipientRole::PublicAuthority,
            &["dpv:GovernmentalOrganisation"],
        ),
    ];
}

impl Dpv for TransferMechanism {
    // The Data Privacy Framework is an adequacy decision (2023/1795) under Art. 45(3).
    const DPV: &'static [(Self, &'static [&'static str])] = &[
        (TransferMechanism::Adequacy, &["eu-gdpr:A45-3"]),
        (TransferMechanism::Dpf, &["eu-gdpr:A45-3"]),
        (TransferMechanism::Scc, &["eu-gdpr:A46-2-c"]),
        (TransferMechanism::Bcr, &["eu-gdpr:A46-2-b"]),
    ];
}

/// The DPV term of a supervisory authority, whether the catalogue knows it or the policy
/// writes it out. It belongs to the authority, not to its catalogue key, so [`Authority`] has
/// no term of its own and `policy.json` gives it once, beside either kind.
pub const DPV_SUPERVISORY_AUTHORITY: &[&str] = &["dpv:DataProtectionAuthority"];

/// The DPV term of the controller.
pub const DPV_CONTROLLER: &[&str] = &["dpv:DataController"];

/// Catalogues no DPV term matches, key by key.
macro_rules! no_dpv_terms {
    ($($name:ident),+) => {
        $(impl Dpv for $name {
            const DPV: &'static [(Self, &'static [&'static str])] = &[];
        })+
    };
}

no_dpv_terms!(
    Authority,
    Source,
    RetentionEvent,
    CookieCategory,
    CookieKind,
    Requirement,
    ConsentMechanism,
    ChangeNotice,
    NoticeChannel,
    AfterRetention
);

/// How the built-in texts address the reader (`register:` in `site.yaml`): "u", "vous",
/// "Sie", or "je", "tu", "du". English has one "you" for both. Not a catalogue of the policy,
/// so it has no Fluent labels: each message chooses its own words through the `$register`
/// variable, which is this key.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Register {
    /// "u" / "vous" / "Sie": the default.
    #[default]
    Formal,
    /// "je" / "tu" / "du".
    Informal,
}

impl Register {
    /// Every register, the default first.
    pub const ALL: &'static [Register] = &[Register::Formal, Register::Informal];
    /// What the author writes, as accepted by [`Self::from_key`].
    pub const KEYS: &'static [&'static str] = &["formal", "informal"];

    /// The key, which is also the value of `$register` in the messages.
    pub fn key(self) -> &'static str {
        match self {
            Register::Formal => "formal",
            Register::Informal => "informal",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        match key {
            "formal" => Some(Register::Formal),
            "informal" => Some(Register::Informal),
            _ => None,
        }
    }

    /// Whether this is the default register, which `policy.json` leaves unsaid (so a site
    /// that does not set one publishes the same file as before the setting existed).
    pub fn is_formal(&self) -> bool {
        *self == Register::Formal
    }
}

impl Serialize for Register {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.key())
    }
}

impl CatalogueKey for Register {
    const KEYS: &'static [&'static str] = Register::KEYS;
    const WHAT: &'static str = "register";
    fn from_key(key: &str) -> Option<Self> {
        Register::from_key(key)
    }
    fn key(self) -> &'static str {
        Register::key(self)
    }
    /// Never looked up: a register has no label of its own, only the words each message
    /// chooses by it.
    fn message_id(self) -> String {
        format!("register-{}", Register::key(self))
    }
}

/// In the editor schema: the two keys, each explained.
impl schemars::JsonSchema for Register {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Register".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "How the built-in texts address the reader, written as its key.",
            "type": "string",
            "enum": Register::KEYS,
            "enumDescriptions": [
                "Formal: u / vous / Sie (the default)",
                "Informal: je / tu / du",
            ],
        })
    }
}

/// Commission decisions a transfer can rest on, by the number authors write. Their names are
/// Fluent messages (`decision-2021-914`), so each language cites them in its own style.
pub const DECISIONS: &[Decision] = &[
    Decision {
        key: "2021/914",
        kind: DecisionKind::StandardClauses,
        country: None,
    },
    Decision {
        key: "2023/1795",
        kind: DecisionKind::Adequacy,
        country: Some("US"),
    },
    Decision {
        key: "2000/518",
        kind: DecisionKind::Adequacy,
        country: Some("CH"),
    },
    Decision {
        key: "2002/2",
        kind: DecisionKind::Adequacy,
        country: Some("CA"),
    },
    Decision {
        key: "2003/490",
        kind: DecisionKind::Adequacy,
        country: Some("AR"),
    },
    Decision {
        key: "2003/821",
        kind: DecisionKind::Adequacy,
        country: Some("GG"),
    },
    Decision {
        key: "2004/411",
        kind: DecisionKind::Adequacy,
        country: Some("IM"),
    },
    Decision {
        key: "2008/393",
        kind: DecisionKind::Adequacy,
        country: Some("JE"),
    },
    Decision {
        key: "2010/146",
        kind: DecisionKind::Adequacy,
        country: Some("FO"),
    },
    Decision {
        key: "2010/625",
        kind: DecisionKind::Adequacy,
        country: Some("AD"),
    },
    Decision {
        key: "2011/61",
        kind: DecisionKind::Adequacy,
        country: Some("IL"),
    },
    Decision {
        key: "2012/484",
        kind: DecisionKind::Adequacy,
        country: Some("UY"),
    },
    Decision {
        key: "2013/65",
        kind: DecisionKind::Adequacy,
        country: Some("NZ"),
    },
    Decision {
        key: "2019/419",
        kind: DecisionKind::Adequacy,
        country: Some("JP"),
    },
    Decision {
        key: "2022/254",
        kind: DecisionKind::Adequacy,
        country: Some("KR"),
    },
];

/// The number of a decision as the Official Journal writes it, without the `/EU`, `/EC` or
/// `(EU)` markers people copy with it: `2021/914` for "(EU) 2021/914" or "2021/914/EU".
pub fn decision_number(key: &str) -> String {
    key.replace("(EU)", "")
        .replace("(UE)", "")
        .split('/')
        .map(str::trim)
        .filter(|p| !["EU", "EC", "UE", "CE", "EG"].contains(&p.to_uppercase().as_str()))
        .collect::<Vec<_>>()
        .join("/")
        .trim()
        .to_owned()
}

/// Implementing Decision (EU) 2021/915: the standard contractual clauses between controllers
/// and processors (Art. 28(7)), often confused with 2021/914, the clauses for transfers
/// (KB §4.1). It is not a transfer safeguard, so privasite does not cite it as one.
pub const PROCESSOR_CLAUSES: &str = "2021/915";

/// What a Commission decision provides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DecisionKind {
    /// An adequacy decision (Art. 45), for one country.
    Adequacy,
    /// Standard contractual clauses (Art. 46(2)(c)).
    StandardClauses,
}

/// A Commission decision privasite can cite in every language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Decision {
    /// The number authors write: `2021/914`.
    pub key: &'static str,
    /// Adequacy or standard clauses.
    pub kind: DecisionKind,
    /// The country an adequacy decision is about.
    pub country: Option<&'static str>,
}

impl Decision {
    /// The decision with this number; the suffixes `/EU`, `/EC` and an `(EU)` marker are
    /// accepted, as people copy them from the Official Journal.
    pub fn find(key: &str) -> Option<&'static Decision> {
        let number = decision_number(key);
        DECISIONS.iter().find(|d| d.key == number)
    }

    /// The Fluent id of the decision's citation: `decision-2021-914`.
    pub fn message_id(&self) -> String {
        format!("decision-{}", self.key.replace('/', "-"))
    }

    /// The adequacy decision for `country`, if the catalogue has one.
    pub fn adequacy_for(country: &str) -> Option<&'static Decision> {
        DECISIONS
            .iter()
            .find(|d| d.kind == DecisionKind::Adequacy && d.country == Some(country))
    }
}

/// Country codes (ISO 3166-1 alpha-2) of the European Economic Area: transfers within it need
/// no Chapter V mechanism.
pub const EEA: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS",
    "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// Countries with a Commission adequacy decision (Art. 45), as last verified. The United States
/// is absent on purpose: only organisations listed under the Data Privacy Framework are covered,
/// which is the `dpf` mechanism.
pub const ADEQUATE: &[&str] = &[
    "AD", "AR", "BR", "CA", "CH", "FO", "GB", "GG", "IL", "IM", "JE", "JP", "KR", "NZ", "UY",
];

/// When [`ADEQUATE`] was last checked against the Commission's list.
pub const ADEQUACY_LIST_VERIFIED: time::Date = time::macros::date!(2026 - 02 - 01);

/// How old the adequacy list may be, relative to a policy's date, before `check` asks the
/// author to verify it (KB §4.4: six months).
pub const ADEQUACY_LIST_MAX_AGE_DAYS: i64 = 183;

/// Countries whose names the built-in locales carry (`country-XX`).
pub const COUNTRIES: &[&str] = &[
    "AD", "AR", "AT", "AU", "BE", "BG", "BR", "CA", "CH", "CN", "CY", "CZ", "DE", "DK", "EE", "ES",
    "FI", "FO", "FR", "GB", "GG", "GR", "HR", "HU", "IE", "IL", "IM", "IN", "IS", "IT", "JE", "JP",
    "KR", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "NZ", "PL", "PT", "RO", "SE", "SG", "SI", "SK",
    "US", "UY",
];

/// Codes people write for a country that ISO 3166 (and so privasite) writes otherwise: the
/// EU's own abbreviations and the common name. Each with its ISO code and why.
const NOT_ISO: &[(&str, &str, &str)] = &[
    ("UK", "GB", "UK is written GB in ISO 3166"),
    (
        "EL",
        "GR",
        "EL is the EU's own abbreviation for Greece, written GR in ISO 3166",
    ),
];

/// The ISO 3166 code for a code that is not one but is often written for a country (`UK`,
/// `EL`), with why.
pub fn iso_country(code: &str) -> Option<(&'static str, &'static str)> {
    NOT_ISO
        .iter()
        .find(|(written, ..)| *written == code)
        .map(|(_, iso, why)| (*iso, *why))
}

pub fn is_eea(country: &str) -> bool {
    EEA.contains(&country)
}

pub fn is_adequate(country: &str) -> bool {
    ADEQUATE.contains(&country)
}

/// What kind of repealed law a citation names; each kind has its own rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repealed {
    /// The 2001, 2004 and 2010 standard contractual clauses (KB §4.1, F01).
    StandardClauses,
    /// Safe Harbour and the Privacy Shield (KB §4.2, F02).
    UsFrameworks,
    /// The Belgian law of 8 December 1992 and the Privacy Commission (KB §4.3, F04).
    BelgianLaw,
    /// Directive 95/46/EC (KB §4.3).
    Directive,
}

/// What an outdated citation names, so a message can say what is wrong with it: a law is
/// repealed, an authority replaced, a Commission decision repealed or annulled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cited {
    /// A law or directive that was repealed.
    RepealedLaw,
    /// An authority that another one replaced.
    ReplacedAuthority,
    /// A Commission decision that was repealed.
    RepealedDecision,
    /// A Commission decision the Court of Justice annulled.
    AnnulledDecision,
}

impl Cited {
    /// What a text that cites it does, as a message says it: "names an authority that has
    /// been replaced".
    pub fn describe(self) -> &'static str {
        match self {
            Cited::RepealedLaw => "cites a law that has been repealed",
            Cited::ReplacedAuthority => "names an authority that has been replaced",
            Cited::RepealedDecision => "cites a Commission decision that has been repealed",
            Cited::AnnulledDecision => {
                "cites a Commission decision that the Court of Justice annulled"
            }
        }
    }
}

/// A phrase that cites law that no longer applies.
#[derive(Debug)]
pub struct OutdatedReference {
    /// The phrase, lowercase, as a whole word or number: `8 december 1992`.
    pub phrase: &'static str,
    /// Which rule reports it.
    pub rule: Repealed,
    /// What it names.
    pub cited: Cited,
    /// Why it is outdated, and what to cite instead.
    pub why: &'static str,
}

const fn outdated(
    phrase: &'static str,
    rule: Repealed,
    cited: Cited,
    why: &'static str,
) -> OutdatedReference {
    OutdatedReference {
        phrase,
        rule,
        cited,
        why,
    }
}

const PRIVACY_COMMISSION: &str =
    "the Privacy Commission was replaced by the Data Protection Authority (GBA/APD) in 2018";

/// Phrases that cite law that no longer applies, with what it is and why (KB §4.1–4.3).
pub const OUTDATED_REFERENCES: &[OutdatedReference] = &[
    outdated(
        "2001/497",
        Repealed::StandardClauses,
        Cited::RepealedDecision,
        "the 2001 standard contractual clauses were repealed; cite Decision (EU) 2021/914",
    ),
    outdated(
        "2004/915",
        Repealed::StandardClauses,
        Cited::RepealedDecision,
        "the 2004 standard contractual clauses were repealed; cite Decision (EU) 2021/914",
    ),
    outdated(
        "2010/87",
        Repealed::StandardClauses,
        Cited::RepealedDecision,
        "the 2010 standard contractual clauses were repealed; cite Decision (EU) 2021/914",
    ),
    outdated(
        "privacy shield",
        Repealed::UsFrameworks,
        Cited::AnnulledDecision,
        "the Privacy Shield was annulled in 2020 (Schrems II); use the Data Privacy Framework (`dpf`) or other safeguards",
    ),
    outdated(
        "safe harbour",
        Repealed::UsFrameworks,
        Cited::AnnulledDecision,
        "Safe Harbour was annulled in 2015; use the Data Privacy Framework (`dpf`) or other safeguards",
    ),
    outdated(
        "safe harbor",
        Repealed::UsFrameworks,
        Cited::AnnulledDecision,
        "Safe Harbour was annulled in 2015; use the Data Privacy Framework (`dpf`) or other safeguards",
    ),
    outdated(
        "8 december 1992",
        Repealed::BelgianLaw,
        Cited::RepealedLaw,
        "the law of 8 December 1992 was repealed by the law of 30 July 2018",
    ),
    outdated(
        "8 décembre 1992",
        Repealed::BelgianLaw,
        Cited::RepealedLaw,
        "the law of 8 December 1992 was repealed by the law of 30 July 2018",
    ),
    outdated(
        "privacycommissie",
        Repealed::BelgianLaw,
        Cited::ReplacedAuthority,
        PRIVACY_COMMISSION,
    ),
    outdated(
        "privacy commissie",
        Repealed::BelgianLaw,
        Cited::ReplacedAuthority,
        PRIVACY_COMMISSION,
    ),
    outdated(
        "commissie voor de bescherming van de persoonlijke levenssfeer",
        Repealed::BelgianLaw,
        Cited::ReplacedAuthority,
        PRIVACY_COMMISSION,
    ),
    outdated(
        "commission de la protection de la vie privée",
        Repealed::BelgianLaw,
        Cited::ReplacedAuthority,
        PRIVACY_COMMISSION,
    ),
    outdated(
        "commission vie privée",
        Repealed::BelgianLaw,
        Cited::ReplacedAuthority,
        PRIVACY_COMMISSION,
    ),
    // English: "the Commission for the Protection of Privacy", "the (Belgian) Privacy
    // Commission"; a whole word, so Canada's "Privacy Commissioner" is not one.
    outdated(
        "commission for the protection of privacy",
        Repealed::BelgianLaw,
        Cited::ReplacedAuthority,
        PRIVACY_COMMISSION,
    ),
    outdated(
        "privacy commission",
        Repealed::BelgianLaw,
        Cited::ReplacedAuthority,
        PRIVACY_COMMISSION,
    ),
    outdated(
        "privacycommission.be",
        Repealed::BelgianLaw,
        Cited::ReplacedAuthority,
        PRIVACY_COMMISSION,
    ),
    outdated(
        "95/46",
        Repealed::Directive,
        Cited::RepealedLaw,
        "Directive 95/46/EC was repealed by the GDPR in 2018",
    ),
];

/// The outdated citations in `text`, each phrase found as a whole word or number (so
/// "18 december 1992" is not the law of the 8th, nor "Privacy Commissioner" the Privacy
/// Commission).
pub fn outdated_references(text: &str) -> impl Iterator<Item = &'static OutdatedReference> {
    let lower = text.to_lowercase();
    OUTDATED_REFERENCES
        .iter()
        .filter(move |r| contains_whole(&lower, r.phrase))
}

/// Whether `phrase` occurs in `text` with no letter or digit right before or after it.
fn contains_whole(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    // Keys round-trip, so what the author writes is what the page and JSON show.
    #[test]
    fn keys_round_trip() {
        for basis in LegalBasis::ALL {
            assert_eq!(LegalBasis::from_key(basis.key()), Some(*basis));
        }
        assert_eq!(LegalBasis::KEYS.len(), 6);
        assert_eq!(
            LegalBasis::LegitimateInterests.message_id(),
            "basis-legitimate_interests"
        );
    }

    // Every EEA and adequacy country has a name in the locales.
    #[test]
    fn every_listed_country_has_a_name() {
        for c in EEA.iter().chain(ADEQUATE) {
            assert!(COUNTRIES.contains(c), "{c} has no name");
        }
        assert!(!is_adequate("US"), "US adequacy is DPF-only");
    }

    // The legal bases and Art. 9(2) conditions are listed in the order of their article's
    // points, so the n-th key is point n: its DPV term names that point.
    #[test]
    fn dpv_terms_follow_the_articles() {
        for (i, basis) in LegalBasis::ALL.iter().enumerate() {
            let point = char::from(b'a' + i as u8);
            assert_eq!(basis.dpv(), [format!("eu-gdpr:A6-1-{point}")]);
        }
        for (i, condition) in Art9Condition::ALL.iter().enumerate() {
            let point = char::from(b'a' + i as u8);
            assert_eq!(condition.dpv(), [format!("eu-gdpr:A9-2-{point}")]);
        }
    }

    // Every term uses a prefix policy.json declares; no key is listed twice, and none has the
    // same term twice.
    #[test]
    fn dpv_terms_are_well_formed() {
        fn check<K: Dpv + std::fmt::Debug>() {
            for (i, (key, terms)) in K::DPV.iter().enumerate() {
                assert!(!terms.is_empty(), "{key:?} is listed without a term");
                for (j, term) in terms.iter().enumerate() {
                    let (prefix, name) = term.split_once(':').expect("prefix:name");
                    assert!(DPV_PREFIXES.iter().any(|(p, _)| *p == prefix), "{term}");
                    assert!(!name.is_empty() && !name.contains(' '), "{term}");
                    assert!(!terms[..j].contains(term), "{key:?} has {term} twice");
                }
                assert!(
                    !K::DPV[..i].iter().any(|(k, _)| k == key),
                    "{key:?} is listed twice"
                );
            }
        }
        check::<LegalBasis>();
        check::<Art9Condition>();
        check::<Right>();
        check::<DataCategory>();
        check::<RecipientRole>();
        check::<TransferMechanism>();
        check::<Authority>();
        assert_eq!(DataCategory::Contact.dpv(), ["pd:Contact"]);
        assert!(RecipientRole::GroupCompany.dpv().is_empty());
        assert!(Authority::BeGba.dpv().is_empty());
    }

    // A special category's terms are DPV's special categories (the pd terms whose broader
    // concepts include dpv:SpecialCategoryPersonalData, or whose parent does, in DPV 2.0's
    // pd/modules/extended.csv), and no other category's are.
    #[test]
    fn special_categories_have_special_dpv_terms() {
        const SPECIAL: &[&str] = &[
            "pd:Biometric",
            "pd:EthnicOrigin",
            "pd:Race",
            "pd:MedicalHealth",
            "pd:Health",
            "pd:Genetic",
            "pd:PhilosophicalBelief",
            "pd:ReligiousBelief",
            "pd:Religion",
            "pd:PoliticalAffiliation",
            "pd:PoliticalOpinion",
            "pd:Sexual",
            "pd:TradeUnionMembership",
        ];
        for category in DataCategory::ALL {
            for term in category.dpv() {
                assert_eq!(
                    SPECIAL.contains(term),
                    category.is_special(),
                    "{category:?}: {term}"
                );
            }
        }
        assert_eq!(
            DataCategory::RacialEthnicOrigin.dpv(),
            ["pd:Race", "pd:EthnicOrigin"]
        );
        assert_eq!(
            DataCategory::ReligiousBeliefs.dpv(),
            ["pd:ReligiousBelief", "pd:PhilosophicalBelief"]
        );
        assert_eq!(DataCategory::Identification.dpv(), ["pd:Name"]);
        assert_eq!(
            RecipientRole::JointController.dpv(),
            RecipientRole::Controller.dpv()
        );
    }

    // Outdated citations are found as whole words and numbers, in every language's wording.
    #[test]
    fn outdated_references_are_whole_words() {
        let found =
            |text: &str| -> Vec<&str> { outdated_references(text).map(|r| r.phrase).collect() };
        assert_eq!(
            found("the Belgian Privacy Commission"),
            ["privacy commission"]
        );
        assert_eq!(
            found("the Commission for the Protection of Privacy"),
            ["commission for the protection of privacy"]
        );
        assert_eq!(
            found("the Privacy Commissioner of Canada"),
            Vec::<&str>::new()
        );
        assert_eq!(found("wet van 18 december 1992"), Vec::<&str>::new());
        assert_eq!(found("Decision 2010/87/EU"), ["2010/87"]);
        assert_eq!(found("Safe Harbor"), ["safe harbor"]);
    }
}
