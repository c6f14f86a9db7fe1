//! `_json` (Modules/_json.c): the string scanner and the two string encoders the stdlib's
//! `json` package takes from C when present — `scanstring`, `encode_basestring_ascii`,
//! `encode_basestring`. Their error messages are the C ones (`Invalid control character
//! at`, `Invalid \escape`, `Invalid \uXXXX escape`), which differ from the pure-Python
//! fallbacks'. `make_scanner`/`make_encoder` are absent, so `json` uses its Python
//! scanner and encoder around these.

use krait_object::args::Args;
use krait_object::error::{type_error, value_error, PyErr, PyResult};
use krait_object::interp::Interp;
use krait_object::protocol;
use krait_object::types::str::{new_str, new_str_data, StrData};
use krait_object::types::tuple::new_tuple;
use krait_object::Value;

use super::new_module_with;
use crate::vm::Vm;

const FUNCTIONS: crate::builtins::FunctionTable = &[
    ("scanstring", scanstring),
    ("encode_basestring_ascii", encode_basestring_ascii),
    ("encode_basestring", encode_basestring),
];

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    Ok(new_module_with("_json", FUNCTIONS))
}

fn str_arg(v: &Value) -> PyResult<&StrData> {
    v.as_str_data().ok_or_else(|| {
        type_error(format!(
            "first argument must be a string, not {}",
            v.class_name()
        ))
    })
}

/// Appends the JSON escape of code point `c` (`ascii`: escape everything non-ASCII too).
fn escape_into(out: &mut Vec<u32>, c: u32, ascii: bool) {
    let push = |out: &mut Vec<u32>, s: &str| out.extend(s.chars().map(u32::from));
    match c {
        0x22 => push(out, "\\\""),
        0x5c => push(out, "\\\\"),
        0x0a => push(out, "\\n"),
        0x0d => push(out, "\\r"),
        0x09 => push(out, "\\t"),
        0x08 => push(out, "\\b"),
        0x0c => push(out, "\\f"),
        c if c < 0x20 || (ascii && c >= 0x7f) => {
            if c >= 0x10000 {
                let v = c - 0x10000;
                push(out, &format!("\\u{:04x}", 0xd800 | ((v >> 10) & 0x3ff)));
                push(out, &format!("\\u{:04x}", 0xdc00 | (v & 0x3ff)));
            } else {
                push(out, &format!("\\u{c:04x}"));
            }
        }
        c => out.push(c),
    }
}

fn encode(args: &Args, ascii: bool) -> PyResult<Value> {
    let pos = args.pos();
    let [s] = pos else {
        return Err(type_error(format!(
            "{}() takes exactly one argument ({} given)",
            if ascii {
                "encode_basestring_ascii"
            } else {
                "encode_basestring"
            },
            pos.len()
        )));
    };
    let s = str_arg(s)?;
    let mut out = Vec::with_capacity(s.len() + 2);
    out.push(u32::from(b'"'));
    for c in s.code_points() {
        escape_into(&mut out, c, ascii);
    }
    out.push(u32::from(b'"'));
    Ok(new_str_data(StrData::from_code_points(out)))
}

fn encode_basestring_ascii(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    encode(&args, true)
}

fn encode_basestring(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    encode(&args, false)
}

/// `json.decoder.JSONDecodeError(msg, s, pos)`.
fn decode_error(i: &mut dyn Interp, msg: &str, s: &Value, pos: usize) -> PyErr {
    let made = (|| {
        let vm = crate::builtins::vm_of(i).ok_or_else(|| type_error("_json needs the VM"))?;
        let m = crate::import::import_absolute(vm, "json.decoder")?;
        let cls = protocol::getattr_str(vm, &m, "JSONDecodeError")?;
        protocol::call(
            vm,
            &cls,
            Args::positional(&[new_str(msg), s.clone(), Value::Int(pos as i64)]),
        )
    })();
    match made {
        Ok(Value::Obj(o)) => PyErr::new(o),
        Ok(_) => value_error(msg.to_owned()),
        Err(e) => e,
    }
}

fn hex4(cps: &[u32], at: usize) -> Option<u32> {
    let mut v = 0;
    for k in 0..4 {
        let d = char::from_u32(*cps.get(at + k)?)?.to_digit(16)?;
        v = (v << 4) | d;
    }
    Some(v)
}

/// `scanstring(s, end, strict=True)` → `(str, end)`: decodes the JSON string whose
/// opening quote is at `end - 1` (`scanstring_unicode` in _json.c).
fn scanstring(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 || pos.len() > 3 {
        return Err(type_error(format!(
            "scanstring expected 2 or 3 arguments, got {}",
            pos.len()
        )));
    }
    let s_val = pos[0].clone();
    let s = str_arg(&s_val)?;
    let end = protocol::index_i64(i, &pos[1])?;
    let strict = match pos.get(2) {
        Some(v) => protocol::truthy(i, v)?,
        None => true,
    };
    let cps: Vec<u32> = s.code_points().collect();
    let len = cps.len() as i64;
    if end < 0 || len < end {
        return Err(value_error("end is out of bounds"));
    }
    let mut end = end as usize;
    let len = cps.len();
    let begin = end.wrapping_sub(1);
    let mut out: Vec<u32> = Vec::new();
    loop {
        let mut next = end;
        let mut c = 0u32;
        while next < len {
            c = cps[next];
            if c == u32::from(b'"') || c == u32::from(b'\\') {
                break;
            }
            if c <= 0x1f && strict {
                return Err(decode_error(
                    i,
                    "Invalid control character at",
                    &s_val,
                    next,
                ));
            }
            next += 1;
        }
        if next >= len || (c != u32::from(b'"') && c != u32::from(b'\\')) {
            return Err(decode_error(
                i,
                "Unterminated string starting at",
                &s_val,
                begin,
            ));
        }
        out.extend_from_slice(&cps[end..next]);
        next += 1;
        if c == u32::from(b'"') {
            end = next;
            break;
        }
        if next == len {
            return Err(decode_error(
                i,
                "Unterminated string starting at",
                &s_val,
                begin,
            ));
        }
        let e = cps[next];
        let ch;
        if e != u32::from(b'u') {
            end = next + 1;
            ch = match char::from_u32(e) {
                Some('"') => 0x22,
                Some('\\') => 0x5c,
                Some('/') => 0x2f,
                Some('b') => 0x08,
                Some('f') => 0x0c,
                Some('n') => 0x0a,
                Some('r') => 0x0d,
                Some('t') => 0x09,
                _ => return Err(decode_error(i, "Invalid \\escape", &s_val, end - 2)),
            };
        } else {
            next += 1;
            end = next + 4;
            if end >= len {
                return Err(decode_error(i, "Invalid \\uXXXX escape", &s_val, next - 1));
            }
            let Some(mut u) = hex4(&cps, next) else {
                return Err(decode_error(i, "Invalid \\uXXXX escape", &s_val, end - 5));
            };
            next = end;
            if (0xd800..=0xdbff).contains(&u)
                && end + 6 < len
                && cps[next] == u32::from(b'\\')
                && cps[next + 1] == u32::from(b'u')
            {
                end += 6;
                let Some(u2) = hex4(&cps, next + 2) else {
                    return Err(decode_error(i, "Invalid \\uXXXX escape", &s_val, end - 5));
                };
                if (0xdc00..=0xdfff).contains(&u2) {
                    u = 0x10000 + (((u - 0xd800) << 10) | (u2 - 0xdc00));
                } else {
                    end -= 6;
                }
            }
            ch = u;
        }
        out.push(ch);
    }
    let text = new_str_data(StrData::from_code_points(out));
    Ok(new_tuple(vec![text, Value::Int(end as i64)]))
}
