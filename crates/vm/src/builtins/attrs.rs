//! Namespace and attribute builtins: getattr, setattr, hasattr, delattr, vars, dir,
//! globals, locals.

use krait_object::args::Args;
use krait_object::error::{type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::object::Payload;
use krait_object::protocol;
use krait_object::types::builtin_types;
use krait_object::types::dict::{as_dict, new_dict, DictData};
use krait_object::types::list::{new_list, sort_values};
use krait_object::Value;

use super::{vm_of, FunctionTable};
use crate::vm::Vm;

pub static FUNCTIONS: FunctionTable = &[
    ("getattr", getattr),
    ("setattr", setattr),
    ("hasattr", hasattr),
    ("delattr", delattr),
    ("vars", vars),
    ("dir", dir),
    ("globals", globals),
    ("locals", locals),
];

fn attr_name(v: &Value) -> PyResult<&Value> {
    if v.as_str_data().is_none() {
        return Err(type_error(format!(
            "attribute name must be string, not '{}'",
            v.class_name()
        )));
    }
    Ok(v)
}

fn n_args<'a>(args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    args.no_kwargs(name)?;
    let pos = args.pos();
    if pos.len() != n {
        return Err(type_error(format!(
            "{name} expected {n} arguments, got {}",
            pos.len()
        )));
    }
    Ok(pos)
}

fn is_attribute_error(e: &krait_object::PyErr) -> bool {
    e.matches(&builtin_types().exc.attribute_error)
}

fn getattr(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.between("getattr", 2, 3)?;
    let name = attr_name(&pos[1])?;
    match protocol::getattr(i, &pos[0], name) {
        Ok(v) => Ok(v),
        Err(e) if pos.len() == 3 && is_attribute_error(&e) => Ok(pos[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = n_args(&args, "setattr", 3)?;
    let name = attr_name(&pos[1])?;
    protocol::setattr(i, &pos[0], name, Some(pos[2].clone()))?;
    Ok(Value::None)
}

fn delattr(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = n_args(&args, "delattr", 2)?;
    let name = attr_name(&pos[1])?;
    protocol::setattr(i, &pos[0], name, None)?;
    Ok(Value::None)
}

fn hasattr(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = n_args(&args, "hasattr", 2)?;
    let name = attr_name(&pos[1])?;
    match protocol::getattr(i, &pos[0], name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if is_attribute_error(&e) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn the_vm(i: &mut dyn Interp) -> PyResult<&mut Vm> {
    vm_of(i).ok_or_else(|| krait_object::error::system_error("no running frame"))
}

/// The calling frame's globals dict.
fn globals(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("globals", 0)?;
    let vm = the_vm(i)?;
    Ok(vm
        .frame()
        .map_or_else(|| vm.main_globals.clone(), |f| f.globals.clone()))
}

/// `locals()`: the namespace dict of module code; for a function a new dict of its
/// bound fast locals (cells and free variables by their contents), in
/// `co_localsplusnames` order.
pub fn frame_locals(vm: &Vm) -> Value {
    match vm.frames.len() {
        0 => vm.main_globals.clone(),
        n => frame_locals_at(vm, n - 1),
    }
}

/// The locals of `vm.frames[index]` (a snapshot dict for a function frame).
pub fn frame_locals_at(vm: &Vm, index: usize) -> Value {
    let Some(f) = vm.frames.get(index) else {
        return vm.main_globals.clone();
    };
    if !f.locals.is_null() {
        return f.locals.clone();
    }
    const CELL_OR_FREE: u8 = 0x40 | 0x80;
    let mut d = DictData::new();
    let kinds = &f.code.co.localspluskinds;
    for (k, name) in f.code.localsplus_names.iter().enumerate() {
        let Some(v) = vm.stack.get(f.base + k) else {
            break;
        };
        let v = match v.payload() {
            Some(Payload::Cell(c)) if kinds.get(k).is_some_and(|x| x & CELL_OR_FREE != 0) => {
                c.borrow().clone()
            }
            _ => v.clone(),
        };
        if !v.is_null() {
            d.set_str_key(name.clone(), v);
        }
    }
    new_dict(d)
}

fn locals(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("locals", 0)?;
    Ok(frame_locals(the_vm(i)?))
}

fn vars(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.between("vars", 0, 1)?;
    let Some(obj) = pos.first() else {
        return Ok(frame_locals(the_vm(i)?));
    };
    match protocol::getattr_str(i, obj, "__dict__") {
        Ok(d) => Ok(d),
        Err(e) if is_attribute_error(&e) => {
            Err(type_error("vars() argument must have __dict__ attribute"))
        }
        Err(e) => Err(e),
    }
}

/// Every key of a dict table, as str values.
fn keys_of(d: &DictData, out: &mut Vec<Value>) {
    out.extend(d.keys());
}

/// The names a `__dir__` defined in Python gives: a module's own `__dir__` function, or
/// one defined by the object's class (`type(obj).__dir__(obj)`).
fn custom_dir(i: &mut dyn Interp, obj: &Value) -> PyResult<Option<Vec<Value>>> {
    let listed = if let Some(Payload::Module(m)) = obj.payload() {
        match krait_object::types::dict::get_by_name(&m.dict, "__dir__") {
            Some(f) => protocol::call(i, &f, Args::positional(&[]))?,
            None => return Ok(None),
        }
    } else {
        let cls = obj.class();
        match protocol::td(&cls).lookup_str("__dir__") {
            Some(f @ Value::Obj(_)) if matches!(f.payload(), Some(Payload::Function(_))) => {
                protocol::call(i, &f, Args::positional(std::slice::from_ref(obj)))?
            }
            _ => return Ok(None),
        }
    };
    Ok(Some(protocol::collect(i, &listed)?))
}

/// `dir([obj])`: sorted names. Without an argument the caller's local names; for a
/// module its dict; otherwise the instance dict plus every class in the MRO (for a class:
/// its MRO's dicts).
fn dir(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.between("dir", 0, 1)?;
    let mut names = Vec::new();
    match pos.first() {
        None => {
            let l = frame_locals(the_vm(i)?);
            if let Some(d) = as_dict(&l) {
                keys_of(&d.borrow(), &mut names);
            }
        }
        Some(obj) => {
            if let Some(listed) = custom_dir(i, obj)? {
                names = listed;
            } else if let Some(Payload::Module(m)) = obj.payload() {
                if let Some(d) = as_dict(&m.dict) {
                    keys_of(&d.borrow(), &mut names);
                }
            } else {
                if let Some(d) = protocol::instance_dict(obj) {
                    keys_of(&d.borrow(), &mut names);
                }
                let cls = match obj.payload() {
                    Some(Payload::Type(_)) => obj.as_obj().cloned().unwrap_or_else(|| obj.class()),
                    _ => obj.class(),
                };
                let mro = protocol::td(&cls).mro.borrow().clone();
                for t in &mro {
                    keys_of(&protocol::td(t).dict.borrow(), &mut names);
                }
            }
        }
    }
    let mut seen = DictData::new();
    let mut uniq = Vec::with_capacity(names.len());
    for n in names {
        if n.as_str_data().is_some() && seen.get_str_key(&n).is_none() {
            seen.set_str_key(n.clone(), Value::None);
            uniq.push(n);
        }
    }
    Ok(new_list(sort_values(i, uniq, None, false)?))
}
