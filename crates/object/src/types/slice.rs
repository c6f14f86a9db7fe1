//! `slice`, and `indices`: CPython's `PySlice_GetIndicesEx`.

use crate::error::{type_error, value_error, PyResult};
use crate::interp::Interp;
use crate::object::Payload;
use crate::protocol;
use crate::typeobj::TypeData;
use crate::types::builtin_types;
use crate::types::str::new_string;
use crate::value::Value;

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    Value::Obj(crate::object::PyObject::new(
        builtin_types().slice.clone(),
        Payload::Slice { start, stop, step },
    ))
}

fn bound(i: &mut dyn Interp, v: &Value) -> PyResult<Option<i64>> {
    if v.is_none() {
        return Ok(None);
    }
    if let Some(n) = protocol::as_index_opt(v) {
        return Ok(Some(n));
    }
    if protocol::td(&v.class()).slots.index.get().is_none() {
        return Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        ));
    }
    // Big ints clamp (CPython clamps to PY_SSIZE_T_MIN/MAX).
    match protocol::index(i, v)? {
        Value::Int(n) => Ok(Some(n)),
        other => Ok(Some(
            if crate::types::int::int_to_string(&other).starts_with('-') {
                i64::MIN
            } else {
                i64::MAX
            },
        )),
    }
}

/// `(start, stop, step, count)` of the slice value `s` over a sequence of `len` items.
pub fn indices(i: &mut dyn Interp, s: &Value, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let Some(Payload::Slice { start, stop, step }) = s.payload() else {
        return Err(type_error("expected a slice"));
    };
    let step = match bound(i, step)? {
        None => 1,
        Some(0) => return Err(value_error("slice step cannot be zero")),
        Some(s) => s.max(-i64::MAX),
    };
    let len = len as i64;
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let adjust = |v: Option<i64>, dflt: i64| -> i64 {
        match v {
            None => dflt,
            Some(mut x) => {
                if x < 0 {
                    x = x.saturating_add(len);
                    if x < lower {
                        x = lower;
                    }
                } else if x > upper {
                    x = upper;
                }
                x
            }
        }
    };
    let start_v = bound(i, start)?;
    let stop_v = bound(i, stop)?;
    let start = adjust(start_v, if step < 0 { upper } else { lower });
    let stop = adjust(stop_v, if step < 0 { lower } else { upper });
    let count = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, stop, step, count as usize))
}

pub fn setup(t: &TypeData) {
    let s = &t.slots;
    s.repr.set(Some(|i, v| {
        let Some(Payload::Slice { start, stop, step }) = v.payload() else {
            return Ok(new_string("slice(?)".into()));
        };
        Ok(new_string(format!(
            "slice({}, {}, {})",
            protocol::repr_string(i, start)?,
            protocol::repr_string(i, stop)?,
            protocol::repr_string(i, step)?
        )))
    }));
    s.new.set(Some(|_, _, args| {
        let pos = args.between("slice", 1, 3)?;
        Ok(match pos {
            [stop] => new_slice(Value::None, stop.clone(), Value::None),
            [a, b] => new_slice(a.clone(), b.clone(), Value::None),
            [a, b, c] => new_slice(a.clone(), b.clone(), c.clone()),
            _ => new_slice(Value::None, Value::None, Value::None),
        })
    }));
    s.richcompare.set(Some(|i, a, b, op| {
        let (
            Some(Payload::Slice { start, stop, step }),
            Some(Payload::Slice {
                start: s2,
                stop: e2,
                step: t2,
            }),
        ) = (a.payload(), b.payload())
        else {
            return Ok(None);
        };
        let x = [start.clone(), stop.clone(), step.clone()];
        let y = [s2.clone(), e2.clone(), t2.clone()];
        crate::types::tuple::seq_richcompare(i, &x, &y, op).map(Some)
    }));
    s.getattro.set(Some(|i, v, name| {
        if let Some(Payload::Slice { start, stop, step }) = v.payload() {
            match name.as_str_data().and_then(|s| s.as_str()) {
                Some("start") => return Ok(start.clone()),
                Some("stop") => return Ok(stop.clone()),
                Some("step") => return Ok(step.clone()),
                _ => {}
            }
        }
        protocol::generic_getattr(i, v, name)
    }));
}

fn m_indices(i: &mut dyn Interp, args: crate::args::Args<'_>) -> PyResult<Value> {
    let pos = crate::types::list::one_arg(&args, "slice.indices")?;
    let len = protocol::index_i64(i, &pos[1])?;
    if len < 0 {
        return Err(value_error("length should not be negative"));
    }
    let (start, stop, step, _) = indices(i, &pos[0], len as usize)?;
    Ok(crate::types::tuple::new_tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
}

pub static METHODS: &[crate::types::MethodDef] = &[crate::method!("indices", m_indices)];
