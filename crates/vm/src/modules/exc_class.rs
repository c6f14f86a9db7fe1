//! Exception classes defined by native modules (`struct.error`, `binascii.Error`):
//! made like `type(name, bases, {'__module__': module})`, so they are ordinary heap
//! classes that Python code can subclass and catch.

use krait_object::error::PyResult;
use krait_object::object::ObjRef;
use krait_object::protocol;
use krait_object::types::builtin_types;
use krait_object::types::dict::{new_dict, set_by_name, DictData};
use krait_object::types::str::new_str;
use krait_object::types::tuple::new_tuple;
use krait_object::Value;

use crate::vm::Vm;

/// A new exception class `module.name` deriving from `bases`.
pub fn new_exception_class(
    vm: &mut Vm,
    module: &str,
    name: &str,
    bases: &[ObjRef],
) -> PyResult<ObjRef> {
    let d = new_dict(DictData::new());
    set_by_name(&d, "__module__", new_str(module));
    let bases = new_tuple(bases.iter().map(|b| Value::Obj(b.clone())).collect());
    let meta = Value::Obj(builtin_types().type_.clone());
    let cls = protocol::call0(vm, &meta, &[new_str(name), bases, d])?;
    match cls {
        Value::Obj(o) => Ok(o),
        _ => Ok(builtin_types().exc.exception.clone()),
    }
}
