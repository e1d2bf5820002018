//! privasite turns a GDPR processing description written in YAML into a multilingual static
//! site: privacy policy, cookie policy and FAQ, in every language the site publishes.
//!
//! The pipeline is [`build`]: load → check → translations → render. Each stage takes the value
//! the previous one returned and never reaches back. Only [`output::publish`] touches the output
//! folder and only `serve` answers requests, so `build`, `check`, `serve` and the tests share
//! one function and differ only in what they do with the result.

#![warn(missing_docs)]

pub mod archive;
pub mod assets;
#[allow(missing_docs)]
pub mod catalogue;
pub mod check;
pub mod cli;
pub mod diagnostic;
pub mod diff;
pub mod frozen;
pub mod history;
pub mod i18n;
pub mod init;
pub mod load;
pub mod markup;
pub mod memo;
#[allow(missing_docs)]
pub mod model;
#[allow(missing_docs)]
pub mod output;
#[allow(missing_docs)]
pub mod policy;
pub mod project;
#[allow(missing_docs)]
pub mod render;
pub mod schema;
pub mod serve;
#[allow(missing_docs)]
pub mod site;
pub mod structure;

use std::path::Path;
use std::sync::Arc;

use check::RuleConfig;
use diagnostic::{Diagnostic, SourceMap};
use history::History;
use load::SourceFile;
use model::{RawPolicy, RawSite};
use policy::{Policy, Settings};
use project::{InputError, Project};
use render::Renderer;
use site::Site;

/// Problems in the site's files, with the file texts so they can be quoted.
#[derive(Debug, Clone, Default)]
pub struct Findings {
    /// Every error, warning and note, sorted by file and line.
    pub diagnostics: Vec<Diagnostic>,
    /// The text of each file the diagnostics point into.
    pub sources: SourceMap,
}

impl Findings {
    /// How many findings are errors.
    pub fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    fn extend(&mut self, diagnostics: Vec<Diagnostic>, sources: &SourceMap) {
        self.diagnostics.extend(diagnostics);
        self.sources.extend(sources);
    }

    fn sorted(mut self) -> Findings {
        diagnostic::sort(&mut self.diagnostics);
        self
    }
}

/// Why a build produced no site.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The site's files have errors (content, translations or theme): the author must fix
    /// something. Warnings found on the way are kept beside them.
    #[error("the site has {} error(s)", .0.error_count())]
    Invalid(Findings),
    /// A file could not be read for a reason outside the site's files (permissions, I/O).
    #[error("an input file could not be read")]
    Unreadable(Findings),
    /// The output could not be written.
    #[error(transparent)]
    Write(#[from] output::WriteError),
}

/// Page texts by version id, then `lang/page`.
pub type ArchivedTexts = std::collections::BTreeMap<
    String,
    std::collections::BTreeMap<String, history::fingerprint::PageText>,
>;

/// How to build.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Rule levels from the command line, on top of `site.yaml`'s.
    pub rules: RuleConfig,
    /// Render even when the content has errors, marking every place the policy leaves open
    /// or states wrongly, with a "draft" banner and `noindex` on every page. For review only.
    pub draft: bool,
    /// The git revision the policy is compared with for a forgotten date (`PS-V06`);
    /// `HEAD` when not given.
    pub since: Option<String>,
    /// Do not compare archived pages with their fingerprints (`PS-V05`): for rebuilding a
    /// site as it was at an earlier commit, where only its pages' text is wanted.
    pub skip_fingerprints: bool,
    /// The address the site is published at, instead of `base_url` in `site.yaml`
    /// (`--base-url`, for a preview or a second host): a [`Settings::web_address`].
    pub base_url: Option<String>,
}

impl BuildOptions {
    /// Whether this build is a draft: asked for on the command line (`--draft`) or by the
    /// site (`draft: true`).
    pub fn is_draft(&self, settings: &Settings) -> bool {
        self.draft || settings.draft
    }
}

/// A successful build: the pages in memory, and the warnings found on the way.
#[derive(Debug)]
pub struct Built {
    /// The checked site settings.
    pub settings: Settings,
    /// The checked policy the pages were made from.
    pub policy: Policy,
    /// The archived versions.
    pub history: History,
    /// The current version's page texts, by `lang/page` (what `new-version` fingerprints).
    pub texts: std::collections::BTreeMap<String, history::fingerprint::PageText>,
    /// Each archived version's page texts, by version id.
    pub archived_texts: ArchivedTexts,
    /// Every output file.
    pub site: Site,
    /// The translations the pages were rendered with.
    pub translations: Arc<i18n::Translations>,
    /// Warnings and notes; in a draft, errors too.
    pub findings: Findings,
}

/// Loads, checks and renders the site under `root`. Writes nothing.
pub fn build(root: &Path, options: &BuildOptions) -> Result<Built, Error> {
    build_project(&Project::folder(root), options)
}

/// [`build`] for a [`Project`]: a folder, or content at a git revision.
pub fn build_project(project: &Project, options: &BuildOptions) -> Result<Built, Error> {
    let checked = check_project(project, options)?;
    let CheckedSite {
        settings,
        settings_file,
        policy,
        hash,
        history,
        mut findings,
    } = checked;
    let translations =
        match i18n::Translations::load(project, &settings.languages, settings.register) {
            Ok(t) => Arc::new(t),
            Err(e) => {
                findings.extend(e.diagnostics, &e.sources);
                return Err(Error::Invalid(findings.sorted()));
            }
        };
    let theme_at = settings_file.locate("theme");
    let renderer = Renderer::new(project, &settings.theme, theme_at, translations.clone())
        .map_err(|e| invalid(&mut findings, e))?;
    let draft = options.is_draft(&settings);
    let mode = render::Mode { draft };
    let input = render::SiteInput {
        settings: &settings,
        policy: &policy,
        hash,
        history: &history,
    };
    let rendered = renderer
        .render_site(&input, mode)
        .map_err(|e| invalid(&mut findings, e))?;
    // A draft marks what the policy leaves open, so its pages differ from the published ones
    // by design: fingerprints are compared on published builds only.
    if !draft && !options.skip_fingerprints {
        let drift = frozen::compare(project, &history, &rendered.archived_texts, &settings);
        findings.extend(drift, &SourceMap::default());
        if findings.error_count() > 0 {
            return Err(Error::Invalid(findings.sorted()));
        }
    }
    Ok(Built {
        settings,
        policy,
        history,
        texts: rendered.current_texts,
        archived_texts: rendered.archived_texts,
        site: rendered.site,
        translations,
        findings: findings.sorted(),
    })
}

fn invalid(findings: &mut Findings, e: render::RenderError) -> Error {
    let mut all = std::mem::take(findings);
    all.extend(e.diagnostics, &e.sources);
    Error::Invalid(all.sorted())
}

/// The settings, the policy and its history, checked, with every finding; not yet rendered.
struct CheckedSite {
    settings: Settings,
    settings_file: SourceFile,
    policy: Policy,
    /// The content hash of `content/policy.yaml`.
    hash: String,
    history: History,
    findings: Findings,
}

/// Loads and checks `site.yaml` and `policy.yaml`, reporting every problem of both at once.
fn check_project(project: &Project, options: &BuildOptions) -> Result<CheckedSite, Error> {
    // The prose checks' patterns compile while the files are read and parsed.
    std::thread::spawn(check::lexicon::warm_up);
    let mut findings = Findings::default();
    let site_file = read_source(project, Path::new("content/site.yaml"), &mut findings)?;
    let policy_file = read_source(project, Path::new("content/policy.yaml"), &mut findings)?;
    let raw_site = site_file
        .as_ref()
        .and_then(|f| parse::<RawSite>(f, &mut findings));
    let raw_policy = policy_file
        .as_ref()
        .and_then(|f| parse::<RawPolicy>(f, &mut findings));
    let (Some(site_file), Some(raw_site), Some(policy_file), Some(raw_policy)) =
        (site_file, raw_site, policy_file, raw_policy)
    else {
        return Err(Error::Invalid(findings.sorted()));
    };

    let known = i18n::known_languages(project);
    let (settings, diagnostics) = check::settings(&raw_site, &site_file, &known);
    findings.extend(diagnostics, &SourceMap::default());
    let (site_rules, diagnostics) = check::site_rule_settings(&raw_site, &site_file);
    findings.extend(diagnostics, &SourceMap::default());
    let Some(mut settings) = settings else {
        return Err(Error::Invalid(findings.sorted()));
    };
    if let Some(url) = &options.base_url {
        settings.base_url = Some(Settings::web_address(url).unwrap_or_else(|| url.clone()));
    }
    let config = options.rules.clone().with_site(site_rules);
    let (policy, diagnostics) = check::policy(
        &raw_policy,
        &policy_file,
        &settings.languages,
        settings.register,
        model::SCHEMA_VERSION,
        &config,
    );
    findings.extend(diagnostics, &SourceMap::default());
    let loaded = history::load(project, &settings.languages, &policy, &policy_file, &config)
        .map_err(|e| {
            findings.diagnostics.push(input_diagnostic(&e));
            Error::Unreadable(std::mem::take(&mut findings).sorted())
        })?;
    findings.extend(loaded.diagnostics, &loaded.sources);
    // A policy read from a revision is what it is compared with: only the working tree can
    // have a forgotten date.
    if project.revision().is_none() {
        let forgotten = history::git::forgotten_date(
            project.root(),
            options.since.as_deref(),
            &policy,
            &policy_file,
            &config,
        );
        findings.extend(forgotten, &SourceMap::default());
    }
    // A draft is rendered whatever the policy's errors: marking them is its point.
    if findings.error_count() > 0 && !options.is_draft(&settings) {
        return Err(Error::Invalid(findings.sorted()));
    }
    Ok(CheckedSite {
        settings,
        settings_file: site_file,
        hash: history::content_hash(policy_file.text().as_bytes()),
        policy,
        history: loaded.history,
        findings,
    })
}

/// Reads one required YAML file. A file that is missing or not usable is a finding; a file the
/// system refuses to give is [`Error::Unreadable`].
fn read_source(
    project: &Project,
    relative: &Path,
    findings: &mut Findings,
) -> Result<Option<SourceFile>, Error> {
    match project.read_text(relative) {
        Ok(Some(text)) => {
            findings
                .sources
                .insert(relative.to_path_buf(), text.clone());
            Ok(Some(SourceFile::new(relative, text)))
        }
        Ok(None) => {
            findings.diagnostics.push(
                Diagnostic::error(
                    load::ids::UNREADABLE,
                    format!(
                        "cannot read {}: the file does not exist",
                        relative.display()
                    ),
                )
                .hint(format!(
                    "privasite expects this file under {}; `privasite init` creates a new site",
                    project.root().display()
                )),
            );
            Ok(None)
        }
        Err(e) => {
            let environmental = matches!(e, InputError::Io { .. } | InputError::Git { .. });
            let d = input_diagnostic(&e);
            if environmental {
                findings.diagnostics.push(d);
                Err(Error::Unreadable(std::mem::take(findings).sorted()))
            } else {
                findings.diagnostics.push(d);
                Ok(None)
            }
        }
    }
}

/// An input error as a finding, located where the error has a place (invalid UTF-8).
fn input_diagnostic(e: &InputError) -> Diagnostic {
    let d = Diagnostic::error(load::ids::UNREADABLE, e.to_string());
    match e {
        InputError::NotUtf8 { path, line, byte } => d
            .at(Some(diagnostic::Location {
                file: path.clone(),
                line: *line,
                column: *byte,
                yaml_path: String::new(),
            }))
            .hint("save the file as UTF-8 (most editors offer it under \"Save with encoding\")"),
        InputError::TooLarge { .. } => {
            d.hint("check that this is the right file; a policy is a few hundred kilobytes at most")
        }
        InputError::OutsideRoot { .. } => d.hint(
            "keep the site's files inside its folder; copy the file instead of linking to it",
        ),
        InputError::NotAFile { .. } => d.hint("replace it with a regular file"),
        _ => d,
    }
}

fn parse<T: serde::de::DeserializeOwned + schemars::JsonSchema>(
    file: &SourceFile,
    findings: &mut Findings,
) -> Option<T> {
    match structure::parse::<T>(file) {
        Ok(value) => Some(value),
        Err(all) => {
            findings.diagnostics.extend(all);
            None
        }
    }
}

#[cfg(test)]
mod tests {
    // The ids the later stages use for their findings are declared as rules.
    #[test]
    fn stage_rule_ids_are_declared() {
        for id in [
            crate::i18n::TRANSLATION_FILE,
            crate::i18n::MISSING_MESSAGE,
            crate::render::TEMPLATE,
            crate::render::THEME_MISSING,
            crate::render::json::UNWRITABLE,
        ] {
            assert!(
                crate::check::rules::find(id).is_some(),
                "{id} is not declared"
            );
        }
    }
}
