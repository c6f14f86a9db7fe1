//! A minimal `sys` module: argv, exit, stdout/stderr, maxsize, recursion limit,
//! version_info (from the bytecode's version).

use krait_object::args::Args;
use krait_object::error::{new_error_noargs, type_error, value_error, PyErr, PyResult};
use krait_object::exceptions::new_exception;
use krait_object::interp::Interp;
use krait_object::protocol;
use krait_object::types::builtin_types;
use krait_object::types::dict::set_by_name;
use krait_object::types::func::new_builtin;
use krait_object::types::list::new_list;
use krait_object::types::module::{module_dict, new_module};
use krait_object::types::str::new_str;
use krait_object::types::stream::new_stream;
use krait_object::types::tuple::new_tuple;
use krait_object::Value;

use super::vm_of;
use crate::vm::Vm;

pub fn make_sys(vm: &Vm, argv: Vec<String>) -> Value {
    let m = new_module("sys");
    let Some(d) = module_dict(&m) else { return m };
    let minor = i64::from(vm.version.minor());
    set_by_name(
        d,
        "argv",
        new_list(argv.iter().map(|a| new_str(a)).collect()),
    );
    set_by_name(d, "stdin", new_stream(0));
    set_by_name(d, "stdout", new_stream(1));
    set_by_name(d, "stderr", new_stream(2));
    set_by_name(d, "__stdout__", new_stream(1));
    set_by_name(d, "__stderr__", new_stream(2));
    set_by_name(d, "maxsize", Value::Int(i64::MAX));
    set_by_name(
        d,
        "version_info",
        new_tuple(vec![
            Value::Int(3),
            Value::Int(minor),
            Value::Int(0),
            new_str("final"),
            Value::Int(0),
        ]),
    );
    set_by_name(d, "version", new_str(&format!("3.{minor}.0 (krait)")));
    set_by_name(d, "platform", new_str("linux"));
    set_by_name(d, "byteorder", new_str("little"));
    set_by_name(d, "exit", new_builtin("exit", exit));
    set_by_name(d, "exc_info", new_builtin("exc_info", exc_info));
    set_by_name(d, "exception", new_builtin("exception", exception));
    set_by_name(
        d,
        "getrecursionlimit",
        new_builtin("getrecursionlimit", getrecursionlimit),
    );
    set_by_name(
        d,
        "setrecursionlimit",
        new_builtin("setrecursionlimit", setrecursionlimit),
    );
    m
}

/// `sys.exit([code])`: raises SystemExit.
fn exit(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.between("exit", 0, 1)?;
    let t = builtin_types();
    Err(match pos.first() {
        None => new_error_noargs(&t.exc.system_exit),
        Some(c) => PyErr::new(new_exception(&t.exc.system_exit, vec![c.clone()])),
    })
}

/// `sys.exc_info()`: `(type, value, traceback)` of the exception being handled.
fn exc_info(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("exc_info", 0)?;
    let exc = vm_of(i).map_or(Value::None, |vm| vm.exc_info.clone());
    Ok(match &exc {
        Value::Obj(o) => {
            let tb = krait_object::exceptions::exc_data(o).map_or(Value::None, |e| {
                krait_object::traceback_obj::traceback_object(&e.traceback.borrow())
            });
            new_tuple(vec![Value::Obj(o.class()), exc.clone(), tb])
        }
        _ => new_tuple(vec![Value::None, Value::None, Value::None]),
    })
}

/// `sys.exception()` (3.11): the exception being handled, or None.
fn exception(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("exception", 0)?;
    Ok(vm_of(i).map_or(Value::None, |vm| match &vm.exc_info {
        Value::Obj(_) => vm.exc_info.clone(),
        _ => Value::None,
    }))
}

fn getrecursionlimit(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("getrecursionlimit", 0)?;
    Ok(Value::Int(
        vm_of(i).map_or(1000, |vm| vm.recursion_limit as i64),
    ))
}

fn setrecursionlimit(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("setrecursionlimit", 1)?;
    if matches!(pos[0], Value::Float(_)) {
        return Err(type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = protocol::index_i64(i, &pos[0])?;
    if n < 1 {
        return Err(value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    if let Some(vm) = vm_of(i) {
        vm.recursion_limit = n as usize;
    }
    Ok(Value::None)
}

/// `sys.<name>` from the VM's sys module.
pub fn sys_attr(vm: &Vm, name: &str) -> Option<Value> {
    krait_object::types::dict::get_by_name(module_dict(&vm.sys)?, name)
}
