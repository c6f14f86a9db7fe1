//! `types.SimpleNamespace` (CPython's Objects/namespaceobject.c): an object whose
//! attributes are its `__dict__`, built from keyword arguments, with the repr
//! `namespace(a=1, b=2)` (a subclass shows its own name), equality by dict, and
//! `__reduce__`. `sys.implementation` is one, so `types.py` finds the type there.

use crate::args::Args;
use crate::error::{type_error, PyResult};
use crate::interp::Interp;
use crate::native::{make_type, native_ref, new_native, NativeData, TypeSpec};
use crate::object::ObjRef;
use crate::protocol;
use crate::typeobj::{flags, CmpOp, TypeData};
use crate::types::dict::{as_dict, new_dict, DictData};
use crate::types::str::new_string;
use crate::types::tuple::new_tuple;
use crate::types::MethodDef;
use crate::value::Value;

/// The instance state: nothing; the attributes live in the side `__dict__`
/// (`NATIVE_DICT`).
pub struct Namespace;

impl NativeData for Namespace {}

thread_local! {
    static NS_TYPE: ObjRef = make_type(&SPEC);
}

/// `types.SimpleNamespace`.
pub fn namespace_type() -> ObjRef {
    NS_TYPE.with(|t| t.clone())
}

/// A new `SimpleNamespace` with the attributes `items`, in order.
pub fn new_namespace(items: &[(&str, Value)]) -> Value {
    let v = new_native(namespace_type(), Namespace);
    if let Some(d) = protocol::instance_dict_value(&v) {
        if let Some(dd) = as_dict(&d) {
            let mut b = dd.borrow_mut();
            for (k, x) in items {
                b.set_str_key(crate::types::str::new_str(k), x.clone());
            }
        }
    }
    v
}

fn dict_of(v: &Value) -> Value {
    protocol::instance_dict_value(v).unwrap_or_else(|| new_dict(DictData::new()))
}

fn setup(t: &TypeData) {
    let s = &t.slots;
    s.new
        .set(Some(|_, cls, _args| Ok(new_native(cls.clone(), Namespace))));
    s.init.set(Some(|i, v, args| {
        if !args.pos().is_empty() {
            return Err(type_error("no positional arguments expected"));
        }
        let d = dict_of(v);
        for (k, x) in args.kwargs() {
            protocol::setitem(i, &d, k, x.clone())?;
        }
        Ok(())
    }));
    s.repr.set(Some(|i, v| {
        let cls = v.class();
        let name = if native_ref::<Namespace>(v).is_some()
            && std::rc::Rc::ptr_eq(&cls, &namespace_type())
        {
            "namespace".to_string()
        } else {
            protocol::td(&cls).name()
        };
        let Some(_g) = crate::types::reprguard::enter(v) else {
            return Ok(new_string(format!("{name}(...)")));
        };
        let d = dict_of(v);
        let items: Vec<(Value, Value)> = match as_dict(&d) {
            Some(dd) => dd.borrow().items(),
            None => Vec::new(),
        };
        let mut parts = Vec::with_capacity(items.len());
        for (k, x) in items {
            // Only str keys are shown (CPython skips the others).
            if let Some(ks) = k.as_str_data() {
                let r = protocol::repr_string(i, &x)?;
                parts.push(format!("{}={r}", ks.lossy()));
            }
        }
        Ok(new_string(format!("{name}({})", parts.join(", "))))
    }));
    s.richcompare.set(Some(|i, a, b, op| {
        let both = native_ref::<Namespace>(a).is_some() && native_ref::<Namespace>(b).is_some();
        if !both || !matches!(op, CmpOp::Eq | CmpOp::Ne) {
            return Ok(None);
        }
        let (da, db) = (dict_of(a), dict_of(b));
        protocol::richcompare(i, &da, &db, op).map(Some)
    }));
}

fn reduce(_i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let v = &a.pos()[0];
    Ok(new_tuple(vec![
        Value::Obj(v.class()),
        new_tuple(Vec::new()),
        dict_of(v),
    ]))
}

static METHODS: &[MethodDef] = &[crate::method!("__reduce__", reduce)];

static SPEC: TypeSpec = TypeSpec {
    flags: flags::BASETYPE | flags::NATIVE_DICT | flags::UNHASHABLE,
    methods: METHODS,
    doc: Some("A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)"),
    ..TypeSpec::new("SimpleNamespace", "types", setup)
};
