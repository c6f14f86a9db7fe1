//! The finder and loader protocol for Python code that drives imports itself
//! (`importlib.import_module`, `importlib.util.find_spec`, `pkgutil`): `sys.meta_path`
//! holds `BuiltinImporter` and `PathFinder`, whose `find_spec` classmethods return the
//! same `ModuleSpec`s krait's own import builds, and the loaders' `create_module` /
//! `exec_module` run a module the way `crate::import::loader` does.

use std::path::{Path, PathBuf};

use krait_object::args::Args;
use krait_object::error::{type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::protocol;
use krait_object::types::module::module_dict;
use krait_object::Value;

use super::finder::{self, Found};
use super::spec::{self, Origin};
use crate::builtins::vm_of;
use crate::vm::Vm;

fn the_vm(i: &mut dyn Interp) -> PyResult<&mut Vm> {
    vm_of(i).ok_or_else(|| type_error("the import system needs the VM"))
}

fn text(v: &Value) -> Option<String> {
    v.as_str_data().map(|s| s.lossy().into_owned())
}

/// `BuiltinImporter.find_spec(fullname, path=None, target=None)`.
pub fn builtin_find_spec(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let name = args.pos().get(1).and_then(text).unwrap_or_default();
    if crate::modules::find(&name).is_none() && name != "sys" && name != "builtins" {
        return Ok(Value::None);
    }
    Ok(spec::builtin_spec(&name))
}

/// `BuiltinImporter.create_module(spec)`: the native module (cached in `sys.modules`).
pub fn builtin_create_module(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let spec = args.pos().get(1).cloned().unwrap_or(Value::None);
    let name = text(&protocol::getattr_str(i, &spec, "name")?).unwrap_or_default();
    let vm = the_vm(i)?;
    if let Some(m) = super::cached_module(vm, &name) {
        return Ok(m);
    }
    match crate::modules::find(&name) {
        Some(def) => (def.init)(vm),
        None => Err(super::import_error(
            &krait_object::builtin_types().exc.import_error,
            format!("no built-in module named {name}"),
            Some(&name),
            None,
        )),
    }
}

pub fn noop(_i: &mut dyn Interp, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `PathFinder.find_spec(fullname, path=None, target=None)`.
pub fn path_find_spec(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let fullname = pos.get(1).and_then(text).unwrap_or_default();
    let path = pos.get(2).cloned().or_else(|| args.kwarg("path").cloned());
    let vm = the_vm(i)?;
    let entries = match path.filter(|p| !p.is_none()) {
        Some(p) => protocol::collect(vm, &p)?,
        None => match crate::builtins::sys::sys_attr(vm, "path") {
            Some(p) => protocol::collect(vm, &p)?,
            None => Vec::new(),
        },
    };
    let dirs: Vec<String> = entries.iter().filter_map(text).collect();
    let tail = fullname.rsplit('.').next().unwrap_or("").to_owned();
    let Some(found) = finder::find(vm, &fullname, &tail, &dirs)? else {
        return Ok(Value::None);
    };
    let origin = match found {
        Found::Namespace { portions } => Origin::Namespace(portions),
        Found::Source { py, package } => Origin::Source {
            cached: super::pyc::cache_path(&py, vm.version),
            py,
            package,
        },
        Found::Sourceless { pyc, package } => Origin::Sourceless { pyc, package },
    };
    Ok(spec::make_spec(&fullname, &origin).0)
}

/// The origin a file loader (`SourceFileLoader`/`SourcelessFileLoader` instance) stands
/// for, from its `path`.
fn loader_origin(vm: &mut Vm, loader: &Value) -> PyResult<Origin> {
    let path = text(&protocol::getattr_str(vm, loader, "path")?)
        .ok_or_else(|| type_error("loader path must be str"))?;
    let path = PathBuf::from(path);
    let package = (path.file_stem().is_some_and(|s| s == "__init__"))
        .then(|| path.parent().map(Path::to_path_buf))
        .flatten();
    Ok(if path.extension().is_some_and(|e| e == "py") {
        Origin::Source {
            cached: super::pyc::cache_path(&path, vm.version),
            py: path,
            package,
        }
    } else {
        Origin::Sourceless { pyc: path, package }
    })
}

/// `loader.exec_module(module)`: runs the module's code in its dict.
pub fn loader_exec_module(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let (Some(loader), Some(module)) = (pos.first(), pos.get(1)) else {
        return Err(type_error("exec_module() takes exactly one argument"));
    };
    let vm = the_vm(i)?;
    let name = module_dict(module)
        .and_then(|d| krait_object::types::dict::get_by_name(d, "__name__"))
        .and_then(|n| text(&n))
        .unwrap_or_default();
    let origin = loader_origin(vm, loader)?;
    let code = super::loader::read_code(vm, &name, &origin)?;
    let Some(dict) = module_dict(module).cloned() else {
        return Err(type_error("exec_module() needs a module"));
    };
    krait_object::types::dict::set_by_name(&dict, "__builtins__", vm.builtins.clone());
    vm.exec_code(code, dict.clone(), dict)?;
    Ok(Value::None)
}
