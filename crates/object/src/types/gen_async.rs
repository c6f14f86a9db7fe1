//! The await protocol's helper objects (CPython's `genobject.c`): `coroutine_wrapper`
//! (`coro.__await__()`), and an async generator's `asend`/`athrow` awaitables with the
//! async generator's own methods (`__anext__`, `asend`, `athrow`, `aclose`).
//!
//! A helper's `send` returns the next value to pass up to the event loop, or fails
//! with `StopIteration(value)` when it is done (the value of the `await`).

use std::cell::Cell;

use crate::args::Args;
use crate::error::{new_error_noargs, runtime_error, type_error, PyErr, PyResult};
use crate::exceptions::new_exception;
use crate::interp::Interp;
use crate::object::{ObjRef, Payload};
use crate::typeobj::TypeData;
use crate::types::builtin_types;
use crate::types::gen::{
    self, gen_types, new_helper, AwaitState, GenArg, GenData, GenHelper, GenState,
};
use crate::types::str::new_string;
use crate::types::MethodDef;
use crate::value::Value;

fn helper(v: &Value) -> Option<&GenHelper> {
    match v.payload() {
        Some(Payload::GenHelper(h)) => Some(h),
        _ => None,
    }
}

fn agen(o: &ObjRef) -> PyResult<&GenData> {
    match &o.payload {
        Payload::Generator(g) => Ok(g),
        _ => Err(type_error("not an async generator")),
    }
}

/// `async_gen_unwrap_value`: a wrapped (async-yielded) value ends the awaitable with
/// `StopIteration(value)`; any other value passes up to the event loop.
fn unwrap_value(g: &GenData, r: PyResult<Value>) -> PyResult<Value> {
    let exc = &builtin_types().exc;
    match r {
        Err(e) => {
            if e.matches(&exc.stop_async_iteration) || e.matches(&exc.generator_exit) {
                g.closed.set(true);
            }
            g.running_async.set(false);
            Err(e)
        }
        Ok(v) => {
            if let Some(GenHelper::Wrapped(x)) = helper(&v) {
                g.running_async.set(false);
                return Err(stop_with(x.clone()));
            }
            Ok(v)
        }
    }
}

fn stop_with(v: Value) -> PyErr {
    if v.is_none() {
        return crate::error::stop_iteration();
    }
    PyErr::new(new_exception(&builtin_types().exc.stop_iteration, vec![v]))
}

fn is_wrapped(v: &Value) -> bool {
    matches!(helper(v), Some(GenHelper::Wrapped(_)))
}

/// `send(arg)` of a helper object.
pub fn helper_send(i: &mut dyn Interp, h: &Value, arg: Value) -> PyResult<Value> {
    match helper(h) {
        Some(GenHelper::CoroWrapper(c)) => gen::send_ex(i, c, GenArg::Send(arg), false),
        Some(GenHelper::ASend { gen, value, state }) => {
            let g = agen(gen)?;
            let mut arg = arg;
            match state.get() {
                AwaitState::Closed => {
                    return Err(runtime_error(
                        "cannot reuse already awaited __anext__()/asend()",
                    ))
                }
                AwaitState::Init => {
                    if g.running_async.get() {
                        return Err(runtime_error(
                            "anext(): asynchronous generator is already running",
                        ));
                    }
                    if arg.is_none() {
                        arg = value.clone();
                    }
                    state.set(AwaitState::Iter);
                }
                AwaitState::Iter => {}
            }
            g.running_async.set(true);
            let r = gen::send_ex(i, gen, GenArg::Send(arg), false);
            let r = unwrap_value(g, r);
            if r.is_err() {
                state.set(AwaitState::Closed);
            }
            r
        }
        Some(GenHelper::AThrow { gen, exc, state }) => athrow_send(i, gen, exc, state, arg),
        _ => Err(type_error("not an awaitable helper")),
    }
}

fn athrow_send(
    i: &mut dyn Interp,
    gen: &ObjRef,
    exc: &Option<PyErr>,
    state: &Cell<AwaitState>,
    arg: Value,
) -> PyResult<Value> {
    let g = agen(gen)?;
    if state.get() == AwaitState::Closed {
        return Err(runtime_error(
            "cannot reuse already awaited aclose()/athrow()",
        ));
    }
    if g.state.get() == GenState::Completed {
        state.set(AwaitState::Closed);
        return Err(crate::error::stop_iteration());
    }
    let r = if state.get() == AwaitState::Init {
        if g.running_async.get() {
            state.set(AwaitState::Closed);
            return Err(runtime_error(match exc {
                None => "aclose(): asynchronous generator is already running",
                Some(_) => "athrow(): asynchronous generator is already running",
            }));
        }
        if g.closed.get() {
            state.set(AwaitState::Closed);
            return Err(new_error_noargs(&builtin_types().exc.stop_async_iteration));
        }
        if !arg.is_none() {
            return Err(runtime_error(
                "can't send non-None value to a just-started coroutine",
            ));
        }
        state.set(AwaitState::Iter);
        g.running_async.set(true);
        match exc {
            None => {
                g.closed.set(true);
                let ge = new_error_noargs(&builtin_types().exc.generator_exit);
                gen::throw(i, gen, false, ge)
            }
            Some(e) => {
                let r = gen::throw(i, gen, false, e.clone());
                return finish_athrow(g, state, true, unwrap_value(g, r));
            }
        }
    } else {
        let r = gen::send_ex(i, gen, GenArg::Send(arg), false);
        if exc.is_some() {
            return finish_athrow(g, state, true, unwrap_value(g, r));
        }
        r
    };
    finish_athrow(g, state, false, r)
}

/// The end of an `athrow`/`aclose` step (`yield_close`/`check_error` in CPython).
fn finish_athrow(
    g: &GenData,
    state: &Cell<AwaitState>,
    is_throw: bool,
    r: PyResult<Value>,
) -> PyResult<Value> {
    let exc = &builtin_types().exc;
    match r {
        Ok(v) if !is_throw && is_wrapped(&v) => {
            g.running_async.set(false);
            state.set(AwaitState::Closed);
            Err(runtime_error("async generator ignored GeneratorExit"))
        }
        Ok(v) => Ok(v),
        Err(e) => {
            g.running_async.set(false);
            state.set(AwaitState::Closed);
            if !is_throw && (e.matches(&exc.stop_async_iteration) || e.matches(&exc.generator_exit))
            {
                return Err(crate::error::stop_iteration());
            }
            Err(e)
        }
    }
}

/// `throw(exc)` of a helper object.
pub fn helper_throw(i: &mut dyn Interp, h: &Value, err: PyErr) -> PyResult<Value> {
    match helper(h) {
        Some(GenHelper::CoroWrapper(c)) => gen::throw(i, c, true, err),
        Some(GenHelper::ASend { gen, state, .. }) => {
            if state.get() == AwaitState::Closed {
                return Err(runtime_error(
                    "cannot reuse already awaited __anext__()/asend()",
                ));
            }
            let g = agen(gen)?;
            let r = gen::throw(i, gen, true, err);
            let r = unwrap_value(g, r);
            if r.is_err() {
                state.set(AwaitState::Closed);
            }
            r
        }
        Some(GenHelper::AThrow { gen, exc, state }) => {
            if state.get() == AwaitState::Closed {
                return Err(runtime_error(
                    "cannot reuse already awaited aclose()/athrow()",
                ));
            }
            let g = agen(gen)?;
            let r = gen::throw(i, gen, true, err);
            if exc.is_some() {
                return finish_athrow(g, state, true, unwrap_value(g, r));
            }
            finish_athrow(g, state, false, r)
        }
        _ => Err(type_error("not an awaitable helper")),
    }
}

fn helper_close(i: &mut dyn Interp, h: &Value) -> PyResult<Value> {
    match helper(h) {
        Some(GenHelper::CoroWrapper(c)) => gen::close(i, c),
        Some(GenHelper::ASend { state, .. }) | Some(GenHelper::AThrow { state, .. }) => {
            state.set(AwaitState::Closed);
            Ok(Value::None)
        }
        _ => Ok(Value::None),
    }
}

fn m_send(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.skip_self().exact("send", 1)?;
    helper_send(i, &args.pos()[0], a[0].clone())
}

fn m_throw(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.skip_self().between("throw", 1, 3)?;
    let err = gen::throw_exception(i, a)?;
    helper_throw(i, &args.pos()[0], err)
}

fn m_close(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.skip_self().exact("close", 0)?;
    helper_close(i, &args.pos()[0])
}

fn m_self(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(args.pos().first().cloned().unwrap_or(Value::None))
}

pub static WRAPPER_METHODS: &[MethodDef] = &[
    crate::method!("send", m_send),
    crate::method!("throw", m_throw),
    crate::method!("close", m_close),
];

pub static AWAITABLE_METHODS: &[MethodDef] = &[
    crate::method!("send", m_send),
    crate::method!("throw", m_throw),
    crate::method!("close", m_close),
    crate::method!("__await__", m_self),
];

pub fn setup_helper(t: &TypeData) {
    let s = &t.slots;
    s.iter.set(Some(|_, v| Ok(v.clone())));
    s.next
        .set(Some(|i, v| match helper_send(i, v, Value::None) {
            Ok(x) => Ok(Some(x)),
            Err(e) => match gen::stop_iteration_value(i, &e) {
                Some(x) if x.is_none() => Ok(None),
                _ => Err(e),
            },
        }));
    s.repr.set(Some(|_, v| {
        Ok(new_string(format!(
            "<{} object at {:#x}>",
            v.class_name(),
            v.id()
        )))
    }));
}

fn agen_this(args: &Args<'_>) -> PyResult<ObjRef> {
    match args.pos().first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Generator(_)) => Ok(o.clone()),
        _ => Err(type_error("descriptor requires an async_generator object")),
    }
}

/// `agen.__anext__()`.
pub fn anext_awaitable(gen: &ObjRef) -> Value {
    asend_awaitable(gen, Value::None)
}

fn asend_awaitable(gen: &ObjRef, value: Value) -> Value {
    new_helper(
        gen_types(|t| t.asend.clone()),
        GenHelper::ASend {
            gen: gen.clone(),
            value,
            state: Cell::new(AwaitState::Init),
        },
    )
}

fn athrow_awaitable(gen: &ObjRef, exc: Option<PyErr>) -> Value {
    new_helper(
        gen_types(|t| t.athrow.clone()),
        GenHelper::AThrow {
            gen: gen.clone(),
            exc,
            state: Cell::new(AwaitState::Init),
        },
    )
}

fn ag_anext(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let g = agen_this(&args)?;
    Ok(anext_awaitable(&g))
}

fn ag_asend(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let g = agen_this(&args)?;
    let a = args.skip_self().exact("asend", 1)?;
    Ok(asend_awaitable(&g, a[0].clone()))
}

fn ag_athrow(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let g = agen_this(&args)?;
    let a = args.skip_self().between("athrow", 1, 3)?;
    let err = gen::throw_exception(i, a)?;
    Ok(athrow_awaitable(&g, Some(err)))
}

fn ag_aclose(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let g = agen_this(&args)?;
    args.skip_self().exact("aclose", 0)?;
    Ok(athrow_awaitable(&g, None))
}

pub static AGEN_METHODS: &[MethodDef] = &[
    crate::method!("__aiter__", m_self),
    crate::method!("__anext__", ag_anext),
    crate::method!("asend", ag_asend),
    crate::method!("athrow", ag_athrow),
    crate::method!("aclose", ag_aclose),
];
