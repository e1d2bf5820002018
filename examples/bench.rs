//! The bench command: builds the example and synthetic sites in fresh processes, as a user's
//! `privasite build` would run, and reports wall time (median, min–max), megabytes of output
//! per second and peak memory.
//!
//! ```text
//! cargo run --release --example bench                 # every scenario
//! cargo run --release --example bench -- history-1000 # one of them
//! cargo run --release --example bench -- --make history-100 /tmp/h100  # write a scenario's site
//! cargo run --release --example bench -- serve        # save → reload latency of `serve`
//! cargo run --release --example bench -- serve-history-100  # the same with 100 archived versions, in git
//! ```
//!
//! Each run is a new process that builds and writes the site, so process start, loading,
//! rendering and the atomic swap are all in the figure. Peak memory is the child's `VmHWM`
//! (Linux).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

#[path = "../benches/support/synthetic.rs"]
mod synthetic;

struct Scenario {
    name: &'static str,
    runs: usize,
    make: fn(&Path, &Path),
}

const SCENARIOS: &[Scenario] = &[
    Scenario {
        name: "example",
        runs: 30,
        make: |repo, dir| copy_example(repo, dir),
    },
    Scenario {
        name: "large-120",
        runs: 20,
        make: |_, dir| synthetic::large_site(dir, 120),
    },
    Scenario {
        name: "large-1200",
        runs: 5,
        make: |_, dir| synthetic::large_site(dir, 1200),
    },
    Scenario {
        name: "history-10",
        runs: 10,
        make: |repo, dir| synthetic::history_site(repo, dir, 10),
    },
    Scenario {
        name: "history-100",
        runs: 5,
        make: |repo, dir| synthetic::history_site(repo, dir, 100),
    },
    Scenario {
        name: "history-1000",
        runs: 3,
        make: |repo, dir| synthetic::history_site(repo, dir, 1000),
    },
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, root, out] = args.as_slice()
        && flag == "--one"
    {
        one_build(Path::new(root), Path::new(out));
        return;
    }
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    // `--make NAME DIR` writes a scenario's site to look at, or to time with other tools.
    if let [flag, name, dir] = args.as_slice()
        && flag == "--make"
    {
        let Some(scenario) = SCENARIOS.iter().find(|s| s.name == name) else {
            eprintln!("no scenario {name}");
            std::process::exit(2);
        };
        (scenario.make)(repo, Path::new(dir));
        return;
    }
    let serves = [("serve", None), ("serve-history-100", Some(100))];
    for (name, history) in serves {
        if args.iter().any(|a| a == name) {
            serve_bench(repo, history);
        }
    }
    if !args.is_empty()
        && args
            .iter()
            .all(|a| serves.iter().any(|(name, _)| a == name))
    {
        return;
    }
    println!(
        "{:<14} {:>5} {:>24} {:>10} {:>10} {:>9}",
        "scenario", "runs", "wall: median (min–max)", "output", "MB/s", "peak"
    );
    for scenario in SCENARIOS {
        if !args.is_empty() && !args.iter().any(|a| a == scenario.name) {
            continue;
        }
        let dir = tempfile::tempdir().expect("a temporary folder");
        (scenario.make)(repo, dir.path());
        report(scenario, dir.path());
    }
}

/// Builds the site at `root` into `out` and prints the HTML bytes written and the peak memory.
fn one_build(root: &Path, out: &Path) {
    let built = match privasite::build(root, &Default::default()) {
        Ok(built) => built,
        Err(e) => {
            eprintln!("{} does not build: {e:?}", root.display());
            std::process::exit(1);
        }
    };
    let html: usize = built
        .site
        .iter()
        .filter(|(path, _)| path.ends_with(".html"))
        .map(|(_, bytes)| bytes.len())
        .sum();
    privasite::output::publish(&built.site, out, root).expect("the site is written");
    println!("{html} {}", peak_memory_kib());
}

/// The process's peak resident memory so far, in KiB.
fn peak_memory_kib() -> u64 {
    proc_status("VmHWM:")
}

fn report(scenario: &Scenario, root: &Path) {
    let out: PathBuf = root.join("public");
    let exe = std::env::current_exe().expect("the bench's own path");
    let mut times = Vec::new();
    let (mut html, mut peak) = (0usize, 0u64);
    // One unmeasured run warms the file cache and creates the output the others replace.
    for run in 0..=scenario.runs {
        let start = Instant::now();
        let output = Command::new(&exe)
            .arg("--one")
            .arg(root)
            .arg(&out)
            .output()
            .expect("the bench runs itself");
        let elapsed = start.elapsed();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let stdout = String::from_utf8_lossy(&output.stdout);
        let mut fields = stdout
            .split_whitespace()
            .map(|f| f.parse::<u64>().unwrap_or(0));
        html = fields.next().unwrap_or(0) as usize;
        peak = peak.max(fields.next().unwrap_or(0));
        if run > 0 {
            times.push(elapsed);
        }
    }
    times.sort();
    let median = times[times.len() / 2];
    println!(
        "{:<14} {:>5} {:>24} {:>8.1}MB {:>10.0} {:>6}MiB",
        scenario.name,
        scenario.runs,
        format!(
            "{} ({}–{})",
            ms(median),
            ms(times[0]),
            ms(times[times.len() - 1])
        ),
        html as f64 / 1e6,
        html as f64 / 1e6 / median.as_secs_f64(),
        peak / 1024,
    );
}

/// `privasite serve` on a copy of the example, in this process: 50 saves, each timed from the
/// write to the reload event; then 200 open pages, a page fetched beside them, and one save
/// timed until every page has its event. With `history`, on a synthetic site of that many
/// archived versions committed in a git repository, as a reviewer's checkout is: 20 saves.
fn serve_bench(repo: &Path, history: Option<usize>) {
    use std::io::{BufRead, BufReader, Read, Write};
    use std::net::TcpStream;

    struct Quiet;
    impl privasite::serve::Reporter for Quiet {
        fn say(&self, _: &str) {}
        fn findings(&self, _: &privasite::Findings) {}
    }

    let dir = tempfile::tempdir().expect("a temporary folder");
    match history {
        None => copy_example(repo, dir.path()),
        Some(versions) => {
            synthetic::history_site(repo, dir.path(), versions);
            commit_all(dir.path());
        }
    }
    let free = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    let port = free.local_addr().expect("its address").port();
    drop(free);
    let options = privasite::serve::ServeOptions {
        root: dir.path().to_path_buf(),
        bind: "127.0.0.1".into(),
        port,
        editor: String::new(),
        open: false,
        build: Default::default(),
    };
    std::thread::spawn(move || privasite::serve::serve(&options, std::sync::Arc::new(Quiet)));
    let connect = || loop {
        if let Ok(s) = TcpStream::connect(("127.0.0.1", port)) {
            return s;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let listen = || {
        let mut stream = connect();
        write!(stream, "GET /_privasite/events HTTP/1.1\r\nHost: x\r\n\r\n").expect("send");
        let mut reader = BufReader::new(stream);
        let mut line = String::new();
        while !line.starts_with("retry:") {
            line.clear();
            reader.read_line(&mut line).expect("the event stream");
        }
        reader
    };
    let next_reload = |reader: &mut BufReader<TcpStream>| {
        let mut line = String::new();
        loop {
            line.clear();
            reader.read_line(&mut line).expect("an event");
            if line.starts_with("event: reload") {
                return;
            }
        }
    };
    let policy = dir.path().join("content/policy.yaml");
    let original = std::fs::read_to_string(&policy).expect("the policy");
    let save = |n: usize| {
        let text = original.replacen(
            "retention: {days: 90, after: collection}",
            &format!("retention: {{days: {}, after: collection}}", 91 + n),
            1,
        );
        std::fs::write(&policy, text).expect("a save");
    };

    let mut events = listen();
    let mut times = Vec::new();
    let saves = if history.is_some() { 20 } else { 50 };
    for n in 0..=saves {
        let start = Instant::now();
        save(n);
        next_reload(&mut events);
        // The first rebuild compiles what later ones reuse, as in a real session.
        if n > 0 {
            times.push(start.elapsed());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    times.sort();
    let p95 = times[times.len() * 95 / 100];
    let name = history.map_or_else(|| "serve".to_owned(), |n| format!("serve-history-{n}"));
    println!(
        "{name}: save -> reload event over {} saves: median {}, p95 {}, min–max {}–{}",
        times.len(),
        ms(times[times.len() / 2]),
        ms(p95),
        ms(times[0]),
        ms(times[times.len() - 1])
    );

    if history.is_some() {
        return;
    }
    let mut pages: Vec<_> = (0..200).map(|_| listen()).collect();
    let start = Instant::now();
    let mut stream = connect();
    write!(
        stream,
        "GET /nl/privacy/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    )
    .expect("send");
    let mut page = Vec::new();
    stream.read_to_end(&mut page).expect("a page");
    let fetched = start.elapsed();
    let start = Instant::now();
    save(100);
    for reader in &mut pages {
        next_reload(reader);
    }
    next_reload(&mut events);
    println!(
        "serve: with {} pages listening, a page is served in {}; a save reaches all of them in {}",
        pages.len(),
        ms(fetched),
        ms(start.elapsed())
    );

    // Under load: the 200 listening pages stay, 200 connections open half a request and
    // stop (a stalled or malicious client), 20 ask for a page and never read it.
    let half_open: Vec<TcpStream> = (0..200)
        .map(|_| {
            let mut s = connect();
            write!(s, "GET /nl/privacy/ HTTP/1.1\r\nHo").expect("send");
            s
        })
        .collect();
    let unread: Vec<TcpStream> = (0..20)
        .map(|_| {
            let mut s = connect();
            write!(s, "GET /nl/privacy/ HTTP/1.1\r\nHost: x\r\n\r\n").expect("send");
            s
        })
        .collect();
    let mut latencies: Vec<Duration> = (0..100)
        .map(|_| {
            let start = Instant::now();
            let mut stream = connect();
            write!(
                stream,
                "GET /fr/cookies/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
            )
            .expect("send");
            let mut page = Vec::new();
            stream.read_to_end(&mut page).expect("a page");
            assert!(page.starts_with(b"HTTP/1.1 200"), "a page under load");
            start.elapsed()
        })
        .collect();
    latencies.sort();
    let mut malformed = connect();
    malformed.write_all(b"GARBAGE\r\n\r\n").expect("send");
    let mut answer = Vec::new();
    let _ = malformed.read_to_end(&mut answer);
    let status = String::from_utf8_lossy(&answer[..answer.len().min(24)]).into_owned();
    let threads = proc_status("Threads:");
    // Silent connections are closed after a second, and idle pool threads end after five.
    std::thread::sleep(Duration::from_secs(7));
    let threads_later = proc_status("Threads:");
    println!(
        "serve under load ({} listening, {} half-open, {} unread): 100 pages, median {}, p95 {}, max {}; {threads} threads, {threads_later} seven seconds later, {} MiB resident; a malformed request gets {status:?}",
        pages.len(),
        half_open.len(),
        unread.len(),
        ms(latencies[50]),
        ms(latencies[95]),
        ms(latencies[99]),
        proc_status("VmRSS:") / 1024,
    );
}

/// A number from this process's `/proc/self/status`, such as `Threads:` or `VmRSS:` (KiB).
fn proc_status(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|l| l.strip_prefix(field))
                .and_then(|v| v.split_whitespace().next()?.parse().ok())
        })
        .unwrap_or(0)
}

fn copy_example(repo: &Path, dir: &Path) {
    copy_dir(&repo.join("content"), &dir.join("content"));
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a folder for the copy");
    for entry in std::fs::read_dir(from).expect("the example's content") {
        let entry = entry.expect("an entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("a copy");
        }
    }
}

fn ms(d: Duration) -> String {
    if d.as_secs_f64() >= 1.0 {
        format!("{:.2} s", d.as_secs_f64())
    } else {
        format!("{:.1} ms", d.as_secs_f64() * 1000.0)
    }
}

/// Commits everything in `dir` to a new git repository.
fn commit_all(dir: &Path) {
    for args in [
        &["init", "-q"][..],
        &["add", "-A"],
        &[
            "-c",
            "user.name=bench",
            "-c",
            "user.email=bench@example.invalid",
            "commit",
            "-q",
            "-m",
            "site",
        ],
    ] {
        let status = Command::new("git")
            .args(args)
            .current_dir(dir)
            .status()
            .expect("git runs");
        assert!(status.success(), "git {args:?} failed");
    }
}
