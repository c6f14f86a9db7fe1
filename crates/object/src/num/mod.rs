//! Python numeric semantics on Rust primitives.
//!
//! - [`int`]: `int` arithmetic with an `i64` fast path and `BigInt` on overflow, parsing
//!   (`int(str, base)`) and formatting in bases 2–36, the str↔int digit limit;
//! - [`float`]: `float` arithmetic CPython defines itself (floor division, modulo, `**`,
//!   `round`), parsing, `hex`/`fromhex`. Float-to-text is `krait_loader::repr`.
//!
//! Every fallible function returns [`NumError`]: the Python exception class and CPython's
//! exact message, so the VM only has to instantiate it.

use std::fmt;

use krait_loader::{PyStr, PyVersion};

pub mod float;
pub mod int;

/// The Python exception class a numeric operation raises.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    ZeroDivisionError,
    OverflowError,
    ValueError,
    TypeError,
    MemoryError,
}

impl ErrorKind {
    /// The Python class name (`"ValueError"`).
    pub fn name(self) -> &'static str {
        match self {
            Self::ZeroDivisionError => "ZeroDivisionError",
            Self::OverflowError => "OverflowError",
            Self::ValueError => "ValueError",
            Self::TypeError => "TypeError",
            Self::MemoryError => "MemoryError",
        }
    }
}

/// A Python exception to raise: its class and CPython's message text (`str(exc)`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumError {
    pub kind: ErrorKind,
    pub message: String,
}

impl NumError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
        }
    }
    pub fn zero_division(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::ZeroDivisionError, message)
    }
    pub fn overflow(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::OverflowError, message)
    }
    pub fn value(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::ValueError, message)
    }
    pub fn type_error(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::TypeError, message)
    }
    pub fn memory() -> Self {
        Self::new(ErrorKind::MemoryError, "")
    }
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            f.write_str(self.kind.name())
        } else {
            write!(f, "{}: {}", self.kind.name(), self.message)
        }
    }
}

impl std::error::Error for NumError {}

pub type NumResult<T> = Result<T, NumError>;

/// The first code point of every run of ten Unicode decimal digits (`unicodedata.decimal`
/// 0..9), as of Unicode 15.1 (CPython 3.13). 3.10 lacks U+11F50, U+16AC0, U+1E4F0.
const DECIMAL_ZEROS: [u32; 68] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x11f50, 0x16a60, 0x16ac0,
    0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e950,
    0x1fbf0,
];

/// `Py_UNICODE_TODECIMAL`: the decimal value of a Unicode decimal digit.
pub fn unicode_decimal(cp: u32) -> Option<u32> {
    if cp < 0x80 {
        return (cp.wrapping_sub(0x30) < 10).then(|| cp - 0x30);
    }
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    let zero = DECIMAL_ZEROS[i.checked_sub(1)?];
    (cp - zero < 10).then_some(cp - zero)
}

/// `Py_UNICODE_ISSPACE`.
pub fn unicode_is_space(cp: u32) -> bool {
    matches!(
        cp,
        0x09..=0x0d
            | 0x1c..=0x20
            | 0x85
            | 0xa0
            | 0x1680
            | 0x2000..=0x200a
            | 0x2028
            | 0x2029
            | 0x202f
            | 0x205f
            | 0x3000
    )
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode whitespace becomes `' '`, Unicode
/// decimal digits their ASCII digit, any other non-ASCII code point `'?'`.
pub(crate) fn transform_decimal_and_space(cps: impl Iterator<Item = u32>) -> Vec<u8> {
    cps.map(|cp| {
        if cp < 0x80 {
            cp as u8
        } else if unicode_is_space(cp) {
            b' '
        } else if let Some(d) = unicode_decimal(cp) {
            b'0' + d as u8
        } else {
            b'?'
        }
    })
    .collect()
}

/// `repr(str)` of a string given as code points (lone surrogates allowed), as CPython
/// `version` prints it in error messages.
pub(crate) fn code_points_repr(cps: impl Iterator<Item = u32>, version: PyVersion) -> String {
    krait_loader::repr::str_repr_v(&PyStr::from_code_points(cps), version)
}

/// Truncates a string to at most `n` characters (C's `%.200R` truncates the repr).
pub(crate) fn truncate_chars(s: String, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((i, _)) => s[..i].to_string(),
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_reprs_follow_the_versions_unicode_database() {
        let msg = |s: &[u32], v| {
            let i = int::parse_code_points(s.iter().copied(), 10, 0, v).unwrap_err();
            let f = float::parse_code_points(s.iter().copied(), v).unwrap_err();
            (i.message, f.message)
        };
        // Unassigned everywhere, a lone surrogate, and Nag Mundari (Unicode 15, 3.12+).
        let (i, f) = msg(&[0x378, 0x78], PyVersion::V3_13);
        assert_eq!(i, "invalid literal for int() with base 10: '\\u0378x'");
        assert_eq!(f, "could not convert string to float: '\\u0378x'");
        assert_eq!(
            msg(&[0xDC80], PyVersion::V3_13).1,
            "could not convert string to float: '\\udc80'"
        );
        assert_eq!(
            msg(&[0x1E4D0], PyVersion::V3_10).0,
            "invalid literal for int() with base 10: '\\U0001e4d0'"
        );
        assert_eq!(
            msg(&[0x1E4D0], PyVersion::V3_13).0,
            "invalid literal for int() with base 10: '\u{1e4d0}'"
        );
    }
}
