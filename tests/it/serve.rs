//! `privasite serve`: a real server on a free port, real HTTP, real file edits.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

use crate::helpers::{SiteTest, tree};

/// A running `privasite serve`, stopped when dropped.
struct Server {
    child: Child,
    port: u16,
    events: Receiver<String>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    fn start(site: &SiteTest) -> Server {
        Server::start_with(|command| {
            command.arg("--root").arg(site.root());
        })
    }

    /// `privasite serve` run inside the site's folder, as the README's quick start does.
    fn start_inside(site: &SiteTest) -> Server {
        Server::start_with(|command| {
            command.current_dir(site.root());
        })
    }

    fn start_with(place: impl FnOnce(&mut Command)) -> Server {
        let free = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
        let port = free.local_addr().expect("its address").port();
        drop(free);
        let mut command = Command::new(env!("CARGO_BIN_EXE_privasite"));
        command.args(["serve", "--color", "never", "--port", &port.to_string()]);
        place(&mut command);
        let child = command
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .expect("privasite serve starts");
        // From here on, a failed step stops the server as it panics.
        let mut server = Server {
            child,
            port,
            events: mpsc::channel().1,
        };
        // The server says where it listens (another port if this one was taken meanwhile).
        let stderr = BufReader::new(server.child.stderr.take().expect("stderr"));
        let (lines, said) = mpsc::channel();
        std::thread::spawn(move || {
            for line in stderr.lines().map_while(Result::ok) {
                let _ = lines.send(line);
            }
        });
        server.port = loop {
            let line = said
                .recv_timeout(Duration::from_secs(30))
                .expect("the server says where it listens");
            if let Some(rest) = line.split("at http://127.0.0.1:").nth(1) {
                break rest
                    .split('/')
                    .next()
                    .and_then(|p| p.parse().ok())
                    .unwrap_or(port);
            }
        };
        server.events = listen(server.port);
        server
    }

    /// The raw response to `GET <path>`: status code and body.
    fn get(&self, path: &str) -> (u16, String) {
        request(self.port, "GET", path)
    }

    /// Waits for the next reload event.
    fn reloaded(&self) {
        // A deadline for the event, not for each line: the stream's keep-alive comments come
        // every 15 seconds, and must not keep a test that never reloads waiting forever.
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        loop {
            let line = self
                .events
                .recv_timeout(deadline.saturating_duration_since(std::time::Instant::now()))
                .expect("a reload event after the save");
            if line.starts_with("event: reload") {
                return;
            }
        }
    }

    /// Waits for reloads until `path` contains `text` (an editor's save may come as several
    /// changes, each with its reload).
    fn reloads_until(&self, path: &str, text: &str) -> String {
        self.reloads_until_page(path, &format!("showed {text:?}"), |page| {
            page.contains(text)
        })
    }

    /// Waits for reloads until the page at `path` is `what` `ready` tells.
    fn reloads_until_page(&self, path: &str, what: &str, ready: impl Fn(&str) -> bool) -> String {
        for _ in 0..10 {
            self.reloaded();
            let (_, body) = self.get(path);
            if ready(&body) {
                return body;
            }
        }
        panic!("{path} never {what}");
    }
}

fn request(port: u16, method: &str, path: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .expect("send");
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    let text = String::from_utf8_lossy(&response);
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let (head, body) = match response.windows(4).position(|w| w == b"\r\n\r\n") {
        Some(at) => (&response[..at], &response[at + 4..]),
        None => (&response[..], &[][..]),
    };
    let chunked = String::from_utf8_lossy(head)
        .lines()
        .any(|l| l.eq_ignore_ascii_case("transfer-encoding: chunked"));
    let body = if chunked {
        dechunk(body)
    } else {
        body.to_vec()
    };
    (status, String::from_utf8_lossy(&body).into_owned())
}

/// A chunked body without its chunk sizes, so a text is found wherever the server happened to
/// split it (a chunk may end inside a word, or inside a character).
fn dechunk(mut rest: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    while let Some(eol) = rest.windows(2).position(|w| w == b"\r\n") {
        let size = std::str::from_utf8(&rest[..eol])
            .ok()
            .and_then(|s| usize::from_str_radix(s.trim(), 16).ok());
        let data = &rest[eol + 2..];
        let Some(size) = size.filter(|&n| n > 0) else {
            break;
        };
        let size = size.min(data.len());
        body.extend_from_slice(&data[..size]);
        rest = data[size..].strip_prefix(b"\r\n").unwrap_or(&data[size..]);
    }
    body
}

/// The lines of the server's event stream, as they arrive.
fn listen(port: u16) -> Receiver<String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(
        stream,
        "GET /_privasite/events HTTP/1.1\r\nHost: localhost\r\n\r\n"
    )
    .expect("send");
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stream).lines().map_while(Result::ok) {
            if sender.send(line).is_err() {
                return;
            }
        }
    });
    // The stream is open once its headers arrive.
    loop {
        let line = receiver
            .recv_timeout(Duration::from_secs(10))
            .expect("the event stream answers");
        if line.starts_with("retry:") {
            return receiver;
        }
    }
}

fn edit(site: &SiteTest, from: &str, to: &str) {
    let path = site.path("content/policy.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "the example has {from:?}");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

const KEPT_90: &str = "retention: {days: 90, after: collection}";
const KEPT_91: &str = "retention: {days: 91, after: collection}";

// Served from inside the site's folder (no --root), a save still reloads the pages: the
// watcher's absolute paths are matched against the folder's absolute path.
#[test]
fn saves_reload_when_served_from_inside_the_site() {
    let site = SiteTest::example();
    let server = Server::start_inside(&site);
    edit(&site, KEPT_90, KEPT_91);
    server.reloads_until("/en/privacy/", "91 days");
}

// An editor saves: the open page reloads and shows the change; a broken save shows its errors,
// with the line, over the last good page; the fix brings the page back. One server throughout.
#[test]
fn saves_reload_pages_and_errors_show_until_fixed() {
    let site = SiteTest::example();
    let server = Server::start(&site);
    let (status, page) = server.get("/en/privacy/");
    assert_eq!(status, 200);
    assert!(
        page.contains("90 days"),
        "the example keeps messages 90 days"
    );
    assert!(
        page.contains("/_privasite/reload.js"),
        "served pages reload"
    );

    edit(&site, KEPT_90, KEPT_91);
    server.reloads_until("/en/privacy/", "91 days");

    edit(&site, "legal_basis: consent", "legal_basis: consnet");
    let page = server.reloads_until("/en/privacy/", "class=\"ps-dev ps-dev-errors\"");
    assert!(
        page.contains("content/policy.yaml:"),
        "the error names its file and line"
    );
    assert!(page.contains("`consnet` is not a known legal basis"));
    assert!(
        page.contains("legal_basis: consnet</pre>"),
        "the line itself is shown"
    );
    assert!(
        page.contains("91 days"),
        "the last good page stays under the errors"
    );
    let (_, french) = server.get("/fr/privacy/");
    assert!(
        french.contains("Le dernier enregistrement contient"),
        "the overlay speaks the page's language"
    );
    let (_, review) = server.get("/_review/");
    assert!(
        review.contains("De laatst opgeslagen versie bevat"),
        "pages outside a language folder speak the site's default language"
    );

    edit(&site, "legal_basis: consnet", "legal_basis: consent");
    let page = server.reloads_until("/en/privacy/", "91 days");
    let page = if page.contains("class=\"ps-dev ps-dev-errors\"") {
        server.reloads_until("/en/privacy/", "91 days")
    } else {
        page
    };
    assert!(
        !page.contains("class=\"ps-dev ps-dev-errors\""),
        "the errors are gone"
    );
}

// Editors that save by writing a new file and renaming it over the old one, and those that
// delete and re-create it, are seen like any save.
#[test]
fn saves_by_rename_and_by_recreate_are_seen() {
    let site = SiteTest::example();
    let server = Server::start(&site);
    let policy = site.path("content/policy.yaml");
    let text = std::fs::read_to_string(&policy).unwrap();

    let scratch = site.path("content/.policy.yaml.swp");
    std::fs::write(&scratch, text.replacen(KEPT_90, KEPT_91, 1)).unwrap();
    std::fs::rename(&scratch, &policy).unwrap();
    server.reloads_until("/en/privacy/", "91 days");

    std::fs::remove_file(&policy).unwrap();
    std::fs::write(
        &policy,
        text.replacen(KEPT_90, "retention: {days: 92, after: collection}", 1),
    )
    .unwrap();
    server.reloads_until("/en/privacy/", "92 days");
}

// No request reaches a file outside the site, however the path is written; other methods and
// malformed paths are refused; the server keeps answering.
#[test]
fn requests_never_leave_the_site() {
    let site = SiteTest::example();
    let server = Server::start(&site);
    for path in [
        "/../content/policy.yaml",
        "/../../../../etc/passwd",
        "/%2e%2e/content/policy.yaml",
        "/%2e%2e%2fcontent%2fpolicy.yaml",
        "/%252e%252e/content/policy.yaml",
        "/..%5ccontent%5cpolicy.yaml",
        "/nl\\..\\..\\content\\policy.yaml",
        "/style.css%00.html",
        "//etc/passwd",
        "/content/policy.yaml",
        "/%",
    ] {
        let (status, body) = server.get(path);
        assert!(status == 400 || status == 404, "{path}: {status}");
        assert!(!body.contains("controller:"), "{path} served the policy");
        assert!(!body.contains("root:"), "{path} served a system file");
    }
    let (status, _) = request(server.port, "POST", "/en/privacy/");
    assert_eq!(status, 405);
    let (status, _) = request(server.port, "DELETE", "/index.html");
    assert_eq!(status, 405);
    assert_eq!(
        server.get("/en/privacy/").0,
        200,
        "the server still answers"
    );
}

// A malformed request is answered 400 and the server goes on answering.
#[test]
fn malformed_requests_get_400() {
    let site = SiteTest::example();
    let server = Server::start(&site);
    for garbage in [
        &b"GARBAGE\r\n\r\n"[..],
        b"GET / HTTP/9.9\r\n\r\n",
        b"GET /%ff%fe/x HTTP/1.1\r\nHost: x\r\n\r\n",
    ] {
        let mut s = TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
        s.set_read_timeout(Some(Duration::from_secs(10)))
            .expect("timeout");
        s.write_all(garbage).expect("send");
        let mut answer = Vec::new();
        let _ = s.read_to_end(&mut answer);
        assert!(
            answer.starts_with(b"HTTP/1.1 400"),
            "{:?} got {:?}",
            String::from_utf8_lossy(garbage),
            String::from_utf8_lossy(&answer[..answer.len().min(40)])
        );
    }
    assert_eq!(server.get("/en/faq/").0, 200);
}

// Half-open clients (half a request, then nothing), keep-alive clients that send nothing and
// many listening pages block no one, even with every core busy (three spinning threads each): a silent connection gives its
// thread back after a second, and a new connection never waits in the pool's queue behind
// threads that are busy (vendor/tiny_http/PATCHES.md). Before, tiny_http queued it behind
// threads blocked on the silent ones, and the page never came.
#[test]
fn half_open_clients_block_no_one() {
    let site = SiteTest::example();
    let server = Server::start(&site);
    let _busy = BusyCores::start(3 * std::thread::available_parallelism().map_or(2, |n| n.get()));
    let stalled: Vec<TcpStream> = (0..60)
        .map(|_| {
            let mut s = TcpStream::connect(("127.0.0.1", server.port)).expect("connect");
            s.write_all(b"GET /nl/privacy/ HTTP/1.1\r\nHo")
                .expect("send");
            s
        })
        .collect();
    let silent: Vec<TcpStream> = (0..20)
        .map(|_| TcpStream::connect(("127.0.0.1", server.port)).expect("connect"))
        .collect();
    let listeners: Vec<Receiver<String>> = (0..40).map(|_| listen(server.port)).collect();
    assert_eq!(server.get("/en/faq/").0, 200);
    // The server gives up on the silent connections (so their threads are free again).
    for mut client in stalled.into_iter().chain(silent).step_by(10) {
        client
            .set_read_timeout(Some(Duration::from_secs(20)))
            .expect("timeout");
        let mut rest = Vec::new();
        let ended = match client.read_to_end(&mut rest) {
            Ok(_) => true,
            Err(e) => e.kind() == std::io::ErrorKind::ConnectionReset,
        };
        assert!(ended, "a silent connection was kept open");
    }
    // Every listening page still hears the reload after a save: an event stream outlives
    // the end of its reading half.
    edit(&site, KEPT_90, KEPT_91);
    for events in &listeners {
        let heard = std::iter::from_fn(|| events.recv_timeout(Duration::from_secs(30)).ok())
            .any(|line| line.starts_with("event: reload"));
        assert!(heard, "a listening page missed the reload");
    }
}

// The review page compares the working copy with the last archived version, per language.
#[test]
fn review_page_shows_pending_changes_per_language() {
    let site = SiteTest::example();
    let server = Server::start(&site);
    let (status, review) = server.get("/_review/");
    assert_eq!(status, 200);
    assert!(review.contains("<section lang=\"en\">"));
    assert!(review.contains("<section lang=\"fr\">"));
    assert!(
        review.contains("New purpose: “Visitor statistics”"),
        "{review}"
    );
    let (_, page) = server.get("/nl/privacy/");
    assert!(
        page.contains("href=\"/_review/\""),
        "pages point to the review"
    );
}

// The reload script and the preview's panels exist only while serving.
#[test]
fn built_sites_have_no_preview_script() {
    let site = SiteTest::example();
    site.build();
    for (path, bytes) in tree(&site.path("public")) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains("EventSource"),
            "{path} has the reload script"
        );
        assert!(!text.contains("ps-dev"), "{path} has a preview panel");
    }
}

/// Threads that keep the cores busy until dropped, as a loaded CI machine would.
struct BusyCores {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    threads: Vec<std::thread::JoinHandle<()>>,
}

impl BusyCores {
    fn start(threads: usize) -> BusyCores {
        use std::sync::atomic::{AtomicBool, Ordering};
        let stop = std::sync::Arc::new(AtomicBool::new(false));
        let threads = (0..threads)
            .map(|_| {
                let stop = stop.clone();
                // Bounded: spins at most half a minute even if the test never drops it.
                std::thread::spawn(move || {
                    let until = std::time::Instant::now() + Duration::from_secs(30);
                    while !stop.load(Ordering::Relaxed) && std::time::Instant::now() < until {
                        std::hint::spin_loop();
                    }
                })
            })
            .collect();
        BusyCores { stop, threads }
    }
}

impl Drop for BusyCores {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        for thread in self.threads.drain(..) {
            let _ = thread.join();
        }
    }
}

// Archived versions are never meant to be edited, and serve remembers what loading and
// comparing them gave; an edit to one anyway must show, on its page and in what changed after
// it, at the next save: what is remembered is keyed by the file's bytes.
#[test]
fn an_edited_archived_version_reads_as_edited() {
    let site = SiteTest::example();
    let server = Server::start(&site);
    let (_, before) = server.get("/en/privacy/changes/2024-05-01_2025-03-01/");
    assert!(!before.contains("sets out"));
    let path = site.path("content/history/2024-05-01.yaml");
    let text = std::fs::read_to_string(&path).unwrap();
    let from = "This policy explains which personal data";
    assert!(text.contains(from), "the 2024 version has {from:?}");
    std::fs::write(
        &path,
        text.replacen(from, "This policy sets out which personal data", 1),
    )
    .unwrap();
    server.reloads_until("/en/privacy/2024-05-01/", "This policy sets out");
    let (_, changes) = server.get("/en/privacy/changes/2024-05-01_2025-03-01/");
    assert!(
        changes.contains("sets out"),
        "the comparison with the next version starts from the edited text"
    );
}

// serve keeps the archive's pages between saves while nothing they are made from changes. An
// archived page links to the cookie policy in force on its date, which is the current cookie
// page once the current version no longer changes the cookies: a save of the current policy
// alone must move that link.
#[test]
fn an_archived_page_follows_the_current_cookie_policy() {
    let site = SiteTest::example();
    let server = Server::start(&site);
    let archived = "/en/privacy/2025-03-01/";
    let (_, page) = server.get(archived);
    assert!(
        page.contains("href=\"../../cookies/2025-03-01/\""),
        "the current version adds cookies, so 2025-03-01 has a cookie page of its own"
    );
    // The 2025 version again, under the current date: the cookies are as they were then.
    let then = std::fs::read_to_string(site.path("content/history/2025-03-01.yaml")).unwrap();
    let now = then.replacen("last_updated: 2025-03-01", "last_updated: 2026-03-01", 1);
    std::fs::write(site.path("content/policy.yaml"), now).unwrap();
    let page = server.reloads_until_page(archived, "linked to the current cookie page", |page| {
        !page.contains("cookies/2025-03-01/")
    });
    assert!(page.contains("href=\"../../cookies/\""));
    let (status, _) = server.get("/en/cookies/2025-03-01/");
    assert_eq!(
        status, 404,
        "the cookie policy of 2025-03-01 is the current one"
    );
}

// A reworded built-in sentence shows on every page at the next save, archived ones too: the
// archive is remembered by the translations it was rendered with.
#[test]
fn a_translation_edit_reaches_the_archived_pages() {
    let site = SiteTest::example();
    let server = Server::start(&site);
    let (_, page) = server.get("/en/privacy/2024-05-01/");
    assert!(page.contains("Privacy policy"));
    site.write("locales/en/site.ftl", "page-privacy = Privacy notice\n");
    server.reloads_until("/en/privacy/2024-05-01/", "Privacy notice");
}
