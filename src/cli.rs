//! The command line: parses arguments, calls the library, prints, and returns the exit code.
//!
//! Exit codes: 0 success; 1 the content has errors (the author must fix something); 2 privasite
//! could not do its work (unreadable files, an output directory it may not replace, a broken
//! theme).

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, Parser, Subcommand};

use crate::diagnostic::{self, Diagnostic, Format};
use crate::{Error, Findings};

/// Exit code: everything went well.
pub const EXIT_OK: i32 = 0;
/// Exit code: the content has errors.
pub const EXIT_INVALID: i32 = 1;
/// Exit code: privasite could not run.
pub const EXIT_FAILURE: i32 = 2;

#[derive(Debug, Parser)]
#[command(
    name = "privasite",
    version,
    about = "Multilingual GDPR privacy, cookie and FAQ pages from YAML."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the site into the output directory (by default `public/`).
    Build(BuildArgs),
    /// Check the content for errors and warnings without writing anything.
    Check(CheckArgs),
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
}

#[derive(Debug, Args)]
struct CheckArgs {
    #[command(flatten)]
    root: RootArg,
    /// How to print findings.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
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
    match cli.command {
        Command::Build(args) => build(&args),
        Command::Check(args) => check(&args),
    }
}

fn build(args: &BuildArgs) -> i32 {
    let root = &args.root.root;
    let built = match crate::build(root) {
        Ok(built) => built,
        Err(e) => return report_error(&e, Format::Human, root),
    };
    print_findings(&built.findings, Format::Human, root);
    let out = match &args.out {
        Some(out) => out.clone(),
        None => root.join(&built.settings.output_dir),
    };
    if let Err(e) = crate::site::write(&built.site, &out) {
        return report_error(&Error::Write(e), Format::Human, root);
    }
    eprintln!(
        "built {} files in {} languages into {}",
        built.site.len(),
        built.settings.languages.len(),
        out.display()
    );
    EXIT_OK
}

fn check(args: &CheckArgs) -> i32 {
    match crate::build(&args.root.root) {
        Ok(built) => {
            print_findings(&built.findings, args.format, &args.root.root);
            if args.format == Format::Human {
                let warnings = built.findings.diagnostics.len();
                eprintln!(
                    "no errors{}",
                    if warnings > 0 {
                        format!(", {warnings} warning(s)")
                    } else {
                        String::new()
                    }
                );
            }
            EXIT_OK
        }
        Err(e) => report_error(&e, args.format, &args.root.root),
    }
}

/// Prints a failed build in the chosen format and picks the exit code.
fn report_error(error: &Error, format: Format, root: &Path) -> i32 {
    match error {
        Error::Invalid(findings) => {
            print_findings(findings, format, root);
            if format == Format::Human {
                eprintln!(
                    "{} error(s) found; nothing was written",
                    findings.error_count()
                );
            }
            EXIT_INVALID
        }
        Error::Render(e) => {
            print_findings(&one(Diagnostic::error(e.to_string())), format, root);
            EXIT_INVALID
        }
        Error::Write(e) => {
            let mut d = Diagnostic::error(e.to_string());
            d.hint = e.hint();
            print_findings(&one(d), format, root);
            EXIT_FAILURE
        }
    }
}

fn one(d: Diagnostic) -> Findings {
    Findings {
        diagnostics: vec![d],
        sources: Default::default(),
    }
}

/// Human output goes to stderr beside privasite's other messages; JSON and GitHub commands go
/// to stdout, so a tool or the Actions runner can read them alone.
fn print_findings(findings: &Findings, format: Format, root: &Path) {
    if findings.diagnostics.is_empty() && format != Format::Json {
        return;
    }
    let diagnostics = diagnostic::rebase(&findings.diagnostics, root);
    let text = diagnostic::render(&diagnostics, format, &findings.sources.rebased(root));
    let _ = match format {
        Format::Human => std::io::stderr().lock().write_all(text.as_bytes()),
        Format::Json | Format::Github => std::io::stdout().lock().write_all(text.as_bytes()),
    };
}
