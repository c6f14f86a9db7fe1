//! The import system: `IMPORT_NAME`'s `__import__(name, globals, fromlist, level)`, done
//! in Rust like CPython's `PyImport_ImportModuleLevelObject` + `importlib._bootstrap`.
//!
//! Order of the search for a top-level name: `sys.modules`, the native modules
//! (`crate::modules`), then the path entries of `sys.path` (`finder`).

use krait_object::error::{PyErr, PyResult};
use krait_object::types::dict::{get_by_name, set_by_name};
use krait_object::Value;

use crate::builtins::sys::sys_attr;
use crate::vm::Vm;

/// `sys.modules[name]`, if present.
pub fn cached_module(vm: &Vm, name: &str) -> Option<Value> {
    get_by_name(&sys_attr(vm, "modules")?, name)
}

/// Imports the absolute module `name` (no parent handling yet): `sys.modules`, then the
/// native modules.
pub fn import_absolute(vm: &mut Vm, name: &str) -> PyResult<Value> {
    if let Some(m) = cached_module(vm, name) {
        return Ok(m);
    }
    if let Some(def) = crate::modules::find(name) {
        let m = (def.init)(vm)?;
        if let Some(mods) = sys_attr(vm, "modules") {
            set_by_name(&mods, name, m.clone());
        }
        return Ok(m);
    }
    Err(module_not_found(name))
}

/// `ModuleNotFoundError: No module named 'name'` (with `.name` set).
pub fn module_not_found(name: &str) -> PyErr {
    let t = krait_object::builtin_types();
    krait_object::error::new_error(
        &t.exc.module_not_found_error,
        format!("No module named '{name}'"),
    )
}
