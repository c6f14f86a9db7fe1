//! `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the import
//! statement's function (`crate::import`), callable from Python like CPython's.

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::{type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::Value;

use super::vm_of;

pub const FUNCTIONS: super::FunctionTable = &[("__import__", import)];

fn import(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    static SIG: Sig = Sig {
        fname: "__import__",
        names: &["name", "globals", "locals", "fromlist", "level"],
        posonly: 0,
        required: 1,
    };
    let a = parse(&args, &SIG)?;
    let get = |k: usize| a.get(k).cloned().flatten();
    let name = get(0).unwrap_or(Value::None);
    if name.as_str_data().is_none() {
        return Err(type_error("module name must be a string"));
    }
    let globals = get(1).unwrap_or(Value::None);
    let fromlist = get(3).unwrap_or(Value::None);
    let level = match get(4) {
        None => 0,
        Some(Value::Int(n)) => n,
        Some(v) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.class_name()
            )))
        }
    };
    let Some(vm) = vm_of(i) else {
        return Err(type_error("__import__ needs the VM"));
    };
    crate::import::import_module_level(vm, &name, &globals, &fromlist, level)
}
