//! `object.__reduce_ex__`, `object.__reduce__` and `object.__getstate__`, as CPython's
//! Objects/typeobject.c: protocol 2+ gives `(copyreg.__newobj__, (cls, *newargs), state,
//! listitems, dictitems)`, lower protocols go through `copyreg._reduce_ex`; the state is
//! the instance dict plus a dict of `__slots__` values. This is what `copy.copy`,
//! `copy.deepcopy` and `pickle` use for user classes.

use crate::args::Args;
use crate::error::{type_error, PyResult};
use crate::interp::Interp;
use crate::object::Payload;
use crate::protocol;
use crate::protocol::lookup_attr;
use crate::types::builtin_types;
use crate::types::dict::{as_dict, new_dict, DictData};
use crate::types::str::new_str;
use crate::types::tuple::new_tuple;
use crate::value::Value;

fn cannot_pickle(v: &Value) -> crate::error::PyErr {
    type_error(format!("cannot pickle '{}' object", v.class_name()))
}

/// `import copyreg` (through `builtins.__import__`, like `PyImport_Import`).
fn copyreg(i: &mut dyn Interp) -> PyResult<Value> {
    let imp = as_dict(&Value::Obj(i.builtins()))
        .and_then(|d| d.borrow().get_str("__import__"))
        .ok_or_else(|| crate::error::runtime_error("lost builtins.__import__"))?;
    protocol::call0(i, &imp, &[new_str("copyreg")])
}

/// The entry `name` of `object`'s own dict.
fn object_entry(name: &str) -> Option<Value> {
    protocol::td(&builtin_types().object)
        .dict
        .borrow()
        .get_str(name)
}

/// `object.__reduce_ex__(self, protocol)`: a `__reduce__` the class overrides wins.
pub fn object_reduce_ex(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if args.has_kwargs() {
        return Err(type_error(
            "object.__reduce_ex__() takes no keyword arguments",
        ));
    }
    if pos.len() != 2 {
        return Err(type_error(format!(
            "object.__reduce_ex__() takes exactly one argument ({} given)",
            pos.len().saturating_sub(1)
        )));
    }
    let (obj, proto) = (&pos[0], protocol::index_i64(i, &pos[1])?);
    if let Some(reduce) = lookup_attr(i, obj, "__reduce__")? {
        let cls = Value::Obj(obj.class());
        let clsreduce = protocol::getattr_str(i, &cls, "__reduce__")?;
        let overridden = !object_entry("__reduce__").is_some_and(|o| o.is(&clsreduce));
        if overridden {
            return protocol::call0(i, &reduce, &[]);
        }
    }
    common_reduce(i, obj, proto)
}

/// `object.__reduce__(self)`: protocol 0.
pub fn object_reduce(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("__reduce__", 1)?;
    common_reduce(i, &pos[0], 0)
}

fn common_reduce(i: &mut dyn Interp, obj: &Value, proto: i64) -> PyResult<Value> {
    if proto >= 2 {
        return reduce_newobj(i, obj);
    }
    let cr = copyreg(i)?;
    let f = protocol::getattr_str(i, &cr, "_reduce_ex")?;
    protocol::call0(i, &f, &[obj.clone(), Value::Int(proto)])
}

/// `(args, kwargs)` from `__getnewargs_ex__` or `__getnewargs__`, if the object has one.
fn new_arguments(i: &mut dyn Interp, obj: &Value) -> PyResult<(Option<Value>, Option<Value>)> {
    if let Some(f) = lookup_attr(i, obj, "__getnewargs_ex__")? {
        let r = protocol::call0(i, &f, &[])?;
        let Some(Payload::Tuple(t)) = r.payload() else {
            return Err(type_error(format!(
                "__getnewargs_ex__ should return a tuple, not '{}'",
                r.class_name()
            )));
        };
        let [a, k] = &t[..] else {
            return Err(type_error(format!(
                "__getnewargs_ex__ should return a tuple of length 2, not {}",
                t.len()
            )));
        };
        if !matches!(a.payload(), Some(Payload::Tuple(_))) {
            return Err(type_error(format!(
                "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{}'",
                a.class_name()
            )));
        }
        if as_dict(k).is_none() {
            return Err(type_error(format!(
                "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{}'",
                k.class_name()
            )));
        }
        return Ok((Some(a.clone()), Some(k.clone())));
    }
    if let Some(f) = lookup_attr(i, obj, "__getnewargs__")? {
        let r = protocol::call0(i, &f, &[])?;
        if !matches!(r.payload(), Some(Payload::Tuple(_))) {
            return Err(type_error(format!(
                "__getnewargs__ should return a tuple, not '{}'",
                r.class_name()
            )));
        }
        return Ok((Some(r), None));
    }
    Ok((None, None))
}

fn reduce_newobj(i: &mut dyn Interp, obj: &Value) -> PyResult<Value> {
    let cls = obj.class();
    if protocol::td(&cls).slots.new.get().is_none() {
        return Err(cannot_pickle(obj));
    }
    let (args, kwargs) = new_arguments(i, obj)?;
    let hasargs = args.is_some();
    let cr = copyreg(i)?;
    let kw_empty = kwargs
        .as_ref()
        .and_then(as_dict)
        .is_none_or(|d| d.borrow().is_empty());
    let (newobj, newargs) = if kw_empty {
        let mut items = vec![Value::Obj(cls.clone())];
        if let Some(a) = &args {
            items.extend(crate::types::tuple::tuple_items(a).iter().cloned());
        }
        (
            protocol::getattr_str(i, &cr, "__newobj__")?,
            new_tuple(items),
        )
    } else {
        (
            protocol::getattr_str(i, &cr, "__newobj_ex__")?,
            new_tuple(vec![
                Value::Obj(cls.clone()),
                args.unwrap_or_else(|| new_tuple(Vec::new())),
                kwargs.unwrap_or(Value::None),
            ]),
        )
    };
    let is_list = matches!(obj.payload(), Some(Payload::List(_)));
    let is_dict = matches!(obj.payload(), Some(Payload::Dict(_)));
    let state = get_state(i, obj, !(hasargs || is_list || is_dict))?;
    let listitems = if is_list {
        protocol::iter(i, obj)?
    } else {
        Value::None
    };
    let dictitems = if is_dict {
        let items = protocol::getattr_str(i, obj, "items")?;
        let view = protocol::call0(i, &items, &[])?;
        protocol::iter(i, &view)?
    } else {
        Value::None
    };
    Ok(new_tuple(vec![
        newobj, newargs, state, listitems, dictitems,
    ]))
}

/// `__getstate__()` of `obj`: the object's own, or the default one.
fn get_state(i: &mut dyn Interp, obj: &Value, required: bool) -> PyResult<Value> {
    let getstate = protocol::getattr_str(i, obj, "__getstate__")?;
    let is_default = match getstate.payload() {
        Some(Payload::BuiltinFunction(b)) => {
            b.self_.as_ref().is_some_and(|s| s.is(obj))
                && std::ptr::fn_addr_eq(b.func, object_getstate as crate::typeobj::NativeFn)
        }
        _ => false,
    };
    if is_default {
        return default_state(i, obj, required);
    }
    protocol::call0(i, &getstate, &[])
}

/// Whether `obj`'s representation is a plain instance (no builtin payload a pickle could
/// not rebuild from `__new__` and the state).
fn plain_instance(obj: &Value) -> bool {
    matches!(obj.payload(), Some(Payload::Instance(_)))
}

/// `object_getstate_default`: the instance dict (None when empty), then `(dict, slots)`
/// when `__slots__` members are set.
fn default_state(i: &mut dyn Interp, obj: &Value, required: bool) -> PyResult<Value> {
    if required && !plain_instance(obj) {
        return Err(cannot_pickle(obj));
    }
    let mut state = match protocol::instance_dict_value(obj) {
        Some(d) if as_dict(&d).is_some_and(|x| !x.borrow().is_empty()) => {
            new_dict(as_dict(&d).map(|x| x.borrow().clone()).unwrap_or_default())
        }
        _ => Value::None,
    };
    let cr = copyreg(i)?;
    let slotnames_fn = protocol::getattr_str(i, &cr, "_slotnames")?;
    let names = protocol::call0(i, &slotnames_fn, &[Value::Obj(obj.class())])?;
    let names = if names.is_none() {
        Vec::new()
    } else {
        protocol::collect(i, &names)?
    };
    let mut slots = DictData::new();
    for n in names {
        if let Some(v) = lookup_attr_value(i, obj, &n)? {
            slots.set_str_key(n, v);
        }
    }
    if !slots.is_empty() {
        state = new_tuple(vec![state, new_dict(slots)]);
    }
    Ok(state)
}

fn lookup_attr_value(i: &mut dyn Interp, obj: &Value, name: &Value) -> PyResult<Option<Value>> {
    match protocol::getattr(i, obj, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&builtin_types().exc.attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `object.__getstate__(self)`.
pub fn object_getstate(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("__getstate__", 1)?;
    default_state(i, &pos[0], false)
}
