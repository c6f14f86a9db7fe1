//! `int(...)`: the constructor's forms (`int()`, `int(x)`, `int(s, base)`), conversions
//! of floats and strings, and the str↔int digit limit (`sys.set_int_max_str_digits`).

use std::cell::Cell;

use crate::args::Args;
use crate::error::{type_error, value_error, PyResult};
use crate::interp::Interp;
use crate::num::int::{self as nint, Int, DEFAULT_MAX_STR_DIGITS, MAX_STR_DIGITS_THRESHOLD};
use crate::object::{ObjRef, Payload, PyObject};
use crate::protocol;
use crate::types::builtin_types;
use crate::types::int::{from_num, int_num};
use crate::value::Value;

thread_local! {
    /// `sys.get_int_max_str_digits()` (0: no limit).
    static MAX_STR_DIGITS: Cell<usize> = const { Cell::new(DEFAULT_MAX_STR_DIGITS) };
}

/// The digit limit of int↔str conversions in force (0: none).
pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.with(|c| c.get())
}

/// `sys.set_int_max_str_digits(n)`: 0 or at least 640 (CPython's message otherwise).
pub fn set_max_str_digits(n: i64) -> PyResult<()> {
    if n != 0 && n < MAX_STR_DIGITS_THRESHOLD as i64 {
        return Err(value_error(format!(
            "maxdigits must be 0 or larger than {MAX_STR_DIGITS_THRESHOLD}"
        )));
    }
    MAX_STR_DIGITS.with(|c| c.set(n as usize));
    Ok(())
}

/// `int.__new__(cls, x=0, base=10)`.
pub fn int_new(i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let mut base_kw = None;
    for (k, v) in args.kwargs() {
        let name = k.as_str_data().map(|s| s.lossy().into_owned());
        match name.as_deref() {
            Some("base") if pos.len() < 2 => base_kw = Some(v),
            Some("base") => {
                return Err(type_error(
                    "argument for int() given by name ('base') and position (2)",
                ))
            }
            Some(n) => {
                return Err(type_error(format!(
                    "'{n}' is an invalid keyword argument for int()"
                )))
            }
            None => return Err(type_error("keywords must be strings")),
        }
    }
    let base_arg = pos.get(1).or(base_kw);
    let v = match (pos.first(), base_arg) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(type_error("int() missing string argument")),
        (Some(x), None) => to_int(i, x)?,
        (Some(x), Some(b)) => {
            let base = protocol::index(i, b)?;
            let base = match int_num(&base) {
                Some(Int::Small(n)) => n,
                _ => i64::MAX,
            };
            if let Some(b) = crate::types::bytes::bytes_of(x) {
                return finish(
                    cls,
                    from_num(nint::parse_bytes(&b, base, max_str_digits(), i.version())?),
                );
            }
            let Some(s) = x.as_str_data() else {
                return Err(type_error(
                    "int() can't convert non-string with explicit base",
                ));
            };
            from_num(nint::parse_code_points(
                s.code_points().collect::<Vec<u32>>().into_iter(),
                base,
                max_str_digits(),
                i.version(),
            )?)
        }
    };
    finish(cls, v)
}

/// The result of `cls(...)`: the int itself for `int`, an instance for a subclass.
fn finish(cls: &ObjRef, v: Value) -> PyResult<Value> {
    if std::rc::Rc::ptr_eq(cls, &builtin_types().int) {
        return Ok(v);
    }
    let big = int_num(&v).unwrap_or_default().into_big();
    Ok(Value::Obj(PyObject::new(cls.clone(), Payload::Int(big))))
}

/// `int(x)` of one argument: ints as they are, floats truncated, strings parsed in base
/// 10, then `__int__`, then `__index__`.
pub fn to_int(i: &mut dyn Interp, x: &Value) -> PyResult<Value> {
    match x {
        Value::Int(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        Value::Float(f) => float_to_int(*f),
        _ => {
            if let Some(s) = x.as_str_data() {
                return Ok(from_num(nint::parse_code_points(
                    s.code_points().collect::<Vec<u32>>().into_iter(),
                    10,
                    max_str_digits(),
                    i.version(),
                )?));
            }
            if let Some(n) = int_num(x) {
                return Ok(from_num(n));
            }
            if let Some(b) = crate::types::bytes::bytes_of(x) {
                return Ok(from_num(nint::parse_bytes(
                    &b,
                    10,
                    max_str_digits(),
                    i.version(),
                )?));
            }
            let cls = x.class();
            let t = protocol::td(&cls);
            let conv = t.slots.int.get().or(t.slots.index.get());
            if let Some(f) = conv {
                let r = f(i, x)?;
                return match int_num(&r) {
                    Some(n) => Ok(from_num(n)),
                    None => Err(type_error(format!(
                        "__int__ returned non-int (type {})",
                        r.class_name()
                    ))),
                };
            }
            Err(type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                x.class_name()
            )))
        }
    }
}

/// `int(f)`: truncation; errors for inf and nan.
pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_finite() && f.abs() < 9.2e18 {
        return Ok(Value::Int(f as i64));
    }
    Ok(from_num(nint::from_f64(f)?))
}
