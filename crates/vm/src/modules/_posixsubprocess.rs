//! `_posixsubprocess`: present so `subprocess` (and asyncio, which imports it) can be
//! imported. Starting processes is not supported yet: `fork_exec` raises OSError.

use krait_object::args::Args;
use krait_object::error::{new_error, PyResult};
use krait_object::{builtin_types, Interp, Value};

use super::new_module_with;
use crate::vm::Vm;

fn fork_exec(_i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Err(new_error(
        &builtin_types().exc.os_error,
        "krait: starting subprocesses is not supported yet",
    ))
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    Ok(new_module_with(
        "_posixsubprocess",
        &[("fork_exec", fork_exec)],
    ))
}
