//! What a rule is: an id, a family, a default level, a summary, a legal source and an
//! explanation. Data only; the checks that find a rule's problems live with the rule's family
//! in `rules/`, and reports name the rule they are about.

use crate::diagnostic::Severity;

/// The family a rule belongs to: the letter in its id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Family {
    /// `S`: the files can be read and mean something (syntax, fields, keys, references).
    Structure,
    /// `C`: the policy gives what GDPR Art. 13 and 14 require.
    Completeness,
    /// `K`: the parts of the policy agree with each other.
    Consistency,
    /// `F`: the law cited is still in force.
    Freshness,
    /// `W`: the wording is fair, plain and in one register.
    Wording,
    /// `T`: every language says the same, fully.
    Translations,
    /// `V`: the published versions and their history.
    Versions,
}

impl Family {
    /// The family's name, as the rules page heads it.
    pub fn title(self) -> &'static str {
        match self {
            Family::Structure => "Structure",
            Family::Completeness => "Completeness (GDPR Art. 13 and 14)",
            Family::Consistency => "Consistency",
            Family::Freshness => "Legal freshness",
            Family::Wording => "Wording",
            Family::Translations => "Translations",
            Family::Versions => "Versions",
        }
    }

    /// The letter in the family's rule ids.
    pub fn letter(self) -> char {
        match self {
            Family::Structure => 'S',
            Family::Completeness => 'C',
            Family::Consistency => 'K',
            Family::Freshness => 'F',
            Family::Wording => 'W',
            Family::Translations => 'T',
            Family::Versions => 'V',
        }
    }
}

/// One rule.
#[derive(Debug)]
pub struct Rule {
    /// `PS-C03`.
    pub id: &'static str,
    /// Which family it belongs to.
    pub family: Family,
    /// The level it reports at unless configured otherwise.
    pub level: Severity,
    /// One line: what it finds.
    pub summary: &'static str,
    /// The legal source or guidance it rests on.
    pub source: &'static str,
    /// Why it matters, with a wrong and a right example (Markdown).
    pub explanation: &'static str,
}
