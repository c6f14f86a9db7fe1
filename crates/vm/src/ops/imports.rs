//! Imports: only the native `sys` module so far (the import system is a later issue).

use krait_object::protocol;
use krait_object::Value;

use super::OpResult;
use crate::vm::Vm;

/// IMPORT_NAME(namei): `[level, fromlist]` → the module.
pub fn IMPORT_NAME(vm: &mut Vm, arg: u32) -> OpResult {
    let _fromlist = vm.pop();
    let _level = vm.pop();
    let name = vm
        .code
        .names
        .get(arg as usize)
        .cloned()
        .unwrap_or(Value::None);
    let n = name
        .as_str_data()
        .map(|s| s.lossy().into_owned())
        .unwrap_or_default();
    let m = crate::import::import_absolute(vm, &n)?;
    vm.push(m);
    Ok(())
}

/// IMPORT_FROM(namei): `[module]` → `[module, module.name]`.
pub fn IMPORT_FROM(vm: &mut Vm, arg: u32) -> OpResult {
    let name = vm
        .code
        .names
        .get(arg as usize)
        .cloned()
        .unwrap_or(Value::None);
    let m = vm.peek(0);
    let v = protocol::getattr(vm, &m, &name)?;
    vm.push(v);
    Ok(())
}
