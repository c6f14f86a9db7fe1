//! `repr()` of `str` and `bytes` (Objects/unicodeobject.c `unicode_repr`,
//! Objects/bytesobject.c `PyBytes_Repr`), and `str.isprintable` per CPython version.

use crate::{PyStr, PyVersion};

use super::printable;

const HEX: &[u8; 16] = b"0123456789abcdef";

/// `Py_UNICODE_ISPRINTABLE(cp)` as the Unicode database of CPython `v` answers it: false for
/// categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the space. `cp` beyond U+10FFFF
/// is not printable.
#[inline]
pub fn is_printable(cp: u32, v: PyVersion) -> bool {
    if cp < 0x7F {
        return cp >= 0x20;
    }
    if cp > 0x10FFFF {
        return false;
    }
    let table = printable::nonprintable(v);
    // The last range starting at or before cp decides.
    let i = table.partition_point(|&(start, _)| start <= cp);
    !(i > 0 && cp <= table[i - 1].1)
}

/// `repr(s)` with the Unicode database of the newest supported CPython.
pub fn str_repr(s: &PyStr) -> String {
    str_repr_v(s, PyVersion::V3_13)
}

/// `repr(s)` as CPython `v` prints it (printability depends on its Unicode version).
pub fn str_repr_v(s: &PyStr, v: PyVersion) -> String {
    let mut out = String::with_capacity(s.as_bytes().len() + 2);
    write_str_repr(&mut out, s, v);
    out
}

/// Appends `repr(s)` to `out` (see [`str_repr_v`]).
pub fn write_str_repr(out: &mut String, s: &PyStr, v: PyVersion) {
    write_str_repr_utf8(out, s.as_bytes(), v);
}

/// Appends the `repr` of the string whose UTF-8 (surrogates allowed, as in [`PyStr`]) is
/// `bytes`; a plain `&str` works through `as_bytes()`. Malformed input is not rejected:
/// each bad byte reads as U+FFFD.
pub fn write_str_repr_utf8(out: &mut String, bytes: &[u8], v: PyVersion) {
    // Quote and backslash are ASCII, which never occurs inside a multi-byte sequence.
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    out.push(quote);
    // Fast path: runs of printable ASCII are copied as a whole.
    let mut run_start = 0;
    let mut i = 0;
    let flush = |out: &mut String, from: usize, to: usize| {
        if from < to {
            // A run of printable ASCII bytes is valid UTF-8.
            out.push_str(std::str::from_utf8(&bytes[from..to]).unwrap_or(""));
        }
    };
    while i < bytes.len() {
        let b = bytes[i];
        if (0x20..0x7F).contains(&b) && b != quote as u8 && b != b'\\' {
            i += 1;
            continue;
        }
        flush(out, run_start, i);
        if b < 0x80 {
            push_ascii_escaped(out, b, quote as u8);
            i += 1;
        } else {
            let (cp, n) = decode(&bytes[i..]);
            if is_printable(cp, v) {
                // Printable code points are never surrogates, so this is a valid char.
                out.push(char::from_u32(cp).unwrap_or('\u{FFFD}'));
            } else {
                push_cp_escape(out, cp);
            }
            i = (i + n).min(bytes.len());
        }
        run_start = i;
    }
    flush(out, run_start, i);
    out.push(quote);
}

/// An ASCII byte that is not plain printable (or is the quote or a backslash).
fn push_ascii_escaped(out: &mut String, b: u8, quote: u8) {
    match b {
        b'\\' => out.push_str("\\\\"),
        b'\t' => out.push_str("\\t"),
        b'\n' => out.push_str("\\n"),
        b'\r' => out.push_str("\\r"),
        _ if b == quote => {
            out.push('\\');
            out.push(b as char);
        }
        0x20..=0x7E => out.push(b as char),
        _ => push_hex(out, 'x', b as u32, 2),
    }
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a non-printable code point.
fn push_cp_escape(out: &mut String, cp: u32) {
    if cp <= 0xFF {
        push_hex(out, 'x', cp, 2);
    } else if cp <= 0xFFFF {
        push_hex(out, 'u', cp, 4);
    } else {
        push_hex(out, 'U', cp, 8);
    }
}

fn push_hex(out: &mut String, tag: char, value: u32, width: u32) {
    out.push('\\');
    out.push(tag);
    for k in (0..width).rev() {
        out.push(HEX[((value >> (4 * k)) & 0xF) as usize] as char);
    }
}

/// Decodes one generalized-UTF-8 sequence (surrogates allowed) starting at a non-ASCII
/// byte; anything malformed reads as U+FFFD, one byte long.
fn decode(b: &[u8]) -> (u32, usize) {
    let n = match b.first() {
        Some(0xC2..=0xDF) => 2,
        Some(0xE0..=0xEF) => 3,
        Some(0xF0..=0xF4) => 4,
        _ => return (0xFFFD, 1),
    };
    if b.len() < n || b[1..n].iter().any(|&c| c & 0xC0 != 0x80) {
        return (0xFFFD, 1);
    }
    let mut cp = (b[0] as u32) & (0x7F >> n);
    for &c in &b[1..n] {
        cp = cp << 6 | (c & 0x3F) as u32;
    }
    (cp, n)
}

/// `repr(bytes)`: `b'...'`, double quotes only when the value has `'` and no `"`.
pub fn bytes_repr(b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len() + 3);
    write_bytes_repr(&mut out, b);
    out
}

/// Appends `repr(bytes)` to `out`.
pub fn write_bytes_repr(out: &mut String, b: &[u8]) {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    out.push('b');
    out.push(quote as char);
    for &c in b {
        if c >= 0x7F {
            push_hex(out, 'x', c as u32, 2);
        } else if (0x20..0x7F).contains(&c) && c != quote && c != b'\\' {
            out.push(c as char);
        } else {
            push_ascii_escaped(out, c, quote);
        }
    }
    out.push(quote as char);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings() {
        let r = |s: &str| str_repr(&PyStr::from(s));
        assert_eq!(r(""), "''");
        assert_eq!(r("a'b"), "\"a'b\"");
        assert_eq!(r("a'\"b"), "'a\\'\"b'");
        assert_eq!(r("\\\t\n\r\x00\x7f"), "'\\\\\\t\\n\\r\\x00\\x7f'");
        assert_eq!(
            r("é\u{a0}\u{ad}\u{2028}😀\u{e000}"),
            "'é\\xa0\\xad\\u2028😀\\ue000'"
        );
        assert_eq!(r("\u{10ffff}"), "'\\U0010ffff'");
        let s = PyStr::from_code_points([0x61, 0xD800, 0xDFFF]);
        assert_eq!(str_repr(&s), "'a\\ud800\\udfff'");
    }

    #[test]
    fn malformed_utf8_is_total() {
        let mut out = String::new();
        write_str_repr_utf8(&mut out, b"a\xff\xe2\x82", PyVersion::V3_13);
        assert_eq!(out, "'a\u{fffd}\u{fffd}\u{fffd}'");
        assert!(is_printable(0x41, PyVersion::V3_10));
        assert!(!is_printable(0x110000, PyVersion::V3_10));
        assert!(!is_printable(u32::MAX, PyVersion::V3_13));
    }

    #[test]
    fn bytes() {
        assert_eq!(bytes_repr(b""), "b''");
        assert_eq!(bytes_repr(b"'"), "b\"'\"");
        assert_eq!(bytes_repr(b"'\""), "b'\\'\"'");
        assert_eq!(
            bytes_repr(b"\\\t\n\r\x00\x7f\x80\xff a"),
            "b'\\\\\\t\\n\\r\\x00\\x7f\\x80\\xff a'"
        );
    }
}
