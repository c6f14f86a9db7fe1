//! Finding CPython's standard library for the version being run, without running any
//! CPython (krait needs none at run time):
//!
//! 1. an explicit directory (`krait run --stdlib DIR`, or `KRAIT_STDLIB`);
//! 2. each `python3.X` on `PATH`, symlinks resolved: `BIN/../lib/python3.X` (pyenv shims,
//!    which are scripts, are skipped here and covered by 3);
//! 3. pyenv: `$PYENV_ROOT/versions/3.X.*/lib/python3.X` (or `~/.pyenv`), newest first;
//! 4. the usual system places: `/usr/lib/python3.X`, `/usr/local/lib/python3.X`.
//!
//! A directory counts when it holds `os.py` and its compiled `__pycache__/os.cpython-3X.pyc`
//! (or a sourceless `os.pyc`).

use std::path::{Path, PathBuf};

use krait_loader::PyVersion;

/// Whether `dir` looks like the standard library of `version`.
pub fn is_stdlib(dir: &Path, version: PyVersion) -> bool {
    let tag = format!("cpython-3{}", version.minor());
    dir.join("os.py").is_file()
        && dir
            .join("__pycache__")
            .join(format!("os.{tag}.pyc"))
            .is_file()
        || dir.join("os.pyc").is_file()
}

/// The standard library for `version`: `explicit` when given (returned even if it does not
/// look like one, so that the error names it), else the first found (see the module docs).
pub fn find(version: PyVersion, explicit: Option<PathBuf>) -> Option<PathBuf> {
    if let Some(d) = explicit {
        return Some(d);
    }
    if let Some(d) = std::env::var_os("KRAIT_STDLIB").filter(|v| !v.is_empty()) {
        return Some(PathBuf::from(d));
    }
    let libname = format!("python3.{}", version.minor());
    let mut candidates = Vec::new();
    if let Some(path) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&path) {
            let exe = dir.join(&libname);
            if !exe.is_file() || dir.components().any(|c| c.as_os_str() == "shims") {
                continue;
            }
            if let Ok(real) = std::fs::canonicalize(&exe) {
                if let Some(prefix) = real.parent().and_then(Path::parent) {
                    candidates.push(prefix.join("lib").join(&libname));
                }
            }
        }
    }
    let pyenv_root = std::env::var_os("PYENV_ROOT")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".pyenv")));
    if let Some(root) = pyenv_root {
        let prefix = format!("3.{}.", version.minor());
        let mut versions: Vec<(Vec<u32>, PathBuf)> = std::fs::read_dir(root.join("versions"))
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                let rest = name.strip_prefix(&prefix)?;
                let patch: u32 = rest.parse().ok()?;
                Some((vec![patch], e.path().join("lib").join(&libname)))
            })
            .collect();
        versions.sort_by(|a, b| b.0.cmp(&a.0));
        candidates.extend(versions.into_iter().map(|(_, p)| p));
    }
    candidates.push(PathBuf::from("/usr/lib").join(&libname));
    candidates.push(PathBuf::from("/usr/local/lib").join(&libname));
    candidates.into_iter().find(|d| is_stdlib(d, version))
}
