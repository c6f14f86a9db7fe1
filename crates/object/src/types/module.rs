//! `module`: a name and a dict.

use crate::error::PyResult;
use crate::interp::Interp;
use crate::object::{Payload, PyObject};
use crate::protocol;
use crate::typeobj::TypeData;
use crate::types::builtin_types;
use crate::types::dict::{new_dict, DictData};
use crate::types::str::{new_str, new_string};
use crate::value::Value;

pub struct ModuleData {
    pub name: String,
    /// The module's dict value.
    pub dict: Value,
}

/// A new module with an empty dict holding `__name__`.
pub fn new_module(name: &str) -> Value {
    let dict = new_dict(DictData::new());
    crate::types::dict::set_by_name(&dict, "__name__", new_str(name));
    crate::types::dict::set_by_name(&dict, "__doc__", Value::None);
    Value::Obj(PyObject::new(
        builtin_types().module.clone(),
        Payload::Module(ModuleData {
            name: name.to_owned(),
            dict,
        }),
    ))
}

/// A module named `name` around an existing dict (`__main__`'s globals).
pub fn module_with_dict(name: &str, dict: Value) -> Value {
    Value::Obj(PyObject::new(
        builtin_types().module.clone(),
        Payload::Module(ModuleData {
            name: name.to_owned(),
            dict,
        }),
    ))
}

/// The dict value of a module.
pub fn module_dict(m: &Value) -> Option<&Value> {
    match m.payload()? {
        Payload::Module(d) => Some(&d.dict),
        _ => None,
    }
}

fn module_getattr(i: &mut dyn Interp, v: &Value, name: &Value) -> PyResult<Value> {
    if let Some(Payload::Module(m)) = v.payload() {
        if name.as_str_data().and_then(|s| s.as_str()) == Some("__dict__") {
            return Ok(m.dict.clone());
        }
    }
    protocol::generic_getattr(i, v, name)
}

pub fn setup(t: &TypeData) {
    t.slots.getattro.set(Some(module_getattr));
    t.slots.repr.set(Some(|_, v| {
        let name = match v.payload() {
            Some(Payload::Module(m)) => m.name.clone(),
            _ => "?".into(),
        };
        Ok(new_string(format!("<module '{name}' (built-in)>")))
    }));
}
