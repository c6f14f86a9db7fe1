//! `range` objects whose bounds do not fit `i64` (`range(1 << 1000)`), and their
//! `longrange_iterator` (what `_collections_abc` registers). They are native objects of
//! class `range`; the range slots hand them here. Supported: iteration, `len` (with
//! CPython's OverflowError), truth, repr, `start`/`stop`/`step`, `in` for ints.

use std::cell::RefCell;

use crate::error::{overflow_error, PyResult};
use crate::gc::traverse::{Busy, Visit};
use crate::interp::Interp;
use crate::native::{make_type, native_ref, new_native, visit_value, NativeData, TypeSpec};
use crate::object::ObjRef;
use crate::protocol::{binary_op, compare_bool};
use crate::typeobj::{BinOp, CmpOp, TypeData};
use crate::types::builtin_types;
use crate::types::str::new_string;
use crate::value::Value;

/// `start`, `stop`, `step` (ints, step non-zero) and the precomputed length.
pub struct BigRange {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
    len: Value,
}

impl NativeData for BigRange {}

struct LongIter {
    /// (next value, step, items left)
    state: RefCell<(Value, Value, Value)>,
}

impl NativeData for LongIter {
    fn traverse(&self, visit: Visit) -> Result<(), Busy> {
        let s = self.state.try_borrow().map_err(|_| Busy)?;
        for v in [&s.0, &s.1, &s.2] {
            visit_value(v, visit);
        }
        Ok(())
    }
}

static ITER_SPEC: TypeSpec = TypeSpec::new("longrange_iterator", "", iter_setup);

thread_local! {
    static ITER_T: ObjRef = make_type(&ITER_SPEC);
}

fn iter_setup(t: &TypeData) {
    t.slots.iter.set(Some(|_, v| Ok(v.clone())));
    t.slots.next.set(Some(|i, v| {
        let Some(it) = native_ref::<LongIter>(v) else {
            return Ok(None);
        };
        let (cur, step, left) = it.state.borrow().clone();
        if !compare_bool(i, &left, &Value::Int(0), CmpOp::Gt)? {
            return Ok(None);
        }
        let next = binary_op(i, &cur, &step, BinOp::Add)?;
        let left = binary_op(i, &left, &Value::Int(1), BinOp::Sub)?;
        *it.state.borrow_mut() = (next, step, left);
        Ok(Some(cur))
    }));
}

/// The big range of `v`, if it is one.
pub fn big(v: &Value) -> Option<&BigRange> {
    native_ref::<BigRange>(v)
}

/// `range(start, stop, step)` with int values (`step != 0` checked by the caller).
pub fn new_big(i: &mut dyn Interp, start: Value, stop: Value, step: Value) -> PyResult<Value> {
    let zero = Value::Int(0);
    let up = compare_bool(i, &step, &zero, CmpOp::Gt)?;
    let (lo, hi, st) = if up {
        (start.clone(), stop.clone(), step.clone())
    } else {
        let neg = binary_op(i, &zero, &step, BinOp::Sub)?;
        (stop.clone(), start.clone(), neg)
    };
    let len = if compare_bool(i, &lo, &hi, CmpOp::Ge)? {
        zero
    } else {
        let d = binary_op(i, &hi, &lo, BinOp::Sub)?;
        let d = binary_op(i, &d, &Value::Int(1), BinOp::Sub)?;
        let q = binary_op(i, &d, &st, BinOp::FloorDiv)?;
        binary_op(i, &q, &Value::Int(1), BinOp::Add)?
    };
    Ok(new_native(
        builtin_types().range.clone(),
        BigRange {
            start,
            stop,
            step,
            len,
        },
    ))
}

pub fn iter(r: &BigRange) -> Value {
    new_native(
        ITER_T.with(Clone::clone),
        LongIter {
            state: RefCell::new((r.start.clone(), r.step.clone(), r.len.clone())),
        },
    )
}

pub fn len(r: &BigRange) -> PyResult<usize> {
    match r.len {
        Value::Int(n) if n >= 0 => Ok(n as usize),
        _ => Err(overflow_error(
            "Python int too large to convert to C ssize_t",
        )),
    }
}

pub fn truthy(i: &mut dyn Interp, r: &BigRange) -> PyResult<bool> {
    compare_bool(i, &r.len, &Value::Int(0), CmpOp::Gt)
}

pub fn repr(i: &mut dyn Interp, r: &BigRange) -> PyResult<Value> {
    let a = crate::protocol::repr_string(i, &r.start)?;
    let b = crate::protocol::repr_string(i, &r.stop)?;
    if matches!(r.step, Value::Int(1)) {
        return Ok(new_string(format!("range({a}, {b})")));
    }
    let c = crate::protocol::repr_string(i, &r.step)?;
    Ok(new_string(format!("range({a}, {b}, {c})")))
}

pub fn attr(r: &BigRange, name: &str) -> Option<Value> {
    match name {
        "start" => Some(r.start.clone()),
        "stop" => Some(r.stop.clone()),
        "step" => Some(r.step.clone()),
        _ => None,
    }
}

/// `n in r` for an int `n`.
pub fn contains_int(i: &mut dyn Interp, r: &BigRange, n: &Value) -> PyResult<bool> {
    let up = compare_bool(i, &r.step, &Value::Int(0), CmpOp::Gt)?;
    let inside = if up {
        compare_bool(i, &r.start, n, CmpOp::Le)? && compare_bool(i, n, &r.stop, CmpOp::Lt)?
    } else {
        compare_bool(i, &r.stop, n, CmpOp::Lt)? && compare_bool(i, n, &r.start, CmpOp::Le)?
    };
    if !inside {
        return Ok(false);
    }
    let off = binary_op(i, n, &r.start, BinOp::Sub)?;
    let m = binary_op(i, &off, &r.step, BinOp::Mod)?;
    compare_bool(i, &m, &Value::Int(0), CmpOp::Eq)
}
