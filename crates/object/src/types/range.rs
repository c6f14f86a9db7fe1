//! `range` (bounds that fit `i64`; big bounds are a later extension).

use crate::args::Args;
use crate::error::{index_error, overflow_error, type_error, value_error, PyResult};
use crate::interp::Interp;
use crate::object::{ObjRef, Payload, PyObject};
use crate::protocol;
use crate::typeobj::{CmpOp, TypeData};
use crate::types::builtin_types;
use crate::types::str::new_string;
use crate::value::Value;

/// The number of items of `range(start, stop, step)` (`step != 0`).
pub fn range_len(start: i64, stop: i64, step: i64) -> u64 {
    let (lo, hi, st) = if step > 0 {
        (start as i128, stop as i128, step as i128)
    } else {
        (stop as i128, start as i128, -(step as i128))
    };
    if lo >= hi {
        0
    } else {
        ((hi - lo - 1) / st + 1) as u64
    }
}

pub fn new_range(start: i64, stop: i64, step: i64) -> Value {
    Value::Obj(PyObject::new(
        builtin_types().range.clone(),
        Payload::Range { start, stop, step },
    ))
}

fn parts(v: &Value) -> PyResult<(i64, i64, i64)> {
    match v.payload() {
        Some(Payload::Range { start, stop, step }) => Ok((*start, *stop, *step)),
        _ => Err(type_error("descriptor requires a 'range' object")),
    }
}

fn arg(i: &mut dyn Interp, v: &Value) -> PyResult<i64> {
    match protocol::index(i, v)? {
        Value::Int(n) => Ok(n),
        _ => Err(overflow_error(
            "krait: range() bounds beyond 64 bits are not supported yet",
        )),
    }
}

fn range_new(i: &mut dyn Interp, _cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("range")?;
    let pos = args.pos();
    let (start, stop, step) = match pos.len() {
        1 => (0, arg(i, &pos[0])?, 1),
        2 => (arg(i, &pos[0])?, arg(i, &pos[1])?, 1),
        3 => (arg(i, &pos[0])?, arg(i, &pos[1])?, arg(i, &pos[2])?),
        0 => return Err(type_error("range expected at least 1 argument, got 0")),
        n => {
            return Err(type_error(format!(
                "range expected at most 3 arguments, got {n}"
            )))
        }
    };
    if step == 0 {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(new_range(start, stop, step))
}

pub fn setup(t: &TypeData) {
    let s = &t.slots;
    s.new.set(Some(range_new));
    s.len.set(Some(|_, v| {
        let (a, b, c) = parts(v)?;
        let n = range_len(a, b, c);
        usize::try_from(n)
            .ok()
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
    }));
    s.bool_.set(Some(|_, v| {
        let (a, b, c) = parts(v)?;
        Ok(range_len(a, b, c) > 0)
    }));
    s.iter.set(Some(|_, v| {
        let (a, b, c) = parts(v)?;
        Ok(crate::types::iter::range_iter(a, b, c))
    }));
    s.repr.set(Some(|_, v| {
        let (a, b, c) = parts(v)?;
        Ok(new_string(if c == 1 {
            format!("range({a}, {b})")
        } else {
            format!("range({a}, {b}, {c})")
        }))
    }));
    s.getitem.set(Some(range_getitem));
    s.contains.set(Some(|i, v, x| {
        let (a, b, c) = parts(v)?;
        if let Value::Int(n) = x {
            let inside = if c > 0 {
                a <= *n && *n < b
            } else {
                b < *n && *n <= a
            };
            return Ok(inside && (*n as i128 - a as i128) % c as i128 == 0);
        }
        let n = range_len(a, b, c);
        for k in 0..n {
            let item = Value::Int((a as i128 + k as i128 * c as i128) as i64);
            if protocol::eq(i, &item, x)? {
                return Ok(true);
            }
        }
        Ok(false)
    }));
    s.richcompare.set(Some(|_, a, b, op| {
        let (Ok(x), Ok(y)) = (parts(a), parts(b)) else {
            return Ok(None);
        };
        if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
            return Ok(None);
        }
        let (lx, ly) = (range_len(x.0, x.1, x.2), range_len(y.0, y.1, y.2));
        let eq = lx == ly && (lx == 0 || (x.0 == y.0 && (lx == 1 || x.2 == y.2)));
        Ok(Some(Value::Bool(eq == (op == CmpOp::Eq))))
    }));
}

fn range_getitem(i: &mut dyn Interp, v: &Value, key: &Value) -> PyResult<Value> {
    let (a, b, c) = parts(v)?;
    let n = range_len(a, b, c);
    if let Some(idx) = protocol::as_index_opt(key) {
        let k = if idx < 0 {
            idx as i128 + n as i128
        } else {
            idx as i128
        };
        if k < 0 || k >= n as i128 {
            return Err(index_error("range object index out of range"));
        }
        return Ok(Value::Int((a as i128 + k * c as i128) as i64));
    }
    if let Some(Payload::Slice { .. }) = key.payload() {
        let (start, stop, step, _) = crate::types::slice::indices(i, key, n as usize)?;
        let at = |k: i64| (a as i128 + k as i128 * c as i128) as i64;
        return Ok(new_range(
            at(start),
            at(stop),
            (step as i128 * c as i128) as i64,
        ));
    }
    Err(type_error(format!(
        "range indices must be integers or slices, not {}",
        key.class_name()
    )))
}
