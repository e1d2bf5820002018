//! The per-language view of a policy: every label translated, every date formatted, every
//! Markdown field turned into HTML, every derived list worked out. Templates only lay it out.
//!
//! Each sentence here comes from a fact the policy states, or is a definition (what a right
//! means, what the law provides). A fact the policy does not state produces no sentence; in a
//! draft it produces a visible marker ("not stated in the policy") where the sentence would be.

use crate::memo::Memo;

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;

use crate::catalogue::{
    self, Authority, ChangeNotice, ConsentMechanism, CookieCategory, Decision, Right,
};
use crate::i18n::{MessageError, Translations};
use crate::policy::{
    Address, Basis, Fact, Name, Party, Period, Policy, PolicyTransfers, Retention,
    SupervisoryAuthority, Text, Transfer, Unit,
};

/// Opens a draft marker in rendered text; replaced by `<mark>` after rendering. A private-use
/// character: it survives HTML escaping and never occurs in what an author writes (author text
/// has it removed).
pub const MARK_OPEN: char = '\u{E000}';
/// Closes a draft marker.
pub const MARK_CLOSE: char = '\u{E001}';

/// Looks words up in one language, for one kind of build.
pub struct Words<'a> {
    /// The translations.
    pub t: &'a Translations,
    /// The page's language.
    pub lang: &'a str,
    /// Whether this is a draft: unstated facts are marked instead of left out.
    pub draft: bool,
}

impl Words<'_> {
    /// A message without variables.
    pub fn msg(&self, id: &str) -> Result<String, MessageError> {
        self.t.message(self.lang, id, None)
    }

    /// A message with variables.
    pub fn msg_with(
        &self,
        id: &str,
        args: &[(&str, FluentValue<'_>)],
    ) -> Result<String, MessageError> {
        let mut fluent_args = FluentArgs::new();
        for (k, v) in args {
            fluent_args.set(*k, v.clone());
        }
        self.t.message(self.lang, id, Some(&fluent_args))
    }

    /// Author's prose in this language, as written (for plain-text contexts).
    pub fn plain(&self, prose: &crate::model::Prose) -> String {
        prose
            .get(self.lang)
            .map(|t| strip_markers(t))
            .unwrap_or_default()
    }

    /// Author's prose in this language, as HTML from Markdown (raw HTML dropped).
    pub fn html(&self, prose: &crate::model::Prose) -> String {
        markdown(&self.plain(prose))
    }

    /// A catalogue message or the author's text.
    pub fn text(&self, text: &Text) -> Result<String, MessageError> {
        match text {
            Text::Message(id) => self.msg(id),
            Text::Prose(p) => Ok(self.plain(p)),
            Text::List(l) => Ok(l
                .get(self.lang)
                .map(|items| strip_markers(&items.join(", ")))
                .unwrap_or_default()),
            Text::Name(n) => Ok(strip_markers(n)),
        }
    }

    /// A recipient's or cookie's name in this language.
    pub fn name(&self, name: &Name) -> String {
        match name {
            Name::Proper(n) => strip_markers(n),
            Name::PerLanguage(p) => self.plain(p),
        }
    }

    /// `3 months`.
    pub fn period(&self, period: Period) -> Result<String, MessageError> {
        let id = match period.unit {
            Unit::Days => "period-days",
            Unit::Months => "period-months",
            Unit::Years => "period-years",
        };
        self.msg_with(id, &[("amount", FluentValue::from(period.amount))])
    }

    /// A retention as a phrase.
    pub fn retention(&self, retention: &Retention) -> Result<String, MessageError> {
        match retention {
            Retention::Period { period, after } => self.msg_with(
                "retention-period",
                &[
                    ("period", FluentValue::from(self.period(*period)?)),
                    ("event", FluentValue::from(self.msg(&after.message_id())?)),
                ],
            ),
            Retention::Criteria(c) => Ok(self.plain(c)),
            Retention::Indefinite => self.msg("retention-indefinite"),
        }
    }

    /// A country's name, as a label (a table cell, an address).
    pub fn country(&self, code: &str) -> Result<String, MessageError> {
        self.msg(&format!("country-{code}"))
    }

    /// A country's name inside a sentence ("the United States").
    pub fn country_in_text(&self, code: &str) -> Result<String, MessageError> {
        self.t
            .message_in(self.lang, &format!("country-{code}"), "in-text")
    }

    /// "a, b and c" in this language.
    pub fn join(&self, items: &[String]) -> Result<String, MessageError> {
        self.join_with(items, "list-and")
    }

    /// "a, b or c" in this language.
    pub fn join_or(&self, items: &[String]) -> Result<String, MessageError> {
        self.join_with(items, "list-or")
    }

    fn join_with(&self, items: &[String], word: &str) -> Result<String, MessageError> {
        Ok(match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => format!("{} {} {last}", init.join(", "), self.msg(word)?),
        })
    }

    /// A date the language's own way.
    pub fn date(&self, date: crate::policy::Date) -> Result<String, MessageError> {
        self.t.date(self.lang, date)
    }

    /// For a fact the policy leaves open: in a draft, the marker saying so; otherwise nothing.
    pub fn missing<T>(&self, fact: &Fact<T>) -> Result<Option<String>, MessageError> {
        match fact {
            Fact::NotStated if self.draft => Ok(Some(self.marker("draft-not-stated")?)),
            Fact::Invalid if self.draft => Ok(Some(self.marker("draft-invalid")?)),
            _ => Ok(None),
        }
    }

    /// The stated value shown through `show`, or the draft marker when it is not stated.
    pub fn shown<T>(
        &self,
        fact: &Fact<T>,
        show: impl FnOnce(&T) -> Result<String, MessageError>,
    ) -> Result<Option<String>, MessageError> {
        match fact {
            Fact::Stated(v) => show(v).map(Some),
            other => self.missing(other),
        }
    }

    /// In a draft, "label: not stated in the policy" for a detail the policy leaves out;
    /// otherwise nothing.
    pub fn labelled_marker(&self, label_id: &str) -> Result<Option<String>, MessageError> {
        self.labelled_missing(label_id, &Fact::<()>::NotStated)
    }

    /// [`Self::missing`] with a label in front: "Safeguard: not stated in the policy".
    pub fn labelled_missing<T>(
        &self,
        label_id: &str,
        fact: &Fact<T>,
    ) -> Result<Option<String>, MessageError> {
        let Some(marker) = self.missing(fact)? else {
            return Ok(None);
        };
        Ok(Some(self.msg_with(
            "label-value",
            &[
                ("label", FluentValue::from(self.msg(label_id)?)),
                ("value", FluentValue::from(marker)),
            ],
        )?))
    }

    fn marker(&self, id: &str) -> Result<String, MessageError> {
        Ok(format!("{MARK_OPEN}{}{MARK_CLOSE}", self.msg(id)?))
    }
}

/// Author text without the private-use characters the draft markers use.
fn strip_markers(text: &str) -> String {
    text.replace([MARK_OPEN, MARK_CLOSE], "\u{FFFD}")
}

/// Markdown to HTML with comrak's safe defaults: raw HTML is omitted and `javascript:` links are
/// emptied, so an author cannot put a script into the published page.
pub fn markdown(text: &str) -> String {
    // Every version of a long history repeats most of its prose, and each is rendered in every
    // language it is written in: the same text is turned into HTML once per process.
    static CONVERTED: Memo<String> = Memo::new(20_000);
    CONVERTED.get_or(text, || convert_markdown(text))
}

fn convert_markdown(text: &str) -> String {
    let mut options = crate::markup::markdown_options();
    // `check` refuses these; a draft renders despite errors, so the page itself must not load
    // a picture from another site either.
    options.extension.image_url_rewriter = Some(std::sync::Arc::new(|url: &str| {
        if crate::markup::is_site_relative(url) {
            url.to_owned()
        } else {
            String::new()
        }
    }));
    demote_headings(&comrak::markdown_to_html(text, &options))
}

/// Prose sits under the page's h1–h3, so an author's `# Heading` becomes an h4 (and deeper
/// levels h5, h6): the page keeps one h1 and an unbroken heading order.
fn demote_headings(html: &str) -> String {
    if !html.contains("<h") {
        return html.to_owned();
    }
    let mut out = html.to_owned();
    for level in (1..=6).rev() {
        let to = (level + 3).min(6);
        out = out
            .replace(&format!("<h{level}>"), &format!("<h{to}>"))
            .replace(&format!("</h{level}>"), &format!("</h{to}>"));
    }
    out
}

/// The whole privacy and cookie policy of one language, every word resolved.
#[derive(Debug, Serialize)]
pub struct PolicyView {
    pub draft: bool,
    pub last_updated: Option<String>,
    pub last_updated_iso: Option<String>,
    pub effective: Option<String>,
    pub change_summary: Option<String>,
    pub introduction: Option<String>,
    pub summary: Vec<SummaryLine>,
    pub controller: ControllerView,
    pub dpo: DpoView,
    pub privacy_contact: Option<ContactView>,
    pub representative: Option<ContactView>,
    pub joint_controllers: Vec<JointView>,
    pub data_categories: Vec<CategoryView>,
    pub data_missing: Option<String>,
    pub special_none: Option<String>,
    pub sources: Vec<SourceView>,
    pub sources_missing: Option<String>,
    pub purposes: Vec<PurposeView>,
    pub retention_rows: Vec<RetentionRow>,
    pub after_retention: Option<String>,
    pub recipients: Vec<RecipientView>,
    pub recipients_none: Option<String>,
    pub data_sale: Option<DataSaleView>,
    pub transfers: Vec<TransferView>,
    pub transfers_policy: Option<PolicyTransferView>,
    pub transfers_none: Option<String>,
    pub transfers_missing: Option<String>,
    pub transfers_copy: Option<String>,
    pub rights: Vec<RightView>,
    pub objection: Option<RightView>,
    pub rights_intro: String,
    pub rights_conditions: Option<String>,
    pub exercise: ExerciseView,
    pub complaint: ComplaintView,
    pub children: Option<String>,
    pub security: Option<String>,
    pub cookies: CookiesView,
    pub changes: Option<String>,
    pub toc: Vec<TocEntry>,
}

/// The policy's statement on selling personal data, with its own qualification (Markdown).
#[derive(Debug, Serialize)]
pub struct DataSaleView {
    pub text: String,
    pub qualifier: Option<String>,
}

/// A line of the first layer, with the section it summarises.
#[derive(Debug, Serialize)]
pub struct SummaryLine {
    pub text: String,
    pub section: &'static str,
}

/// An entry of the table of contents.
#[derive(Debug, Serialize)]
pub struct TocEntry {
    pub id: &'static str,
    pub title: String,
}

/// Contact details, each line ready to show.
#[derive(Debug, Serialize, Default)]
pub struct ContactView {
    pub name: Option<String>,
    pub enterprise_number: Option<String>,
    pub address: Vec<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
}

/// The controller.
#[derive(Debug, Serialize)]
pub struct ControllerView {
    /// Its name, or the draft marker.
    pub name: Option<String>,
    /// "X is responsible for…", when the name is stated.
    pub intro: Option<String>,
    pub contact: ContactView,
    /// The e-mail address, or the draft marker.
    pub email_missing: Option<String>,
    pub enterprise_number_missing: Option<String>,
    pub note: Option<String>,
}

/// The data protection officer section.
#[derive(Debug, Serialize)]
pub struct DpoView {
    /// "We have appointed…", "We have not appointed…", or the draft marker.
    pub text: Option<String>,
    pub contact: Option<ContactView>,
}

#[derive(Debug, Serialize)]
pub struct JointView {
    pub contact: ContactView,
    pub purposes: Vec<String>,
    pub responsibilities: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct CategoryView {
    pub id: String,
    pub label: String,
    pub items: Option<String>,
    pub special: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct SourceView {
    pub label: String,
    pub public: bool,
}

#[derive(Debug, Serialize)]
pub struct PurposeView {
    pub id: String,
    pub title: String,
    pub description: Option<String>,
    pub data: Vec<String>,
    pub data_missing: Option<String>,
    pub basis: Option<String>,
    /// The basis in a few words, for the FAQ: its name, the names joined by "or", or the
    /// draft marker.
    pub basis_short: Option<String>,
    pub basis_explanation: Option<String>,
    pub legitimate_interest: Option<String>,
    pub retention: Option<String>,
    pub recipients: Vec<String>,
    pub recipients_text: Option<String>,
    pub sources: Vec<String>,
    pub provision: Vec<String>,
    pub provision_missing: Option<String>,
    pub automated_none: Option<String>,
    pub automated_logic: Option<String>,
    pub automated_significance: Option<String>,
    pub automated_consequences: Option<String>,
    pub automated_missing: Option<String>,
    pub profiling: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct RetentionRow {
    pub id: String,
    pub title: String,
    pub retention: String,
}

#[derive(Debug, Serialize)]
pub struct RecipientView {
    pub name: String,
    pub role: Option<String>,
    pub service: Option<String>,
    pub country: Option<String>,
    pub basis: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct TransferView {
    pub recipient: String,
    pub country: String,
    pub mechanism: Option<String>,
    pub explanation: Option<String>,
    pub citation: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct PolicyTransferView {
    pub text: String,
    pub safeguard: Option<String>,
    pub citation: Option<String>,
    pub description: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct RightView {
    pub id: String,
    pub title: String,
    pub text: String,
    pub limited_to: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct ExerciseView {
    pub email: Option<String>,
    pub email_text: Option<String>,
    pub url: Option<String>,
    pub post: Option<String>,
    pub route_missing: Option<String>,
    pub response: String,
    pub free: String,
    pub identity: String,
}

#[derive(Debug, Serialize)]
pub struct ComplaintView {
    pub intro: String,
    pub authority: Option<ContactView>,
    pub authority_missing: Option<String>,
    pub languages: Option<String>,
    pub court: String,
}

#[derive(Debug, Serialize)]
pub struct CookiesView {
    /// Whether the policy lists cookies.
    pub listed: bool,
    /// "Our website does not use cookies", when the policy says so.
    pub none: Option<String>,
    /// The draft marker when the policy does not say.
    pub missing: Option<String>,
    pub groups: Vec<CookieGroupView>,
    /// Sentences on how consent is asked, true for the declared mechanism.
    pub consent: Vec<String>,
    pub consent_missing: Option<String>,
    pub settings_url: Option<String>,
    pub need_consent: bool,
    /// Whether every listed cookie is named: only then may a page say it lists each of them.
    pub all_named: bool,
    /// Whether strictly necessary cookies are listed: only then does blocking them matter.
    pub has_necessary: bool,
}

#[derive(Debug, Serialize)]
pub struct CookieGroupView {
    pub id: String,
    pub title: String,
    pub text: String,
    pub cookies: Vec<CookieView>,
}

#[derive(Debug, Serialize)]
pub struct CookieView {
    pub name: Option<String>,
    pub provider: Option<String>,
    pub purpose: Option<String>,
    pub duration: Option<String>,
    pub kind: Option<String>,
}

type Res<T> = Result<T, MessageError>;

impl PolicyView {
    /// The view of `policy` in `w`'s language.
    pub fn build(policy: &Policy, w: &Words) -> Res<PolicyView> {
        let purpose_title = |id: &str| {
            policy
                .purpose(id)
                .map(|p| w.plain(&p.title))
                .unwrap_or_default()
        };
        let (rights, objection) = rights_views(policy, w, &purpose_title)?;
        let purposes = policy
            .purposes
            .iter()
            .map(|p| purpose_view(policy, p, w))
            .collect::<Res<Vec<_>>>()?;
        let retention_rows = purposes
            .iter()
            .filter_map(|p| {
                p.retention.as_ref().map(|r| RetentionRow {
                    id: p.id.clone(),
                    title: p.title.clone(),
                    retention: r.clone(),
                })
            })
            .collect();
        let transfers = transfer_views(policy, w)?;
        let mut view = PolicyView {
            draft: w.draft,
            last_updated: w.shown(&policy.last_updated, |d| w.date(*d))?,
            last_updated_iso: policy
                .last_updated
                .stated()
                .map(|d| crate::policy::iso_date(*d)),
            effective: policy.effective.map(|d| w.date(d)).transpose()?,
            change_summary: policy.change_summary.as_ref().map(|p| w.html(p)),
            introduction: policy.introduction.as_ref().map(|p| w.html(p)),
            summary: Vec::new(),
            controller: controller_view(policy, w)?,
            dpo: dpo_view(policy, w)?,
            privacy_contact: policy
                .privacy_contact
                .as_ref()
                .map(|p| party_view(p, w))
                .transpose()?,
            representative: policy
                .representative
                .stated()
                .map(|p| party_view(p, w))
                .transpose()?,
            joint_controllers: policy
                .joint_controllers
                .stated()
                .into_iter()
                .flatten()
                .map(|j| {
                    Ok(JointView {
                        contact: ContactView {
                            name: Some(strip_markers(&j.name)),
                            enterprise_number: j.enterprise_number.clone(),
                            address: address_lines(j.address.as_ref(), w)?,
                            email: j.email.clone(),
                            phone: None,
                            website: j.website.clone(),
                        },
                        purposes: j.purposes.iter().map(|id| purpose_title(id)).collect(),
                        responsibilities: j.responsibilities.as_ref().map(|r| w.html(r)),
                    })
                })
                .collect::<Res<Vec<_>>>()?,
            data_categories: policy
                .categories()
                .iter()
                .map(|c| {
                    Ok(CategoryView {
                        id: c.id.clone(),
                        label: w.text(&c.label)?,
                        items: c.items.as_ref().map(|i| w.text(i)).transpose()?,
                        special: c
                            .art9_condition
                            .map(|cond| {
                                w.msg_with(
                                    "data-special",
                                    &[("condition", FluentValue::from(w.msg(&cond.message_id())?))],
                                )
                            })
                            .transpose()?,
                    })
                })
                .collect::<Res<Vec<_>>>()?,
            data_missing: w.missing(&policy.data_categories)?,
            special_none: policy
                .special_categories
                .is_absent()
                .then(|| w.msg("special-none"))
                .transpose()?,
            sources: policy
                .source_list()
                .iter()
                .map(|s| {
                    Ok(SourceView {
                        label: w.text(&s.label)?,
                        public: s.public,
                    })
                })
                .collect::<Res<Vec<_>>>()?,
            sources_missing: w.missing(&policy.sources)?,
            purposes,
            retention_rows,
            after_retention: policy
                .after_retention
                .map(|a| w.msg(&format!("after-retention-{}", a.key())))
                .transpose()?,
            recipients: recipient_views(policy, w)?,
            recipients_none: no_recipients(policy)
                .then(|| w.msg("recipients-none"))
                .transpose()?,
            data_sale: data_sale(policy, w)?,
            transfers_policy: policy
                .transfers
                .stated()
                .map(|t| policy_transfer_view(t, !transfers.is_empty(), w))
                .transpose()?,
            transfers,
            transfers_none: (policy.leaves_eea() == Some(false))
                .then(|| w.msg("transfers-none"))
                .transpose()?,
            transfers_missing: if policy.leaves_eea().is_none() {
                w.missing(&policy.transfers)?
            } else {
                None
            },
            transfers_copy: transfers_copy(policy, w)?,
            rights,
            objection,
            rights_intro: w.msg(if policy.rights.listed.is_some() {
                "rights-intro-listed"
            } else {
                "rights-intro"
            })?,
            rights_conditions: policy.rights.conditions.as_ref().map(|c| w.html(c)),
            exercise: exercise_view(policy, w)?,
            complaint: complaint_view(policy, w)?,
            children: policy
                .children_min_age
                .map(|age| w.msg_with("children-text", &[("age", FluentValue::from(age))]))
                .transpose()?,
            security: policy.security.as_ref().map(|p| w.html(p)),
            cookies: cookies_view(policy, w)?,
            changes: changes_text(policy, w)?,
            toc: Vec::new(),
        };
        view.summary = summary(policy, &view, w)?;
        view.toc = view.privacy_sections(w)?;
        Ok(view)
    }

    /// The privacy page's sections, in order; only those with something to say.
    fn privacy_sections(&self, w: &Words) -> Res<Vec<TocEntry>> {
        let has = |b: bool| b;
        let candidates: [(&'static str, &str, bool); 13] = [
            ("controller", "section-controller", true),
            (
                "data",
                "section-data",
                has(!self.data_categories.is_empty()
                    || self.data_missing.is_some()
                    || self.special_none.is_some()),
            ),
            (
                "sources",
                "section-sources",
                !self.sources.is_empty() || self.sources_missing.is_some(),
            ),
            ("purposes", "section-purposes", !self.purposes.is_empty()),
            (
                "retention",
                "section-retention",
                !self.retention_rows.is_empty(),
            ),
            (
                "recipients",
                "section-recipients",
                !self.recipients.is_empty()
                    || self.recipients_none.is_some()
                    || self.data_sale.is_some(),
            ),
            (
                "transfers",
                "section-transfers",
                !self.transfers.is_empty()
                    || self.transfers_policy.is_some()
                    || self.transfers_none.is_some()
                    || self.transfers_missing.is_some(),
            ),
            ("rights", "section-rights", true),
            ("complaint", "section-complaint", true),
            ("children", "section-children", self.children.is_some()),
            ("security", "section-security", self.security.is_some()),
            (
                "cookies",
                "section-cookies",
                self.cookies.listed
                    || self.cookies.none.is_some()
                    || self.cookies.missing.is_some(),
            ),
            ("changes", "section-changes", self.changes.is_some()),
        ];
        candidates
            .into_iter()
            .filter(|(_, _, shown)| *shown)
            .map(|(id, message, _)| {
                Ok(TocEntry {
                    id,
                    title: w.msg(message)?,
                })
            })
            .collect()
    }
}

fn controller_view(policy: &Policy, w: &Words) -> Res<ControllerView> {
    let c = &policy.controller;
    let name = w.shown(&c.name, |n| Ok(strip_markers(n)))?;
    Ok(ControllerView {
        intro: c
            .name
            .stated()
            .map(|n| {
                w.msg_with(
                    "controller-intro",
                    &[("name", FluentValue::from(strip_markers(n)))],
                )
            })
            .transpose()?,
        contact: ContactView {
            name: name.clone(),
            enterprise_number: c.enterprise_number.stated().cloned(),
            address: address_lines(c.address.as_ref(), w)?,
            email: c.email.stated().cloned(),
            phone: c.phone.clone(),
            website: c.website.clone(),
        },
        name,
        email_missing: w.missing(&c.email)?,
        enterprise_number_missing: w.missing(&c.enterprise_number)?,
        note: c.note.as_ref().map(|n| w.html(n)),
    })
}

fn dpo_view(policy: &Policy, w: &Words) -> Res<DpoView> {
    Ok(match &policy.dpo {
        Fact::Stated(p) => DpoView {
            text: Some(w.msg("dpo-text")?),
            contact: Some(party_view(p, w)?),
        },
        Fact::Absent => DpoView {
            text: Some(w.msg("dpo-none")?),
            contact: None,
        },
        other => DpoView {
            text: w.missing(other)?,
            contact: None,
        },
    })
}

fn purpose_view(policy: &Policy, p: &crate::policy::Purpose, w: &Words) -> Res<PurposeView> {
    let data = p
        .data
        .stated()
        .into_iter()
        .flatten()
        .filter_map(|id| policy.data_category(id))
        .map(|c| w.text(&c.label).map(|label| label.in_sentence(w.lang)))
        .collect::<Res<Vec<_>>>()?;
    let sources = p
        .sources
        .iter()
        .filter_map(|id| policy.source(id))
        .map(|s| w.text(&s.label))
        .collect::<Res<Vec<_>>>()?;
    let recipients: Vec<String> = p
        .recipients
        .stated()
        .into_iter()
        .flatten()
        .filter_map(|id| policy.recipient(id))
        .map(|r| w.name(&r.name))
        .collect();
    let recipients_text = match &p.recipients {
        Fact::Stated(list) if !list.is_empty() => Some(recipients.join(", ")),
        Fact::Stated(_) | Fact::Absent => Some(w.msg("purpose-recipients-none")?),
        other => w.missing(other)?,
    };
    let (basis, basis_short, basis_explanation) = match &p.legal_basis {
        Fact::Stated(Basis::One(b)) => {
            let name = w.msg(&b.message_id())?;
            (
                Some(name.clone()),
                Some(name.in_sentence(w.lang)),
                Some(w.msg(&format!("{}-explanation", b.message_id()))?),
            )
        }
        Fact::Stated(Basis::Several(bs)) => {
            let names = bs
                .iter()
                .map(|b| w.msg(&b.message_id()).map(|n| n.in_sentence(w.lang)))
                .collect::<Res<Vec<_>>>()?;
            let short = w.join_or(&names)?;
            (
                Some(w.msg_with(
                    "purpose-bases-several",
                    &[("bases", FluentValue::from(short.clone()))],
                )?),
                Some(short),
                None,
            )
        }
        other => {
            let marker = w.missing(other)?;
            (marker.clone(), marker, None)
        }
    };
    let mut provision = Vec::new();
    if let Some(pr) = p.provision.stated() {
        provision.push(w.msg(&pr.requirement.message_id())?);
        match &pr.law {
            Some(law) => provision.push(w.msg_with(
                "purpose-provision-law",
                &[("law", FluentValue::from(w.plain(law)))],
            )?),
            // A statutory requirement names its law; a draft shows that it does not.
            None if pr.requirement == catalogue::Requirement::Statutory => {
                provision.extend(w.labelled_marker("purpose-provision-law-label")?)
            }
            None => {}
        }
        match pr.obliged {
            Some(true) => provision.push(w.msg("purpose-provision-obliged")?),
            Some(false) => provision.push(w.msg("purpose-provision-not-obliged")?),
            None => provision.extend(w.labelled_marker("purpose-provision-obliged-label")?),
        }
        if let Some(c) = &pr.consequence {
            provision.push(w.msg_with(
                "purpose-provision-consequence",
                &[("consequence", FluentValue::from(w.plain(c)))],
            )?);
        }
    }
    let automated = p.automated_decision.stated();
    Ok(PurposeView {
        id: p.id.clone(),
        title: w.plain(&p.title),
        description: p.description.as_ref().map(|d| w.html(d)),
        data_missing: if data.is_empty() {
            w.missing(&p.data)?
        } else {
            None
        },
        data,
        basis,
        basis_short,
        basis_explanation,
        // Shown only beside the basis it explains (another basis gets a warning instead).
        legitimate_interest: p
            .legitimate_interest
            .as_ref()
            .filter(|_| {
                p.legal_basis
                    .stated()
                    .is_some_and(|b| b.includes(catalogue::LegalBasis::LegitimateInterests))
            })
            .map(|li| w.html(li)),
        retention: w.shown(&p.retention, |r| w.retention(r))?,
        recipients,
        recipients_text,
        sources,
        provision,
        provision_missing: w.missing(&p.provision)?,
        automated_none: p
            .automated_decision
            .is_absent()
            .then(|| w.msg("purpose-automated-none"))
            .transpose()?,
        automated_logic: automated.map(|a| w.html(&a.logic)),
        automated_significance: automated.map(|a| w.html(&a.significance)),
        automated_consequences: automated
            .and_then(|a| a.consequences.as_ref())
            .map(|c| w.html(c)),
        automated_missing: w.missing(&p.automated_decision)?,
        profiling: match &p.profiling {
            Fact::Stated(d) => Some(w.html(d)),
            Fact::Absent => Some(w.msg("purpose-profiling-none")?),
            _ => None,
        },
    })
}

/// Whether the policy states that no one outside the organisation receives data: no recipient
/// entries, and every purpose says `recipients: none`.
fn no_recipients(policy: &Policy) -> bool {
    policy.recipients.is_empty()
        && !policy.purposes.is_empty()
        && policy.purposes.iter().all(|p| {
            matches!(&p.recipients, Fact::Absent)
                || matches!(&p.recipients, Fact::Stated(l) if l.is_empty())
        })
}

fn recipient_views(policy: &Policy, w: &Words) -> Res<Vec<RecipientView>> {
    policy
        .recipients
        .iter()
        .map(|r| {
            Ok(RecipientView {
                name: w.name(&r.name),
                role: w.shown(&r.role, |role| w.msg(&role.message_id()))?,
                service: r.service.as_ref().map(|s| w.plain(s)),
                country: w.shown(&r.country, |c| w.country(c))?,
                basis: r
                    .legal_basis
                    .map(|b| {
                        w.msg_with(
                            "recipient-basis",
                            &[(
                                "basis",
                                FluentValue::from(w.msg(&b.message_id())?.in_sentence(w.lang)),
                            )],
                        )
                    })
                    .transpose()?,
            })
        })
        .collect()
}

fn data_sale(policy: &Policy, w: &Words) -> Res<Option<DataSaleView>> {
    let Some(sale) = &policy.data_sale else {
        return Ok(None);
    };
    // With a qualification, the sentence says it is qualified: "we do not sell" must not read
    // as unconditional when the policy's own words add exceptions.
    let id = match (sale.sold, sale.qualifier.is_some()) {
        (false, false) => "data-sale-no",
        (false, true) => "data-sale-no-qualified",
        (true, false) => "data-sale-yes",
        (true, true) => "data-sale-yes-qualified",
    };
    Ok(Some(DataSaleView {
        text: w.msg(id)?,
        qualifier: sale.qualifier.as_ref().map(|q| w.html(q)),
    }))
}

/// A decision's citation in this language, with the SCC module when given.
fn citation(
    decision: Option<&Decision>,
    module: Option<u8>,
    reference: Option<&crate::model::Prose>,
    w: &Words,
) -> Res<Option<String>> {
    let mut parts = Vec::new();
    if let Some(d) = decision {
        let mut cite = w.msg(&d.message_id())?;
        if let Some(m) = module {
            cite = format!(
                "{cite}, {}",
                w.msg_with("scc-module", &[("module", FluentValue::from(m))])?
            );
        }
        parts.push(cite);
    }
    if let Some(r) = reference {
        parts.push(w.plain(r));
    }
    Ok((!parts.is_empty()).then(|| parts.join("; ")))
}

fn transfer_views(policy: &Policy, w: &Words) -> Res<Vec<TransferView>> {
    let mut out = Vec::new();
    for r in &policy.recipients {
        let Some(country) = r.country.stated() else {
            continue;
        };
        if catalogue::is_eea(country) {
            continue;
        }
        let transfer: Option<&Transfer> = r.transfer.stated();
        let mechanism = transfer.map(|t| &t.mechanism);
        out.push(TransferView {
            recipient: w.name(&r.name),
            country: w.country(country)?,
            mechanism: match mechanism {
                Some(m) => w.shown(m, |m| w.msg(&m.message_id()))?,
                None => w.missing(&r.transfer)?,
            },
            explanation: mechanism
                .and_then(|m| m.stated())
                .map(|m| w.msg(&format!("{}-text", m.message_id())))
                .transpose()?,
            citation: match transfer {
                Some(t) => citation(t.decision, t.module, t.reference.as_ref(), w)?,
                None => None,
            },
        });
    }
    Ok(out)
}

/// The policy-level statement on transfers; `after_table` when the recipients' transfers are
/// listed above it, so the sentence says "also".
fn policy_transfer_view(
    t: &PolicyTransfers,
    after_table: bool,
    w: &Words,
) -> Res<PolicyTransferView> {
    let (named, unnamed) = if after_table {
        ("transfers-policy-also", "transfers-policy-also-unnamed")
    } else {
        ("transfers-policy", "transfers-policy-unnamed")
    };
    let text = match t.countries.stated() {
        Some(codes) if !codes.is_empty() => {
            let names = codes
                .iter()
                .map(|c| w.country_in_text(c))
                .collect::<Res<Vec<_>>>()?;
            w.msg_with(named, &[("countries", FluentValue::from(w.join(&names)?))])?
        }
        _ => w.msg(unnamed)?,
    };
    Ok(PolicyTransferView {
        text,
        safeguard: match &t.mechanism {
            Fact::Stated(m) => Some(w.msg_with(
                "transfers-policy-safeguard",
                &[("safeguard", FluentValue::from(w.msg(&m.message_id())?))],
            )?),
            other => w.labelled_missing("transfers-col-safeguard", other)?,
        },
        citation: citation(t.decision, None, t.reference.as_ref(), w)?,
        description: t.description.as_ref().map(|d| w.html(d)),
    })
}

/// "You can obtain a copy…", only when a transfer says a copy can be had on request.
fn transfers_copy(policy: &Policy, w: &Words) -> Res<Option<String>> {
    let offered = policy
        .recipients
        .iter()
        .filter_map(|r| r.transfer.stated())
        .any(|t| t.copy_on_request == Some(true))
        || policy
            .transfers
            .stated()
            .is_some_and(|t| t.copy_on_request == Some(true));
    if !offered {
        return Ok(None);
    }
    let contact = policy
        .rights
        .contact
        .stated()
        .and_then(|c| c.email.clone())
        .or_else(|| policy.controller.email.stated().cloned());
    Ok(Some(match contact {
        Some(email) => w.msg_with("transfers-copy", &[("contact", FluentValue::from(email))])?,
        None => w.msg("transfers-copy-request")?,
    }))
}

type TitleOf<'a> = dyn Fn(&str) -> String + 'a;

fn rights_views(
    policy: &Policy,
    w: &Words,
    purpose_title: &TitleOf,
) -> Res<(Vec<RightView>, Option<RightView>)> {
    let applicable = policy.applicable_rights();
    // The controller's own list, when given, is what the page states; the rules compare it
    // with what the legal bases give.
    let shown: Vec<(Right, Vec<String>)> = match &policy.rights.listed {
        Some(listed) => listed
            .iter()
            .map(|r| {
                let limited = applicable
                    .iter()
                    .find(|a| a.right == *r)
                    .map(|a| a.limited_to.clone())
                    .unwrap_or_default();
                (*r, limited)
            })
            .collect(),
        None => applicable
            .into_iter()
            .map(|a| (a.right, a.limited_to))
            .collect(),
    };
    let mut rights = Vec::new();
    let mut objection = None;
    for (right, limited_to) in shown {
        if right == Right::Complaint {
            continue;
        }
        let limited_to = if limited_to.is_empty() {
            None
        } else {
            let titles: Vec<String> = limited_to
                .iter()
                .map(|id| purpose_title(id).in_sentence(w.lang))
                .collect();
            Some(w.msg_with(
                "rights-limited",
                &[("purposes", FluentValue::from(w.join(&titles)?))],
            )?)
        };
        let view = RightView {
            id: right.key().replace('_', "-"),
            title: w.msg(&right.message_id())?,
            text: w.msg(&format!("{}-text", right.message_id()))?,
            limited_to,
        };
        // Art. 21(4): the right to object is shown apart from the other information.
        if right == Right::Objection {
            objection = Some(view);
        } else {
            rights.push(view);
        }
    }
    Ok((rights, objection))
}

fn exercise_view(policy: &Policy, w: &Words) -> Res<ExerciseView> {
    let contact = policy.rights.contact.stated();
    let email = contact.and_then(|c| c.email.clone());
    let post = contact.is_some_and(|c| c.post) && policy.controller.address.is_some();
    Ok(ExerciseView {
        email_text: email
            .as_ref()
            .map(|e| w.msg_with("exercise-email", &[("email", FluentValue::from(e.clone()))]))
            .transpose()?,
        email,
        url: contact.and_then(|c| c.url.clone()),
        post: post.then(|| w.msg("exercise-post")).transpose()?,
        route_missing: w.missing(&policy.rights.contact)?,
        response: match policy.rights.response_days {
            Some(days) => w.msg_with("exercise-days", &[("days", FluentValue::from(days))])?,
            None => w.msg("exercise-month")?,
        },
        free: w.msg("exercise-free")?,
        identity: w.msg("exercise-identity")?,
    })
}

fn complaint_view(policy: &Policy, w: &Words) -> Res<ComplaintView> {
    let authority = policy
        .authority
        .stated()
        .map(|a| authority_view(a, w))
        .transpose()?;
    Ok(ComplaintView {
        intro: w.msg("complaint-intro")?,
        authority,
        authority_missing: w.missing(&policy.authority)?,
        languages: matches!(
            policy.authority.stated(),
            Some(SupervisoryAuthority::Known(Authority::BeGba))
        )
        .then(|| w.msg("complaint-languages"))
        .transpose()?,
        court: w.msg("complaint-court")?,
    })
}

fn cookies_view(policy: &Policy, w: &Words) -> Res<CookiesView> {
    let groups = policy
        .cookie_categories()
        .into_iter()
        .map(|category| cookie_group(policy, category, w))
        .collect::<Res<Vec<_>>>()?;
    let listed = !policy.cookie_list().is_empty();
    let need_consent = policy.cookies_need_consent();
    let mut consent = Vec::new();
    let mut settings_url = None;
    if listed && !need_consent {
        consent.push(w.msg("cookies-only-necessary")?);
    }
    if let Some(c) = policy.cookie_consent.stated()
        && need_consent
    {
        match c.mechanism {
            ConsentMechanism::Banner => {
                consent.push(w.msg("cookies-consent-banner")?);
                match c.reject_button {
                    Some(true) => consent.push(w.msg("cookies-consent-reject")?),
                    Some(false) => consent.push(w.msg("cookies-consent-no-reject")?),
                    None => {}
                }
            }
            ConsentMechanism::ContinuedBrowsing => {
                consent.push(w.msg("cookies-consent-continued_browsing")?)
            }
            ConsentMechanism::BrowserSettings => {
                consent.push(w.msg("cookies-consent-browser_settings")?)
            }
        }
        settings_url = c.settings_url.clone();
    }
    Ok(CookiesView {
        listed,
        none: policy
            .cookies
            .is_absent()
            .then(|| w.msg("cookies-none"))
            .transpose()?,
        missing: w.missing(&policy.cookies)?,
        groups,
        consent,
        consent_missing: if need_consent {
            w.missing(&policy.cookie_consent)?
        } else {
            None
        },
        settings_url,
        need_consent,
        all_named: policy
            .cookie_list()
            .iter()
            .all(|c| matches!(c.name, Fact::Stated(_))),
        has_necessary: policy
            .cookie_list()
            .iter()
            .any(|c| c.category == CookieCategory::StrictlyNecessary),
    })
}

fn cookie_group(policy: &Policy, category: CookieCategory, w: &Words) -> Res<CookieGroupView> {
    let controller = policy.controller.display_name().to_owned();
    let cookies = policy
        .cookie_list()
        .iter()
        .filter(|c| c.category == category)
        .map(|c| {
            let provider = w.shown(&c.provider, |p| match p {
                None => w.msg_with(
                    "cookie-first-party",
                    &[("name", FluentValue::from(controller.clone()))],
                ),
                Some(id) => {
                    let name = policy
                        .recipient(id)
                        .map(|r| w.name(&r.name))
                        .unwrap_or_default();
                    w.msg_with("cookie-third-party", &[("name", FluentValue::from(name))])
                }
            })?;
            Ok(CookieView {
                name: w.shown(&c.name, |n| Ok(w.name(n)))?,
                provider,
                purpose: c.purpose.as_ref().map(|p| w.plain(p)),
                duration: w.shown(&c.duration, |d| match d {
                    Some(p) => w.period(*p),
                    None => w.msg("cookie-session"),
                })?,
                kind: w.shown(&c.kind, |k| w.msg(&k.message_id()))?,
            })
        })
        .collect::<Res<Vec<_>>>()?;
    Ok(CookieGroupView {
        id: category.key().replace('_', "-"),
        title: w.msg(&category.message_id())?,
        text: w.msg(&format!("{}-text", category.message_id()))?,
        cookies,
    })
}

fn changes_text(policy: &Policy, w: &Words) -> Res<Option<String>> {
    let Some(changes) = policy.changes.stated() else {
        return w.missing(&policy.changes);
    };
    let channels = changes
        .channels
        .iter()
        .map(|c| w.msg(&c.message_id()))
        .collect::<Res<Vec<_>>>()?;
    let channels = w.join_or(&channels)?;
    Ok(Some(match changes.notice {
        ChangeNotice::PriorNotice if !changes.channels.is_empty() => w.msg_with(
            "changes-prior_notice",
            &[("channels", FluentValue::from(channels))],
        )?,
        ChangeNotice::PriorNotice => w.msg("changes-prior_notice-unspecified")?,
        other => {
            let mut text = w.msg(&format!("changes-{}", other.key()))?;
            // The channels are part of what the policy says, even when it promises no notice
            // in advance.
            if !changes.channels.is_empty() {
                text.push(' ');
                text.push_str(&w.msg_with(
                    "changes-channels",
                    &[("channels", FluentValue::from(channels))],
                )?);
            }
            text
        }
    }))
}

/// The first layer (WP260 rev.01 paras 35–36): a short summary made of stated facts only, each
/// line pointing at its section.
fn summary(policy: &Policy, view: &PolicyView, w: &Words) -> Res<Vec<SummaryLine>> {
    let mut lines = Vec::new();
    let mut push = |text: String, section: &'static str| lines.push(SummaryLine { text, section });
    if let Some(name) = policy.controller.name.stated() {
        let mut text = w.msg_with(
            "summary-controller",
            &[("name", FluentValue::from(strip_markers(name)))],
        )?;
        if let Some(email) = policy.controller.email.stated() {
            text.push(' ');
            text.push_str(&w.msg_with(
                "summary-contact",
                &[("contact", FluentValue::from(email.clone()))],
            )?);
        }
        push(text, "controller");
    }
    if !view.purposes.is_empty() {
        let titles: Vec<String> = view
            .purposes
            .iter()
            .map(|p| p.title.in_sentence(w.lang))
            .collect();
        push(
            w.msg_with(
                "summary-purposes",
                &[("purposes", FluentValue::from(w.join(&titles)?))],
            )?,
            "purposes",
        );
    }
    if view.recipients_none.is_some() {
        push(w.msg("summary-no-recipients")?, "recipients");
    } else if !view.recipients.is_empty() {
        let names: Vec<String> = view.recipients.iter().map(|r| r.name.clone()).collect();
        push(
            w.msg_with(
                "summary-recipients",
                &[("recipients", FluentValue::from(w.join(&names)?))],
            )?,
            "recipients",
        );
    }
    match policy.leaves_eea() {
        Some(true) => {
            let unnamed = policy
                .transfers
                .stated()
                .is_some_and(|t| !matches!(t.countries, Fact::Stated(_)));
            let countries = policy
                .third_countries()
                .into_iter()
                .map(|c| w.country_in_text(c))
                .collect::<Res<Vec<_>>>()?;
            let text = if countries.is_empty() {
                w.msg("summary-transfers-unnamed")?
            } else {
                let mut text = w.msg_with(
                    "summary-transfers",
                    &[("countries", FluentValue::from(w.join(&countries)?))],
                )?;
                if unnamed {
                    text.push(' ');
                    text.push_str(&w.msg("summary-transfers-more")?);
                }
                text
            };
            push(text, "transfers");
        }
        Some(false) => push(w.msg("summary-no-transfers")?, "transfers"),
        None => {}
    }
    let periods: Vec<Period> = policy
        .purposes
        .iter()
        .filter_map(|p| match p.retention.stated() {
            Some(Retention::Period { period, .. }) => Some(*period),
            _ => None,
        })
        .collect();
    let every_stated = policy
        .purposes
        .iter()
        .all(|p| p.retention.stated().is_some());
    if every_stated && !policy.purposes.is_empty() {
        let text = if periods.len() == policy.purposes.len() && periods.len() > 1 {
            let days = |p: &Period| match p.unit {
                Unit::Days => p.amount,
                Unit::Months => p.amount * 30,
                Unit::Years => p.amount * 365,
            };
            let shortest = periods.iter().min_by_key(|p| days(p)).copied();
            let longest = periods.iter().max_by_key(|p| days(p)).copied();
            match (shortest, longest) {
                (Some(s), Some(l)) if s != l => w.msg_with(
                    "summary-retention",
                    &[
                        ("shortest", FluentValue::from(w.period(s)?)),
                        ("longest", FluentValue::from(w.period(l)?)),
                    ],
                )?,
                _ => w.msg("summary-retention-varies")?,
            }
        } else {
            // Criteria or a single period: the summary says only that the policy sets it, and
            // where.
            w.msg("summary-retention-per-purpose")?
        };
        push(text, "retention");
    }
    push(w.msg("summary-rights")?, "rights");
    if let Some(a) = &view.complaint.authority
        && let Some(name) = &a.name
    {
        push(
            w.msg_with(
                "summary-complaint",
                &[("authority", FluentValue::from(name.clone()))],
            )?,
            "complaint",
        );
    }
    Ok(lines)
}

fn address_lines(address: Option<&Address>, w: &Words) -> Res<Vec<String>> {
    match address {
        None => Ok(Vec::new()),
        Some(a) => Ok(vec![
            strip_markers(&a.street),
            strip_markers(&format!("{} {}", a.postal_code, a.city)),
            w.country(&a.country)?,
        ]),
    }
}

fn party_view(p: &Party, w: &Words) -> Res<ContactView> {
    Ok(ContactView {
        name: p.name.as_deref().map(strip_markers),
        enterprise_number: None,
        address: address_lines(p.address.as_ref(), w)?,
        email: p.email.clone(),
        phone: p.phone.clone(),
        website: p.website.clone(),
    })
}

fn authority_view(a: &SupervisoryAuthority, w: &Words) -> Res<ContactView> {
    match a {
        SupervisoryAuthority::Known(known) => {
            let id = known.message_id();
            Ok(ContactView {
                name: Some(w.msg(&id)?),
                enterprise_number: None,
                address: vec![
                    w.msg(&format!("{id}-street"))?,
                    w.msg(&format!("{id}-city"))?,
                ],
                // No e-mail: the only source for one is secondary and unconfirmed
                // (gdpr-notice-kb.md §4.5); the website gives the authority's current contacts.
                email: None,
                phone: Some(w.msg(&format!("{id}-phone"))?),
                website: Some(w.msg(&format!("{id}-website"))?),
            })
        }
        SupervisoryAuthority::Custom { name, details } => {
            let mut view = party_view(details, w)?;
            view.name = Some(w.plain(name));
            Ok(view)
        }
    }
}

/// A label or title as it reads inside a sentence.
pub trait InSentence {
    /// The text with its first letter in lowercase, unless it is a name or the language writes
    /// nouns with a capital.
    fn in_sentence(&self, lang: &str) -> String;
}

impl InSentence for String {
    /// Labels and titles start with a capital as headings; inside a sentence they should not.
    /// A name keeps its capitals: a first word written in capitals ("EU-US", "KBO") or a title
    /// whose second word starts with one ("Lokaal Ambacht loyalty programme"). German writes
    /// every noun with a capital, and its labels start with one ("Kontaktdaten"); only the
    /// informal "du" and "dein" that start a label ("Deine Einwilligung") are written small
    /// inside a sentence, as in every other informal German sentence (the formal "Ihre" keeps
    /// its capital everywhere).
    fn in_sentence(&self, lang: &str) -> String {
        if lang == "de" || lang.starts_with("de-") {
            let first_word = self.split_whitespace().next().unwrap_or("");
            let informal = crate::check::lexicon::informal_words(lang)
                .contains(&first_word.to_lowercase().as_str());
            if informal && first_word.starts_with(char::is_uppercase) {
                let mut chars = self.chars();
                return chars
                    .next()
                    .map(|first| first.to_lowercase().chain(chars).collect())
                    .unwrap_or_default();
            }
            return self.clone();
        }
        let mut words = self.split_whitespace();
        let first_word = words.next().unwrap_or("");
        let second_capital = words
            .next()
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase);
        let acronym = first_word.chars().nth(1).is_some_and(char::is_uppercase);
        if second_capital || acronym {
            return self.clone();
        }
        let mut chars = self.chars();
        match chars.next() {
            Some(first) => first.to_lowercase().chain(chars).collect(),
            None => String::new(),
        }
    }
}

/// HTML-escapes text for the few places that build HTML by hand (FAQ answers).
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    // An author's headings never compete with the page's own h1–h3.
    #[test]
    fn markdown_headings_are_demoted() {
        assert_eq!(
            markdown("# A\n\n## B\n\n#### C"),
            "<h4>A</h4>\n<h5>B</h5>\n<h6>C</h6>\n"
        );
    }

    // Raw HTML written by an author is not passed through.
    #[test]
    fn titles_lose_their_capital_inside_sentences_unless_they_are_names() {
        assert_eq!("Newsletter".to_owned().in_sentence("en"), "newsletter");
        assert_eq!(
            "Security of the web shop".to_owned().in_sentence("en"),
            "security of the web shop"
        );
        assert_eq!(
            "Lokaal Ambacht loyalty programme"
                .to_owned()
                .in_sentence("en"),
            "Lokaal Ambacht loyalty programme"
        );
        assert_eq!(
            "EU-US transfers".to_owned().in_sentence("en"),
            "EU-US transfers"
        );
        // German nouns keep their capital wherever they stand, and the formal "Ihre" too; the
        // informal "Deine" is written small.
        assert_eq!("Kontaktdaten".to_owned().in_sentence("de"), "Kontaktdaten");
        assert_eq!(
            "Ihre Einwilligung".to_owned().in_sentence("de"),
            "Ihre Einwilligung"
        );
        assert_eq!(
            "Deine Einwilligung".to_owned().in_sentence("de"),
            "deine Einwilligung"
        );
        assert_eq!(
            "Dienstleister".to_owned().in_sentence("de"),
            "Dienstleister"
        );
    }

    #[test]
    fn raw_html_is_dropped() {
        assert!(!markdown("<script>x()</script> **b**").contains("<script>"));
    }
}
