//! Native modules: CPython's C modules rewritten in Rust, one file each.
//!
//! **Adding a module**: a file `modules/<name>.rs` with `pub fn init(vm: &mut Vm) ->
//! PyResult<Value>` that builds the module (usually [`new_module_with`] plus its types
//! and constants), a `pub mod` line below, and a row in [`MODULES`]. The import system
//! (`crate::import`) finds native modules here before searching `sys.path`;
//! `sys.builtin_module_names` lists this table.
//!
//! Native types live in the module's file as `NativeData` structs with a static
//! `TypeSpec` (see `krait_object::native`).

pub mod sre;

use krait_object::error::PyResult;
use krait_object::types::dict::set_by_name;
use krait_object::types::func::new_builtin;
use krait_object::types::module::{module_dict, new_module};
use krait_object::Value;

use crate::builtins::FunctionTable;
use crate::vm::Vm;

/// A native module: its name and the function that builds it (called once per run, on
/// first import; the result is cached in `sys.modules`).
pub struct ModuleDef {
    pub name: &'static str,
    pub init: fn(&mut Vm) -> PyResult<Value>,
}

/// Every native module except `sys` and `builtins` (made at start-up by the VM).
/// Keep sorted by name.
pub static MODULES: &[ModuleDef] = &[ModuleDef {
    name: "_sre",
    init: sre::init,
}];

/// The native module called `name`, if krait has one.
pub fn find(name: &str) -> Option<&'static ModuleDef> {
    MODULES.iter().find(|m| m.name == name)
}

/// A new module `name` holding the builtin functions of `functions`.
pub fn new_module_with(name: &str, functions: FunctionTable) -> Value {
    let m = new_module(name);
    if let Some(d) = module_dict(&m) {
        for &(fname, f) in functions {
            set_by_name(d, fname, new_builtin(fname, f));
        }
    }
    m
}

/// Sets `module.name = value`.
pub fn set_attr(module: &Value, name: &str, value: Value) {
    if let Some(d) = module_dict(module) {
        set_by_name(d, name, value);
    }
}
