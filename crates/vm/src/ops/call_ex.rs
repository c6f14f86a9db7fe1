//! Helpers of `f(*args, **kwargs)` (CALL_FUNCTION_EX, DICT_MERGE): unpacking the
//! argument tuple and keyword dict, with CPython's messages, which name the callee the
//! way `_PyObject_FunctionStr` does (`__main__.f()`, `print()`, `str.join()`).

use krait_object::error::{type_error, PyErr, PyResult};
use krait_object::object::Payload;
use krait_object::protocol;
use krait_object::types::dict::as_dict;
use krait_object::Value;

use crate::vm::Vm;

/// `_PyObject_FunctionStr`: `module.qualname()` (no module for builtins), or `str(func)`
/// for objects without a qualified name.
pub fn function_str(vm: &mut Vm, func: &Value) -> String {
    let qualified = |module: &str, qualname: String| {
        if module.is_empty() || module == "builtins" {
            format!("{qualname}()")
        } else {
            format!("{module}.{qualname}()")
        }
    };
    match func.payload() {
        Some(Payload::Function(f)) => {
            let q = f
                .qualname
                .borrow()
                .as_str_data()
                .map(|s| s.lossy().into_owned());
            let m = f
                .module
                .borrow()
                .as_str_data()
                .map(|s| s.lossy().into_owned());
            match q {
                Some(q) => qualified(m.as_deref().unwrap_or(""), q),
                None => protocol::str_string(vm, func).unwrap_or_default(),
            }
        }
        Some(Payload::BuiltinFunction(b)) => match &b.self_ {
            Some(s)
                if !protocol::is_type(s) && !matches!(s.payload(), Some(Payload::Module(_))) =>
            {
                format!("{}.{}()", s.class_name(), b.name)
            }
            _ => format!("{}()", b.name),
        },
        Some(Payload::MethodDescr(m)) => {
            format!("{}.{}()", protocol::td(&m.owner).name(), m.def.name)
        }
        Some(Payload::BoundMethod(b)) => {
            let inner = b.func.clone();
            function_str(vm, &inner)
        }
        Some(Payload::Type(t)) => {
            let q = t.qualname.borrow().clone();
            qualified(t.module, q)
        }
        _ => protocol::str_string(vm, func).unwrap_or_default(),
    }
}

/// The positional arguments of CALL_FUNCTION_EX: a tuple as is, any other iterable
/// collected; a non-iterable is `f() argument after * must be an iterable, not T`.
pub fn star_args(vm: &mut Vm, func: &Value, callargs: &Value) -> PyResult<Vec<Value>> {
    if let Some(Payload::Tuple(t)) = callargs.payload() {
        return Ok(t.to_vec());
    }
    let iterable = {
        let cls = callargs.class();
        let t = protocol::td(&cls);
        t.slots.iter.get().is_some() || t.slots.getitem.get().is_some()
    };
    if !iterable {
        return Err(type_error(format!(
            "{} argument after * must be an iterable, not {}",
            function_str(vm, func),
            callargs.class_name()
        )));
    }
    protocol::collect(vm, callargs)
}

/// The keyword arguments of CALL_FUNCTION_EX as (names, values). Keys must be str
/// (`keywords must be strings`, as `_PyStack_UnpackDict` says for every callee).
pub fn star_kwargs(
    vm: &mut Vm,
    func: &Value,
    kwargs: &Value,
) -> PyResult<(Vec<Value>, Vec<Value>)> {
    let Some(d) = as_dict(kwargs) else {
        return Err(not_a_mapping(vm, func, kwargs));
    };
    let items = d.borrow().items();
    let mut names = Vec::with_capacity(items.len());
    let mut values = Vec::with_capacity(items.len());
    for (k, v) in items {
        if k.as_str_data().is_none() {
            return Err(type_error("keywords must be strings"));
        }
        names.push(k);
        values.push(v);
    }
    Ok((names, values))
}

/// `f() argument after ** must be a mapping, not T`.
pub fn not_a_mapping(vm: &mut Vm, func: &Value, kwargs: &Value) -> PyErr {
    type_error(format!(
        "{} argument after ** must be a mapping, not {}",
        function_str(vm, func),
        kwargs.class_name()
    ))
}

/// `f() got multiple values for keyword argument 'k'` (`k` as `%S`: its str).
pub fn repeated_keyword(vm: &mut Vm, func: &Value, key: &Value) -> PyErr {
    let k = protocol::str_string(vm, key).unwrap_or_default();
    type_error(format!(
        "{} got multiple values for keyword argument '{k}'",
        function_str(vm, func)
    ))
}
