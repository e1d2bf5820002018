//! The per-language view of a policy: every label translated, every date formatted, every
//! Markdown field turned into HTML, every derived list worked out. Templates only lay it out.

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;

use crate::catalogue::{CookieCategory, Right};
use crate::i18n::{MessageError, Translations};
use crate::policy::{Address, Party, Period, Policy, Retention, SupervisoryAuthority, Text, Unit};

/// Looks words up in one language.
pub struct Words<'a> {
    pub t: &'a Translations,
    pub lang: &'a str,
}

impl Words<'_> {
    pub fn msg(&self, id: &str) -> Result<String, MessageError> {
        self.t.message(self.lang, id, None)
    }

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
        prose.get(self.lang).cloned().unwrap_or_default()
    }

    /// Author's prose in this language, as HTML from Markdown (raw HTML dropped).
    pub fn html(&self, prose: &crate::model::Prose) -> String {
        markdown(&self.plain(prose))
    }

    pub fn text(&self, text: &Text) -> Result<String, MessageError> {
        match text {
            Text::Message(id) => self.msg(id),
            Text::Prose(p) => Ok(self.plain(p)),
            Text::List(l) => Ok(l
                .get(self.lang)
                .map(|items| items.join(", "))
                .unwrap_or_default()),
        }
    }

    pub fn period(&self, period: Period) -> Result<String, MessageError> {
        let id = match period.unit {
            Unit::Days => "period-days",
            Unit::Months => "period-months",
            Unit::Years => "period-years",
        };
        self.msg_with(id, &[("amount", FluentValue::from(period.amount))])
    }

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
        }
    }

    pub fn country(&self, code: &str) -> Result<String, MessageError> {
        self.msg(&format!("country-{code}"))
    }

    /// "a, b and c" in this language.
    pub fn join(&self, items: &[String]) -> Result<String, MessageError> {
        Ok(match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => format!("{} {} {last}", init.join(", "), self.msg("list-and")?),
        })
    }

    pub fn date(&self, date: crate::policy::Date) -> Result<String, MessageError> {
        self.t.date(self.lang, date)
    }
}

/// Markdown to HTML with comrak's safe defaults: raw HTML is omitted and `javascript:` links are
/// emptied, so an author cannot put a script into the published page.
pub fn markdown(text: &str) -> String {
    let mut options = comrak::Options::default();
    options.extension.autolink = true;
    options.extension.table = true;
    options.extension.strikethrough = true;
    demote_headings(&comrak::markdown_to_html(text, &options))
}

/// Prose sits under the page's h1–h3, so an author's `# Heading` becomes an h4 (and deeper
/// levels h5, h6): the page keeps one h1 and an unbroken heading order.
fn demote_headings(html: &str) -> String {
    let mut out = html.to_owned();
    for level in (1..=6).rev() {
        let to = (level + 3).min(6);
        out = out
            .replace(&format!("<h{level}>"), &format!("<h{to}>"))
            .replace(&format!("</h{level}>"), &format!("</h{to}>"));
    }
    out
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
    fn raw_html_is_dropped() {
        assert!(!markdown("<script>x()</script> **b**").contains("<script>"));
    }
}

#[derive(Debug, Serialize)]
pub struct PolicyView {
    pub last_updated: String,
    pub last_updated_iso: String,
    pub effective: Option<String>,
    pub change_summary: Option<String>,
    pub introduction: Option<String>,
    pub controller: ContactView,
    pub joint_controllers: Vec<JointView>,
    pub representative: Option<ContactView>,
    pub dpo: Option<ContactView>,
    pub authority: ContactView,
    pub data_categories: Vec<CategoryView>,
    pub sources: Vec<SourceView>,
    pub purposes: Vec<PurposeView>,
    pub recipients: Vec<RecipientView>,
    pub transfers: Vec<TransferView>,
    pub rights: Vec<RightView>,
    pub objection: Option<RightView>,
    pub exercise: ExerciseView,
    pub children_min_age: Option<u32>,
    pub security: Option<String>,
    pub cookie_groups: Vec<CookieGroupView>,
    pub cookies_need_consent: bool,
    pub has_cookies: bool,
    pub toc: Vec<TocEntry>,
}

#[derive(Debug, Serialize)]
pub struct TocEntry {
    pub id: &'static str,
    pub title: String,
}

#[derive(Debug, Serialize)]
pub struct ContactView {
    pub name: String,
    pub legal_form: Option<String>,
    pub enterprise_number: Option<String>,
    pub address: Vec<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct JointView {
    pub contact: ContactView,
    pub purposes: Vec<String>,
    pub responsibilities: String,
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
    pub basis: Option<String>,
    pub basis_explanation: Option<String>,
    pub legitimate_interest: Option<String>,
    pub retention: String,
    pub recipients: Vec<String>,
    pub sources: Vec<String>,
    pub provision: Option<String>,
    pub provision_consequence: Option<String>,
    pub automated_logic: Option<String>,
    pub automated_significance: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct RecipientView {
    pub name: String,
    pub role: String,
    pub service: String,
    pub country: String,
}

#[derive(Debug, Serialize)]
pub struct TransferView {
    pub recipient: String,
    pub country: String,
    pub mechanism: String,
    pub explanation: String,
    pub reference: Option<String>,
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
    pub email: String,
    pub url: Option<String>,
    pub post: bool,
    pub response: String,
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
    pub name: String,
    pub provider: String,
    pub purpose: String,
    pub duration: String,
    pub kind: String,
}

impl PolicyView {
    pub fn build(policy: &Policy, w: &Words) -> Result<PolicyView, MessageError> {
        let purpose_title = |id: &str| {
            policy
                .purposes
                .iter()
                .find(|p| p.id == id)
                .map(|p| w.plain(&p.title))
                .unwrap_or_default()
        };
        let recipients = policy
            .recipients
            .iter()
            .map(|r| {
                Ok(RecipientView {
                    name: r.name.clone(),
                    role: w.msg(&r.role.message_id())?,
                    service: w.plain(&r.service),
                    country: w.country(&r.country)?,
                })
            })
            .collect::<Result<Vec<_>, MessageError>>()?;
        let transfers = policy
            .recipients
            .iter()
            .filter_map(|r| r.transfer.as_ref().map(|t| (r, t)))
            .filter(|(r, _)| !crate::catalogue::is_eea(&r.country))
            .map(|(r, t)| {
                Ok(TransferView {
                    recipient: r.name.clone(),
                    country: w.country(&r.country)?,
                    mechanism: w.msg(&t.mechanism.message_id())?,
                    explanation: w.msg(&format!("{}-text", t.mechanism.message_id()))?,
                    reference: t.reference.clone(),
                })
            })
            .collect::<Result<Vec<_>, MessageError>>()?;

        let mut rights = Vec::new();
        let mut objection = None;
        for applied in policy.applicable_rights() {
            let limited_to = if applied.limited_to.is_empty() {
                None
            } else {
                let titles: Vec<String> = applied
                    .limited_to
                    .iter()
                    .map(|id| purpose_title(id))
                    .collect();
                Some(w.msg_with(
                    "rights-limited",
                    &[("purposes", FluentValue::from(w.join(&titles)?))],
                )?)
            };
            let view = RightView {
                id: applied.right.key().replace('_', "-"),
                title: w.msg(&applied.right.message_id())?,
                text: w.msg(&format!("{}-text", applied.right.message_id()))?,
                limited_to,
            };
            // Art. 21(4): the right to object is shown apart from the other information.
            if applied.right == Right::Objection {
                objection = Some(view);
            } else {
                rights.push(view);
            }
        }

        let cookie_groups = policy
            .cookie_categories()
            .into_iter()
            .map(|category| cookie_group(policy, category, w))
            .collect::<Result<Vec<_>, MessageError>>()?;

        let mut view = PolicyView {
            last_updated: w.date(policy.last_updated)?,
            last_updated_iso: crate::policy::iso_date(policy.last_updated),
            effective: policy.effective.map(|d| w.date(d)).transpose()?,
            change_summary: policy.change_summary.as_ref().map(|p| w.html(p)),
            introduction: policy.introduction.as_ref().map(|p| w.html(p)),
            controller: ContactView {
                name: policy.controller.name.clone(),
                legal_form: policy.controller.legal_form.clone(),
                enterprise_number: policy.controller.enterprise_number.clone(),
                address: address_lines(policy.controller.address.as_ref(), w)?,
                email: Some(policy.controller.email.clone()),
                phone: policy.controller.phone.clone(),
                website: policy.controller.website.clone(),
            },
            joint_controllers: policy
                .joint_controllers
                .iter()
                .map(|j| {
                    Ok(JointView {
                        contact: ContactView {
                            name: j.name.clone(),
                            legal_form: None,
                            enterprise_number: j.enterprise_number.clone(),
                            address: address_lines(j.address.as_ref(), w)?,
                            email: j.email.clone(),
                            phone: None,
                            website: j.website.clone(),
                        },
                        purposes: j.purposes.iter().map(|id| purpose_title(id)).collect(),
                        responsibilities: w.html(&j.responsibilities),
                    })
                })
                .collect::<Result<Vec<_>, MessageError>>()?,
            representative: policy
                .representative
                .as_ref()
                .map(|p| party_view(p, w))
                .transpose()?,
            dpo: policy.dpo.as_ref().map(|p| party_view(p, w)).transpose()?,
            authority: authority_view(&policy.authority, w)?,
            data_categories: policy
                .data_categories
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
                .collect::<Result<Vec<_>, MessageError>>()?,
            sources: policy
                .sources
                .iter()
                .map(|s| {
                    Ok(SourceView {
                        label: w.text(&s.label)?,
                        public: s.public,
                    })
                })
                .collect::<Result<Vec<_>, MessageError>>()?,
            purposes: policy
                .purposes
                .iter()
                .map(|p| purpose_view(policy, p, w))
                .collect::<Result<Vec<_>, MessageError>>()?,
            recipients,
            transfers,
            rights,
            objection,
            exercise: ExerciseView {
                email: policy.rights.email.clone(),
                url: policy.rights.url.clone(),
                post: policy.rights.post && policy.controller.address.is_some(),
                response: match policy.rights.response_days {
                    Some(days) => {
                        w.msg_with("exercise-days", &[("days", FluentValue::from(days))])?
                    }
                    None => w.msg("exercise-month")?,
                },
            },
            children_min_age: policy.children_min_age,
            security: policy.security.as_ref().map(|p| w.html(p)),
            cookies_need_consent: policy.cookies_need_consent(),
            has_cookies: !policy.cookies.is_empty(),
            cookie_groups,
            toc: Vec::new(),
        };
        view.toc = view.privacy_sections(w)?;
        Ok(view)
    }

    /// The privacy page's sections, in order; only those with something to say.
    fn privacy_sections(&self, w: &Words) -> Result<Vec<TocEntry>, MessageError> {
        let candidates: [(&'static str, &str, bool); 13] = [
            ("controller", "section-controller", true),
            ("data", "section-data", !self.data_categories.is_empty()),
            ("sources", "section-sources", !self.sources.is_empty()),
            ("purposes", "section-purposes", true),
            ("retention", "section-retention", true),
            ("recipients", "section-recipients", true),
            ("transfers", "section-transfers", true),
            ("rights", "section-rights", true),
            ("complaint", "section-complaint", true),
            (
                "children",
                "section-children",
                self.children_min_age.is_some(),
            ),
            ("security", "section-security", self.security.is_some()),
            ("cookies", "section-cookies", true),
            ("changes", "section-changes", true),
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

fn purpose_view(
    policy: &Policy,
    p: &crate::policy::Purpose,
    w: &Words,
) -> Result<PurposeView, MessageError> {
    let data = p
        .data
        .iter()
        .filter_map(|id| policy.data_category(id))
        .map(|c| w.text(&c.label).map(|label| label.to_lowercase_first()))
        .collect::<Result<Vec<_>, _>>()?;
    let sources = p
        .sources
        .iter()
        .filter_map(|id| policy.source(id))
        .map(|s| w.text(&s.label))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(PurposeView {
        id: p.id.clone(),
        title: w.plain(&p.title),
        description: p.description.as_ref().map(|d| w.html(d)),
        data,
        basis: p.legal_basis.map(|b| w.msg(&b.message_id())).transpose()?,
        basis_explanation: p
            .legal_basis
            .map(|b| w.msg(&format!("{}-explanation", b.message_id())))
            .transpose()?,
        // Shown only beside the basis it explains (another basis gets a warning instead).
        legitimate_interest: p
            .legitimate_interest
            .as_ref()
            .filter(|_| p.legal_basis == Some(crate::catalogue::LegalBasis::LegitimateInterests))
            .map(|li| w.html(li)),
        retention: w.retention(&p.retention)?,
        recipients: p
            .recipients
            .iter()
            .filter_map(|id| policy.recipient(id))
            .map(|r| r.name.clone())
            .collect(),
        sources,
        provision: p
            .provision
            .as_ref()
            .map(|pr| w.msg(&pr.requirement.message_id()))
            .transpose()?,
        provision_consequence: p
            .provision
            .as_ref()
            .and_then(|pr| pr.consequence.as_ref())
            .map(|c| {
                w.msg_with(
                    "purpose-provision-consequence",
                    &[("consequence", FluentValue::from(w.plain(c)))],
                )
            })
            .transpose()?,
        automated_logic: p.automated_decision.as_ref().map(|a| w.html(&a.logic)),
        automated_significance: p
            .automated_decision
            .as_ref()
            .map(|a| w.html(&a.significance)),
    })
}

fn cookie_group(
    policy: &Policy,
    category: CookieCategory,
    w: &Words,
) -> Result<CookieGroupView, MessageError> {
    let cookies = policy
        .cookies
        .iter()
        .filter(|c| c.category == category)
        .map(|c| {
            let provider = match &c.provider {
                None => w.msg_with(
                    "cookie-first-party",
                    &[("name", FluentValue::from(policy.controller.name.clone()))],
                )?,
                Some(id) => {
                    let name = policy
                        .recipient(id)
                        .map(|r| r.name.clone())
                        .unwrap_or_default();
                    w.msg_with("cookie-third-party", &[("name", FluentValue::from(name))])?
                }
            };
            Ok(CookieView {
                name: c.name.clone(),
                provider,
                purpose: w.plain(&c.purpose),
                duration: match c.duration {
                    Some(p) => w.period(p)?,
                    None => w.msg("cookie-session")?,
                },
                kind: w.msg(&c.kind.message_id())?,
            })
        })
        .collect::<Result<Vec<_>, MessageError>>()?;
    Ok(CookieGroupView {
        id: category.key().replace('_', "-"),
        title: w.msg(&category.message_id())?,
        text: w.msg(&format!("{}-text", category.message_id()))?,
        cookies,
    })
}

fn address_lines(address: Option<&Address>, w: &Words) -> Result<Vec<String>, MessageError> {
    match address {
        None => Ok(Vec::new()),
        Some(a) => Ok(vec![
            a.street.clone(),
            format!("{} {}", a.postal_code, a.city),
            w.country(&a.country)?,
        ]),
    }
}

fn party_view(p: &Party, w: &Words) -> Result<ContactView, MessageError> {
    Ok(ContactView {
        name: p.name.clone().unwrap_or_default(),
        legal_form: None,
        enterprise_number: None,
        address: address_lines(p.address.as_ref(), w)?,
        email: p.email.clone(),
        phone: p.phone.clone(),
        website: p.website.clone(),
    })
}

fn authority_view(a: &SupervisoryAuthority, w: &Words) -> Result<ContactView, MessageError> {
    match a {
        SupervisoryAuthority::Known(known) => {
            let id = known.message_id();
            Ok(ContactView {
                name: w.msg(&id)?,
                legal_form: None,
                enterprise_number: None,
                address: vec![
                    w.msg(&format!("{id}-street"))?,
                    w.msg(&format!("{id}-city"))?,
                ],
                email: None,
                phone: Some(w.msg(&format!("{id}-phone"))?),
                website: Some(w.msg(&format!("{id}-website"))?),
            })
        }
        SupervisoryAuthority::Custom { name, details } => {
            let mut view = party_view(details, w)?;
            view.name = w.plain(name);
            Ok(view)
        }
    }
}

/// Lowercasing a label's first letter for use inside a sentence.
pub trait LowercaseFirst {
    fn to_lowercase_first(&self) -> String;
}

impl LowercaseFirst for String {
    /// Labels start with a capital as headings; inside a sentence they should not, unless the
    /// word is a name ("EU-US"), which keeps its capitals when the second letter is one too.
    fn to_lowercase_first(&self) -> String {
        let mut chars = self.chars();
        match (chars.next(), self.chars().nth(1)) {
            (Some(first), Some(second)) if !second.is_uppercase() => {
                first.to_lowercase().chain(chars).collect()
            }
            _ => self.clone(),
        }
    }
}

pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
