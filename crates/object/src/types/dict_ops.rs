//! The rest of `dict`: `fromkeys` (a class method), `|` and `|=` (3.9+), and the set
//! operations and comparisons of the `keys()`/`items()` views (`dictviews_*` of
//! `dictobject.c`: the result is a `set` built from the left view, then updated).

use crate::args::Args;
use crate::error::{type_error, PyResult};
use crate::interp::Interp;
use crate::object::{Payload, PyObject};
use crate::protocol;
use crate::typeobj::{BinOp, CmpOp, TypeData};
use crate::types::builtin_types;
use crate::types::dict::{as_dict, dict_set, new_dict, update_from};
use crate::types::func::BuiltinFunction;
use crate::types::iter::DictIterKind;
use crate::types::set::{self, as_set};
use crate::types::set_ops;
use crate::value::Value;

/// Installs the class methods of `dict` (bound to the class, so `dict.fromkeys(...)`
/// and `{}.fromkeys(...)` both receive `dict` first).
/// Runs while the builtin types are being built: must not call [`builtin_types`].
pub fn install_classmethods(types: &crate::types::BuiltinTypes) {
    let dict_type = &types.dict;
    let Payload::Type(td) = &dict_type.payload else {
        return;
    };
    let f = PyObject::new(
        types.builtin_function.clone(),
        Payload::BuiltinFunction(BuiltinFunction {
            name: "fromkeys",
            func: fromkeys,
            self_: Some(Value::Obj(dict_type.clone())),
        }),
    );
    td.dict.borrow_mut().set_str_key(
        crate::types::str::new_str_with_class(&types.str, "fromkeys"),
        Value::Obj(f),
    );
}

fn fromkeys(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("fromkeys")?;
    let pos = args.pos();
    let n = pos.len().saturating_sub(1);
    if !(1..=2).contains(&n) {
        return Err(type_error(if n == 0 {
            "fromkeys expected at least 1 argument, got 0".to_string()
        } else {
            format!("fromkeys expected at most 2 arguments, got {n}")
        }));
    }
    let value = pos.get(2).cloned().unwrap_or(Value::None);
    let d = new_dict(Default::default());
    if let Some(dd) = as_dict(&d) {
        let it = protocol::iter(i, &pos[1])?;
        while let Some(k) = protocol::next(i, &it)? {
            dict_set(i, dd, k, value.clone())?;
        }
    }
    Ok(d)
}

/// `dict | other` and `dict |= other`, filled into the dict type's slots.
pub fn setup_operators(t: &TypeData) {
    let s = &t.slots;
    s.nb[BinOp::Or as usize].set(Some(|i, a, b| {
        let (Some(x), Some(_)) = (as_dict(a), as_dict(b)) else {
            return Ok(None);
        };
        let d = new_dict(x.borrow().clone());
        if let Some(dd) = as_dict(&d) {
            update_from(i, dd, b)?;
        }
        Ok(Some(d))
    }));
    s.nb_inplace[BinOp::Or as usize].set(Some(|i, a, b| {
        let Some(x) = as_dict(a) else {
            return Ok(None);
        };
        update_from(i, x, b)?;
        Ok(Some(a.clone()))
    }));
}

fn view_parts(v: &Value) -> Option<(Value, DictIterKind)> {
    match v.payload()? {
        Payload::DictView { dict, kind } => Some((Value::Obj(dict.clone()), *kind)),
        _ => None,
    }
}

/// A keys or items view (the views that behave like sets).
fn set_like_view(v: &Value) -> Option<(Value, DictIterKind)> {
    view_parts(v).filter(|(_, k)| *k != DictIterKind::Values)
}

fn view_len(v: &Value) -> usize {
    view_parts(v)
        .and_then(|(d, _)| as_dict(&d).map(|x| x.borrow().len()))
        .unwrap_or(0)
}

/// `x in view` for a keys or items view.
fn view_contains(i: &mut dyn Interp, v: &Value, x: &Value) -> PyResult<bool> {
    protocol::contains(i, v, x)
}

/// `dictviews_to_set`: a keys view becomes the set of its dict, anything else the set
/// of its items.
fn to_set(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let src = match set_like_view(v) {
        Some((d, DictIterKind::Keys)) => d,
        _ => v.clone(),
    };
    set::new_from(i, &builtin_types().set, Some(&src))
}

fn call_set_method(
    i: &mut dyn Interp,
    result: &Value,
    f: crate::typeobj::NativeFn,
    other: &Value,
) -> PyResult<Value> {
    let args = [result.clone(), other.clone()];
    f(i, Args::positional(&args))?;
    Ok(result.clone())
}

fn find_method(name: &str) -> Option<crate::typeobj::NativeFn> {
    set_ops::SET_METHODS
        .iter()
        .find(|m| m.name == name)
        .map(|m| m.func)
}

fn views_update(i: &mut dyn Interp, a: &Value, b: &Value, method: &str) -> PyResult<Option<Value>> {
    if set_like_view(a).is_none() && set_like_view(b).is_none() {
        return Ok(None);
    }
    let result = to_set(i, a)?;
    match find_method(method) {
        Some(f) => call_set_method(i, &result, f, b).map(Some),
        None => Ok(None),
    }
}

/// `_PyDictView_Intersect`.
fn views_and(i: &mut dyn Interp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (mut this, mut other) = (a.clone(), b.clone());
    if set_like_view(&this).is_none() {
        std::mem::swap(&mut this, &mut other);
    }
    if set_like_view(&this).is_none() {
        return Ok(None);
    }
    let len_self = view_len(&this);
    let exact_set =
        as_set(&other).is_some() && std::rc::Rc::ptr_eq(&other.class(), &builtin_types().set);
    if exact_set && len_self <= protocol::len(i, &other)? {
        if let Some(f) = find_method("intersection") {
            let args = [other.clone(), this.clone()];
            return f(i, Args::positional(&args)).map(Some);
        }
    }
    if set_like_view(&other).is_some() && view_len(&other) > len_self {
        std::mem::swap(&mut this, &mut other);
    }
    let result = set::new_empty(&builtin_types().set);
    let Some(r) = as_set(&result) else {
        return Ok(None);
    };
    let it = protocol::iter(i, &other)?;
    while let Some(k) = protocol::next(i, &it)? {
        if view_contains(i, &this, &k)? {
            set::add_key(i, r, k)?;
        }
    }
    Ok(Some(result))
}

/// Every item of `a` is in `b`.
fn all_contained_in(i: &mut dyn Interp, a: &Value, b: &Value) -> PyResult<bool> {
    let it = protocol::iter(i, a)?;
    while let Some(k) = protocol::next(i, &it)? {
        if !protocol::contains(i, b, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `dictview_richcompare` (keys and items views against sets and set-like views).
fn view_richcompare(
    i: &mut dyn Interp,
    a: &Value,
    b: &Value,
    op: CmpOp,
) -> PyResult<Option<Value>> {
    if set_like_view(a).is_none() || (as_set(b).is_none() && set_like_view(b).is_none()) {
        return Ok(None);
    }
    let (la, lb) = (view_len(a), protocol::len(i, b)?);
    let r = match op {
        CmpOp::Eq | CmpOp::Ne => (la == lb && all_contained_in(i, a, b)?) == (op == CmpOp::Eq),
        CmpOp::Lt => la < lb && all_contained_in(i, a, b)?,
        CmpOp::Le => la <= lb && all_contained_in(i, a, b)?,
        CmpOp::Gt => la > lb && all_contained_in(i, b, a)?,
        CmpOp::Ge => la >= lb && all_contained_in(i, b, a)?,
    };
    Ok(Some(Value::Bool(r)))
}

fn isdisjoint(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = crate::types::list::one_arg(&args, "isdisjoint")?;
    let it = protocol::iter(i, &pos[1])?;
    while let Some(k) = protocol::next(i, &it)? {
        if protocol::contains(i, &pos[0], &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

pub static VIEW_METHODS: &[crate::types::MethodDef] = &[crate::method!("isdisjoint", isdisjoint)];

/// `dict_keys` and `dict_items`: the common view slots plus the set-like ones.
pub fn setup_keys_items(t: &TypeData) {
    crate::types::iter::setup_dict_view(t);
    setup_set_like_view(t);
}

/// The set operators and comparisons of keys/items views.
pub fn setup_set_like_view(t: &TypeData) {
    let s = &t.slots;
    s.nb[BinOp::And as usize].set(Some(views_and));
    s.nb[BinOp::Or as usize].set(Some(|i, a, b| views_update(i, a, b, "update")));
    s.nb[BinOp::Sub as usize].set(Some(|i, a, b| views_update(i, a, b, "difference_update")));
    s.nb[BinOp::Xor as usize].set(Some(|i, a, b| {
        views_update(i, a, b, "symmetric_difference_update")
    }));
    s.richcompare.set(Some(view_richcompare));
}
