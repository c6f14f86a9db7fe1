//! `_abc` (Modules/_abc.c): the C accelerator behind `abc.ABCMeta`. Each ABC holds an
//! `_abc_data` object in `_abc_impl`: the registry of virtual subclasses and the
//! positive/negative subclass-check caches, all held weakly (CPython keeps sets of
//! weakrefs); the negative cache is valid only while its version equals the global
//! invalidation counter, which `register` bumps (`get_cache_token`).

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use krait_object::args::Args;
use krait_object::error::{new_error, runtime_error, type_error, PyResult};
use krait_object::native::{make_type, native_ref, new_native, NativeData, TypeSpec};
use krait_object::typeobj::{flags, TypeData};
use krait_object::types::str::new_str;
use krait_object::{protocol, Interp, ObjRef, Payload, PyObject, Value};

use super::new_module_with;
use crate::vm::Vm;

/// `Py_TPFLAGS_SEQUENCE` / `Py_TPFLAGS_MAPPING` (pattern matching), set from a class's
/// `__abc_tpflags__`.
pub const COLLECTION_FLAGS: u32 = flags::SEQUENCE | flags::MAPPING;

thread_local! {
    static INVALIDATION_COUNTER: Cell<i64> = const { Cell::new(0) };
    static DATA_TYPE: ObjRef = make_type(&DATA_SPEC);
}

static DATA_SPEC: TypeSpec = TypeSpec::new("_abc_data", "_abc", data_setup);

fn data_setup(t: &TypeData) {
    t.slots.new.set(Some(|_, cls, _| Ok(new_data(cls.clone()))));
}

/// A set of classes held weakly.
#[derive(Default)]
struct WeakSet(RefCell<Vec<Weak<PyObject>>>);

impl WeakSet {
    fn contains(&self, c: &ObjRef) -> bool {
        self.0.borrow().iter().any(|w| w.as_ptr() == Rc::as_ptr(c))
    }
    fn add(&self, c: &ObjRef) {
        if !self.contains(c) {
            let mut v = self.0.borrow_mut();
            v.retain(|w| w.strong_count() > 0);
            v.push(Rc::downgrade(c));
        }
    }
    fn clear(&self) {
        self.0.borrow_mut().clear();
    }
    fn live(&self) -> Vec<ObjRef> {
        self.0.borrow().iter().filter_map(Weak::upgrade).collect()
    }
}

#[derive(Default)]
struct AbcData {
    registry: WeakSet,
    cache: WeakSet,
    negative_cache: WeakSet,
    negative_cache_version: Cell<i64>,
}

impl NativeData for AbcData {}

fn new_data(cls: ObjRef) -> Value {
    let d = AbcData::default();
    d.negative_cache_version.set(counter());
    new_native(cls, d)
}

fn counter() -> i64 {
    INVALIDATION_COUNTER.with(Cell::get)
}

/// `cls._abc_impl`.
fn impl_of(i: &mut dyn Interp, cls: &Value) -> PyResult<Value> {
    let v = protocol::getattr_str(i, cls, "_abc_impl")?;
    if native_ref::<AbcData>(&v).is_none() {
        return Err(type_error("_abc_impl is set to a wrong type"));
    }
    Ok(v)
}

fn data(v: &Value) -> PyResult<&AbcData> {
    native_ref::<AbcData>(v).ok_or_else(|| type_error("_abc_impl is set to a wrong type"))
}

fn is_abstract(i: &mut dyn Interp, v: &Value) -> PyResult<bool> {
    match protocol::getattr_str(i, v, "__isabstractmethod__") {
        Ok(x) => protocol::truthy(i, &x),
        Err(e) if e.matches(&krait_object::builtin_types().exc.attribute_error) => Ok(false),
        Err(e) => Err(e),
    }
}

/// `getattr(v, name)`, None on AttributeError.
fn getattr_opt(i: &mut dyn Interp, v: &Value, name: &str) -> PyResult<Option<Value>> {
    match protocol::getattr_str(i, v, name) {
        Ok(x) => Ok(Some(x)),
        Err(e) if e.matches(&krait_object::builtin_types().exc.attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

fn one_arg<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    Ok(&args.exact(name, 1)?[0])
}

fn abc_init(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let cls = one_arg(&args, "_abc_init")?.clone();
    // Abstract methods: the namespace's, plus the bases' still abstract here.
    let ns = protocol::getattr_str(i, &cls, "__dict__")?;
    let items_m = protocol::getattr_str(i, &ns, "items")?;
    let items = protocol::call0(i, &items_m, &[])?;
    let mut abstracts: Vec<Value> = Vec::new();
    for pair in protocol::collect(i, &items)? {
        let kv = protocol::collect(i, &pair)?;
        if kv.len() == 2 && is_abstract(i, &kv[1])? {
            abstracts.push(kv[0].clone());
        }
    }
    let bases = protocol::getattr_str(i, &cls, "__bases__")?;
    let Some(Payload::Tuple(bases)) = bases.payload() else {
        return Err(type_error("__bases__ is not tuple"));
    };
    let bases = bases.to_vec();
    for base in bases {
        let Some(base_abs) = getattr_opt(i, &base, "__abstractmethods__")? else {
            continue;
        };
        for key in protocol::collect(i, &base_abs)? {
            let Some(name) = key.as_str_data().map(|s| s.lossy().into_owned()) else {
                continue;
            };
            if let Some(value) = getattr_opt(i, &cls, &name)? {
                if is_abstract(i, &value)? {
                    abstracts.push(key);
                }
            }
        }
    }
    let fs = protocol::call0(
        i,
        &Value::Obj(krait_object::builtin_types().frozenset.clone()),
        &[krait_object::types::list::new_list(abstracts)],
    )?;
    protocol::setattr(i, &cls, &new_str("__abstractmethods__"), Some(fs))?;
    let d = new_data(DATA_TYPE.with(Clone::clone));
    protocol::setattr(i, &cls, &new_str("_abc_impl"), Some(d))?;
    // `__abc_tpflags__` in the class body marks collections.abc.Sequence/Mapping.
    if let Some(t) = cls.as_obj().and_then(|o| o.as_type()) {
        let fl = t.dict.borrow().get_str("__abc_tpflags__");
        if let Some(fl) = fl {
            if let Value::Int(n) = fl {
                let n = n as u32 & COLLECTION_FLAGS;
                t.flags.set(t.flags.get() | n);
            }
            let old = t
                .dict
                .borrow_mut()
                .remove_str_key(&new_str("__abc_tpflags__"));
            drop(old);
        }
    }
    Ok(Value::None)
}

fn as_type(v: &Value) -> Option<&ObjRef> {
    v.as_obj().filter(|o| o.as_type().is_some())
}

fn abc_register(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("_abc_register", 2)?;
    let (cls, sub) = (&pos[0], &pos[1]);
    let Some(sub_t) = as_type(sub) else {
        return Err(type_error("Can only register classes"));
    };
    if crate::builtins::instancecheck::issubclass(i, sub, cls)? {
        return Ok(sub.clone());
    }
    if crate::builtins::instancecheck::issubclass(i, cls, sub)? {
        return Err(runtime_error("Refusing to create an inheritance cycle"));
    }
    let imp = impl_of(i, cls)?;
    data(&imp)?.registry.add(sub_t);
    INVALIDATION_COUNTER.with(|c| c.set(c.get() + 1));
    // Virtual subclasses of Sequence/Mapping match like them.
    if let (Some(ct), Some(st)) = (cls.as_obj().and_then(|o| o.as_type()), sub_t.as_type()) {
        let cf = ct.flags.get() & COLLECTION_FLAGS;
        if cf != 0 && st.has_flag(flags::HEAPTYPE) && st.flags.get() & COLLECTION_FLAGS == 0 {
            st.flags.set(st.flags.get() | cf);
        }
    }
    Ok(sub.clone())
}

/// `cls.__subclasscheck__(sub)`, through the metaclass like a method call.
fn call_subclasscheck(i: &mut dyn Interp, cls: &Value, sub: &Value) -> PyResult<bool> {
    let f = protocol::getattr_str(i, cls, "__subclasscheck__")?;
    let r = protocol::call0(i, &f, std::slice::from_ref(sub))?;
    protocol::truthy(i, &r)
}

fn abc_instancecheck(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("_abc_instancecheck", 2)?;
    let (cls, inst) = (&pos[0], &pos[1]);
    let imp = impl_of(i, cls)?;
    let subclass = protocol::getattr_str(i, inst, "__class__")?;
    if let Some(s) = subclass.as_obj() {
        if data(&imp)?.cache.contains(s) {
            return Ok(Value::Bool(true));
        }
    }
    let subtype = Value::Obj(inst.class());
    if subtype.is(&subclass) {
        let d = data(&imp)?;
        if d.negative_cache_version.get() == counter()
            && subclass
                .as_obj()
                .is_some_and(|s| d.negative_cache.contains(s))
        {
            return Ok(Value::Bool(false));
        }
        return Ok(Value::Bool(call_subclasscheck(i, cls, &subclass)?));
    }
    if call_subclasscheck(i, cls, &subclass)? {
        return Ok(Value::Bool(true));
    }
    Ok(Value::Bool(call_subclasscheck(i, cls, &subtype)?))
}

fn abc_subclasscheck(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("_abc_subclasscheck", 2)?;
    let (cls, sub) = (&pos[0], &pos[1]);
    let Some(sub_o) = as_type(sub) else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    let imp = impl_of(i, cls)?;
    let d = data(&imp)?;
    if d.cache.contains(sub_o) {
        return Ok(Value::Bool(true));
    }
    if d.negative_cache_version.get() < counter() {
        d.negative_cache.clear();
        d.negative_cache_version.set(counter());
    } else if d.negative_cache.contains(sub_o) {
        return Ok(Value::Bool(false));
    }
    // 1. The subclass hook.
    let hook = protocol::getattr_str(i, cls, "__subclasshook__")?;
    let ok = protocol::call0(i, &hook, std::slice::from_ref(sub))?;
    let d = data(&imp)?;
    match ok {
        Value::Bool(true) => {
            d.cache.add(sub_o);
            return Ok(Value::Bool(true));
        }
        Value::Bool(false) => {
            d.negative_cache.add(sub_o);
            return Ok(Value::Bool(false));
        }
        Value::Obj(ref o) if matches!(o.payload, Payload::NotImplemented) => {}
        _ => {
            return Err(new_error(
                &krait_object::builtin_types().exc.assertion_error,
                "__subclasshook__ must return either False, True, or NotImplemented",
            ))
        }
    }
    // 2. A direct subclass.
    let direct = sub_o.as_type().is_some_and(|t| {
        t.mro
            .borrow()
            .iter()
            .any(|c| cls.as_obj().is_some_and(|k| Rc::ptr_eq(c, k)))
    });
    if direct {
        d.cache.add(sub_o);
        return Ok(Value::Bool(true));
    }
    // 3. A subclass of a registered class (recursively).
    for r in d.registry.live() {
        if crate::builtins::instancecheck::issubclass(i, sub, &Value::Obj(r))? {
            data(&imp)?.cache.add(sub_o);
            return Ok(Value::Bool(true));
        }
    }
    // 4. A subclass of a subclass (recursively).
    let subs_m = protocol::getattr_str(i, cls, "__subclasses__")?;
    let subs = protocol::call0(i, &subs_m, &[])?;
    for s in protocol::collect(i, &subs)? {
        if crate::builtins::instancecheck::issubclass(i, sub, &s)? {
            data(&imp)?.cache.add(sub_o);
            return Ok(Value::Bool(true));
        }
    }
    data(&imp)?.negative_cache.add(sub_o);
    Ok(Value::Bool(false))
}

fn ref_set(i: &mut dyn Interp, s: &WeakSet) -> PyResult<Value> {
    let rt = super::_weakref::ref_type();
    let mut refs = Vec::new();
    for c in s.live() {
        refs.push(super::_weakref::make_ref(
            &rt,
            super::_weakref::Kind::Ref,
            &Value::Obj(c),
            Value::None,
        )?);
    }
    krait_object::types::set::set_from_values(i, refs)
}

fn get_dump(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let cls = one_arg(&args, "_get_dump")?;
    let imp = impl_of(i, cls)?;
    let d = data(&imp)?;
    let items = vec![
        ref_set(i, &d.registry)?,
        ref_set(i, &d.cache)?,
        ref_set(i, &d.negative_cache)?,
        Value::Int(d.negative_cache_version.get()),
    ];
    Ok(krait_object::types::tuple::new_tuple(items))
}

fn reset_registry(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let cls = one_arg(&args, "_reset_registry")?;
    let imp = impl_of(i, cls)?;
    data(&imp)?.registry.clear();
    Ok(Value::None)
}

fn reset_caches(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let cls = one_arg(&args, "_reset_caches")?;
    let imp = impl_of(i, cls)?;
    data(&imp)?.cache.clear();
    data(&imp)?.negative_cache.clear();
    Ok(Value::None)
}

fn get_cache_token(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("get_cache_token", 0)?;
    Ok(Value::Int(counter()))
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with(
        "_abc",
        &[
            ("get_cache_token", get_cache_token),
            ("_abc_init", abc_init),
            ("_abc_register", abc_register),
            ("_abc_instancecheck", abc_instancecheck),
            ("_abc_subclasscheck", abc_subclasscheck),
            ("_get_dump", get_dump),
            ("_reset_registry", reset_registry),
            ("_reset_caches", reset_caches),
        ],
    );
    super::set_attr(&m, "_abc_data", Value::Obj(DATA_TYPE.with(Clone::clone)));
    Ok(m)
}
