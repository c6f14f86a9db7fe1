//! Imports: `IMPORT_NAME` (through `crate::import`), `IMPORT_FROM` and `IMPORT_STAR`, with
//! the messages of CPython 3.11's ceval.c (`import_from`, `import_all_from`).

use krait_object::error::{new_error, system_error, type_error};
use krait_object::protocol;
use krait_object::types::dict::{as_dict, get_by_name};
use krait_object::types::module::module_dict;
use krait_object::types::str::new_str;
use krait_object::{builtin_types, Value};

use super::{Exit, OpResult};
use crate::vm::Vm;

fn name_at(vm: &Vm, arg: u32) -> Value {
    vm.code
        .names
        .get(arg as usize)
        .cloned()
        .unwrap_or(Value::None)
}

fn text(v: &Value) -> Option<String> {
    v.as_str_data().map(|s| s.lossy().into_owned())
}

/// IMPORT_NAME(namei): `[level, fromlist]` → the module.
pub fn IMPORT_NAME(vm: &mut Vm, arg: u32) -> OpResult {
    let fromlist = vm.pop();
    let level = vm.pop();
    let name = name_at(vm, arg);
    let globals = vm.frame().map(|f| f.globals.clone()).unwrap_or(Value::None);
    let level = match level {
        Value::Int(n) => n,
        _ => 0,
    };
    let m = crate::import::import_module_level(vm, &name, &globals, &fromlist, level)?;
    vm.push(m);
    Ok(())
}

/// IMPORT_FROM(namei): `[module]` → `[module, module.name]`; a missing attribute falls
/// back to the submodule `sys.modules["module.name"]`.
pub fn IMPORT_FROM(vm: &mut Vm, arg: u32) -> OpResult {
    let name = name_at(vm, arg);
    let m = vm.peek(0);
    match protocol::getattr(vm, &m, &name) {
        Ok(v) => {
            vm.push(v);
            Ok(())
        }
        Err(e) if e.matches(&builtin_types().exc.attribute_error) => {
            let v = import_from_fallback(vm, &m, &name)?;
            vm.push(v);
            Ok(())
        }
        Err(e) => Err(Exit::Error(e)),
    }
}

fn import_from_fallback(vm: &mut Vm, m: &Value, name: &Value) -> Result<Value, Exit> {
    let attr = |vm: &mut Vm, k: &str| match module_dict(m) {
        Some(d) => get_by_name(d, k),
        None => protocol::getattr(vm, m, &new_str(k)).ok(),
    };
    let pkgname = attr(vm, "__name__").and_then(|n| text(&n));
    let name_s = text(name).unwrap_or_default();
    if let Some(pkg) = &pkgname {
        if let Some(sub) = crate::import::cached_module(vm, &format!("{pkg}.{name_s}")) {
            return Ok(sub);
        }
    }
    let pkg_repr = match &pkgname {
        Some(p) => str_repr(p),
        None => "'<unknown module name>'".to_owned(),
    };
    let name_repr = str_repr(&name_s);
    let path = attr(vm, "__file__").and_then(|f| text(&f));
    let msg = match &path {
        None => format!("cannot import name {name_repr} from {pkg_repr} (unknown location)"),
        Some(p) => {
            let initializing = pkgname
                .as_ref()
                .is_some_and(|n| vm.importing.iter().any(|i| i == n));
            if initializing {
                format!(
                    "cannot import name {name_repr} from partially initialized module {pkg_repr} (most likely due to a circular import) ({p})"
                )
            } else {
                format!("cannot import name {name_repr} from {pkg_repr} ({p})")
            }
        }
    };
    Err(Exit::Error(crate::import::import_error(
        &builtin_types().exc.import_error,
        msg,
        pkgname.as_deref(),
        path.as_deref(),
    )))
}

/// IMPORT_STAR: `[module]` → `[]`, binding the module's public names (its `__all__`, or
/// every name not starting with `_`) in the frame's locals.
pub fn IMPORT_STAR(vm: &mut Vm, _arg: u32) -> OpResult {
    let m = vm.pop();
    let Some(locals) = vm
        .frame()
        .map(|f| f.locals.clone())
        .filter(|l| !l.is_null())
    else {
        return Err(Exit::Error(system_error(
            "no locals found during 'import *'",
        )));
    };
    let all = protocol::getattr(vm, &m, &new_str("__all__"));
    let (names, skip_private) = match all {
        Ok(a) => (protocol::collect(vm, &a)?, false),
        Err(e) if e.matches(&builtin_types().exc.attribute_error) => {
            let d = protocol::getattr(vm, &m, &new_str("__dict__")).map_err(|e| {
                if e.matches(&builtin_types().exc.attribute_error) {
                    new_error(
                        &builtin_types().exc.import_error,
                        "from-import-* object has no __dict__ and no __all__",
                    )
                } else {
                    e
                }
            })?;
            let keys = match as_dict(&d) {
                Some(dd) => dd.borrow().keys(),
                None => protocol::collect(vm, &d)?,
            };
            (keys, true)
        }
        Err(e) => return Err(Exit::Error(e)),
    };
    let modname = || {
        module_dict(&m)
            .and_then(|d| get_by_name(d, "__name__"))
            .and_then(|n| text(&n))
            .unwrap_or_else(|| "?".into())
    };
    for n in names {
        let Some(s) = text(&n) else {
            let what = if skip_private {
                format!("Key in {}.__dict__", modname())
            } else {
                format!("Item in {}.__all__", modname())
            };
            return Err(Exit::Error(type_error(format!(
                "{what} must be str, not {}",
                n.class_name()
            ))));
        };
        if skip_private && s.starts_with('_') {
            continue;
        }
        let v = protocol::getattr(vm, &m, &n)?;
        match as_dict(&locals) {
            Some(d) => d.borrow_mut().set_str_key(n, v),
            None => protocol::setitem(vm, &locals, &n, v)?,
        }
    }
    Ok(())
}

fn str_repr(s: &str) -> String {
    let mut out = String::new();
    krait_loader::repr::write_str_repr_utf8(&mut out, s.as_bytes(), krait_loader::PyVersion::V3_11);
    out
}
