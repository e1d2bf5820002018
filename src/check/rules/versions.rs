//! `PS-V…`: the published versions. Every earlier version is kept as it was published, so a
//! visitor, a regulator or a court can read the exact text of any date, and consent records can
//! point at a version. These rules are reported by `history` while it loads the archive and
//! compares it with what the pages would say now.

use crate::diagnostic::Severity::{Error, Note, Warning};

use super::rules;
use crate::check::rule::Family::Versions;

rules! {
    SNAPSHOT_DATE {
        id: "PS-V01", family: Versions, level: Error,
        summary: "an archived version whose file name is not its date",
        source: "privasite's history (content/history/)",
        explanation: r#"
An archived version lives in `content/history/<YYYY-MM-DD>.yaml`, named after its own
`last_updated`. Its address (`privacy/2025-03-01/`) is made from that date, so the two must
agree. `privasite new-version` names the file for you.

Wrong (`content/history/2025-03-01.yaml`):
```yaml
last_updated: 2025-02-14
```
Right (`content/history/2025-02-14.yaml`):
```yaml
last_updated: 2025-02-14
```
"#,
        check: None,
    }
    DUPLICATE_VERSION {
        id: "PS-V02", family: Versions, level: Error,
        summary: "two versions with the same date",
        source: "privasite's history (content/history/)",
        explanation: r#"
Each version is known by its date: two versions with one date would share one address, and a
consent record could not say which one a visitor accepted. Most often the current policy was
changed after archiving without a new date.

Wrong (`content/history/2025-03-01.yaml` exists):
```yaml
last_updated: 2025-03-01   # content/policy.yaml
```
Right:
```yaml
last_updated: 2025-09-15   # `privasite new-version --date 2025-09-15` sets it
```
"#,
        check: None,
    }
    CURRENT_NOT_NEWER {
        id: "PS-V03", family: Versions, level: Error,
        summary: "the current version is older than an archived one",
        source: "privasite's history (content/history/)",
        explanation: r#"
The current policy is the newest version: its date comes after every archived one.

Wrong (`content/history/2025-09-15.yaml` exists):
```yaml
last_updated: 2025-03-01
```
Right:
```yaml
last_updated: 2026-01-10
```
"#,
        check: None,
    }
    SNAPSHOT_UNREADABLE {
        id: "PS-V04", family: Versions, level: Error,
        summary: "an archived version that no longer loads",
        source: "privasite's history (content/history/)",
        explanation: r#"
Archived versions are never edited: privasite reads each with the model version it was written
for (its `schema:` field; a file without one is read as version 1). One that no longer loads was
edited by hand, or hit a bug in privasite. Restore it from git (`git checkout -- content/history/`).

Wrong:
```yaml
purposes:
  - id: orders
    legal_basis: contrat     # edited after archiving
```
Right:
```yaml
purposes:
  - id: orders
    legal_basis: contract    # as it was published
```
"#,
        check: None,
    }
    FROZEN_TEXT_CHANGED {
        id: "PS-V05", family: Versions, level: Warning,
        summary: "an archived page that would now read differently",
        source: "privasite's history (content/history/*.frozen.yaml)",
        explanation: r#"
When a version is archived, `privasite new-version` records a fingerprint of each page's text.
If a built-in sentence, a translation file or a template is changed later, the archived page
would be re-rendered with words it never had: the text published on that date must not change
silently. Revert the change for archived versions (keep the old wording as a separate message
in your site's `locales/`), or accept it knowingly.

Wrong (`locales/en/pages.ftl`, after 2025-03-01 was archived):
```ftl
rights-intro = You may have some rights.
```
Right:
```ftl
rights-intro = You have the following rights with regard to your personal data.
```
"#,
        check: None,
    }
    FORGOTTEN_DATE {
        id: "PS-V06", family: Versions, level: Warning,
        summary: "the policy changed but its date did not",
        source: "GDPR Art. 12(1), 13(3); WP260 rev.01 paras 29–32",
        explanation: r#"
Inside a git work tree, `check` compares `content/policy.yaml` with its last committed version
(or with `--since REV`). A change in substance under the published date would rewrite what
people were told on that date. Archive the published version and give the new one its date.

Wrong (a retention period changed, `last_updated` kept):
```yaml
last_updated: 2025-03-01
```
Right:
```yaml
last_updated: 2025-09-15   # after `privasite new-version --date 2025-09-15`
```
"#,
        check: None,
    }
    NO_FINGERPRINTS {
        id: "PS-V07", family: Versions, level: Note,
        summary: "an archived version without fingerprints of its text",
        source: "privasite's history (content/history/*.frozen.yaml)",
        explanation: r#"
Without `content/history/<date>.frozen.yaml`, privasite cannot tell whether an archived page
still reads as it was published. `privasite new-version` writes the file; for a version archived
by hand, write it with `privasite new-version --fingerprint <date>` right after archiving.

Wrong:
```text
content/history/2025-03-01.yaml
```
Right:
```text
content/history/2025-03-01.yaml
content/history/2025-03-01.frozen.yaml
```
"#,
        check: None,
    }
    SUMMARY_REPEATED {
        id: "PS-V08", family: Versions, level: Warning,
        summary: "the change summary of the previous version, repeated",
        source: "WP260 rev.01 para 30",
        explanation: r#"
`change_summary` tells people what changed in *this* version. After `new-version`, the one in
`policy.yaml` still describes the archived version until it is rewritten.

Wrong (the same text as in `content/history/2025-03-01.yaml`):
```yaml
change_summary: {en: We now use Mailer for our newsletter., …}
```
Right:
```yaml
change_summary: {en: We keep invoices for 7 years instead of 10., …}
```
"#,
        check: None,
    }
}
