//! `_imp`: the import machinery's C helpers, as `importlib._bootstrap` (set up by
//! `import importlib`) calls them. Native modules are krait's "built-in" modules; there
//! are no frozen modules and no extension modules.

use krait_object::args::Args;
use krait_object::error::{type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::protocol;
use krait_object::types::bytes::new_bytes;
use krait_object::types::list::new_list;
use krait_object::types::str::new_str;
use krait_object::types::tuple::new_tuple;
use krait_object::Value;

use super::{new_module_with, set_attr};
use crate::builtins::vm_of;
use crate::vm::Vm;

const FUNCTIONS: crate::builtins::FunctionTable = &[
    ("is_builtin", is_builtin),
    ("create_builtin", create_builtin),
    ("exec_builtin", exec_zero),
    ("exec_dynamic", exec_zero),
    ("create_dynamic", create_dynamic),
    ("is_frozen", false_fn),
    ("is_frozen_package", false_fn),
    ("find_frozen", none_fn),
    ("get_frozen_object", get_frozen_object),
    ("init_frozen", none_fn),
    ("_frozen_module_names", frozen_names),
    ("acquire_lock", none_fn),
    ("release_lock", none_fn),
    ("lock_held", false_fn),
    ("extension_suffixes", extension_suffixes),
    ("_fix_co_filename", none_fn),
    ("source_hash", source_hash),
    ("_override_frozen_modules_for_tests", none_fn),
];

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with("_imp", FUNCTIONS);
    set_attr(&m, "check_hash_based_pycs", new_str("default"));
    Ok(m)
}

fn name_arg(args: &Args, f: &str) -> PyResult<String> {
    args.pos()
        .first()
        .and_then(|v| v.as_str_data())
        .map(|s| s.lossy().into_owned())
        .ok_or_else(|| type_error(format!("{f}() argument must be str")))
}

/// 1 for a native module, -1 for `sys`/`builtins` (cannot be re-initialized), else 0.
fn is_builtin(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let name = name_arg(&args, "is_builtin")?;
    Ok(Value::Int(if name == "sys" || name == "builtins" {
        -1
    } else {
        i64::from(super::find(&name).is_some())
    }))
}

fn create_builtin(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let spec = args.pos().first().cloned().unwrap_or(Value::None);
    let name = protocol::getattr_str(i, &spec, "name")?;
    let name = name
        .as_str_data()
        .map(|s| s.lossy().into_owned())
        .ok_or_else(|| type_error("spec name must be str"))?;
    let vm = vm_of(i).ok_or_else(|| type_error("_imp needs the VM"))?;
    if let Some(m) = crate::import::cached_module(vm, &name) {
        return Ok(m);
    }
    match super::find(&name) {
        Some(def) => (def.init)(vm),
        None => Err(crate::import::import_error(
            &krait_object::builtin_types().exc.import_error,
            format!("no built-in module named {name}"),
            Some(&name),
            None,
        )),
    }
}

fn create_dynamic(_i: &mut dyn Interp, _args: Args) -> PyResult<Value> {
    Err(krait_object::error::new_error(
        &krait_object::builtin_types().exc.import_error,
        "krait does not load C extension modules",
    ))
}

fn get_frozen_object(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let name = name_arg(&args, "get_frozen_object")?;
    Err(crate::import::import_error(
        &krait_object::builtin_types().exc.import_error,
        format!("No such frozen object named '{name}'"),
        Some(&name),
        None,
    ))
}

fn exec_zero(_i: &mut dyn Interp, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn false_fn(_i: &mut dyn Interp, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn none_fn(_i: &mut dyn Interp, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn frozen_names(_i: &mut dyn Interp, _args: Args) -> PyResult<Value> {
    Ok(new_tuple(Vec::new()))
}

fn extension_suffixes(_i: &mut dyn Interp, _args: Args) -> PyResult<Value> {
    Ok(new_list(
        [".cpython-311-x86_64-linux-gnu.so", ".abi3.so", ".so"]
            .into_iter()
            .map(new_str)
            .collect(),
    ))
}

/// `source_hash(key, source)`: 8 bytes of SipHash-1-3 keyed `(key, 0)`.
fn source_hash(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = krait_object::argparse::parse(
        &args,
        &krait_object::argparse::Sig {
            fname: "source_hash",
            names: &["key", "source"],
            posonly: 0,
            required: 2,
        },
    )?;
    let key = protocol::index_i64(i, a[0].as_ref().unwrap_or(&Value::None))?;
    let src = match a[1].as_ref().and_then(Value::payload) {
        Some(krait_object::object::Payload::Bytes(b)) => b.to_vec(),
        Some(krait_object::object::Payload::ByteArray(b)) => b.borrow().clone(),
        _ => return Err(type_error("a bytes-like object is required")),
    };
    let h = krait_object::hash::keyed_hash13(key as u64, &src);
    Ok(new_bytes(h.to_le_bytes().to_vec()))
}
