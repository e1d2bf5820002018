//! The bench command: builds the example and synthetic sites in fresh processes, as a user's
//! `privasite build` would run, and reports wall time (median, min–max), megabytes of output
//! per second and peak memory.
//!
//! ```text
//! cargo run --release --example bench                 # every scenario
//! cargo run --release --example bench -- history-1000 # one of them
//! cargo run --release --example bench -- --make history-100 /tmp/h100  # write a scenario's site
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
    privasite::site::write(&built.site, out).expect("the site is written");
    println!("{html} {}", peak_memory_kib());
}

fn peak_memory_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
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
