//! Every program under `tests/programs/` must behave under `krait run` exactly as under
//! CPython: same stdout, stderr and exit code (see docs/conform.md).
//!
//! - `KRAIT_CONFORM_PYTHON` names the CPython (a path or a name on PATH; default
//!   python3.11 from PATH or pyenv);
//! - `KRAIT_CONFORM_FILTER` keeps only the programs whose path contains it.
//!
//! Skipped, saying why, when no such CPython is installed or when this krait has no `run`
//! subcommand yet.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use krait::conform::{self, Config};
use krait::python_finder;

#[test]
fn programs_match_cpython() {
    let krait = PathBuf::from(env!("CARGO_BIN_EXE_krait"));
    let wanted = std::env::var_os("KRAIT_CONFORM_PYTHON");
    let python = match python_finder::find(wanted.as_deref(), conform::DEFAULT_PYTHON) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("skipped: {e}");
            return;
        }
    };
    let has_run = Command::new(&krait)
        .args(["run", "--help"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !has_run {
        eprintln!("skipped: this krait has no `run` subcommand yet");
        return;
    }

    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let mut files = conform::discover(&[dir]).expect("tests/programs holds .py programs");
    if let Ok(filter) = std::env::var("KRAIT_CONFORM_FILTER") {
        files.retain(|f| f.to_string_lossy().contains(&filter));
    }
    let config = Config::new(python, krait);
    eprintln!(
        "checking {} programs against CPython {} ({})",
        files.len(),
        config.python.full_version,
        config.python.path.display()
    );
    let report = conform::run_files(&config, &files, |_| {});
    assert!(
        report.all_passed(),
        "{} of {} programs differ from CPython {}:\n\n{}",
        report.failed,
        report.files.len(),
        config.python.full_version,
        report.failure_text()
    );
    eprintln!("{}", report.summary_line());
}
