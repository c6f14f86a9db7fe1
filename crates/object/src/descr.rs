//! The class machinery's own objects: `property`, `classmethod`, `staticmethod`, slot
//! members (`__slots__`), `super`, `mappingproxy` (a class's `__dict__`), the sequence
//! iterator of the `__getitem__` protocol, and the slot wrappers of builtin types
//! (`int.__add__`, see `slot_wrappers`). They share one payload variant,
//! [`Payload::Descr`], and have their own type objects in [`ClassTypes`].

use std::cell::{Cell, RefCell};

use crate::args::Args;
use crate::error::{attribute_error, type_error, PyResult};
use crate::interp::Interp;
use crate::object::{ObjRef, Payload, PyObject};
use crate::protocol::{self, td};
use crate::slot_wrappers::SlotKind;
use crate::typeobj::{flags, TypeData};
use crate::types::str::{new_str, new_string};
use crate::types::{builtin_types, TypeBuilder};
use crate::value::Value;

/// `property(fget, fset, fdel, doc)`.
pub struct PropertyData {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
    /// Set by `__set_name__` (used in error messages).
    pub name: RefCell<Value>,
}

pub enum Descr {
    /// A builtin type's slot as a dunder in its dict (`wrapper_descriptor`).
    SlotWrapper {
        kind: SlotKind,
        owner: ObjRef,
    },
    /// A slot wrapper bound to an object (`method-wrapper`).
    MethodWrapper {
        kind: SlotKind,
        owner: ObjRef,
        self_: Value,
    },
    Property(PropertyData),
    ClassMethod(Value),
    StaticMethod(Value),
    /// A `__slots__` member: stored under `name` in the instance's hidden storage.
    Member {
        name: Value,
        owner: ObjRef,
    },
    /// `super(type_, obj)`; `obj_type` is the class the MRO is taken from.
    Super {
        type_: ObjRef,
        obj: Value,
        obj_type: Option<ObjRef>,
    },
    /// The iterator of a class with `__getitem__` and no `__iter__`.
    SeqIter {
        seq: RefCell<Value>,
        index: Cell<i64>,
    },
    /// `cls.__dict__`.
    MappingProxy(ObjRef),
}

/// The type objects of the class machinery, built once per thread after the builtin types.
pub struct ClassTypes {
    pub property: ObjRef,
    pub classmethod: ObjRef,
    pub staticmethod: ObjRef,
    pub member: ObjRef,
    /// `getset_descriptor`: behaves as `member` (computed attributes of builtin types).
    pub getset: ObjRef,
    pub super_: ObjRef,
    pub mappingproxy: ObjRef,
    pub seq_iter: ObjRef,
    pub wrapper_descriptor: ObjRef,
    pub method_wrapper: ObjRef,
}

thread_local! {
    static CLASS_TYPES: &'static ClassTypes = Box::leak(Box::new(ClassTypes::build()));
    static WRAPPERS_INSTALLED: Cell<bool> = const { Cell::new(false) };
}

/// The class machinery's types (built, and the slot wrappers installed, on first use).
pub fn class_types() -> &'static ClassTypes {
    let ct = CLASS_TYPES.with(|t| *t);
    if !WRAPPERS_INSTALLED.with(|w| w.replace(true)) {
        crate::slot_wrappers::install_all(ct);
        crate::types::class::install_class_hooks();
    }
    ct
}

impl ClassTypes {
    fn build() -> ClassTypes {
        let bt = builtin_types();
        let b = TypeBuilder {
            type_: bt.type_.clone(),
        };
        let o = std::slice::from_ref(&bt.object);
        let base = flags::BASETYPE;
        ClassTypes {
            property: b.make("property", o, base, setup_property),
            classmethod: b.make("classmethod", o, base, setup_classmethod),
            staticmethod: b.make("staticmethod", o, base, setup_staticmethod),
            member: b.make("member_descriptor", o, 0, setup_member),
            getset: b.make("getset_descriptor", o, 0, setup_getset),
            super_: b.make("super", o, base, crate::types::super_::setup),
            mappingproxy: b.make("mappingproxy", o, 0, setup_mappingproxy),
            seq_iter: b.make("iterator", o, 0, setup_seq_iter),
            wrapper_descriptor: b.make(
                "wrapper_descriptor",
                o,
                0,
                crate::slot_wrappers::setup_descr,
            ),
            method_wrapper: b.make("method-wrapper", o, 0, crate::slot_wrappers::setup_bound),
        }
    }
}

/// A new object of one of the class machinery's types.
pub fn new_descr(cls: &ObjRef, d: Descr) -> Value {
    Value::Obj(PyObject::new(cls.clone(), Payload::Descr(Box::new(d))))
}

/// A `property(fget, fset, fdel, doc)` (native types' computed attributes use it).
pub fn new_property(fget: Value, fset: Value, fdel: Value, doc: Value) -> Value {
    new_descr(
        &class_types().property,
        Descr::Property(PropertyData {
            fget,
            fset,
            fdel,
            doc,
            name: RefCell::new(Value::None),
        }),
    )
}

/// The descriptor payload of `v`.
pub fn descr(v: &Value) -> Option<&Descr> {
    match v.payload()? {
        Payload::Descr(d) => Some(d),
        _ => None,
    }
}

fn str_of(v: &Value) -> String {
    v.as_str_data()
        .map(|s| s.lossy().into_owned())
        .unwrap_or_default()
}

fn attr_name(name: &Value) -> &str {
    name.as_str_data().and_then(|s| s.as_str()).unwrap_or("")
}

/// `descr.__get__` of a descriptor value, when it has one (functions bind, …).
pub fn bind(i: &mut dyn Interp, attr: Value, obj: Option<&Value>, cls: &ObjRef) -> PyResult<Value> {
    match td(&attr.class()).slots.descr_get.get() {
        Some(get) => get(i, &attr, obj, cls),
        None => Ok(attr),
    }
}

// ---- property ----

fn setup_property(t: &TypeData) {
    let s = &t.slots;
    s.new.set(Some(property_new));
    s.init.set(Some(|_, _, _| Ok(())));
    s.descr_get.set(Some(property_get));
    s.descr_set.set(Some(property_set));
    s.getattro.set(Some(property_getattr));
}

fn property_new(_i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    let sig = crate::argparse::Sig {
        fname: "property",
        names: &["fget", "fset", "fdel", "doc"],
        posonly: 0,
        required: 0,
    };
    let a = crate::argparse::parse(&args, &sig)?;
    let get = |k: usize| a.get(k).cloned().flatten().unwrap_or(Value::None);
    let (fget, fset, fdel, mut doc) = (get(0), get(1), get(2), get(3));
    if doc.is_none() && !fget.is_none() {
        if let Some(Payload::Function(f)) = fget.payload() {
            doc = f.doc.borrow().clone();
        }
    }
    Ok(new_descr(
        cls,
        Descr::Property(PropertyData {
            fget,
            fset,
            fdel,
            doc,
            name: RefCell::new(Value::None),
        }),
    ))
}

fn prop(v: &Value) -> PyResult<&PropertyData> {
    match descr(v) {
        Some(Descr::Property(p)) => Ok(p),
        _ => Err(type_error("descriptor requires a 'property' object")),
    }
}

fn prop_msg(p: &PropertyData, obj: &Value, what: &str) -> crate::error::PyErr {
    let name = p.name.borrow().clone();
    attribute_error(if name.is_none() {
        format!("property of '{}' object {what}", obj.class_name())
    } else {
        format!(
            "property '{}' of '{}' object {what}",
            str_of(&name),
            obj.class_name()
        )
    })
}

fn property_get(
    i: &mut dyn Interp,
    d: &Value,
    obj: Option<&Value>,
    _c: &ObjRef,
) -> PyResult<Value> {
    let p = prop(d)?;
    match obj {
        None | Some(Value::None) => Ok(d.clone()),
        Some(o) => {
            if p.fget.is_none() {
                return Err(prop_msg(p, o, "has no getter"));
            }
            let f = p.fget.clone();
            protocol::call0(i, &f, std::slice::from_ref(o))
        }
    }
}

fn property_set(i: &mut dyn Interp, d: &Value, obj: &Value, v: Option<Value>) -> PyResult<()> {
    let p = prop(d)?;
    match v {
        Some(v) => {
            if p.fset.is_none() {
                return Err(prop_msg(p, obj, "has no setter"));
            }
            let f = p.fset.clone();
            protocol::call0(i, &f, &[obj.clone(), v])?;
        }
        None => {
            if p.fdel.is_none() {
                return Err(prop_msg(p, obj, "has no deleter"));
            }
            let f = p.fdel.clone();
            protocol::call0(i, &f, std::slice::from_ref(obj))?;
        }
    }
    Ok(())
}

/// `prop.getter(f)` / `.setter(f)` / `.deleter(f)`: a copy with one accessor replaced.
fn property_copy(i: &mut dyn Interp, args: Args<'_>, which: usize) -> PyResult<Value> {
    let a = args.pos();
    if a.len() != 2 {
        return Err(type_error(format!(
            "{}() takes exactly one argument ({} given)",
            ["getter", "setter", "deleter"][which],
            a.len().saturating_sub(1)
        )));
    }
    let p = prop(&a[0])?;
    let mut parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    parts[which] = a[1].clone();
    let mut doc = p.doc.clone();
    if which == 0 && doc.is_none() {
        if let Some(Payload::Function(f)) = a[1].payload() {
            doc = f.doc.borrow().clone();
        }
    }
    let [fget, fset, fdel] = parts;
    let _ = i;
    Ok(new_descr(
        &a[0].class(),
        Descr::Property(PropertyData {
            fget,
            fset,
            fdel,
            doc,
            name: RefCell::new(p.name.borrow().clone()),
        }),
    ))
}

/// Whether a Python subclass of the native descriptor type that `v`'s class derives
/// from defines `name` itself (before the native type in the MRO): then the generic
/// lookup must find it, as CPython's does (e.g. `abc.abstractproperty` sets
/// `__isabstractmethod__ = True` on a `property` subclass).
fn shadowed_by_subclass(v: &Value, name: &Value) -> bool {
    let cls = v.class();
    let mro = crate::protocol::td(&cls).mro.borrow().clone();
    for t in &mro {
        if let Payload::Type(td) = &t.payload {
            if !td.has_flag(flags::HEAPTYPE) {
                return false;
            }
            if td.dict.borrow().get_str_key(name).is_some() {
                return true;
            }
        }
    }
    false
}

fn property_getattr(i: &mut dyn Interp, v: &Value, name: &Value) -> PyResult<Value> {
    let p = prop(v)?;
    if shadowed_by_subclass(v, name) {
        return protocol::generic_getattr(i, v, name);
    }
    let bound = |f: crate::typeobj::NativeFn, n: &'static str| {
        Ok(Value::Obj(PyObject::new(
            builtin_types().builtin_function.clone(),
            Payload::BuiltinFunction(crate::types::func::BuiltinFunction {
                name: n,
                func: f,
                self_: Some(v.clone()),
            }),
        )))
    };
    match attr_name(name) {
        "fget" => Ok(p.fget.clone()),
        "fset" => Ok(p.fset.clone()),
        "fdel" => Ok(p.fdel.clone()),
        "__doc__" => Ok(p.doc.clone()),
        "__set_name__" => bound(
            |_, a| {
                if let (Some(Descr::Property(p)), Some(n)) =
                    (a.pos().first().and_then(descr), a.pos().get(2))
                {
                    *p.name.borrow_mut() = n.clone();
                }
                Ok(Value::None)
            },
            "__set_name__",
        ),
        "getter" => bound(|i, a| property_copy(i, a, 0), "getter"),
        "setter" => bound(|i, a| property_copy(i, a, 1), "setter"),
        "deleter" => bound(|i, a| property_copy(i, a, 2), "deleter"),
        "__isabstractmethod__" => {
            let fs = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
            for f in &fs {
                if is_abstract(i, f)? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        _ => protocol::generic_getattr(i, v, name),
    }
}

/// `bool(getattr(f, "__isabstractmethod__", False))` (`_PyObject_IsAbstract`).
fn is_abstract(i: &mut dyn Interp, f: &Value) -> PyResult<bool> {
    if f.is_none() {
        return Ok(false);
    }
    match protocol::getattr_str(i, f, "__isabstractmethod__") {
        Ok(x) => protocol::truthy(i, &x),
        Err(e) if e.matches(&builtin_types().exc.attribute_error) => Ok(false),
        Err(e) => Err(e),
    }
}

// ---- classmethod / staticmethod ----

fn wrapped_func(v: &Value) -> Value {
    match descr(v) {
        Some(Descr::ClassMethod(f) | Descr::StaticMethod(f)) => f.clone(),
        _ => Value::None,
    }
}

fn wrapper_getattr(i: &mut dyn Interp, v: &Value, name: &Value) -> PyResult<Value> {
    let f = wrapped_func(v);
    if shadowed_by_subclass(v, name) {
        return protocol::generic_getattr(i, v, name);
    }
    match attr_name(name) {
        "__func__" | "__wrapped__" => Ok(f),
        "__name__" | "__qualname__" | "__doc__" | "__module__" => protocol::getattr(i, &f, name),
        "__isabstractmethod__" => Ok(Value::Bool(is_abstract(i, &f)?)),
        _ => protocol::generic_getattr(i, v, name),
    }
}

fn setup_classmethod(t: &TypeData) {
    let s = &t.slots;
    s.new.set(Some(|_, cls, args| {
        let a = args.pos();
        if args.has_kwargs() {
            return Err(type_error("classmethod() takes no keyword arguments"));
        }
        if a.len() != 1 {
            return Err(type_error(format!(
                "classmethod expected 1 argument, got {}",
                a.len()
            )));
        }
        Ok(new_descr(cls, Descr::ClassMethod(a[0].clone())))
    }));
    s.init.set(Some(|_, _, _| Ok(())));
    s.descr_get.set(Some(|i, d, obj, cls| {
        let f = wrapped_func(d);
        let owner = match obj {
            Some(o) if !o.is_none() && !protocol::is_type(o) => Value::Obj(o.class()),
            Some(o) if protocol::is_type(o) => o.clone(),
            _ => Value::Obj(cls.clone()),
        };
        let _ = i;
        Ok(crate::types::func::new_bound_method(f, owner))
    }));
    s.getattro.set(Some(wrapper_getattr));
}

fn setup_staticmethod(t: &TypeData) {
    let s = &t.slots;
    s.new.set(Some(|_, cls, args| {
        let a = args.pos();
        if args.has_kwargs() {
            return Err(type_error("staticmethod() takes no keyword arguments"));
        }
        if a.len() != 1 {
            return Err(type_error(format!(
                "staticmethod expected 1 argument, got {}",
                a.len()
            )));
        }
        Ok(new_descr(cls, Descr::StaticMethod(a[0].clone())))
    }));
    s.init.set(Some(|_, _, _| Ok(())));
    s.descr_get.set(Some(|_, d, _, _| Ok(wrapped_func(d))));
    s.call.set(Some(|i, d, args| {
        let f = wrapped_func(d);
        protocol::call(i, &f, args)
    }));
    s.getattro.set(Some(wrapper_getattr));
}

// ---- __slots__ members ----

fn member_parts(d: &Value) -> PyResult<(&Value, &ObjRef)> {
    match descr(d) {
        Some(Descr::Member { name, owner }) => Ok((name, owner)),
        _ => Err(type_error("descriptor requires a member")),
    }
}

fn member_check(d: &Value, obj: &Value) -> PyResult<()> {
    let (name, owner) = member_parts(d)?;
    let exact = obj.as_obj().is_some_and(|o| o.class_is(owner));
    if !exact && !protocol::isinstance(obj, owner) {
        return Err(type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            str_of(name),
            td(owner).name(),
            obj.class_name()
        )));
    }
    Ok(())
}

/// Where `obj`'s `__slots__` members live: the hidden dict of an instance whose class
/// has no `__dict__` (freed with the instance, seen by the collector), else a side table
/// apart from `__dict__` (`ext_dict`). An object's class, and so the choice, never
/// changes.
fn member_store(obj: &Value, create: bool) -> Option<Value> {
    let o = obj.as_obj()?;
    if let Payload::Instance(d) = &o.payload {
        if td(&o.class()).has_flag(flags::NO_DICT) {
            return Some(d.clone());
        }
    }
    if create {
        Some(crate::ext_dict::slots_or_create(o))
    } else {
        crate::ext_dict::get_slots(o)
    }
}

fn setup_getset(t: &TypeData) {
    setup_member(t);
    t.slots.repr.set(Some(|_, d| {
        let (name, owner) = member_parts(d)?;
        Ok(new_string(format!(
            "<attribute '{}' of '{}' objects>",
            str_of(name),
            td(owner).name()
        )))
    }));
}

fn setup_member(t: &TypeData) {
    let s = &t.slots;
    s.descr_get.set(Some(|i, d, obj, _| {
        let Some(obj) = obj.filter(|o| !o.is_none()) else {
            return Ok(d.clone());
        };
        member_check(d, obj)?;
        let (name, owner) = member_parts(d)?;
        // A member of a builtin type (`FunctionType.__globals__`, `float.real`): its
        // own getattro answers the name.
        if !td(owner).has_flag(flags::HEAPTYPE) {
            if let Some(f) = td(owner).slots.getattro.get() {
                if !std::ptr::fn_addr_eq(f, protocol::generic_getattr as crate::typeobj::GetAttrFn)
                {
                    return f(i, obj, name);
                }
            }
        }
        let got = member_store(obj, false)
            .and_then(|d| crate::types::dict::as_dict(&d)?.borrow().get_str_key(name));
        got.ok_or_else(|| protocol::no_attribute(obj, name))
    }));
    s.descr_set.set(Some(|_, d, obj, v| {
        member_check(d, obj)?;
        let (name, _) = member_parts(d)?;
        let Some(store) = member_store(obj, true) else {
            return Err(protocol::no_attribute(obj, name));
        };
        let Some(dd) = crate::types::dict::as_dict(&store) else {
            return Err(protocol::no_attribute(obj, name));
        };
        match v {
            Some(v) => dd.borrow_mut().set_str_key(name.clone(), v),
            None => {
                if dd.borrow_mut().remove_str_key(name).is_none() {
                    return Err(protocol::no_attribute(obj, name));
                }
            }
        }
        Ok(())
    }));
    s.repr.set(Some(|_, d| {
        let (name, owner) = member_parts(d)?;
        Ok(new_string(format!(
            "<member '{}' of '{}' objects>",
            str_of(name),
            td(owner).name()
        )))
    }));
}

// ---- mappingproxy ----

fn proxy_type(v: &Value) -> PyResult<&ObjRef> {
    match descr(v) {
        Some(Descr::MappingProxy(t)) => Ok(t),
        _ => Err(type_error("not a mappingproxy")),
    }
}

/// The dict a mappingproxy shows: a class's dict, or a plain dict ([`new_dict_proxy`]).
fn proxied(t: &ObjRef) -> Option<std::cell::Ref<'_, crate::types::dict::DictData>> {
    match &t.payload {
        crate::object::Payload::Type(_) => Some(td(t).dict.borrow()),
        crate::object::Payload::Dict(d) => Some(d.borrow()),
        _ => None,
    }
}

/// What a mappingproxy's operations act on: a snapshot of a class's dict (which is no
/// dict object), else the proxied mapping itself (a dict, or any mapping given to
/// `types.MappingProxyType`).
pub fn proxy_copy(v: &Value) -> PyResult<Value> {
    let t = proxy_type(v)?;
    match &t.payload {
        crate::object::Payload::Type(_) => {
            Ok(crate::types::dict::new_dict(td(t).dict.borrow().clone()))
        }
        _ => Ok(Value::Obj(t.clone())),
    }
}

/// `types.MappingProxyType(mapping)`: anything with `__getitem__` except lists and
/// tuples.
fn mappingproxy_new(_i: &mut dyn Interp, _cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    let m = match (args.pos(), args.kwarg("mapping")) {
        ([m], None) | ([], Some(m)) => m.clone(),
        ([], None) => {
            return Err(type_error(
                "mappingproxy() missing required argument 'mapping' (pos 1)",
            ))
        }
        (p, _) => {
            return Err(type_error(format!(
                "mappingproxy() takes at most 1 argument ({} given)",
                p.len() + args.kwnames.len()
            )))
        }
    };
    let is_mapping = td(&m.class()).slots.getitem.get().is_some()
        && !matches!(
            m.payload(),
            Some(crate::object::Payload::List(_) | crate::object::Payload::Tuple(_))
        );
    match m.as_obj() {
        Some(o) if is_mapping => Ok(new_descr(
            &class_types().mappingproxy,
            Descr::MappingProxy(o.clone()),
        )),
        _ => Err(type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            m.class_name()
        ))),
    }
}

/// A read-only `mappingproxy` over a dict value (`re.Pattern.groupindex`).
pub fn new_dict_proxy(dict: &Value) -> Value {
    match dict.as_obj() {
        Some(o) if matches!(o.payload, crate::object::Payload::Dict(_)) => {
            new_descr(&class_types().mappingproxy, Descr::MappingProxy(o.clone()))
        }
        _ => dict.clone(),
    }
}

fn setup_mappingproxy(t: &TypeData) {
    let s = &t.slots;
    s.new.set(Some(mappingproxy_new));
    s.richcompare.set(Some(|i, v, other, op| {
        let d = proxy_copy(v)?;
        protocol::richcompare(i, &d, other, op).map(Some)
    }));
    s.nb[crate::typeobj::BinOp::Or as usize].set(Some(|i, a, b| {
        // `proxy | x` and `x | proxy` act on copies (a new dict), like CPython's.
        let unwrap = |i: &mut dyn Interp, v: &Value| -> PyResult<Value> {
            if matches!(descr(v), Some(Descr::MappingProxy(_))) {
                let d = proxy_copy(v)?;
                let copy = protocol::getattr_str(i, &d, "copy")?;
                return protocol::call0(i, &copy, &[]);
            }
            Ok(v.clone())
        };
        let (x, y) = (unwrap(i, a)?, unwrap(i, b)?);
        protocol::binary_op1(i, &x, &y, crate::typeobj::BinOp::Or)
    }));
    s.repr.set(Some(|i, v| {
        let d = proxy_copy(v)?;
        let r = protocol::repr_string(i, &d)?;
        Ok(new_string(format!("mappingproxy({r})")))
    }));
    s.str.set(Some(|i, v| {
        let d = proxy_copy(v)?;
        protocol::str_(i, &d)
    }));
    s.getitem.set(Some(|i, v, k| {
        let d = proxy_copy(v)?;
        protocol::getitem(i, &d, k)
    }));
    s.len.set(Some(|i, v| match proxied(proxy_type(v)?) {
        Some(d) => Ok(d.len()),
        None => {
            let d = proxy_copy(v)?;
            protocol::len(i, &d)
        }
    }));
    s.contains.set(Some(|i, v, k| {
        let d = proxy_copy(v)?;
        protocol::contains(i, &d, k)
    }));
    s.iter.set(Some(|i, v| {
        let d = proxy_copy(v)?;
        protocol::iter(i, &d)
    }));
    s.getattro.set(Some(|i, v, name| {
        // keys(), values(), items(), get(), copy() … act on a snapshot.
        let d = proxy_copy(v)?;
        if attr_name(name) == "copy" {
            return protocol::getattr(i, &d, &new_str("copy"));
        }
        protocol::getattr(i, &d, name)
    }));
}

// ---- the sequence iterator ----

fn setup_seq_iter(t: &TypeData) {
    let s = &t.slots;
    s.iter.set(Some(|_, v| Ok(v.clone())));
    s.next.set(Some(|i, v| {
        let Some(Descr::SeqIter { seq, index }) = descr(v) else {
            return Ok(None);
        };
        let sq = seq.borrow().clone();
        if sq.is_null() {
            return Ok(None);
        }
        let k = index.get();
        match protocol::getitem(i, &sq, &Value::Int(k)) {
            Ok(x) => {
                index.set(k + 1);
                Ok(Some(x))
            }
            Err(e)
                if e.matches(&builtin_types().exc.index_error)
                    || e.matches(&builtin_types().exc.stop_iteration) =>
            {
                *seq.borrow_mut() = Value::Null;
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }));
}

/// `iter(obj)` for an object with `__getitem__` only.
pub fn new_seq_iter(seq: &Value) -> Value {
    new_descr(
        &class_types().seq_iter,
        Descr::SeqIter {
            seq: RefCell::new(seq.clone()),
            index: Cell::new(0),
        },
    )
}
