//! `type`: calling a class (`cls(*args)` → `__new__` then `__init__`), class attributes,
//! `repr`.

use std::rc::Rc;

use crate::args::Args;
use crate::error::{attribute_error, type_error, PyResult};
use crate::interp::Interp;
use crate::object::Payload;
use crate::protocol;
use crate::typeobj::{flags, TypeData};
use crate::types::builtin_types;
use crate::types::object::type_module;
use crate::types::str::{new_str, new_string};
use crate::types::tuple::new_tuple;
use crate::types::MethodDef;
use crate::value::Value;

pub fn setup(t: &TypeData) {
    let s = &t.slots;
    s.call.set(Some(type_call));
    s.repr.set(Some(type_repr));
    s.getattro.set(Some(type_getattr));
    s.setattro.set(Some(type_setattr));
    s.new.set(Some(crate::types::class::type_new));
    s.init.set(Some(type_init));
    // `int | str` (types.UnionType).
    s.nb[crate::typeobj::BinOp::Or as usize].set(Some(crate::types::union::union_or));
}

fn type_init(_i: &mut dyn Interp, _v: &Value, args: Args<'_>) -> PyResult<()> {
    let n = args.pos().len();
    if n == 1 && args.has_kwargs() {
        return Err(type_error("type.__init__() takes no keyword arguments"));
    }
    if n != 1 && n != 3 {
        return Err(type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(())
}

/// Whether `f` is `type.__call__`'s slot (a metaclass that does not override it).
pub fn is_type_call(f: crate::typeobj::CallFn) -> bool {
    std::ptr::fn_addr_eq(f, type_call as crate::typeobj::CallFn)
}

fn type_call(i: &mut dyn Interp, cls_v: &Value, args: Args<'_>) -> PyResult<Value> {
    let Some(cls) = cls_v.as_obj() else {
        return Err(type_error("type call on a non-type"));
    };
    let t = protocol::td(cls);
    // type(x): the class of x.
    if Rc::ptr_eq(cls, &builtin_types().type_) {
        if args.pos().len() == 1 && !args.has_kwargs() {
            return Ok(Value::Obj(args.pos()[0].class()));
        }
        if args.pos().len() != 3 {
            return Err(type_error("type() takes 1 or 3 arguments"));
        }
    }
    let Some(new) = t.slots.new.get() else {
        return Err(type_error(format!(
            "cannot create '{}' instances",
            t.name()
        )));
    };
    let obj = new(i, cls, args)?;
    // __init__ runs only when __new__ returned an instance of cls.
    if protocol::isinstance(&obj, cls) {
        if let Some(init) = protocol::td(&obj.class()).slots.init.get() {
            init(i, &obj, args)?;
        }
    }
    Ok(obj)
}

fn type_name(v: &Value) -> String {
    v.as_obj()
        .and_then(|o| o.as_type())
        .map(|t| t.name())
        .unwrap_or_default()
}

fn type_repr(_i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let Some(cls) = v.as_obj() else {
        return Ok(new_str("<class '?'>"));
    };
    let t = protocol::td(cls);
    let module = type_module(cls);
    let q = t.qualname.borrow().clone();
    Ok(new_string(if module == "builtins" {
        format!("<class '{q}'>")
    } else {
        format!("<class '{module}.{q}'>")
    }))
}

fn type_getattr(i: &mut dyn Interp, v: &Value, name: &Value) -> PyResult<Value> {
    let Some(cls) = v.as_obj() else {
        return protocol::generic_getattr(i, v, name);
    };
    let t = protocol::td(cls);
    let n = name.as_str_data().and_then(|s| s.as_str()).unwrap_or("");
    match n {
        "__name__" => return Ok(new_string(t.name())),
        "__qualname__" => return Ok(new_string(t.qualname.borrow().clone())),
        "__module__" => return Ok(new_string(type_module(cls))),
        "__mro__" => {
            return Ok(new_tuple(
                t.mro
                    .borrow()
                    .iter()
                    .map(|c| Value::Obj(c.clone()))
                    .collect(),
            ))
        }
        "__bases__" => {
            return Ok(new_tuple(
                t.bases
                    .borrow()
                    .iter()
                    .map(|c| Value::Obj(c.clone()))
                    .collect(),
            ))
        }
        "__base__" => {
            return Ok(t
                .bases
                .borrow()
                .first()
                .map_or(Value::None, |b| Value::Obj(b.clone())))
        }
        "__doc__" => {
            if let Some(d) = t.dict.borrow().get_str("__doc__") {
                return Ok(d);
            }
            return Ok(Value::None);
        }
        "__dict__" => {
            return Ok(crate::descr::new_descr(
                &crate::descr::class_types().mappingproxy,
                crate::descr::Descr::MappingProxy(cls.clone()),
            ))
        }
        "__class__" => return Ok(Value::Obj(v.class())),
        _ => {}
    }
    // A data descriptor of the metaclass wins over the class's own attributes.
    let meta = v.class();
    if let Some(attr) = protocol::td(&meta).lookup(name) {
        let acls = attr.class();
        let at = protocol::td(&acls);
        if let (Some(get), Some(_)) = (at.slots.descr_get.get(), at.slots.descr_set.get()) {
            return get(i, &attr, Some(v), &meta);
        }
    }
    // The class's own MRO first (its attributes), then the metaclass's.
    if let Some(attr) = t.lookup(name) {
        let acls = attr.class();
        if let Some(get) = protocol::td(&acls).slots.descr_get.get() {
            // Functions and method descriptors accessed on the class stay unbound.
            if !matches!(
                attr.payload(),
                Some(Payload::Function(_) | Payload::MethodDescr(_))
            ) {
                return get(i, &attr, None, cls);
            }
        }
        return Ok(attr);
    }
    let meta = v.class();
    if let Some(attr) = protocol::td(&meta).lookup(name) {
        let acls = attr.class();
        if let Some(get) = protocol::td(&acls).slots.descr_get.get() {
            return get(i, &attr, Some(v), &meta);
        }
        return Ok(attr);
    }
    Err(attribute_error(format!(
        "type object '{}' has no attribute '{}'",
        type_name(v),
        n
    )))
}

fn type_setattr(_i: &mut dyn Interp, v: &Value, name: &Value, x: Option<Value>) -> PyResult<()> {
    let Some(t) = v.as_obj().and_then(|o| o.as_type()) else {
        return Err(type_error("not a type"));
    };
    let n = name
        .as_str_data()
        .map(|s| s.lossy().into_owned())
        .unwrap_or_default();
    if !t.has_flag(flags::HEAPTYPE) {
        return Err(type_error(format!(
            "cannot set '{n}' attribute of immutable type '{}'",
            t.name()
        )));
    }
    if let Some(cls) = v.as_obj() {
        // A data descriptor of the metaclass (a property on it) takes the assignment.
        let meta = v.class();
        if let Some(attr) = protocol::td(&meta).lookup(name) {
            if let Some(set) = protocol::td(&attr.class()).slots.descr_set.get() {
                return set(_i, &attr, v, x);
            }
        }
        // `__name__`/`__qualname__` live in the type, not its dict (type_set_name).
        if n == "__name__" || n == "__qualname__" {
            let Some(x) = x else {
                return Err(type_error(format!(
                    "cannot delete '{n}' attribute of immutable type '{}'",
                    t.name()
                )));
            };
            let Some(s) = x.as_str_data().map(|s| s.lossy().into_owned()) else {
                return Err(type_error(format!(
                    "can only assign string to {}.{n}, not '{}'",
                    t.name(),
                    x.class_name()
                )));
            };
            if n == "__name__" {
                if s.contains('\0') {
                    return Err(crate::error::value_error(
                        "type name must not contain null characters",
                    ));
                }
                *t.name.borrow_mut() = s;
            } else {
                *t.qualname.borrow_mut() = s;
            }
            return Ok(());
        }
        match x {
            Some(x) => t.dict.borrow_mut().set_str_key(name.clone(), x),
            None => {
                if t.dict.borrow_mut().remove_str_key(name).is_none() {
                    return Err(attribute_error(format!(
                        "type object '{}' has no attribute '{n}'",
                        t.name()
                    )));
                }
            }
        }
        crate::slot_dunders::update_slots(cls, name);
    }
    Ok(())
}

fn self_type(args: &Args<'_>) -> PyResult<crate::object::ObjRef> {
    match args.pos().first() {
        Some(Value::Obj(o)) if o.as_type().is_some() => Ok(o.clone()),
        _ => Err(type_error("descriptor requires a 'type' object")),
    }
}

fn type_mro(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let t = self_type(&args)?;
    let mro = protocol::td(&t)
        .mro
        .borrow()
        .iter()
        .map(|c| Value::Obj(c.clone()))
        .collect();
    Ok(crate::types::list::new_list(mro))
}

fn type_subclasses(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let t = self_type(&args)?;
    let subs = protocol::td(&t)
        .subclasses
        .borrow()
        .iter()
        .filter_map(|w| w.upgrade())
        .map(Value::Obj)
        .collect();
    Ok(crate::types::list::new_list(subs))
}

fn type_instancecheck(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let t = self_type(&args)?;
    let v = args.exact("__instancecheck__", 2)?;
    Ok(Value::Bool(protocol::isinstance(&v[1], &t)))
}

fn type_subclasscheck(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let t = self_type(&args)?;
    let v = args.exact("__subclasscheck__", 2)?;
    match &v[1] {
        Value::Obj(o) if o.as_type().is_some() => {
            Ok(Value::Bool(crate::typeobj::is_subtype(o, &t)))
        }
        _ => Err(type_error("issubclass() arg 1 must be a class")),
    }
}

pub static METHODS: &[MethodDef] = &[
    crate::method!("mro", type_mro),
    crate::method!("__subclasses__", type_subclasses),
    crate::method!("__instancecheck__", type_instancecheck),
    crate::method!("__subclasscheck__", type_subclasscheck),
];
