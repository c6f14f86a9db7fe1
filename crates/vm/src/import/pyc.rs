//! `__pycache__` files: their names and whether they are up to date with their source
//! (PEP 3147 names, PEP 552 validation), as `importlib._bootstrap_external` checks them.

use std::path::{Path, PathBuf};

use krait_loader::pyc::{Validation, HEADER_LEN};
use krait_loader::PyVersion;

/// `DIR/__pycache__/NAME.cpython-3X.pyc` for `DIR/NAME.py` (optimization level 0).
pub fn cache_path(py: &Path, version: PyVersion) -> PathBuf {
    let stem = py
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let dir = py.parent().unwrap_or(Path::new(""));
    dir.join("__pycache__")
        .join(format!("{stem}.cpython-3{}.pyc", version.minor()))
}

/// Why a cached `.pyc` cannot be used for its source.
pub enum Stale {
    Missing,
    /// Written by another CPython version (or not a .pyc at all).
    OtherVersion,
    /// The source changed since (mtime/size or hash differ).
    SourceChanged,
}

/// Checks `pyc` (the file's bytes) against `py`'s metadata or contents.
pub fn check(pyc: &[u8], py: &Path, version: PyVersion) -> Result<(), Stale> {
    if pyc.len() < HEADER_LEN {
        return Err(Stale::OtherVersion);
    }
    let header = krait_loader::pyc::PycHeader::parse(pyc).map_err(|_| Stale::OtherVersion)?;
    if header.version != version || header.magic != version.release_magic() {
        return Err(Stale::OtherVersion);
    }
    match header.validation {
        Validation::Timestamp { mtime, size } => {
            let meta = std::fs::metadata(py).map_err(|_| Stale::SourceChanged)?;
            let src_mtime = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_secs());
            if (src_mtime & 0xFFFF_FFFF) as u32 != mtime
                || (meta.len() & 0xFFFF_FFFF) as u32 != size
            {
                return Err(Stale::SourceChanged);
            }
            Ok(())
        }
        Validation::Hash { checked: false, .. } => Ok(()),
        Validation::Hash {
            checked: true,
            hash,
        } => {
            let src = std::fs::read(py).map_err(|_| Stale::SourceChanged)?;
            if source_hash(version, &src) != hash {
                return Err(Stale::SourceChanged);
            }
            Ok(())
        }
    }
}

/// `_imp.source_hash(_RAW_MAGIC_NUMBER, source)`: SipHash-1-3 keyed by the magic number's
/// four bytes (little-endian), as 8 little-endian bytes.
pub fn source_hash(version: PyVersion, source: &[u8]) -> [u8; 8] {
    let m = version.release_magic();
    let key = u64::from(m) | (u64::from(b'\r') << 16) | (u64::from(b'\n') << 24);
    krait_object::hash::keyed_hash13(key, source).to_le_bytes()
}
