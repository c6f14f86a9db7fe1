//! The path-based finder: where a module's code is, searching directory entries the way
//! CPython's `FileFinder` does (for each directory in order: a package directory with an
//! `__init__`, then `NAME.py`, then a sourceless `NAME.pyc`; a directory without
//! `__init__` is remembered as a namespace-package portion and used only if no entry has
//! the module). Extension modules (`.so`) are never loaded: krait's native modules take
//! their place.

use std::path::{Path, PathBuf};

use krait_object::error::PyResult;

use crate::vm::Vm;

/// Where a module was found.
pub enum Found {
    /// `NAME.py` (or a package's `__init__.py`): its code comes from the `__pycache__`
    /// file next to it, which must be up to date.
    Source {
        py: PathBuf,
        /// The package directory when this is a package's `__init__.py`.
        package: Option<PathBuf>,
    },
    /// A sourceless `NAME.pyc` (or `__init__.pyc`).
    Sourceless {
        pyc: PathBuf,
        package: Option<PathBuf>,
    },
    /// A namespace package: the directories named like it, in path order.
    Namespace { portions: Vec<PathBuf> },
}

fn is_file(p: &Path) -> bool {
    p.is_file()
}

/// Searches `dirs` for `tail` (the last part of `fullname`).
pub fn find(_vm: &mut Vm, _fullname: &str, tail: &str, dirs: &[String]) -> PyResult<Option<Found>> {
    let mut portions = Vec::new();
    for d in dirs {
        // '' means the current directory, as in CPython.
        let dir = if d.is_empty() {
            PathBuf::from(".")
        } else {
            PathBuf::from(d)
        };
        let base = dir.join(tail);
        if base.is_dir() {
            let init_py = base.join("__init__.py");
            if is_file(&init_py) {
                return Ok(Some(Found::Source {
                    py: init_py,
                    package: Some(base),
                }));
            }
            let init_pyc = base.join("__init__.pyc");
            if is_file(&init_pyc) {
                return Ok(Some(Found::Sourceless {
                    pyc: init_pyc,
                    package: Some(base),
                }));
            }
            portions.push(base.clone());
        }
        let py = dir.join(format!("{tail}.py"));
        if is_file(&py) {
            return Ok(Some(Found::Source { py, package: None }));
        }
        let pyc = dir.join(format!("{tail}.pyc"));
        if is_file(&pyc) {
            return Ok(Some(Found::Sourceless { pyc, package: None }));
        }
    }
    Ok((!portions.is_empty()).then_some(Found::Namespace { portions }))
}
