//! The import system: `IMPORT_NAME`'s `__import__(name, globals, fromlist, level)`, done
//! in Rust the way CPython's `PyImport_ImportModuleLevelObject` and
//! `importlib._bootstrap` do it, with the same error messages.
//!
//! - [`import_module_level`]: relative-name resolution, the `fromlist` rules and what
//!   `import a.b.c` returns;
//! - [`import_absolute`]: `sys.modules`, then parents first, then the native modules
//!   (`crate::modules`, top-level names only), then the path entries (`finder`);
//! - `loader`: running a found `.pyc` as a new module; `pyc`: `__pycache__` names and
//!   validation against the source; `stdlib`: finding CPython's standard library;
//!   `spec`: the `ModuleSpec`/loader objects modules carry.
//!
//! Invariant: a module is in `sys.modules` from just before its code runs; if the code
//! raises, it is removed again (what `importlib` does), and the name of every module whose
//! code is running is in `Vm::importing` (for the "partially initialized module" error).

pub mod finder;
pub mod loader;
pub mod meta;
pub mod pyc;
pub mod spec;
pub mod stdlib;

use krait_object::error::{new_error, type_error, value_error, PyErr, PyResult};
use krait_object::exceptions::exc_data;
use krait_object::protocol;
use krait_object::types::dict::{get_by_name, set_by_name};
use krait_object::types::module::module_dict;
use krait_object::types::str::new_str;
use krait_object::{builtin_types, Value};

use crate::builtins::sys::sys_attr;
use crate::vm::Vm;

/// `sys.modules[name]`, if present (and not `None`).
pub fn cached_module(vm: &Vm, name: &str) -> Option<Value> {
    get_by_name(&sys_attr(vm, "modules")?, name).filter(|m| !m.is_none())
}

fn set_cached(vm: &Vm, name: &str, m: Value) {
    if let Some(mods) = sys_attr(vm, "modules") {
        set_by_name(&mods, name, m);
    }
}

fn str_of(v: &Value) -> Option<String> {
    v.as_str_data().map(|s| s.lossy().into_owned())
}

/// An attribute of a module (or any object), `None` when missing.
fn attr(vm: &mut Vm, obj: &Value, name: &str) -> Option<Value> {
    if let Some(d) = module_dict(obj) {
        return get_by_name(d, name);
    }
    protocol::getattr(vm, obj, &new_str(name)).ok()
}

/// `ImportError`/`ModuleNotFoundError` with CPython's `name` and `path` attributes.
pub fn import_error(
    cls: &krait_object::ObjRef,
    msg: String,
    name: Option<&str>,
    path: Option<&str>,
) -> PyErr {
    let err = new_error(cls, msg.clone());
    if let Some(d) = exc_data(&err.exc) {
        let mut dict = d.dict.borrow_mut();
        let s = |x: Option<&str>| x.map_or(Value::None, new_str);
        dict.set_str_key(new_str("msg"), new_str(&msg));
        dict.set_str_key(new_str("name"), s(name));
        dict.set_str_key(new_str("path"), s(path));
    }
    err
}

/// `ModuleNotFoundError: No module named 'name'` (with `.name` set). When no standard
/// library was found, the message says so.
pub fn module_not_found(vm: &Vm, name: &str) -> PyErr {
    let mut msg = format!("No module named '{name}'");
    if !name.contains('.') {
        let v = vm.version;
        match &vm.stdlib {
            None => msg.push_str(&format!(
                " (krait found no CPython {v} standard library: install python{v} or give \
                 its lib/python{v} directory with --stdlib DIR or KRAIT_STDLIB)"
            )),
            Some(dir) if !stdlib::is_stdlib(dir, v) => msg.push_str(&format!(
                " (the standard library directory {} given with --stdlib or KRAIT_STDLIB \
                 does not hold CPython {v}'s compiled modules)",
                dir.display()
            )),
            Some(_) => {}
        }
    }
    import_error(
        &builtin_types().exc.module_not_found_error,
        msg,
        Some(name),
        None,
    )
}

/// `__import__(name, globals, locals, fromlist, level)`.
pub fn import_module_level(
    vm: &mut Vm,
    name: &Value,
    globals: &Value,
    fromlist: &Value,
    level: i64,
) -> PyResult<Value> {
    let Some(name) = str_of(name) else {
        return Err(type_error(format!(
            "module name must be str, not {}",
            name.class_name()
        )));
    };
    if level < 0 {
        return Err(value_error("level must be >= 0"));
    }
    let abs_name = if level > 0 {
        resolve_name(vm, &name, globals, level)?
    } else {
        if name.is_empty() {
            return Err(value_error("Empty module name"));
        }
        name.clone()
    };
    let module = import_absolute(vm, &abs_name)?;
    let has_from = !fromlist.is_none() && protocol::truthy(vm, fromlist)?;
    if !has_from {
        if level == 0 || !name.is_empty() {
            let front = name.split('.').next().unwrap_or("");
            if level == 0 {
                return import_absolute(vm, front);
            }
            let cut = name.len() - front.len();
            let to_return = &abs_name[..abs_name.len() - cut];
            return cached_module(vm, to_return).ok_or_else(|| {
                krait_object::error::key_error(new_str(&format!(
                    "'{to_return}' not in sys.modules as expected"
                )))
            });
        }
        return Ok(module);
    }
    if attr(vm, &module, "__path__").is_some() {
        handle_fromlist(vm, &module, fromlist, false)?;
    }
    Ok(module)
}

/// The absolute name of a relative import (`resolve_name` in CPython's import.c).
fn resolve_name(vm: &mut Vm, name: &str, globals: &Value, level: i64) -> PyResult<String> {
    let import_err = |msg: &str| new_error(&builtin_types().exc.import_error, msg);
    let get =
        |k: &str| krait_object::types::dict::as_dict(globals).and_then(|_| get_by_name(globals, k));
    let package = match get("__package__").filter(|p| !p.is_none()) {
        Some(p) => str_of(&p).ok_or_else(|| type_error("package must be a string"))?,
        None => match get("__spec__").filter(|s| !s.is_none()) {
            Some(spec) => {
                let parent = attr(vm, &spec, "parent").unwrap_or(Value::None);
                str_of(&parent).ok_or_else(|| type_error("__spec__.parent must be a string"))?
            }
            None => {
                let n = get("__name__").ok_or_else(|| {
                    krait_object::error::key_error(new_str("'__name__' not in globals"))
                })?;
                let n = str_of(&n).ok_or_else(|| type_error("__name__ must be a string"))?;
                if get("__path__").is_some() {
                    n
                } else {
                    n.rsplit_once('.')
                        .map_or(String::new(), |(a, _)| a.to_owned())
                }
            }
        },
    };
    if package.is_empty() {
        return Err(import_err(
            "attempted relative import with no known parent package",
        ));
    }
    let mut base = package.as_str();
    for _ in 1..level {
        match base.rsplit_once('.') {
            Some((a, _)) => base = a,
            None => {
                return Err(import_err(
                    "attempted relative import beyond top-level package",
                ))
            }
        }
    }
    Ok(if name.is_empty() {
        base.to_owned()
    } else {
        format!("{base}.{name}")
    })
}

/// `_handle_fromlist`: imports the submodules named in `fromlist` that are not yet
/// attributes of the package (`*` means its `__all__`).
fn handle_fromlist(vm: &mut Vm, module: &Value, fromlist: &Value, recursive: bool) -> PyResult<()> {
    let items = protocol::collect(vm, fromlist)?;
    let modname = attr(vm, module, "__name__")
        .and_then(|n| str_of(&n))
        .unwrap_or_default();
    for x in items {
        let Some(xs) = str_of(&x) else {
            let what = if recursive {
                format!("{modname}.__all__")
            } else {
                "``from list''".to_owned()
            };
            return Err(type_error(format!(
                "Item in {what} must be str, not {}",
                x.class_name()
            )));
        };
        if xs == "*" {
            if !recursive {
                if let Some(all) = attr(vm, module, "__all__") {
                    handle_fromlist(vm, module, &all, true)?;
                }
            }
            continue;
        }
        if attr(vm, module, &xs).is_some() {
            continue;
        }
        let from_name = format!("{modname}.{xs}");
        if let Err(e) = import_absolute(vm, &from_name) {
            let t = builtin_types();
            let same = e.matches(&t.exc.module_not_found_error)
                && exc_data(&e.exc)
                    .and_then(|d| d.dict.borrow().get_str("name"))
                    .and_then(|n| str_of(&n))
                    .is_some_and(|n| n == from_name);
            if same {
                continue;
            }
            return Err(e);
        }
    }
    Ok(())
}

/// Imports the absolute dotted name `name` (`_find_and_load`): `sys.modules`, the
/// parent package first, then the native modules and the path entries.
pub fn import_absolute(vm: &mut Vm, name: &str) -> PyResult<Value> {
    if let Some(m) = cached_module(vm, name) {
        return Ok(m);
    }
    let (parent, child) = match name.rsplit_once('.') {
        Some((p, c)) => (Some(p), c),
        None => (None, name),
    };
    let mut search_path = None;
    let mut parent_module = None;
    if let Some(parent) = parent {
        let pm = import_absolute(vm, parent)?;
        if let Some(m) = cached_module(vm, name) {
            return Ok(m);
        }
        let Some(path) = attr(vm, &pm, "__path__") else {
            return Err(import_error(
                &builtin_types().exc.module_not_found_error,
                format!("No module named '{name}'; '{parent}' is not a package"),
                Some(name),
                None,
            ));
        };
        search_path = Some(path);
        parent_module = Some(pm);
    }
    let module = if parent.is_none() && crate::modules::find(name).is_some() {
        let def = crate::modules::find(name).expect("checked above");
        let m = (def.init)(vm)?;
        spec::init_native_module_attrs(vm, &m, name);
        set_cached(vm, name, m.clone());
        m
    } else {
        let entries = match &search_path {
            Some(p) => protocol::collect(vm, p)?,
            None => match sys_attr(vm, "path") {
                Some(p) => protocol::collect(vm, &p)?,
                None => Vec::new(),
            },
        };
        let dirs: Vec<String> = entries.iter().filter_map(str_of).collect();
        let Some(found) = finder::find(vm, name, child, &dirs)? else {
            return Err(module_not_found(vm, name));
        };
        loader::load(vm, name, found)?
    };
    if let Some(pm) = parent_module {
        let _ = protocol::setattr(vm, &pm, &new_str(child), Some(module.clone()));
    }
    Ok(module)
}
