//! Finding CPython's standard library for the version being run, without running any
//! CPython (krait needs none at run time):
//!
//! 1. an explicit directory (`krait run --stdlib DIR`, or `KRAIT_STDLIB`);
//! 2. the first `python3.X` on `PATH`, symlinks resolved: `BIN/../lib/python3.X`; a pyenv
//!    shim is resolved the way pyenv would (`PYENV_VERSION`, a `.python-version` file in
//!    the working directory or above, then `$PYENV_ROOT/version`), without running it;
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
            if !exe.is_file() {
                continue;
            }
            if dir.file_name().is_some_and(|n| n == "shims") {
                if let Some(root) = dir.parent() {
                    candidates.extend(pyenv_selected(root, &libname));
                }
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

/// The standard libraries of the versions pyenv would run for `python3.X` (pyenv's own
/// order of precedence), existing or not; "system" entries are left to the PATH search.
fn pyenv_selected(root: &Path, libname: &str) -> Vec<PathBuf> {
    let mut names: Vec<String> = Vec::new();
    if let Ok(v) = std::env::var("PYENV_VERSION") {
        names.extend(v.split(':').map(str::to_owned));
    } else {
        let mut dir = std::env::current_dir().ok();
        let mut file = None;
        while let Some(d) = dir {
            let f = d.join(".python-version");
            if f.is_file() {
                file = Some(f);
                break;
            }
            dir = d.parent().map(Path::to_path_buf);
        }
        let file = file.unwrap_or_else(|| root.join("version"));
        if let Ok(text) = std::fs::read_to_string(file) {
            names.extend(text.split_whitespace().map(str::to_owned));
        }
    }
    names
        .into_iter()
        .filter(|n| n != "system" && !n.is_empty())
        .map(|n| root.join("versions").join(n))
        .filter(|v| v.join("bin").join(libname).is_file())
        .map(|v| v.join("lib").join(libname))
        .collect()
}
