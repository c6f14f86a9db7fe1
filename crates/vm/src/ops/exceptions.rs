//! Raising and handling exceptions: RAISE_VARARGS, RERAISE, PUSH_EXC_INFO, POP_EXCEPT,
//! CHECK_EXC_MATCH, LOAD_ASSERTION_ERROR, and the `with` statement's BEFORE_WITH /
//! WITH_EXCEPT_START. The unwinding itself (exception table lookup) is `Vm::unwind`.

use krait_object::error::{runtime_error, type_error, PyErr, PyResult};
use krait_object::exceptions::{exc_data, is_exception_class, is_exception_instance};
use krait_object::object::Payload;
use krait_object::protocol;
use krait_object::types::builtin_types;
use krait_object::Value;

use super::{Exit, OpResult};
use crate::vm::Vm;

/// An exception instance from `raise X`: a class is instantiated, an instance is used.
pub fn make_exception(vm: &mut Vm, v: &Value) -> PyResult<PyErr> {
    if is_exception_class(v) {
        let inst = protocol::call0(vm, v, &[])?;
        if !is_exception_instance(&inst) {
            return Err(type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                protocol::repr_string(vm, v)?,
                inst.class_name()
            )));
        }
        if let Value::Obj(o) = inst {
            return Ok(PyErr::new(o));
        }
    }
    if let (true, Value::Obj(o)) = (is_exception_instance(v), v) {
        return Ok(PyErr::new(o.clone()));
    }
    Err(type_error("exceptions must derive from BaseException"))
}

/// RAISE_VARARGS(argc): 0 re-raises the handled exception, 1 raises, 2 raises `from`.
pub fn RAISE_VARARGS(vm: &mut Vm, arg: u32) -> OpResult {
    match arg {
        0 => match &vm.exc_info {
            Value::Obj(o) if exc_data(o).is_some() => Err(Exit::Reraise(PyErr::new(o.clone()))),
            _ => Err(Exit::Error(runtime_error("No active exception to reraise"))),
        },
        1 => {
            let v = vm.pop();
            Err(Exit::Error(make_exception(vm, &v)?))
        }
        _ => {
            let cause = vm.pop();
            let v = vm.pop();
            let err = make_exception(vm, &v)?;
            let cause = if cause.is_none() {
                Value::None
            } else if is_exception_class(&cause) || is_exception_instance(&cause) {
                make_exception(vm, &cause)?.value()
            } else {
                return Err(Exit::Error(type_error(
                    "exception causes must derive from BaseException",
                )));
            };
            if let Some(e) = exc_data(&err.exc) {
                *e.cause.borrow_mut() = cause;
                e.suppress_context.set(true);
            }
            Err(Exit::Error(err))
        }
    }
}

/// RERAISE(oparg): re-raises TOS (the lasti below it, if any, is only for tracing).
pub fn RERAISE(vm: &mut Vm, _arg: u32) -> OpResult {
    let v = vm.pop();
    match v {
        Value::Obj(o) if exc_data(&o).is_some() => Err(Exit::Reraise(PyErr::new(o))),
        _ => Err(Exit::Error(type_error(
            "exceptions must derive from BaseException",
        ))),
    }
}

/// PUSH_EXC_INFO: `[exc]` → `[previous handled exception, exc]`; exc becomes handled.
pub fn PUSH_EXC_INFO(vm: &mut Vm, _arg: u32) -> OpResult {
    let exc = vm.pop();
    let mut prev = std::mem::replace(&mut vm.exc_info, exc.clone());
    if let Some(run) = vm.gens.running.last() {
        // In a generator frame, the caller's exception is not the generator's own.
        if run.depth == vm.frames.len() && prev.is(&run.caller_exc) {
            prev = Value::None;
        }
    }
    vm.push(prev);
    vm.push(exc);
    Ok(())
}

/// POP_EXCEPT: restores the previously handled exception.
pub fn POP_EXCEPT(vm: &mut Vm, _arg: u32) -> OpResult {
    vm.exc_info = vm.pop();
    if vm.exc_info.is_none() {
        if let Some(run) = vm.gens.running.last() {
            // A generator that handles nothing sees its caller's exception.
            if run.depth == vm.frames.len() {
                vm.exc_info = run.caller_exc.clone();
            }
        }
    }
    Ok(())
}

fn check_catchable(v: &Value) -> Result<(), Exit> {
    let ok = match v.payload() {
        Some(Payload::Tuple(items)) => items.iter().all(is_exception_class),
        _ => is_exception_class(v),
    };
    if ok {
        Ok(())
    } else {
        Err(Exit::Error(type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        )))
    }
}

/// CHECK_EXC_MATCH: `[exc, cls]` → `[exc, isinstance(exc, cls)]`.
pub fn CHECK_EXC_MATCH(vm: &mut Vm, _arg: u32) -> OpResult {
    let cls = vm.pop();
    check_catchable(&cls)?;
    let exc = vm.peek(0);
    let matches = match cls.payload() {
        Some(Payload::Tuple(items)) => items
            .iter()
            .any(|c| c.as_obj().is_some_and(|c| protocol::isinstance(&exc, c))),
        _ => cls.as_obj().is_some_and(|c| protocol::isinstance(&exc, c)),
    };
    vm.push(Value::Bool(matches));
    Ok(())
}

pub fn LOAD_ASSERTION_ERROR(vm: &mut Vm, _arg: u32) -> OpResult {
    vm.push(Value::Obj(builtin_types().exc.assertion_error.clone()));
    Ok(())
}

/// BEFORE_WITH: `[mgr]` → `[mgr.__exit__, mgr.__enter__()]`.
pub fn BEFORE_WITH(vm: &mut Vm, _arg: u32) -> OpResult {
    let mgr = vm.pop();
    // Looked up on the type (CPython's `_PyObject_LookupSpecial`), then bound.
    let cls = mgr.class();
    let special = |name: &'static str| krait_object::slot_dunders::lookup(&mgr, name);
    let (Some(enter), exit) = (special("__enter__"), special("__exit__")) else {
        return Err(Exit::Error(krait_object::error::type_error(format!(
            "'{}' object does not support the context manager protocol",
            mgr.class_name()
        ))));
    };
    let Some(exit) = exit else {
        return Err(Exit::Error(krait_object::error::type_error(format!(
            "'{}' object does not support the context manager protocol (missed __exit__ method)",
            mgr.class_name()
        ))));
    };
    let enter = krait_object::descr::bind(vm, enter, Some(&mgr), &cls)?;
    let exit = krait_object::descr::bind(vm, exit, Some(&mgr), &cls)?;
    vm.push(exit);
    let r = protocol::call0(vm, &enter, &[])?;
    vm.push(r);
    Ok(())
}

/// WITH_EXCEPT_START: `[exit, lasti, prev_exc, exc]` → also `exit(type, exc, tb)`.
pub fn WITH_EXCEPT_START(vm: &mut Vm, _arg: u32) -> OpResult {
    let exc = vm.peek(0);
    let exit = vm.peek(3);
    // `PyException_GetTraceback(exc)`: `contextlib` stores it back on the exception.
    let tb = protocol::getattr_str(vm, &exc, "__traceback__").unwrap_or(Value::None);
    let r = protocol::call0(vm, &exit, &[Value::Obj(exc.class()), exc, tb])?;
    vm.push(r);
    Ok(())
}
