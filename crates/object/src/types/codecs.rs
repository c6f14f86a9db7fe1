//! `str.encode` / `bytes.decode` for the codecs every program uses: UTF-8, ASCII and
//! Latin-1, with the error handlers strict, ignore, replace, backslashreplace,
//! xmlcharrefreplace (encode), surrogateescape and surrogatepass (UTF-8).
//! Error messages are CPython's `UnicodeEncodeError`/`UnicodeDecodeError` texts.

use crate::error::{new_error, PyErr, PyResult};
use crate::types::builtin_types;

#[derive(Copy, Clone, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => 0x110000,
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        }
    }
}

/// The codec named `name` (CPython's normalization: case, `_`/space as `-`, aliases).
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

fn check_errors(errors: &str) -> PyResult<()> {
    match errors {
        "strict" | "ignore" | "replace" | "backslashreplace" | "surrogateescape"
        | "surrogatepass" | "xmlcharrefreplace" | "namereplace" => Ok(()),
        _ => Err(new_error(
            &builtin_types().exc.lookup_error,
            format!("unknown error handler name '{errors}'"),
        )),
    }
}

fn cp_repr(c: u32) -> String {
    if c < 0x100 {
        format!("'\\x{c:02x}'")
    } else if c < 0x10000 {
        format!("'\\u{c:04x}'")
    } else {
        format!("'\\U{c:08x}'")
    }
}

fn encode_error(codec: Codec, cps: &[u32], start: usize, end: usize, reason: &str) -> PyErr {
    let msg = if end - start == 1 {
        let shown = cp_repr(cps[start]);
        format!(
            "'{}' codec can't encode character {shown} in position {start}: {reason}",
            codec.name()
        )
    } else {
        format!(
            "'{}' codec can't encode characters in position {start}-{}: {reason}",
            codec.name(),
            end - 1
        )
    };
    new_error(&builtin_types().exc.unicode_encode_error, msg)
}

fn push_utf8(out: &mut Vec<u8>, c: u32) {
    krait_loader::pystr::push_code_point(out, c);
}

/// Encodes code points.
pub fn encode(cps: &[u32], codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    let limit = codec.limit();
    let bad = |c: u32| c >= limit || (codec == Codec::Utf8 && (0xd800..0xe000).contains(&c));
    let mut out = Vec::with_capacity(cps.len());
    let mut k = 0;
    while k < cps.len() {
        let c = cps[k];
        if !bad(c) {
            match codec {
                Codec::Utf8 => push_utf8(&mut out, c),
                _ => out.push(c as u8),
            }
            k += 1;
            continue;
        }
        let mut end = k + 1;
        while end < cps.len() && bad(cps[end]) {
            end += 1;
        }
        let reason = if codec == Codec::Utf8 {
            "surrogates not allowed"
        } else if codec == Codec::Ascii {
            "ordinal not in range(128)"
        } else {
            "ordinal not in range(256)"
        };
        for &c in &cps[k..end] {
            match errors {
                "ignore" => {}
                "replace" => out.push(b'?'),
                "backslashreplace" => {
                    out.extend_from_slice(cp_repr(c).trim_matches('\'').as_bytes())
                }
                "xmlcharrefreplace" if !(0xd800..0xe000).contains(&c) => {
                    out.extend_from_slice(format!("&#{c};").as_bytes())
                }
                "surrogateescape" if (0xdc80..0xdd00).contains(&c) => out.push((c - 0xdc00) as u8),
                "surrogatepass" if codec == Codec::Utf8 && (0xd800..0xe000).contains(&c) => {
                    push_utf8(&mut out, c)
                }
                _ => {
                    check_errors(errors)?;
                    let e = if codec == Codec::Utf8 { k + 1 } else { end };
                    return Err(encode_error(codec, cps, k, e, reason));
                }
            }
            k += 1;
        }
    }
    Ok(out)
}

fn decode_error(codec: Codec, start: usize, end: usize, byte: u8, reason: &str) -> PyErr {
    let msg = if end - start == 1 {
        format!(
            "'{}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}",
            codec.name()
        )
    } else {
        format!(
            "'{}' codec can't decode bytes in position {start}-{}: {reason}",
            codec.name(),
            end - 1
        )
    };
    new_error(&builtin_types().exc.unicode_decode_error, msg)
}

/// Decodes bytes to code points.
pub fn decode(b: &[u8], codec: Codec, errors: &str) -> PyResult<Vec<u32>> {
    let mut out: Vec<u32> = Vec::with_capacity(b.len());
    let mut k = 0;
    while k < b.len() {
        let (bad_len, reason) = match codec {
            Codec::Latin1 => {
                out.extend(b[k..].iter().map(|&x| u32::from(x)));
                break;
            }
            Codec::Ascii => {
                if b[k] < 0x80 {
                    out.push(u32::from(b[k]));
                    k += 1;
                    continue;
                }
                (1, "ordinal not in range(128)")
            }
            Codec::Utf8 => match std::str::from_utf8(&b[k..]) {
                Ok(s) => {
                    out.extend(s.chars().map(u32::from));
                    break;
                }
                Err(e) => {
                    let good = e.valid_up_to();
                    if let Ok(s) = std::str::from_utf8(&b[k..k + good]) {
                        out.extend(s.chars().map(u32::from));
                    }
                    k += good;
                    // Lone surrogates encoded as UTF-8 with surrogatepass.
                    if errors == "surrogatepass"
                        && b.len() >= k + 3
                        && b[k] == 0xed
                        && (0xa0..0xc0).contains(&b[k + 1])
                        && (0x80..0xc0).contains(&b[k + 2])
                    {
                        out.push(
                            0xd000 | (u32::from(b[k + 1] & 0x3f) << 6) | u32::from(b[k + 2] & 0x3f),
                        );
                        k += 3;
                        continue;
                    }
                    match e.error_len() {
                        None => (b.len() - k, "unexpected end of data"),
                        Some(n) => {
                            let x = b[k];
                            if (0x80..0xc2).contains(&x) || x > 0xf4 {
                                (n, "invalid start byte")
                            } else {
                                (n, "invalid continuation byte")
                            }
                        }
                    }
                }
            },
        };
        let bad = &b[k..k + bad_len];
        match errors {
            "ignore" => {}
            "replace" => {
                if codec == Codec::Utf8 {
                    out.push(0xfffd);
                } else {
                    out.extend(bad.iter().map(|_| 0xfffd));
                }
            }
            "backslashreplace" => {
                for &x in bad {
                    out.extend(format!("\\x{x:02x}").bytes().map(u32::from));
                }
            }
            "surrogateescape" => out.extend(bad.iter().map(|&x| 0xdc00 + u32::from(x))),
            _ => {
                check_errors(errors)?;
                return Err(decode_error(codec, k, k + bad_len, b[k], reason));
            }
        }
        k += bad_len;
    }
    Ok(out)
}
