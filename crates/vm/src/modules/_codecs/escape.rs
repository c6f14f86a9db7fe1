//! The escape codecs of `_codecs`: `unicode_escape_*` and `raw_unicode_escape_*`
//! (str ⇄ bytes with Python's backslash escapes; decoding is stateful like CPython's),
//! and `escape_encode`/`escape_decode` (bytes ⇄ bytes, the escapes of bytes literals).

use krait_object::args::Args;
use krait_object::error::{type_error, value_error, PyResult};
use krait_object::types::bytes::new_bytes;
use krait_object::types::codecs::{char_named, decode_error};
use krait_object::{protocol, Interp, Value};

use super::funcs::{buffer_param, errors_param, pair, pos_args, str_of, str_param};

/// `unicode_escape_encode(str, errors=None)`.
pub fn unicode_escape_encode(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(&args, "unicode_escape_encode", 1, 2)?;
    let cps = str_param(&a[0], "unicode_escape_encode", 1)?;
    errors_param(a, 1, "unicode_escape_encode")?;
    let mut out = Vec::with_capacity(cps.len());
    for &c in &cps {
        match c {
            0x5c => out.extend_from_slice(b"\\\\"),
            0x09 => out.extend_from_slice(b"\\t"),
            0x0a => out.extend_from_slice(b"\\n"),
            0x0d => out.extend_from_slice(b"\\r"),
            0x20..=0x7e => out.push(c as u8),
            0..=0xff => out.extend_from_slice(format!("\\x{c:02x}").as_bytes()),
            0x100..=0xffff => out.extend_from_slice(format!("\\u{c:04x}").as_bytes()),
            _ => out.extend_from_slice(format!("\\U{c:08x}").as_bytes()),
        }
    }
    Ok(pair(new_bytes(out), cps.len()))
}

/// `raw_unicode_escape_encode(str, errors=None)`.
pub fn raw_unicode_escape_encode(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(&args, "raw_unicode_escape_encode", 1, 2)?;
    let cps = str_param(&a[0], "raw_unicode_escape_encode", 1)?;
    errors_param(a, 1, "raw_unicode_escape_encode")?;
    let mut out = Vec::with_capacity(cps.len());
    for &c in &cps {
        match c {
            0..=0xff => out.push(c as u8),
            0x100..=0xffff => out.extend_from_slice(format!("\\u{c:04x}").as_bytes()),
            _ => out.extend_from_slice(format!("\\U{c:08x}").as_bytes()),
        }
    }
    Ok(pair(new_bytes(out), cps.len()))
}

/// The data argument of the decoders: bytes-like, or a str taken as UTF-8.
fn data_param(v: &Value) -> PyResult<Vec<u8>> {
    match v.as_str_data() {
        Some(s) => Ok(s.as_bytes().to_vec()),
        None => buffer_param(v),
    }
}

fn final_param(i: &mut dyn Interp, a: &[Value]) -> PyResult<bool> {
    match a.get(2) {
        None => Ok(true),
        Some(v) => protocol::truthy(i, v),
    }
}

fn hex_digits(b: &[u8], from: usize, n: usize) -> (u32, usize) {
    let mut v = 0u32;
    let mut k = from;
    while k < b.len() && k < from + n {
        match (b[k] as char).to_digit(16) {
            Some(d) => v = v * 16 + d,
            None => break,
        }
        k += 1;
    }
    (v, k)
}

/// `unicode_escape_decode(data, errors=None, final=True)`.
pub fn unicode_escape_decode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(&args, "unicode_escape_decode", 1, 3)?;
    let b = data_param(&a[0])?;
    let errors = errors_param(a, 1, "unicode_escape_decode")?;
    let final_ = final_param(i, a)?;
    let name = "unicodeescape";
    let mut out = Vec::with_capacity(b.len());
    let mut k = 0;
    let mut ih = Some(i);
    while k < b.len() {
        if b[k] != b'\\' {
            out.push(u32::from(b[k]));
            k += 1;
            continue;
        }
        let start = k;
        let Some(&c) = b.get(k + 1) else {
            if !final_ {
                break;
            }
            let r = "\\ at end of string";
            k = decode_error(&mut ih, &errors, name, &b, k, k + 1, r, &mut out, None)?;
            continue;
        };
        k += 2;
        let simple = match c {
            b'\n' => None,
            b'\\' | b'\'' | b'"' => Some(u32::from(c)),
            b'b' => Some(8),
            b'f' => Some(12),
            b't' => Some(9),
            b'n' => Some(10),
            b'r' => Some(13),
            b'v' => Some(11),
            b'a' => Some(7),
            b'0'..=b'7' => {
                let mut v = u32::from(c - b'0');
                let mut n = 1;
                while n < 3 && k < b.len() && (b'0'..=b'7').contains(&b[k]) {
                    v = v * 8 + u32::from(b[k] - b'0');
                    k += 1;
                    n += 1;
                }
                Some(v)
            }
            b'x' | b'u' | b'U' => {
                let (n, what) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let (v, end) = hex_digits(&b, k, n);
                if end - k < n {
                    if !final_ && end == b.len() {
                        k = start;
                        break;
                    }
                    k = decode_error(&mut ih, &errors, name, &b, start, end, what, &mut out, None)?;
                    continue;
                }
                k = end;
                if v > 0x10ffff {
                    let r = "illegal Unicode character";
                    k = decode_error(&mut ih, &errors, name, &b, start, end, r, &mut out, None)?;
                    continue;
                }
                Some(v)
            }
            b'N' => {
                let close = b[k..].iter().position(|&x| x == b'}').map(|p| k + p);
                match close {
                    Some(e) if b.get(k) == Some(&b'{') && e > k + 1 => {
                        let nm = String::from_utf8_lossy(&b[k + 1..e]).into_owned();
                        match char_named(&nm) {
                            Some(v) => {
                                k = e + 1;
                                Some(v)
                            }
                            None => {
                                let r = "unknown Unicode character name";
                                k = decode_error(
                                    &mut ih,
                                    &errors,
                                    name,
                                    &b,
                                    start,
                                    e + 1,
                                    r,
                                    &mut out,
                                    None,
                                )?;
                                continue;
                            }
                        }
                    }
                    _ => {
                        if !final_ && close.is_none() {
                            k = start;
                            break;
                        }
                        let r = "malformed \\N character escape";
                        let end = if b.get(k) == Some(&b'{') {
                            close.map_or(b.len(), |e| e + 1)
                        } else {
                            k
                        };
                        k = decode_error(
                            &mut ih, &errors, name, &b, start, end, r, &mut out, None,
                        )?;
                        continue;
                    }
                }
            }
            _ => {
                // An unknown escape stays as written (CPython warns; krait does not).
                out.push(u32::from(b'\\'));
                out.push(u32::from(c));
                None
            }
        };
        if let Some(v) = simple {
            out.push(v);
        }
    }
    Ok(pair(str_of(out), k))
}

/// `raw_unicode_escape_decode(data, errors=None, final=True)`: only `\uXXXX` and
/// `\UXXXXXXXX` after an odd number of backslashes are escapes.
pub fn raw_unicode_escape_decode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(&args, "raw_unicode_escape_decode", 1, 3)?;
    let b = data_param(&a[0])?;
    let errors = errors_param(a, 1, "raw_unicode_escape_decode")?;
    let final_ = final_param(i, a)?;
    let name = "rawunicodeescape";
    let mut out = Vec::with_capacity(b.len());
    let mut k = 0;
    let mut ih = Some(i);
    while k < b.len() {
        if b[k] != b'\\' {
            out.push(u32::from(b[k]));
            k += 1;
            continue;
        }
        match b.get(k + 1) {
            None => {
                if !final_ {
                    break;
                }
                out.push(u32::from(b'\\'));
                k += 1;
            }
            Some(b'\\') => {
                out.extend([0x5c, 0x5c]);
                k += 2;
            }
            Some(&c @ (b'u' | b'U')) => {
                let n = if c == b'u' { 4 } else { 8 };
                let (v, end) = hex_digits(&b, k + 2, n);
                if end - (k + 2) < n {
                    if !final_ && end == b.len() {
                        break;
                    }
                    let r = if n == 4 {
                        "truncated \\uXXXX escape"
                    } else {
                        "truncated \\UXXXXXXXX escape"
                    };
                    k = decode_error(&mut ih, &errors, name, &b, k, end, r, &mut out, None)?;
                    continue;
                }
                if v > 0x10ffff {
                    let r = "\\Uxxxxxxxx out of range";
                    k = decode_error(&mut ih, &errors, name, &b, k, end, r, &mut out, None)?;
                    continue;
                }
                out.push(v);
                k = end;
            }
            Some(_) => {
                out.push(u32::from(b'\\'));
                k += 1;
            }
        }
    }
    Ok(pair(str_of(out), k))
}

/// `escape_encode(data: bytes, errors=None)`.
pub fn escape_encode(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(&args, "escape_encode", 1, 2)?;
    let b = match a[0].payload() {
        Some(krait_object::object::Payload::Bytes(b)) => b.to_vec(),
        _ => {
            return Err(type_error(format!(
                "escape_encode() argument 1 must be bytes, not {}",
                a[0].class_name()
            )))
        }
    };
    errors_param(a, 1, "escape_encode")?;
    let mut out = Vec::with_capacity(b.len());
    for &c in &b {
        match c {
            b'\'' | b'\\' => out.extend_from_slice(&[b'\\', c]),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            0x20..=0x7e => out.push(c),
            _ => out.extend_from_slice(format!("\\x{c:02x}").as_bytes()),
        }
    }
    Ok(pair(new_bytes(out), b.len()))
}

/// `escape_decode(data, errors=None)`: the escapes of a bytes literal.
pub fn escape_decode(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(&args, "escape_decode", 1, 2)?;
    let b = data_param(&a[0])?;
    let errors = errors_param(a, 1, "escape_decode")?;
    let mut out = Vec::with_capacity(b.len());
    let mut k = 0;
    while k < b.len() {
        if b[k] != b'\\' {
            out.push(b[k]);
            k += 1;
            continue;
        }
        let Some(&c) = b.get(k + 1) else {
            return Err(value_error("Trailing \\ in string"));
        };
        let at = k;
        k += 2;
        match c {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(c),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b't' => out.push(9),
            b'n' => out.push(10),
            b'r' => out.push(13),
            b'v' => out.push(11),
            b'a' => out.push(7),
            b'0'..=b'7' => {
                let mut v = u32::from(c - b'0');
                let mut n = 1;
                while n < 3 && k < b.len() && (b'0'..=b'7').contains(&b[k]) {
                    v = v * 8 + u32::from(b[k] - b'0');
                    k += 1;
                    n += 1;
                }
                out.push(v as u8);
            }
            b'x' => {
                let (v, end) = hex_digits(&b, k, 2);
                if end - k == 2 {
                    out.push(v as u8);
                    k = end;
                    continue;
                }
                match errors.as_str() {
                    "strict" => {
                        return Err(value_error(format!("invalid \\x escape at position {at}")))
                    }
                    "replace" => out.push(b'?'),
                    "ignore" => {}
                    e => {
                        return Err(value_error(format!(
                            "decoding error; unknown error handling code: {e}"
                        )))
                    }
                }
                if k < b.len() && b[k].is_ascii_hexdigit() {
                    k += 1;
                }
            }
            _ => {
                out.push(b'\\');
                k -= 1;
            }
        }
    }
    Ok(pair(new_bytes(out), b.len()))
}
