//! The versions of a policy as pages: which version each page shows, the archive lists
//! (`privacy/versions/`, `cookies/versions/`), the pages of what changed between two versions
//! (`privacy/changes/<from>_<to>/`), the redline, and the Atom feed.
//!
//! The cookie policy has versions of its own: a version of the policy is a cookie version when
//! its cookie part differs from the version before it. An archived privacy page links to the
//! cookie policy that was in force on its date.

use std::sync::OnceLock;

use fluent_bundle::FluentValue;
use rayon::prelude::*;
use serde::Serialize;

use crate::history::changes::{self, Arg, Change};
use crate::history::fingerprint::PageText;
use crate::history::redline::{self, Segment};
use crate::history::{Archived, History};
use crate::i18n::MessageError;
use crate::policy::{Date, Policy, Text, iso_date};

use super::urls::Urls;
use super::view::{InSentence, Words, escape};

type Res<T> = Result<T, MessageError>;

/// One version as the renderer sees it.
#[derive(Debug, Clone)]
pub struct Version<'a> {
    /// The policy of that version.
    pub policy: &'a Policy,
    /// Its date (`None` only for a draft without one).
    pub date: Option<Date>,
    /// Its content hash.
    pub hash: String,
    /// The languages its pages exist in.
    pub languages: Vec<String>,
    /// Whether it is the current version.
    pub current: bool,
}

impl Version<'_> {
    /// Its id: the date, or `current` for a draft without a date.
    pub fn id(&self) -> String {
        self.date.map_or_else(|| "current".to_owned(), iso_date)
    }

    /// Its folder inside a page's folder: empty for the current version, `2025-03-01/` for an
    /// archived one.
    pub fn prefix(&self) -> String {
        if self.current {
            String::new()
        } else {
            format!("{}/", self.id())
        }
    }
}

/// Every version, oldest first (the current one last), and which of them are cookie versions.
#[derive(Debug)]
pub struct Timeline<'a> {
    /// Oldest first; the last is the current version.
    pub versions: Vec<Version<'a>>,
    /// Indexes into `versions` of the versions whose cookie part changed (the first always).
    pub cookie_versions: Vec<usize>,
    /// What changed from each version to the next, in terms of the model: `changes[i]` from
    /// version `i` to `i + 1`. Computed once, for every language's changes page and feed.
    pub changes: Vec<Vec<Change>>,
    /// The cookie changes between consecutive cookie versions: `cookie_changes[k]` from
    /// `cookie_versions[k]` to the next.
    pub cookie_changes: Vec<Vec<Change>>,
}

impl<'a> Timeline<'a> {
    /// The archive and the current version.
    pub fn new(history: &'a History, current: Version<'a>) -> Timeline<'a> {
        let mut versions: Vec<Version<'a>> = history.archived.iter().map(archived).collect();
        versions.push(current);
        // Each pair compares independently, which with a long history is worth both cores. A
        // version is prepared for comparing once, and only when a pair needs it: `serve`
        // remembers the pairs of archived versions, so most of its rebuilds prepare two.
        let compared: Vec<OnceLock<changes::Compared>> =
            versions.iter().map(|_| OnceLock::new()).collect();
        // A build compares every pair, so prepares every version, all at once: prepared one
        // pair at a time, their short-lived trees interleave with the changes that stay, and
        // the heap of a 1,000-version build ends up larger.
        if !changes::remembering() {
            compared.par_iter().enumerate().for_each(|(i, c)| {
                c.get_or_init(|| changes::Compared::new(versions[i].policy));
            });
        }
        let prepared =
            |i: usize| compared[i].get_or_init(|| changes::Compared::new(versions[i].policy));
        let between = |from: usize, to: usize| {
            let compare = || changes::changes_between(prepared(from), prepared(to));
            let (old, new) = (&versions[from], &versions[to]);
            if old.current || new.current {
                return compare();
            }
            changes::remembered(
                (&old.hash, &old.languages),
                (&new.hash, &new.languages),
                compare,
            )
        };
        let changes: Vec<Vec<Change>> = (1..versions.len())
            .into_par_iter()
            .map(|to| between(to - 1, to))
            .collect();
        let cookie_versions: Vec<usize> = (0..versions.len())
            .filter(|&i| i == 0 || changes[i - 1].iter().any(|c| c.cookies))
            .collect();
        // Between neighbours the cookie changes are among the changes already found; across a
        // gap of versions that left cookies alone they are compared afresh.
        let only_cookies = |found: &[Change]| found.iter().filter(|c| c.cookies).cloned().collect();
        let cookie_changes = cookie_versions
            .par_windows(2)
            .map(|pair| match *pair {
                [from, to] if to == from + 1 => only_cookies(&changes[from]),
                [from, to] => only_cookies(&between(from, to)),
                _ => Vec::new(),
            })
            .collect();
        Timeline {
            versions,
            cookie_versions,
            changes,
            cookie_changes,
        }
    }

    /// The index of the current version.
    pub fn current(&self) -> usize {
        self.versions.len() - 1
    }

    /// Whether there is more than the current version.
    pub fn has_history(&self) -> bool {
        self.versions.len() > 1
    }

    /// The cookie version in force at version `i`.
    pub fn cookie_version_at(&self, i: usize) -> usize {
        self.cookie_versions
            .iter()
            .copied()
            .take_while(|&c| c <= i)
            .last()
            .unwrap_or(0)
    }

    /// Whether version `i`'s cookie page is the current cookie page (its cookie part is the
    /// current one).
    pub fn is_current_cookie_version(&self, i: usize) -> bool {
        self.cookie_version_at(self.current()) == i
    }

    /// The folder, inside `cookies/`, of the cookie page of the cookie version `c`.
    pub fn cookie_prefix(&self, c: usize) -> String {
        if self.is_current_cookie_version(c) {
            String::new()
        } else {
            self.versions[c].prefix()
        }
    }

    /// The folder, inside `privacy/` or `cookies/`, of the changes page from `from` to `to`.
    pub fn changes_prefix(&self, from: usize, to: usize) -> String {
        format!(
            "changes/{}_{}/",
            self.versions[from].id(),
            self.versions[to].id()
        )
    }
}

fn archived(a: &Archived) -> Version<'_> {
    Version {
        policy: &a.policy,
        date: Some(a.date),
        hash: a.hash.clone(),
        languages: a.languages.clone(),
        current: false,
    }
}

/// One entry of a versions page.
#[derive(Debug, Serialize)]
pub struct VersionEntry {
    pub id: String,
    pub date: String,
    pub href: String,
    pub current: bool,
    pub summary: Option<String>,
    pub changes_href: Option<String>,
}

/// A changes page: the changelog in words and the redline by section.
#[derive(Debug, Serialize)]
pub struct ChangesView {
    pub from_date: String,
    pub to_date: String,
    pub from_href: String,
    pub to_href: String,
    pub versions_href: String,
    pub summary: Option<String>,
    pub items: Vec<ChangeItem>,
    pub sections: Vec<SectionDiff>,
}

/// One change, in words, with a link to where it is in the newer version.
#[derive(Debug, Serialize)]
pub struct ChangeItem {
    pub text: String,
    pub href: Option<String>,
    /// The section's title, for screen readers after the link's "See".
    pub section: String,
}

/// One section's text in both versions.
#[derive(Debug, Serialize)]
pub struct SectionDiff {
    pub id: String,
    pub title: String,
    pub changed: bool,
    pub html: String,
}

/// A change in the words of `w`'s language.
pub fn change_text(change: &Change, w: &Words) -> Res<String> {
    if change.message == "change-recipient-added" {
        return recipient_added(change, w);
    }
    let mut args = Vec::new();
    for (name, arg) in &change.args {
        args.push((*name, FluentValue::from(arg_text(name, arg, w)?)));
    }
    Ok(one_full_stop(w.msg_with(change.message, &args)?))
}

/// A sentence whose last word ends with a full stop of its own ("Mailer Inc.") ends with one.
fn one_full_stop(mut text: String) -> String {
    if text.ends_with("..") && !text.ends_with("...") {
        text.pop();
    }
    text
}

/// "Mailer, as a processor, in the United States, under the EU-US Data Privacy Framework":
/// only what the policy states.
fn recipient_added(change: &Change, w: &Words) -> Res<String> {
    let mut parts = Vec::new();
    for (name, arg) in &change.args {
        let part = match (*name, arg) {
            ("name", Arg::Name(n)) => Some(w.name(n)),
            ("role" | "mechanism", Arg::Message(id)) => {
                Some(w.t.message_in(w.lang, id, "in-sentence")?)
            }
            ("country", Arg::Country(code)) => {
                Some(w.t.message_in(w.lang, &format!("country-{code}"), "in")?)
            }
            _ => None,
        };
        parts.extend(part);
    }
    Ok(one_full_stop(w.msg_with(
        "change-recipient-added",
        &[("details", FluentValue::from(parts.join(", ")))],
    )?))
}

fn arg_text(name: &str, arg: &Arg, w: &Words) -> Res<String> {
    Ok(match arg {
        Arg::Prose(p) => w.plain(p),
        Arg::Name(n) => w.name(n),
        // "under the EU-US Data Privacy Framework": the safeguard as it reads in a sentence.
        Arg::Message(id) if name == "mechanism" => w.t.message_in(w.lang, id, "in-sentence")?,
        Arg::Message(id) if name == "event" => w.msg(id)?,
        Arg::Message(id) => w.msg(id)?.in_sentence(w.lang),
        Arg::Texts(texts) => {
            let items = texts
                .iter()
                .map(|t| {
                    Ok(match t {
                        Text::Message(_) => w.text(t)?.in_sentence(w.lang),
                        _ => w.text(t)?,
                    })
                })
                .collect::<Res<Vec<_>>>()?;
            // Several legal bases are alternatives the policy names; other lists add up.
            if texts
                .iter()
                .all(|t| matches!(t, Text::Message(id) if id.starts_with("basis-")))
            {
                w.join_or(&items)?
            } else {
                w.join(&items)?
            }
        }
        Arg::Retention(r) => w.retention(r)?,
        Arg::Duration(Some(p)) => w.period(*p)?,
        Arg::Duration(None) => w.msg("cookie-session")?.in_sentence(w.lang),
        Arg::Country(code) => w.country_in_text(code)?,
        Arg::NotStated if name == "name" => w.msg("change-cookie-unnamed")?,
        Arg::NotStated => w.msg("change-not-stated")?,
    })
}

/// The redline of one section as HTML: `<del>` and `<ins>`, each announced by words a screen
/// reader reads (hidden on screen, where strike-through and underline show it), line breaks
/// kept.
pub fn redline_html(old: &str, new: &str, w: &Words) -> Res<(bool, String)> {
    let segments = redline::redline(old.trim_end(), new.trim_end());
    let changed = redline::changed(&segments);
    let (removed, added, end) = (
        w.msg("redline-removed")?,
        w.msg("redline-added")?,
        w.msg("redline-end")?,
    );
    let text = |t: &str| escape(t).replace('\n', "<br>\n");
    let mut html = String::from("<p>");
    for segment in &segments {
        match segment {
            Segment::Same(t) => html.push_str(&text(t)),
            Segment::Removed(t) => html.push_str(&format!(
                "<del><span class=\"visually-hidden\">[{removed} </span>{}<span class=\"visually-hidden\"> {end}]</span></del>",
                text(t)
            )),
            Segment::Added(t) => html.push_str(&format!(
                "<ins><span class=\"visually-hidden\">[{added} </span>{}<span class=\"visually-hidden\"> {end}]</span></ins>",
                text(t)
            )),
        }
    }
    html.push_str("</p>");
    Ok((changed, html))
}

/// Absolute or relative, the link an Atom entry carries.
pub struct FeedEntry {
    pub id: String,
    pub title: String,
    pub updated: String,
    pub href: String,
    pub summary: String,
}

/// An Atom feed (RFC 4287) of the versions in one language, newest first.
pub fn atom(
    lang: &str,
    title: &str,
    id: &str,
    self_href: &str,
    alternate_href: &str,
    entries: &[FeedEntry],
) -> String {
    let updated = entries
        .first()
        .map_or("1970-01-01T00:00:00Z", |e| e.updated.as_str());
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n<title>{}</title>\n<id>{}</id>\n<updated>{}</updated>\n<link rel=\"self\" href=\"{}\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n<author><name>{}</name></author>\n",
        xml(lang),
        xml(title),
        xml(id),
        updated,
        xml(self_href),
        xml(alternate_href),
        xml(title),
    );
    for e in entries {
        out.push_str(&format!(
            "<entry>\n<title>{}</title>\n<id>{}</id>\n<updated>{}</updated>\n<link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n<summary>{}</summary>\n</entry>\n",
            xml(&e.title),
            xml(&e.id),
            e.updated,
            xml(&e.href),
            xml(&e.summary)
        ));
    }
    out.push_str("</feed>\n");
    out
}

/// Text escaped for XML content and attributes.
fn xml(text: &str) -> String {
    // XML 1.0 has no place for control characters; `check` refuses them in the YAML, and a
    // draft must still give a feed that parses.
    text.replace(
        |c: char| c.is_control() && !matches!(c, '\t' | '\n' | '\r'),
        "",
    )
    .replace('&', "&amp;")
    .replace('<', "&lt;")
    .replace('>', "&gt;")
    .replace('"', "&quot;")
}

/// A feed or entry id that never changes and no other site shares: a name-based UUID made from
/// the site's identity (its address, or its controller's name) and what it names.
pub fn stable_id(site: &str, what: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(format!("{site}\n{what}").as_bytes());
    let mut b = [0u8; 16];
    b.copy_from_slice(&digest[..16]);
    // RFC 9562 version 8 (custom) and the RFC variant bits.
    b[6] = (b[6] & 0x0f) | 0x80;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = crate::history::hex(&b);
    format!(
        "urn:uuid:{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..]
    )
}

/// The folder of a page kind of one language: `nl/privacy/versions/`.
pub fn dir(lang: &str, page: &str, prefix: &str) -> String {
    Urls::page_dir(lang, page, prefix)
}

impl super::Renderer {
    /// `privacy/versions/` and, when the cookie policy has more than one version,
    /// `cookies/versions/`, in `lang`.
    pub(super) fn render_versions_pages(
        &self,
        job: &super::Job,
        lang: &str,
        site: &mut crate::site::Site,
    ) -> Result<(), super::RenderError> {
        let timeline = job.timeline;
        let words = self.words(job, lang);
        for (kind, indexes) in [
            ("privacy", (0..timeline.versions.len()).collect::<Vec<_>>()),
            ("cookies", timeline.cookie_versions.clone()),
        ] {
            if indexes.len() < 2 {
                continue;
            }
            let dir = Urls::page_dir(lang, kind, "versions/");
            let mut list = Vec::new();
            for (n, &i) in indexes.iter().enumerate().rev() {
                let v = &timeline.versions[i];
                if !v.languages.iter().any(|l| l == lang) {
                    continue;
                }
                let prefix = if kind == "cookies" {
                    timeline.cookie_prefix(i)
                } else {
                    v.prefix()
                };
                let previous = n.checked_sub(1).map(|p| indexes[p]);
                list.push(VersionEntry {
                    id: v.id(),
                    date: self.version_date(v, &words)?,
                    href: Urls::href(&dir, &Urls::page_dir(lang, kind, &prefix)),
                    current: prefix.is_empty(),
                    summary: (kind == "privacy")
                        .then(|| v.policy.change_summary.as_ref().map(|s| words.html(s)))
                        .flatten(),
                    changes_href: previous.map(|p| {
                        Urls::href(
                            &dir,
                            &Urls::page_dir(lang, kind, &timeline.changes_prefix(p, i)),
                        )
                    }),
                });
            }
            let (title, intro) = if kind == "cookies" {
                ("versions-title-cookies", "versions-intro-cookies")
            } else {
                ("versions-title", "versions-intro")
            };
            #[derive(Serialize)]
            struct VersionsView {
                intro: String,
                list: Vec<VersionEntry>,
            }
            let view = VersionsView {
                intro: words.msg(intro)?,
                list,
            };
            let current = timeline.current();
            let mut version = self.version_context(job, lang, "versions", current, &dir, &words)?;
            version.versions_href = None;
            version.changes_href = None;
            let spec = super::PageSpec {
                page: if kind == "cookies" {
                    "cookies"
                } else {
                    "privacy"
                },
                title: words.msg(title)?,
                dir: dir.clone(),
                version,
                links: self.current_links(job, lang, &dir),
                languages: job.settings.languages.clone(),
                in_nav: false,
            };
            let policy = timeline.versions[current].policy;
            let html = self.render_page(job, lang, "versions.html", &spec, policy, |ctx| {
                ctx.insert("versions", &view);
            })?;
            site.insert(Urls::file(&dir), html.into_bytes());
        }
        Ok(())
    }

    /// Links from a page that belongs to no version to the current privacy and cookie pages.
    fn current_links(&self, _job: &super::Job, lang: &str, dir: &str) -> super::PageLinks {
        super::PageLinks {
            privacy: Urls::href(dir, &Urls::page_dir(lang, "privacy", "")),
            cookies: Urls::href(dir, &Urls::page_dir(lang, "cookies", "")),
        }
    }

    fn version_date(&self, v: &Version, words: &Words) -> Res<String> {
        match v.date {
            Some(d) => words.date(d),
            None => Ok(words.missing(&v.policy.last_updated)?.unwrap_or_default()),
        }
    }

    /// The changes pages of `lang`: for each version and the one before it
    /// (`privacy/changes/<from>_<to>/`), and for each cookie version and the one before it
    /// (`cookies/changes/<from>_<to>/`). `texts` are each version's page texts.
    /// Every changes page, in every language: one per pair of consecutive versions, and one per
    /// pair of consecutive cookie versions. Rendered in parallel, merged in a fixed order.
    pub(super) fn render_changes_pages(
        &self,
        job: &super::Job,
        texts: &[std::collections::BTreeMap<String, PageText>],
    ) -> Result<crate::site::Site, super::RenderError> {
        let timeline = job.timeline;
        let privacy = (1..timeline.versions.len())
            .map(|to| ("privacy", to - 1, to, &timeline.changes[to - 1]));
        let cookies = timeline
            .cookie_versions
            .windows(2)
            .zip(&timeline.cookie_changes)
            .map(|(pair, changes)| ("cookies", pair[0], pair[1], changes));
        let pairs: Vec<_> = privacy.chain(cookies).collect();
        let pages: Vec<_> = job
            .settings
            .languages
            .par_iter()
            .flat_map(|lang| pairs.par_iter().map(move |pair| (lang, pair)))
            .map(|(lang, &(kind, from, to, changes))| {
                let words = self.words(job, lang);
                let mut page = crate::site::Site::default();
                self.render_changes_page(job, kind, from, to, changes, texts, &words, &mut page)
                    .map(|()| page)
            })
            .collect();
        let mut site = crate::site::Site::default();
        for page in pages {
            site.extend(page?);
        }
        Ok(site)
    }

    #[allow(clippy::too_many_arguments)]
    fn render_changes_page(
        &self,
        job: &super::Job,
        kind: &'static str,
        from: usize,
        to: usize,
        found: &[Change],
        texts: &[std::collections::BTreeMap<String, PageText>],
        words: &Words,
        site: &mut crate::site::Site,
    ) -> Result<(), super::RenderError> {
        let timeline = job.timeline;
        let lang = words.lang;
        let (old, new) = (&timeline.versions[from], &timeline.versions[to]);
        let key = format!("{lang}/{kind}");
        let (Some(old_text), Some(new_text)) = (texts[from].get(&key), texts[to].get(&key)) else {
            // A language the older version was not published in has no comparison.
            return Ok(());
        };
        let dir = Urls::page_dir(lang, kind, &timeline.changes_prefix(from, to));
        let page_of = |i: usize| {
            let prefix = if kind == "cookies" {
                timeline.cookie_prefix(i)
            } else {
                timeline.versions[i].prefix()
            };
            Urls::href(&dir, &Urls::page_dir(lang, kind, &prefix))
        };
        let titles: std::collections::BTreeMap<&str, String> = new_text
            .sections()
            .chain(old_text.sections())
            .map(|(id, text)| (id, text.lines().next().unwrap_or_default().to_owned()))
            .collect();
        let mut items = Vec::new();
        for change in found {
            items.push(self.change_item(job, change, to, &dir, &titles, texts, words)?);
        }
        let mut sections = Vec::new();
        let old_sections: std::collections::BTreeMap<&str, &str> = old_text.sections().collect();
        let mut seen = std::collections::BTreeSet::new();
        for (id, text) in new_text.sections() {
            seen.insert(id);
            let before = old_sections.get(id).copied().unwrap_or_default();
            sections.push(self.section_diff(id, &titles, before, text, words)?);
        }
        for (id, text) in old_text.sections() {
            if !seen.contains(id) {
                sections.push(self.section_diff(id, &titles, text, "", words)?);
            }
        }
        let view = ChangesView {
            from_date: self.version_date(old, words)?,
            to_date: self.version_date(new, words)?,
            from_href: page_of(from),
            to_href: page_of(to),
            versions_href: Urls::href(&dir, &Urls::page_dir(lang, kind, "versions/")),
            summary: (kind == "privacy")
                .then(|| new.policy.change_summary.as_ref().map(|s| words.html(s)))
                .flatten(),
            items,
            sections,
        };
        let current = timeline.current();
        let mut version = self.version_context(job, lang, "changes", current, &dir, words)?;
        version.versions_href = None;
        version.changes_href = None;
        let languages: Vec<String> = old
            .languages
            .iter()
            .filter(|l| new.languages.contains(l))
            .cloned()
            .collect();
        let spec = super::PageSpec {
            page: kind,
            title: words.msg(if kind == "cookies" {
                "changes-title-cookies"
            } else {
                "changes-title"
            })?,
            dir: dir.clone(),
            version,
            links: self.current_links(job, lang, &dir),
            languages,
            in_nav: false,
        };
        let policy = timeline.versions[current].policy;
        let html = self.render_page(job, lang, "changes.html", &spec, policy, |ctx| {
            ctx.insert("changes", &view);
        })?;
        site.insert(Urls::file(&dir), html.into_bytes());
        Ok(())
    }

    /// A change in words, with the link to where it is in the newer version.
    #[allow(clippy::too_many_arguments)]
    fn change_item(
        &self,
        job: &super::Job,
        change: &Change,
        to: usize,
        dir: &str,
        titles: &std::collections::BTreeMap<&str, String>,
        texts: &[std::collections::BTreeMap<String, PageText>],
        words: &Words,
    ) -> Res<ChangeItem> {
        let timeline = job.timeline;
        let lang = words.lang;
        let anchor = change.anchor.as_deref().unwrap_or(&change.section);
        let (href, section) = if change.cookies {
            let c = timeline.cookie_version_at(to);
            let page = Urls::href(
                dir,
                &Urls::page_dir(lang, "cookies", &timeline.cookie_prefix(c)),
            );
            // A category the newer cookie page no longer has (its last cookie removed) is
            // linked as the page itself.
            let has_section = texts[c]
                .get(&format!("{lang}/cookies"))
                .is_some_and(|t| t.section(anchor).is_some());
            let href = if has_section {
                format!("{page}#{anchor}")
            } else {
                page
            };
            (Some(href), words.msg("page-cookies")?)
        } else if change.section == "faq" {
            let href = (to == timeline.current())
                .then(|| Urls::href(dir, &Urls::page_dir(lang, "faq", "")));
            (href, words.msg("page-faq")?)
        } else {
            let page = Urls::page_dir(lang, "privacy", &timeline.versions[to].prefix());
            (
                titles
                    .contains_key(change.section.as_str())
                    .then(|| format!("{}#{anchor}", Urls::href(dir, &page))),
                titles
                    .get(change.section.as_str())
                    .cloned()
                    .unwrap_or_default(),
            )
        };
        Ok(ChangeItem {
            text: change_text(change, words)?,
            href,
            section,
        })
    }

    fn section_diff(
        &self,
        id: &str,
        titles: &std::collections::BTreeMap<&str, String>,
        old: &str,
        new: &str,
        words: &Words,
    ) -> Res<SectionDiff> {
        let title = if id == super::text::INTRO {
            words.msg("redline-intro")?
        } else {
            titles.get(id).cloned().unwrap_or_else(|| id.to_owned())
        };
        // The section's heading is the page's `<h3>` above its text; it is compared only when
        // it changed.
        let (old, new) = match (old.split_once('\n'), new.split_once('\n')) {
            (Some((a, old_rest)), Some((b, new_rest))) if a == b => (old_rest, new_rest),
            _ => (old, new),
        };
        let (changed, html) = redline_html(old, new, words)?;
        Ok(SectionDiff {
            id: id.to_owned(),
            title,
            changed,
            html,
        })
    }

    /// `<lang>/feed.xml`: one entry per version, newest first, each linking to what changed.
    pub(super) fn render_feed(
        &self,
        job: &super::Job,
        lang: &str,
        site: &mut crate::site::Site,
    ) -> Result<(), super::RenderError> {
        let timeline = job.timeline;
        let words = self.words(job, lang);
        let feed_dir = format!("{lang}/");
        // Relative links are resolved against the feed's own address; absolute ones are
        // used when the site has a base_url.
        let link = |target: &str| {
            job.urls
                .absolute(target)
                .unwrap_or_else(|| target.strip_prefix(&feed_dir).unwrap_or(target).to_owned())
        };
        let identity = job.settings.base_url.clone().unwrap_or_else(|| {
            timeline.versions[timeline.current()]
                .policy
                .controller
                .display_name()
                .to_owned()
        });
        let mut entries = Vec::new();
        for i in (0..timeline.versions.len()).rev() {
            let v = &timeline.versions[i];
            if !v.languages.iter().any(|l| l == lang) {
                continue;
            }
            let target = if i == 0 {
                Urls::page_dir(lang, "privacy", &v.prefix())
            } else {
                Urls::page_dir(lang, "privacy", &timeline.changes_prefix(i - 1, i))
            };
            let summary = match &v.policy.change_summary {
                Some(s) => words.plain(s),
                None if i == 0 => words.msg("feed-entry-first")?,
                None => timeline.changes[i - 1]
                    .iter()
                    .map(|c| change_text(c, &words))
                    .collect::<Res<Vec<_>>>()?
                    .join(" "),
            };
            let date = self.version_date(v, &words)?;
            entries.push(FeedEntry {
                id: stable_id(&identity, &format!("{lang}/privacy/{}", v.id())),
                title: words.msg_with("feed-entry-title", &[("date", FluentValue::from(date))])?,
                updated: format!("{}T00:00:00Z", v.id()),
                href: link(&target),
                summary,
            });
        }
        let title = words.msg("feed-title")?;
        let xml = atom(
            lang,
            &title,
            &stable_id(&identity, &format!("{lang}/feed")),
            &link(&format!("{lang}/feed.xml")),
            &link(&Urls::page_dir(lang, "privacy", "")),
            &entries,
        );
        site.insert(format!("{lang}/feed.xml"), xml.into_bytes());
        Ok(())
    }
}
