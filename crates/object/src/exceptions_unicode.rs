//! `UnicodeEncodeError`, `UnicodeDecodeError` and `UnicodeTranslateError`: the
//! constructor's argument checks (`UOnnU` / `UnnU` in CPython's `Objects/exceptions.c`),
//! the `encoding`/`object`/`start`/`end`/`reason` attributes (kept in the exception's
//! dict, so assignments from error handlers are seen), and CPython's `__str__` texts
//! ("'ascii' codec can't encode character '\xe9' in position 0: …").

use crate::args::Args;
use crate::error::{type_error, PyErr, PyResult};
use crate::exceptions::{exc_data, new_exception};
use crate::interp::Interp;
use crate::object::ObjRef;
use crate::protocol;
use crate::typeobj::TypeData;
use crate::types::builtin_types;
use crate::types::bytes::{bytes_of, new_bytes};
use crate::types::str::{new_str, new_string};
use crate::types::tuple::new_tuple;
use crate::value::Value;

#[derive(Copy, Clone, PartialEq, Eq)]
enum Kind {
    Encode,
    Decode,
    Translate,
}

fn kind_of(t: &TypeData) -> Option<Kind> {
    for c in t.mro.borrow().iter() {
        let Some(ct) = c.as_type() else { continue };
        match ct.name.borrow().as_str() {
            "UnicodeEncodeError" => return Some(Kind::Encode),
            "UnicodeDecodeError" => return Some(Kind::Decode),
            "UnicodeTranslateError" => return Some(Kind::Translate),
            _ => {}
        }
    }
    None
}

pub(crate) fn setup(t: &TypeData) {
    t.slots.init.set(Some(unicode_init));
    t.slots.str.set(Some(unicode_str));
}

fn kind_of_value(v: &Value) -> Option<Kind> {
    let cls = v.as_obj()?.class();
    let t = cls.as_type()?;
    kind_of(t)
}

fn arg_type_error(n: usize, want: &str, got: &Value) -> PyErr {
    type_error(format!(
        "argument {n} must be {want}, not {}",
        got.class_name()
    ))
}

fn unicode_init(i: &mut dyn Interp, this: &Value, args: Args<'_>) -> PyResult<()> {
    let Some(obj) = this.as_obj() else {
        return Ok(());
    };
    let Some(kind) = kind_of_value(this) else {
        return Ok(());
    };
    let pos = args.pos();
    if let Some(e) = exc_data(obj) {
        *e.args.borrow_mut() = new_tuple(pos.to_vec());
    }
    let want = if kind == Kind::Translate { 4 } else { 5 };
    if pos.len() != want {
        return Err(type_error(format!(
            "function takes exactly {want} arguments ({} given)",
            pos.len()
        )));
    }
    let (encoding, rest) = if kind == Kind::Translate {
        (Value::None, pos)
    } else {
        if pos[0].as_str_data().is_none() {
            return Err(arg_type_error(1, "str", &pos[0]));
        }
        (pos[0].clone(), &pos[1..])
    };
    let off = usize::from(kind != Kind::Translate);
    let object = match kind {
        Kind::Decode => match bytes_of(&rest[0]) {
            Some(b) => new_bytes(b),
            None => {
                return Err(type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    rest[0].class_name()
                )))
            }
        },
        _ => {
            if rest[0].as_str_data().is_none() {
                return Err(arg_type_error(off + 1, "str", &rest[0]));
            }
            rest[0].clone()
        }
    };
    let start = protocol::index(i, &rest[1])?;
    let end = protocol::index(i, &rest[2])?;
    if rest[3].as_str_data().is_none() {
        return Err(arg_type_error(off + 4, "str", &rest[3]));
    }
    set_fields(obj, encoding, object, start, end, rest[3].clone());
    Ok(())
}

fn set_fields(
    obj: &ObjRef,
    encoding: Value,
    object: Value,
    start: Value,
    end: Value,
    reason: Value,
) {
    let Some(e) = exc_data(obj) else { return };
    let mut d = e.dict.borrow_mut();
    d.set_str_key(new_str("encoding"), encoding);
    d.set_str_key(new_str("object"), object);
    d.set_str_key(new_str("start"), start);
    d.set_str_key(new_str("end"), end);
    d.set_str_key(new_str("reason"), reason);
}

fn field(obj: &ObjRef, name: &str) -> Option<Value> {
    exc_data(obj)?.dict.borrow().get_str_key(&new_str(name))
}

fn unicode_str(i: &mut dyn Interp, this: &Value) -> PyResult<Value> {
    let Some(obj) = this.as_obj() else {
        return Ok(new_str(""));
    };
    let (Some(kind), Some(object)) = (kind_of_value(this), field(obj, "object")) else {
        return Ok(new_str(""));
    };
    let get_int = |i: &mut dyn Interp, n: &str| -> PyResult<i64> {
        match field(obj, n) {
            Some(v) => match protocol::index(i, &v)? {
                Value::Int(k) => Ok(k),
                _ => Ok(i64::MAX),
            },
            None => Ok(0),
        }
    };
    let start = get_int(i, "start")?;
    let end = get_int(i, "end")?;
    let reason = protocol::str_string(i, &field(obj, "reason").unwrap_or(Value::None))?;
    let encoding = match kind {
        Kind::Translate => String::new(),
        _ => protocol::str_string(i, &field(obj, "encoding").unwrap_or(Value::None))?,
    };
    let single = end == start.wrapping_add(1) && start >= 0;
    let s = match kind {
        Kind::Decode => {
            let b = bytes_of(&object).unwrap_or_default();
            match b.get(start as usize).filter(|_| single) {
                Some(x) => format!(
                    "'{encoding}' codec can't decode byte 0x{x:02x} in position {start}: {reason}"
                ),
                None => format!(
                    "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
                    end.wrapping_sub(1)
                ),
            }
        }
        Kind::Encode | Kind::Translate => {
            let c = object
                .as_str_data()
                .and_then(|s| s.char_at(start as usize))
                .filter(|_| single);
            let head = if kind == Kind::Encode {
                format!("'{encoding}' codec can't encode")
            } else {
                "can't translate".to_string()
            };
            match c {
                Some(c) => format!(
                    "{head} character '{}' in position {start}: {reason}",
                    escape_char(c)
                ),
                None => format!(
                    "{head} characters in position {start}-{}: {reason}",
                    end.wrapping_sub(1)
                ),
            }
        }
    };
    Ok(new_string(s))
}

/// `\x%02x`, `\u%04x` or `\U%08x`.
pub fn escape_char(c: u32) -> String {
    if c <= 0xff {
        format!("\\x{c:02x}")
    } else if c <= 0xffff {
        format!("\\u{c:04x}")
    } else {
        format!("\\U{c:08x}")
    }
}

fn make(
    cls: &ObjRef,
    encoding: Value,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> ObjRef {
    let s = Value::Int(start as i64);
    let e = Value::Int(end as i64);
    let r = new_str(reason);
    let mut args = Vec::with_capacity(5);
    if !matches!(encoding, Value::None) {
        args.push(encoding.clone());
    }
    args.extend([object.clone(), s.clone(), e.clone(), r.clone()]);
    let obj = new_exception(cls, args);
    set_fields(&obj, encoding, object, s, e, r);
    obj
}

/// A new `UnicodeEncodeError(encoding, object, start, end, reason)`.
pub fn encode_error_obj(
    encoding: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> ObjRef {
    make(
        &builtin_types().exc.unicode_encode_error,
        new_str(encoding),
        object,
        start,
        end,
        reason,
    )
}

/// A new `UnicodeDecodeError(encoding, object, start, end, reason)`.
pub fn decode_error_obj(
    encoding: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> ObjRef {
    make(
        &builtin_types().exc.unicode_decode_error,
        new_str(encoding),
        object,
        start,
        end,
        reason,
    )
}

/// A new `UnicodeTranslateError(object, start, end, reason)`.
pub fn translate_error_obj(object: Value, start: usize, end: usize, reason: &str) -> ObjRef {
    make(
        &builtin_types().exc.unicode_translate_error,
        Value::None,
        object,
        start,
        end,
        reason,
    )
}

/// Which of the three an exception value is: 'e'ncode, 'd'ecode, 't'ranslate.
pub fn unicode_error_kind(v: &Value) -> Option<char> {
    kind_of_value(v).map(|k| match k {
        Kind::Encode => 'e',
        Kind::Decode => 'd',
        Kind::Translate => 't',
    })
}

/// The `object`, `start` and `end` of a unicode error (for the error handlers).
pub fn unicode_error_fields(i: &mut dyn Interp, v: &Value) -> PyResult<(Value, i64, i64)> {
    let get = |i: &mut dyn Interp, n: &str| protocol::getattr_str(i, v, n);
    let object = get(i, "object")?;
    let start = get(i, "start")?;
    let end = get(i, "end")?;
    let as_i = |i: &mut dyn Interp, x: &Value| -> PyResult<i64> {
        match protocol::index(i, x)? {
            Value::Int(k) => Ok(k),
            _ => Ok(i64::MAX),
        }
    };
    let s = as_i(i, &start)?;
    let e = as_i(i, &end)?;
    Ok((object, s, e))
}
