//! Test support: find the installed CPythons and run scripts in them.
//!
//! Tests compare against the live CPython of each version. A CPython is found on `PATH`
//! (`python3.X`) or under pyenv (`$PYENV_ROOT` or `~/.pyenv`); tests that need one and
//! find none are skipped with a message.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use krait_loader::PyVersion;

/// The `python3.X` executable for a version, if installed.
pub fn python(v: PyVersion) -> Option<PathBuf> {
    let exe = format!("python3.{}", v.minor());
    if let Some(paths) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&paths) {
            let p = dir.join(&exe);
            // pyenv shims exist for every version but fail for uninstalled ones: skip them.
            if p.is_file() && !dir.ends_with("shims") {
                return Some(p);
            }
        }
    }
    let root = std::env::var_os("PYENV_ROOT")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".pyenv")))?;
    let mut dirs: Vec<_> = std::fs::read_dir(root.join("versions"))
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(&format!("3.{}.", v.minor())))
        })
        .collect();
    dirs.sort();
    dirs.into_iter()
        .rev()
        .map(|d| d.join("bin").join(&exe))
        .find(|p| p.is_file())
}

/// Runs `script` (fed on stdin) in CPython `v` with extra environment variables and
/// returns its stdout; `None` (after a message) when that CPython is not installed.
/// Panics when the script fails.
pub fn run_python(v: PyVersion, env: &[(&str, &str)], script: &str) -> Option<String> {
    let Some(py) = python(v) else {
        eprintln!("skipping: python3.{} not found", v.minor());
        return None;
    };
    let mut cmd = Command::new(py);
    cmd.arg("-")
        .env("PYTHONIOENCODING", "utf-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, val) in env {
        cmd.env(k, val);
    }
    let mut child = cmd.spawn().expect("spawn python");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(script.as_bytes())
        .expect("write script");
    let out = child.wait_with_output().expect("python output");
    assert!(
        out.status.success(),
        "python3.{} failed:\n{}",
        v.minor(),
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8(out.stdout).expect("utf-8 output"))
}
