//! The command line: parses arguments, calls the library, prints, and returns the exit code.
//!
//! Exit codes: 0 success (warnings may have been printed); 1 the site's files have errors, or
//! `check --deny warnings` found a warning (the author must fix something); 2 privasite could
//! not do its work (bad arguments, an input the system refuses to read, an output folder it
//! may not replace).
//!
//! Nothing here panics on a closed pipe: every write ignores its error, so
//! `privasite check 2>&1 | head` ends quietly.

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::check::rules::{self, Registry};
use crate::check::{RuleConfig, Setting};
use crate::diagnostic::{self, Format, Style};
use crate::{BuildOptions, Error, Findings};

/// Exit code: everything went well.
pub const EXIT_OK: i32 = 0;
/// Exit code: the site's files have errors.
pub const EXIT_INVALID: i32 = 1;
/// Exit code: privasite could not do its work.
pub const EXIT_FAILURE: i32 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "privasite",
    version,
    about = "Multilingual GDPR privacy, cookie and FAQ pages from YAML."
)]
struct Cli {
    /// When to colour messages: `auto` (on a terminal, unless NO_COLOR is set), `always`,
    /// `never`.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    color: ColorChoice,
    /// Print only errors: no warnings, notes or progress lines.
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    quiet: bool,
    /// Also print how long each step took.
    #[arg(short, long, global = true)]
    verbose: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Start a new site: a commented site.yaml and a policy.yaml to fill in, which builds as a
    /// draft at once.
    #[command(
        after_help = "Examples:\n  privasite init my-policy                 nl, fr and en, Dutch first\n  privasite init --languages fr,nl         in the current (empty) folder\n  privasite init my-policy --eject-theme   with a copy of the theme to change"
    )]
    Init(InitArgs),
    /// Build the site into the output folder (by default `public/`).
    #[command(
        after_help = "Examples:\n  privasite build                          into public/ (or output_dir of site.yaml)\n  privasite build --out /tmp/site          somewhere else\n  privasite build --draft                  despite errors, marked as a draft, for review"
    )]
    Build(BuildArgs),
    /// Check the content for errors and warnings without writing anything.
    #[command(
        after_help = "Examples:\n  privasite check                          every problem, with its rule id\n  privasite check --deny warnings          fail on warnings too (for CI)\n  privasite check --format github          annotations on a pull request\n  privasite check --explain PS-C03         what a rule checks and why"
    )]
    Check(CheckArgs),
    /// Archive the published version in content/history/ and date the next one.
    #[command(
        after_help = "Examples:\n  privasite new-version                    archive the current version, date the next today\n  privasite new-version --date 2026-09-01  date the next version 1 September 2026"
    )]
    NewVersion(NewVersionArgs),
    /// Show what changed between two versions: the changelog and the text compared.
    #[command(
        after_help = "Examples:\n  privasite diff                           newest archived version against the current one\n  privasite diff 2025-03-01 current --lang fr\n  privasite diff git:origin/main --format markdown   for a pull-request comment"
    )]
    Diff(DiffArgs),
    /// Preview the site locally: rebuilds on every save and reloads open pages; errors show
    /// on the pages; /_review/ shows the pending changes.
    #[command(
        after_help = "Examples:\n  privasite serve --open                   preview on http://127.0.0.1:1111 in your browser\n  privasite serve --port 8080"
    )]
    Serve(ServeArgs),
    /// Write the JSON Schemas of site.yaml and policy.yaml, so an editor completes and checks
    /// the files while you type; or print one, or the schema of the built policy.json.
    #[command(
        after_help = "Examples:\n  privasite schema                         write content/schemas/site.schema.json and policy.schema.json\n  privasite schema --print policy          print the policy schema\n  privasite schema --print policy-json     print the schema of the built policy.json"
    )]
    Schema(SchemaArgs),
    /// Print a completion script for your shell.
    #[command(
        after_help = "Examples:\n  privasite completions bash > ~/.local/share/bash-completion/completions/privasite\n  privasite completions zsh > ~/.zfunc/_privasite\n  privasite completions fish > ~/.config/fish/completions/privasite.fish"
    )]
    Completions(CompletionsArgs),
}

#[derive(Debug, Args)]
struct InitArgs {
    /// The folder to create the site in; it must be empty or not exist yet.
    #[arg(default_value = ".", value_name = "DIR")]
    dir: PathBuf,
    /// The site's languages, in menu order; the first is the default.
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "nl,fr,en",
        value_name = "LANGS"
    )]
    languages: Vec<String>,
    /// Copy the built-in theme into themes/default/, to change how the pages look.
    #[arg(long)]
    eject_theme: bool,
    /// Copy the built-in texts of the site's languages into locales/, to reword them.
    #[arg(long)]
    eject_locales: bool,
}

#[derive(Debug, Args)]
struct SchemaArgs {
    #[command(flatten)]
    root: RootArg,
    /// The folder to write `site.schema.json` and `policy.schema.json` into, relative to the
    /// site's folder.
    #[arg(long, value_name = "DIR", default_value = crate::schema::DEFAULT_FOLDER)]
    out: PathBuf,
    /// Print one schema on standard output instead of writing files.
    #[arg(long, value_enum, value_name = "FILE", conflicts_with = "out")]
    print: Option<SchemaFileArg>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum SchemaFileArg {
    /// The schema of content/site.yaml.
    Site,
    /// The schema of content/policy.yaml and of the snapshots in content/history/.
    Policy,
    /// The schema of the built policy.json (also published beside it).
    PolicyJson,
}

#[derive(Debug, Args)]
struct CompletionsArgs {
    /// The shell to complete in.
    #[arg(value_enum)]
    shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
struct ServeArgs {
    #[command(flatten)]
    root: RootArg,
    /// The port to listen on; the next free one is used when it is taken.
    #[arg(long, default_value_t = 1111)]
    port: u16,
    /// The address to listen on. Only this computer can reach 127.0.0.1; another address
    /// shows the preview (and its error messages) to the network.
    #[arg(long, default_value = "127.0.0.1", value_name = "ADDRESS")]
    bind: String,
    /// Open the preview in the default browser.
    #[arg(long)]
    open: bool,
    /// The link that opens a file at a line in your editor, with {path}, {line} and {column}.
    #[arg(
        long,
        env = "PRIVASITE_EDITOR_URL",
        default_value = "vscode://file/{path}:{line}:{column}",
        value_name = "URL"
    )]
    editor_url: String,
    #[command(flatten)]
    rules: RuleArgs,
}

#[derive(Debug, Args)]
struct NewVersionArgs {
    #[command(flatten)]
    root: RootArg,
    /// The date of the new version (YYYY-MM-DD); today by default.
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
    /// Instead of archiving: record the fingerprints of the archived version of DATE as its
    /// pages read now (for a version archived by hand, or a wording change accepted knowingly).
    #[arg(long, value_name = "DATE", conflicts_with = "date")]
    fingerprint: Option<String>,
}

#[derive(Debug, Args)]
struct DiffArgs {
    #[command(flatten)]
    root: RootArg,
    /// The older side: a date of the archive, `current`, a YAML file, or `git:REV`
    /// (content/policy.yaml at that revision). Default: the newest archived version.
    from: Option<String>,
    /// The newer side, written the same way. Default: `current`.
    to: Option<String>,
    /// The language of the changelog and the text (default: the site's default language).
    #[arg(long, value_name = "LANG")]
    lang: Option<String>,
    /// `text` for a terminal, `markdown` for a pull-request comment.
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    format: DiffFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum DiffFormat {
    /// Plain or coloured text.
    Text,
    /// Markdown, for a pull-request comment.
    Markdown,
}

#[derive(Debug, Args)]
struct RootArg {
    /// The site's folder, holding `content/`, and optionally `locales/` and `themes/`.
    #[arg(long, default_value = ".", value_name = "DIR")]
    root: PathBuf,
}

#[derive(Debug, Args)]
struct BuildArgs {
    #[command(flatten)]
    root: RootArg,
    /// Where to write the site; overrides `output_dir` in site.yaml.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// The address the site is published at (canonical and hreflang links, the feed);
    /// overrides `base_url` in site.yaml. A path is fine: https://example.be/legal/privacy/
    #[arg(long, value_name = "URL", value_parser = web_address)]
    base_url: Option<String>,
    /// Build even when the content has errors, for review: every place the policy does not
    /// state, or states wrongly, is marked on the pages, which say they are a draft.
    #[arg(long)]
    draft: bool,
    #[command(flatten)]
    rules: RuleArgs,
}

#[derive(Debug, Args)]
struct CheckArgs {
    #[command(flatten)]
    root: RootArg,
    /// How to print findings.
    #[arg(long, value_enum, default_value_t = FormatArg::Human)]
    format: FormatArg,
    /// Print the explanation of a rule (such as PS-C03) and exit.
    #[arg(long, value_name = "RULE")]
    explain: Option<String>,
    /// Compare content/policy.yaml with this git revision for a forgotten date (PS-V06),
    /// instead of HEAD; for a pull request, `--since origin/main`.
    #[arg(long, value_name = "REV")]
    since: Option<String>,
    #[command(flatten)]
    rules: RuleArgs,
}

/// Rule levels for this run; they win over `check:` in site.yaml.
#[derive(Debug, Args, Default)]
struct RuleArgs {
    /// Do not report this rule (repeatable).
    #[arg(short = 'A', long = "allow", value_name = "RULE")]
    allow: Vec<String>,
    /// Report this rule as a warning (repeatable).
    #[arg(short = 'W', long = "warn", value_name = "RULE")]
    warn: Vec<String>,
    /// Report this rule as an error (repeatable); `--deny warnings` makes every warning an
    /// error.
    #[arg(short = 'D', long = "deny", value_name = "RULE")]
    deny: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum FormatArg {
    /// For people: `file:line:col`, the line itself, a caret and a hint.
    Human,
    /// One JSON document with every finding, for tools.
    Json,
    /// GitHub Actions workflow commands, which become annotations on the pull request.
    Github,
    /// SARIF 2.1.0, for GitHub code scanning.
    Sarif,
}

impl From<FormatArg> for Format {
    fn from(f: FormatArg) -> Format {
        match f {
            FormatArg::Human => Format::Human,
            FormatArg::Json => Format::Json,
            FormatArg::Github => Format::Github,
            FormatArg::Sarif => Format::Sarif,
        }
    }
}

/// How much privasite says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Verbosity {
    /// Errors only.
    Quiet,
    /// Errors, warnings, notes and a line on what was done.
    Normal,
    /// Also the time each step took.
    Verbose,
}

/// Where and how output goes for this run.
struct Output {
    style: Style,
    verbosity: Verbosity,
}

impl Output {
    fn new(choice: ColorChoice, verbosity: Verbosity) -> Output {
        let color = match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stderr().is_terminal()
            }
        };
        Output {
            style: if color { Style::Color } else { Style::Plain },
            verbosity,
        }
    }

    /// A line for the person at the terminal that must always be seen: an error.
    fn say(&self, text: &str) {
        let _ = writeln!(std::io::stderr().lock(), "{text}");
    }

    /// An error privasite could not get past, with what to do about it.
    fn error(&self, error: &dyn std::fmt::Display, hint: Option<String>) {
        let mut text = format!("error: {error}");
        if let Some(hint) = hint {
            text.push_str(&format!("\n  = hint: {hint}"));
        }
        self.say(&text);
    }

    /// What was done, and what to do next; not printed with `--quiet`.
    fn info(&self, text: &str) {
        if self.verbosity >= Verbosity::Normal {
            self.say(text);
        }
    }

    /// How long a step took; printed with `--verbose` only.
    fn timing(&self, step: &str, started: std::time::Instant) {
        if self.verbosity == Verbosity::Verbose {
            self.say(&format!(
                "{step} in {:.1} ms",
                started.elapsed().as_secs_f64() * 1000.0
            ));
        }
    }

    /// Human output goes to stderr beside privasite's other messages; the machine formats go
    /// to stdout, so a tool or the Actions runner reads them alone.
    fn findings(&self, findings: &Findings, format: Format, root: &Path) {
        let errors_only;
        let findings = if self.verbosity == Verbosity::Quiet && format == Format::Human {
            errors_only = Findings {
                diagnostics: findings
                    .diagnostics
                    .iter()
                    .filter(|d| d.severity == diagnostic::Severity::Error)
                    .cloned()
                    .collect(),
                sources: findings.sources.clone(),
            };
            &errors_only
        } else {
            findings
        };
        if findings.diagnostics.is_empty() && matches!(format, Format::Human | Format::Github) {
            return;
        }
        let diagnostics = diagnostic::rebase(&findings.diagnostics, root);
        let text = diagnostic::render(
            &diagnostics,
            format,
            &findings.sources.rebased(root),
            &Registry,
            self.style,
        );
        let _ = match format {
            Format::Human => std::io::stderr().lock().write_all(text.as_bytes()),
            _ => std::io::stdout().lock().write_all(text.as_bytes()),
        };
    }
}

/// Runs privasite with these arguments and returns the process exit code.
pub fn run(args: impl IntoIterator<Item = impl Into<OsString> + Clone>) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                EXIT_FAILURE
            } else {
                EXIT_OK
            };
        }
    };
    let verbosity = if cli.quiet {
        Verbosity::Quiet
    } else if cli.verbose {
        Verbosity::Verbose
    } else {
        Verbosity::Normal
    };
    let out = Output::new(cli.color, verbosity);
    match cli.command {
        Command::Init(args) => init(&args, &out),
        Command::Build(args) => build(&args, &out),
        Command::Check(args) => check(&args, &out),
        Command::NewVersion(args) => new_version(&args, &out),
        Command::Diff(args) => diff(&args, &out, cli.color),
        Command::Serve(args) => serve(&args, out),
        Command::Schema(args) => schema(&args, &out),
        Command::Completions(args) => completions(&args),
    }
}

fn init(args: &InitArgs, out: &Output) -> i32 {
    let options = crate::init::InitOptions {
        languages: args.languages.iter().map(|l| l.trim().to_owned()).collect(),
        eject_theme: args.eject_theme,
        eject_locales: args.eject_locales,
    };
    match crate::init::init(&args.dir, &options) {
        Ok(written) => {
            for path in written {
                out.info(&format!("created {}", args.dir.join(path).display()));
            }
            let root = if args.dir == Path::new(".") {
                String::new()
            } else {
                format!(" --root {}", args.dir.display())
            };
            out.info(&format!(
                "next: fill in content/policy.yaml; `privasite serve{root}` shows the pages as you write, `privasite check{root}` lists what is still open"
            ));
            EXIT_OK
        }
        Err(e) => {
            out.error(&e, e.hint());
            EXIT_FAILURE
        }
    }
}

fn schema(args: &SchemaArgs, out: &Output) -> i32 {
    use crate::schema::{self, SchemaFile};
    if let Some(file) = args.print {
        let file = match file {
            SchemaFileArg::Site => SchemaFile::Site,
            SchemaFileArg::Policy => SchemaFile::Policy,
            SchemaFileArg::PolicyJson => SchemaFile::PolicyJson,
        };
        let _ = std::io::stdout()
            .lock()
            .write_all(schema::generate(file).as_bytes());
        return EXIT_OK;
    }
    match schema::write(&args.root.root.join(&args.out)) {
        Ok(written) => {
            for path in written {
                out.info(&format!("wrote {}", path.display()));
            }
            out.info(&format!(
                "start content/site.yaml and content/policy.yaml with `{}<path to the schema>` (see the README, \"Editing in VS Code\")",
                schema::MODELINE_PREFIX
            ));
            EXIT_OK
        }
        Err(e) => {
            out.say(&format!("error: {e}"));
            EXIT_FAILURE
        }
    }
}

fn completions(args: &CompletionsArgs) -> i32 {
    use clap::CommandFactory;
    let mut command = Cli::command();
    clap_complete::generate(
        args.shell,
        &mut command,
        "privasite",
        &mut std::io::stdout(),
    );
    EXIT_OK
}

fn rule_config(args: &RuleArgs, out: &Output) -> Result<RuleConfig, i32> {
    let mut settings = Vec::new();
    let mut deny_warnings = false;
    for (ids, setting) in [
        (&args.allow, Setting::Allow),
        (&args.warn, Setting::Warn),
        (&args.deny, Setting::Deny),
    ] {
        for id in ids {
            if setting == Setting::Deny && id == "warnings" {
                deny_warnings = true;
                continue;
            }
            match rules::find(id) {
                Some(rule) => settings.push((rule.id.to_owned(), setting)),
                None => {
                    let known: Vec<&str> = rules::all().map(|r| r.id).collect();
                    let hint = diagnostic::did_you_mean(id, known.iter().copied())
                        .map_or_else(String::new, |b| format!(" (did you mean {b}?)"));
                    out.say(&format!(
                        "error: `{id}` is not a rule of privasite check{hint}; `privasite check --explain RULE` describes one"
                    ));
                    return Err(EXIT_FAILURE);
                }
            }
        }
    }
    Ok(RuleConfig::default().with_command_line(settings, deny_warnings))
}

/// The server's messages go to the terminal as `build`'s do.
struct ServeReporter {
    out: Output,
    root: PathBuf,
}

impl crate::serve::Reporter for ServeReporter {
    fn say(&self, text: &str) {
        self.out.say(text);
    }

    fn findings(&self, findings: &Findings) {
        self.out.findings(findings, Format::Human, &self.root);
    }
}

fn serve(args: &ServeArgs, out: Output) -> i32 {
    let rules = match rule_config(&args.rules, &out) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let options = crate::serve::ServeOptions {
        root: args.root.root.clone(),
        bind: args.bind.clone(),
        port: args.port,
        editor: args.editor_url.clone(),
        open: args.open,
        build: BuildOptions {
            rules,
            ..Default::default()
        },
    };
    let reporter = std::sync::Arc::new(ServeReporter {
        out,
        root: args.root.root.clone(),
    });
    match crate::serve::serve(&options, reporter.clone()) {
        Ok(()) => EXIT_OK,
        Err(e) => {
            reporter.out.say(&format!("error: {e}"));
            EXIT_FAILURE
        }
    }
}

/// `--base-url`: a web address, made to end with `/`.
fn web_address(url: &str) -> Result<String, String> {
    crate::policy::Settings::web_address(url).ok_or_else(|| {
        format!("`{url}` is not a web address; write the full address, such as https://privacy.example.be/")
    })
}

fn build(args: &BuildArgs, out: &Output) -> i32 {
    let root = &args.root.root;
    let rules = match rule_config(&args.rules, out) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let options = BuildOptions {
        rules,
        draft: args.draft,
        base_url: args.base_url.clone(),
        ..Default::default()
    };
    let started = std::time::Instant::now();
    let built = match crate::build(root, &options) {
        Ok(built) => built,
        Err(e) => return report_error(&e, Format::Human, root, out, true),
    };
    out.timing("loaded, checked and rendered", started);
    out.findings(&built.findings, Format::Human, root);
    let target = match &args.out {
        Some(dir) => dir.clone(),
        None => root.join(&built.settings.output_dir),
    };
    let started = std::time::Instant::now();
    let published = match crate::output::publish(&built.site, &target, root) {
        Ok(published) => published,
        Err(e) => return report_error(&Error::Write(e), Format::Human, root, out, true),
    };
    out.timing("written to disk", started);
    for repair in &published.repairs {
        out.info(&format!("note: {repair}"));
    }
    out.info(&format!(
        "built {} files in {} languages into {}{}",
        built.site.len(),
        built.settings.languages.len(),
        target.display(),
        if options.is_draft(&built.settings) {
            " (a draft: not for publication)"
        } else {
            ""
        }
    ));
    EXIT_OK
}

fn check(args: &CheckArgs, out: &Output) -> i32 {
    if let Some(id) = &args.explain {
        return explain(id, out);
    }
    let rules = match rule_config(&args.rules, out) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let root = &args.root.root;
    let format = Format::from(args.format);
    let options = BuildOptions {
        rules,
        since: args.since.clone(),
        ..Default::default()
    };
    match crate::build(root, &options) {
        // A draft builds despite its errors; `check` still fails on them, so CI never
        // publishes an incomplete policy.
        Ok(built) if built.findings.error_count() > 0 => {
            report_error(&Error::Invalid(built.findings), format, root, out, false)
        }
        Ok(built) => {
            out.findings(&built.findings, format, root);
            if format == Format::Human {
                out.info(&summary(&built.findings));
            }
            EXIT_OK
        }
        Err(e) => report_error(&e, format, root, out, false),
    }
}

fn parse_date_arg(text: &str, out: &Output) -> Result<crate::policy::Date, i32> {
    match crate::check::resolve::parse_date(text) {
        Some(d) => Ok(d),
        None => {
            out.say(&format!(
                "error: `{text}` is not a date; write it as YYYY-MM-DD, such as 2026-03-01"
            ));
            Err(EXIT_FAILURE)
        }
    }
}

/// `new-version`: archive the published version, date the next one.
fn new_version(args: &NewVersionArgs, out: &Output) -> i32 {
    let root = &args.root.root;
    let (date, fingerprint_only) = match (&args.date, &args.fingerprint) {
        (_, Some(d)) => (parse_date_arg(d, out), true),
        (Some(d), None) => (parse_date_arg(d, out), false),
        (None, None) => (Ok(crate::archive::today()), false),
    };
    let date = match date {
        Ok(d) => d,
        Err(code) => return code,
    };
    let built = match crate::archive::build_for_archive(root) {
        Ok(built) => built,
        Err(e) => {
            let code = report_error(&e, Format::Human, root, out, true);
            out.say("the version is archived only once it builds without errors");
            return code;
        }
    };
    let result = if fingerprint_only {
        crate::archive::fingerprint(root, &built, date).map(|path| {
            format!(
                "recorded the fingerprints of the version of {} in {}",
                crate::policy::iso_date(date),
                path.display()
            )
        })
    } else {
        crate::archive::new_version(root, &built, date).map(|done| {
            format!(
                "archived the published version as {} (its page fingerprints in {})
content/policy.yaml is now dated {}: describe this version's changes in `change_summary`",
                done.snapshot.display(),
                done.fingerprints.display(),
                crate::policy::iso_date(done.new_date)
            )
        })
    };
    match result {
        Ok(message) => {
            out.info(&message);
            EXIT_OK
        }
        Err(e) => {
            out.error(&e, e.hint());
            EXIT_FAILURE
        }
    }
}

/// `diff [FROM] [TO]`: exit 0 when the two are the same, 1 when they differ.
fn diff(args: &DiffArgs, out: &Output, color: ColorChoice) -> i32 {
    use crate::diff::{self as d, Side};
    let root = &args.root.root;
    let built = match crate::build(
        root,
        &BuildOptions {
            draft: true,
            ..Default::default()
        },
    ) {
        Ok(built) => built,
        Err(e) => return report_error(&e, Format::Human, root, out, false),
    };
    let from = match args
        .from
        .as_deref()
        .map(Side::parse)
        .or_else(|| d::default_from(&built.history))
    {
        Some(side) => side,
        None => {
            out.say("error: there is no archived version to compare with\n  = hint: name one: `privasite diff git:origin/main`, or a YAML file");
            return EXIT_FAILURE;
        }
    };
    let to = args.to.as_deref().map_or(Side::Current, Side::parse);
    let lang = args
        .lang
        .clone()
        .unwrap_or_else(|| built.settings.default_language.clone());
    if !built.settings.languages.contains(&lang) {
        out.say(&format!(
            "error: the site is not published in `{lang}`; its languages are {}",
            built.settings.languages.join(", ")
        ));
        return EXIT_FAILURE;
    }
    let comparison = match d::compare(root, &built, &from, &to, &lang) {
        Ok(c) => c,
        Err(e) => {
            out.say(&format!("error: {e}"));
            return EXIT_FAILURE;
        }
    };
    let use_color = match color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    };
    let output = match args.format {
        DiffFormat::Markdown => d::Output::Markdown,
        DiffFormat::Text => d::Output::Text { color: use_color },
    };
    let translations = match crate::i18n::Translations::load(
        &crate::project::Project::folder(root),
        &built.settings.languages,
        built.settings.register,
    ) {
        Ok(t) => t,
        Err(e) => {
            out.findings(
                &Findings {
                    diagnostics: e.diagnostics,
                    sources: e.sources,
                },
                Format::Human,
                root,
            );
            return EXIT_FAILURE;
        }
    };
    let words = crate::render::view::Words {
        t: &translations,
        lang: &lang,
        draft: false,
    };
    match d::print(&comparison, output, &words) {
        Ok(text) => {
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            if comparison.is_empty() {
                EXIT_OK
            } else {
                EXIT_INVALID
            }
        }
        Err(e) => {
            out.say(&format!("error: {e}"));
            EXIT_FAILURE
        }
    }
}

/// "no errors", or "no errors; 2 warnings, 1 note".
fn summary(findings: &Findings) -> String {
    let count = |severity| {
        findings
            .diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    };
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut parts = Vec::new();
    let warnings = count(diagnostic::Severity::Warning);
    if warnings > 0 {
        parts.push(plural(warnings, "warning", "warnings"));
    }
    let notes = count(diagnostic::Severity::Note);
    if notes > 0 {
        parts.push(plural(notes, "note", "notes"));
    }
    if parts.is_empty() {
        "no errors".to_owned()
    } else {
        format!("no errors; {}", parts.join(", "))
    }
}

/// `check --explain RULE`: the rule's explanation, like `rustc --explain`.
fn explain(id: &str, out: &Output) -> i32 {
    match rules::find(id) {
        Some(rule) => {
            let text = format!(
                "{} ({}): {}\nSource: {}\n\n{}\n",
                rule.id,
                rule.level.label(),
                rule.summary,
                rule.source,
                rule.explanation.trim()
            );
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
            EXIT_OK
        }
        None => {
            let known: Vec<&str> = rules::all().map(|r| r.id).collect();
            let hint = diagnostic::did_you_mean(id, known.iter().copied())
                .map_or_else(String::new, |b| format!("; did you mean {b}?"));
            out.say(&format!(
                "error: there is no rule `{id}`{hint}\nthe rules are listed in docs/rules.md"
            ));
            EXIT_FAILURE
        }
    }
}

/// Prints a failed build in the chosen format and picks the exit code.
/// `wrote_nothing` adds ", nothing was written" to the count, for the commands that write.
fn report_error(
    error: &Error,
    format: Format,
    root: &Path,
    out: &Output,
    wrote_nothing: bool,
) -> i32 {
    match error {
        Error::Invalid(findings) => {
            out.findings(findings, format, root);
            if format == Format::Human {
                out.say(&format!(
                    "{} error(s) found{}",
                    findings.error_count(),
                    if wrote_nothing {
                        "; nothing was written"
                    } else {
                        ""
                    }
                ));
            }
            EXIT_INVALID
        }
        Error::Unreadable(findings) => {
            out.findings(findings, format, root);
            EXIT_FAILURE
        }
        Error::Write(e) => {
            let mut d = diagnostic::Diagnostic::error("", e.to_string());
            d.hint = e.hint();
            out.findings(
                &Findings {
                    diagnostics: vec![d],
                    sources: Default::default(),
                },
                Format::Human,
                root,
            );
            EXIT_FAILURE
        }
    }
}
