//! Test support: find the installed CPythons, run scripts in them, and list their stdlib
//! `.pyc` corpora. Shared by the loader's and the object crate's tests (the latter include
//! this file with `#[path]`).
//!
//! Tests compare against the live CPython of each version. A CPython is found on `PATH`
//! (`python3.X`) or under pyenv (`$PYENV_ROOT` or `~/.pyenv`); tests that need one and
//! find none are skipped with a message (CI has all four).
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
    run_python_args(v, &["-"], env, script)
}

/// Runs CPython `v` with `args`, extra environment variables and `stdin`, and returns its
/// stdout; `None` (after a message) when that CPython is not installed. Panics when the
/// process fails.
pub fn run_python_args(
    v: PyVersion,
    args: &[&str],
    env: &[(&str, &str)],
    stdin: &str,
) -> Option<String> {
    let Some(py) = python(v) else {
        eprintln!("skipping: python3.{} not found", v.minor());
        return None;
    };
    let mut cmd = Command::new(py);
    cmd.args(args)
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
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("python output");
    assert!(
        out.status.success(),
        "python3.{} failed:\n{}",
        v.minor(),
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8(out.stdout).expect("utf-8 output"))
}

/// The stdlib directory (`lib/python3.X`) of that CPython.
pub fn stdlib_dir(v: PyVersion) -> Option<PathBuf> {
    let py = python(v)?;
    let out = Command::new(py)
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .ok()?;
    let s = String::from_utf8(out.stdout).ok()?;
    Some(PathBuf::from(s.trim()))
}

/// Every `__pycache__/*.cpython-3X*.pyc` under the stdlib, sorted.
pub fn stdlib_pycs(v: PyVersion) -> Vec<PathBuf> {
    let Some(dir) = stdlib_dir(v) else {
        return Vec::new();
    };
    let tag = v.cache_tag();
    let mut out = Vec::new();
    let mut stack = vec![dir];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            let Ok(ft) = e.file_type() else { continue };
            if ft.is_dir() {
                stack.push(p);
            } else if d.file_name().is_some_and(|n| n == "__pycache__")
                && p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.contains(&tag) && n.ends_with(".pyc"))
            {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// A fixed, evenly spread sample of `n` stdlib `.pyc` files (all when fewer).
pub fn sample_pycs(v: PyVersion, n: usize) -> Vec<PathBuf> {
    let all = stdlib_pycs(v);
    if all.len() <= n {
        return all;
    }
    (0..n).map(|i| all[i * all.len() / n].clone()).collect()
}
