//! The lazy iterators of the builtins: `map`, `filter`, `reversed` (over a sequence) and
//! `callable_iterator` (`iter(callable, sentinel)`). Each is an `IterData::Func`; the
//! types' `new` slots check arguments like CPython 3.11.
//!
//! Invariant: no payload borrow is held while the mapped function, the predicate or the
//! callable runs (they may touch the same objects).

use std::cell::{Cell, RefCell};

use crate::args::Args;
use crate::error::{type_error, PyResult};
use crate::interp::Interp;
use crate::object::Payload;
use crate::protocol;
use crate::typeobj::TypeData;
use crate::types::builtin_types;
use crate::types::iter::{new_iter, setup_iter, IterData};
use crate::value::Value;

pub enum FuncIter {
    Map {
        func: Value,
        its: Box<[Value]>,
    },
    /// `func` is `None` for `filter(None, it)` (truth test).
    Filter {
        func: Value,
        it: Value,
    },
    /// Over a sequence by index, from the end; `idx < 0` once exhausted.
    Reversed {
        seq: RefCell<Value>,
        idx: Cell<i64>,
    },
    /// `iter(func, sentinel)`; `func` becomes `None` once exhausted.
    Callable {
        func: RefCell<Value>,
        sentinel: Value,
    },
}

impl FuncIter {
    pub fn next(&self, i: &mut dyn Interp) -> PyResult<Option<Value>> {
        match self {
            FuncIter::Map { func, its } => {
                let mut items = Vec::with_capacity(its.len());
                for it in its.iter() {
                    match protocol::next(i, it)? {
                        Some(x) => items.push(x),
                        None => return Ok(None),
                    }
                }
                protocol::call0(i, func, &items).map(Some)
            }
            FuncIter::Filter { func, it } => loop {
                let Some(x) = protocol::next(i, it)? else {
                    return Ok(None);
                };
                let keep = if func.is_none() || func.is(&Value::Obj(builtin_types().bool_.clone()))
                {
                    protocol::truthy(i, &x)?
                } else {
                    let r = protocol::call0(i, func, std::slice::from_ref(&x))?;
                    protocol::truthy(i, &r)?
                };
                if keep {
                    return Ok(Some(x));
                }
            },
            FuncIter::Reversed { seq, idx } => {
                let k = idx.get();
                if k < 0 {
                    return Ok(None);
                }
                let s = seq.borrow().clone();
                let item = match s.payload() {
                    Some(Payload::Tuple(t)) => t.get(k as usize).cloned(),
                    _ => match protocol::getitem(i, &s, &Value::Int(k)) {
                        Ok(v) => Some(v),
                        Err(e)
                            if e.matches(&builtin_types().exc.index_error)
                                || e.matches(&builtin_types().exc.stop_iteration) =>
                        {
                            None
                        }
                        Err(e) => return Err(e),
                    },
                };
                match item {
                    Some(v) => {
                        idx.set(k - 1);
                        Ok(Some(v))
                    }
                    None => {
                        idx.set(-1);
                        *seq.borrow_mut() = Value::None;
                        Ok(None)
                    }
                }
            }
            FuncIter::Callable { func, sentinel } => {
                let f = func.borrow().clone();
                if f.is_none() {
                    return Ok(None);
                }
                let r = match protocol::call0(i, &f, &[]) {
                    Ok(r) => r,
                    Err(e) if e.matches(&builtin_types().exc.stop_iteration) => {
                        *func.borrow_mut() = Value::None;
                        return Ok(None);
                    }
                    Err(e) => return Err(e),
                };
                if protocol::eq(i, &r, sentinel)? {
                    *func.borrow_mut() = Value::None;
                    return Ok(None);
                }
                Ok(Some(r))
            }
        }
    }
}

fn func_iter(cls: &crate::object::ObjRef, f: FuncIter) -> Value {
    new_iter(cls, IterData::Func(Box::new(f)))
}

/// `iter(callable, sentinel)`.
pub fn callable_iter(func: &Value, sentinel: &Value) -> PyResult<Value> {
    if !protocol::is_callable(func) {
        return Err(type_error("iter(v, w): v must be callable"));
    }
    Ok(func_iter(
        &builtin_types().callable_iterator,
        FuncIter::Callable {
            func: RefCell::new(func.clone()),
            sentinel: sentinel.clone(),
        },
    ))
}

pub fn setup_map(t: &TypeData) {
    setup_iter(t);
    t.slots.new.set(Some(|i, _, args: Args<'_>| {
        args.no_kwargs("map")?;
        let pos = args.pos();
        if pos.len() < 2 {
            return Err(type_error("map() must have at least two arguments."));
        }
        let mut its = Vec::with_capacity(pos.len() - 1);
        for a in &pos[1..] {
            its.push(protocol::iter(i, a)?);
        }
        Ok(func_iter(
            &builtin_types().map,
            FuncIter::Map {
                func: pos[0].clone(),
                its: its.into_boxed_slice(),
            },
        ))
    }));
}

pub fn setup_filter(t: &TypeData) {
    setup_iter(t);
    t.slots.new.set(Some(|i, _, args: Args<'_>| {
        let pos = args.no_kwargs("filter").and_then(|_| {
            let p = args.pos();
            if p.len() != 2 {
                return Err(type_error(format!(
                    "filter expected 2 arguments, got {}",
                    p.len()
                )));
            }
            Ok(p)
        })?;
        let it = protocol::iter(i, &pos[1])?;
        Ok(func_iter(
            &builtin_types().filter,
            FuncIter::Filter {
                func: pos[0].clone(),
                it,
            },
        ))
    }));
}

pub fn setup_reversed(t: &TypeData) {
    setup_iter(t);
    t.slots.new.set(Some(|i, _, args: Args<'_>| {
        args.no_kwargs("reversed")?;
        let pos = args.pos();
        if pos.len() != 1 {
            return Err(type_error(format!(
                "reversed expected 1 argument, got {}",
                pos.len()
            )));
        }
        reversed(i, &pos[0])
    }));
}

/// `reversed(seq)`: the type's own reverse iterator (list, range, dict) or an index walk
/// over a sequence.
pub fn reversed(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    if let Some(f) = crate::slot_dunders::user_special(v, "__reversed__") {
        if f.is_none() {
            return Err(type_error(format!(
                "'{}' object is not reversible",
                v.class_name()
            )));
        }
        return crate::slot_wrappers::call_attr(i, &f, v, &[]);
    }
    if let Some(it) = crate::types::iter::reversed_dict(i, v)? {
        return Ok(it);
    }
    match v.payload() {
        Some(Payload::List(l)) => {
            let n = l.borrow().len();
            return Ok(crate::types::iter::list_reverse_iter(v, n));
        }
        Some(Payload::Range { start, stop, step }) => {
            let n = crate::types::range::range_len(*start, *stop, *step) as i64;
            let last = (n - 1)
                .checked_mul(*step)
                .and_then(|d| start.checked_add(d));
            if let (Some(last), Some(neg)) = (last, step.checked_neg()) {
                if let Some(end) = start.checked_add(neg) {
                    return Ok(crate::types::iter::range_iter(last, end, neg));
                }
            }
            let mut items = protocol::collect(i, v)?;
            items.reverse();
            return Ok(crate::types::iter::values_iter(items));
        }
        Some(Payload::Dict(_)) => {
            let mut items = protocol::collect(i, v)?;
            items.reverse();
            return Ok(crate::types::iter::values_iter(items));
        }
        _ => {}
    }
    let cls = v.class();
    let slots = &protocol::td(&cls).slots;
    let is_seq = slots.getitem.get().is_some() && slots.len.get().is_some();
    if !is_seq || matches!(v.payload(), Some(Payload::DictView { .. })) {
        return Err(type_error(format!(
            "'{}' object is not reversible",
            v.class_name()
        )));
    }
    let n = protocol::len(i, v)? as i64;
    Ok(func_iter(
        &builtin_types().reversed,
        FuncIter::Reversed {
            seq: RefCell::new(v.clone()),
            idx: Cell::new(n - 1),
        },
    ))
}
