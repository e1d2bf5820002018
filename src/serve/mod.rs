//! `privasite serve`: the live preview for review. It builds in memory with the same
//! [`crate::build`] as the `build` command, serves the result over HTTP from memory, watches
//! the site's files and, after each save, rebuilds and tells every open page to reload.
//!
//! A save that breaks the build keeps the last good pages and lays the errors over them; the
//! next good save recovers. `/_review/` compares the working copy with the published version.
//! Nothing is written to disk.

pub mod events;
pub mod overlay;
pub mod paths;
pub mod review;
pub mod watch;

use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use tiny_http::{Header, Method, Request, Response, Server};

use crate::i18n::Translations;
use crate::project::Project;
use crate::site::Site;
use crate::{BuildOptions, Built, Error, Findings};
use overlay::{Additions, Shown};

/// How to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The site's folder.
    pub root: PathBuf,
    /// The address to listen on; `127.0.0.1` unless the user asks otherwise.
    pub bind: String,
    /// The first port to try; the next ones are tried when it is taken.
    pub port: u16,
    /// The editor link of a finding, with `{path}`, `{line}` and `{column}`.
    pub editor: String,
    /// Whether to open the preview in the default browser.
    pub open: bool,
    /// Rule levels and the like, as for `build`.
    pub build: BuildOptions,
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// No port from the one asked for to ten above it was free.
    #[error("no free port from {bind}:{first} to {bind}:{last}")]
    NoPort {
        /// The address.
        bind: String,
        /// The first port tried.
        first: u16,
        /// The last port tried.
        last: u16,
    },
    /// The files could not be watched.
    #[error("the site's files cannot be watched: {0}")]
    Watch(String),
}

/// What one build gave: the pages and what the preview adds to them.
struct Snapshot {
    site: Arc<Site>,
    base_url: Option<String>,
    additions: Additions,
    translations: Arc<Translations>,
    review: String,
    /// The language of pages outside a language folder (the language choice, the review).
    default_language: String,
}

/// Everything the request threads share.
struct Shared {
    snapshot: RwLock<Arc<Snapshot>>,
    hub: events::Hub,
    address: String,
}

/// What the terminal is told.
pub trait Reporter: Send + Sync {
    /// A line for the person at the terminal.
    fn say(&self, text: &str);
    /// A build's findings, as `check` prints them.
    fn findings(&self, findings: &Findings);
}

/// Serves until the process is stopped (Ctrl-C). Nothing is written to disk, so stopping at
/// any moment leaves nothing behind.
pub fn serve(options: &ServeOptions, reporter: Arc<dyn Reporter>) -> Result<(), ServeError> {
    let (server, port) = listen(&options.bind, options.port)?;
    if port != options.port {
        reporter.say(&format!(
            "port {} is taken; using {port} instead",
            options.port
        ));
    }
    let address = format!("http://{}:{port}/", display_host(&options.bind));
    // Watching starts before the first build: a save made while it runs is not lost.
    let changes = watch::watch(&options.root).map_err(ServeError::Watch)?;
    let mut rebuilder = Rebuilder::new(options.clone());
    // Each save builds again: every archived version loads, compares with its neighbours and
    // renders as before, unless the save touched what it is made from.
    crate::history::remember();
    crate::render::remember();
    // Editor links need the absolute path of each file.
    rebuilder.absolute_root =
        std::fs::canonicalize(&options.root).unwrap_or_else(|_| options.root.clone());
    let first = rebuilder.rebuild(&*reporter, None);
    let shared = Arc::new(Shared {
        snapshot: RwLock::new(Arc::new(first)),
        hub: events::Hub::default(),
        address: address.clone(),
    });
    reporter.say(&format!(
        "serving {} at {address} (review: {address}_review/); press Ctrl-C to stop",
        options.root.display()
    ));

    if options.open {
        open_browser(&address, &*reporter);
    }
    let server = Arc::new(server);
    for _ in 0..WORKERS {
        let server = server.clone();
        let shared = shared.clone();
        std::thread::spawn(move || {
            for request in server.incoming_requests() {
                handle(request, &shared);
            }
        });
    }
    {
        let shared = shared.clone();
        std::thread::spawn(move || {
            loop {
                std::thread::sleep(Duration::from_secs(15));
                shared.hub.keep_alive();
            }
        });
    }
    let mut generation = 0u64;
    for changed in changes {
        let started = Instant::now();
        let previous = shared.snapshot.read().map(|s| s.clone()).ok();
        let snapshot = rebuilder.rebuild(&*reporter, previous.as_deref());
        generation += 1;
        if let Ok(mut current) = shared.snapshot.write() {
            *current = Arc::new(snapshot);
        }
        shared.hub.reload(generation);
        reporter.say(&format!(
            "{} changed: rebuilt in {} ms",
            changed.display(),
            started.elapsed().as_millis()
        ));
    }
    Ok(())
}

/// A response from memory.
type Body = Response<std::io::Cursor<Vec<u8>>>;

/// Request threads: enough for a reviewer's browser tabs; event streams do not hold one.
const WORKERS: usize = 4;

/// Opens `address` with the desktop's opener; says so when there is none.
fn open_browser(address: &str, reporter: &dyn Reporter) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    if std::process::Command::new(opener)
        .arg(address)
        .spawn()
        .is_err()
    {
        reporter.say(&format!(
            "could not open a browser ({opener}); open {address} yourself"
        ));
    }
}

fn listen(bind: &str, first: u16) -> Result<(Server, u16), ServeError> {
    let last = first.saturating_add(10);
    for port in first..=last {
        let Ok(listener) = std::net::TcpListener::bind((bind, port)) else {
            continue;
        };
        let port = listener.local_addr().map_or(port, |a| a.port());
        let server = Server::from_listener_with_timeouts(
            listener,
            None,
            Some(IDLE_READ),
            Some(STALLED_WRITE),
        );
        if let Ok(server) = server {
            return Ok((server, port));
        }
    }
    Err(ServeError::NoPort {
        bind: bind.to_owned(),
        first,
        last,
    })
}

/// How long a connection may stay silent before it is closed. tiny_http gives each open
/// connection a thread, blocked reading its next request, so without a limit every silent or
/// half-open client, and every open event stream, held a thread for good. Browsers ask for a
/// page and its files at once, so a second is plenty for them; an event stream only loses
/// its reading half, which no thread then waits on, and keeps receiving events.
const IDLE_READ: Duration = Duration::from_secs(1);

/// How long a write may wait for a client that reads nothing: past it the connection is
/// closed, so a stalled page cannot hold up the reload of the others.
const STALLED_WRITE: Duration = Duration::from_secs(2);

fn display_host(bind: &str) -> String {
    if bind.contains(':') {
        format!("[{bind}]")
    } else {
        bind.to_owned()
    }
}

/// Builds the site and what the preview shows beside it; keeps what does not change between
/// saves (the build of the committed version the review compares with).
struct Rebuilder {
    options: ServeOptions,
    absolute_root: PathBuf,
    baseline: Option<(String, Built)>,
}

impl Rebuilder {
    fn new(options: ServeOptions) -> Rebuilder {
        Rebuilder {
            absolute_root: options.root.clone(),
            options,
            baseline: None,
        }
    }

    fn rebuild(&mut self, reporter: &dyn Reporter, previous: Option<&Snapshot>) -> Snapshot {
        let root = &self.options.root;
        match crate::build(root, &self.options.build) {
            Ok(built) => {
                reporter.findings(&built.findings);
                let translations = built.translations.clone();
                let warnings = self.shown(&built.findings);
                let stale: Vec<Shown> = warnings
                    .iter()
                    .filter(|s| s.rule == "PS-T05")
                    .cloned()
                    .collect();
                self.refresh_baseline();
                let baseline = self.baseline(&built);
                let current = review::Current {
                    policy: &built.policy,
                    texts: &built.texts,
                    languages: &built.settings.languages,
                    default_language: &built.settings.default_language,
                };
                let (review, pending) =
                    review::page(baseline.as_ref(), &current, &stale, &translations);
                Snapshot {
                    base_url: built.settings.base_url.clone(),
                    site: Arc::new(built.site),
                    additions: Additions {
                        errors: Vec::new(),
                        warnings,
                        pending,
                    },
                    translations,
                    review,
                    default_language: built.settings.default_language.clone(),
                }
            }
            Err(error) => {
                let findings = match &error {
                    Error::Invalid(f) | Error::Unreadable(f) => f.clone(),
                    Error::Write(_) => Findings::default(),
                };
                reporter.findings(&findings);
                reporter.say(&format!(
                    "{} error(s): the pages show them over the last version that built",
                    findings.error_count()
                ));
                let shown = self.shown(&findings);
                let (errors, warnings) = shown.into_iter().partition(|s| s.severity == "error");
                let translations =
                    previous.map_or_else(built_in_translations, |p| p.translations.clone());
                Snapshot {
                    site: previous.map_or_else(|| Arc::new(Site::default()), |p| p.site.clone()),
                    base_url: previous.and_then(|p| p.base_url.clone()),
                    additions: Additions {
                        errors,
                        warnings,
                        pending: previous.is_some_and(|p| p.additions.pending),
                    },
                    translations,
                    review: previous.map(|p| p.review.clone()).unwrap_or_default(),
                    default_language: previous
                        .map_or_else(|| "en".to_owned(), |p| p.default_language.clone()),
                }
            }
        }
    }

    fn shown(&self, findings: &Findings) -> Vec<Shown> {
        findings
            .diagnostics
            .iter()
            .map(|d| {
                Shown::new(
                    d,
                    &findings.sources,
                    &self.absolute_root,
                    &self.options.editor,
                )
            })
            .collect()
    }

    /// The committed version, built once per commit: what is published when the working copy
    /// is not yet.
    fn refresh_baseline(&mut self) {
        let Some(head) = head_commit(&self.options.root) else {
            self.baseline = None;
            return;
        };
        if self.baseline.as_ref().is_some_and(|(id, _)| *id == head) {
            return;
        }
        let options = BuildOptions {
            skip_fingerprints: true,
            ..Default::default()
        };
        self.baseline = Project::whole_at_revision(&self.options.root, "HEAD")
            .ok()
            .and_then(|project| crate::build_project(&project, &options).ok())
            .map(|built| (head, built));
    }

    /// The committed version, or else the newest archived one.
    fn baseline<'a>(&'a self, built: &'a Built) -> Option<review::Baseline<'a>> {
        if let Some((_, committed)) = &self.baseline {
            return Some(review::Baseline {
                kind: review::BaselineKind::Head,
                policy: &committed.policy,
                texts: &committed.texts,
            });
        }
        let newest = built.history.newest()?;
        let id = crate::policy::iso_date(newest.date);
        Some(review::Baseline {
            texts: built.archived_texts.get(&id)?,
            kind: review::BaselineKind::Archived(newest.date),
            policy: &newest.policy,
        })
    }
}

fn head_commit(root: &Path) -> Option<String> {
    if !crate::project::may_be_in_git_work_tree(root) {
        return None;
    }
    let output = std::process::Command::new("git")
        .arg("-C")
        .arg(root)
        .args(["rev-parse", "--verify", "--quiet", "HEAD"])
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// privasite's own translations, in every language it has: a folder without `locales/` has
/// nothing to lay over them.
fn built_in_translations() -> Arc<Translations> {
    let languages: Vec<String> = crate::assets::built_in_languages()
        .into_iter()
        .map(str::to_owned)
        .collect();
    // The built-in files are compiled in and tested; an empty set only shows message ids.
    Translations::built_in(&languages)
        .map(Arc::new)
        .unwrap_or_else(|_| Arc::new(Translations::empty()))
}

fn handle(request: Request, shared: &Shared) {
    if !matches!(request.method(), Method::Get | Method::Head) {
        let response = with_header(
            Response::from_data(b"only GET and HEAD\n".to_vec()).with_status_code(405),
            "Allow",
            "GET, HEAD",
        );
        let _ = request.respond(response);
        return;
    }
    let url = request.url().to_owned();
    if url == events::PATH {
        shared.hub.join(request.into_writer());
        return;
    }
    let snapshot = match shared.snapshot.read() {
        Ok(s) => s.clone(),
        Err(e) => e.into_inner().clone(),
    };
    let response = respond(&url, &snapshot, &shared.address);
    let _ = request.respond(response);
}

fn respond(url: &str, snapshot: &Snapshot, address: &str) -> Body {
    if url == events::SCRIPT_PATH {
        return ok(
            events::SCRIPT.as_bytes().to_vec(),
            "text/javascript; charset=utf-8",
        );
    }
    if url == overlay::STYLE_PATH {
        return ok(
            overlay::STYLE.as_bytes().to_vec(),
            "text/css; charset=utf-8",
        );
    }
    if url == review::STYLE_PATH {
        return ok(review::STYLE.as_bytes().to_vec(), "text/css; charset=utf-8");
    }
    if url == "/_review/" || url == "/_review" {
        let html = overlay::inject(
            &snapshot.review,
            &snapshot.default_language,
            &Additions {
                pending: false,
                ..snapshot.additions.clone()
            },
            &snapshot.translations,
        );
        return ok(html.into_bytes(), "text/html; charset=utf-8");
    }
    let path = match paths::resolve(url, &snapshot.site) {
        Ok(paths::Resolved::File(path)) => path,
        Ok(paths::Resolved::Redirect(to)) => {
            return with_header(
                Response::from_data(Vec::new()).with_status_code(301),
                "Location",
                &to,
            );
        }
        Ok(paths::Resolved::NotFound) => return not_found(snapshot),
        Err(e) => {
            return Response::from_data(format!("{e}\n").into_bytes()).with_status_code(400);
        }
    };
    let Some(bytes) = snapshot.site.get(&path) else {
        return not_found(snapshot);
    };
    let content_type = paths::content_type(&path);
    let is_text = content_type.contains("charset") || content_type == "application/json";
    if !is_text {
        return ok(bytes.to_vec(), content_type);
    }
    let mut text = String::from_utf8_lossy(bytes).into_owned();
    if let Some(base) = &snapshot.base_url {
        text = text.replace(base.as_str(), address);
    }
    if path.ends_with(".html") {
        // `nl/privacy/index.html` is Dutch; the language choice at the top is in the default.
        let lang = path
            .split_once('/')
            .map_or(snapshot.default_language.as_str(), |(lang, _)| lang);
        text = overlay::inject(&text, lang, &snapshot.additions, &snapshot.translations);
    }
    ok(text.into_bytes(), content_type)
}

fn not_found(snapshot: &Snapshot) -> Body {
    // When the first build failed there are no pages yet: the errors are the page.
    if snapshot.site.is_empty() && !snapshot.additions.errors.is_empty() {
        let html = overlay::inject(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>privasite</title></head><body><main></main></body></html>",
            "en",
            &snapshot.additions,
            &snapshot.translations,
        );
        return ok(html.into_bytes(), "text/html; charset=utf-8").with_status_code(503);
    }
    Response::from_data(b"not found\n".to_vec()).with_status_code(404)
}

fn ok(bytes: Vec<u8>, content_type: &str) -> Body {
    let response = with_header(Response::from_data(bytes), "Content-Type", content_type);
    with_header(response, "Cache-Control", "no-store")
}

/// `response` with the header `name: value`, unless HTTP cannot carry the value (it never
/// happens with the ASCII values and site paths used here; the response is still valid).
fn with_header(response: Body, name: &str, value: &str) -> Body {
    match Header::from_bytes(name.as_bytes(), value.as_bytes()) {
        Ok(h) => response.with_header(h),
        Err(()) => response,
    }
}
