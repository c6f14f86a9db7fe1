//! Newline handling shared by `StringIO`, `TextIOWrapper` and
//! `IncrementalNewlineDecoder`: the `newline=` modes, universal-newline translation with
//! a pending `\r`, the seen-newline record behind `.newlines`, and line-end search.

use krait_object::error::{type_error, value_error, PyResult};
use krait_object::types::str::{new_str, new_str_data, StrData};
use krait_object::types::tuple::new_tuple;
use krait_object::Value;

pub const CR: u32 = b'\r' as u32;
pub const LF: u32 = b'\n' as u32;

pub const SEEN_CR: u8 = 1;
pub const SEEN_LF: u8 = 2;
pub const SEEN_CRLF: u8 = 4;

/// The `newline=` argument.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Newline {
    /// `None`: universal newlines, translated to `\n` on input.
    Universal,
    /// `''`: universal line splitting, no translation.
    Untranslated,
    Lf,
    Cr,
    CrLf,
}

impl Newline {
    /// Parses `newline=`; `quote` selects the message form (`'x'` for StringIO).
    pub fn parse(v: Option<&Value>, quote: bool) -> PyResult<Newline> {
        let v = match v {
            None | Some(Value::None) => return Ok(Newline::Universal),
            Some(v) => v,
        };
        let Some(s) = v.as_str_data() else {
            return Err(type_error(format!(
                "newline must be str or None, not {}",
                v.class_name()
            )));
        };
        Ok(match s.as_str() {
            Some("") => Newline::Untranslated,
            Some("\n") => Newline::Lf,
            Some("\r") => Newline::Cr,
            Some("\r\n") => Newline::CrLf,
            _ => {
                let shown = s.lossy();
                return Err(value_error(if quote {
                    format!("illegal newline value: '{shown}'")
                } else {
                    format!("illegal newline value: {shown}")
                }));
            }
        })
    }

    pub fn universal(self) -> bool {
        matches!(self, Newline::Universal | Newline::Untranslated)
    }

    /// The newline written for `\n` (None: no translation).
    pub fn write_nl(self) -> Option<&'static [u32]> {
        match self {
            Newline::Cr => Some(&[CR]),
            Newline::CrLf => Some(&[CR, LF]),
            _ => None,
        }
    }

    /// The one line ending of a non-universal mode.
    pub fn read_nl(self) -> &'static [u32] {
        match self {
            Newline::Cr => &[CR],
            Newline::CrLf => &[CR, LF],
            _ => &[LF],
        }
    }
}

/// `.newlines` for a seen-set.
pub fn newlines_value(seen: u8) -> Value {
    let mut kinds = Vec::new();
    if seen & SEEN_CR != 0 {
        kinds.push(new_str("\r"));
    }
    if seen & SEEN_LF != 0 {
        kinds.push(new_str("\n"));
    }
    if seen & SEEN_CRLF != 0 {
        kinds.push(new_str("\r\n"));
    }
    match kinds.len() {
        0 => Value::None,
        1 => kinds.pop().unwrap_or(Value::None),
        _ => new_tuple(kinds),
    }
}

/// Records the newline kinds of `s` (a `\r` at the end counts as CR).
pub fn scan_seen(s: &[u32]) -> u8 {
    let mut seen = 0;
    let mut k = 0;
    while k < s.len() {
        match s[k] {
            CR if s.get(k + 1) == Some(&LF) => {
                seen |= SEEN_CRLF;
                k += 1;
            }
            CR => seen |= SEEN_CR,
            LF => seen |= SEEN_LF,
            _ => {}
        }
        k += 1;
    }
    seen
}

/// `\r\n` and `\r` to `\n`.
pub fn translate(s: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(s.len());
    let mut k = 0;
    while k < s.len() {
        if s[k] == CR {
            out.push(LF);
            if s.get(k + 1) == Some(&LF) {
                k += 1;
            }
        } else {
            out.push(s[k]);
        }
        k += 1;
    }
    out
}

/// Replaces each `\n` of `s` by `nl`.
pub fn replace_lf(s: &[u32], nl: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(s.len());
    for &c in s {
        if c == LF {
            out.extend_from_slice(nl);
        } else {
            out.push(c);
        }
    }
    out
}

/// The end (exclusive) of the first line of `s`: `translated` text ends lines at `\n`;
/// `universal` at `\r`, `\n` or `\r\n`; else at `nl`. `None` when no line end is there.
/// A `\r` at the very end in universal mode counts (callers needing `\r\n` lookahead
/// check for it).
pub fn find_line_end(s: &[u32], translated: bool, universal: bool, nl: &[u32]) -> Option<usize> {
    if translated {
        return s.iter().position(|&c| c == LF).map(|k| k + 1);
    }
    if universal {
        for k in 0..s.len() {
            match s[k] {
                LF => return Some(k + 1),
                CR => {
                    return Some(if s.get(k + 1) == Some(&LF) {
                        k + 2
                    } else {
                        k + 1
                    });
                }
                _ => {}
            }
        }
        return None;
    }
    if nl.len() == 1 {
        return s.iter().position(|&c| c == nl[0]).map(|k| k + 1);
    }
    s.windows(nl.len())
        .position(|w| w == nl)
        .map(|k| k + nl.len())
}

/// A str value from code points.
pub fn str_of(cps: &[u32]) -> Value {
    if cps.iter().all(|&c| c < 0x80) {
        let s: String = cps.iter().map(|&c| c as u8 as char).collect();
        return krait_object::types::str::new_string(s);
    }
    new_str_data(StrData::from_code_points(cps.iter().copied()))
}

/// The code points of a str value (`TypeError` otherwise, with `what`'s message).
pub fn cps_of(v: &Value, what: impl FnOnce() -> String) -> PyResult<Vec<u32>> {
    match v.as_str_data() {
        Some(s) => Ok(s.code_points().collect()),
        None => Err(type_error(what())),
    }
}
