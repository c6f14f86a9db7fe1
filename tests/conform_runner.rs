//! The conformance runner itself, tested with fake "krait" executables: a shell script that
//! runs the real CPython (so every program must pass) and scripts that alter its output,
//! exit code or never finish (which must fail, with the right diff or status).
//!
//! Needs CPython 3.11 (PATH or pyenv); without it every test says so and passes.
#![cfg(unix)]

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use krait::conform::{self, Config, FileResult, Report, Status};
use krait::python_finder::{self, Python};

fn python() -> Option<Python> {
    match python_finder::find(None, conform::DEFAULT_PYTHON) {
        Ok(p) => Some(p),
        Err(e) => {
            eprintln!("skipped: {e}");
            None
        }
    }
}

/// Writes an executable `/bin/sh` script; `$PY` in `body` is the CPython's path.
fn script(dir: &Path, name: &str, py: &Python, body: &str) -> PathBuf {
    let p = dir.join(name);
    let text = format!(
        "#!/bin/sh\nPY='{}'\n[ \"$1\" = run ] || exit 99\nshift\n{body}\n",
        py.path.display()
    );
    std::fs::write(&p, text).expect("write script");
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    p
}

/// A directory of programs that exercise argv, stdin, stderr, exit codes, tracebacks (with
/// source lines), files written to the working directory and hash-seeded set order.
fn programs(dir: &Path) -> PathBuf {
    let progs = dir.join("progs");
    let write = |rel: &str, src: &str| {
        let p = progs.join(rel);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(p, src).expect("write program");
    };
    write(
        "hello.py",
        "# conform: args a \"b c\"\n# conform: stdin \"l1\\nl2\\n\"\nimport sys\n\
         print('hello world', sys.argv)\nprint(sys.stdin.read().split())\n\
         print({'x', 'y', 'z', 'w'})\n",
    );
    write(
        "sub/raises.py",
        "def f(x):\n    return 1 / x\nprint('before')\nf(0)\n",
    );
    write(
        "sub/exit.py",
        "import sys\nprint('to stderr', file=sys.stderr)\nsys.exit(3)\n",
    );
    write(
        "sub/files.py",
        "import os\nopen('out.txt', 'x').write('hi')\nprint(sorted(os.listdir('.')))\n",
    );
    write(
        "env.py",
        "# conform: env GREETING=hi there\nimport os\n\
         print(os.environ['GREETING'], os.environ.get('PYTHONHASHSEED'))\n",
    );
    write(
        "empty_stdin.py",
        "import sys\nprint(repr(sys.stdin.read()))\n",
    );
    std::fs::write(progs.join("not_a_program.txt"), "ignored").expect("write");
    progs
}

/// A fake body that runs CPython and changes "world" to "WORLD" on stdout, keeping the
/// exit code.
const ALTER_STDOUT: &str =
    "o=$(mktemp); \"$PY\" \"$@\" >\"$o\"; rc=$?; sed 's/world/WORLD/' \"$o\"; rm -f \"$o\"; exit $rc";

fn config(py: &Python, krait: PathBuf) -> Config {
    let mut c = Config::new(py.clone(), krait);
    c.jobs = 2;
    c
}

fn result<'a>(report: &'a Report, name: &str) -> &'a FileResult {
    report
        .files
        .iter()
        .find(|r| r.path.ends_with(name))
        .unwrap_or_else(|| panic!("no result for {name}"))
}

#[test]
fn faithful_fake_passes_everything() {
    let Some(py) = python() else { return };
    let tmp = tempfile::tempdir().expect("tempdir");
    let progs = programs(tmp.path());
    let fake = script(tmp.path(), "krait", &py, "exec \"$PY\" \"$@\"");
    let report = conform::run_all(&config(&py, fake), &[progs]).expect("programs found");
    assert_eq!(report.files.len(), 6, "{:#?}", report.files);
    assert!(report.all_passed(), "{}", report.failure_text());
    assert_eq!(report.passed, 6);
    assert_eq!(report.summary_line(), "passed 6, failed 0");
    // Sorted discovery order.
    let names: Vec<_> = report
        .files
        .iter()
        .map(|r| {
            r.path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(
        names,
        [
            "empty_stdin.py",
            "env.py",
            "hello.py",
            "exit.py",
            "files.py",
            "raises.py"
        ]
    );
    let tb = result(&report, "raises.py");
    assert_eq!(tb.cpython.as_ref().and_then(|r| r.exit), Some(1));
    let exit = result(&report, "exit.py");
    assert_eq!(exit.krait.as_ref().and_then(|r| r.exit), Some(3));
}

#[test]
fn altered_stdout_fails_with_a_labelled_diff() {
    let Some(py) = python() else { return };
    let tmp = tempfile::tempdir().expect("tempdir");
    let progs = programs(tmp.path());
    let fake = script(tmp.path(), "krait", &py, ALTER_STDOUT);
    let report = conform::run_all(&config(&py, fake), &[progs.join("hello.py")]).expect("programs");
    let r = &report.files[0];
    assert_eq!(r.status, Status::Fail, "{r:#?}");
    let d = r.first_diff.as_ref().expect("a diff");
    assert_eq!(d.stream, "stdout");
    assert!(
        d.diff.starts_with("--- cpython stdout\n+++ krait stdout\n"),
        "{}",
        d.diff
    );
    assert!(
        d.diff
            .contains("\n-hello world ['hello.pyc', 'a', 'b c']\n"),
        "{}",
        d.diff
    );
    assert!(
        d.diff
            .contains("\n+hello WORLD ['hello.pyc', 'a', 'b c']\n"),
        "{}",
        d.diff
    );
    assert!(!report.all_passed());
    assert_eq!(report.summary_line(), "passed 0, failed 1");
    let text = report.failure_text();
    assert!(
        text.contains("FAIL ") && text.contains("hello.py: stdout differs"),
        "{text}"
    );
}

#[test]
fn altered_stderr_and_exit_code_are_caught() {
    let Some(py) = python() else { return };
    let tmp = tempfile::tempdir().expect("tempdir");
    let progs = programs(tmp.path());
    let stderr_fake = script(
        tmp.path(),
        "krait-stderr",
        &py,
        "e=$(mktemp); \"$PY\" \"$@\" 2>\"$e\"; rc=$?; sed 's/division/DIVISION/' \"$e\" >&2; rm -f \"$e\"; exit $rc",
    );
    let exit_fake = script(tmp.path(), "krait-exit", &py, "\"$PY\" \"$@\"; exit 0");
    let tb = progs.join("sub/raises.py");

    let report =
        conform::run_all(&config(&py, stderr_fake), std::slice::from_ref(&tb)).expect("programs");
    let r = &report.files[0];
    assert_eq!(r.status, Status::Fail);
    let d = r.first_diff.as_ref().expect("a diff");
    assert_eq!(d.stream, "stderr", "{r:#?}");
    // The traceback shows its source line: CPython found the source next to the .pyc.
    assert!(d.diff.contains("     return 1 / x\n"), "{}", d.diff);
    assert!(
        d.diff.contains("\n-ZeroDivisionError: division by zero"),
        "{}",
        d.diff
    );
    assert!(
        d.diff.contains("\n+ZeroDivisionError: DIVISION by zero"),
        "{}",
        d.diff
    );
    assert_eq!(r.message, "stderr differs (exit: cpython 1, krait 1)");

    let report = conform::run_all(&config(&py, exit_fake), &[tb]).expect("programs");
    let r = &report.files[0];
    assert_eq!(r.status, Status::Fail);
    let d = r.first_diff.as_ref().expect("a diff");
    assert_eq!(d.stream, "exit");
    assert_eq!(d.diff, "exit code: cpython 1, krait 0\n");
}

#[test]
fn a_hanging_krait_times_out_and_is_killed_with_its_children() {
    let Some(py) = python() else { return };
    let tmp = tempfile::tempdir().expect("tempdir");
    let progs = programs(tmp.path());
    // `sleep` is a child of the shell and holds the output pipes: the whole group must go.
    let fake = script(tmp.path(), "krait", &py, "sleep 60\necho late");
    let mut c = config(&py, fake);
    // Long enough for CPython's own run on a loaded machine; far below the `sleep 60`.
    c.timeout = Duration::from_secs(3);
    let start = Instant::now();
    let report = conform::run_all(&c, &[progs.join("empty_stdin.py")]).expect("programs");
    assert!(
        start.elapsed() < Duration::from_secs(8),
        "{:?}",
        start.elapsed()
    );
    let r = &report.files[0];
    assert_eq!(r.status, Status::Timeout, "{r:#?}");
    assert!(r.message.contains("timed out"), "{}", r.message);
    assert_eq!(
        r.krait.as_ref().map(|k| (k.timed_out, k.exit)),
        Some((true, None))
    );
    assert_eq!(report.failed, 1);
}

#[test]
fn directives_and_broken_programs() {
    let Some(py) = python() else { return };
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("p");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let files = [
        ("a_skip.py", "# conform: skip needs threads\nprint(1)\n"),
        ("b_requires.py", "# conform: requires 3.99\nprint(1)\n"),
        ("c_typo.py", "# conform: argz 1\nprint(1)\n"),
        ("d_syntax.py", "print(1\n"),
        (
            "e_timeout.py",
            "# conform: timeout 0.3\nimport time\ntime.sleep(30)\n",
        ),
    ];
    for (name, src) in files {
        std::fs::write(dir.join(name), src).expect("write");
    }
    let fake = script(tmp.path(), "krait", &py, "exec \"$PY\" \"$@\"");
    let report = conform::run_all(&config(&py, fake), &[dir]).expect("programs");
    let st: Vec<_> = report.files.iter().map(|r| r.status).collect();
    assert_eq!(
        st,
        [
            Status::Skip,
            Status::Skip,
            Status::Error,
            Status::Error,
            Status::Error
        ],
        "{report:#?}"
    );
    assert_eq!(report.files[0].message, "needs threads");
    assert_eq!(report.files[1].message, "requires CPython 3.99+");
    assert!(
        report.files[2].message.contains("line 1"),
        "{}",
        report.files[2].message
    );
    assert!(
        report.files[3].message.contains("does not compile"),
        "{}",
        report.files[3].message
    );
    assert!(
        report.files[4].message.contains("CPython itself timed out"),
        "{}",
        report.files[4].message
    );
    assert_eq!((report.passed, report.failed, report.skipped), (0, 3, 2));
    assert_eq!(report.summary_line(), "passed 0, failed 3, skipped 2");
}

#[test]
fn a_missing_krait_is_an_error_not_a_panic() {
    let Some(py) = python() else { return };
    let tmp = tempfile::tempdir().expect("tempdir");
    let progs = programs(tmp.path());
    let c = config(&py, tmp.path().join("no-such-krait"));
    let report = conform::run_all(&c, &[progs.join("env.py")]).expect("programs");
    assert_eq!(report.files[0].status, Status::Error);
    assert!(
        report.files[0].message.contains("cannot start"),
        "{}",
        report.files[0].message
    );
}

#[test]
fn discovery_errors() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let err = conform::discover(&[tmp.path().to_path_buf()]).unwrap_err();
    assert!(
        err.to_string().starts_with("no .py programs found in "),
        "{err}"
    );
    assert!(conform::discover(&[tmp.path().join("missing")]).is_err());
    let txt = tmp.path().join("x.txt");
    std::fs::write(&txt, "").expect("write");
    assert!(conform::discover(&[txt]).is_err());
}

// ---- the command line ----

fn krait_cli(args: &[&std::ffi::OsStr]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_krait"))
        .arg("conform")
        .args(args)
        .output()
        .expect("run krait")
}

#[test]
fn cli_exit_codes_output_and_json() {
    let Some(py) = python() else { return };
    let tmp = tempfile::tempdir().expect("tempdir");
    let progs = programs(tmp.path());
    let good = script(tmp.path(), "krait-good", &py, "exec \"$PY\" \"$@\"");
    let bad = script(tmp.path(), "krait-bad", &py, ALTER_STDOUT);
    let json = tmp.path().join("report.json");

    let out = krait_cli(&[
        "--krait".as_ref(),
        good.as_os_str(),
        "--python".as_ref(),
        py.path.as_os_str(),
        "-j".as_ref(),
        "2".as_ref(),
        progs.as_os_str(),
    ]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert_eq!(stdout.lines().filter(|l| l.starts_with("PASS")).count(), 6);
    assert_eq!(stdout.lines().last(), Some("passed 6, failed 0"));

    let out = krait_cli(&[
        "--krait".as_ref(),
        bad.as_os_str(),
        "-q".as_ref(),
        "--json".as_ref(),
        json.as_os_str(),
        progs.as_os_str(),
    ]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(!stdout.contains("PASS"), "quiet: {stdout}");
    assert!(
        stdout.contains("--- cpython stdout\n+++ krait stdout\n"),
        "{stdout}"
    );
    assert_eq!(stdout.lines().last(), Some("passed 5, failed 1"));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).expect("json written"))
            .expect("valid json");
    assert_eq!(v["passed"], 5);
    assert_eq!(v["failed"], 1);
    assert_eq!(
        v["python"]["version"].as_str().map(|s| &s[..5]),
        Some("3.11.")
    );
    let files = v["files"].as_array().expect("files");
    assert_eq!(files.len(), 6);
    let hello = files
        .iter()
        .find(|f| f["path"].as_str().is_some_and(|p| p.ends_with("hello.py")))
        .expect("hello");
    assert_eq!(hello["status"], "fail");
    assert_eq!(hello["first_diff"]["stream"], "stdout");
    assert_eq!(hello["cpython"]["exit"], 0);
    assert!(hello["duration_ms"].is_u64());
}

#[test]
fn cli_usage_errors_exit_2() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let out = krait_cli(&[tmp.path().as_os_str()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no .py programs found"), "{err}");

    std::fs::write(tmp.path().join("a.py"), "print(1)\n").expect("write");
    let out = krait_cli(&[
        "--python".as_ref(),
        "/nonexistent/python3.11".as_ref(),
        tmp.path().as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("/nonexistent/python3.11"), "{err}");

    let out = krait_cli(&[]);
    assert_eq!(out.status.code(), Some(2), "clap: PATH is required");
    let out = krait_cli(&["--timeout".as_ref(), "-1".as_ref(), tmp.path().as_os_str()]);
    assert_eq!(out.status.code(), Some(2));
}
