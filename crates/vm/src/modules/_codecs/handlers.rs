//! CPython's builtin error handlers as Python-callable functions (what
//! `codecs.lookup_error('replace')` returns): each takes a `UnicodeEncodeError`,
//! `UnicodeDecodeError` or `UnicodeTranslateError` and returns `(replacement, newpos)`.
//! The native codecs do not call these (they handle the builtin names inline, in
//! krait_object's `types/codecs.rs`); Python codecs and user code do.

use std::collections::HashMap;

use krait_object::args::Args;
use krait_object::error::{type_error, PyErr, PyResult};
use krait_object::exceptions_unicode::{unicode_error_fields, unicode_error_kind};
use krait_object::types::bytes::{bytes_of, new_bytes};
use krait_object::types::codecs::{backslash, namereplace, str_value, Codec};
use krait_object::types::func::new_builtin;
use krait_object::types::tuple::new_tuple;
use krait_object::{protocol, Interp, Value};

/// The registry's initial contents.
pub(super) fn builtin_handlers() -> HashMap<String, Value> {
    let mut m = HashMap::new();
    let rows: [(&str, &'static str, krait_object::typeobj::NativeFn); 8] = [
        ("strict", "strict_errors", strict),
        ("ignore", "ignore_errors", ignore),
        ("replace", "replace_errors", replace),
        ("xmlcharrefreplace", "xmlcharrefreplace_errors", xmlcharref),
        ("backslashreplace", "backslashreplace_errors", backslashrepl),
        ("namereplace", "namereplace_errors", namerepl),
        ("surrogateescape", "surrogateescape", surrogateescape),
        ("surrogatepass", "surrogatepass", surrogatepass),
    ];
    for (key, name, f) in rows {
        m.insert(key.to_string(), new_builtin(name, f));
    }
    m
}

fn one_arg<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    args.no_kwargs(name)?;
    Ok(&args.exact(name, 1)?[0])
}

fn wrong(v: &Value) -> PyErr {
    type_error(format!(
        "don't know how to handle {} in error callback",
        v.class_name()
    ))
}

/// The error's kind, object, and clamped `start..end` (as the `PyUnicode*Error_Get*`).
struct Fields {
    kind: char,
    object: Value,
    start: usize,
    end: usize,
}

fn fields(i: &mut dyn Interp, exc: &Value) -> PyResult<Fields> {
    let Some(kind) = unicode_error_kind(exc) else {
        return Err(wrong(exc));
    };
    let (object, s, e) = unicode_error_fields(i, exc)?;
    let len = if kind == 'd' {
        bytes_of(&object).map_or(0, |b| b.len())
    } else {
        object.as_str_data().map_or(0, |s| s.len())
    } as i64;
    let start = if s < 0 {
        0
    } else if s >= len {
        (len - 1).max(0)
    } else {
        s
    };
    let end = e.clamp(1, len.max(1)).min(len);
    Ok(Fields {
        kind,
        object,
        start: start as usize,
        end: (end.max(start)) as usize,
    })
}

fn cps_of(v: &Value) -> Vec<u32> {
    v.as_str_data()
        .map(|s| s.code_points().collect())
        .unwrap_or_default()
}

fn result(repl: Value, end: usize) -> PyResult<Value> {
    Ok(new_tuple(vec![repl, Value::Int(end as i64)]))
}

fn raise(exc: &Value) -> PyErr {
    match exc.as_obj() {
        Some(o) => PyErr::new(o.clone()),
        None => type_error("codec must pass exception instance"),
    }
}

fn strict(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let exc = one_arg(&args, "strict_errors")?;
    if krait_object::exceptions::is_exception_instance(exc) {
        return Err(raise(exc));
    }
    Err(type_error("codec must pass exception instance"))
}

fn ignore(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let exc = one_arg(&args, "ignore_errors")?;
    let f = fields(i, exc)?;
    result(str_value(&[]), f.end)
}

fn replace(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let exc = one_arg(&args, "replace_errors")?;
    let f = fields(i, exc)?;
    let n = f.end - f.start;
    let s = match f.kind {
        'e' => vec![u32::from(b'?'); n],
        'd' => vec![0xfffd],
        _ => vec![0xfffd; n],
    };
    result(str_value(&s), f.end)
}

fn xmlcharref(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let exc = one_arg(&args, "xmlcharrefreplace_errors")?;
    let f = fields(i, exc)?;
    if f.kind != 'e' {
        return Err(wrong(exc));
    }
    let cps = cps_of(&f.object);
    let s: String = cps[f.start..f.end]
        .iter()
        .map(|c| format!("&#{c};"))
        .collect();
    result(krait_object::types::str::new_string(s), f.end)
}

fn backslashrepl(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let exc = one_arg(&args, "backslashreplace_errors")?;
    let f = fields(i, exc)?;
    if f.kind == 'd' {
        let b = bytes_of(&f.object).unwrap_or_default();
        let s: String = b[f.start..f.end]
            .iter()
            .map(|x| format!("\\x{x:02x}"))
            .collect();
        return result(krait_object::types::str::new_string(s), f.end);
    }
    let cps = cps_of(&f.object);
    result(str_value(&backslash(&cps[f.start..f.end])), f.end)
}

fn namerepl(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let exc = one_arg(&args, "namereplace_errors")?;
    let f = fields(i, exc)?;
    if f.kind != 'e' {
        return Err(wrong(exc));
    }
    let cps = cps_of(&f.object);
    result(str_value(&namereplace(&cps[f.start..f.end])), f.end)
}

fn surrogateescape(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let exc = one_arg(&args, "surrogateescape")?;
    let f = fields(i, exc)?;
    match f.kind {
        'e' => {
            let cps = cps_of(&f.object);
            let part = &cps[f.start..f.end];
            if !part.iter().all(|c| (0xdc80..0xdd00).contains(c)) {
                return Err(raise(exc));
            }
            result(
                new_bytes(part.iter().map(|&c| (c - 0xdc00) as u8).collect()),
                f.end,
            )
        }
        'd' => {
            let b = bytes_of(&f.object).unwrap_or_default();
            let part: Vec<u32> = b[f.start..f.end]
                .iter()
                .take(4)
                .take_while(|&&x| x >= 0x80)
                .map(|&x| 0xdc00 + u32::from(x))
                .collect();
            if part.is_empty() {
                return Err(raise(exc));
            }
            result(str_value(&part), f.start + part.len())
        }
        _ => Err(wrong(exc)),
    }
}

/// The unit codec of a standard UTF encoding name (`get_standard_encoding`).
fn standard(i: &mut dyn Interp, exc: &Value) -> PyResult<Option<Codec>> {
    let enc = protocol::getattr_str(i, exc, "encoding")?;
    let Some(s) = enc.as_str_data() else {
        return Ok(None);
    };
    let n = s.lossy().to_ascii_lowercase().replace('_', "-");
    Ok(match n.as_str() {
        "utf-8" | "utf8" => Some(Codec::Utf8),
        "utf-16" | "utf-16-le" | "utf16" => Some(Codec::Utf16(-1)),
        "utf-16-be" => Some(Codec::Utf16(1)),
        "utf-32" | "utf-32-le" | "utf32" => Some(Codec::Utf32(-1)),
        "utf-32-be" => Some(Codec::Utf32(1)),
        _ => None,
    })
}

fn surrogatepass(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let exc = one_arg(&args, "surrogatepass")?;
    let f = fields(i, exc)?;
    if f.kind == 't' {
        return Err(wrong(exc));
    }
    let Some(codec) = standard(i, exc)? else {
        return Err(raise(exc));
    };
    if f.kind == 'e' {
        let cps = cps_of(&f.object);
        let part = &cps[f.start..f.end];
        if !part.iter().all(|c| (0xd800..0xe000).contains(c)) {
            return Err(raise(exc));
        }
        let mut out = Vec::new();
        for &c in part {
            codec.push(&mut out, c);
        }
        return result(new_bytes(out), f.end);
    }
    let b = bytes_of(&f.object).unwrap_or_default();
    let s = f.start;
    let (c, n) = match codec {
        Codec::Utf8 if b.len() >= s + 3 && b[s] & 0xf0 == 0xe0 => (
            (u32::from(b[s] & 0x0f) << 12)
                | (u32::from(b[s + 1] & 0x3f) << 6)
                | u32::from(b[s + 2] & 0x3f),
            3,
        ),
        Codec::Utf16(bo) if b.len() >= s + 2 => {
            let p = [b[s], b[s + 1]];
            let u = if bo > 0 {
                u16::from_be_bytes(p)
            } else {
                u16::from_le_bytes(p)
            };
            (u32::from(u), 2)
        }
        Codec::Utf32(bo) if b.len() >= s + 4 => {
            let p = [b[s], b[s + 1], b[s + 2], b[s + 3]];
            let u = if bo > 0 {
                u32::from_be_bytes(p)
            } else {
                u32::from_le_bytes(p)
            };
            (u, 4)
        }
        _ => return Err(raise(exc)),
    };
    if !(0xd800..0xe000).contains(&c) {
        return Err(raise(exc));
    }
    result(str_value(&[c]), s + n)
}
