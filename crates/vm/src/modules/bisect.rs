//! `_bisect` (CPython's `Modules/_bisectmodule.c`): binary search and insertion on any
//! sequence, with `lo`/`hi`/`key` and CPython's comparison order (`x < a[mid]` for the
//! right variants, `a[mid] < x` for the left ones).

use krait_object::argparse::Sig;
use krait_object::args::Args;
use krait_object::error::{type_error, value_error, PyResult};
use krait_object::interp::Interp;
use krait_object::protocol;
use krait_object::typeobj::CmpOp;
use krait_object::types::list::as_list;
use krait_object::Value;

use crate::vm::Vm;

use super::new_module_with;

struct Bound {
    a: Value,
    x: Value,
    lo: i64,
    hi: i64,
    key: Option<Value>,
}

/// Binds `(a, x, lo=0, hi=None, *, key=None)`.
fn bind(i: &mut dyn Interp, args: &Args, fname: &'static str) -> PyResult<Bound> {
    // Split keyword-only `key` from the positional-or-keyword parameters.
    let sig = Sig {
        fname,
        names: &["a", "x", "lo", "hi", "key"],
        posonly: 0,
        required: 2,
    };
    if args.pos().len() > 4 {
        return Err(type_error(format!(
            "{fname}() takes at most 4 positional arguments ({} given)",
            args.pos().len()
        )));
    }
    let p = krait_object::argparse::parse(args, &sig)?;
    let a = p[0].clone().unwrap_or(Value::None);
    let x = p[1].clone().unwrap_or(Value::None);
    let lo = match &p[2] {
        Some(v) => protocol::index_i64(i, v)?,
        None => 0,
    };
    if lo < 0 {
        return Err(value_error("lo must be non-negative"));
    }
    let hi = match &p[3] {
        None | Some(Value::None) => -1,
        Some(v) => {
            if protocol::td(&v.class()).slots.index.get().is_none()
                && !matches!(v, Value::Int(_) | Value::Bool(_))
            {
                return Err(type_error(format!(
                    "argument should be integer or None, not '{}'",
                    v.class_name()
                )));
            }
            protocol::index_i64(i, v)?
        }
    };
    let hi = if hi == -1 {
        protocol::len(i, &a)? as i64
    } else {
        hi
    };
    let key = p[4].clone().filter(|k| !k.is_none());
    Ok(Bound { a, x, lo, hi, key })
}

fn item(i: &mut dyn Interp, b: &Bound, mid: i64) -> PyResult<Value> {
    let v = protocol::getitem(i, &b.a, &Value::Int(mid))?;
    match &b.key {
        Some(k) => protocol::call0(i, k, &[v]),
        None => Ok(v),
    }
}

fn search(i: &mut dyn Interp, b: &Bound, x: &Value, right: bool) -> PyResult<i64> {
    let (mut lo, mut hi) = (b.lo, b.hi);
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let it = item(i, b, mid)?;
        if right {
            if protocol::compare_bool(i, x, &it, CmpOp::Lt)? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        } else if protocol::compare_bool(i, &it, x, CmpOp::Lt)? {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

fn bisect_right(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let b = bind(i, &args, "bisect_right")?;
    Ok(Value::Int(search(i, &b, &b.x, true)?))
}

fn bisect_left(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let b = bind(i, &args, "bisect_left")?;
    Ok(Value::Int(search(i, &b, &b.x, false)?))
}

fn insort(i: &mut dyn Interp, args: &Args, fname: &'static str, right: bool) -> PyResult<Value> {
    let b = bind(i, args, fname)?;
    let kx = match &b.key {
        Some(k) => protocol::call0(i, k, std::slice::from_ref(&b.x))?,
        None => b.x.clone(),
    };
    let index = search(i, &b, &kx, right)?;
    let exact_list = as_list(&b.a).is_some()
        && std::rc::Rc::ptr_eq(&b.a.class(), &krait_object::builtin_types().list);
    if exact_list {
        if let Some(l) = as_list(&b.a) {
            let mut v = l.borrow_mut();
            let at = (index.max(0) as usize).min(v.len());
            v.insert(at, b.x.clone());
        }
    } else {
        let insert = protocol::getattr_str(i, &b.a, "insert")?;
        protocol::call0(i, &insert, &[Value::Int(index), b.x.clone()])?;
    }
    Ok(Value::None)
}

fn insort_right(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    insort(i, &args, "insort_right", true)
}

fn insort_left(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    insort(i, &args, "insort_left", false)
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    Ok(new_module_with(
        "_bisect",
        &[
            ("bisect_left", bisect_left),
            ("bisect_right", bisect_right),
            ("insort_left", insort_left),
            ("insort_right", insort_right),
        ],
    ))
}
