//! `isinstance` / `issubclass` as CPython's `PyObject_IsInstance` /
//! `PyObject_IsSubclass` (Objects/abstract.c): an exact type match first, tuples
//! recursively, then the metaclass's `__instancecheck__` / `__subclasscheck__` (ABCMeta
//! defines them), then the default checks, which also honour an instance's
//! `__class__` attribute and classes that are not types but have `__bases__`.

use krait_object::error::{type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::object::Payload;
use krait_object::slot_wrappers::call_attr;
use krait_object::typeobj::is_subtype;
use krait_object::{protocol, slot_dunders, Value};

const ISINSTANCE_ARG2: &str = "isinstance() arg 2 must be a type, a tuple of types, or a union";
const ISSUBCLASS_ARG1: &str = "issubclass() arg 1 must be a class";
const ISSUBCLASS_ARG2: &str = "issubclass() arg 2 must be a class, a tuple of classes, or a union";

fn is_type(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Type(_)))
}

fn is_exact_type_type(v: &Value) -> bool {
    v.as_obj()
        .is_some_and(|o| std::rc::Rc::ptr_eq(o, &krait_object::builtin_types().type_))
}

/// The metaclass hook `name` of `cls`, when a user metaclass defines it (type's own
/// check is the default path below).
fn hook(cls: &Value, name: &'static str) -> Option<Value> {
    slot_dunders::user_special(cls, name).filter(|f| {
        let own = protocol::td(&krait_object::builtin_types().type_)
            .dict
            .borrow()
            .get_str(name);
        !own.is_some_and(|o| o.is(f))
    })
}

/// `isinstance(inst, cls)`.
pub fn isinstance(i: &mut dyn Interp, inst: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(c) = cls.as_obj() {
        if is_type(cls) && std::rc::Rc::ptr_eq(&inst.class(), c) {
            return Ok(true);
        }
    }
    if is_exact_type_type(cls) {
        return default_isinstance(i, inst, cls);
    }
    // `a | b` checks as `(a, b)`.
    let union = krait_object::types::union::union_args(cls);
    let cls = union.as_ref().unwrap_or(cls);
    if let Some(Payload::Tuple(items)) = cls.payload() {
        let items = items.to_vec();
        return depth(i, " in __instancecheck__", |i| {
            for c in &items {
                if isinstance(i, inst, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        });
    }
    if let Some(f) = hook(cls, "__instancecheck__") {
        return depth(i, " in __instancecheck__", |i| {
            let r = call_attr(i, &f, cls, std::slice::from_ref(inst))?;
            protocol::truthy(i, &r)
        });
    }
    default_isinstance(i, inst, cls)
}

/// `inst.__class__`, or None when it has none (AttributeError is swallowed).
fn dunder_class(i: &mut dyn Interp, inst: &Value) -> PyResult<Option<Value>> {
    match protocol::getattr_str(i, inst, "__class__") {
        Ok(c) => Ok(Some(c)),
        Err(e) if e.matches(&krait_object::builtin_types().exc.attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

fn default_isinstance(i: &mut dyn Interp, inst: &Value, cls: &Value) -> PyResult<bool> {
    if let Some(c) = cls.as_obj().filter(|_| is_type(cls)) {
        if is_subtype(&inst.class(), c) {
            return Ok(true);
        }
        // Only user classes can make `__class__` differ from the type.
        if !inst
            .class()
            .as_type()
            .is_some_and(|t| t.has_flag(krait_object::typeobj::flags::HEAPTYPE))
        {
            return Ok(false);
        }
        if let Some(icls) = dunder_class(i, inst)? {
            if let Some(io) = icls.as_obj().filter(|_| is_type(&icls)) {
                if !std::rc::Rc::ptr_eq(io, &inst.class()) {
                    return Ok(is_subtype(io, c));
                }
            }
        }
        return Ok(false);
    }
    if !check_class(i, cls)? {
        return Err(type_error(ISINSTANCE_ARG2));
    }
    match dunder_class(i, inst)? {
        Some(icls) => abstract_issubclass(i, &icls, cls),
        None => Ok(false),
    }
}

/// `issubclass(derived, cls)`.
pub fn issubclass(i: &mut dyn Interp, derived: &Value, cls: &Value) -> PyResult<bool> {
    if is_exact_type_type(cls) {
        if derived.is(cls) {
            return Ok(true);
        }
        return default_issubclass(i, derived, cls);
    }
    let union = krait_object::types::union::union_args(cls);
    let cls = union.as_ref().unwrap_or(cls);
    if let Some(Payload::Tuple(items)) = cls.payload() {
        let items = items.to_vec();
        return depth(i, " in __subclasscheck__", |i| {
            for c in &items {
                if issubclass(i, derived, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        });
    }
    if let Some(f) = hook(cls, "__subclasscheck__") {
        return depth(i, " in __subclasscheck__", |i| {
            let r = call_attr(i, &f, cls, std::slice::from_ref(derived))?;
            protocol::truthy(i, &r)
        });
    }
    default_issubclass(i, derived, cls)
}

fn default_issubclass(i: &mut dyn Interp, derived: &Value, cls: &Value) -> PyResult<bool> {
    if let (Some(d), Some(c)) = (derived.as_obj(), cls.as_obj()) {
        if is_type(derived) && is_type(cls) {
            return Ok(is_subtype(d, c));
        }
    }
    if !check_class(i, derived)? {
        return Err(type_error(ISSUBCLASS_ARG1));
    }
    if !check_class(i, cls)? {
        return Err(type_error(ISSUBCLASS_ARG2));
    }
    abstract_issubclass(i, derived, cls)
}

/// `__bases__` of `v` when it is a tuple (AttributeError: None).
fn bases_of(i: &mut dyn Interp, v: &Value) -> PyResult<Option<Vec<Value>>> {
    if let Some(Payload::Type(t)) = v.payload() {
        return Ok(Some(
            t.bases.borrow().iter().cloned().map(Value::Obj).collect(),
        ));
    }
    match protocol::getattr_str(i, v, "__bases__") {
        Ok(b) => Ok(match b.payload() {
            Some(Payload::Tuple(items)) => Some(items.to_vec()),
            _ => None,
        }),
        Err(e) if e.matches(&krait_object::builtin_types().exc.attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

fn check_class(i: &mut dyn Interp, v: &Value) -> PyResult<bool> {
    Ok(bases_of(i, v)?.is_some())
}

/// Whether `cls` is `derived` or among its `__bases__`, depth first.
fn abstract_issubclass(i: &mut dyn Interp, derived: &Value, cls: &Value) -> PyResult<bool> {
    if derived.is(cls) {
        return Ok(true);
    }
    let Some(bases) = bases_of(i, derived)? else {
        return Ok(false);
    };
    depth(i, " in __subclasscheck__", |i| {
        for b in &bases {
            if abstract_issubclass(i, b, cls)? {
                return Ok(true);
            }
        }
        Ok(false)
    })
}

/// Runs `f` one native recursion level deeper (RecursionError past the limit).
fn depth<T>(
    i: &mut dyn Interp,
    where_: &str,
    f: impl FnOnce(&mut dyn Interp) -> PyResult<T>,
) -> PyResult<T> {
    krait_object::recursion::enter(i, where_)?;
    let r = f(i);
    krait_object::recursion::leave();
    r
}
