//! `.pyc` magic numbers: which CPython wrote a file.
//!
//! The ranges follow the history kept in CPython's `Lib/importlib/_bootstrap_external.py`:
//! every alpha, beta and release candidate of a series bumps the number, and a series keeps
//! the last one. krait accepts the whole range of each supported series and names the
//! version of any other known magic when it refuses it.

use crate::PyVersion;

/// What a magic number says about a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Magic {
    /// Written by a CPython whose bytecode krait reads.
    Supported(PyVersion),
    /// Written by a known CPython that krait does not read, named like "3.8".
    Foreign(&'static str),
    /// Not a magic number of any CPython release.
    Unknown,
}

/// Inclusive ranges of magic numbers per CPython series (pre-releases included).
const RANGES: &[(u16, u16, &str)] = &[
    (3000, 3131, "3.0"),
    (3141, 3151, "3.1"),
    (3160, 3180, "3.2"),
    (3190, 3230, "3.3"),
    (3250, 3310, "3.4"),
    (3320, 3351, "3.5"),
    (3360, 3379, "3.6"),
    (3390, 3394, "3.7"),
    (3400, 3413, "3.8"),
    (3420, 3425, "3.9"),
    (3430, 3439, "3.10"),
    (3450, 3495, "3.11"),
    (3500, 3531, "3.12"),
    (3550, 3571, "3.13"),
    (3600, 3699, "3.14"),
    (20121, 20121, "1.5"),
    (50428, 50428, "1.6"),
    (50823, 50823, "2.0"),
    (60202, 60202, "2.1"),
    (60717, 60717, "2.2"),
    (62011, 62021, "2.3"),
    (62041, 62061, "2.4"),
    (62071, 62131, "2.5"),
    (62151, 62161, "2.6"),
    (62171, 62211, "2.7"),
];

/// Classifies a magic number (the first two bytes of a `.pyc`, little-endian).
pub fn classify(magic: u16) -> Magic {
    for &(lo, hi, name) in RANGES {
        if (lo..=hi).contains(&magic) {
            return match PyVersion::ALL.iter().find(|v| v.to_string() == name) {
                Some(&v) => Magic::Supported(v),
                None => Magic::Foreign(name),
            };
        }
    }
    Magic::Unknown
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn release_magics_map_to_their_versions() {
        for v in PyVersion::ALL {
            assert_eq!(classify(v.release_magic()), Magic::Supported(v));
        }
        assert_eq!(classify(3430), Magic::Supported(PyVersion::V3_10));
        assert_eq!(classify(3450), Magic::Supported(PyVersion::V3_11));
        assert_eq!(classify(3500), Magic::Supported(PyVersion::V3_12));
        assert_eq!(classify(3550), Magic::Supported(PyVersion::V3_13));
    }

    #[test]
    fn foreign_and_unknown() {
        assert_eq!(classify(3413), Magic::Foreign("3.8"));
        assert_eq!(classify(3425), Magic::Foreign("3.9"));
        assert_eq!(classify(62211), Magic::Foreign("2.7"));
        assert_eq!(classify(3600), Magic::Foreign("3.14"));
        assert_eq!(classify(1234), Magic::Unknown);
        assert_eq!(classify(3440), Magic::Unknown);
    }
}
