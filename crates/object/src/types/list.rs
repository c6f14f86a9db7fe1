//! `list`: a `RefCell<Vec<Value>>`. Borrows are never held across calls into Python
//! (comparisons copy the items they need first).

use std::cell::RefCell;

use crate::args::Args;
use crate::error::{index_error, type_error, value_error, PyResult};
use crate::interp::Interp;
use crate::object::{ObjRef, Payload, PyObject};
use crate::protocol;
use crate::typeobj::{BinOp, CmpOp, TypeData};
use crate::types::str::new_string;
use crate::types::tuple::{norm_index, repeat_count, seq_repr, seq_richcompare, slice_items};
use crate::types::{builtin_types, MethodDef};
use crate::value::Value;

pub fn new_list(items: Vec<Value>) -> Value {
    Value::Obj(PyObject::new(
        builtin_types().list.clone(),
        Payload::List(RefCell::new(items)),
    ))
}

pub fn as_list(v: &Value) -> Option<&RefCell<Vec<Value>>> {
    match v.payload()? {
        Payload::List(l) => Some(l),
        _ => None,
    }
}

fn this(v: &Value) -> PyResult<&RefCell<Vec<Value>>> {
    as_list(v).ok_or_else(|| type_error("descriptor requires a 'list' object"))
}

pub fn setup(t: &TypeData) {
    let s = &t.slots;
    s.len.set(Some(|_, v| Ok(this(v)?.borrow().len())));
    s.bool_.set(Some(|_, v| Ok(!this(v)?.borrow().is_empty())));
    s.getitem.set(Some(list_getitem));
    s.setitem.set(Some(list_setitem));
    s.contains.set(Some(|i, v, x| {
        let l = this(v)?;
        let mut k = 0;
        loop {
            let item = match l.borrow().get(k) {
                Some(it) => it.clone(),
                None => return Ok(false),
            };
            if protocol::eq(i, &item, x)? {
                return Ok(true);
            }
            k += 1;
        }
    }));
    s.iter.set(Some(|_, v| {
        Ok(crate::types::iter::seq_iter(
            v,
            &builtin_types().list_iterator,
        ))
    }));
    s.richcompare.set(Some(|i, a, b, op: CmpOp| {
        let (Some(x), Some(y)) = (as_list(a), as_list(b)) else {
            return Ok(None);
        };
        let (x, y) = (x.borrow().clone(), y.borrow().clone());
        seq_richcompare(i, &x, &y, op).map(Some)
    }));
    s.repr.set(Some(|i, v| {
        let Some(_guard) = crate::types::reprguard::enter(v) else {
            return Ok(new_string("[...]".into()));
        };
        let items = this(v)?.borrow().clone();
        Ok(new_string(seq_repr(i, &items, "[", "]")?))
    }));
    s.nb[BinOp::Add as usize].set(Some(|_, a, b| {
        let (Some(x), Some(y)) = (as_list(a), as_list(b)) else {
            return Ok(None);
        };
        let mut v = x.borrow().clone();
        v.extend_from_slice(&y.borrow());
        Ok(Some(new_list(v)))
    }));
    s.sq_concat.set(Some(|_, _, b| {
        Err(type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            b.class_name()
        )))
    }));
    s.nb_inplace[BinOp::Add as usize].set(Some(|i, a, b| {
        let Some(l) = as_list(a) else { return Ok(None) };
        let items = protocol::collect(i, b)?;
        l.borrow_mut().extend(items);
        Ok(Some(a.clone()))
    }));
    s.nb_inplace[BinOp::Mul as usize].set(Some(|i, a, n| {
        let Some(l) = as_list(a) else { return Ok(None) };
        if protocol::td(&n.class()).slots.index.get().is_none()
            && protocol::as_index_opt(n).is_none()
        {
            return Ok(None);
        }
        let Some(k) = repeat_count(i, n)? else {
            return Ok(None);
        };
        let items = l.borrow().clone();
        let v = crate::types::tuple::repeat_items(&items, k)?;
        let old = std::mem::replace(&mut *l.borrow_mut(), v);
        drop(old);
        Ok(Some(a.clone()))
    }));
    s.sq_repeat.set(Some(|i, a, n| {
        let Some(k) = repeat_count(i, n)? else {
            return Ok(None);
        };
        let items = this(a)?.borrow().clone();
        Ok(Some(new_list(crate::types::tuple::repeat_items(
            &items, k,
        )?)))
    }));
    s.new.set(Some(|_, cls: &ObjRef, _| {
        Ok(Value::Obj(PyObject::new(
            cls.clone(),
            Payload::List(RefCell::new(Vec::new())),
        )))
    }));
    s.init.set(Some(|i, v, args| {
        let pos = args.between("list", 0, 1)?;
        let items = match pos.first() {
            Some(x) => protocol::collect(i, x)?,
            None => Vec::new(),
        };
        *this(v)?.borrow_mut() = items;
        Ok(())
    }));
}

fn list_getitem(i: &mut dyn Interp, v: &Value, key: &Value) -> PyResult<Value> {
    let l = this(v)?;
    if let Some(idx) = protocol::as_index_opt(key) {
        let b = l.borrow();
        return match norm_index(idx, b.len()) {
            Some(k) => Ok(b[k].clone()),
            None => Err(index_error("list index out of range")),
        };
    }
    if let Some(Payload::Slice { .. }) = key.payload() {
        let items = l.borrow().clone();
        return Ok(new_list(slice_items(i, &items, key)?));
    }
    if protocol::td(&key.class()).slots.index.get().is_some() {
        let idx = protocol::index_i64(i, key)?;
        return list_getitem(i, v, &Value::Int(idx));
    }
    Err(type_error(format!(
        "list indices must be integers or slices, not {}",
        key.class_name()
    )))
}

fn list_setitem(i: &mut dyn Interp, v: &Value, key: &Value, x: Option<Value>) -> PyResult<()> {
    let l = this(v)?;
    if let Some(idx) = protocol::as_index_opt(key) {
        let len = l.borrow().len();
        let Some(k) = norm_index(idx, len) else {
            return Err(index_error("list assignment index out of range"));
        };
        match x {
            Some(x) => {
                // The old item is dropped after the borrow ends (its __del__ may run code).
                let old = std::mem::replace(&mut l.borrow_mut()[k], x);
                drop(old);
            }
            None => {
                let old = l.borrow_mut().remove(k);
                drop(old);
            }
        }
        return Ok(());
    }
    if let Some(Payload::Slice { .. }) = key.payload() {
        let len = l.borrow().len();
        let (start, stop, step, count) = crate::types::slice::indices(i, key, len)?;
        match x {
            Some(x) => {
                let iterable = protocol::td(&x.class()).slots.iter.get().is_some();
                if !iterable {
                    return Err(type_error(if step == 1 {
                        "can only assign an iterable"
                    } else {
                        "must assign iterable to extended slice"
                    }));
                }
                let new = protocol::collect(i, &x)?;
                if step == 1 {
                    let stop = stop.max(start) as usize;
                    let old: Vec<Value> =
                        l.borrow_mut().splice(start as usize..stop, new).collect();
                    drop(old);
                } else {
                    if new.len() != count {
                        return Err(value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {count}",
                            new.len()
                        )));
                    }
                    let mut b = l.borrow_mut();
                    for (k, item) in new.into_iter().enumerate() {
                        b[(start + k as i64 * step) as usize] = item;
                    }
                }
            }
            None => {
                let mut idxs: Vec<usize> = (0..count)
                    .map(|k| (start + k as i64 * step) as usize)
                    .collect();
                idxs.sort_unstable();
                let mut b = l.borrow_mut();
                for k in idxs.into_iter().rev() {
                    b.remove(k);
                }
            }
        }
        return Ok(());
    }
    Err(type_error(format!(
        "list indices must be integers or slices, not {}",
        key.class_name()
    )))
}

fn append(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = one_arg(&args, "list.append")?;
    this(&pos[0])?.borrow_mut().push(pos[1].clone());
    Ok(Value::None)
}

fn extend(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = one_arg(&args, "list.extend")?;
    let items = protocol::collect(i, &pos[1])?;
    this(&pos[0])?.borrow_mut().extend(items);
    Ok(Value::None)
}

fn pop(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.between("pop", 1, 2).map_err(|_| {
        type_error(format!(
            "pop expected at most 1 argument, got {}",
            args.pos().len().saturating_sub(1)
        ))
    })?;
    let l = this(&pos[0])?;
    let idx = match pos.get(1) {
        Some(x) => protocol::index_i64(i, x)?,
        None => -1,
    };
    let len = l.borrow().len();
    if len == 0 {
        return Err(index_error("pop from empty list"));
    }
    match norm_index(idx, len) {
        Some(k) => Ok(l.borrow_mut().remove(k)),
        None => Err(index_error("pop index out of range")),
    }
}

fn insert(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.between("insert", 3, 3).map_err(|_| {
        type_error(format!(
            "insert expected 2 arguments, got {}",
            args.pos().len().saturating_sub(1)
        ))
    })?;
    let l = this(&pos[0])?;
    let idx = protocol::index_i64(i, &pos[1])?;
    let len = l.borrow().len() as i64;
    let k = if idx < 0 {
        (idx + len).max(0)
    } else {
        idx.min(len)
    };
    l.borrow_mut().insert(k as usize, pos[2].clone());
    Ok(Value::None)
}

fn find(i: &mut dyn Interp, l: &RefCell<Vec<Value>>, x: &Value) -> PyResult<Option<usize>> {
    let mut k = 0;
    loop {
        let item = match l.borrow().get(k) {
            Some(it) => it.clone(),
            None => return Ok(None),
        };
        if protocol::eq(i, &item, x)? {
            return Ok(Some(k));
        }
        k += 1;
    }
}

fn remove(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = one_arg(&args, "list.remove")?;
    let l = this(&pos[0])?;
    match find(i, l, &pos[1])? {
        Some(k) => {
            if k < l.borrow().len() {
                l.borrow_mut().remove(k);
            }
            Ok(Value::None)
        }
        None => Err(value_error("list.remove(x): x not in list")),
    }
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
    let l = this(&pos[0])?;
    let (start, stop) = crate::types::tuple::index_bounds(i, &pos[2..], l.borrow().len())?;
    let mut k = start;
    loop {
        let item = {
            let b = l.borrow();
            if k >= stop.min(b.len()) {
                break;
            }
            b[k].clone()
        };
        if protocol::eq(i, &item, &pos[1])? {
            return Ok(Value::Int(k as i64));
        }
        k += 1;
    }
    let r = protocol::repr_string(i, &pos[1])?;
    Err(value_error(format!("{r} is not in list")))
}

/// `self` and exactly one argument (`list.append() takes exactly one argument`).
pub fn one_arg<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    args.no_kwargs(name)?;
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            pos.len().saturating_sub(1)
        )));
    }
    Ok(pos)
}

/// `self` and `min..=max` more positional arguments, with `_PyArg_CheckPositional`'s
/// messages counting the arguments after `self` (`get expected at least 1 argument`).
pub fn method_between<'a>(
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    args.no_kwargs(name)?;
    let pos = args.pos();
    let n = pos.len().saturating_sub(1);
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        return Err(type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        return Err(type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(pos)
}

/// Only `self` (`list.copy() takes no arguments (1 given)`).
pub fn no_arg<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    args.no_kwargs(name)?;
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(type_error(format!(
            "{name}() takes no arguments ({} given)",
            pos.len().saturating_sub(1)
        )));
    }
    Ok(pos)
}

fn count(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = one_arg(&args, "list.count")?;
    let items = this(&pos[0])?.borrow().clone();
    let mut c = 0;
    for it in &items {
        if protocol::eq(i, it, &pos[1])? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

fn reverse(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = no_arg(&args, "list.reverse")?;
    this(&pos[0])?.borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = no_arg(&args, "list.copy")?;
    Ok(new_list(this(&pos[0])?.borrow().clone()))
}

fn clear(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = no_arg(&args, "list.clear")?;
    let old = std::mem::take(&mut *this(&pos[0])?.borrow_mut());
    drop(old);
    Ok(Value::None)
}

/// A stable merge sort with a fallible `<` (Rust's `sort_by` may panic on an inconsistent
/// order; Python comparisons can be anything).
pub fn merge_sort(
    i: &mut dyn Interp,
    items: &mut [(Value, Value)],
    lt: &mut dyn FnMut(&mut dyn Interp, &Value, &Value) -> PyResult<bool>,
) -> PyResult<()> {
    let n = items.len();
    let mut width = 1;
    let mut buf: Vec<(Value, Value)> = Vec::with_capacity(n);
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut a, mut b) = (start, mid);
            buf.clear();
            while a < mid && b < end {
                // Take from the right only when strictly less (stability).
                if lt(i, &items[b].0, &items[a].0)? {
                    buf.push(items[b].clone());
                    b += 1;
                } else {
                    buf.push(items[a].clone());
                    a += 1;
                }
            }
            buf.extend_from_slice(&items[a..mid]);
            buf.extend_from_slice(&items[b..end]);
            items[start..end].clone_from_slice(&buf);
            start = end;
        }
        width *= 2;
    }
    Ok(())
}

fn sort(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let l = this(&pos[0])?;
    let key = args.kwarg("key").filter(|k| !k.is_none()).cloned();
    let rev = match args.kwarg("reverse") {
        // Argument Clinic's `bool(accept={int})`: an index-like value, else TypeError.
        Some(r) => protocol::index_i64(i, r)? != 0,
        None => false,
    };
    // CPython empties the list during the sort.
    let items = std::mem::take(&mut *l.borrow_mut());
    let result = sort_values(i, items, key.as_ref(), rev);
    match result {
        Ok(sorted) => {
            let mut b = l.borrow_mut();
            let modified = !b.is_empty();
            *b = sorted;
            if modified {
                return Err(value_error("list modified during sort"));
            }
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}

/// Sorts values by `key` (or themselves) with `<`, stable; `reverse` keeps stability
/// like CPython (reverse, sort, reverse).
pub fn sort_values(
    i: &mut dyn Interp,
    items: Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let mut pairs = Vec::with_capacity(items.len());
    for it in items {
        let k = match key {
            Some(f) => protocol::call0(i, f, std::slice::from_ref(&it))?,
            None => it.clone(),
        };
        pairs.push((k, it));
    }
    if reverse {
        pairs.reverse();
    }
    merge_sort(i, &mut pairs, &mut |i, a, b| lt(i, a, b))?;
    if reverse {
        pairs.reverse();
    }
    Ok(pairs.into_iter().map(|(_, v)| v).collect())
}

/// `a < b` with int/float/str fast paths.
pub fn lt(i: &mut dyn Interp, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        _ => protocol::compare_bool(i, a, b, CmpOp::Lt),
    }
}

pub static METHODS: &[MethodDef] = &[
    crate::method!("append", append),
    crate::method!("extend", extend),
    crate::method!("pop", pop),
    crate::method!("insert", insert),
    crate::method!("remove", remove),
    crate::method!("index", index),
    crate::method!("count", count),
    crate::method!("reverse", reverse),
    crate::method!("copy", copy),
    crate::method!("clear", clear),
    crate::method!("sort", sort),
];
