//! `super`: `super(type, obj)` and the zero-argument form (the interpreter supplies the
//! calling frame's `__class__` cell and first argument through [`Interp::super_args`]).
//! Attribute lookup starts after `type` in the MRO of `obj`'s class.

use crate::args::Args;
use crate::descr::{descr, new_descr, Descr};
use crate::error::{type_error, PyResult};
use crate::interp::Interp;
use crate::object::ObjRef;
use crate::protocol::{self, td};
use crate::typeobj::{is_subtype, TypeData};
use crate::types::str::new_string;
use crate::value::Value;

pub fn setup(t: &TypeData) {
    let s = &t.slots;
    s.new.set(Some(super_new));
    s.init.set(Some(|_, _, _| Ok(())));
    s.getattro.set(Some(super_getattr));
    s.repr.set(Some(super_repr));
    s.descr_get.set(Some(|_, v, obj, _| {
        let Some(Descr::Super { type_, obj: o, .. }) = descr(v) else {
            return Ok(v.clone());
        };
        match obj {
            Some(obj) if o.is_null() && !obj.is_none() => {
                let obj_type = supercheck(type_, obj)?;
                Ok(new_descr(
                    &v.class(),
                    Descr::Super {
                        type_: type_.clone(),
                        obj: obj.clone(),
                        obj_type: Some(obj_type),
                    },
                ))
            }
            _ => Ok(v.clone()),
        }
    }));
}

/// The class whose MRO a `super(type_, obj)` searches (`supercheck`).
fn supercheck(type_: &ObjRef, obj: &Value) -> PyResult<ObjRef> {
    if let Value::Obj(o) = obj {
        if o.as_type().is_some() && is_subtype(o, type_) {
            return Ok(o.clone());
        }
    }
    let cls = obj.class();
    if is_subtype(&cls, type_) {
        return Ok(cls);
    }
    Err(type_error(
        "super(type, obj): obj must be an instance or subtype of type",
    ))
}

fn super_new(i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("super() takes no keyword arguments"));
    }
    let (t, obj) = match args.pos() {
        [] => i.super_args()?,
        [t] => (t.clone(), Value::Null),
        [t, o] => (t.clone(), o.clone()),
        more => {
            return Err(type_error(format!(
                "super() expected at most 2 arguments, got {}",
                more.len()
            )))
        }
    };
    let Some(type_) = t.as_obj().filter(|o| o.as_type().is_some()).cloned() else {
        return Err(type_error(format!(
            "super() argument 1 must be a type, not {}",
            t.class_name()
        )));
    };
    let obj_type = if obj.is_null() || obj.is_none() {
        None
    } else {
        Some(supercheck(&type_, &obj)?)
    };
    let obj = if obj.is_none() { Value::Null } else { obj };
    Ok(new_descr(
        cls,
        Descr::Super {
            type_,
            obj,
            obj_type,
        },
    ))
}

fn super_getattr(i: &mut dyn Interp, v: &Value, name: &Value) -> PyResult<Value> {
    let Some(Descr::Super {
        type_,
        obj,
        obj_type: Some(start),
    }) = descr(v)
    else {
        return protocol::generic_getattr(i, v, name);
    };
    let skip = name
        .as_str_data()
        .is_some_and(|s| s.as_bytes() == b"__class__");
    if !skip {
        let mro: Vec<ObjRef> = td(start).mro.borrow().clone();
        let pos = mro.iter().position(|t| std::rc::Rc::ptr_eq(t, type_));
        if let Some(pos) = pos {
            for t in &mro[pos + 1..] {
                let found = td(t).dict.borrow().get_str_key(name);
                if let Some(res) = found {
                    let target = match obj {
                        Value::Obj(o) if std::rc::Rc::ptr_eq(o, start) => None,
                        o => Some(o),
                    };
                    let (obj, start) = (target.cloned(), start.clone());
                    return crate::descr::bind(i, res, obj.as_ref(), &start);
                }
            }
        }
    }
    match name.as_str_data().and_then(|s| s.as_str()) {
        Some("__thisclass__") => return Ok(Value::Obj(type_.clone())),
        Some("__self__") => return Ok(obj.clone()),
        Some("__self_class__") => return Ok(Value::Obj(start.clone())),
        _ => {}
    }
    protocol::generic_getattr(i, v, name)
}

fn super_repr(_i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let Some(Descr::Super {
        type_, obj_type, ..
    }) = descr(v)
    else {
        return Ok(new_string("<super>".to_string()));
    };
    let tn = td(type_).name();
    Ok(new_string(match obj_type {
        Some(o) => format!("<super: <class '{tn}'>, <{} object>>", td(o).name()),
        None => format!("<super: <class '{tn}'>, NULL>"),
    }))
}
