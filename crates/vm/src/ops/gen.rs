//! Generators and coroutines: RETURN_GENERATOR, YIELD_VALUE, SEND, GET_YIELD_FROM_ITER,
//! GET_AWAITABLE, GET_AITER, GET_ANEXT, END_ASYNC_FOR, BEFORE_ASYNC_WITH, ASYNC_GEN_WRAP.
//! Resuming a generator frame is `crate::generator`.

use krait_loader::code::flags as co_flags;
use krait_object::error::{system_error, type_error, PyErr, PyResult};
use krait_object::exceptions::exc_data;
use krait_object::object::Payload;
use krait_object::protocol;
use krait_object::types::builtin_types;
use krait_object::types::gen::{
    self, gen_data, gen_types, new_generator, new_helper, GenArg, GenFrame, GenHelper, GenKind,
    GenState, GenStep,
};
use krait_object::types::gen_async;
use krait_object::Value;

use super::{Exit, OpResult};
use crate::vm::Vm;

/// RETURN_GENERATOR: the running frame becomes a new generator object, which is returned.
pub fn RETURN_GENERATOR(vm: &mut Vm, _arg: u32) -> OpResult {
    let Some(f) = vm.frames.last() else {
        return Err(Exit::Error(system_error(
            "RETURN_GENERATOR outside a frame",
        )));
    };
    let code = f.code.clone();
    let mut stack = Vec::with_capacity(code.nlocalsplus + code.stacksize + 1);
    let base = vm.base.min(vm.stack.len());
    stack.extend(vm.stack.drain(base..));
    let (name, qualname) = match f.func.as_ref().map(|o| &o.payload) {
        Some(Payload::Function(fd)) => (fd.name.borrow().clone(), fd.qualname.borrow().clone()),
        _ => (code.name.clone(), code.qualname.clone()),
    };
    let gf = GenFrame {
        code,
        func: f.func.clone(),
        globals: f.globals.clone(),
        builtins: f.builtins.clone(),
        locals: f.locals.clone(),
        pc: vm.pc,
        stack,
    };
    let g = new_generator(gf, name, qualname);
    match vm.pop_frame_in_place() {
        Some(false) => {
            vm.push(g);
            Ok(())
        }
        _ => Err(Exit::Return(g)),
    }
}

/// YIELD_VALUE: suspends the running generator frame (its window moves into the
/// generator) and leaves the dispatch loop with the value.
pub fn YIELD_VALUE(vm: &mut Vm, _arg: u32) -> OpResult {
    let v = vm.pop();
    let Some(run) = vm.gens.running.last() else {
        return Err(Exit::Error(system_error(
            "krait: yield outside a generator",
        )));
    };
    if run.depth != vm.frames.len() {
        return Err(Exit::Error(system_error(
            "krait: yield from a non-generator frame",
        )));
    }
    let gen = run.gen.clone();
    let caller_exc = run.caller_exc.clone();
    let Payload::Generator(g) = &gen.payload else {
        return Err(Exit::Error(system_error(
            "krait: yield outside a generator",
        )));
    };
    {
        let mut gf = g.frame.borrow_mut();
        let base = vm.base.min(vm.stack.len());
        gf.stack.extend(vm.stack.drain(base..));
        gf.pc = vm.pc;
    }
    let own = if vm.exc_info.is(&caller_exc) {
        Value::None
    } else {
        std::mem::replace(&mut vm.exc_info, Value::None)
    };
    *g.exc_state.borrow_mut() = own;
    vm.exc_info = caller_exc;
    g.state.set(GenState::Suspended);
    vm.pop_frame_in_place();
    Err(Exit::Return(v))
}

/// `PyIter_Send`: one step of `receiver` (a generator, an await helper, or any iterator).
fn iter_send(vm: &mut Vm, recv: &Value, v: Value) -> PyResult<GenStep> {
    if let Value::Obj(o) = recv {
        match &o.payload {
            Payload::Generator(g) if g.kind != GenKind::AsyncGenerator => {
                return gen::send_ex2(vm, o, GenArg::Send(v), false);
            }
            Payload::GenHelper(_) => {
                return match gen_async::helper_send(vm, recv, v) {
                    Ok(x) => Ok(GenStep::Yield(x)),
                    Err(e) => stop_value(vm, e),
                };
            }
            _ => {}
        }
    }
    let cls = recv.class();
    if v.is_none() && protocol::td(&cls).slots.next.get().is_some() {
        // A native `__next__` may end with `StopIteration(value)` (anext's awaitable).
        return match protocol::next(vm, recv) {
            Ok(Some(x)) => Ok(GenStep::Yield(x)),
            Ok(None) => Ok(GenStep::Return(Value::None)),
            Err(e) => stop_value(vm, e),
        };
    }
    let send = protocol::getattr_str(vm, recv, "send")?;
    match protocol::call0(vm, &send, &[v]) {
        Ok(x) => Ok(GenStep::Yield(x)),
        Err(e) => stop_value(vm, e),
    }
}

fn stop_value(vm: &mut Vm, e: PyErr) -> PyResult<GenStep> {
    match gen::stop_iteration_value(vm, &e) {
        Some(v) => Ok(GenStep::Return(v)),
        None => Err(e),
    }
}

/// SEND(target): `[receiver, v]` → `[receiver, yielded]`, or `[result]` and a jump when
/// the receiver returns.
pub fn SEND(vm: &mut Vm, arg: u32) -> OpResult {
    let v = vm.pop();
    let recv = vm.peek(0);
    match iter_send(vm, &recv, v)? {
        GenStep::Yield(x) => vm.push(x),
        GenStep::Return(x) => {
            vm.pop();
            vm.push(x);
            vm.pc = arg as usize;
        }
    }
    Ok(())
}

/// GET_YIELD_FROM_ITER: generators and (in coroutine code) coroutines are their own
/// iterators; anything else goes through `iter()`.
pub fn GET_YIELD_FROM_ITER(vm: &mut Vm, _arg: u32) -> OpResult {
    let top = vm.peek(0);
    if let Some(g) = gen_data(&top) {
        match g.kind {
            GenKind::Coroutine => {
                if vm.code.flags & (co_flags::COROUTINE | co_flags::ITERABLE_COROUTINE) == 0 {
                    vm.pop();
                    return Err(Exit::Error(type_error(
                        "cannot 'yield from' a coroutine object in a non-coroutine generator",
                    )));
                }
                return Ok(());
            }
            GenKind::Generator => return Ok(()),
            GenKind::AsyncGenerator => {}
        }
    }
    let v = vm.pop();
    let it = protocol::iter(vm, &v)?;
    vm.push(it);
    Ok(())
}

/// A special method looked up on the type and bound to `v` (`_PyObject_LookupSpecial`).
fn lookup_special(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Option<Value>> {
    let cls = v.class();
    let Some(d) = protocol::td(&cls).lookup_str(name) else {
        return Ok(None);
    };
    let dcls = d.class();
    match protocol::td(&dcls).slots.descr_get.get() {
        Some(get) => get(vm, &d, Some(v), &cls).map(Some),
        None => Ok(Some(d)),
    }
}

/// `_PyCoro_GetAwaitableIter`; `Ok(None)` when the type has no `__await__`.
fn awaitable_iter(vm: &mut Vm, o: &Value) -> PyResult<Option<Value>> {
    if gen::is_awaitable_gen(o) {
        return Ok(Some(o.clone()));
    }
    let Some(getter) = lookup_special(vm, o, "__await__")? else {
        return Ok(None);
    };
    let res = protocol::call0(vm, &getter, &[])?;
    if gen::is_awaitable_gen(&res) {
        return Err(type_error("__await__() returned a coroutine"));
    }
    let rcls = res.class();
    if protocol::td(&rcls).slots.next.get().is_none() {
        return Err(type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            res.class_name()
        )));
    }
    Ok(Some(res))
}

/// GET_AWAITABLE(where): TOS becomes its awaitable iterator (0: `await`, 1: after
/// `__aenter__`, 2: after `__aexit__`).
pub fn GET_AWAITABLE(vm: &mut Vm, arg: u32) -> OpResult {
    let o = vm.pop();
    let it = match awaitable_iter(vm, &o)? {
        Some(it) => it,
        None => {
            let t = o.class_name();
            return Err(Exit::Error(type_error(match arg {
                1 => format!(
                    "'async with' received an object from __aenter__ that does not implement __await__: {t}"
                ),
                2 => format!(
                    "'async with' received an object from __aexit__ that does not implement __await__: {t}"
                ),
                _ => format!("object {t} can't be used in 'await' expression"),
            })));
        }
    };
    if let Some(g) = gen_data(&it) {
        if g.kind == GenKind::Coroutine && gen::yield_from(g).is_some() {
            return Err(Exit::Error(krait_object::error::runtime_error(
                "coroutine is being awaited already",
            )));
        }
    }
    vm.push(it);
    Ok(())
}

/// GET_AITER: `async for`'s `__aiter__()`.
pub fn GET_AITER(vm: &mut Vm, _arg: u32) -> OpResult {
    let o = vm.pop();
    let Some(getter) = lookup_special(vm, &o, "__aiter__")? else {
        return Err(Exit::Error(type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            o.class_name()
        ))));
    };
    let it = protocol::call0(vm, &getter, &[])?;
    let icls = it.class();
    if protocol::td(&icls).lookup_str("__anext__").is_none() {
        return Err(Exit::Error(type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            it.class_name()
        ))));
    }
    vm.push(it);
    Ok(())
}

/// GET_ANEXT: pushes the awaitable of `__anext__()`.
pub fn GET_ANEXT(vm: &mut Vm, _arg: u32) -> OpResult {
    let ait = vm.peek(0);
    if let (Some(g), Value::Obj(o)) = (gen_data(&ait), &ait) {
        if g.kind == GenKind::AsyncGenerator {
            vm.push(gen_async::anext_awaitable(o));
            return Ok(());
        }
    }
    let Some(getter) = lookup_special(vm, &ait, "__anext__")? else {
        return Err(Exit::Error(type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            ait.class_name()
        ))));
    };
    let next = protocol::call0(vm, &getter, &[])?;
    match awaitable_iter(vm, &next) {
        Ok(Some(a)) => {
            vm.push(a);
            Ok(())
        }
        Ok(None) => Err(Exit::Error(type_error(format!(
            "'async for' received an invalid object from __anext__: {}",
            next.class_name()
        )))),
        Err(e) => Err(Exit::Error(gen::error_from_cause(
            &builtin_types().exc.type_error,
            &format!(
                "'async for' received an invalid object from __anext__: {}",
                next.class_name()
            ),
            &e,
        ))),
    }
}

/// END_ASYNC_FOR: `[aiter, exc]`: StopAsyncIteration ends the loop; anything else is
/// re-raised.
pub fn END_ASYNC_FOR(vm: &mut Vm, _arg: u32) -> OpResult {
    let exc = vm.pop();
    let Value::Obj(o) = exc else {
        return Err(Exit::Error(system_error(
            "END_ASYNC_FOR without an exception",
        )));
    };
    if exc_data(&o).is_none() {
        return Err(Exit::Error(system_error(
            "END_ASYNC_FOR without an exception",
        )));
    }
    let err = PyErr::new(o);
    if err.matches(&builtin_types().exc.stop_async_iteration) {
        vm.pop();
        return Ok(());
    }
    Err(Exit::Reraise(err))
}

/// BEFORE_ASYNC_WITH: `[mgr]` → `[mgr.__aexit__, mgr.__aenter__()]`.
pub fn BEFORE_ASYNC_WITH(vm: &mut Vm, _arg: u32) -> OpResult {
    let mgr = vm.pop();
    let Some(enter) = lookup_special(vm, &mgr, "__aenter__")? else {
        return Err(Exit::Error(type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol",
            mgr.class_name()
        ))));
    };
    let Some(exit) = lookup_special(vm, &mgr, "__aexit__")? else {
        return Err(Exit::Error(type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
            mgr.class_name()
        ))));
    };
    vm.push(exit);
    let r = protocol::call0(vm, &enter, &[])?;
    vm.push(r);
    Ok(())
}

/// ASYNC_GEN_WRAP: marks a value yielded by an async generator's own `yield`.
pub fn ASYNC_GEN_WRAP(vm: &mut Vm, _arg: u32) -> OpResult {
    let v = vm.pop();
    let w = new_helper(gen_types(|t| t.wrapped.clone()), GenHelper::Wrapped(v));
    vm.push(w);
    Ok(())
}
