//! Running a found module: its `.pyc` is read, checked (version, and for a source file
//! the `__pycache__` file's validity), prepared and executed in a new module's dict.

use std::path::Path;
use std::rc::Rc;

use krait_object::error::PyResult;
use krait_object::types::module::{module_dict, new_module};
use krait_object::{builtin_types, Value};

use super::finder::Found;
use super::pyc::{self, Stale};
use super::spec::{self, Origin};
use super::{cached_module, import_error, set_cached};
use crate::vm::Vm;

fn err(msg: String, name: &str, path: &Path) -> krait_object::PyErr {
    let p = path.display().to_string();
    import_error(&builtin_types().exc.import_error, msg, Some(name), Some(&p))
}

/// Loads the module `name` found as `found`, registering it in `sys.modules`.
pub fn load(vm: &mut Vm, name: &str, found: Found) -> PyResult<Value> {
    let origin = match found {
        Found::Namespace { portions } => {
            let m = new_module(name);
            spec::init_module_attrs(vm, &m, name, &Origin::Namespace(portions));
            set_cached(vm, name, m.clone());
            return Ok(m);
        }
        Found::Source { py, package } => Origin::Source {
            cached: pyc::cache_path(&py, vm.version),
            py,
            package,
        },
        Found::Sourceless { pyc, package } => Origin::Sourceless { pyc, package },
    };
    let code = read_code(vm, name, &origin)?;
    let module = new_module(name);
    spec::init_module_attrs(vm, &module, name, &origin);
    exec_module(vm, name, module, code)
}

/// The prepared code of the module `name` from `origin` (the `__pycache__` file of a
/// source, which must be up to date, or a sourceless `.pyc`).
pub fn read_code(
    vm: &mut Vm,
    name: &str,
    origin: &Origin,
) -> PyResult<Rc<krait_object::types::code::Code>> {
    let bytes = match origin {
        Origin::Namespace(_) => {
            return Err(err(
                "namespace packages have no code".into(),
                name,
                Path::new(""),
            ))
        }
        Origin::Source { py, cached, .. } => {
            let bytes = std::fs::read(cached).ok();
            let status = match &bytes {
                None => Err(Stale::Missing),
                Some(b) => pyc::check(b, py, vm.version),
            };
            if let Err(why) = status {
                let why = match why {
                    Stale::Missing => "has no compiled",
                    Stale::OtherVersion => "has no CPython-3.11-compiled",
                    Stale::SourceChanged => "changed since its",
                };
                return Err(err(
                    format!(
                        "krait cannot compile Python source yet: {} {why} {} (compile it with python{} -m py_compile)",
                        py.display(),
                        cached.display(),
                        vm.version
                    ),
                    name,
                    py,
                ));
            }
            bytes.unwrap_or_default()
        }
        Origin::Sourceless { pyc, .. } => match std::fs::read(pyc) {
            Ok(b) => b,
            Err(e) => return Err(err(format!("{}: {e}", pyc.display()), name, pyc)),
        },
    };
    let file = origin.code_file().to_path_buf();
    let bad_magic = || {
        let magic: Vec<u8> = bytes.iter().take(4).copied().collect();
        err(
            format!("bad magic number in '{name}': {}", bytes_repr(&magic)),
            name,
            &file,
        )
    };
    let (header, co) = match krait_loader::pyc::load(&bytes) {
        Ok(x) => x,
        Err(
            krait_loader::LoadError::ForeignMagic { .. }
            | krait_loader::LoadError::UnknownMagic { .. },
        ) => return Err(bad_magic()),
        Err(e) => return Err(err(format!("{}: {e}", file.display()), name, &file)),
    };
    if header.version != vm.version {
        return Err(bad_magic());
    }
    let co = match origin {
        Origin::Source { py, .. } => co.with_filename(&py.display().to_string()),
        _ => co,
    };
    crate::code_prep::prepare(&co).map_err(|m| err(format!("{}: {m}", file.display()), name, &file))
}

/// Runs `code` as the body of `module` (registered in `sys.modules` as `name` while it
/// runs; removed again if it raises). Returns what `sys.modules[name]` holds afterwards.
pub fn exec_module(
    vm: &mut Vm,
    name: &str,
    module: Value,
    code: Rc<krait_object::types::code::Code>,
) -> PyResult<Value> {
    let Some(dict) = module_dict(&module).cloned() else {
        return Ok(module);
    };
    krait_object::types::dict::set_by_name(&dict, "__builtins__", vm.builtins.clone());
    set_cached(vm, name, module.clone());
    let spec = krait_object::types::dict::get_by_name(&dict, "__spec__").filter(|s| !s.is_none());
    let mark = |v: bool| {
        if let Some(sd) = spec
            .as_ref()
            .and_then(krait_object::protocol::instance_dict_value)
        {
            krait_object::types::dict::set_by_name(&sd, "_initializing", Value::Bool(v));
        }
    };
    mark(true);
    vm.importing.push(name.to_owned());
    let r = vm.exec_code(code, dict.clone(), dict);
    vm.importing.pop();
    mark(false);
    if let Err(e) = r {
        if let Some(mods) = crate::builtins::sys::sys_attr(vm, "modules") {
            if let Some(d) = krait_object::types::dict::as_dict(&mods) {
                d.borrow_mut()
                    .remove_str_key(&krait_object::types::str::new_str(name));
            }
        }
        return Err(e);
    }
    Ok(cached_module(vm, name).unwrap_or(module))
}

/// `repr(bytes)` for the bad-magic message.
fn bytes_repr(b: &[u8]) -> String {
    let mut s = String::from("b'");
    for &c in b {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\'' => s.push_str("\\'"),
            b'\r' => s.push_str("\\r"),
            b'\n' => s.push_str("\\n"),
            b'\t' => s.push_str("\\t"),
            0x20..=0x7e => s.push(c as char),
            _ => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s.push('\'');
    s
}
