//! Python numeric semantics on Rust primitives.
//!
//! - [`int`]: `int` arithmetic with an `i64` fast path and `BigInt` on overflow, parsing
//!   (`int(str, base)`) and formatting in bases 2–36, the str↔int digit limit;
//! - [`float`]: `float` arithmetic CPython defines itself (floor division, modulo, `**`,
//!   `round`), parsing, `hex`/`fromhex`, and the shortest/fixed/exponent digit generation
//!   that `repr` and `format` share.
//!
//! Every fallible function returns [`NumError`]: the Python exception class and CPython's
//! exact message, so the VM only has to instantiate it.

use std::fmt;

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

/// `repr(str)` for error messages.
///
/// Exact for ASCII; non-ASCII printability uses a small table of the common non-printable
/// code points (controls, separators, format characters, surrogates, private use)
/// instead of the full Unicode database. TODO: switch to `krait_loader::repr::str_repr`
/// once the repr helper lands.
pub fn str_repr(cps: impl Iterator<Item = u32> + Clone) -> String {
    let (mut single, mut double) = (false, false);
    for c in cps.clone() {
        single |= c == u32::from(b'\'');
        double |= c == u32::from(b'"');
    }
    let quote = if single && !double { '"' } else { '\'' };
    let mut out = String::new();
    out.push(quote);
    for c in cps {
        match c {
            0x5c => out.push_str("\\\\"),
            0x09 => out.push_str("\\t"),
            0x0a => out.push_str("\\n"),
            0x0d => out.push_str("\\r"),
            _ if c == quote as u32 => {
                out.push('\\');
                out.push(quote);
            }
            0..=0x1f | 0x7f => out.push_str(&format!("\\x{c:02x}")),
            0x20..=0x7e => out.push(c as u8 as char),
            _ if !is_printable_approx(c) => {
                if c <= 0xff {
                    out.push_str(&format!("\\x{c:02x}"));
                } else if c <= 0xffff {
                    out.push_str(&format!("\\u{c:04x}"));
                } else {
                    out.push_str(&format!("\\U{c:08x}"));
                }
            }
            _ => out.push(char::from_u32(c).unwrap_or('\u{FFFD}')),
        }
    }
    out.push(quote);
    out
}

fn is_printable_approx(c: u32) -> bool {
    !(matches!(
        c,
        0x80..=0xa0
            | 0xad
            | 0x600..=0x605
            | 0x61c
            | 0x6dd
            | 0x70f
            | 0x1680
            | 0x180e
            | 0x2000..=0x200f
            | 0x2028..=0x202f
            | 0x205f..=0x206f
            | 0x3000
            | 0xd800..=0xf8ff
            | 0xfeff
            | 0xfff0..=0xfffb
            | 0xfffe..=0xffff
            | 0xe0000..=0xe0fff
            | 0xf0000..
    ) || (c & 0xfffe) == 0xfffe)
}

/// Truncates a string to at most `n` characters (C's `%.200R` truncates the repr).
pub(crate) fn truncate_chars(s: String, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((i, _)) => s[..i].to_string(),
        None => s,
    }
}
