//! Word lists and phrase patterns the wording rules look for, per language (nl, fr, en).
//!
//! Real policies say the same unfair or vague thing in many ways: inflected, with the words
//! in another order, with separable verbs, with synonyms ("lees het regelmatig door",
//! "raadpleeg deze pagina geregeld", "en poursuivant votre navigation", "as long as we deem
//! appropriate"). Each phrase is therefore a pattern over the lowercased sentence, not a fixed
//! string; the tests below hold every sentence of the reference policies that must be caught,
//! variants of our own, and sentences that must not be.

use std::sync::LazyLock;

use regex::bytes::Regex;

use crate::catalogue::Register;

/// What a pattern finds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phrase {
    /// Telling people to re-read the policy for changes.
    CheckRegularly,
    /// Continued use or browsing taken as acceptance or consent.
    ContinuedUse,
    /// Retention wording that gives no period and no criteria.
    VagueRetention,
    /// "According to the law" where no law is named.
    UnnamedLaw,
    /// Browser settings as the way to refuse cookies.
    BrowserSettings,
    /// A legitimate interest that names no interest.
    GenericInterest,
    /// Art. 129 of the Belgian law of 13 June 2005, the abolished cookie rule.
    AbolishedCookieLaw,
    /// Changes that take effect as soon as they are published, with no notice before.
    EffectiveOnPublication,
}

struct Patterns {
    nl: Vec<Regex>,
    fr: Vec<Regex>,
    en: Vec<Regex>,
}

/// A letter, digit or `_` of the Latin alphabets the lexicon's languages are written in, in
/// lower case (patterns run on [`normalize`]d text): what `\w` means in these patterns.
const WORD: &str = "[0-9_a-zß-öø-ÿœ]";

/// Compiles one of this file's patterns. Two shorthands are narrowed first, because in their
/// full Unicode form they are most of the time a build spends on the lexicon (every copy of a
/// bounded gap is a whole UTF-8 automaton; measured: 19 ms for all patterns, 6 ms narrowed):
/// `\w` is [`WORD`] and `\d` an ASCII digit, and a gap such as `[^.;:]{0,60}` counts bytes,
/// not characters: an accented letter is two, so in French text a gap reaches a few
/// characters less far (every case below still matches). Word boundaries (`\b`) stay
/// Unicode-aware, so "codé" is not the word "code".
fn pattern(written: &str) -> Regex {
    let narrowed = written
        .replace(r"\w", WORD)
        .replace(r"\d", "[0-9]")
        .replace("[^.;:]{", "(?-u:[^.;:]){")
        .replace("[^.;:,]{", "(?-u:[^.;:,]){");
    Regex::new(&narrowed).unwrap_or_else(|e| panic!("pattern {written}: {e}"))
}

fn compile(patterns: &[&str]) -> Vec<Regex> {
    patterns.iter().map(|p| pattern(p)).collect()
}

/// The words a pattern matched. Matches begin and end on words, so on whole characters.
fn matched<'t>(m: &regex::bytes::Match<'t>) -> &'t str {
    std::str::from_utf8(m.as_bytes()).unwrap_or_default()
}

impl Patterns {
    fn new(nl: &[&str], fr: &[&str], en: &[&str]) -> Patterns {
        Patterns {
            nl: compile(nl),
            fr: compile(fr),
            en: compile(en),
        }
    }

    fn for_lang(&self, lang: &str) -> &[Regex] {
        match lang {
            "nl" => &self.nl,
            "fr" => &self.fr,
            "en" => &self.en,
            _ => &[],
        }
    }
}

/// Compiles every pattern now, on two threads of its own. Compiling them takes longer than
/// checking a policy (the bounded gaps such as `[^.;:]{0,60}` make large automata), so a build
/// starts it beside loading the YAML rather than when the first text is checked.
///
/// Not on rayon's pool: a pool thread waiting inside a pattern's initialisation could steal a
/// task that needs the same pattern, and wait for itself.
pub fn warm_up() {
    std::thread::scope(|scope| {
        scope.spawn(|| {
            LazyLock::force(&CHECK_REGULARLY);
            LazyLock::force(&CONTINUED_USE);
            LazyLock::force(&VAGUE_RETENTION);
            LazyLock::force(&UNNAMED_LAW);
            LazyLock::force(&NAMES_A_LAW);
            LazyLock::force(&BROWSER_SETTINGS);
        });
        LazyLock::force(&GENERIC_INTEREST);
        LazyLock::force(&LEGAL_LIMITS);
        LazyLock::force(&INVENTED_CONDITIONS);
        LazyLock::force(&ABOLISHED_COOKIE_LAW);
        LazyLock::force(&EFFECTIVE_ON_PUBLICATION);
        LazyLock::force(&COOKIE_LAW_CONTEXT);
    });
}

// The patterns below are compiled from constants written in this file; a failure to compile is
// a bug caught by the tests, never a reaction to input.

static CHECK_REGULARLY: LazyLock<Patterns> = LazyLock::new(|| {
    Patterns::new(
        &[
            r"\b(regelmatig|geregeld|periodiek|af en toe)\b[^.;:]{0,60}\b(na te gaan|nagaan|raadple\w*|door te lezen|na te lezen|te lezen|door\b|te controleren|controle\w*|te bekijken|bekijk\w*|te consulteren)",
            r"\b(raadpleeg|lees|bekijk|controleer|consulteer|kijk)\w*\b[^.;:]{0,60}\b(regelmatig|geregeld|periodiek)\b",
        ],
        &[
            r"\b(consult\w*|relire|relisez|v[ée]rifi\w*|lire|lisez|revenir|revoir|prendre connaissance)\b[^.;:]{0,60}\b(r[ée]guli[èe]rement|p[ée]riodiquement|fr[ée]quemment)\b",
            r"\b(r[ée]guli[èe]rement|p[ée]riodiquement)\b[^.;:]{0,40}\b(consult\w*|v[ée]rifi\w*|relire|lire)\b",
        ],
        &[
            r"\b(check|review|read|revisit|consult|visit|look at)\w*\b[^.;:]{0,60}\b(regularly|periodically|frequently|from time to time|often)\b",
            r"\b(regularly|periodically)\b[^.;:]{0,40}\b(check|review|read|revisit|consult)\w*",
        ],
    )
});

static CONTINUED_USE: LazyLock<Patterns> = LazyLock::new(|| {
    Patterns::new(
        &[
            r"\b(door|bij)\b[^.;:]{0,50}\b(gebruik|bezoek|surf|navig)\w*[^.;:]{0,120}\b(aanvaard\w*|stemt u in|stem\w* in|ga\w* u akkoord|akkoord|wordt u geacht|geacht)",
            r"\b(voortgezet\w*|verder\w*)\s+(gebruik|bezoek)\w*[^.;:]{0,80}\b(akkoord|aanvaard\w*|instemming|toestemming)",
            r"\bwie\b[^.;:]{0,40}\b(verder gebruikt|blijft gebruiken|verder surft)[^.;:]{0,40}\b(aanvaardt|aanvaard|gaat akkoord|stemt in)",
        ],
        &[
            r"\ben (poursuivant|continuant)\b[^.;:]{0,80}\b(navigation|utilisation|visite|site)",
            r"\b(l'utilisation|la poursuite|poursuite|utilisation continue)\b[^.;:]{0,60}\b(vaut|implique|emporte|constitue)\b[^.;:]{0,40}\b(acceptation|consentement|accord)",
            r"\ben (utilisant|visitant|naviguant)\b[^.;:]{0,80}\b(acceptez|consentez|acceptation|accord|r[ée]put[ée])",
        ],
        &[
            r"\bby (continuing|using|visiting|browsing|accessing)\b[^.;:]{0,100}\b(accept|agree|consent)\w*",
            r"\bcontinued (use|browsing|access)\b[^.;:]{0,100}\b(accept\w*|agree\w*|consent\w*|constitutes|means)",
            r"\bcontinu(e|ing) to (use|browse)\b[^.;:]{0,80}\b(accept|agree|consent)\w*",
        ],
    )
});

static VAGUE_RETENTION: LazyLock<Patterns> = LazyLock::new(|| {
    Patterns::new(
        &[
            r"\bzo ?lang (als |dat )?(nodig|noodzakelijk|vereist|nuttig)",
            r"\bniet langer\b[^.;:,]{0,40}\bdan\s+(strikt\s+)?(nodig|noodzakelijk|vereist|wettelijk (is )?(toegelaten|toegestaan|vereist))",
            r"\bonbepaalde (tijd|duur)",
            r"\bonbeperkt\w*\b",
            r"\bvoor altijd\b",
        ],
        &[
            r"\baussi longtemps que (n[ée]cessaire|requis|utile|nous)",
            r"\b(tant|aussi longtemps) qu'il (est|sera) n[ée]cessaire",
            r"\bdur[ée]e (illimit[ée]e|ind[ée]termin[ée]e)",
            r"\bplus longtemps que (n[ée]cessaire|requis|la loi ne le permet|ne l'exige\w*|le permet la loi)",
            r"\bsans limite",
        ],
        &[
            r"\bas long as (is |it is )?(necessary|needed|required|we (deem|consider|need|see fit))",
            r"\bindefinitely\b",
            r"\blonger than (is |it is )?(strictly )?(necessary|needed|required)\b",
            r"\blonger than (the law|is legally|legally) (allows|permits|permitted|allowed)",
            r"\bfor an? (unlimited|indefinite) (period|time)",
            r"\bforever\b",
        ],
    )
});

static UNNAMED_LAW: LazyLock<Patterns> = LazyLock::new(|| {
    Patterns::new(
        &[
            r"\b(conform|volgens|in overeenstemming met|overeenkomstig)\b[^.;:]{0,30}\b(wettelijke termijn|wet\b|wetgeving|toepasselijke wet|regelgeving|wet- en regelgeving)",
            r"\bwettelijke (bewaar)?termijn",
            r"\bzolang de wet\b",
        ],
        &[
            r"\b(conform[ée]ment (à|a|aux)|selon|en vertu de)\b[^.;:]{0,30}\b(la loi|les lois|lois|l[ée]gislations?|r[ée]glementations?|dispositions l[ée]gales)",
            r"\bd[ée]lais? l[ée]ga\w*",
            r"\bdur[ée]e l[ée]gale",
        ],
        &[
            r"\b(in accordance with|as required by|according to|under)\b[^.;:]{0,30}\b(applicable |the )?(law|laws|legislation|regulations?)\b",
            r"\b(statutory|legal) (retention )?(period|requirements?)",
        ],
    )
});

/// A law or article is named: "wet van 30 juli 2018", "art. 60 Wetboek btw", "Code des
/// sociétés", a year.
static NAMES_A_LAW: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"\b(art\.|artikel|article|wetboek|code|act|loi du|wet van|decreet|décret|koninklijk besluit|arrêté)\b|\b(19|20)\d\d\b",
    )
});

static BROWSER_SETTINGS: LazyLock<Patterns> = LazyLock::new(|| {
    Patterns::new(
        &[
            r"\b(web)?browser\w*\b[^.;:]{0,60}\b(instelling|instellen|weiger|uitschakel|blokke|verwijder)\w*",
            r"\binstellingen van uw (web)?browser",
        ],
        &[
            r"\b(param[èe]tr\w*|r[ée]glages|configuration)\b[^.;:]{0,40}\bnavigateur",
            r"\bnavigateur\b[^.;:]{0,60}\b(refuser|bloquer|d[ée]sactiver|supprimer)",
        ],
        &[
            r"\bbrowser (settings|preferences|options)\b",
            r"\b(block|refuse|disable|delete)\w*\b[^.;:]{0,40}\bin your browser",
        ],
    )
});

static GENERIC_INTEREST: LazyLock<Patterns> = LazyLock::new(|| {
    Patterns::new(
        &[
            r"^\s*(ons |onze |haar |zijn |hun )?(gerechtvaardigd\w*|legitiem\w*) belang\w*(\s+(van|om)\s+(ondernemerschap|onze onderneming|ons bedrijf|te ondernemen))?\s*\.?\s*$",
            r"\bsuccesvol\w*[^.;:]{0,30}\b(bedrijf|onderneming)",
            r"^\s*(ons |onze )?(commerci[eë]le?|zakelijke|economische) belang\w*\s*\.?\s*$",
            r"\bbelang van ondernemerschap",
        ],
        &[
            r"^\s*(notre |nos |son |ses |leur |leurs )?int[ée]r[êe]ts? l[ée]gitimes?\s*\.?\s*$",
            r"\bint[ée]r[êe]ts? l[ée]gitimes? (d'entreprendre|d'entreprise|de l'entreprise|de faire des affaires)",
            r"^\s*(notre |nos )?int[ée]r[êe]ts? (commerciaux|commercial|[ée]conomiques?)\s*\.?\s*$",
            r"\b(g[ée]rer|faire fonctionner|exploiter) une entreprise (prosp[èe]re|efficace|rentable)",
        ],
        &[
            r"^\s*(our |its |their )?legitimate interests?\s*\.?\s*$",
            r"\blegitimate interests? (in|of) (entrepreneurship|doing business|running (a|our|its) business)",
            r"^\s*(our )?(business|commercial|economic) interests?\s*\.?\s*$",
            r"\b(run(ning)?|operat\w+) a successful\b",
        ],
    )
});

/// Conditions that say a right applies only within limits: true of the rights the GDPR itself
/// limits (erasure, restriction, portability, objection: Art. 17, 18, 20, 21), untrue of the
/// others.
static LEGAL_LIMITS: LazyLock<Patterns> = LazyLock::new(|| {
    Patterns::new(
        &[
            r"\bbinnen de wettelijke grenzen",
            r"\bonder voorbehoud van",
            r"\bin bepaalde (omstandigheden|gevallen)",
        ],
        &[
            r"\bdans les limites (l[ée]gales|de la loi|pr[ée]vues)",
            r"\bsous r[ée]serve (de|des|du)\b",
            r"\bdans certain(e)?s (circonstances|cas)",
        ],
        &[
            r"\bsubject to (applicable |the )?(law|laws|legislation|conditions|limitations)\b",
            r"\bin certain (circumstances|cases)",
            r"\bwithin (the )?(legal )?limits",
        ],
    )
});

/// Conditions the GDPR sets on no right: a "reasonable" way of asking, agreements between
/// companies.
static INVENTED_CONDITIONS: LazyLock<Patterns> = LazyLock::new(|| {
    Patterns::new(
        &[
            r"\bop (een )?redelijke (manier|wijze)",
            r"\bonder voorbehoud van \w*overeenkomst\w*",
        ],
        &[
            r"\bde (mani[èe]re|fa[çc]on) raisonnable",
            r"\bsous r[ée]serve (des|de|du) (contrats?|accords?|conventions?)\b",
        ],
        &[
            r"\bin a reasonable (way|manner)",
            r"\bsubject to (\w+ )?(data processing )?agreements?\b",
            r"\bsubject to data processing\b",
        ],
    )
});

/// Words that name a right which applies only in the circumstances the GDPR sets (erasure,
/// restriction, portability, objection), and words that name one which always applies
/// (access, rectification, withdrawing consent, the complaint). A `*` ends a word's stem.
fn right_words(lang: &str) -> (&'static [&'static str], &'static [&'static str]) {
    match lang {
        "nl" => (
            &[
                "wissen",
                "wist",
                "gewist",
                "wissing",
                "verwijder*",
                "vergeten",
                "vergetelheid",
                "beperk*",
                "overdra*",
                "bezwaar",
                "verzet*",
            ],
            &[
                "inzage",
                "inzien",
                "inkijk*",
                "ingekeken",
                "toegang",
                "kopie",
                "verbeter*",
                "rectific*",
                "aanvul*",
                "intrek*",
                "ingetrokken",
                "klacht*",
            ],
        ),
        "fr" => (
            &[
                "effac*",
                "supprim*",
                "oubli",
                "limitation",
                "limiter",
                "portabilit*",
                "oppos*",
            ],
            &[
                "accès",
                "acces",
                "accéder",
                "consult*",
                "copie*",
                "rectifi*",
                "corrig*",
                "retir*",
                "retrait",
                "plainte*",
                "réclamation*",
            ],
        ),
        "en" => (
            &[
                "eras*",
                "delet*",
                "forgotten",
                "restrict*",
                "portab*",
                "object*",
            ],
            &[
                "access*",
                "copy",
                "copies",
                "see",
                "correct*",
                "rectif*",
                "withdraw*",
                "complain*",
            ],
        ),
        _ => (&[], &[]),
    }
}

/// Whether `words` name a right that applies only in certain circumstances, and no right that
/// always applies.
fn about_limited_rights_only(lang: &str, words: &[&str]) -> bool {
    let (limited, unlimited) = right_words(lang);
    names_any(words, limited) && !names_any(words, unlimited)
}

fn names_any(words: &[&str], stems: &[&str]) -> bool {
    words.iter().any(|w| {
        stems.iter().any(|s| match s.strip_suffix('*') {
            Some(stem) => w.starts_with(stem),
            None => w == s,
        })
    })
}

/// A condition on rights that the GDPR does not set, as found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RightsCondition {
    /// A condition the GDPR sets on no right ("in a reasonable way"), with the words found.
    Invented(String),
    /// A legal limit ("in certain circumstances") said of rights that have none, or of rights
    /// in general, with the words found.
    Limit(String),
}

/// The first condition `text` puts on rights that the GDPR does not set: a condition no right
/// has, or a legal limit ("in certain circumstances", "within legal limits") put on a right
/// that has none, or on rights in general. A legal limit in a sentence about erasure,
/// restriction, portability or objection only is true, and one in a sentence about no right is
/// not about rights: neither is found.
pub fn rights_condition(lang: &str, text: &str) -> Option<RightsCondition> {
    let text = normalize(text);
    for sentence in text.split(['.', '!', '?', ';', '\n']) {
        if let Some(m) = INVENTED_CONDITIONS
            .for_lang(lang)
            .iter()
            .find_map(|re| re.find(sentence.as_bytes()))
        {
            return Some(RightsCondition::Invented(matched(&m).trim().to_owned()));
        }
        let Some(m) = LEGAL_LIMITS
            .for_lang(lang)
            .iter()
            .find_map(|re| re.find(sentence.as_bytes()))
        else {
            continue;
        };
        let words: Vec<&str> = sentence
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        // A limit is a condition on rights when the sentence is about rights: one that always
        // applies, or rights in general ("in certain circumstances you have rights").
        let (limited, unlimited) = right_words(lang);
        let on_rights = names_any(&words, unlimited)
            || (names_any(
                &words,
                &["recht", "rechten", "droit", "droits", "right", "rights"],
            ) && !names_any(&words, limited));
        if on_rights {
            return Some(RightsCondition::Limit(matched(&m).trim().to_owned()));
        }
    }
    None
}

/// Whether every sentence of `text` is about rights that apply only in certain circumstances
/// (erasure, restriction, portability, objection), and about no other right.
pub fn only_limited_rights(lang: &str, text: &str) -> bool {
    let text = normalize(text);
    text.split(['.', '!', '?', ';', '\n'])
        .map(|s| {
            s.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
        })
        .filter(|words| !words.is_empty())
        .all(|words| about_limited_rights_only(lang, &words))
}

static ABOLISHED_COOKIE_LAW: LazyLock<Patterns> = LazyLock::new(|| {
    let shared = [r"\b(art\.|artikel|article)\s*129\b"];
    Patterns::new(&shared, &shared, &shared)
});

static EFFECTIVE_ON_PUBLICATION: LazyLock<Patterns> = LazyLock::new(|| {
    Patterns::new(
        &[
            r"\b(automatisch\s+)?van kracht\b[^.;:]{0,30}\b(na|bij|vanaf|zodra)\b[^.;:]{0,20}\b(publicatie|bekendmaking|gepubliceerd|online)",
            r"\bin werking\b[^.;:]{0,30}\b(na|bij|vanaf|zodra)\b[^.;:]{0,20}\b(publicatie|bekendmaking|gepubliceerd|online)",
        ],
        &[
            r"\b(entre\w*|prend\w*)\s+(automatiquement\s+)?(en vigueur|effet)\b[^.;:]{0,30}\b(d[èe]s|[àa] compter de|au moment de|lors de)\s+(leur|sa|la)\s+(publication|mise en ligne)",
            r"\b(applicables?|en vigueur) d[èe]s (leur|sa) (publication|mise en ligne)",
        ],
        &[
            r"\b(take|takes|taking|come|comes) (into )?effect\b[^.;:]{0,30}\b(upon|on|from|as soon as|when)\b[^.;:]{0,20}\b(publication|posting|published|posted)",
            r"\beffective (immediately )?(upon|on|from|when) (their |its )?(publication|posting|published|posted)",
        ],
    )
});

/// What shows that an article 129 is the one of the electronic communications law of 13 June
/// 2005, or is cited about cookies: other laws have an article 129 too (the Code of Companies
/// and Associations, for one).
static COOKIE_LAW_CONTEXT: LazyLock<Regex> = LazyLock::new(|| {
    pattern(
        r"\b(13 (juni|juin|june) 2005|elektronische communicatie|communications [ée]lectroniques|electronic communications|wec|lce|cookies?)\b",
    )
});

/// How far around "artikel 129" the law or the cookies it is about may be named.
const COOKIE_LAW_WINDOW: usize = 150;

/// Whether the text around `found` (its byte range in `text`) names the 2005 law or cookies.
fn about_cookie_law(text: &str, found: &regex::bytes::Match<'_>) -> bool {
    let before: String = text
        .get(..found.start())
        .unwrap_or_default()
        .chars()
        .rev()
        .take(COOKIE_LAW_WINDOW)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let after: String = text
        .get(found.end()..)
        .unwrap_or_default()
        .chars()
        .take(COOKIE_LAW_WINDOW)
        .collect();
    COOKIE_LAW_CONTEXT.is_match(before.as_bytes()) || COOKIE_LAW_CONTEXT.is_match(after.as_bytes())
}

/// Words that hedge a statement (WP260 rev.01 para 13: "may", "might", "some", "possible"),
/// apart from the verbs of [`hedge_verbs`].
pub fn hedge_words(lang: &str) -> &'static [&'static str] {
    match lang {
        "nl" => &[
            "mogelijk",
            "eventueel",
            "eventuele",
            "bepaalde",
            "sommige",
            "soms",
        ],
        "fr" => &[
            "éventuellement",
            "éventuel",
            "certains",
            "certaines",
            "parfois",
            "possible",
        ],
        "en" => &["some", "certain", "possibly", "occasionally", "sometimes"],
        _ => &[],
    }
}

/// Verbs that hedge what the controller does ("we may share", "vos données peuvent être
/// transmises"), but not what the reader can do ("u kan", "vous pouvez", "you may ask"): a
/// verb right after the reader's pronoun, or right before it in a question-like inversion
/// ("kunt u", "may you"), is not counted. `mag`/`mogen` hedge only with "we": alone they
/// often forbid ("niemand mag").
fn hedge_verbs(lang: &str) -> &'static [&'static str] {
    match lang {
        "nl" => &["kan", "kunnen", "kunt", "mag", "mogen"],
        "fr" => &[
            "peut",
            "peuvent",
            "pourrait",
            "pourraient",
            "pouvons",
            "pourrions",
            "pourrons",
        ],
        "en" => &["may", "might", "could"],
        _ => &[],
    }
}

/// How the reader is addressed, and how the controller speaks of itself.
fn pronouns(lang: &str) -> (&'static [&'static str], &'static [&'static str]) {
    match lang {
        "nl" => (&["u", "je", "jij"], &["we", "wij"]),
        "fr" => (&["vous", "tu"], &["nous"]),
        "en" => (&["you"], &["we"]),
        _ => (&[], &[]),
    }
}

/// What [`hedges`] finds in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hedges {
    /// How many hedging words.
    pub count: usize,
    /// How many words in all.
    pub words: usize,
    /// The hedging words found, each once, in the order they first appear.
    pub found: Vec<String>,
}

/// Names that are categories of recipients, not companies: they say nothing about who gets
/// the data (WP260 Annex; KB R14), and a plain name is shown as it is in every language.
pub const GENERIC_RECIPIENTS: &[&str] = &[
    "partners",
    "partner",
    "onze partners",
    "derden",
    "derde partijen",
    "leveranciers",
    "dienstverleners",
    "externe dienstverleners",
    "verkopers",
    "onderaannemers",
    "groepsmaatschappijen",
    "third parties",
    "third party",
    "suppliers",
    "vendors",
    "service providers",
    "our partners",
    "partners and vendors",
    "group companies",
    "subcontractors",
    "tiers",
    "partenaires",
    "fournisseurs",
    "prestataires",
    "prestataires de services",
    "sous-traitants",
    "sociétés du groupe",
];

/// Informal forms of address, lowercase: what a formal site's author should not write (KB
/// §5.3). German plural "ihr" is left out: it is also "her" and "their".
pub fn informal_words(lang: &str) -> &'static [&'static str] {
    match lang {
        "nl" => &["je", "jij", "jou", "jouw", "jullie"],
        "fr" => &["tu", "toi", "ton", "ta", "tes"],
        "de" => &[
            "du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines", "euch",
            "euer", "eure", "euren", "eurem", "eurer", "eures",
        ],
        _ => &[],
    }
}

/// Formal forms of address: what an informal site's author should not write. German ones are
/// matched with their capital, which is what makes "Sie" and "Ihr" the formal "you" and
/// "your" rather than "they" and "her".
pub fn formal_words(lang: &str) -> &'static [&'static str] {
    match lang {
        "nl" => &["u", "uw", "uzelf"],
        "fr" => &["vous", "votre", "vos", "vôtre", "vôtres"],
        "de" => &[
            "Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres",
        ],
        _ => &[],
    }
}

/// Words before which "ton" is the noun (a tone: "sur un ton simple", "le ton", "du ton"),
/// not "your".
const BEFORE_THE_NOUN_TON: &[&str] = &[
    "un", "le", "du", "au", "ce", "cet", "mon", "son", "notre", "votre", "leur", "quel", "même",
    "bon", "autre",
];

/// The words of `text`, each with whether it starts a sentence.
fn words_of(text: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    let mut sentence_start = true;
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_alphabetic()) {
        if rest[..start].contains(['.', '!', '?', ':', '\n']) {
            sentence_start = true;
        }
        let after = &rest[start..];
        let len = after
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(after.len());
        out.push((&after[..len], sentence_start));
        sentence_start = false;
        rest = &after[len..];
    }
    out
}

/// The first word of `text` that addresses the reader informally (KB §5.3), as written.
pub fn informal_word<'t>(lang: &str, text: &'t str) -> Option<&'t str> {
    let words = words_of(text);
    words.iter().enumerate().find_map(|(i, (w, _))| {
        let lower = w.to_lowercase();
        if !informal_words(lang).contains(&lower.as_str()) {
            return None;
        }
        let before = i.checked_sub(1).map(|b| words[b].0.to_lowercase());
        let noun = lang == "fr"
            && lower == "ton"
            && before.is_some_and(|b| BEFORE_THE_NOUN_TON.contains(&b.as_str()));
        (!noun).then_some(*w)
    })
}

/// The first word of `text` that addresses the reader formally, as written. A German "Sie"
/// or "Ihr…" that starts a sentence is left alone: there its capital may be the sentence's,
/// and the word "they" or "their".
pub fn formal_word<'t>(lang: &str, text: &'t str) -> Option<&'t str> {
    let words = formal_words(lang);
    words_of(text).into_iter().find_map(|(w, starts_sentence)| {
        let found = if lang == "de" {
            !starts_sentence && words.contains(&w)
        } else {
            words.contains(&w.to_lowercase().as_str())
        };
        found.then_some(w)
    })
}

/// The first word of `text` that addresses the reader in the other register than `register`,
/// the site's: an informal word on a formal site, a formal one on an informal site.
pub fn off_register_word<'t>(register: Register, lang: &str, text: &'t str) -> Option<&'t str> {
    match register {
        Register::Formal => informal_word(lang, text),
        Register::Informal => formal_word(lang, text),
    }
}

/// How the reader is addressed in `register`, in `lang`, for messages: "u", "tu", "Sie".
pub fn address_word(register: Register, lang: &str) -> &'static str {
    match (register, lang) {
        (Register::Formal, "fr") => "vous",
        (Register::Formal, "de") => "Sie",
        (Register::Formal, _) => "u",
        (Register::Informal, "fr") => "tu",
        (Register::Informal, "de") => "du",
        (Register::Informal, _) => "je",
    }
}

/// Lowercased, with typographic apostrophes and non-breaking spaces made plain, so one
/// pattern fits how editors type.
pub fn normalize(text: &str) -> String {
    text.to_lowercase()
        .replace(['\u{2019}', '\u{2018}', '`'], "'")
        .replace(['\u{a0}', '\u{202f}'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first place `phrase` occurs in `text` (in `lang`), as the words found.
pub fn find(phrase: Phrase, lang: &str, text: &str) -> Option<String> {
    let patterns: &Patterns = match phrase {
        Phrase::CheckRegularly => &CHECK_REGULARLY,
        Phrase::ContinuedUse => &CONTINUED_USE,
        Phrase::VagueRetention => &VAGUE_RETENTION,
        Phrase::UnnamedLaw => &UNNAMED_LAW,
        Phrase::BrowserSettings => &BROWSER_SETTINGS,
        Phrase::GenericInterest => &GENERIC_INTEREST,
        Phrase::AbolishedCookieLaw => &ABOLISHED_COOKIE_LAW,
        Phrase::EffectiveOnPublication => &EFFECTIVE_ON_PUBLICATION,
    };
    let text = normalize(text);
    // A law that is named is not an unnamed one.
    if phrase == Phrase::UnnamedLaw && NAMES_A_LAW.is_match(text.as_bytes()) {
        return None;
    }
    patterns
        .for_lang(lang)
        .iter()
        .flat_map(|re| re.find_iter(text.as_bytes()))
        .find(|m| phrase != Phrase::AbolishedCookieLaw || about_cookie_law(&text, m))
        .map(|m| matched(&m).trim().to_owned())
}

/// The hedging words of `text`: the qualifiers of [`hedge_words`], and the verbs of
/// [`hedge_verbs`] unless the reader is their subject.
pub fn hedges(lang: &str, text: &str) -> Hedges {
    let words: Vec<String> = normalize(text)
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    let (reader, controller) = pronouns(lang);
    let is_hedge = |i: usize| {
        let word = words[i].as_str();
        if hedge_words(lang).contains(&word) {
            return true;
        }
        if !hedge_verbs(lang).contains(&word) {
            return false;
        }
        let before = i.checked_sub(1).map(|b| words[b].as_str());
        let after = words.get(i + 1).map(String::as_str);
        let next_to = |set: &[&str]| [before, after].iter().flatten().any(|w| set.contains(w));
        match (lang, word) {
            ("nl", "mag" | "mogen") => next_to(controller),
            // "wij kunnen u helpen": a plural verb before "u" is the controller's.
            ("nl", "kunnen") => !before.is_some_and(|w| reader.contains(&w)),
            _ => !next_to(reader),
        }
    };
    let mut found: Vec<String> = Vec::new();
    let mut count = 0;
    for (i, word) in words.iter().enumerate() {
        if is_hedge(i) {
            count += 1;
            if !found.contains(word) {
                found.push(word.clone());
            }
        }
    }
    Hedges {
        count,
        words: words.len(),
        found,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_finds(phrase: Phrase, cases: &[(&str, &str)]) {
        for (lang, text) in cases {
            assert!(
                find(phrase, lang, text).is_some(),
                "{phrase:?} misses ({lang}) {text}"
            );
        }
    }

    fn assert_passes(phrase: Phrase, cases: &[(&str, &str)]) {
        for (lang, text) in cases {
            assert_eq!(
                find(phrase, lang, text),
                None,
                "{phrase:?} wrongly flags ({lang}) {text}"
            );
        }
    }

    // The reference policies' sentences, and variants: inflection, word order, separable verbs.
    #[test]
    fn check_regularly_clauses() {
        assert_finds(
            Phrase::CheckRegularly,
            &[
                (
                    "nl",
                    "We behouden ons het recht voor om dit privacybeleid te allen tijde te wijzigen, dus lees het regelmatig door.",
                ),
                (
                    "nl",
                    "Dit Privacybeleid kan steeds gewijzigd worden, het is dan ook aangeraden om regelmatig na te gaan of er wijzigingen zijn gebeurd.",
                ),
                ("nl", "Raadpleeg deze pagina geregeld."),
                (
                    "nl",
                    "Wij raden u aan deze verklaring periodiek te raadplegen.",
                ),
                (
                    "fr",
                    "Nous vous invitons à consulter régulièrement cette page.",
                ),
                (
                    "fr",
                    "Veuillez relire périodiquement la présente politique.",
                ),
                ("en", "Please check this page regularly for updates."),
                ("en", "We encourage you to review this policy periodically."),
                ("en", "You should read it from time to time."),
            ],
        );
        assert_passes(
            Phrase::CheckRegularly,
            &[
                (
                    "nl",
                    "Wij controleren regelmatig of onze beveiliging volstaat.",
                ),
                (
                    "en",
                    "We will inform you by e-mail before any change takes effect.",
                ),
                (
                    "fr",
                    "Nous vous informerons par e-mail de toute modification.",
                ),
            ],
        );
    }

    // KB R09: changes that apply as soon as they are published give no notice before.
    #[test]
    fn effective_on_publication() {
        assert_finds(
            Phrase::EffectiveOnPublication,
            &[
                (
                    "nl",
                    "De wijzigingen worden automatisch van kracht na publicatie.",
                ),
                ("nl", "Wijzigingen treden in werking zodra ze online staan."),
                (
                    "fr",
                    "Les modifications entrent automatiquement en vigueur dès leur publication.",
                ),
                ("en", "Changes take effect automatically upon publication."),
                ("en", "Changes are effective upon posting."),
            ],
        );
        assert_passes(
            Phrase::EffectiveOnPublication,
            &[
                (
                    "nl",
                    "Wij melden wijzigingen per e-mail, een maand voor ze van kracht worden.",
                ),
                (
                    "en",
                    "Changes take effect one month after we notify you by e-mail.",
                ),
            ],
        );
    }

    #[test]
    fn continued_use_as_acceptance() {
        assert_finds(
            Phrase::ContinuedUse,
            &[
                (
                    "nl",
                    "In alle gevallen houdt uw voortgezette gebruik van de Services in dat u akkoord gaat met dergelijke wijzigingen.",
                ),
                (
                    "nl",
                    "Door gebruik te maken van onze Website wordt u geacht op de hoogte te zijn van de bepalingen en maatregelen in dit privacybeleid.",
                ),
                (
                    "nl",
                    "Door de Website te bezoeken of het invullen van het contactformulier, aanvaardt u ons Privacybeleid.",
                ),
                (
                    "nl",
                    "Wie de site verder gebruikt, aanvaardt de nieuwe voorwaarden.",
                ),
                (
                    "fr",
                    "En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies.",
                ),
                (
                    "fr",
                    "L'utilisation continue du site vaut acceptation de la présente politique.",
                ),
                (
                    "en",
                    "By continuing to browse this site, you agree to our use of cookies.",
                ),
                (
                    "en",
                    "Your continued use of the Services constitutes acceptance of these changes.",
                ),
                ("en", "By using our website you accept this policy."),
            ],
        );
        assert_passes(
            Phrase::ContinuedUse,
            &[
                (
                    "nl",
                    "Door uw toestemming in te trekken, stopt de verwerking.",
                ),
                ("en", "By law we must keep invoices for ten years."),
                ("fr", "En cas de question, contactez-nous."),
            ],
        );
    }

    #[test]
    fn vague_retention() {
        assert_finds(
            Phrase::VagueRetention,
            &[
                ("nl", "Wij bewaren uw gegevens zolang als nodig."),
                (
                    "nl",
                    "IT voor ondernemers zal uw persoonsgegevens niet langer bewaren dan wettelijk is toegelaten en dan noodzakelijk is.",
                ),
                ("nl", "Voor onbepaalde duur."),
                (
                    "fr",
                    "Nous conservons vos données aussi longtemps que nécessaire.",
                ),
                (
                    "fr",
                    "Vos données sont conservées pour une durée illimitée.",
                ),
                (
                    "en",
                    "We keep your data for as long as we deem appropriate.",
                ),
                ("en", "We retain it indefinitely."),
                ("en", "As long as necessary for the purposes above."),
                (
                    "fr",
                    "IT voor ondernemers ne conservera pas vos données à caractère personnel plus longtemps que la loi ne le permet et que ne l’exigent les finalités mentionnées dans la présente politique.",
                ),
                (
                    "en",
                    "IT voor ondernemers will not keep your personal data longer than the law allows and than is necessary for the purposes set out in this privacy policy.",
                ),
            ],
        );
        assert_passes(
            Phrase::VagueRetention,
            &[
                ("nl", "Tot 2 jaar na uw laatste bestelling."),
                (
                    "nl",
                    "Wij bewaren uw gegevens niet langer dan 5 jaar, zoals vereist.",
                ),
                (
                    "en",
                    "We keep it no longer than 10 years, as required by Art. 60 of the VAT Code.",
                ),
                (
                    "en",
                    "For as long as the product remains in our range, and at most 5 years after publication.",
                ),
            ],
        );
    }

    #[test]
    fn law_not_named() {
        assert_finds(
            Phrase::UnnamedLaw,
            &[
                (
                    "nl",
                    "De naleving van onze wettelijke verplichtingen: bewaring conform de wettelijke termijn.",
                ),
                (
                    "nl",
                    "We bewaren je persoonlijke gegevens in overeenstemming met de toepasselijke wet- en regelgeving.",
                ),
                ("fr", "Conformément à la loi applicable."),
                (
                    "fr",
                    "Nous conservons vos données personnelles conformément aux lois et réglementations applicables.",
                ),
                (
                    "en",
                    "We keep your personal data in accordance with applicable law and regulations.",
                ),
                ("en", "For the statutory retention period."),
            ],
        );
        assert_passes(
            Phrase::UnnamedLaw,
            &[
                (
                    "nl",
                    "10 jaar, zoals artikel 60 van het Wetboek van de belasting over de toegevoegde waarde vereist.",
                ),
                ("fr", "Conformément à la loi du 30 juillet 2018."),
                ("en", "As required by Art. 315 of the Income Tax Code 1992."),
            ],
        );
    }

    #[test]
    fn generic_legitimate_interest() {
        assert_finds(
            Phrase::GenericInterest,
            &[
                ("nl", "Ons gerechtvaardigd belang van ondernemerschap."),
                (
                    "nl",
                    "Omdat het in ons legitieme belang is om een succesvol en efficiënt bedrijf te runnen.",
                ),
                ("fr", "Notre intérêt légitime."),
                ("en", "Our legitimate interests."),
                ("en", "Running a successful and efficient business."),
                ("nl", "Haar gerechtvaardigd belang van ondernemerschap."),
                ("fr", "Notre intérêt légitime d’entreprendre."),
                ("fr", "Son intérêt légitime d’entreprendre."),
                ("en", "Our legitimate interest in entrepreneurship."),
                ("en", "Its legitimate interest in entrepreneurship."),
            ],
        );
        assert_passes(
            Phrase::GenericInterest,
            &[
                (
                    "nl",
                    "Het beschermen van onze webwinkel en van uw account tegen misbruik en betalingsfraude.",
                ),
                ("en", "Protecting our web shop against payment fraud."),
            ],
        );
    }

    // Conditions the GDPR does not set: invented ones on any right, legal limits on a right
    // that has none. Erasure, restriction, portability and objection do apply only in certain
    // circumstances (Art. 17, 18, 20, 21): saying so of them alone is true.
    #[test]
    fn conditions_on_rights() {
        let finds = [
            (
                "nl",
                "U kan ons steeds contacteren voor de uitoefening van volgende rechten (op voorwaarde dat u dit op een redelijke manier doet en binnen de wettelijke grenzen).",
            ),
            (
                "nl",
                "heb je in bepaalde omstandigheden en onder voorbehoud van gegevensverwerkingsovereenkomsten rechten",
            ),
            (
                "nl",
                "In bepaalde omstandigheden kunt u uw gegevens inkijken.",
            ),
            (
                "nl",
                "Binnen de wettelijke grenzen kunt u uw gegevens inkijken, laten verbeteren of laten wissen.",
            ),
            (
                "en",
                "Subject to applicable law, you may ask us for a copy of your data.",
            ),
            (
                "en",
                "In certain circumstances you may withdraw your consent.",
            ),
            ("nl", "In bepaalde omstandigheden heeft u rechten."),
            (
                "en",
                "You may ask us to erase your data, provided you do so in a reasonable way.",
            ),
            (
                "fr",
                "Sous réserve des dispositions légales, vous pouvez accéder à vos données.",
            ),
            (
                "fr",
                "Dans certaines circonstances, vous pouvez introduire une plainte.",
            ),
        ];
        for (lang, text) in finds {
            assert!(
                rights_condition(lang, text).is_some(),
                "misses ({lang}) {text}"
            );
        }
        let passes = [
            (
                "nl",
                "In bepaalde omstandigheden kunt u ons vragen uw gegevens te wissen.",
            ),
            (
                "nl",
                "In bepaalde gevallen kunt u bezwaar maken of de verwerking laten beperken.",
            ),
            (
                "fr",
                "Dans certaines circonstances, vous pouvez nous demander d'effacer vos données.",
            ),
            (
                "fr",
                "Sous réserve des dispositions légales, vous pouvez demander l'effacement.",
            ),
            (
                "en",
                "In certain circumstances you can ask us to erase your data.",
            ),
            (
                "en",
                "Subject to applicable law, you may ask us to erase your data.",
            ),
            (
                "en",
                "You can see and correct your data. In certain circumstances you can also object.",
            ),
            // Not about rights at all.
            (
                "en",
                "In certain circumstances we pass your data to the police.",
            ),
            (
                "nl",
                "Binnen de wettelijke grenzen bewaren wij camerabeelden.",
            ),
        ];
        for (lang, text) in passes {
            assert_eq!(
                rights_condition(lang, text),
                None,
                "wrongly flags ({lang}) {text}"
            );
        }
    }

    #[test]
    fn browser_settings_and_abolished_cookie_law() {
        assert_finds(
            Phrase::BrowserSettings,
            &[
                (
                    "nl",
                    "U kunt cookies weigeren via de instellingen van uw browser.",
                ),
                (
                    "fr",
                    "Vous pouvez refuser les cookies dans les paramètres de votre navigateur.",
                ),
                (
                    "en",
                    "You can refuse cookies through your browser settings.",
                ),
            ],
        );
        assert_finds(
            Phrase::AbolishedCookieLaw,
            &[
                (
                    "nl",
                    "overeenkomstig artikel 129 van de wet van 13 juni 2005 betreffende de elektronische communicatie",
                ),
                (
                    "fr",
                    "conformément à l'article 129 de la loi du 13 juin 2005",
                ),
                ("en", "under Art. 129 of the Electronic Communications Act"),
                ("nl", "Conform artikel 129 WEC plaatsen wij cookies."),
            ],
        );
        assert_passes(
            Phrase::AbolishedCookieLaw,
            &[
                (
                    "nl",
                    "zoals artikel 129 van het Wetboek van vennootschappen en verenigingen bepaalt",
                ),
                ("en", "Art. 129 of the Code of Companies and Associations"),
            ],
        );
    }

    // "ton" after an article is the noun (a tone), not "your".
    #[test]
    fn the_noun_ton_is_not_informal() {
        assert_eq!(
            informal_word("fr", "Nous vous écrivons sur un ton simple et clair."),
            None
        );
        assert_eq!(informal_word("fr", "Le ton de ce texte est neutre."), None);
        assert_eq!(
            informal_word("fr", "Nous utilisons ton nom et ton numéro."),
            Some("ton")
        );
        assert_eq!(informal_word("nl", "Wij gebruiken je naam."), Some("je"));
        assert_eq!(
            informal_word("de", "Wir verwenden deinen Namen."),
            Some("deinen")
        );
        assert_eq!(informal_word("fr", "Du lundi au vendredi."), None);
    }

    // On an informal site the formal words are the ones out of place; a German "Sie" or
    // "Ihre" counts only inside a sentence, where its capital makes it the formal "you".
    #[test]
    fn formal_words_are_found_on_an_informal_site() {
        let off = |lang, text| off_register_word(Register::Informal, lang, text);
        assert_eq!(off("nl", "Wij bewaren uw naam."), Some("uw"));
        assert_eq!(off("nl", "U kunt je uitschrijven."), Some("U"));
        assert_eq!(off("fr", "Nous gardons votre nom."), Some("votre"));
        assert_eq!(off("de", "Wir speichern Ihren Namen."), Some("Ihren"));
        assert_eq!(
            off("de", "Wir löschen sie. Sie werden nicht weitergegeben."),
            None
        );
        assert_eq!(off("de", "Ihre Daten: wir löschen sie."), None);
        assert_eq!(off("de", "Danach können Sie sich abmelden."), Some("Sie"));
        assert_eq!(off("nl", "Wij bewaren je naam."), None);
        assert_eq!(off("en", "We keep your name."), None);
        assert_eq!(
            off_register_word(Register::Formal, "nl", "Wij bewaren je naam."),
            Some("je")
        );
    }

    // Hedges are counted as words, not as parts of words ("kan" in "kantoor" is not one).
    #[test]
    fn hedges_are_whole_words() {
        let count = |lang, text| {
            let h = hedges(lang, text);
            (h.count, h.words)
        };
        assert_eq!(count("nl", "Ons kantoor kan mogelijk sluiten."), (2, 5));
        assert_eq!(count("en", "Some data may be shared."), (2, 5));
    }

    // "We may" hedges what the controller does; "you can" says what the reader can do.
    #[test]
    fn the_readers_ability_is_no_hedge() {
        let found = |lang, text| hedges(lang, text).found;
        assert_eq!(
            found(
                "nl",
                "U kan uw gegevens inkijken. U kan ze laten verbeteren. Dan kan u ze ook laten wissen. Kunt u dat niet, dan helpen wij."
            ),
            Vec::<String>::new()
        );
        assert_eq!(found("nl", "Wij kunnen u contacteren."), ["kunnen"]);
        assert_eq!(
            found("nl", "Wij mogen uw gegevens delen. Niemand mag ze zien."),
            ["mogen"]
        );
        assert_eq!(
            found(
                "fr",
                "Vous pouvez consulter vos données. Nous pouvons les partager."
            ),
            ["pouvons"]
        );
        assert_eq!(
            found("en", "You may ask us for a copy. We may share it."),
            ["may"]
        );
        assert_eq!(
            found("en", "Your data may be shared with some partners."),
            ["may", "some"]
        );
    }
}
