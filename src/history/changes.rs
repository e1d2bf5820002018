//! What changed between two versions of a policy, in terms of the model: a purpose added, a
//! legal basis changed, a recipient moved to another country. Entries are matched by id (a
//! cookie by its name and provider), never by position, so reordering a list is no change.
//!
//! A [`Change`] is language-neutral: the Fluent message that words it, the section of the newer
//! version it concerns, and its arguments; the renderer puts it in words.
//!
//! Nothing may change unreported. The specific comparisons say *what* changed where they can;
//! every field they do not look at is then compared as a whole (order-insensitive), per entry
//! and per top-level field, and a difference there is reported as "other details changed". The
//! redline shows the words.

use serde_json::Value;

use crate::memo::Memo;
use crate::model::Prose;
use crate::policy::{Basis, Cookie, Fact, Name, Period, Policy, Recipient, Retention, Text};

/// One argument of a change, to be put in words in the page's language.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// The author's text in each language (a title).
    Prose(Prose),
    /// A name: proper, or per language.
    Name(Name),
    /// A catalogue message id (`basis-consent`, `role-processor`).
    Message(String),
    /// A list of labels (data categories, recipients, legal bases), each a catalogue message,
    /// the author's text or a name.
    Texts(Vec<Text>),
    /// A retention.
    Retention(Retention),
    /// A cookie duration (`None`: a session cookie).
    Duration(Option<Period>),
    /// A country code.
    Country(String),
    /// Nothing stated.
    NotStated,
}

/// One change between two versions.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// The Fluent message that words it: `change-purpose-added`.
    pub message: &'static str,
    /// The section it concerns: a privacy-page section (`purposes`), or for a cookie change a
    /// cookie-page section (`analytics`).
    pub section: String,
    /// A more precise anchor in the newer version (`purpose-newsletter`), when there is one.
    pub anchor: Option<String>,
    /// The message's variables.
    pub args: Vec<(&'static str, Arg)>,
    /// Whether the change concerns the cookie policy.
    pub cookies: bool,
}

impl Change {
    fn new(message: &'static str, section: &str) -> Change {
        Change {
            message,
            section: section.to_owned(),
            anchor: None,
            args: Vec::new(),
            cookies: false,
        }
    }

    fn anchor(mut self, anchor: String) -> Change {
        self.anchor = Some(anchor);
        self
    }

    fn arg(mut self, name: &'static str, value: Arg) -> Change {
        self.args.push((name, value));
        self
    }

    fn cookie(mut self) -> Change {
        self.cookies = true;
        self
    }
}

/// Every change from `old` to `new`, in the order of the privacy page's sections, then the
/// cookie policy's.
pub fn changes(old: &Policy, new: &Policy) -> Vec<Change> {
    changes_between(&Compared::new(old), &Compared::new(new))
}

/// A policy ready to be compared: the policy, and its model as JSON with every list in a
/// fixed order. Made once per version when a history is compared pair by pair.
pub struct Compared<'a> {
    policy: &'a Policy,
    canonical: Value,
}

impl<'a> Compared<'a> {
    /// Prepares `policy` for comparing.
    pub fn new(policy: &'a Policy) -> Compared<'a> {
        Compared {
            policy,
            canonical: canonical_of(policy),
        }
    }
}

/// [`changes`] for two policies already prepared.
pub fn changes_between(old: &Compared, new: &Compared) -> Vec<Change> {
    let (o, n) = (&old.canonical, &new.canonical);
    let (old, new) = (old.policy, new.policy);
    let mut out = Vec::new();
    if o["introduction"] != n["introduction"] {
        out.push(Change::new("change-introduction", "controller"));
    }
    controller(o, n, &mut out);
    categories(old, new, o, n, &mut out);
    purposes(old, new, &mut out);
    retention_after(o, n, &mut out);
    recipients(old, new, &mut out);
    for (key, message, section) in [
        ("data_sale", "change-data-sale", "recipients"),
        ("transfers", "change-transfers", "transfers"),
        ("rights", "change-rights", "rights"),
        ("children_min_age", "change-children", "children"),
        ("security", "change-security", "security"),
        ("changes", "change-changes", "changes"),
        ("faq", "change-faq", "faq"),
    ] {
        if o[key] != n[key] {
            out.push(Change::new(message, section));
        }
    }
    cookies(old, new, o, n, &mut out);
    out
}

/// Archived versions never change, and `serve` compares every pair of them again on each save.
/// Keyed by what identifies both (see [`remembered`]); off in a build, which compares each pair
/// once.
static BETWEEN: Memo<Vec<Change>> = Memo::off_until_asked(50_000);

/// From now on, the changes between two archived versions are remembered.
pub fn remember() {
    BETWEEN.remember();
}

/// Whether [`remembered`] keeps its results: then few versions need preparing for comparing.
pub fn remembering() -> bool {
    BETWEEN.is_remembering()
}

/// [`changes_between`] for two archived versions, each known by its content hash and the
/// languages it was resolved in: a policy is a pure function of those, so a remembered result
/// is what comparing would give now.
pub fn remembered(
    (old_hash, old_languages): (&str, &[String]),
    (new_hash, new_languages): (&str, &[String]),
    compare: impl FnOnce() -> Vec<Change>,
) -> Vec<Change> {
    if !BETWEEN.is_remembering() {
        return compare();
    }
    let key = format!(
        "{old_hash}:{}>{new_hash}:{}",
        old_languages.join(","),
        new_languages.join(",")
    );
    BETWEEN.get_or(&key, compare)
}

/// Whether the cookie policy's part of the model differs between two versions.
pub fn cookie_part_changed(old: &Policy, new: &Policy) -> bool {
    let (o, n) = (canonical_of(old), canonical_of(new));
    let mut out = Vec::new();
    cookies(old, new, &o, &n, &mut out);
    !out.is_empty()
}

/// Sorts every list inside `value`, inner lists first, so that reordering entries compares
/// equal. The order itself means nothing; it only has to be total and the same every time.
fn sort_lists(value: &mut Value) {
    match value {
        Value::Array(items) => {
            items.iter_mut().for_each(sort_lists);
            items.sort_by(order);
        }
        Value::Object(map) => map.values_mut().for_each(sort_lists),
        _ => {}
    }
}

/// A total order on JSON values: by kind, then by content (objects by their sorted entries).
fn order(a: &Value, b: &Value) -> std::cmp::Ordering {
    let rank = |v: &Value| match v {
        Value::Null => 0,
        Value::Bool(_) => 1,
        Value::Number(_) => 2,
        Value::String(_) => 3,
        Value::Array(_) => 4,
        Value::Object(_) => 5,
    };
    match (a, b) {
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        (Value::Number(x), Value::Number(y)) => x.to_string().cmp(&y.to_string()),
        (Value::String(x), Value::String(y)) => x.cmp(y),
        (Value::Array(x), Value::Array(y)) => x
            .iter()
            .zip(y)
            .map(|(x, y)| order(x, y))
            .find(|o| o.is_ne())
            .unwrap_or_else(|| x.len().cmp(&y.len())),
        (Value::Object(x), Value::Object(y)) => x
            .iter()
            .zip(y)
            .map(|((kx, vx), (ky, vy))| kx.cmp(ky).then_with(|| order(vx, vy)))
            .find(|o| o.is_ne())
            .unwrap_or_else(|| x.len().cmp(&y.len())),
        _ => rank(a).cmp(&rank(b)),
    }
}

/// `value` without the fields in `covered`: what the specific comparisons did not look at.
fn rest(value: &Value, covered: &[&str]) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(k, _)| !covered.contains(&k.as_str()))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        ),
        other => other.clone(),
    }
}

fn controller(o: &Value, n: &Value, out: &mut Vec<Change>) {
    const FIELDS: &[(&str, &str)] = &[
        ("name", "label-name"),
        ("enterprise_number", "label-enterprise-number"),
        ("address", "label-address"),
        ("email", "label-email"),
        ("phone", "label-phone"),
        ("website", "label-website"),
    ];
    let (oc, nc) = (&o["controller"], &n["controller"]);
    let fields: Vec<Text> = FIELDS
        .iter()
        .filter(|(key, _)| oc[*key] != nc[*key])
        .map(|(_, label)| Text::Message((*label).to_owned()))
        .collect();
    if !fields.is_empty() {
        out.push(Change::new("change-controller", "controller").arg("fields", Arg::Texts(fields)));
    }
    let covered: Vec<&str> = FIELDS.iter().map(|(k, _)| *k).collect();
    if rest(oc, &covered) != rest(nc, &covered) {
        out.push(Change::new("change-controller-details", "controller"));
    }
    for (key, message, section) in [
        ("joint_controllers", "change-joint", "controller"),
        ("representative", "change-representative", "controller"),
        ("dpo", "change-dpo", "controller"),
        ("privacy_contact", "change-privacy-contact", "controller"),
        ("authority", "change-authority", "complaint"),
    ] {
        if o[key] != n[key] {
            out.push(Change::new(message, section));
        }
    }
}

fn categories(old: &Policy, new: &Policy, o: &Value, n: &Value, out: &mut Vec<Change>) {
    let added: Vec<Text> = new
        .categories()
        .iter()
        .filter(|c| old.data_category(&c.id).is_none())
        .map(|c| c.label.clone())
        .collect();
    let removed: Vec<Text> = old
        .categories()
        .iter()
        .filter(|c| new.data_category(&c.id).is_none())
        .map(|c| c.label.clone())
        .collect();
    let reworded: Vec<Text> = new
        .categories()
        .iter()
        .filter(|c| {
            old.data_category(&c.id)
                .is_some_and(|oc| canonical_of(oc) != canonical_of(*c))
        })
        .map(|c| c.label.clone())
        .collect();
    if !added.is_empty() {
        out.push(Change::new("change-data-added", "data").arg("list", Arg::Texts(added)));
    }
    if !removed.is_empty() {
        out.push(Change::new("change-data-removed", "data").arg("list", Arg::Texts(removed)));
    }
    if !reworded.is_empty() {
        out.push(Change::new("change-data-reworded", "data").arg("list", Arg::Texts(reworded)));
    }
    // From a list to `not_stated` or back: the entries above do not show it.
    let kind = |v: &Value| std::mem::discriminant(v);
    if kind(&o["data_categories"]) != kind(&n["data_categories"]) && out.is_empty() {
        out.push(Change::new("change-data-reworded", "data").arg("list", Arg::Texts(Vec::new())));
    }
    if o["special_categories"] != n["special_categories"] {
        out.push(Change::new("change-special", "data"));
    }
    if o["sources"] != n["sources"] {
        out.push(Change::new("change-sources", "sources"));
    }
}

fn purposes(old: &Policy, new: &Policy, out: &mut Vec<Change>) {
    const COVERED: &[&str] = &[
        "id",
        "title",
        "legal_basis",
        "legitimate_interest",
        "retention",
        "data",
        "recipients",
        "description",
    ];
    for p in &new.purposes {
        let anchor = format!("purpose-{}", p.id);
        let title = Arg::Prose(p.title.clone());
        let Some(o) = old.purpose(&p.id) else {
            out.push(
                Change::new("change-purpose-added", "purposes")
                    .anchor(anchor)
                    .arg("title", title)
                    .arg("basis", basis_arg(&p.legal_basis)),
            );
            continue;
        };
        let change = |message| {
            Change::new(message, "purposes")
                .anchor(anchor.clone())
                .arg("title", title.clone())
        };
        if o.title != p.title {
            out.push(change("change-purpose-renamed").arg("old", Arg::Prose(o.title.clone())));
        }
        if o.legal_basis != p.legal_basis {
            out.push(
                change("change-purpose-basis")
                    .arg("old", basis_arg(&o.legal_basis))
                    .arg("new", basis_arg(&p.legal_basis)),
            );
        }
        if o.legitimate_interest != p.legitimate_interest {
            out.push(change("change-purpose-interest"));
        }
        if o.retention != p.retention {
            out.push(match (o.retention.stated(), p.retention.stated()) {
                // Counted from the same event: "from 7 to 10 years after the end of the
                // financial year".
                (
                    Some(Retention::Period {
                        period: a,
                        after: x,
                    }),
                    Some(Retention::Period {
                        period: b,
                        after: y,
                    }),
                ) if x == y => change("change-purpose-retention-period")
                    .arg("old", Arg::Duration(Some(*a)))
                    .arg("new", Arg::Duration(Some(*b)))
                    .arg("event", Arg::Message(y.message_id())),
                _ => change("change-purpose-retention")
                    .arg("old", retention_arg(&o.retention))
                    .arg("new", retention_arg(&p.retention)),
            });
        }
        let (added, removed) = added_removed(&o.data, &p.data);
        if !added.is_empty() {
            out.push(
                change("change-purpose-data-added").arg("list", Arg::Texts(labels_of(new, &added))),
            );
        }
        if !removed.is_empty() {
            out.push(
                change("change-purpose-data-removed")
                    .arg("list", Arg::Texts(labels_of(old, &removed))),
            );
        }
        let (added, removed) = added_removed(&o.recipients, &p.recipients);
        if !added.is_empty() {
            out.push(
                change("change-purpose-recipients-added")
                    .arg("list", Arg::Texts(recipient_labels(new, &added))),
            );
        }
        if !removed.is_empty() {
            out.push(
                change("change-purpose-recipients-removed")
                    .arg("list", Arg::Texts(recipient_labels(old, &removed))),
            );
        }
        if o.description != p.description {
            out.push(change("change-purpose-reworded"));
        }
        if rest(&canonical_of(o), COVERED) != rest(&canonical_of(p), COVERED) {
            out.push(change("change-purpose-details"));
        }
    }
    for o in &old.purposes {
        if new.purpose(&o.id).is_none() {
            out.push(
                Change::new("change-purpose-removed", "purposes")
                    .arg("title", Arg::Prose(o.title.clone())),
            );
        }
    }
}

/// The entries of `new` not in `old`, and of `old` not in `new`; a list that is not stated
/// counts as empty (the change from "not stated" shows in the details).
fn added_removed(old: &Fact<Vec<String>>, new: &Fact<Vec<String>>) -> (Vec<String>, Vec<String>) {
    let (o, n) = (list(old), list(new));
    let added = n.iter().filter(|d| !o.contains(d)).cloned().collect();
    let removed = o.iter().filter(|d| !n.contains(d)).cloned().collect();
    (added, removed)
}

fn list(fact: &Fact<Vec<String>>) -> Vec<String> {
    fact.stated().cloned().unwrap_or_default()
}

fn labels_of(policy: &Policy, ids: &[String]) -> Vec<Text> {
    ids.iter()
        .filter_map(|id| policy.data_category(id))
        .map(|c| c.label.clone())
        .collect()
}

fn recipient_labels(policy: &Policy, ids: &[String]) -> Vec<Text> {
    ids.iter()
        .filter_map(|id| policy.recipient(id))
        .map(|r| name_text(&r.name))
        .collect()
}

fn name_text(name: &Name) -> Text {
    match name {
        Name::Proper(n) => Text::Name(n.clone()),
        Name::PerLanguage(p) => Text::Prose(p.clone()),
    }
}

fn basis_arg(basis: &Fact<Basis>) -> Arg {
    match basis.stated() {
        Some(Basis::One(b)) => Arg::Message(b.message_id()),
        Some(Basis::Several(bs)) => {
            Arg::Texts(bs.iter().map(|b| Text::Message(b.message_id())).collect())
        }
        None => Arg::NotStated,
    }
}

fn retention_arg(retention: &Fact<Retention>) -> Arg {
    match retention.stated() {
        Some(r) => Arg::Retention(r.clone()),
        None => Arg::NotStated,
    }
}

fn retention_after(o: &Value, n: &Value, out: &mut Vec<Change>) {
    if o["after_retention"] != n["after_retention"] {
        out.push(Change::new("change-after-retention", "retention"));
    }
}

fn role_arg(r: &Recipient) -> Arg {
    match r.role.stated() {
        Some(role) => Arg::Message(role.message_id()),
        None => Arg::NotStated,
    }
}

fn country_arg(r: &Recipient) -> Arg {
    match r.country.stated() {
        Some(c) => Arg::Country(c.clone()),
        None => Arg::NotStated,
    }
}

fn mechanism_arg(r: &Recipient) -> Arg {
    match r.transfer.stated().and_then(|t| t.mechanism.stated()) {
        Some(m) => Arg::Message(m.message_id()),
        None => Arg::NotStated,
    }
}

fn recipients(old: &Policy, new: &Policy, out: &mut Vec<Change>) {
    const COVERED: &[&str] = &["id", "name", "role", "country", "service"];
    for r in &new.recipients {
        let name = Arg::Name(r.name.clone());
        let Some(o) = old.recipient(&r.id) else {
            let mechanism = mechanism_arg(r);
            out.push(
                Change::new("change-recipient-added", "recipients")
                    .arg("name", name)
                    .arg("role", role_arg(r))
                    .arg("country", country_arg(r))
                    .arg("mechanism", mechanism),
            );
            continue;
        };
        if o.role != r.role {
            out.push(
                Change::new("change-recipient-role", "recipients")
                    .arg("name", name.clone())
                    .arg("old", role_arg(o))
                    .arg("new", role_arg(r)),
            );
        }
        if o.country != r.country {
            out.push(
                Change::new("change-recipient-country", "recipients")
                    .arg("name", name.clone())
                    .arg("old", country_arg(o))
                    .arg("new", country_arg(r)),
            );
        }
        let (om, nm) = (mechanism_arg(o), mechanism_arg(r));
        let had_transfer = !matches!(o.transfer, Fact::Absent | Fact::NotStated);
        let has_transfer = !matches!(r.transfer, Fact::Absent | Fact::NotStated);
        if om != nm {
            out.push(match (had_transfer, has_transfer) {
                (false, true) => Change::new("change-recipient-transfer-new", "transfers")
                    .arg("name", name.clone())
                    .arg("mechanism", nm.clone()),
                (true, false) => Change::new("change-recipient-transfer-ended", "recipients")
                    .arg("name", name.clone()),
                _ => Change::new("change-recipient-transfer", "transfers")
                    .arg("name", name.clone())
                    .arg("old", om.clone())
                    .arg("new", nm.clone()),
            });
        }
        if o.name != r.name || o.service != r.service {
            out.push(
                Change::new("change-recipient-reworded", "recipients").arg("name", name.clone()),
            );
        }
        // The rest: the basis of a disclosure, a transfer's decision, module, reference.
        let (mut ov, mut nv) = (
            rest(&canonical_of(o), COVERED),
            rest(&canonical_of(r), COVERED),
        );
        // The mechanism was reported above; what else the transfer says still counts, unless
        // the safeguard itself changed (its decision and dates come with it).
        for v in [&mut ov, &mut nv] {
            if om != nm {
                if let Some(map) = v.as_object_mut() {
                    map.remove("transfer");
                }
            } else if let Some(t) = v.get_mut("transfer").and_then(Value::as_object_mut) {
                t.remove("mechanism");
            }
        }
        if ov != nv {
            out.push(Change::new("change-recipient-details", "recipients").arg("name", name));
        }
    }
    for o in &old.recipients {
        if new.recipient(&o.id).is_none() {
            out.push(
                Change::new("change-recipient-removed", "recipients")
                    .arg("name", Arg::Name(o.name.clone())),
            );
        }
    }
}

/// A cookie's identity across versions: its name and who places it.
fn cookie_key(c: &Cookie) -> String {
    format!("{:?}|{:?}", c.name, c.provider)
}

fn cookie_name(c: &Cookie) -> Arg {
    match c.name.stated() {
        Some(n) => Arg::Name(n.clone()),
        None => Arg::NotStated,
    }
}

fn duration_arg(c: &Cookie) -> Arg {
    match c.duration.stated() {
        Some(d) => Arg::Duration(*d),
        None => Arg::NotStated,
    }
}

fn cookies(old: &Policy, new: &Policy, o: &Value, n: &Value, out: &mut Vec<Change>) {
    const COVERED: &[&str] = &["name", "provider", "category", "duration"];
    let before = out.len();
    for c in new.cookie_list() {
        let key = cookie_key(c);
        let section = c.category.key().replace('_', "-");
        let Some(oc) = old.cookie_list().iter().find(|o| cookie_key(o) == key) else {
            out.push(
                Change::new("change-cookie-added", &section)
                    .arg("name", cookie_name(c))
                    .arg("category", Arg::Message(c.category.message_id()))
                    .cookie(),
            );
            continue;
        };
        if oc.category != c.category {
            out.push(
                Change::new("change-cookie-category", &section)
                    .arg("name", cookie_name(c))
                    .arg("old", Arg::Message(oc.category.message_id()))
                    .arg("new", Arg::Message(c.category.message_id()))
                    .cookie(),
            );
        }
        if oc.duration != c.duration {
            out.push(
                Change::new("change-cookie-duration", &section)
                    .arg("name", cookie_name(c))
                    .arg("old", duration_arg(oc))
                    .arg("new", duration_arg(c))
                    .cookie(),
            );
        }
        if rest(&canonical_of(oc), COVERED) != rest(&canonical_of(c), COVERED) {
            out.push(
                Change::new("change-cookie-details", &section)
                    .arg("name", cookie_name(c))
                    .cookie(),
            );
        }
    }
    for oc in old.cookie_list() {
        let key = cookie_key(oc);
        if !new.cookie_list().iter().any(|c| cookie_key(c) == key) {
            out.push(
                Change::new(
                    "change-cookie-removed",
                    &oc.category.key().replace('_', "-"),
                )
                .arg("name", cookie_name(oc))
                .cookie(),
            );
        }
    }
    if new.cookies.is_absent() && !old.cookies.is_absent() {
        out.push(Change::new("change-cookies-none", "cookies").cookie());
    } else if out.len() == before && o["cookies"] != n["cookies"] {
        // Stated or not stated, with no entry to show it.
        out.push(Change::new("change-cookies-other", "cookies").cookie());
    }
    if o["cookie_consent"] != n["cookie_consent"] {
        out.push(Change::new("change-cookie-consent", "cookies").cookie());
    }
}

fn canonical_of<T: serde::Serialize>(value: &T) -> Value {
    let mut v = serde_json::to_value(value).unwrap_or(Value::Null);
    sort_lists(&mut v);
    v
}
