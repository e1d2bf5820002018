//! Findings as GitHub Actions workflow commands, which the runner turns into annotations on
//! the pull request's files: `::error file=…,line=…,endLine=…,col=…,title=PS-C03::message`.

use super::{Diagnostic, Severity};

/// One command per finding, each on its own line.
pub fn render(diagnostics: &[Diagnostic]) -> String {
    diagnostics.iter().map(command).collect()
}

fn command(d: &Diagnostic) -> String {
    let kind = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "notice",
    };
    let mut message = d.message.clone();
    if let Some(l) = d.location.as_ref().filter(|l| !l.yaml_path.is_empty()) {
        message.push_str(&format!(" (in `{}`)", l.yaml_path));
    }
    if let Some(hint) = &d.hint {
        message.push_str(". Hint: ");
        message.push_str(hint);
    }
    let mut properties = Vec::new();
    if let Some(l) = &d.location {
        properties.push(format!(
            "file={}",
            escape_property(&l.file.display().to_string())
        ));
        if l.line > 0 {
            properties.push(format!("line={}", l.line));
            properties.push(format!("endLine={}", l.line));
            properties.push(format!("col={}", l.column));
        }
    }
    properties.push(format!("title={}", escape_property(d.rule)));
    format!(
        "::{kind} {}::{}\n",
        properties.join(","),
        escape_data(&message)
    )
}

/// GitHub's workflow-command syntax reserves these characters; other control characters would
/// reach the log as they are, so they are written out.
fn escape_data(s: &str) -> String {
    let s = s
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    super::escape_controls(&s).into_owned()
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Location;

    // One finding is one command, with the rule id as the annotation's title.
    #[test]
    fn one_line_per_finding_with_the_rule_as_title() {
        let d = Diagnostic::error("PS-S07", "two\nlines").at(Some(Location {
            file: "content/policy.yaml".into(),
            line: 3,
            column: 5,
            yaml_path: String::new(),
        }));
        assert_eq!(
            render(&[d]),
            "::error file=content/policy.yaml,line=3,endLine=3,col=5,title=PS-S07::two%0Alines\n"
        );
    }
}
