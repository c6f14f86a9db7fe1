//! `functools.partial`: `func`, `args` (a tuple) and `keywords` (a dict, handed out as
//! is, like CPython's). A partial of a partial (of a class that keeps partial's call and
//! has no `__dict__` yet) is flattened. Instances have a `__dict__` (`NATIVE_DICT`).

use krait_object::args::Args;
use krait_object::error::{attribute_error, type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::native::{native_ref, new_native, GetSetDef, TypeSpec, BASETYPE};
use krait_object::object::{ObjRef, Payload};
use krait_object::protocol::{self, td};
use krait_object::typeobj::{flags, TypeData};
use krait_object::types::dict::{as_dict, new_dict, DictData};
use krait_object::types::str::new_string;
use krait_object::types::tuple::new_tuple;
use krait_object::types::MethodDef;
use krait_object::{method, Value};

use crate::modules::support::{Cell, Refs};
use crate::native_type;

#[derive(Default)]
pub struct Partial {
    func: Value,
    /// A tuple.
    args: Value,
    /// A dict.
    keywords: Value,
}
impl Refs for Partial {
    fn refs(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.func);
        f(&self.args);
        f(&self.keywords);
    }
}
type P = Cell<Partial>;

fn this<'a>(v: &'a Value, name: &str) -> PyResult<&'a P> {
    crate::modules::support::this::<Partial>(v, name, "functools.partial")
}

fn parts(v: &Value, name: &str) -> PyResult<(Value, Value, Value)> {
    let s = this(v, name)?.get();
    Ok((s.func.clone(), s.args.clone(), s.keywords.clone()))
}

fn tuple_items(v: &Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

fn dict_items(v: &Value) -> Vec<(Value, Value)> {
    as_dict(v).map(|d| d.borrow().items()).unwrap_or_default()
}

fn partial_new(i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let Some(first) = pos.first() else {
        return Err(type_error("type 'partial' takes at least one argument"));
    };
    let mut func = first.clone();
    let mut pargs = Vec::new();
    let mut kw = DictData::new();
    let flatten = match (td(&func.class()).slots.call.get(), first.as_obj()) {
        (Some(c), Some(o)) => {
            std::ptr::fn_addr_eq(c, partial_call as krait_object::typeobj::CallFn)
                && krait_object::ext_dict::get(o).is_none()
        }
        _ => false,
    };
    if flatten {
        if let Some(p) = native_ref::<P>(first) {
            let s = p.get();
            func = s.func.clone();
            pargs = tuple_items(&s.args);
            if let Some(d) = as_dict(&s.keywords) {
                kw = d.borrow().clone();
            }
        }
    }
    if !protocol::is_callable(&func) {
        return Err(type_error("the first argument must be callable"));
    }
    pargs.extend(pos[1..].iter().cloned());
    let kwd = new_dict(kw);
    if let Some(d) = as_dict(&kwd) {
        for (k, v) in args.kwargs() {
            krait_object::types::dict::dict_set(i, d, k.clone(), v.clone())?;
        }
    }
    Ok(new_native(
        cls.clone(),
        Cell::new(Partial {
            func,
            args: new_tuple(pargs),
            keywords: kwd,
        }),
    ))
}

fn partial_call(i: &mut dyn Interp, v: &Value, args: Args<'_>) -> PyResult<Value> {
    let (func, pargs, kw) = parts(v, "__call__")?;
    let mut values = tuple_items(&pargs);
    values.extend(args.pos().iter().cloned());
    let mut merged: Vec<(Value, Value)> = dict_items(&kw);
    for (k, x) in args.kwargs() {
        match merged
            .iter_mut()
            .find(|(mk, _)| krait_object::types::dict::fast_eq(mk, k) == Some(true))
        {
            Some(slot) => slot.1 = x.clone(),
            None => merged.push((k.clone(), x.clone())),
        }
    }
    let mut kwnames = Vec::with_capacity(merged.len());
    for (k, x) in merged {
        kwnames.push(k);
        values.push(x);
    }
    protocol::call(i, &func, Args::new(&values, &kwnames))
}

fn partial_repr(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let name = td(&v.class()).tp_name();
    let Some(_g) = krait_object::types::reprguard::enter(v) else {
        return Ok(new_string("...".into()));
    };
    let (func, pargs, kw) = parts(v, "__repr__")?;
    let mut out = format!("{name}({}", protocol::repr_string(i, &func)?);
    for a in tuple_items(&pargs) {
        out.push_str(", ");
        out.push_str(&protocol::repr_string(i, &a)?);
    }
    for (k, x) in dict_items(&kw) {
        out.push_str(", ");
        out.push_str(&protocol::str_string(i, &k)?);
        out.push('=');
        out.push_str(&protocol::repr_string(i, &x)?);
    }
    out.push(')');
    Ok(new_string(out))
}

fn setup(t: &TypeData) {
    let s = &t.slots;
    s.new.set(Some(partial_new));
    s.call.set(Some(partial_call));
    s.repr.set(Some(partial_repr));
}

fn get_func(_i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    Ok(parts(&a.pos()[0], "func")?.0)
}
fn get_args(_i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    Ok(parts(&a.pos()[0], "args")?.1)
}
fn get_keywords(_i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    Ok(parts(&a.pos()[0], "keywords")?.2)
}
fn readonly(_i: &mut dyn Interp, _a: Args<'_>) -> PyResult<Value> {
    Err(attribute_error("readonly attribute"))
}

fn reduce(_i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let v = &a.pos()[0];
    let (func, pargs, kw) = parts(v, "__reduce__")?;
    let d = v
        .as_obj()
        .and_then(krait_object::ext_dict::get)
        .filter(|d| as_dict(d).is_some_and(|x| !x.borrow().is_empty()))
        .unwrap_or(Value::None);
    Ok(new_tuple(vec![
        Value::Obj(v.class()),
        new_tuple(vec![func.clone()]),
        new_tuple(vec![func, pargs, kw, d]),
    ]))
}

fn setstate(_i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let pos = a.pos();
    let v = &pos[0];
    let bad = || type_error("invalid partial state");
    let state = pos.get(1).ok_or_else(bad)?;
    let items = match state.payload() {
        Some(Payload::Tuple(t)) if t.len() == 4 => t.to_vec(),
        _ => return Err(bad()),
    };
    let (func, fargs, kw, d) = (&items[0], &items[1], &items[2], &items[3]);
    if !protocol::is_callable(func)
        || !matches!(fargs.payload(), Some(Payload::Tuple(_)))
        || (!kw.is_none() && as_dict(kw).is_none())
    {
        return Err(bad());
    }
    let kw = match as_dict(kw) {
        Some(x) => new_dict(x.borrow().clone()),
        None => new_dict(DictData::new()),
    };
    let fargs = new_tuple(tuple_items(fargs));
    {
        let mut s = this(v, "__setstate__")?.get_mut();
        s.func = func.clone();
        s.args = fargs;
        s.keywords = kw;
    }
    if let (Some(o), Some(src)) = (v.as_obj(), as_dict(d)) {
        let items = src.borrow().items();
        let dv = krait_object::ext_dict::get_or_create(o);
        if let Some(dst) = as_dict(&dv) {
            let mut dst = dst.borrow_mut();
            dst.clear();
            for (k, x) in items {
                dst.set_str_key(k, x);
            }
        }
    }
    Ok(Value::None)
}

static METHODS: &[MethodDef] = &[
    method!("__reduce__", reduce),
    method!("__setstate__", setstate),
];
static GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "func",
        get: get_func,
        set: Some(readonly),
    },
    GetSetDef {
        name: "args",
        get: get_args,
        set: Some(readonly),
    },
    GetSetDef {
        name: "keywords",
        get: get_keywords,
        set: Some(readonly),
    },
];
static PARTIAL: TypeSpec = TypeSpec {
    flags: BASETYPE | flags::NATIVE_DICT,
    methods: METHODS,
    class_methods: &[method!(
        "__class_getitem__",
        krait_object::types::genericalias::class_getitem
    )],
    getsets: GETSETS,
    doc: Some("partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n"),
    ..TypeSpec::new("partial", "functools", setup)
};
native_type!(pub partial_type, PARTIAL);
