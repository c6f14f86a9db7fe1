//! `aiter` and `anext` (Python/bltinmodule.c), and `anext(it, default)`'s awaitable
//! (Objects/iterobject.c `anextawaitable`): it drives the awaitable of `it.__anext__()`
//! and turns its `StopAsyncIteration` into `StopIteration(default)`, so `await` gives the
//! default.

use std::cell::RefCell;

use krait_object::args::Args;
use krait_object::error::{type_error, PyErr, PyResult};
use krait_object::gc::traverse::{Busy, Visit};
use krait_object::native::{make_type, native_ref, new_native, visit_value, NativeData, TypeSpec};
use krait_object::object::Payload;
use krait_object::typeobj::TypeData;
use krait_object::{builtin_types, protocol, Interp, ObjRef, Value};

use super::FunctionTable;

pub static FUNCTIONS: FunctionTable = &[("aiter", aiter), ("anext", anext)];

/// `type(v).<name>` bound to `v`, when the type has it.
fn special(i: &mut dyn Interp, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let cls = v.class();
    match protocol::td(&cls).lookup_str(name) {
        Some(f) => Ok(Some(krait_object::descr::bind(i, f, Some(v), &cls)?)),
        None => Ok(None),
    }
}

fn is_async_gen(v: &Value) -> Option<&ObjRef> {
    match (v.payload(), v) {
        (Some(Payload::Generator(g)), Value::Obj(o))
            if g.kind == krait_object::types::gen::GenKind::AsyncGenerator =>
        {
            Some(o)
        }
        _ => None,
    }
}

fn aiter(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("aiter")?;
    let a = args.exact("aiter", 1)?;
    let Some(f) = special(i, &a[0], "__aiter__")? else {
        return Err(type_error(format!(
            "'{}' object is not an async iterable",
            a[0].class_name()
        )));
    };
    let it = protocol::call0(i, &f, &[])?;
    if protocol::td(&it.class()).lookup_str("__anext__").is_none() {
        return Err(type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            it.class_name()
        )));
    }
    Ok(it)
}

fn anext(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("anext")?;
    let a = args.between("anext", 1, 2)?;
    let awaitable = match is_async_gen(&a[0]) {
        Some(o) => krait_object::types::gen_async::anext_awaitable(o),
        None => {
            let Some(f) = special(i, &a[0], "__anext__")? else {
                return Err(type_error(format!(
                    "'{}' object is not an async iterator",
                    a[0].class_name()
                )));
            };
            protocol::call0(i, &f, &[])?
        }
    };
    match a.get(1) {
        None => Ok(awaitable),
        Some(d) => Ok(new_native(
            ANEXT_T.with(Clone::clone),
            AnextAwaitable {
                state: RefCell::new((awaitable, d.clone(), Value::Null)),
            },
        )),
    }
}

/// (the awaitable from `__anext__`, the default, its iterator once started)
struct AnextAwaitable {
    state: RefCell<(Value, Value, Value)>,
}

impl NativeData for AnextAwaitable {
    fn traverse(&self, visit: Visit) -> Result<(), Busy> {
        let s = self.state.try_borrow().map_err(|_| Busy)?;
        for v in [&s.0, &s.1, &s.2] {
            visit_value(v, visit);
        }
        Ok(())
    }
    fn clear_refs(&self, trash: &mut Vec<Value>) -> Result<(), Busy> {
        let mut s = self.state.try_borrow_mut().map_err(|_| Busy)?;
        let (a, b, c) = std::mem::replace(&mut *s, (Value::Null, Value::Null, Value::Null));
        trash.extend([a, b, c]);
        Ok(())
    }
    fn tracked(&self) -> bool {
        true
    }
}

static ANEXT_SPEC: TypeSpec = TypeSpec {
    methods: &[
        krait_object::method!("send", aw_send),
        krait_object::method!("throw", aw_throw),
        krait_object::method!("close", aw_close),
        krait_object::method!("__await__", aw_self),
    ],
    ..TypeSpec::new("anext_awaitable", "", aw_setup)
};

thread_local! {
    static ANEXT_T: ObjRef = make_type(&ANEXT_SPEC);
}

fn aw_setup(t: &TypeData) {
    t.slots.iter.set(Some(|_, v| Ok(v.clone())));
    t.slots
        .next
        .set(Some(|i, v| match proxy(i, v, "send", &[Value::None]) {
            Ok(x) => Ok(Some(x)),
            Err(e) => Err(e),
        }));
}

fn aw_self(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(args.pos()[0].clone())
}

/// The iterator behind the awaitable: a coroutine itself, else `__await__()`.
fn inner_iter(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let Some(aw) = native_ref::<AnextAwaitable>(v) else {
        return Err(type_error("expected anext_awaitable"));
    };
    let (awaitable, cur) = {
        let s = aw.state.borrow();
        (s.0.clone(), s.2.clone())
    };
    if !cur.is_null() {
        return Ok(cur);
    }
    let it = if matches!(awaitable.payload(), Some(Payload::Generator(_))) {
        awaitable
    } else {
        let f = protocol::getattr_str(i, &awaitable, "__await__")?;
        protocol::call0(i, &f, &[])?
    };
    aw.state.borrow_mut().2 = it.clone();
    Ok(it)
}

/// Calls `it.<method>(args)`; a `StopAsyncIteration` becomes `StopIteration(default)`.
fn proxy(i: &mut dyn Interp, v: &Value, method: &str, args: &[Value]) -> PyResult<Value> {
    let it = inner_iter(i, v)?;
    let r = if method == "send" && args.first().is_some_and(|a| a.is_none()) {
        match protocol::next(i, &it) {
            Ok(Some(x)) => Ok(x),
            Ok(None) => Err(krait_object::error::stop_iteration()),
            Err(e) => Err(e),
        }
    } else {
        let f = protocol::getattr_str(i, &it, method)?;
        protocol::call0(i, &f, args)
    };
    match r {
        Err(e) if e.matches(&builtin_types().exc.stop_async_iteration) => {
            let d = native_ref::<AnextAwaitable>(v)
                .map(|a| a.state.borrow().1.clone())
                .unwrap_or(Value::None);
            Err(stop_iteration_with(i, d))
        }
        r => r,
    }
}

fn stop_iteration_with(i: &mut dyn Interp, value: Value) -> PyErr {
    let cls = Value::Obj(builtin_types().exc.stop_iteration.clone());
    match protocol::call0(i, &cls, &[value]) {
        Ok(Value::Obj(o)) => PyErr::new(o),
        Ok(_) => krait_object::error::stop_iteration(),
        Err(e) => e,
    }
}

fn aw_send(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("send", 2)?;
    proxy(i, &a[0], "send", &a[1..])
}

fn aw_throw(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.between("throw", 2, 4)?;
    proxy(i, &a[0], "throw", &a[1..])
}

fn aw_close(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("close", 1)?;
    let it = inner_iter(i, &a[0])?;
    match protocol::getattr_str(i, &it, "close") {
        Ok(f) => protocol::call0(i, &f, &[]),
        Err(_) => Ok(Value::None),
    }
}
