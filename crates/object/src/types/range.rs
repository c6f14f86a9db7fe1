//! `range` (bounds that fit `i64`; bigger ones: `range_big`).

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

use crate::types::range_big::big;

fn parts(v: &Value) -> PyResult<(i64, i64, i64)> {
    match v.payload() {
        Some(Payload::Range { start, stop, step }) => Ok((*start, *stop, *step)),
        _ if big(v).is_some() => Err(overflow_error(
            "krait: this operation on a range beyond 64 bits is not supported yet",
        )),
        _ => Err(type_error("descriptor requires a 'range' object")),
    }
}

fn arg(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    protocol::index(i, v)
}

fn range_new(i: &mut dyn Interp, _cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("range")?;
    let pos = args.pos();
    let (start, stop, step) = match pos.len() {
        1 => (Value::Int(0), arg(i, &pos[0])?, Value::Int(1)),
        2 => (arg(i, &pos[0])?, arg(i, &pos[1])?, Value::Int(1)),
        3 => (arg(i, &pos[0])?, arg(i, &pos[1])?, arg(i, &pos[2])?),
        0 => return Err(type_error("range expected at least 1 argument, got 0")),
        n => {
            return Err(type_error(format!(
                "range expected at most 3 arguments, got {n}"
            )))
        }
    };
    if matches!(step, Value::Int(0)) {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    match (&start, &stop, &step) {
        (Value::Int(a), Value::Int(b), Value::Int(c)) => Ok(new_range(*a, *b, *c)),
        // Bounds beyond i64 (never a zero step: ints are normalized).
        _ => crate::types::range_big::new_big(i, start, stop, step),
    }
}

pub fn setup(t: &TypeData) {
    let s = &t.slots;
    s.new.set(Some(range_new));
    s.len.set(Some(|_, v| {
        if let Some(r) = big(v) {
            return crate::types::range_big::len(r);
        }
        let (a, b, c) = parts(v)?;
        let n = range_len(a, b, c);
        usize::try_from(n)
            .ok()
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
    }));
    s.bool_.set(Some(|i, v| {
        if let Some(r) = big(v) {
            return crate::types::range_big::truthy(i, r);
        }
        let (a, b, c) = parts(v)?;
        Ok(range_len(a, b, c) > 0)
    }));
    s.iter.set(Some(|_, v| {
        if let Some(r) = big(v) {
            return Ok(crate::types::range_big::iter(r));
        }
        let (a, b, c) = parts(v)?;
        Ok(crate::types::iter::range_iter(a, b, c))
    }));
    s.repr.set(Some(|i, v| {
        if let Some(r) = big(v) {
            return crate::types::range_big::repr(i, r);
        }
        let (a, b, c) = parts(v)?;
        Ok(new_string(if c == 1 {
            format!("range({a}, {b})")
        } else {
            format!("range({a}, {b}, {c})")
        }))
    }));
    s.getitem.set(Some(range_getitem));
    s.contains.set(Some(|i, v, x| {
        if let Some(r) = big(v) {
            if protocol::as_index_opt(x).is_some() || x.class_name() == "int" {
                return crate::types::range_big::contains_int(i, r, x);
            }
        }
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
    s.getattro.set(Some(|i, v, name| {
        if let Some(r) = big(v) {
            if let Some(x) = name
                .as_str_data()
                .and_then(|s| s.as_str())
                .and_then(|n| crate::types::range_big::attr(r, n))
            {
                return Ok(x);
            }
        }
        if let Ok((a, b, c)) = parts(v) {
            match name.as_str_data().and_then(|s| s.as_str()) {
                Some("start") => return Ok(Value::Int(a)),
                Some("stop") => return Ok(Value::Int(b)),
                Some("step") => return Ok(Value::Int(c)),
                _ => {}
            }
        }
        protocol::generic_getattr(i, v, name)
    }));
    s.hash.set(Some(|_, v| {
        // range_hash: hash((len, start, step)) with None for what does not matter.
        let (a, b, c) = parts(v)?;
        let n = range_len(a, b, c);
        let h = |x: i64| crate::hash::hash_i64(x);
        let none = crate::hash::hash_pointer(Value::None.id() as usize);
        let items = match n {
            0 => vec![h(0), none, none],
            1 => vec![h(1), h(a), none],
            _ => vec![h(n as i64), h(a), h(c)],
        };
        Ok(crate::hash::hash_tuple(items.into_iter()))
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

fn m_count(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = crate::types::list::one_arg(&args, "range.count")?;
    let (a, b, c) = parts(&pos[0])?;
    if let Value::Int(n) = &pos[1] {
        return Ok(Value::Int(i64::from(int_position(a, b, c, *n).is_some())));
    }
    let mut count = 0;
    for k in 0..range_len(a, b, c) {
        let item = Value::Int((a as i128 + k as i128 * c as i128) as i64);
        if protocol::eq(i, &item, &pos[1])? {
            count += 1;
        }
    }
    Ok(Value::Int(count))
}

/// The position of the int `n` in the range, if it is in it.
fn int_position(a: i64, b: i64, c: i64, n: i64) -> Option<u64> {
    let inside = if c > 0 {
        a <= n && n < b
    } else {
        b < n && n <= a
    };
    let off = n as i128 - a as i128;
    (inside && off % c as i128 == 0).then(|| (off / c as i128) as u64)
}

fn m_index(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = crate::types::list::one_arg(&args, "range.index")?;
    let (a, b, c) = parts(&pos[0])?;
    if let Value::Int(n) = &pos[1] {
        return match int_position(a, b, c, *n) {
            Some(k) => Ok(Value::Int(k as i64)),
            None => Err(value_error(format!("{n} is not in range"))),
        };
    }
    for k in 0..range_len(a, b, c) {
        let item = Value::Int((a as i128 + k as i128 * c as i128) as i64);
        if protocol::eq(i, &item, &pos[1])? {
            return Ok(Value::Int(k as i64));
        }
    }
    Err(value_error("sequence.index(x): x not in sequence"))
}

pub static METHODS: &[crate::types::MethodDef] = &[
    crate::method!("count", m_count),
    crate::method!("index", m_index),
];

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
