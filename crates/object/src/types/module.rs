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
    let Some(Payload::Module(m)) = v.payload() else {
        return protocol::generic_getattr(i, v, name);
    };
    if name.as_str_data().and_then(|s| s.as_str()) == Some("__dict__") {
        return Ok(m.dict.clone());
    }
    match protocol::generic_getattr(i, v, name) {
        Err(e) if e.matches(&builtin_types().exc.attribute_error) => {
            // PEP 562: a module-level `__getattr__` answers for missing names.
            let hook = crate::types::dict::get_by_name(&m.dict, "__getattr__");
            if let Some(f) = hook {
                return protocol::call(
                    i,
                    &f,
                    crate::args::Args::positional(std::slice::from_ref(name)),
                );
            }
            Err(no_module_attribute(i, &m.dict, name))
        }
        r => r,
    }
}

/// CPython's `module_getattro` messages: `module 'm' has no attribute 'x'`, or the
/// circular-import hint while the module's code is still running.
fn no_module_attribute(i: &mut dyn Interp, dict: &Value, name: &Value) -> crate::error::PyErr {
    let n = name
        .as_str_data()
        .map(|s| s.lossy().into_owned())
        .unwrap_or_default();
    let Some(mod_name) = crate::types::dict::get_by_name(dict, "__name__")
        .and_then(|m| m.as_str_data().map(|s| s.lossy().into_owned()))
    else {
        return crate::error::attribute_error(format!("module has no attribute '{n}'"));
    };
    let initializing = crate::types::dict::get_by_name(dict, "__spec__")
        .filter(|s| !s.is_none())
        .and_then(|s| protocol::getattr(i, &s, &new_str("_initializing")).ok())
        .is_some_and(|v| protocol::truthy(i, &v).unwrap_or(false));
    crate::error::attribute_error(if initializing {
        format!("partially initialized module '{mod_name}' has no attribute '{n}' (most likely due to a circular import)")
    } else {
        format!("module '{mod_name}' has no attribute '{n}'")
    })
}

fn text_repr(i: &mut dyn Interp, v: &Value) -> PyResult<String> {
    protocol::repr_string(i, v)
}

/// `repr(module)` as `importlib._bootstrap._module_repr` builds it.
fn module_repr(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let Some(Payload::Module(m)) = v.payload() else {
        return Ok(new_str("<module '?'>"));
    };
    let get = |k: &str| crate::types::dict::get_by_name(&m.dict, k);
    let attr = |i: &mut dyn Interp, o: &Value, k: &str| {
        protocol::getattr(i, o, &new_str(k)).unwrap_or(Value::None)
    };
    let name_of = |i: &mut dyn Interp, n: Option<Value>| -> PyResult<String> {
        match n {
            Some(n) if !n.is_none() => text_repr(i, &n),
            _ => Ok("'?'".into()),
        }
    };
    if let Some(spec) = get("__spec__").filter(|s| !s.is_none()) {
        let spec_name = attr(i, &spec, "name");
        let name = name_of(i, Some(spec_name))?;
        let origin = attr(i, &spec, "origin");
        let loader = attr(i, &spec, "loader");
        let s = if origin.is_none() {
            if loader.is_none() {
                format!("<module {name}>")
            } else {
                format!("<module {name} ({})>", text_repr(i, &loader)?)
            }
        } else {
            let has_location = attr(i, &spec, "has_location");
            if protocol::truthy(i, &has_location)? {
                format!("<module {name} from {}>", text_repr(i, &origin)?)
            } else {
                let o = protocol::str_string(i, &origin)?;
                format!("<module {name} ({o})>")
            }
        };
        return Ok(new_string(s));
    }
    let name = name_of(i, get("__name__"))?;
    let s = match get("__file__") {
        Some(f) => format!("<module {name} from {}>", text_repr(i, &f)?),
        None => match get("__loader__").filter(|l| !l.is_none()) {
            Some(l) => format!("<module {name} ({})>", text_repr(i, &l)?),
            None => format!("<module {name}>"),
        },
    };
    Ok(new_string(s))
}

pub fn setup(t: &TypeData) {
    t.slots.getattro.set(Some(module_getattr));
    t.slots.repr.set(Some(module_repr));
    t.slots.new.set(Some(module_new));
    t.slots.init.set(Some(module_init));
}

const MODULE_SIG: crate::argparse::Sig = crate::argparse::Sig {
    fname: "module",
    names: &["name", "doc"],
    posonly: 0,
    required: 1,
};

/// `types.ModuleType.__new__`: an empty module of class `cls` (`__init__` names it).
fn module_new(
    _i: &mut dyn Interp,
    cls: &crate::object::ObjRef,
    args: crate::args::Args<'_>,
) -> PyResult<Value> {
    let name = args
        .pos()
        .first()
        .and_then(|n| n.as_str_data())
        .map(|s| s.lossy().into_owned())
        .unwrap_or_else(|| "?".to_owned());
    Ok(Value::Obj(PyObject::new(
        cls.clone(),
        Payload::Module(ModuleData {
            name,
            dict: new_dict(DictData::new()),
        }),
    )))
}

/// `module.__init__(name, doc=None)`: sets `__name__`, `__doc__`, `__package__`,
/// `__loader__` and `__spec__`.
fn module_init(_i: &mut dyn Interp, v: &Value, args: crate::args::Args<'_>) -> PyResult<()> {
    let a = crate::argparse::parse(&args, &MODULE_SIG)?;
    let name = a[0].clone().unwrap_or(Value::None);
    if name.as_str_data().is_none() {
        return Err(crate::error::type_error(format!(
            "module() argument 'name' must be str, not {}",
            name.class_name()
        )));
    }
    let doc = a[1].clone().unwrap_or(Value::None);
    if let Some(d) = module_dict(v) {
        let set = |k: &str, x: Value| crate::types::dict::set_by_name(d, k, x);
        set("__name__", name);
        set("__doc__", doc);
        set("__package__", Value::None);
        set("__loader__", Value::None);
        set("__spec__", Value::None);
    }
    Ok(())
}
