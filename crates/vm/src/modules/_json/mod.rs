//! `_json` (Modules/_json.c), the C accelerator `json` prefers: `scanstring` (its
//! JSONDecodeError messages and positions differ from the pure-Python `py_scanstring`:
//! "Invalid \\escape" at the backslash, "Invalid control character at" without the
//! character), the two string encoders, `make_scanner` ([`scanner`]) and `make_encoder`
//! ([`encoder`]). With the C scanner and encoder, tracebacks out of `json.loads` and
//! `json.dumps` show no `scanner.py`/generator frames, exactly like CPython's.

mod encoder;
mod scanner;

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::{type_error, value_error, PyErr, PyResult};
use krait_object::types::str::{new_str_data, StrData};
use krait_object::types::tuple::new_tuple;
use krait_object::{protocol, Interp, Value};

use super::new_module_with;
use crate::vm::Vm;

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with(
        "_json",
        &[
            ("scanstring", scanstring),
            ("encode_basestring_ascii", encode_basestring_ascii),
            ("encode_basestring", encode_basestring),
        ],
    );
    super::set_attr(&m, "make_encoder", Value::Obj(encoder::encoder_type()));
    super::set_attr(&m, "make_scanner", Value::Obj(scanner::scanner_type()));
    Ok(m)
}

/// `Some(ascii)` when `f` is this module's `encode_basestring_ascii` / `encode_basestring`
/// (the encoder then escapes strings itself, like C's `fast_encode`).
fn fast_kind(f: &Value) -> Option<bool> {
    match f.payload()? {
        krait_object::object::Payload::BuiltinFunction(b) if b.self_.is_none() => {
            if b.func as usize == encode_basestring_ascii as *const () as usize {
                Some(true)
            } else if b.func as usize == encode_basestring as *const () as usize {
                Some(false)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// `json.decoder.JSONDecodeError(msg, s, pos)`, looked up when raised like CPython does.
fn decode_error(i: &mut dyn Interp, msg: &str, s: &Value, pos: usize) -> PyErr {
    let Some(vm) = crate::builtins::vm_of(i) else {
        return krait_object::error::system_error("_json: no VM");
    };
    let cls = match crate::import::import_absolute(vm, "json.decoder") {
        Ok(m) => match protocol::getattr_str(i, &m, "JSONDecodeError") {
            Ok(c) => c,
            Err(e) => return e,
        },
        Err(e) => return e,
    };
    let args = [
        krait_object::types::str::new_str(msg),
        s.clone(),
        Value::Int(pos as i64),
    ];
    match protocol::call0(i, &cls, &args) {
        Ok(exc) => match exc {
            Value::Obj(o) => PyErr::new(o),
            _ => type_error("JSONDecodeError did not return an exception"),
        },
        Err(e) => e,
    }
}

fn str_arg(v: &Value) -> PyResult<&StrData> {
    v.as_str_data().ok_or_else(|| {
        type_error(format!(
            "first argument must be a string, not {:.80}",
            v.class_name()
        ))
    })
}

fn hex4(buf: &[u32], at: usize) -> Option<u32> {
    let mut c = 0u32;
    for &d in buf.get(at..at + 4)? {
        c = (c << 4) | char::from_u32(d)?.to_digit(16)?;
    }
    Some(c)
}

/// `scanstring(string, end, strict=True) -> (str, end)`: decodes the JSON string whose
/// opening quote is at `end - 1`; the result's `end` is just past the closing quote.
fn scanstring(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    const SIG: Sig = Sig {
        fname: "scanstring",
        names: &["string", "end", "strict"],
        posonly: 3,
        required: 2,
    };
    let a = parse(&args, &SIG)?;
    let sv = a[0].clone().unwrap_or(Value::None);
    let s = str_arg(&sv)?;
    let end_v = protocol::index(i, a[1].as_ref().unwrap_or(&Value::None))?;
    let strict = match &a[2] {
        Some(v) => protocol::truthy(i, v)?,
        None => true,
    };
    let buf: Vec<u32> = s.code_points().collect();
    let end = match end_v {
        Value::Int(n) if n >= 0 && (n as usize) <= buf.len() => n as usize,
        _ => return Err(value_error("end is out of bounds")),
    };
    let (text, end) = scan_string(i, &sv, &buf, end, strict)?;
    Ok(new_tuple(vec![text, Value::Int(end as i64)]))
}

/// The string starting after the quote at `end - 1` of `sv` (whose code points are
/// `buf`), and the index just past its closing quote.
fn scan_string(
    i: &mut dyn Interp,
    sv: &Value,
    buf: &[u32],
    mut end: usize,
    strict: bool,
) -> PyResult<(Value, usize)> {
    let len = buf.len();
    let begin = end.saturating_sub(1);
    let mut out: Vec<u32> = Vec::new();
    loop {
        // The end of the string or the next escape.
        let mut next = end;
        let mut c = 0u32;
        while next < len {
            c = buf[next];
            if c == u32::from(b'"') || c == u32::from(b'\\') {
                break;
            }
            if c <= 0x1f && strict {
                return Err(decode_error(i, "Invalid control character at", sv, next));
            }
            next += 1;
        }
        if next >= len || !(c == u32::from(b'"') || c == u32::from(b'\\')) {
            return Err(decode_error(
                i,
                "Unterminated string starting at",
                sv,
                begin,
            ));
        }
        out.extend_from_slice(&buf[end..next]);
        next += 1;
        if c == u32::from(b'"') {
            end = next;
            break;
        }
        if next == len {
            return Err(decode_error(
                i,
                "Unterminated string starting at",
                sv,
                begin,
            ));
        }
        let e = buf[next];
        if e != u32::from(b'u') {
            end = next + 1;
            let ch = match char::from_u32(e).unwrap_or('\0') {
                '"' => '"',
                '\\' => '\\',
                '/' => '/',
                'b' => '\u{8}',
                'f' => '\u{c}',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                _ => return Err(decode_error(i, "Invalid \\escape", sv, end - 2)),
            };
            out.push(ch as u32);
            continue;
        }
        next += 1;
        end = next + 4;
        if end >= len {
            return Err(decode_error(i, "Invalid \\uXXXX escape", sv, next - 1));
        }
        let Some(mut cp) = hex4(buf, next) else {
            return Err(decode_error(i, "Invalid \\uXXXX escape", sv, end - 5));
        };
        // A high surrogate followed by `\u` and a low surrogate joins into one character.
        if (0xD800..0xDC00).contains(&cp)
            && end + 6 < len
            && buf[end] == u32::from(b'\\')
            && buf[end + 1] == u32::from(b'u')
        {
            let Some(c2) = hex4(buf, end + 2) else {
                return Err(decode_error(i, "Invalid \\uXXXX escape", sv, end + 1));
            };
            if (0xDC00..0xE000).contains(&c2) {
                cp = 0x10000 + (((cp - 0xD800) << 10) | (c2 - 0xDC00));
                end += 6;
            }
        }
        out.push(cp);
    }
    Ok((new_str_data(StrData::from_code_points(out)), end))
}

fn push_u(out: &mut String, c: u32) {
    out.push_str(&format!("\\u{c:04x}"));
}

fn encode(args: &Args, fname: &str, ascii: bool) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 || !args.kwnames.is_empty() {
        return Err(type_error(format!(
            "_json.{fname}() takes exactly one argument ({} given)",
            pos.len() + args.kwnames.len()
        )));
    }
    let s = str_arg(&pos[0])?;
    Ok(encode_str(s, ascii))
}

/// `s` as a JSON string literal, escaping non-ASCII too when `ascii`.
fn encode_str(s: &StrData, ascii: bool) -> Value {
    let mut out = String::with_capacity(s.as_bytes().len() + 2);
    out.push('"');
    for c in s.code_points() {
        match c {
            0x22 => out.push_str("\\\""),
            0x5c => out.push_str("\\\\"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            0x0a => out.push_str("\\n"),
            0x0d => out.push_str("\\r"),
            0x09 => out.push_str("\\t"),
            c if c < 0x20 => push_u(&mut out, c),
            c if ascii && c >= 0x7f => {
                if c >= 0x10000 {
                    let v = c - 0x10000;
                    push_u(&mut out, 0xD800 | (v >> 10));
                    push_u(&mut out, 0xDC00 | (v & 0x3ff));
                } else {
                    push_u(&mut out, c);
                }
            }
            c => match char::from_u32(c) {
                Some(ch) => out.push(ch),
                // A lone surrogate, kept as it is (non-ASCII mode only).
                None => {
                    let cps: Vec<u32> = s.code_points().collect();
                    return encode_slow(&cps, ascii);
                }
            },
        }
    }
    out.push('"');
    krait_object::types::str::new_string(out)
}

/// The lone-surrogate case, done over code points.
fn encode_slow(cps: &[u32], ascii: bool) -> Value {
    let mut out: Vec<u32> = vec![0x22];
    for &c in cps {
        let esc: Option<String> = match c {
            0x22 => Some("\\\"".into()),
            0x5c => Some("\\\\".into()),
            0x08 => Some("\\b".into()),
            0x0c => Some("\\f".into()),
            0x0a => Some("\\n".into()),
            0x0d => Some("\\r".into()),
            0x09 => Some("\\t".into()),
            c if c < 0x20 || (ascii && c >= 0x7f) => Some(format!("\\u{c:04x}")),
            _ => None,
        };
        match esc {
            Some(e) => out.extend(e.chars().map(|x| x as u32)),
            None => out.push(c),
        }
    }
    out.push(0x22);
    new_str_data(StrData::from_code_points(out))
}

fn encode_basestring_ascii(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    encode(&args, "encode_basestring_ascii", true)
}

fn encode_basestring(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    encode(&args, "encode_basestring", false)
}
