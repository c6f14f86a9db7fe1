//! Per-program results, their comparison and diff, and the whole run's report (also
//! written as JSON by `--json`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Serialize;
use similar::TextDiff;

use super::child::Outcome;
use super::Config;

/// A diff longer than this many lines is cut (the report says how many were left out).
const MAX_DIFF_LINES: usize = 200;

/// The outcome of one program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Same exit code, stdout and stderr.
    Pass,
    /// krait's run differs from CPython's.
    Fail,
    /// krait did not finish within the timeout (it was killed).
    Timeout,
    /// The program could not be checked: it does not compile, CPython timed out on it,
    /// a directive is malformed, krait could not be started, …
    Error,
    /// A `skip` or `requires` directive said not to run it.
    Skip,
}

impl Status {
    /// Whether this result makes the run fail.
    pub fn is_failure(self) -> bool {
        matches!(self, Status::Fail | Status::Timeout | Status::Error)
    }

    /// The word shown for it.
    pub fn label(self) -> &'static str {
        match self {
            Status::Pass => "PASS",
            Status::Fail => "FAIL",
            Status::Timeout => "TIMEOUT",
            Status::Error => "ERROR",
            Status::Skip => "SKIP",
        }
    }
}

/// One side's run.
#[derive(Debug, Clone, Serialize)]
pub struct RunSummary {
    /// Exit code (`-N` for a death by signal N); `null` when killed for the timeout.
    pub exit: Option<i32>,
    pub timed_out: bool,
    pub duration_ms: u64,
    pub stdout_bytes: usize,
    pub stderr_bytes: usize,
}

impl RunSummary {
    fn of(o: &Outcome) -> RunSummary {
        RunSummary {
            exit: o.exit,
            timed_out: o.timed_out,
            duration_ms: millis(o.duration),
            stdout_bytes: o.stdout.len(),
            stderr_bytes: o.stderr.len(),
        }
    }
}

/// The first thing that differs, in the order stdout, stderr, exit code.
#[derive(Debug, Clone, Serialize)]
pub struct FirstDiff {
    /// `"stdout"`, `"stderr"` or `"exit"`.
    pub stream: &'static str,
    /// A unified diff (`--- cpython STREAM` / `+++ krait STREAM`), or for `exit` one line.
    pub diff: String,
}

/// The result of checking one program.
#[derive(Debug, Clone, Serialize)]
pub struct FileResult {
    pub path: PathBuf,
    pub status: Status,
    /// One line: why it failed, errored or was skipped (empty for a pass).
    pub message: String,
    pub duration_ms: u64,
    pub cpython: Option<RunSummary>,
    pub krait: Option<RunSummary>,
    pub first_diff: Option<FirstDiff>,
}

impl FileResult {
    pub(super) fn error(path: &Path, message: String, duration: Duration) -> FileResult {
        FileResult {
            path: path.to_path_buf(),
            status: Status::Error,
            message,
            duration_ms: millis(duration),
            cpython: None,
            krait: None,
            first_diff: None,
        }
    }

    pub(super) fn skipped(path: &Path, reason: String) -> FileResult {
        FileResult {
            status: Status::Skip,
            ..FileResult::error(path, reason, Duration::ZERO)
        }
    }

    /// Compares the two runs of a program.
    pub(super) fn compare(
        path: &Path,
        cpython: &Outcome,
        krait: &Outcome,
        timeout: Duration,
        duration: Duration,
    ) -> FileResult {
        let mut r = FileResult {
            path: path.to_path_buf(),
            status: Status::Pass,
            message: String::new(),
            duration_ms: millis(duration),
            cpython: Some(RunSummary::of(cpython)),
            krait: Some(RunSummary::of(krait)),
            first_diff: None,
        };
        let secs = timeout.as_secs_f64();
        if cpython.timed_out {
            r.status = Status::Error;
            r.message = format!("CPython itself timed out after {secs}s");
            return r;
        }
        if krait.timed_out {
            r.status = Status::Timeout;
            r.message = format!("krait timed out after {secs}s (killed)");
            return r;
        }
        let streams: [(&'static str, &[u8], &[u8]); 2] = [
            ("stdout", &cpython.stdout, &krait.stdout),
            ("stderr", &cpython.stderr, &krait.stderr),
        ];
        let differing: Vec<&str> = streams
            .iter()
            .filter(|(_, a, b)| a != b)
            .map(|(n, _, _)| *n)
            .chain((cpython.exit != krait.exit).then_some("exit code"))
            .collect();
        if differing.is_empty() {
            return r;
        }
        r.status = Status::Fail;
        r.message = format!(
            "{} differ{} (exit: cpython {}, krait {})",
            differing.join(", "),
            if differing.len() == 1 { "s" } else { "" },
            show_exit(cpython.exit),
            show_exit(krait.exit),
        );
        r.first_diff = Some(match streams.iter().find(|(_, a, b)| a != b) {
            Some((name, a, b)) => FirstDiff {
                stream: name,
                diff: unified_diff(name, a, b),
            },
            None => FirstDiff {
                stream: "exit",
                diff: format!(
                    "exit code: cpython {}, krait {}\n",
                    show_exit(cpython.exit),
                    show_exit(krait.exit)
                ),
            },
        });
        r
    }

    /// The failure as text: a `STATUS path: message` line and the first diff.
    pub fn failure_text(&self) -> String {
        let mut s = format!(
            "{} {}: {}\n",
            self.status.label(),
            self.path.display(),
            self.message
        );
        if let Some(d) = &self.first_diff {
            s.push_str(&d.diff);
            if !d.diff.ends_with('\n') {
                s.push('\n');
            }
        }
        s
    }
}

fn show_exit(e: Option<i32>) -> String {
    match e {
        Some(c) if c < 0 => format!("{c} (signal {})", -c),
        Some(c) => c.to_string(),
        None => "none".to_string(),
    }
}

fn millis(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

/// A unified diff of two outputs, labelled `--- cpython NAME` / `+++ krait NAME`, cut after
/// [`MAX_DIFF_LINES`] lines. Bytes that are not UTF-8 are shown replaced; when that hides
/// the difference, the first differing byte offset is given instead.
pub fn unified_diff(name: &str, cpython: &[u8], krait: &[u8]) -> String {
    let a = String::from_utf8_lossy(cpython);
    let b = String::from_utf8_lossy(krait);
    let diff = TextDiff::configure()
        .timeout(Duration::from_secs(2))
        .diff_lines(a.as_ref(), b.as_ref());
    let text = diff
        .unified_diff()
        .context_radius(3)
        .header(&format!("cpython {name}"), &format!("krait {name}"))
        .to_string();
    if text.is_empty() {
        let at = cpython
            .iter()
            .zip(krait)
            .position(|(x, y)| x != y)
            .unwrap_or(cpython.len().min(krait.len()));
        return format!(
            "--- cpython {name}\n+++ krait {name}\n(the outputs differ in bytes that are not \
             UTF-8, first at byte {at}; lengths {} and {})\n",
            cpython.len(),
            krait.len()
        );
    }
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    if lines.len() <= MAX_DIFF_LINES {
        return text;
    }
    let mut cut: String = lines[..MAX_DIFF_LINES].concat();
    let _ = writeln!(
        cut,
        "... ({} more diff lines)",
        lines.len() - MAX_DIFF_LINES
    );
    cut
}

/// The CPython of a report.
#[derive(Debug, Clone, Serialize)]
pub struct PythonInfo {
    pub path: PathBuf,
    pub version: String,
}

/// The result of a whole run.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub python: PythonInfo,
    pub krait: PathBuf,
    pub passed: usize,
    pub failed: usize,
    pub skipped: usize,
    pub duration_ms: u64,
    /// In the order of the files given (sorted by discovery).
    pub files: Vec<FileResult>,
}

impl Report {
    pub(super) fn new(config: &Config, files: Vec<FileResult>, duration: Duration) -> Report {
        let count = |f: fn(&FileResult) -> bool| files.iter().filter(|r| f(r)).count();
        Report {
            python: PythonInfo {
                path: config.python.path.clone(),
                version: config.python.full_version.clone(),
            },
            krait: config.krait.clone(),
            passed: count(|r| r.status == Status::Pass),
            failed: count(|r| r.status.is_failure()),
            skipped: count(|r| r.status == Status::Skip),
            duration_ms: millis(duration),
            files,
        }
    }

    /// No program failed, timed out or errored (skipped ones do not count against).
    pub fn all_passed(&self) -> bool {
        self.failed == 0
    }

    /// The failing results.
    pub fn failures(&self) -> impl Iterator<Item = &FileResult> {
        self.files.iter().filter(|r| r.status.is_failure())
    }

    /// Every failure with its diff, then the summary line.
    pub fn failure_text(&self) -> String {
        let mut s = String::new();
        for f in self.failures() {
            s.push_str(&f.failure_text());
            s.push('\n');
        }
        s.push_str(&self.summary_line());
        s.push('\n');
        s
    }

    /// `passed N, failed M` (and `, skipped K` when some were).
    pub fn summary_line(&self) -> String {
        let mut s = format!("passed {}, failed {}", self.passed, self.failed);
        if self.skipped > 0 {
            let _ = write!(s, ", skipped {}", self.skipped);
        }
        s
    }

    /// The JSON form (see docs/conform.md).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }
}
