//! Finding an installed CPython without hard-coding where it lives.
//!
//! The order, for a wanted version 3.X:
//!
//! 1. an explicit choice (`--python NAME|PATH`): a path is used as given, a bare name is
//!    looked up on `PATH`;
//! 2. `python3.X` on `PATH`, skipping candidates that do not run (a pyenv shim exists for
//!    every version but fails for one that is not installed, so each candidate is *run*);
//! 3. `$PYENV_ROOT/versions/3.X.*/bin/python3.X` (or `~/.pyenv/...`), newest patch first.
//!
//! Every candidate is probed by running it: the result names the real executable
//! (`sys.executable`, so a shim resolves to the interpreter it would start) and its version.

use std::ffi::{OsStr, OsString};
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// A CPython that ran and told us what it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Python {
    /// The interpreter's own executable (`sys.executable`), never a shim.
    pub path: PathBuf,
    /// `(major, minor)`, e.g. `(3, 11)`.
    pub version: (u32, u32),
    /// The full version, e.g. `3.11.7`.
    pub full_version: String,
}

impl Python {
    /// Its standard library directory, `PREFIX/lib/python3.X` beside `PREFIX/bin`, when
    /// that holds `os.py` (what krait needs to import the same stdlib modules).
    pub fn stdlib_dir(&self) -> Option<PathBuf> {
        let prefix = self.path.parent()?.parent()?;
        let dir = prefix
            .join("lib")
            .join(format!("python{}", self.short_version()));
        dir.join("os.py").is_file().then_some(dir)
    }

    /// `3.11`.
    pub fn short_version(&self) -> String {
        format!("{}.{}", self.version.0, self.version.1)
    }
}

/// Why no CPython was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FindError {
    /// An explicitly named interpreter that does not exist or does not run.
    Unusable { name: String, reason: String },
    /// Nothing matched; `tried` lists what was looked at.
    NotFound { wanted: String, tried: Vec<String> },
}

impl fmt::Display for FindError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FindError::Unusable { name, reason } => write!(f, "python {name}: {reason}"),
            FindError::NotFound { wanted, tried } => {
                write!(f, "no working {wanted} found")?;
                if tried.is_empty() {
                    write!(f, " (not on PATH, no pyenv versions)")
                } else {
                    write!(f, " (tried: {})", tried.join(", "))
                }
            }
        }
    }
}

impl std::error::Error for FindError {}

/// Finds a CPython: `explicit` when given (a path, or a name looked up on `PATH`),
/// otherwise `python{major}.{minor}` by [`find_version`].
pub fn find(explicit: Option<&OsStr>, default: (u32, u32)) -> Result<Python, FindError> {
    match explicit {
        Some(name) => find_explicit(name),
        None => find_version(default.0, default.1),
    }
}

/// Finds `python{major}.{minor}` on `PATH`, then under pyenv.
pub fn find_version(major: u32, minor: u32) -> Result<Python, FindError> {
    let exe = format!("python{major}.{minor}");
    let mut tried = Vec::new();
    for candidate in path_candidates(OsStr::new(&exe))
        .into_iter()
        .chain(pyenv_candidates(major, minor))
    {
        match probe(&candidate) {
            Ok(py) if py.version == (major, minor) => return Ok(py),
            Ok(py) => tried.push(format!("{} is {}", candidate.display(), py.full_version)),
            Err(_) => tried.push(candidate.display().to_string()),
        }
    }
    Err(FindError::NotFound { wanted: exe, tried })
}

fn find_explicit(name: &OsStr) -> Result<Python, FindError> {
    let shown = name.to_string_lossy().into_owned();
    let as_path = Path::new(name);
    if as_path.components().count() > 1 || as_path.is_absolute() {
        return probe(as_path).map_err(|reason| FindError::Unusable {
            name: shown,
            reason,
        });
    }
    let mut last_err = None;
    for candidate in path_candidates(name) {
        match probe(&candidate) {
            Ok(py) => return Ok(py),
            Err(e) => last_err = Some(format!("{}: {e}", candidate.display())),
        }
    }
    // `python3.12` that PATH does not run (e.g. a pyenv shim of a version that is not
    // active): look for that version under pyenv too.
    if let Some((major, minor)) = versioned_name(&shown) {
        if let Ok(py) = find_version(major, minor) {
            return Ok(py);
        }
    }
    Err(FindError::Unusable {
        name: shown,
        reason: last_err.unwrap_or_else(|| "not found on PATH".to_string()),
    })
}

/// `pythonX.Y` → `(X, Y)`.
fn versioned_name(name: &str) -> Option<(u32, u32)> {
    let (major, minor) = name.strip_prefix("python")?.split_once('.')?;
    Some((major.parse().ok()?, minor.parse().ok()?))
}

/// Every `dir/name` on `PATH` that is a file, in `PATH` order.
fn path_candidates(name: &OsStr) -> Vec<PathBuf> {
    let Some(paths) = std::env::var_os("PATH") else {
        return Vec::new();
    };
    std::env::split_paths(&paths)
        .filter(|d| !d.as_os_str().is_empty())
        .map(|d| d.join(name))
        .filter(|p| p.is_file())
        .collect()
}

/// The pyenv root: `$PYENV_ROOT`, else `~/.pyenv`.
fn pyenv_root() -> Option<PathBuf> {
    std::env::var_os("PYENV_ROOT")
        .filter(|r| !r.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|h| !h.is_empty())
                .map(|h| Path::new(&h).join(".pyenv"))
        })
}

/// `versions/X.Y.*/bin/pythonX.Y` under the pyenv root, newest patch first.
fn pyenv_candidates(major: u32, minor: u32) -> Vec<PathBuf> {
    let Some(root) = pyenv_root() else {
        return Vec::new();
    };
    let Ok(rd) = std::fs::read_dir(root.join("versions")) else {
        return Vec::new();
    };
    let prefix = format!("{major}.{minor}.");
    let mut dirs: Vec<(u32, PathBuf)> = rd
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let patch = name.strip_prefix(&prefix)?;
            // "3.11.7" → 7; pre-releases such as "3.13.0rc1" sort below their release.
            let digits: String = patch.chars().take_while(|c| c.is_ascii_digit()).collect();
            let n = digits.parse::<u32>().ok()?;
            let rank = if digits.len() == patch.len() {
                n * 2 + 1
            } else {
                n * 2
            };
            Some((rank, e.path()))
        })
        .collect();
    dirs.sort();
    let exe = format!("python{major}.{minor}");
    dirs.into_iter()
        .rev()
        .map(|(_, d)| d.join("bin").join(&exe))
        .filter(|p| p.is_file())
        .collect()
}

const PROBE: &str = "import sys; print(sys.executable); \
                     print('%d.%d.%d' % sys.version_info[:3]); print(sys.implementation.name)";

/// Runs a candidate interpreter and asks what it is. The error is a one-line reason.
pub fn probe(cmd: &Path) -> Result<Python, String> {
    let out = Command::new(cmd)
        .args(["-E", "-c", PROBE])
        .stdin(Stdio::null())
        .output()
        .map_err(|e| e.to_string())?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let first = err.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
        return Err(format!("exited with {} {}", out.status, first.trim()));
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let mut lines = text.lines();
    let (Some(exe), Some(ver), Some(imp)) = (lines.next(), lines.next(), lines.next()) else {
        return Err("did not answer the version probe".to_string());
    };
    if imp.trim() != "cpython" {
        return Err(format!("is {}, not CPython", imp.trim()));
    }
    let mut parts = ver.trim().split('.').map(|p| p.parse::<u32>());
    let (Some(Ok(major)), Some(Ok(minor))) = (parts.next(), parts.next()) else {
        return Err(format!("unreadable version {ver:?}"));
    };
    let exe = exe.trim();
    let path = if exe.is_empty() {
        cmd.to_path_buf()
    } else {
        PathBuf::from(OsString::from(exe))
    };
    Ok(Python {
        path,
        version: (major, minor),
        full_version: ver.trim().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_explicit_path_is_unusable() {
        let err = find(Some(OsStr::new("/nonexistent/python3.11")), (3, 11)).unwrap_err();
        assert!(matches!(err, FindError::Unusable { .. }), "{err}");
        assert!(err.to_string().contains("/nonexistent/python3.11"));
    }

    #[test]
    fn missing_name_is_unusable() {
        let err = find(Some(OsStr::new("no-such-python-xyz")), (3, 11)).unwrap_err();
        assert!(err.to_string().contains("not found on PATH"), "{err}");
    }

    #[test]
    fn versioned_names() {
        assert_eq!(versioned_name("python3.12"), Some((3, 12)));
        assert_eq!(versioned_name("python3"), None);
        assert_eq!(versioned_name("pypy3.10"), None);
    }

    #[test]
    fn finds_a_real_interpreter_when_one_exists() {
        // Whatever the machine has: each found interpreter must report its own version.
        for minor in 10..=13 {
            if let Ok(py) = find_version(3, minor) {
                assert_eq!(py.version, (3, minor));
                assert!(py.path.is_file(), "{}", py.path.display());
                assert!(py.full_version.starts_with(&format!("3.{minor}.")));
                let by_name = find(Some(OsStr::new(&format!("python3.{minor}"))), (3, 11));
                assert_eq!(by_name.map(|p| p.version), Ok((3, minor)));
            }
        }
    }
}
