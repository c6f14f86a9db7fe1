//! `tuple`, and the sequence helpers tuple and list share (comparison, repr, indexing).

use crate::args::Args;
use crate::error::{index_error, type_error, value_error, PyResult};
use crate::interp::Interp;
use crate::object::{ObjRef, Payload, PyObject};
use crate::protocol;
use crate::typeobj::{BinOp, CmpOp, TypeData};
use crate::types::str::new_string;
use crate::types::{builtin_types, MethodDef};
use crate::value::Value;

/// A new tuple value (the empty tuple is shared).
pub fn new_tuple(items: Vec<Value>) -> Value {
    let t = builtin_types();
    if items.is_empty() && !t.empty_tuple.is_null() {
        return t.empty_tuple.clone();
    }
    Value::Obj(PyObject::new(
        t.tuple.clone(),
        Payload::Tuple(items.into_boxed_slice()),
    ))
}

/// The items of a tuple value (empty for anything else).
pub fn tuple_items(v: &Value) -> &[Value] {
    match v.payload() {
        Some(Payload::Tuple(t)) => t,
        _ => &[],
    }
}

fn this(v: &Value) -> PyResult<&[Value]> {
    match v.payload() {
        Some(Payload::Tuple(t)) => Ok(t),
        _ => Err(type_error("descriptor requires a 'tuple' object")),
    }
}

/// Normalizes a sequence index (negative from the end); `None` when out of range.
#[inline]
pub fn norm_index(idx: i64, len: usize) -> Option<usize> {
    let k = if idx < 0 { idx + len as i64 } else { idx };
    (0..len as i64).contains(&k).then_some(k as usize)
}

/// The items `seq[slice]`.
pub fn slice_items(i: &mut dyn Interp, items: &[Value], key: &Value) -> PyResult<Vec<Value>> {
    let (start, _stop, step, count) = crate::types::slice::indices(i, key, items.len())?;
    Ok((0..count)
        .map(|k| items[(start + k as i64 * step) as usize].clone())
        .collect())
}

/// Lexicographic comparison of two sequences (`list_richcompare`); items are copied so
/// no borrow is held while `__eq__`/`__lt__` run.
pub fn seq_richcompare(i: &mut dyn Interp, a: &[Value], b: &[Value], op: CmpOp) -> PyResult<Value> {
    if a.len() != b.len() && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Value::Bool(op == CmpOp::Ne));
    }
    let n = a.len().min(b.len());
    for k in 0..n {
        if !protocol::eq(i, &a[k], &b[k])? {
            return match op {
                CmpOp::Eq => Ok(Value::Bool(false)),
                CmpOp::Ne => Ok(Value::Bool(true)),
                _ => protocol::richcompare(i, &a[k], &b[k], op),
            };
        }
    }
    Ok(Value::Bool(op.test(Some(a.len().cmp(&b.len())))))
}

/// `repr` of sequence items between `open` and `close`.
pub fn seq_repr(i: &mut dyn Interp, items: &[Value], open: &str, close: &str) -> PyResult<String> {
    let mut out = String::from(open);
    for (k, it) in items.iter().enumerate() {
        if k > 0 {
            out.push_str(", ");
        }
        out.push_str(&protocol::repr_string(i, it)?);
    }
    out.push_str(close);
    Ok(out)
}

/// `n` for `seq * n` (an index-like value), else CPython's `sequence_repeat` error.
pub fn repeat_count(i: &mut dyn Interp, n: &Value) -> PyResult<Option<usize>> {
    if protocol::td(&n.class()).slots.index.get().is_none() && protocol::as_index_opt(n).is_none() {
        return Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.class_name()
        )));
    }
    let k = protocol::index_i64(i, n)?;
    Ok(Some(k.max(0) as usize))
}

/// `items * k` for list and tuple: CPython's MemoryError when the result cannot be
/// allocated (checked before the copy loop, so `[0] * 2**62` fails at once).
pub fn repeat_items(items: &[Value], k: usize) -> PyResult<Vec<Value>> {
    let total = items.len().checked_mul(k);
    let mut v = Vec::new();
    match total {
        Some(n) if n <= (isize::MAX as usize) / std::mem::size_of::<Value>() => {
            v.try_reserve_exact(n)
                .map_err(|_| crate::error::memory_error())?;
        }
        _ => return Err(crate::error::memory_error()),
    }
    for _ in 0..k {
        v.extend_from_slice(items);
    }
    Ok(v)
}

pub fn setup(t: &TypeData) {
    let s = &t.slots;
    s.len.set(Some(|_, v| Ok(this(v)?.len())));
    s.bool_.set(Some(|_, v| Ok(!this(v)?.is_empty())));
    s.getitem.set(Some(tuple_getitem));
    s.contains.set(Some(|i, v, x| {
        let items = this(v)?.to_vec();
        for it in &items {
            if protocol::eq(i, it, x)? {
                return Ok(true);
            }
        }
        Ok(false)
    }));
    s.iter.set(Some(|_, v| {
        Ok(crate::types::iter::seq_iter(
            v,
            &builtin_types().tuple_iterator,
        ))
    }));
    s.hash.set(Some(|i, v| {
        let items = this(v)?.to_vec();
        let mut hs = Vec::with_capacity(items.len());
        for it in &items {
            hs.push(protocol::hash(i, it)?);
        }
        Ok(crate::hash::hash_tuple(hs.into_iter()))
    }));
    s.richcompare.set(Some(|i, a, b, op| {
        let (Ok(x), Ok(y)) = (this(a), this(b)) else {
            return Ok(None);
        };
        let (x, y) = (x.to_vec(), y.to_vec());
        seq_richcompare(i, &x, &y, op).map(Some)
    }));
    s.repr.set(Some(|i, v| {
        let items = this(v)?.to_vec();
        // A tuple inside itself (through a list) prints `(...)` (Py_ReprEnter).
        let Some(_guard) = crate::types::reprguard::enter(v) else {
            return Ok(crate::types::str::new_str("(...)"));
        };
        if items.len() == 1 {
            return Ok(new_string(format!(
                "({},)",
                protocol::repr_string(i, &items[0])?
            )));
        }
        Ok(new_string(seq_repr(i, &items, "(", ")")?))
    }));
    s.nb[BinOp::Add as usize].set(Some(|_, a, b| {
        let (Ok(x), Ok(y)) = (this(a), this(b)) else {
            return Ok(None);
        };
        let mut v = x.to_vec();
        v.extend_from_slice(y);
        Ok(Some(new_tuple(v)))
    }));
    s.sq_concat.set(Some(|_, _, b| {
        Err(type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            b.class_name()
        )))
    }));
    s.sq_repeat.set(Some(|i, a, n| {
        let Some(k) = repeat_count(i, n)? else {
            return Ok(None);
        };
        Ok(Some(new_tuple(repeat_items(this(a)?, k)?)))
    }));
    s.new.set(Some(tuple_new));
}

fn tuple_getitem(i: &mut dyn Interp, v: &Value, key: &Value) -> PyResult<Value> {
    let items = this(v)?;
    // An object with `__index__` (not a slice) indexes like its int.
    let has_index = !matches!(key.payload(), Some(Payload::Slice { .. }))
        && protocol::td(&key.class()).slots.index.get().is_some();
    let idx = match protocol::as_index_opt(key) {
        Some(n) => Some(n),
        None if has_index => Some(protocol::index_i64(i, key)?),
        None => None,
    };
    if let Some(idx) = idx {
        return match norm_index(idx, items.len()) {
            Some(k) => Ok(items[k].clone()),
            None => Err(index_error("tuple index out of range")),
        };
    }
    if let Some(Payload::Slice { .. }) = key.payload() {
        let items = items.to_vec();
        let out = slice_items(i, &items, key)?;
        // A full slice of an exact tuple is the tuple itself (CPython's tuplesubscript).
        if out.len() == items.len() && crate::types::str::is_exact(v, &builtin_types().tuple) {
            let (start, _, step, _) = crate::types::slice::indices(i, key, items.len())?;
            if start == 0 && step == 1 {
                return Ok(v.clone());
            }
        }
        return Ok(new_tuple(out));
    }
    Err(type_error(format!(
        "tuple indices must be integers or slices, not {}",
        key.class_name()
    )))
}

fn tuple_new(i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    let pos = args.between("tuple", 0, 1)?;
    let items = match pos.first() {
        None => Vec::new(),
        Some(x) => {
            if std::rc::Rc::ptr_eq(&x.class(), &builtin_types().tuple)
                && std::rc::Rc::ptr_eq(cls, &builtin_types().tuple)
            {
                return Ok(x.clone());
            }
            protocol::collect(i, x)?
        }
    };
    if std::rc::Rc::ptr_eq(cls, &builtin_types().tuple) {
        return Ok(new_tuple(items));
    }
    Ok(Value::Obj(PyObject::new(
        cls.clone(),
        Payload::Tuple(items.into_boxed_slice()),
    )))
}

/// The `start`/`stop` arguments of `index` (`_PyEval_SliceIndexNotNone`), clamped like
/// CPython's: negative counts from the end, then limited to `0..=len`.
pub fn index_bounds(i: &mut dyn Interp, extra: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let conv = |i: &mut dyn Interp, v: &Value| -> PyResult<i64> {
        if protocol::as_index_opt(v).is_none()
            && protocol::td(&v.class()).slots.index.get().is_none()
        {
            return Err(type_error(
                "slice indices must be integers or have an __index__ method",
            ));
        }
        match protocol::index(i, v)? {
            Value::Int(n) => Ok(n),
            big => Ok(if crate::types::int::int_to_string(&big).starts_with('-') {
                i64::MIN
            } else {
                i64::MAX
            }),
        }
    };
    let clamp = |n: i64| -> usize {
        let n = if n < 0 {
            n.saturating_add(len as i64).max(0)
        } else {
            n
        };
        (n as u64).min(len as u64) as usize
    };
    let start = match extra.first() {
        Some(v) => clamp(conv(i, v)?),
        None => 0,
    };
    let stop = match extra.get(1) {
        Some(v) => clamp(conv(i, v)?),
        None => len,
    };
    Ok((start, stop))
}

fn index(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.between("index", 2, 4).map_err(|_| {
        let n = args.pos().len().saturating_sub(1);
        type_error(if n == 0 {
            "index expected at least 1 argument, got 0".to_string()
        } else {
            format!("index expected at most 3 arguments, got {n}")
        })
    })?;
    let items = this(&pos[0])?.to_vec();
    let (start, stop) = index_bounds(i, &pos[2..], items.len())?;
    for (k, it) in items.iter().enumerate().take(stop).skip(start) {
        if protocol::eq(i, it, &pos[1])? {
            return Ok(Value::Int(k as i64));
        }
    }
    Err(value_error("tuple.index(x): x not in tuple"))
}

fn count(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = crate::types::list::one_arg(&args, "tuple.count")?;
    let items = this(&pos[0])?.to_vec();
    let mut c = 0;
    for it in &items {
        if protocol::eq(i, it, &pos[1])? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

pub static METHODS: &[MethodDef] = &[
    crate::method!("index", index),
    crate::method!("count", count),
];
