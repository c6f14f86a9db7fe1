//! `collections.defaultdict`: a `dict` subclass (its instances are dict payloads) whose
//! `__missing__` calls `default_factory`. The factory lives in the object's side storage
//! (`krait_object::ext_dict`, the `__slots__` member store) under [`KEY`].

use krait_object::args::Args;
use krait_object::error::{key_error, type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::native::{GetSetDef, TypeSpec, BASETYPE};
use krait_object::protocol::{self, td};
use krait_object::typeobj::{flags, BinOp, TypeData};
use krait_object::types::dict::{as_dict, get_by_name, set_by_name};
use krait_object::types::str::new_string;
use krait_object::types::tuple::new_tuple;
use krait_object::types::MethodDef;
use krait_object::{builtin_types, method, Value};

use super::meth_noargs;
use crate::native_type;

const KEY: &str = "default_factory";

/// `d.default_factory` (`None` when never set).
pub fn factory(d: &Value) -> Value {
    d.as_obj()
        .and_then(krait_object::ext_dict::get_slots)
        .and_then(|s| get_by_name(&s, KEY))
        .unwrap_or(Value::None)
}

fn set_factory(d: &Value, f: Value) {
    if let Some(o) = d.as_obj() {
        set_by_name(&krait_object::ext_dict::slots_or_create(o), KEY, f);
    }
}

fn check(v: &Value, method: &str) -> PyResult<()> {
    if as_dict(v).is_some() && protocol::isinstance(v, &defaultdict_type()) {
        return Ok(());
    }
    Err(type_error(format!(
        "descriptor '{method}' for 'collections.defaultdict' objects doesn't apply to a '{}' object",
        v.class_name()
    )))
}

fn init(i: &mut dyn Interp, v: &Value, args: Args<'_>) -> PyResult<()> {
    let pos = args.pos();
    let mut f = Value::None;
    if let Some(first) = pos.first() {
        if !first.is_none() && !protocol::is_callable(first) {
            return Err(type_error("first argument must be callable or None"));
        }
        f = first.clone();
    }
    set_factory(v, f);
    let rest = if pos.is_empty() {
        args
    } else {
        Args::new(&args.values[1..], args.kwnames)
    };
    match td(&builtin_types().dict).slots.init.get() {
        Some(dict_init) => dict_init(i, v, rest),
        None => Ok(()),
    }
}

fn missing(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("__missing__")?;
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(type_error(format!(
            "defaultdict.__missing__() takes exactly one argument ({} given)",
            pos.len().saturating_sub(1)
        )));
    }
    check(&pos[0], "__missing__")?;
    let f = factory(&pos[0]);
    if f.is_none() {
        return Err(key_error(pos[1].clone()));
    }
    let v = protocol::call0(i, &f, &[])?;
    protocol::setitem(i, &pos[0], &pos[1], v.clone())?;
    Ok(v)
}

fn repr(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let dict_repr = td(&builtin_types().dict).slots.repr.get();
    let base = match dict_repr {
        Some(r) => {
            let r = r(i, v)?;
            protocol::str_string(i, &r)?
        }
        None => "{}".into(),
    };
    let f = factory(v);
    let frepr = if f.is_none() {
        "None".to_string()
    } else {
        match krait_object::types::reprguard::enter(&f) {
            None => "...".to_string(),
            Some(_g) => protocol::repr_string(i, &f)?,
        }
    };
    let name = td(&v.class()).name();
    Ok(new_string(format!("{name}({frepr}, {base})")))
}

/// `type(d)(d.default_factory, arg)` (copy and `|`).
fn new_like(i: &mut dyn Interp, d: &Value, arg: &Value) -> PyResult<Value> {
    let f = factory(d);
    protocol::call0(i, &Value::Obj(d.class()), &[f, arg.clone()])
}

fn copy(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    meth_noargs(&args, "defaultdict.copy")?;
    let d = &args.pos()[0];
    check(d, "copy")?;
    new_like(i, d, d)
}

fn reduce(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    meth_noargs(&args, "defaultdict.__reduce__")?;
    let d = &args.pos()[0];
    check(d, "__reduce__")?;
    let f = factory(d);
    let fargs = if f.is_none() {
        new_tuple(Vec::new())
    } else {
        new_tuple(vec![f])
    };
    let items = protocol::getattr_str(i, d, "items")?;
    let items = protocol::call0(i, &items, &[])?;
    let it = protocol::iter(i, &items)?;
    Ok(new_tuple(vec![
        Value::Obj(d.class()),
        fargs,
        Value::None,
        Value::None,
        it,
    ]))
}

/// `defaultdict.fromkeys(iterable, value=None)`: `cls()` filled (dict's, for a subclass).
fn fromkeys(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("fromkeys")?;
    let pos = args.pos();
    let a = crate::modules::support::check_pos(&args.skip_self(), "fromkeys", 1, 2)?;
    let d = protocol::call0(i, &pos[0], &[])?;
    let value = a.get(1).cloned().unwrap_or(Value::None);
    let it = protocol::iter(i, &a[0])?;
    while let Some(k) = protocol::next(i, &it)? {
        protocol::setitem(i, &d, &k, value.clone())?;
    }
    Ok(d)
}

fn factory_get(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(factory(&args.pos()[0]))
}
fn factory_set(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() == 2 {
        set_factory(&pos[0], pos[1].clone());
    }
    Ok(Value::None)
}

fn setup(t: &TypeData) {
    let s = &t.slots;
    s.init.set(Some(init));
    s.repr.set(Some(repr));
    s.nb[BinOp::Or as usize].set(Some(|i, a, b| {
        let (this, other) = if protocol::isinstance(a, &defaultdict_type()) {
            (a, b)
        } else {
            (b, a)
        };
        if as_dict(other).is_none() {
            return Ok(None);
        }
        let new = new_like(i, this, a)?;
        if let Some(d) = as_dict(&new) {
            krait_object::types::dict::update_from(i, d, b)?;
        }
        Ok(Some(new))
    }));
}

static METHODS: &[MethodDef] = &[
    method!("__missing__", missing),
    method!("copy", copy),
    method!("__copy__", copy),
    method!("__reduce__", reduce),
];
static CLASS_METHODS: &[MethodDef] = &[
    method!("fromkeys", fromkeys),
    method!(
        "__class_getitem__",
        krait_object::types::genericalias::class_getitem
    ),
];
static GETSETS: &[GetSetDef] = &[GetSetDef {
    name: "default_factory",
    get: factory_get,
    set: Some(factory_set),
}];
fn dict_base() -> krait_object::ObjRef {
    builtin_types().dict.clone()
}
static DEFAULTDICT: TypeSpec = TypeSpec {
    flags: BASETYPE | flags::UNHASHABLE,
    base: Some(dict_base),
    methods: METHODS,
    class_methods: CLASS_METHODS,
    getsets: GETSETS,
    ..TypeSpec::new("defaultdict", "collections", setup)
};
native_type!(pub defaultdict_type, DEFAULTDICT);
