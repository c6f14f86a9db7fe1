//! Python strings as marshal stores them.
//!
//! A Python `str` is a sequence of code points, and unlike a Rust `str` it may hold lone
//! surrogates (U+D800–U+DFFF). marshal writes strings as UTF-8 with the `surrogatepass`
//! error handler, so a surrogate appears as its 3-byte generalized-UTF-8 form. `PyStr` keeps
//! exactly those bytes: valid UTF-8 (the common case) can be borrowed as `&str`, and
//! `code_points()` decodes everything, surrogates included.

use std::fmt;
use std::rc::Rc;

#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct PyStr {
    bytes: Rc<[u8]>,
}

impl PyStr {
    /// Wraps UTF-8-with-surrogatepass bytes. Returns `None` unless every sequence decodes
    /// to a code point (lone surrogates allowed, overlong forms and truncation refused).
    pub fn from_utf8_surrogatepass(bytes: &[u8]) -> Option<Self> {
        let mut i = 0;
        while i < bytes.len() {
            let (_, n) = decode_one(&bytes[i..])?;
            i += n;
        }
        Some(Self {
            bytes: bytes.into(),
        })
    }

    /// Builds from code points (each < 0x110000).
    pub fn from_code_points(cps: impl IntoIterator<Item = u32>) -> Self {
        let mut out = Vec::new();
        for cp in cps {
            push_code_point(&mut out, cp);
        }
        Self { bytes: out.into() }
    }

    /// The stored bytes (UTF-8 with surrogatepass).
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The string as `&str` when it has no lone surrogates.
    pub fn as_str(&self) -> Option<&str> {
        std::str::from_utf8(&self.bytes).ok()
    }

    /// The string with any lone surrogate replaced by U+FFFD.
    pub fn to_string_lossy(&self) -> String {
        match self.as_str() {
            Some(s) => s.to_owned(),
            None => self
                .code_points()
                .map(|c| char::from_u32(c).unwrap_or('\u{FFFD}'))
                .collect(),
        }
    }

    /// Every code point, lone surrogates included.
    pub fn code_points(&self) -> CodePoints<'_> {
        CodePoints { rest: &self.bytes }
    }

    /// The length in code points (Python's `len`).
    pub fn char_len(&self) -> usize {
        self.bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// True when every code point is ASCII (marshal's ASCII string forms).
    pub fn is_ascii(&self) -> bool {
        self.bytes.is_ascii()
    }
}

impl From<&str> for PyStr {
    fn from(s: &str) -> Self {
        Self {
            bytes: s.as_bytes().into(),
        }
    }
}

impl From<String> for PyStr {
    fn from(s: String) -> Self {
        Self::from(s.as_str())
    }
}

impl fmt::Debug for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.to_string_lossy())
    }
}

impl fmt::Display for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_string_lossy())
    }
}

/// Iterator over the code points of a [`PyStr`].
pub struct CodePoints<'a> {
    rest: &'a [u8],
}

impl<'a> CodePoints<'a> {
    /// The code points of generalized-UTF-8 bytes (a bad byte reads as U+FFFD).
    pub fn new(bytes: &'a [u8]) -> Self {
        CodePoints { rest: bytes }
    }
}

impl Iterator for CodePoints<'_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.rest.is_empty() {
            return None;
        }
        // PyStr's constructor validated every sequence.
        let (cp, n) = decode_one(self.rest).unwrap_or((0xFFFD, 1));
        self.rest = &self.rest[n..];
        Some(cp)
    }
}

/// Decodes one generalized-UTF-8 sequence: (code point, byte length).
fn decode_one(b: &[u8]) -> Option<(u32, usize)> {
    let b0 = *b.first()? as u32;
    let cont = |i: usize| -> Option<u32> {
        let c = *b.get(i)? as u32;
        (c & 0xC0 == 0x80).then_some(c & 0x3F)
    };
    match b0 {
        0x00..=0x7F => Some((b0, 1)),
        0xC2..=0xDF => Some(((b0 & 0x1F) << 6 | cont(1)?, 2)),
        0xE0..=0xEF => {
            let cp = (b0 & 0x0F) << 12 | cont(1)? << 6 | cont(2)?;
            (cp >= 0x800).then_some((cp, 3))
        }
        0xF0..=0xF4 => {
            let cp = (b0 & 0x07) << 18 | cont(1)? << 12 | cont(2)? << 6 | cont(3)?;
            ((0x10000..0x110000).contains(&cp)).then_some((cp, 4))
        }
        _ => None,
    }
}

/// Appends a code point in generalized UTF-8 (surrogates encoded like other code points).
pub fn push_code_point(out: &mut Vec<u8>, cp: u32) {
    match cp {
        0..=0x7F => out.push(cp as u8),
        0x80..=0x7FF => out.extend([0xC0 | (cp >> 6) as u8, 0x80 | (cp & 0x3F) as u8]),
        0x800..=0xFFFF => out.extend([
            0xE0 | (cp >> 12) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]),
        _ => out.extend([
            0xF0 | (cp >> 18) as u8,
            0x80 | ((cp >> 12) & 0x3F) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogates_round_trip() {
        let s = PyStr::from_code_points([0x61, 0xDC80, 0x1F600]);
        assert_eq!(s.as_str(), None);
        assert_eq!(
            s.code_points().collect::<Vec<_>>(),
            vec![0x61, 0xDC80, 0x1F600]
        );
        assert_eq!(s.char_len(), 3);
        assert!(PyStr::from_utf8_surrogatepass(s.as_bytes()).is_some());
        assert!(PyStr::from_utf8_surrogatepass(&[0xC0, 0x80]).is_none());
        assert!(PyStr::from_utf8_surrogatepass(&[0xE2, 0x82]).is_none());
    }
}
