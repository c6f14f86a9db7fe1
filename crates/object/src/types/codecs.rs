//! `str.encode` / `bytes.decode` and the codec machinery under `_codecs`: the codecs
//! CPython implements in C (UTF-8, ASCII, Latin-1, UTF-16, UTF-32 — loops in
//! `codecs_utf.rs`) and the error handlers (`Python/codecs.c`): strict, ignore, replace,
//! backslashreplace, xmlcharrefreplace, namereplace, surrogateescape, surrogatepass,
//! and handlers registered from Python (`codecs.register_error`), which receive a real
//! `UnicodeEncodeError`/`UnicodeDecodeError` and return `(replacement, newpos)`.
//!
//! Encodings the fast path does not know (`cp1252`, `utf-8-sig`, `rot13` …) go through
//! the codec registry of the `_codecs` module (the VM installs [`CodecHooks`]), like
//! CPython's `PyUnicode_AsEncodedString`.

use std::cell::Cell;

use crate::error::{index_error, new_error, type_error, PyErr, PyResult};
use crate::exceptions_unicode::{decode_error_obj, encode_error_obj, escape_char};
use crate::interp::Interp;
use crate::protocol;
use crate::types::builtin_types;
use crate::types::bytes::{bytes_of, new_bytes};
use crate::types::str::{new_str_data, StrData};
use crate::types::tuple::tuple_items;
use crate::value::Value;

pub use crate::types::codecs_utf::{decode_stateful, utf16_decode, utf32_decode};

/// A codec with a native implementation. `Utf16(bo)`/`Utf32(bo)`: byte order -1 little,
/// 1 big, 0 "with BOM" (encode: BOM then native order; decode: BOM decides).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Utf16(i8),
    Utf32(i8),
}

impl Codec {
    /// The name CPython's errors use.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(0) => "utf-16",
            Codec::Utf16(b) if b < 0 => "utf-16-le",
            Codec::Utf16(_) => "utf-16-be",
            Codec::Utf32(0) => "utf-32",
            Codec::Utf32(b) if b < 0 => "utf-32-le",
            Codec::Utf32(_) => "utf-32-be",
        }
    }
    /// Whether `c` encodes without an error.
    fn encodable(self, c: u32) -> bool {
        match self {
            Codec::Ascii => c < 0x80,
            Codec::Latin1 => c < 0x100,
            _ => !(0xd800..0xe000).contains(&c),
        }
    }
    /// Encodes one code point the codec accepts (surrogates too, for surrogatepass).
    pub fn push(self, out: &mut Vec<u8>, c: u32) {
        match self {
            Codec::Utf8 => krait_loader::pystr::push_code_point(out, c),
            Codec::Ascii | Codec::Latin1 => out.push(c as u8),
            Codec::Utf16(bo) => {
                let mut unit = |u: u16| {
                    if bo > 0 {
                        out.extend_from_slice(&u.to_be_bytes())
                    } else {
                        out.extend_from_slice(&u.to_le_bytes())
                    }
                };
                if c >= 0x10000 {
                    let v = c - 0x10000;
                    unit(0xd800 | (v >> 10) as u16);
                    unit(0xdc00 | (v & 0x3ff) as u16);
                } else {
                    unit(c as u16);
                }
            }
            Codec::Utf32(bo) => {
                if bo > 0 {
                    out.extend_from_slice(&c.to_be_bytes())
                } else {
                    out.extend_from_slice(&c.to_le_bytes())
                }
            }
        }
    }
}

/// The codec named `name` for the file layer (CPython's normalization: case, `_`/space
/// as `-`, the common aliases of UTF-8/ASCII/Latin-1).
pub fn lookup(name: &str) -> PyResult<Codec> {
    let n: String = name
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '_' || c == ' ' { '-' } else { c })
        .collect();
    Ok(match n.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" | "utf-8-sig" => Codec::Utf8,
        "ascii" | "us-ascii" | "646" | "us" | "ansi-x3.4-1968" => Codec::Ascii,
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819" | "l1" | "latin"
        | "iso-ir-100" => Codec::Latin1,
        _ => {
            return Err(new_error(
                &builtin_types().exc.lookup_error,
                format!("unknown encoding: {name}"),
            ))
        }
    })
}

/// The codecs `str.encode`/`bytes.decode` run without the registry (CPython's
/// `_Py_normalize_encoding` fast path: lower case, punctuation as `_`).
pub fn fast_codec(name: &str) -> Option<Codec> {
    let n: String = name
        .trim()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    Some(match n.as_str() {
        "utf_8" | "utf8" => Codec::Utf8,
        "ascii" | "us_ascii" => Codec::Ascii,
        "latin_1" | "latin1" | "iso_8859_1" | "iso8859_1" => Codec::Latin1,
        "utf_16" | "utf16" => Codec::Utf16(0),
        "utf_16_le" | "utf_16le" => Codec::Utf16(-1),
        "utf_16_be" | "utf_16be" => Codec::Utf16(1),
        "utf_32" | "utf32" => Codec::Utf32(0),
        "utf_32_le" | "utf_32le" => Codec::Utf32(-1),
        "utf_32_be" | "utf_32be" => Codec::Utf32(1),
        _ => return None,
    })
}

/// What the VM's `_codecs` module provides to this crate.
pub struct CodecHooks {
    /// `codecs.encode`/`decode` through the registry for a *text* encoding:
    /// `(obj, encoding, errors, encode)` → the codec's result, checked to be bytes/str.
    pub registry: fn(&mut dyn Interp, &Value, &str, &str, bool) -> PyResult<Value>,
    /// `codecs.lookup_error(name)`.
    pub error_handler: fn(&mut dyn Interp, &str) -> PyResult<Value>,
}

thread_local! {
    static HOOKS: Cell<Option<&'static CodecHooks>> = const { Cell::new(None) };
}

/// Installs the registry hooks (once, by the VM).
pub fn set_hooks(h: &'static CodecHooks) {
    HOOKS.with(|c| c.set(Some(h)));
}

fn hooks() -> Option<&'static CodecHooks> {
    HOOKS.with(|c| c.get())
}

pub(crate) fn unknown_handler(errors: &str) -> PyErr {
    new_error(
        &builtin_types().exc.lookup_error,
        format!("unknown error handler name '{errors}'"),
    )
}

/// An interpreter, when the caller has one (custom error handlers need it).
pub type Ih<'a> = Option<&'a mut dyn Interp>;

/// `encoding.encode(errors)` through the fast path or the registry.
pub fn encode_text(
    i: &mut dyn Interp,
    s: &StrData,
    encoding: &str,
    errors: &str,
) -> PyResult<Value> {
    if let Some(codec) = fast_codec(encoding) {
        if codec == Codec::Utf8 && s.as_str().is_some() {
            return Ok(new_bytes(s.as_bytes().to_vec()));
        }
        let cps: Vec<u32> = s.code_points().collect();
        return Ok(new_bytes(encode_with(&mut Some(i), &cps, codec, errors)?));
    }
    let Some(h) = hooks() else {
        return Err(new_error(
            &builtin_types().exc.lookup_error,
            format!("unknown encoding: {encoding}"),
        ));
    };
    (h.registry)(
        i,
        &new_str_data(StrData::from_wtf8(s.as_bytes())),
        encoding,
        errors,
        true,
    )
}

/// `bytes.decode(encoding, errors)` through the fast path or the registry.
pub fn decode_text(i: &mut dyn Interp, b: &[u8], encoding: &str, errors: &str) -> PyResult<Value> {
    if let Some(codec) = fast_codec(encoding) {
        let (cps, _) = decode_stateful(&mut Some(i), b, codec, errors, true)?;
        return Ok(new_str_data(StrData::from_code_points(cps)));
    }
    let Some(h) = hooks() else {
        return Err(new_error(
            &builtin_types().exc.lookup_error,
            format!("unknown encoding: {encoding}"),
        ));
    };
    (h.registry)(i, &new_bytes(b.to_vec()), encoding, errors, false)
}

/// Encodes code points (builtin error handlers only).
pub fn encode(cps: &[u32], codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    encode_with(&mut None, cps, codec, errors)
}

/// Decodes bytes to code points (builtin error handlers only; all of `b`).
pub fn decode(b: &[u8], codec: Codec, errors: &str) -> PyResult<Vec<u32>> {
    Ok(decode_stateful(&mut None, b, codec, errors, true)?.0)
}

/// A replacement from an encode error handler.
pub enum EncRepl {
    Str(Vec<u32>),
    Bytes(Vec<u8>),
}

pub fn str_value(cps: &[u32]) -> Value {
    new_str_data(StrData::from_code_points(cps.iter().copied()))
}

/// Encodes `cps` with `codec`; errors go to the handler named `errors`.
pub fn encode_with(ih: &mut Ih<'_>, cps: &[u32], codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(cps.len());
    let codec = match codec {
        Codec::Utf16(0) => {
            out.extend_from_slice(&[0xff, 0xfe]);
            codec
        }
        Codec::Utf32(0) => {
            out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            codec
        }
        c => c,
    };
    // Units after the BOM: little-endian (the native order of the machines krait runs on).
    let unit_codec = match codec {
        Codec::Utf16(0) => Codec::Utf16(-1),
        Codec::Utf32(0) => Codec::Utf32(-1),
        c => c,
    };
    let mut k = 0;
    while k < cps.len() {
        let c = cps[k];
        if codec.encodable(c) {
            unit_codec.push(&mut out, c);
            k += 1;
            continue;
        }
        let mut end = k + 1;
        if matches!(codec, Codec::Ascii | Codec::Latin1 | Codec::Utf8) {
            while end < cps.len() && !codec.encodable(cps[end]) {
                end += 1;
            }
        }
        let reason = match codec {
            Codec::Ascii => "ordinal not in range(128)",
            Codec::Latin1 => "ordinal not in range(256)",
            _ => "surrogates not allowed",
        };
        let err = |s: usize, e: usize| {
            PyErr::new(encode_error_obj(codec.name(), str_value(cps), s, e, reason))
        };
        let pass = (!matches!(codec, Codec::Ascii | Codec::Latin1)).then_some(unit_codec);
        let (repl, newpos) = encode_error(ih, errors, codec.name(), cps, k, end, reason, pass)?;
        match repl {
            EncRepl::Bytes(b) => out.extend_from_slice(&b),
            EncRepl::Str(r) => {
                for &rc in &r {
                    let fits = match codec {
                        Codec::Latin1 => rc < 0x100,
                        _ => rc < 0x80,
                    };
                    if !fits {
                        return Err(err(k, end));
                    }
                    unit_codec.push(&mut out, rc);
                }
            }
        }
        k = newpos;
    }
    Ok(out)
}

/// Handles an encode error over `cps[start..end]` with the handler named `errors`:
/// the replacement and where encoding resumes. `pass` encodes surrogates for
/// surrogatepass (`None`: the codec has no surrogates).
#[allow(clippy::too_many_arguments)]
pub fn encode_error(
    ih: &mut Ih<'_>,
    errors: &str,
    encoding: &str,
    cps: &[u32],
    k: usize,
    end: usize,
    reason: &str,
    pass: Option<Codec>,
) -> PyResult<(EncRepl, usize)> {
    let err = || PyErr::new(encode_error_obj(encoding, str_value(cps), k, end, reason));
    Ok(match errors {
        "strict" => return Err(err()),
        "ignore" => (EncRepl::Str(Vec::new()), end),
        "replace" => (EncRepl::Str(vec![u32::from(b'?'); end - k]), end),
        "backslashreplace" => (EncRepl::Str(backslash(&cps[k..end])), end),
        "xmlcharrefreplace" => {
            let s: String = cps[k..end].iter().map(|c| format!("&#{c};")).collect();
            (EncRepl::Str(s.chars().map(u32::from).collect()), end)
        }
        "namereplace" => (EncRepl::Str(namereplace(&cps[k..end])), end),
        "surrogateescape" => {
            if cps[k..end].iter().all(|c| (0xdc80..0xdd00).contains(c)) {
                let b = cps[k..end].iter().map(|&c| (c - 0xdc00) as u8).collect();
                (EncRepl::Bytes(b), end)
            } else {
                return Err(err());
            }
        }
        "surrogatepass" => {
            let Some(unit) = pass else {
                return Err(err());
            };
            if !cps[k..end].iter().all(|c| (0xd800..0xe000).contains(c)) {
                return Err(err());
            }
            let mut b = Vec::new();
            for &c in &cps[k..end] {
                unit.push(&mut b, c);
            }
            (EncRepl::Bytes(b), end)
        }
        _ => {
            let exc = encode_error_obj(encoding, str_value(cps), k, end, reason);
            call_handler(ih, errors, exc, cps.len(), true)?
        }
    })
}

/// Calls the error handler named `errors` on `exc`; checks its `(replacement, newpos)`.
fn call_handler(
    ih: &mut Ih<'_>,
    errors: &str,
    exc: crate::object::ObjRef,
    len: usize,
    encoding: bool,
) -> PyResult<(EncRepl, usize)> {
    let (Some(i), Some(h)) = (ih.as_deref_mut(), hooks()) else {
        return Err(unknown_handler(errors));
    };
    let handler = (h.error_handler)(i, errors)?;
    let res = protocol::call(
        i,
        &handler,
        crate::args::Args::positional(&[Value::Obj(exc)]),
    )?;
    let bad = || {
        type_error(if encoding {
            "encoding error handler must return (str/bytes, int) tuple"
        } else {
            "decoding error handler must return (str, int) tuple"
        })
    };
    if !matches!(res.payload(), Some(crate::object::Payload::Tuple(_))) {
        return Err(bad());
    }
    let items = tuple_items(&res).to_vec();
    if items.len() != 2 {
        return Err(bad());
    }
    let repl = if let Some(s) = items[0].as_str_data() {
        EncRepl::Str(s.code_points().collect())
    } else if encoding && matches!(items[0].payload(), Some(crate::object::Payload::Bytes(_))) {
        EncRepl::Bytes(bytes_of(&items[0]).unwrap_or_default())
    } else {
        return Err(bad());
    };
    let Value::Int(mut pos) = protocol::index(i, &items[1]).map_err(|_| bad())? else {
        return Err(bad());
    };
    if pos < 0 {
        pos += len as i64;
    }
    if pos < 0 || pos as usize > len {
        return Err(index_error(format!(
            "position {} from error handler out of bounds",
            pos
        )));
    }
    Ok((repl, pos as usize))
}

pub fn backslash(cps: &[u32]) -> Vec<u32> {
    let s: String = cps.iter().map(|&c| escape_char(c)).collect();
    s.chars().map(u32::from).collect()
}

/// The few character names krait knows (`\N{…}`); other characters are escaped.
const NAMES: &[(u32, &str)] = &[
    (0xa9, "COPYRIGHT SIGN"),
    (0xb0, "DEGREE SIGN"),
    (0xe9, "LATIN SMALL LETTER E WITH ACUTE"),
    (0x3b1, "GREEK SMALL LETTER ALPHA"),
    (0x3b2, "GREEK SMALL LETTER BETA"),
    (0x3c0, "GREEK SMALL LETTER PI"),
    (0x20ac, "EURO SIGN"),
    (0x2603, "SNOWMAN"),
];

pub fn namereplace(cps: &[u32]) -> Vec<u32> {
    let s: String = cps
        .iter()
        .map(|&c| match NAMES.iter().find(|(k, _)| *k == c) {
            Some((_, n)) => format!("\\N{{{n}}}"),
            None => escape_char(c),
        })
        .collect();
    s.chars().map(u32::from).collect()
}

/// Decodes one surrogate at a position of the data (`surrogatepass`): the code point and
/// its byte length.
pub type SurrogatePass = dyn Fn(&[u8], usize) -> Option<(u32, usize)>;

/// Handles a decode error over `data[start..end]`: appends the replacement to `out` and
/// returns where decoding resumes. `pass` decodes one surrogate at `start` for
/// surrogatepass (`None`: the codec has no surrogates).
#[allow(clippy::too_many_arguments)]
pub fn decode_error(
    ih: &mut Ih<'_>,
    errors: &str,
    encoding: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    out: &mut Vec<u32>,
    pass: Option<&SurrogatePass>,
) -> PyResult<usize> {
    let err = || {
        PyErr::new(decode_error_obj(
            encoding,
            new_bytes(data.to_vec()),
            start,
            end,
            reason,
        ))
    };
    match errors {
        "strict" => Err(err()),
        "ignore" => Ok(end),
        "replace" => {
            out.push(0xfffd);
            Ok(end)
        }
        "backslashreplace" => {
            for &x in &data[start..end] {
                out.extend(format!("\\x{x:02x}").bytes().map(u32::from));
            }
            Ok(end)
        }
        "surrogateescape" => {
            if data[start..end].iter().any(|&x| x < 0x80) {
                return Err(err());
            }
            out.extend(data[start..end].iter().map(|&x| 0xdc00 + u32::from(x)));
            Ok(end)
        }
        "surrogatepass" => match pass.and_then(|f| f(data, start)) {
            Some((c, n)) => {
                out.push(c);
                Ok(start + n)
            }
            None => Err(err()),
        },
        "xmlcharrefreplace" | "namereplace" => Err(type_error(
            "don't know how to handle UnicodeDecodeError in error callback",
        )),
        _ => {
            let exc = decode_error_obj(encoding, new_bytes(data.to_vec()), start, end, reason);
            let (repl, pos) = call_handler(ih, errors, exc, data.len(), false)?;
            if let EncRepl::Str(s) = repl {
                out.extend(s);
            }
            Ok(pos)
        }
    }
}

/// The code point of a character name krait knows (`\N{…}` in `unicode_escape`).
pub fn char_named(name: &str) -> Option<u32> {
    let upper = name.to_ascii_uppercase();
    NAMES.iter().find(|(_, n)| *n == upper).map(|(c, _)| *c)
}
