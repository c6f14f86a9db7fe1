//! Module-level statement opcodes: SETUP_ANNOTATIONS (`x: int` at module level) and
//! PRINT_EXPR (expression statements of interactive code).

use krait_object::error::system_error;
use krait_object::protocol;
use krait_object::types::dict::{as_dict, new_dict, set_by_name, DictData};
use krait_object::Value;

use super::{Exit, OpResult};
use crate::vm::Vm;

/// SETUP_ANNOTATIONS: `__annotations__ = {}` in the locals unless already there.
pub fn SETUP_ANNOTATIONS(vm: &mut Vm, _arg: u32) -> OpResult {
    let locals = vm.frame().map(|f| f.locals.clone()).unwrap_or(Value::Null);
    let Some(d) = as_dict(&locals) else {
        return Err(Exit::Error(system_error(
            "no locals found when setting up annotations",
        )));
    };
    if d.borrow().get_str("__annotations__").is_none() {
        set_by_name(&locals, "__annotations__", new_dict(DictData::new()));
    }
    Ok(())
}

/// PRINT_EXPR: `sys.displayhook(value)`: prints the repr of a non-None value and
/// stores it as `builtins._`.
pub fn PRINT_EXPR(vm: &mut Vm, _arg: u32) -> OpResult {
    let v = vm.pop();
    if let Some(hook) = crate::builtins::sys::sys_attr(vm, "displayhook") {
        protocol::call0(vm, &hook, &[v])?;
        return Ok(());
    }
    if v.is_none() {
        return Ok(());
    }
    let builtins = vm.builtins.clone();
    set_by_name(&builtins, "_", Value::None);
    let text = protocol::repr(vm, &v)?;
    if let Some(print) = as_dict(&builtins).and_then(|d| d.borrow().get_str("print")) {
        protocol::call0(vm, &print, &[text])?;
    }
    set_by_name(&builtins, "_", v);
    Ok(())
}
