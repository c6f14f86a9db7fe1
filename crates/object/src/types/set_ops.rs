//! The operations, slots and methods of `set` and `frozenset`, following `setobject.c`'s
//! algorithms step for step (which table is iterated and which is probed decides the
//! result's iteration order).

use crate::args::Args;
use crate::error::{key_error, new_error, type_error, PyResult};
use crate::interp::Interp;
use crate::object::ObjRef;
use crate::protocol;
use crate::typeobj::{BinOp, BinaryFn, CmpOp, TypeData};
use crate::types::builtin_types;
use crate::types::dict::{as_dict, dict_get};
use crate::types::set::*;
use crate::types::str::new_string;
use crate::types::MethodDef;
use crate::value::Value;

fn len_of(s: &SetCell) -> usize {
    s.borrow().table.len()
}

fn is_exact_dict(v: &Value) -> bool {
    as_dict(v).is_some() && std::rc::Rc::ptr_eq(&v.class(), &builtin_types().dict)
}

/// `set_copy`: a new set of the base type with the same keys.
pub fn copy_of(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    new_from(i, &base_type(v), Some(v))
}

fn clear(s: &SetCell) {
    let old = {
        let mut b = s.borrow_mut();
        b.hash.set(None);
        b.table.take()
    };
    drop(old);
}

fn union(i: &mut dyn Interp, so: &Value, others: &[Value]) -> PyResult<Value> {
    let result = copy_of(i, so)?;
    let r = this(&result, "set")?;
    for o in others {
        if !o.is(so) {
            update_internal(i, r, o)?;
        }
    }
    Ok(result)
}

/// `set_intersection`.
fn intersection(i: &mut dyn Interp, so: &Value, other: &Value) -> PyResult<Value> {
    if so.is(other) {
        return copy_of(i, so);
    }
    let result = new_empty(&base_type(so));
    let r = this(&result, "set")?;
    let s = this(so, "set")?;
    if let Some(o) = as_set(other) {
        let (big, small) = if len_of(o) > len_of(s) {
            (o, s)
        } else {
            (s, o)
        };
        for (h, k) in entries(small) {
            if contains_entry(i, big, &k, h)? {
                add_entry(i, r, k, h)?;
            }
        }
        return Ok(result);
    }
    let it = protocol::iter(i, other)?;
    while let Some(k) = protocol::next(i, &it)? {
        let h = protocol::hash(i, &k)?;
        if contains_entry(i, s, &k, h)? {
            add_entry(i, r, k, h)?;
            if len_of(r) >= len_of(s) {
                break;
            }
        }
    }
    Ok(result)
}

fn intersection_multi(i: &mut dyn Interp, so: &Value, others: &[Value]) -> PyResult<Value> {
    if others.is_empty() {
        return copy_of(i, so);
    }
    let mut result = so.clone();
    for o in others {
        result = intersection(i, &result, o)?;
    }
    Ok(result)
}

/// Swaps the contents of two sets (`set_swap_bodies`).
fn swap_bodies(a: &SetCell, b: &SetCell) {
    let (mut x, mut y) = (a.borrow_mut(), b.borrow_mut());
    x.table.swap_contents(&mut y.table);
    x.hash.set(None);
    y.hash.set(None);
}

/// `set_difference_update_internal`.
fn difference_update(i: &mut dyn Interp, so: &Value, other: &Value) -> PyResult<()> {
    let s = this(so, "set")?;
    if so.is(other) {
        clear(s);
        return Ok(());
    }
    if let Some(o) = as_set(other) {
        let other = if len_of(o) >> 3 > len_of(s) {
            intersection(i, so, other)?
        } else {
            other.clone()
        };
        for (h, k) in entries(this(&other, "set")?) {
            discard_entry(i, s, &k, h)?;
        }
    } else {
        let it = protocol::iter(i, other)?;
        while let Some(k) = protocol::next(i, &it)? {
            let h = protocol::hash(i, &k)?;
            discard_entry(i, s, &k, h)?;
        }
    }
    s.borrow_mut().table.shrink_dummies();
    Ok(())
}

fn copy_and_difference(i: &mut dyn Interp, so: &Value, other: &Value) -> PyResult<Value> {
    let result = copy_of(i, so)?;
    difference_update(i, &result, other)?;
    Ok(result)
}

/// `set_difference`.
fn difference(i: &mut dyn Interp, so: &Value, other: &Value) -> PyResult<Value> {
    let s = this(so, "set")?;
    let other_size = if let Some(o) = as_set(other) {
        len_of(o)
    } else if is_exact_dict(other) {
        as_dict(other).map_or(0, |d| d.borrow().len())
    } else {
        return copy_and_difference(i, so, other);
    };
    if len_of(s) >> 2 > other_size {
        return copy_and_difference(i, so, other);
    }
    let result = new_empty(&base_type(so));
    let r = this(&result, "set")?;
    for (h, k) in entries(s) {
        let present = match (as_set(other), as_dict(other)) {
            (Some(o), _) => contains_entry(i, o, &k, h)?,
            (None, Some(d)) => dict_get(i, d, &k)?.is_some(),
            (None, None) => false,
        };
        if !present {
            add_entry(i, r, k, h)?;
        }
    }
    Ok(result)
}

fn difference_multi(i: &mut dyn Interp, so: &Value, others: &[Value]) -> PyResult<Value> {
    let Some((first, rest)) = others.split_first() else {
        return copy_of(i, so);
    };
    let result = difference(i, so, first)?;
    for o in rest {
        difference_update(i, &result, o)?;
    }
    Ok(result)
}

/// `set_symmetric_difference_update`.
fn symmetric_difference_update(i: &mut dyn Interp, so: &Value, other: &Value) -> PyResult<()> {
    let s = this(so, "set")?;
    if so.is(other) {
        clear(s);
        return Ok(());
    }
    if is_exact_dict(other) {
        let keys = as_dict(other)
            .map(|d| d.borrow().keys())
            .unwrap_or_default();
        for k in keys {
            let h = protocol::hash(i, &k)?;
            if !discard_entry(i, s, &k, h)? {
                add_entry(i, s, k, h)?;
            }
        }
        return Ok(());
    }
    let otherset = if as_set(other).is_some() {
        other.clone()
    } else {
        new_from(i, &base_type(so), Some(other))?
    };
    for (h, k) in entries(this(&otherset, "set")?) {
        if !discard_entry(i, s, &k, h)? {
            add_entry(i, s, k, h)?;
        }
    }
    Ok(())
}

fn symmetric_difference(i: &mut dyn Interp, so: &Value, other: &Value) -> PyResult<Value> {
    let result = new_from(i, &base_type(so), Some(other))?;
    symmetric_difference_update(i, &result, so)?;
    Ok(result)
}

/// `set_issubset`.
fn issubset(i: &mut dyn Interp, so: &Value, other: &Value) -> PyResult<bool> {
    let Some(o) = as_set(other) else {
        let tmp = new_from(i, &builtin_types().set, Some(other))?;
        return issubset(i, so, &tmp);
    };
    let s = this(so, "set")?;
    if len_of(s) > len_of(o) {
        return Ok(false);
    }
    for (h, k) in entries(s) {
        if !contains_entry(i, o, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_issuperset`.
fn issuperset(i: &mut dyn Interp, so: &Value, other: &Value) -> PyResult<bool> {
    if as_set(other).is_some() {
        return issubset(i, other, so);
    }
    let s = this(so, "set")?;
    let it = protocol::iter(i, other)?;
    while let Some(k) = protocol::next(i, &it)? {
        let h = protocol::hash(i, &k)?;
        if !contains_entry(i, s, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_isdisjoint`.
fn isdisjoint(i: &mut dyn Interp, so: &Value, other: &Value) -> PyResult<bool> {
    let s = this(so, "set")?;
    if so.is(other) {
        return Ok(len_of(s) == 0);
    }
    if let Some(o) = as_set(other) {
        let (big, small) = if len_of(o) > len_of(s) {
            (o, s)
        } else {
            (s, o)
        };
        for (h, k) in entries(small) {
            if contains_entry(i, big, &k, h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = protocol::iter(i, other)?;
    while let Some(k) = protocol::next(i, &it)? {
        let h = protocol::hash(i, &k)?;
        if contains_entry(i, s, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_richcompare(i: &mut dyn Interp, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (as_set(a), as_set(b)) else {
        return Ok(None);
    };
    let (lx, ly) = (len_of(x), len_of(y));
    let r = match op {
        CmpOp::Eq | CmpOp::Ne => {
            let eq = lx == ly && issubset(i, a, b)?;
            eq == (op == CmpOp::Eq)
        }
        CmpOp::Le => issubset(i, a, b)?,
        CmpOp::Ge => issuperset(i, a, b)?,
        CmpOp::Lt => lx < ly && issubset(i, a, b)?,
        CmpOp::Gt => lx > ly && issuperset(i, a, b)?,
    };
    Ok(Some(Value::Bool(r)))
}

fn set_repr(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let s = this(v, "set")?;
    let name = v.class_name();
    let Some(_guard) = crate::types::reprguard::enter(v) else {
        return Ok(new_string(format!("{name}(...)")));
    };
    if len_of(s) == 0 {
        return Ok(new_string(format!("{name}()")));
    }
    let keys: Vec<Value> = entries(s).into_iter().map(|(_, k)| k).collect();
    let inner = crate::types::tuple::seq_repr(i, &keys, "{", "}")?;
    let exact = std::rc::Rc::ptr_eq(&v.class(), &builtin_types().set);
    Ok(new_string(if exact {
        inner
    } else {
        format!("{name}({inner})")
    }))
}

/// A binary operator slot: both operands must be sets or frozensets.
macro_rules! set_binop {
    ($name:ident, $f:expr) => {
        fn $name(i: &mut dyn Interp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
            if as_set(a).is_none() || as_set(b).is_none() {
                return Ok(None);
            }
            $f(i, a, b).map(Some)
        }
    };
}

set_binop!(op_or, |i: &mut dyn Interp, a: &Value, b: &Value| union(
    i,
    a,
    std::slice::from_ref(b)
));
set_binop!(op_and, intersection);
set_binop!(op_sub, difference);
set_binop!(op_xor, symmetric_difference);

/// An in-place operator slot (`set` only): `other` must be a set or frozenset.
macro_rules! set_inplace {
    ($name:ident, $f:expr) => {
        fn $name(i: &mut dyn Interp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
            if as_set(b).is_none() {
                return Ok(None);
            }
            $f(i, a, b)?;
            Ok(Some(a.clone()))
        }
    };
}

set_inplace!(op_ior, |i: &mut dyn Interp, a: &Value, b: &Value| {
    update_internal(i, this(a, "set")?, b)
});
set_inplace!(op_iand, intersection_update_one);
set_inplace!(op_isub, difference_update);
set_inplace!(op_ixor, symmetric_difference_update);

fn intersection_update_one(i: &mut dyn Interp, so: &Value, other: &Value) -> PyResult<()> {
    let tmp = intersection(i, so, other)?;
    swap_bodies(this(so, "set")?, this(&tmp, "set")?);
    Ok(())
}

fn common_setup(t: &TypeData) {
    let s = &t.slots;
    s.len.set(Some(|_, v| Ok(len_of(this(v, "set")?))));
    s.bool_.set(Some(|_, v| Ok(len_of(this(v, "set")?) > 0)));
    s.contains
        .set(Some(|i, v, k| contains_key(i, this(v, "set")?, k)));
    s.iter.set(Some(|_, v| Ok(crate::types::iter::set_iter(v))));
    s.richcompare.set(Some(set_richcompare));
    s.repr.set(Some(set_repr));
    let ops: [(BinOp, BinaryFn); 4] = [
        (BinOp::Or, op_or),
        (BinOp::And, op_and),
        (BinOp::Sub, op_sub),
        (BinOp::Xor, op_xor),
    ];
    for (op, f) in ops {
        s.nb[op as usize].set(Some(f));
    }
}

pub fn setup_set(t: &TypeData) {
    common_setup(t);
    let s = &t.slots;
    let ops: [(BinOp, BinaryFn); 4] = [
        (BinOp::Or, op_ior),
        (BinOp::And, op_iand),
        (BinOp::Sub, op_isub),
        (BinOp::Xor, op_ixor),
    ];
    for (op, f) in ops {
        s.nb_inplace[op as usize].set(Some(f));
    }
    s.new.set(Some(|_, cls: &ObjRef, _| Ok(new_empty(cls))));
    s.init.set(Some(|i, v, args| {
        args.no_kwargs("set")?;
        let pos = args.between("set", 0, 1)?;
        let st = this(v, "set")?;
        if len_of(st) > 0 {
            clear(st);
        }
        match pos.first() {
            Some(src) => update_internal(i, st, src),
            None => Ok(()),
        }
    }));
}

pub fn setup_frozenset(t: &TypeData) {
    common_setup(t);
    let s = &t.slots;
    s.hash
        .set(Some(|_, v| Ok(frozenset_hash(this(v, "frozenset")?))));
    s.new.set(Some(|i, cls: &ObjRef, args| {
        args.no_kwargs("frozenset")?;
        let pos = args.between("frozenset", 0, 1)?;
        let fs = &builtin_types().frozenset;
        if let Some(src) = pos.first() {
            if std::rc::Rc::ptr_eq(cls, fs) && std::rc::Rc::ptr_eq(&src.class(), fs) {
                return Ok(src.clone());
            }
        }
        new_from(i, cls, pos.first())
    }));
}

// ---- methods ----

/// `self` and the one argument of a method (`set.add() takes exactly one argument`).
fn one<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    args.no_kwargs(name)?;
    match args.pos() {
        [s, x] => Ok((s, x)),
        pos => Err(type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            pos.len().saturating_sub(1)
        ))),
    }
}

fn no_args<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    args.no_kwargs(name)?;
    match args.pos() {
        [s] => Ok(s),
        pos => Err(type_error(format!(
            "{name}() takes no arguments ({} given)",
            pos.len().saturating_sub(1)
        ))),
    }
}

/// `self` and the varargs of a method.
fn varargs<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a [Value])> {
    args.no_kwargs(name)?;
    match args.pos().split_first() {
        Some((s, rest)) => {
            this(s, "set")?;
            Ok((s, rest))
        }
        None => Err(type_error(format!("{name}() needs an argument"))),
    }
}

fn m_add(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (s, x) = one(&args, "set.add")?;
    add_key(i, this(s, "set")?, x.clone())?;
    Ok(Value::None)
}

fn m_discard(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (s, x) = one(&args, "set.discard")?;
    discard_key(i, this(s, "set")?, x)?;
    Ok(Value::None)
}

fn m_remove(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (s, x) = one(&args, "set.remove")?;
    if !discard_key(i, this(s, "set")?, x)? {
        return Err(key_error(x.clone()));
    }
    Ok(Value::None)
}

fn m_pop(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(&args, "set.pop")?;
    let popped = this(s, "set")?.borrow_mut().table.pop();
    popped.ok_or_else(|| new_error(&builtin_types().exc.key_error, "pop from an empty set"))
}

fn m_clear(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(&args, "set.clear")?;
    clear(this(s, "set")?);
    Ok(Value::None)
}

fn m_copy(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(&args, "set.copy")?;
    copy_of(i, s)
}

fn m_frozen_copy(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(&args, "frozenset.copy")?;
    if std::rc::Rc::ptr_eq(&s.class(), &builtin_types().frozenset) {
        return Ok(s.clone());
    }
    copy_of(i, s)
}

fn m_union(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (s, rest) = varargs(&args, "set.union")?;
    union(i, s, rest)
}

fn m_intersection(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (s, rest) = varargs(&args, "set.intersection")?;
    intersection_multi(i, s, rest)
}

fn m_difference(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (s, rest) = varargs(&args, "set.difference")?;
    difference_multi(i, s, rest)
}

fn m_symmetric_difference(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (s, x) = one(&args, "set.symmetric_difference")?;
    symmetric_difference(i, s, x)
}

fn m_update(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (s, rest) = varargs(&args, "set.update")?;
    for o in rest {
        update_internal(i, this(s, "set")?, o)?;
    }
    Ok(Value::None)
}

fn m_intersection_update(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (s, rest) = varargs(&args, "set.intersection_update")?;
    let tmp = intersection_multi(i, s, rest)?;
    if !tmp.is(s) {
        swap_bodies(this(s, "set")?, this(&tmp, "set")?);
    }
    Ok(Value::None)
}

fn m_difference_update(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (s, rest) = varargs(&args, "set.difference_update")?;
    for o in rest {
        difference_update(i, s, o)?;
    }
    Ok(Value::None)
}

fn m_symmetric_difference_update(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (s, x) = one(&args, "set.symmetric_difference_update")?;
    symmetric_difference_update(i, s, x)?;
    Ok(Value::None)
}

fn m_issubset(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (s, x) = one(&args, "set.issubset")?;
    issubset(i, s, x).map(Value::Bool)
}

fn m_issuperset(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (s, x) = one(&args, "set.issuperset")?;
    issuperset(i, s, x).map(Value::Bool)
}

fn m_isdisjoint(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (s, x) = one(&args, "set.isdisjoint")?;
    isdisjoint(i, s, x).map(Value::Bool)
}

/// `set.__reduce__` / `frozenset.__reduce__`: `(type(s), (list(s),), s.__getstate__())`,
/// as `set_reduce` (what `copy.deepcopy` and `pickle` use).
fn m_reduce(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(&args, "set.__reduce__")?;
    let keys: Vec<Value> = entries(this(s, "set")?)
        .into_iter()
        .map(|(_, k)| k)
        .collect();
    let getstate = protocol::getattr_str(i, s, "__getstate__")?;
    let state = protocol::call0(i, &getstate, &[])?;
    let args = crate::types::tuple::new_tuple(vec![crate::types::list::new_list(keys)]);
    Ok(crate::types::tuple::new_tuple(vec![
        Value::Obj(s.class()),
        args,
        state,
    ]))
}

pub static SET_METHODS: &[MethodDef] = &[
    crate::method!("__reduce__", m_reduce),
    crate::method!("add", m_add),
    crate::method!("clear", m_clear),
    crate::method!("copy", m_copy),
    crate::method!("discard", m_discard),
    crate::method!("difference", m_difference),
    crate::method!("difference_update", m_difference_update),
    crate::method!("intersection", m_intersection),
    crate::method!("intersection_update", m_intersection_update),
    crate::method!("isdisjoint", m_isdisjoint),
    crate::method!("issubset", m_issubset),
    crate::method!("issuperset", m_issuperset),
    crate::method!("pop", m_pop),
    crate::method!("remove", m_remove),
    crate::method!("symmetric_difference", m_symmetric_difference),
    crate::method!("symmetric_difference_update", m_symmetric_difference_update),
    crate::method!("union", m_union),
    crate::method!("update", m_update),
];

pub static FROZENSET_METHODS: &[MethodDef] = &[
    crate::method!("__reduce__", m_reduce),
    crate::method!("copy", m_frozen_copy),
    crate::method!("difference", m_difference),
    crate::method!("intersection", m_intersection),
    crate::method!("isdisjoint", m_isdisjoint),
    crate::method!("issubset", m_issubset),
    crate::method!("issuperset", m_issuperset),
    crate::method!("symmetric_difference", m_symmetric_difference),
    crate::method!("union", m_union),
];
