//! The class statement: LOAD_BUILD_CLASS (the body runs through
//! `builtins.__build_class__`, see `builtins/build_class.rs`).

use krait_object::error::name_error;
use krait_object::types::dict::as_dict;

use super::{Exit, OpResult};
use crate::vm::Vm;

/// LOAD_BUILD_CLASS: pushes `builtins.__build_class__`.
pub fn LOAD_BUILD_CLASS(vm: &mut Vm, _arg: u32) -> OpResult {
    let f = vm
        .frame()
        .and_then(|f| as_dict(&f.builtins))
        .and_then(|d| d.borrow().get_str("__build_class__"));
    match f {
        Some(f) => {
            vm.push(f);
            Ok(())
        }
        None => Err(Exit::Error(name_error("__build_class__ not found"))),
    }
}
