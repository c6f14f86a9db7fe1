//! `marshal`: a placeholder so `importlib._bootstrap_external` (imported by `inspect`,
//! hence asyncio) can be imported. krait's import system reads `.pyc` files natively;
//! Python-level `loads`/`dumps` are not available yet and raise ValueError.

use krait_object::args::Args;
use krait_object::error::{value_error, PyResult};
use krait_object::{Interp, Value};

use super::{new_module_with, set_attr};
use crate::vm::Vm;

fn unsupported(_i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Err(value_error("krait: marshal is not supported yet"))
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with(
        "marshal",
        &[
            ("loads", unsupported),
            ("dumps", unsupported),
            ("load", unsupported),
            ("dump", unsupported),
        ],
    );
    set_attr(&m, "version", Value::Int(4));
    Ok(m)
}
