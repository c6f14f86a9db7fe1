//! `types.SimpleNamespace` (Objects/namespaceobject.c): an object whose attributes are
//! its `__dict__`, built from a mapping and/or keywords, with the `namespace(a=1)` repr
//! (`namespace(...)` on recursion), equality by dict, and `__reduce__`.

use crate::args::Args;
use crate::error::{type_error, PyResult};
use crate::interp::Interp;
use crate::native::{make_type, new_native, NativeData, TypeSpec, BASETYPE};
use crate::object::ObjRef;
use crate::protocol;
use crate::typeobj::{flags, CmpOp, TypeData};
use crate::types::str::{new_str, new_string};
use crate::types::tuple::new_tuple;
use crate::value::Value;

pub struct Namespace;
impl NativeData for Namespace {}

static SPEC: TypeSpec = TypeSpec {
    flags: BASETYPE | flags::NATIVE_DICT | flags::UNHASHABLE,
    methods: &[crate::method!("__reduce__", ns_reduce)],
    ..TypeSpec::new("SimpleNamespace", "types", setup)
};

thread_local! {
    static NS_TYPE: ObjRef = make_type(&SPEC);
    static REPR_ACTIVE: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The `types.SimpleNamespace` type object.
pub fn namespace_type() -> ObjRef {
    NS_TYPE.with(Clone::clone)
}

/// A new namespace with these attributes.
pub fn new_namespace(items: &[(&str, Value)]) -> Value {
    let v = new_native(namespace_type(), Namespace);
    if let Some(d) = protocol::instance_dict_value(&v) {
        if let Some(d) = crate::types::dict::as_dict(&d) {
            let mut d = d.borrow_mut();
            for (k, x) in items {
                d.set_str_key(new_str(k), x.clone());
            }
        }
    }
    v
}

fn setup(t: &TypeData) {
    let s = &t.slots;
    s.new
        .set(Some(|_, cls, _| Ok(new_native(cls.clone(), Namespace))));
    s.init.set(Some(ns_init));
    s.repr.set(Some(ns_repr));
    s.richcompare.set(Some(|i, a, b, op| {
        let nt = namespace_type();
        if !protocol::isinstance(a, &nt) || !protocol::isinstance(b, &nt) {
            return Ok(None);
        }
        if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
            return Ok(None);
        }
        let (Some(x), Some(y)) = (
            protocol::instance_dict_value(a),
            protocol::instance_dict_value(b),
        ) else {
            return Ok(None);
        };
        let r = protocol::richcompare(i, &x, &y, op)?;
        Ok(Some(r))
    }));
}

fn ns_init(i: &mut dyn Interp, v: &Value, args: Args<'_>) -> PyResult<()> {
    if !args.pos().is_empty() {
        return Err(type_error("no positional arguments expected"));
    }
    let Some(d) = protocol::instance_dict_value(v) else {
        return Ok(());
    };
    for (k, x) in args.kwargs() {
        protocol::setitem(i, &d, k, x.clone())?;
    }
    Ok(())
}

fn ns_repr(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let name = if v
        .class()
        .as_type()
        .is_some_and(|t| t.name() == "SimpleNamespace")
        && std::rc::Rc::ptr_eq(&v.class(), &namespace_type())
    {
        "namespace".to_string()
    } else {
        v.class().as_type().map(|t| t.name()).unwrap_or_default()
    };
    let id = v.id() as usize;
    if REPR_ACTIVE.with(|r| r.borrow().contains(&id)) {
        return Ok(new_string(format!("{name}(...)")));
    }
    REPR_ACTIVE.with(|r| r.borrow_mut().push(id));
    let r = (|| {
        let d = protocol::instance_dict_value(v).unwrap_or(Value::None);
        let items: Vec<(Value, Value)> = match crate::types::dict::as_dict(&d) {
            Some(dd) => dd.borrow().items(),
            None => Vec::new(),
        };
        let mut parts = Vec::with_capacity(items.len());
        for (k, x) in items {
            let Some(ks) = k.as_str_data().map(|s| s.lossy().into_owned()) else {
                continue;
            };
            parts.push(format!("{ks}={}", protocol::repr_string(i, &x)?));
        }
        Ok(new_string(format!("{name}({})", parts.join(", "))))
    })();
    REPR_ACTIVE.with(|r| {
        r.borrow_mut().pop();
    });
    r
}

fn ns_reduce(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = &args.pos()[0];
    let d = protocol::instance_dict_value(v).unwrap_or(Value::None);
    Ok(new_tuple(vec![
        Value::Obj(v.class()),
        crate::types::tuple::new_tuple(vec![]),
        d,
    ]))
}
