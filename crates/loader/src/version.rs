//! The CPython versions whose bytecode krait reads.

use std::fmt;

/// A CPython minor version whose bytecode krait understands.
///
/// Ordered, so `v >= PyVersion::V3_11` reads naturally where a *format* (not a handler)
/// differs between versions.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PyVersion {
    V3_10,
    V3_11,
    V3_12,
    V3_13,
}

impl PyVersion {
    pub const ALL: [PyVersion; 4] = [Self::V3_10, Self::V3_11, Self::V3_12, Self::V3_13];

    /// The minor number: 10 for 3.10.
    pub fn minor(self) -> u8 {
        match self {
            Self::V3_10 => 10,
            Self::V3_11 => 11,
            Self::V3_12 => 12,
            Self::V3_13 => 13,
        }
    }

    /// Index into per-version tables (0 for 3.10 … 3 for 3.13).
    pub fn index(self) -> usize {
        self.minor() as usize - 10
    }

    pub fn from_minor(minor: u8) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.minor() == minor)
    }

    /// Parses "3.11" or "311".
    pub fn parse(s: &str) -> Option<Self> {
        let minor = s
            .strip_prefix("3.")
            .or_else(|| s.strip_prefix('3'))?
            .parse()
            .ok()?;
        Self::from_minor(minor)
    }

    /// The magic number CPython's final releases of this series write.
    pub fn release_magic(self) -> u16 {
        match self {
            Self::V3_10 => 3439,
            Self::V3_11 => 3495,
            Self::V3_12 => 3531,
            Self::V3_13 => 3571,
        }
    }

    /// The `cache_tag` suffix of `__pycache__` file names: `cpython-311`.
    pub fn cache_tag(self) -> String {
        format!("cpython-3{}", self.minor())
    }
}

impl fmt::Display for PyVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "3.{}", self.minor())
    }
}
