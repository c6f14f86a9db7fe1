//! `atexit` (Modules/atexitmodule.c): functions to call at interpreter exit, last
//! registered first. The binary calls [`run_exitfuncs`] after the main module finished
//! (normally, with an uncaught exception already reported, or by SystemExit) and before
//! the VM's shutdown.

use std::cell::RefCell;

use krait_object::args::Args;
use krait_object::error::{type_error, PyResult};
use krait_object::{protocol, Interp, Value};

use super::new_module_with;
use crate::vm::Vm;

struct Callback {
    func: Value,
    args: Vec<Value>,
    kwnames: Vec<Value>,
}

thread_local! {
    /// Unregistered entries become `None`: like CPython, `_ncallbacks()` still counts
    /// them until the list is run or cleared.
    static CALLBACKS: RefCell<Vec<Option<Callback>>> = const { RefCell::new(Vec::new()) };
}

fn register(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let Some(func) = pos.first() else {
        return Err(type_error("register() takes at least 1 argument (0 given)"));
    };
    if !protocol::is_callable(func) {
        return Err(type_error("the first argument must be callable"));
    }
    // `values` holds the positionals then the keyword values.
    let cb = Callback {
        func: func.clone(),
        args: args.values[1..].to_vec(),
        kwnames: args.kwnames.to_vec(),
    };
    CALLBACKS.with(|c| c.borrow_mut().push(Some(cb)));
    Ok(func.clone())
}

fn unregister(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("unregister", 1)?;
    let funcs: Vec<Option<Value>> = CALLBACKS.with(|c| {
        c.borrow()
            .iter()
            .map(|cb| cb.as_ref().map(|cb| cb.func.clone()))
            .collect()
    });
    for (k, f) in funcs.iter().enumerate() {
        let Some(f) = f else { continue };
        if protocol::eq(i, f, &pos[0])? {
            let old = CALLBACKS.with(|c| c.borrow_mut().get_mut(k).and_then(Option::take));
            drop(old);
        }
    }
    Ok(Value::None)
}

fn ncallbacks(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("_ncallbacks", 0)?;
    Ok(Value::Int(CALLBACKS.with(|c| c.borrow().len()) as i64))
}

fn clear(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("_clear", 0)?;
    let old = CALLBACKS.with(|c| std::mem::take(&mut *c.borrow_mut()));
    drop(old);
    Ok(Value::None)
}

fn run_fn(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("_run_exitfuncs", 0)?;
    if let Some(vm) = crate::builtins::vm_of(i) {
        run_exitfuncs(vm);
    }
    Ok(Value::None)
}

/// Calls every registered function, last registered first, and clears the list.
/// Exceptions are reported like CPython ("Exception ignored in atexit callback: …").
pub fn run_exitfuncs(vm: &mut Vm) {
    loop {
        let Some(slot) = CALLBACKS.with(|c| c.borrow_mut().pop()) else {
            break;
        };
        let Some(cb) = slot else { continue };
        let r = protocol::call(vm, &cb.func, Args::new(&cb.args, &cb.kwnames));
        if let Err(e) = r {
            super::_weakref::report_unraisable(
                vm,
                "Exception ignored in atexit callback: ",
                &cb.func,
                &e,
            );
        }
    }
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    Ok(new_module_with(
        "atexit",
        &[
            ("register", register),
            ("unregister", unregister),
            ("_ncallbacks", ncallbacks),
            ("_clear", clear),
            ("_run_exitfuncs", run_fn),
        ],
    ))
}
