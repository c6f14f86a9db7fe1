//! `match` statements (3.10+): MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, MATCH_CLASS.
//! The rest of a pattern compiles to ordinary opcodes (GET_LEN, UNPACK_*, COMPARE_OP, …).
//!
//! CPython decides "is a mapping / sequence / self-matching" with type flags
//! (`Py_TPFLAGS_MAPPING`, `Py_TPFLAGS_SEQUENCE`, `_Py_TPFLAGS_MATCH_SELF`), which builtin
//! types set and subclasses inherit. krait reads them off the MRO instead: a builtin
//! (non-heap) type of the right name anywhere in the subject's MRO. That covers builtin
//! types as other modules add them, and subclasses of them, without a flag per type.

use std::rc::Rc;

use krait_object::error::{type_error, value_error, PyErr, PyResult};
use krait_object::object::{ObjRef, Payload};
use krait_object::protocol;
use krait_object::typeobj::flags;
use krait_object::types::builtin_types;
use krait_object::types::dict::{as_dict, dict_get};
use krait_object::types::list::new_list;
use krait_object::types::tuple::{new_tuple, tuple_items};
use krait_object::Value;

use super::{Exit, OpResult};
use crate::vm::Vm;

/// Builtin types with `Py_TPFLAGS_SEQUENCE` (str, bytes and bytearray are not sequences
/// to `match`).
const SEQUENCE_TYPES: &[&str] = &["list", "tuple", "range", "memoryview", "deque", "array"];
/// Builtin types with `Py_TPFLAGS_MAPPING`.
const MAPPING_TYPES: &[&str] = &["dict", "mappingproxy"];
/// Builtin types with `_Py_TPFLAGS_MATCH_SELF`: `case int(x)` binds the subject itself.
const MATCH_SELF_TYPES: &[&str] = &[
    "bool",
    "bytearray",
    "bytes",
    "dict",
    "float",
    "frozenset",
    "int",
    "list",
    "set",
    "str",
    "tuple",
];

/// Whether a builtin type named in `names` is in the MRO of `cls`.
fn has_builtin_base(cls: &ObjRef, names: &[&str]) -> bool {
    let t = protocol::td(cls);
    let mro = t.mro.borrow();
    mro.iter().any(|b| {
        let bt = protocol::td(b);
        !bt.has_flag(flags::HEAPTYPE) && names.contains(&bt.name.borrow().as_str())
    })
}

/// Whether `cls` or a base carries `flag` (set by `abc` for collections.abc types and
/// their registered virtual subclasses).
fn has_flag_base(cls: &ObjRef, flag: u32) -> bool {
    let t = protocol::td(cls);
    let mro = t.mro.borrow();
    mro.iter().any(|b| protocol::td(b).has_flag(flag))
}

/// MATCH_MAPPING: pushes whether TOS is a mapping.
pub fn MATCH_MAPPING(vm: &mut Vm, _arg: u32) -> OpResult {
    let subject = vm.peek(0);
    let yes = has_builtin_base(&subject.class(), MAPPING_TYPES)
        || has_flag_base(&subject.class(), flags::MAPPING);
    vm.push(Value::Bool(yes));
    Ok(())
}

/// MATCH_SEQUENCE: pushes whether TOS is a sequence.
pub fn MATCH_SEQUENCE(vm: &mut Vm, _arg: u32) -> OpResult {
    let subject = vm.peek(0);
    let yes = has_builtin_base(&subject.class(), SEQUENCE_TYPES)
        || has_flag_base(&subject.class(), flags::SEQUENCE);
    vm.push(Value::Bool(yes));
    Ok(())
}

/// MATCH_KEYS: TOS a tuple of keys, TOS1 the subject. Pushes the tuple of the values
/// when the subject has every key, else None. Looks keys up with `get`, never `[]`
/// (so `__missing__` does not run).
pub fn MATCH_KEYS(vm: &mut Vm, _arg: u32) -> OpResult {
    let keys = vm.peek(0);
    let subject = vm.peek(1);
    let r = match_keys(vm, &subject, tuple_items(&keys))?;
    vm.push(r);
    Ok(())
}

fn match_keys(vm: &mut Vm, subject: &Value, keys: &[Value]) -> PyResult<Value> {
    if keys.is_empty() {
        return Ok(new_tuple(Vec::new()));
    }
    // A fresh object: `get`'s default, told apart from any stored value by identity.
    let dummy = new_list(Vec::new());
    let get = match as_dict(subject) {
        Some(_) => None,
        None => Some(protocol::getattr_str(vm, subject, "get")?),
    };
    let mut seen: Vec<Value> = Vec::with_capacity(keys.len());
    let mut values = Vec::with_capacity(keys.len());
    for key in keys {
        protocol::hash(vm, key)?;
        for s in &seen {
            if protocol::eq(vm, s, key)? {
                let r = protocol::repr_string(vm, key)?;
                return Err(value_error(format!(
                    "mapping pattern checks duplicate key ({r})"
                )));
            }
        }
        seen.push(key.clone());
        let value = match (&get, as_dict(subject)) {
            (None, Some(d)) => dict_get(vm, d, key)?,
            (Some(g), _) => {
                let v = protocol::call0(vm, g, &[key.clone(), dummy.clone()])?;
                (!v.is(&dummy)).then_some(v)
            }
            (None, None) => None,
        };
        match value {
            Some(v) => values.push(v),
            None => return Ok(Value::None),
        }
    }
    Ok(new_tuple(values))
}

/// MATCH_CLASS(count): TOS a tuple of keyword attribute names, TOS1 the class, TOS2 the
/// subject. Replaces the three with the tuple of extracted attributes (`count`
/// positional ones, then the keywords) on a match, else None.
pub fn MATCH_CLASS(vm: &mut Vm, arg: u32) -> OpResult {
    let names = vm.pop();
    let cls = vm.pop();
    let subject = vm.pop();
    let r = match_class(vm, &subject, &cls, arg as usize, tuple_items(&names))?;
    vm.push(r.unwrap_or(Value::None));
    Ok(())
}

fn match_class(
    vm: &mut Vm,
    subject: &Value,
    cls: &Value,
    nargs: usize,
    kwnames: &[Value],
) -> Result<Option<Value>, Exit> {
    let Some(Payload::Type(t)) = cls.payload() else {
        return Err(type_error("called match pattern must be a type").into());
    };
    let Value::Obj(cls_obj) = cls else {
        return Ok(None);
    };
    if !protocol::isinstance(subject, cls_obj) {
        return Ok(None);
    }
    let tname = t.name();
    let mut seen: Vec<Value> = Vec::new();
    let mut attrs: Vec<Value> = Vec::new();
    if nargs > 0 {
        let (match_args, match_self) = match protocol::getattr_str(vm, cls, "__match_args__") {
            Ok(m) => {
                if !matches!(m.payload(), Some(Payload::Tuple(_)))
                    || !Rc::ptr_eq(&m.class(), &builtin_types().tuple)
                {
                    return Err(type_error(format!(
                        "{tname}.__match_args__ must be a tuple (got {})",
                        m.class_name()
                    ))
                    .into());
                }
                (m, false)
            }
            Err(e) if e.matches(&builtin_types().exc.attribute_error) => (
                new_tuple(Vec::new()),
                has_builtin_base(cls_obj, MATCH_SELF_TYPES),
            ),
            Err(e) => return Err(e.into()),
        };
        let match_args = tuple_items(&match_args);
        let allowed = if match_self { 1 } else { match_args.len() };
        if allowed < nargs {
            return Err(type_error(format!(
                "{tname}() accepts {allowed} positional sub-pattern{} ({nargs} given)",
                if allowed == 1 { "" } else { "s" }
            ))
            .into());
        }
        if match_self {
            attrs.push(subject.clone());
        } else {
            for name in &match_args[..nargs] {
                if !Rc::ptr_eq(&name.class(), &builtin_types().str) {
                    return Err(type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        name.class_name()
                    ))
                    .into());
                }
                match match_class_attr(vm, subject, &tname, name, &mut seen)? {
                    Some(a) => attrs.push(a),
                    None => return Ok(None),
                }
            }
        }
    }
    for name in kwnames {
        match match_class_attr(vm, subject, &tname, name, &mut seen)? {
            Some(a) => attrs.push(a),
            None => return Ok(None),
        }
    }
    Ok(Some(new_tuple(attrs)))
}

/// One attribute of a class pattern: a name given twice is a TypeError; a missing
/// attribute (AttributeError) is no match.
fn match_class_attr(
    vm: &mut Vm,
    subject: &Value,
    tname: &str,
    name: &Value,
    seen: &mut Vec<Value>,
) -> Result<Option<Value>, PyErr> {
    for s in seen.iter() {
        if protocol::eq(vm, s, name)? {
            let r = protocol::repr_string(vm, name)?;
            return Err(type_error(format!(
                "{tname}() got multiple sub-patterns for attribute {r}"
            )));
        }
    }
    seen.push(name.clone());
    match protocol::getattr(vm, subject, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&builtin_types().exc.attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}
