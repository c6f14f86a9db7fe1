//! Struct sequences (CPython's `structseq`): tuple subclasses whose items also have
//! names, like `sys.version_info` and `sys.float_info`. Each is a type deriving from
//! `tuple` whose dict maps every field name to its index (an int) and holds
//! `__module__`; attribute lookup of a field reads the item, `repr` prints
//! `module.name(field=value, ...)`.

use krait_object::error::PyResult;
use krait_object::interp::Interp;
use krait_object::object::{ObjRef, Payload, PyObject};
use krait_object::protocol;
use krait_object::typeobj::TypeData;
use krait_object::types::str::{new_str, new_string};
use krait_object::types::{builtin_types, TypeBuilder};
use krait_object::Value;

fn setup(t: &TypeData) {
    t.slots.getattro.set(Some(structseq_getattr));
    t.slots.repr.set(Some(structseq_repr));
}

/// The field names of a struct sequence type, in order.
fn fields(cls: &ObjRef) -> Vec<(Value, usize)> {
    let t = protocol::td(cls);
    let d = t.dict.borrow();
    let mut out: Vec<(Value, usize)> = d
        .items()
        .into_iter()
        .filter_map(|(k, v)| match v {
            Value::Int(n) if n >= 0 => Some((k, n as usize)),
            _ => None,
        })
        .collect();
    out.sort_by_key(|(_, n)| *n);
    out
}

fn structseq_getattr(i: &mut dyn Interp, v: &Value, name: &Value) -> PyResult<Value> {
    let cls = v.class();
    let idx = protocol::td(&cls).dict.borrow().get_str_key(name);
    if let (Some(Value::Int(n)), Some(Payload::Tuple(items))) = (&idx, v.payload()) {
        if *n < 0 {
            // A field outside the sequence (see `new_type_hidden`).
            let hidden = v.as_obj().and_then(krait_object::ext_dict::get_slots);
            if let Some(x) = hidden
                .as_ref()
                .and_then(krait_object::types::dict::as_dict)
                .and_then(|d| d.borrow().get_str_key(name))
            {
                return Ok(x);
            }
            return Ok(Value::None);
        }
        if let Some(x) = items.get(*n as usize) {
            return Ok(x.clone());
        }
    }
    protocol::generic_getattr(i, v, name)
}

fn structseq_repr(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let cls = v.class();
    let module = krait_object::types::object::type_module(&cls);
    let mut out = format!("{module}.{}(", protocol::td(&cls).name());
    let items = match v.payload() {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => Vec::new(),
    };
    for (k, (name, idx)) in fields(&cls).iter().enumerate() {
        if k > 0 {
            out.push_str(", ");
        }
        let n = name
            .as_str_data()
            .map(|s| s.lossy().into_owned())
            .unwrap_or_default();
        let r = match items.get(*idx) {
            Some(x) => protocol::repr_string(i, x)?,
            None => String::new(),
        };
        out.push_str(&format!("{n}={r}"));
    }
    out.push(')');
    Ok(new_string(out))
}

/// A new struct sequence type `module.name` with `names`.
pub fn new_type(module: &str, name: &str, names: &[&str]) -> ObjRef {
    let t = builtin_types();
    let b = TypeBuilder {
        type_: t.type_.clone(),
    };
    let cls = b.make(name, std::slice::from_ref(&t.tuple), 0, setup);
    let td = protocol::td(&cls);
    let mut d = td.dict.borrow_mut();
    d.set_str_key(new_str("__module__"), new_str(module));
    for (k, n) in names.iter().enumerate() {
        d.set_str_key(new_str(n), Value::Int(k as i64));
    }
    drop(d);
    // Made per VM (not a builtin type living for the whole run): its MRO holds itself,
    // so only the cycle collector can free it.
    krait_object::gc::track(&cls);
    cls
}

/// An instance of struct sequence `cls` holding `items`.
pub fn new(cls: &ObjRef, items: Vec<Value>) -> Value {
    Value::Obj(PyObject::new(
        cls.clone(),
        Payload::Tuple(items.into_boxed_slice()),
    ))
}

/// `module.name(names...)` built in one step.
pub fn make(module: &str, name: &str, fields: &[(&str, Value)]) -> Value {
    let names: Vec<&str> = fields.iter().map(|(n, _)| *n).collect();
    let cls = new_type(module, name, &names);
    new(&cls, fields.iter().map(|(_, v)| v.clone()).collect())
}

/// A struct sequence type whose `visible` fields are the tuple's items and whose `hidden`
/// fields are reachable only by name (CPython's fields past `n_sequence_fields`, like
/// `os.stat_result.st_mtime_ns`). Hidden names map to negative indices in the type dict.
pub fn new_type_hidden(module: &str, name: &str, visible: &[&str], hidden: &[&str]) -> ObjRef {
    let cls = new_type(module, name, visible);
    let mut d = protocol::td(&cls).dict.borrow_mut();
    for (k, n) in hidden.iter().enumerate() {
        d.set_str_key(new_str(n), Value::Int(-(k as i64) - 1));
    }
    drop(d);
    cls
}

/// An instance of a `new_type_hidden` type: `hidden` pairs are stored by name beside the
/// tuple (in the object's side storage, `krait_object::ext_dict`).
pub fn new_hidden(cls: &ObjRef, items: Vec<Value>, hidden: &[(&str, Value)]) -> Value {
    let v = new(cls, items);
    if let Some(o) = v.as_obj() {
        let store = krait_object::ext_dict::slots_or_create(o);
        if let Some(d) = krait_object::types::dict::as_dict(&store) {
            let mut d = d.borrow_mut();
            for (n, x) in hidden {
                d.set_str_key(new_str(n), x.clone());
            }
        }
    }
    v
}
