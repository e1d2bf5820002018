//! privasite turns a GDPR processing description written in YAML into a multilingual static
//! site: privacy policy, cookie policy and FAQ, in every language the site publishes.
//!
//! The pipeline is [`build`]: load → check → translations → render. Each stage takes the value
//! the previous one returned. Only [`site::write`] touches the output directory, so `build`,
//! `check` and tests share the same function and differ only in what they do with the result.

#![warn(missing_docs)]

#[allow(missing_docs)]
pub mod catalogue;
#[allow(missing_docs)]
pub mod check;
pub mod cli;
#[allow(missing_docs)]
pub mod diagnostic;
#[allow(missing_docs)]
pub mod i18n;
#[allow(missing_docs)]
pub mod load;
#[allow(missing_docs)]
pub mod model;
#[allow(missing_docs)]
pub mod policy;
#[allow(missing_docs)]
pub mod render;
#[allow(missing_docs)]
pub mod site;

use std::path::Path;
use std::sync::Arc;

use diagnostic::{Diagnostic, SourceMap};
use policy::{Policy, Settings};
use site::Site;

/// Problems in the author's files, with the file texts so they can be quoted.
#[derive(Debug, Clone, Default)]
pub struct Findings {
    /// Every error and warning, in the order found.
    pub diagnostics: Vec<Diagnostic>,
    /// The text of each file the diagnostics point into.
    pub sources: SourceMap,
}

impl Findings {
    /// How many findings are errors.
    pub fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
}

/// Why a build failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The content has errors; nothing was rendered.
    #[error("the content has {} error(s)", .0.error_count())]
    Invalid(Findings),
    /// A template or message could not be rendered.
    #[error(transparent)]
    Render(#[from] render::RenderError),
    /// The output could not be written.
    #[error(transparent)]
    Write(#[from] site::WriteError),
}

/// A successful build: the pages in memory, and the warnings found on the way.
#[derive(Debug)]
pub struct Built {
    /// The checked site settings.
    pub settings: Settings,
    /// The checked policy the pages were made from.
    pub policy: Policy,
    /// Every output file.
    pub site: Site,
    /// Warnings (never errors: those stop the build).
    pub findings: Findings,
}

/// Loads, checks and renders the site under `root`. Writes nothing.
pub fn build(root: &Path) -> Result<Built, Error> {
    let raw = load::load_content(root).map_err(|(diagnostics, sources)| {
        Error::Invalid(Findings {
            diagnostics,
            sources,
        })
    })?;
    let extra_languages = i18n::site_languages(root);
    let checked = check::check(&raw, &extra_languages);
    let findings = Findings {
        diagnostics: checked.diagnostics,
        sources: raw.sources.clone(),
    };
    let Some((settings, policy)) = checked.content else {
        return Err(Error::Invalid(findings));
    };
    let translations =
        i18n::Translations::load(root, &settings.languages).map_err(|mut diagnostics| {
            diagnostics.extend(findings.diagnostics.iter().cloned());
            Error::Invalid(Findings {
                diagnostics,
                sources: findings.sources.clone(),
            })
        })?;
    let site = render::render(root, &settings, &policy, Arc::new(translations))?;
    Ok(Built {
        settings,
        policy,
        site,
        findings,
    })
}
