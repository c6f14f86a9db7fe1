//! Attributes of builtin types that exist for introspection, so `dir()`, `hasattr` and
//! `type.__dict__` see what CPython 3.11 shows: `object`'s non-slot methods
//! (`__dir__`, `__format__`, `__reduce_ex__` …), `__str__`/`__class__`/`__doc__` entries,
//! and the removal of slot wrappers krait's extra fast-path slots would otherwise
//! produce (`str.__bool__`, `list.__radd__`, `float.__and__` …).
//!
//! Invariant: [`prune_wrappers`] runs after `slot_wrappers::install_all`; the names it
//! removes are ones CPython's type never has (the shared numeric method table gives
//! `float` bit operators that always return NotImplemented).

use crate::args::Args;
use crate::error::{type_error, PyResult};
use crate::interp::Interp;
use crate::method;
use crate::protocol;
use crate::types::str::new_str;
use crate::types::{builtin_types, MethodDef};
use crate::value::Value;

/// `object`'s methods that are not slots.
pub static OBJECT_METHODS: &[MethodDef] = &[
    method!("__dir__", object_dir),
    method!("__format__", object_format),
    method!("__reduce__", crate::types::reduce::object_reduce),
    method!("__reduce_ex__", crate::types::reduce::object_reduce_ex),
    method!("__sizeof__", object_sizeof),
    method!("__getstate__", crate::types::reduce::object_getstate),
];

/// `object.__dir__(self)`: the instance dict's keys, then every class dict's along the
/// MRO, without duplicates (unsorted, as CPython's; `dir()` sorts).
fn object_dir(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("__dir__", 1)?;
    let v = &pos[0];
    let mut seen = crate::types::dict::DictData::new();
    let mut out = Vec::new();
    let mut add = |d: &crate::types::dict::DictData| {
        for k in d.keys() {
            if k.as_str_data().is_some() && seen.get_str_key(&k).is_none() {
                seen.set_str_key(k.clone(), Value::None);
                out.push(k);
            }
        }
    };
    if let Some(d) = protocol::instance_dict(v) {
        add(&d.borrow());
    }
    let cls = v.class();
    for t in protocol::td(&cls).mro.borrow().iter() {
        add(&protocol::td(t).dict.borrow());
    }
    Ok(crate::types::list::new_list(out))
}

/// `object.__format__(self, spec)`: `str(self)` for an empty spec, else TypeError.
fn object_format(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("__format__", 2)?;
    let Some(spec) = pos[1].as_str_data() else {
        return Err(type_error(format!(
            "__format__() argument must be str, not {}",
            pos[1].class_name()
        )));
    };
    if !spec.is_empty() {
        return Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            pos[0].class_name()
        )));
    }
    protocol::str_(i, &pos[0])
}

/// `object.__sizeof__`: the basic size of a plain object (implementation detail).
fn object_sizeof(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("__sizeof__", 1)?;
    Ok(Value::Int(16))
}

pub static OBJECT_CLASS_METHODS: &[MethodDef] = &[method!("__subclasshook__", object_subclasshook)];

/// `object.__subclasshook__(cls, sub)`: NotImplemented (a classmethod).
pub fn object_subclasshook(_i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Ok(builtin_types().not_implemented.clone())
}

/// Plain entries of `object`'s dict that only need to exist (`__doc__`; `__class__` is
/// answered before any dict lookup, by `generic_getattr` and `type_getattr`).
pub fn install_object_entries(bt: &crate::types::BuiltinTypes) {
    // Runs while the builtin types are being built: strings take the class explicitly.
    let s = |x: &str| crate::types::str::new_str_with_class(&bt.str, x);
    let t = protocol::td(&bt.object);
    let mut d = t.dict.borrow_mut();
    if d.get_str("__doc__").is_none() {
        d.set_str_key(
            s("__doc__"),
            s("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"),
        );
    }
    if d.get_str("__class__").is_none() {
        d.set_str_key(s("__class__"), Value::Obj(bt.type_.clone()));
    }
}

/// Slot wrappers CPython's type does not have: krait fills these slots for speed
/// (truth tests, reflected sequence concatenation, float's bit operators refusing).
pub fn prune_wrappers(ct: &crate::descr::ClassTypes) {
    let bt = builtin_types();
    install_members(ct);
    // CPython's function type has getsets for these (members for the rest).
    let getsets = [
        "__code__",
        "__defaults__",
        "__kwdefaults__",
        "__annotations__",
    ];
    for n in getsets {
        let d = crate::descr::new_descr(
            &ct.getset,
            crate::descr::Descr::Member {
                name: new_str(n),
                owner: bt.function.clone(),
            },
        );
        protocol::td(&bt.function)
            .dict
            .borrow_mut()
            .set_str_key(new_str(n), d);
    }
    crate::types::genericalias::install_class_getitem(ct);
    let bits: &[&str] = &[
        "__and__",
        "__rand__",
        "__or__",
        "__ror__",
        "__xor__",
        "__rxor__",
        "__lshift__",
        "__rlshift__",
        "__rshift__",
        "__rrshift__",
        "__invert__",
    ];
    let seq: &[&str] = &["__bool__", "__radd__"];
    let table: &[(&crate::object::ObjRef, &[&str])] = &[
        (&bt.float, bits),
        (&bt.complex, bits),
        (&bt.str, &["__bool__", "__radd__"]),
        (&bt.list, &["__bool__", "__radd__"]),
        (&bt.tuple, &["__bool__", "__radd__"]),
        (&bt.bytes, seq),
        (&bt.bytearray, seq),
        (&bt.dict, &["__bool__"]),
        (&bt.set, &["__bool__"]),
        (&bt.frozenset, &["__bool__"]),
        (&bt.dict_values, &["__contains__"]),
    ];
    for (cls, names) in table {
        let t = protocol::td(cls);
        let mut d = t.dict.borrow_mut();
        for n in names.iter() {
            let key = new_str(n);
            d.remove_str_key(&key);
        }
    }
}

/// Data attributes the types' `getattro` answers (`(5).real`, `range(3).start`) also get
/// a descriptor in the type dict, so `dir()` and `hasattr(int, 'real')` see them.
fn install_members(ct: &crate::descr::ClassTypes) {
    let bt = builtin_types();
    let table: &[(&crate::object::ObjRef, &[&str])] = &[
        (&bt.int, &["real", "imag", "numerator", "denominator"]),
        (&bt.float, &["real", "imag"]),
        (&bt.complex, &["real", "imag"]),
        (&bt.range, &["start", "stop", "step"]),
        (&bt.slice, &["start", "stop", "step"]),
        // `types.py` reads `type(FunctionType.__code__)` and `FunctionType.__globals__`.
        (
            &bt.function,
            &[
                "__code__",
                "__globals__",
                "__closure__",
                "__defaults__",
                "__kwdefaults__",
                "__annotations__",
                "__builtins__",
            ],
        ),
    ];
    for (cls, names) in table {
        let t = protocol::td(cls);
        for n in names.iter() {
            if t.dict.borrow().get_str(n).is_some() {
                continue;
            }
            let d = crate::descr::new_descr(
                &ct.member,
                crate::descr::Descr::Member {
                    name: new_str(n),
                    owner: (*cls).clone(),
                },
            );
            t.dict.borrow_mut().set_str_key(new_str(n), d);
        }
    }
}

/// `list.__reversed__`, `dict.__reversed__`, `range.__reversed__`: `reversed(self)`.
pub static REVERSED_METHODS: &[MethodDef] = &[method!("__reversed__", reversed_)];

fn reversed_(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("__reversed__", 1)?;
    let rev = Value::Obj(builtin_types().reversed.clone());
    protocol::call(i, &rev, Args::new(&pos[..1], &[]))
}

/// `__getnewargs__` of str, tuple and bytes: `(copy,)` of the exact base type.
pub static STR_NEWARGS: &[MethodDef] = &[method!("__getnewargs__", str_newargs)];
pub static TUPLE_NEWARGS: &[MethodDef] = &[method!("__getnewargs__", tuple_newargs)];
pub static BYTES_EXTRA: &[MethodDef] = &[
    method!("__getnewargs__", bytes_newargs),
    method!("__bytes__", bytes_bytes),
];
pub static BYTES_SHARED_EXTRA: &[MethodDef] = &[method!("istitle", bytes_istitle)];

fn str_newargs(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("__getnewargs__", 1)?;
    let Some(s) = pos[0].as_str_data() else {
        return Err(type_error("__getnewargs__ requires a 'str' object"));
    };
    let copy = crate::types::str::new_str_data(crate::types::str::StrData::from_wtf8(s.as_bytes()));
    Ok(crate::types::tuple::new_tuple(vec![copy]))
}

fn tuple_newargs(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("__getnewargs__", 1)?;
    let Some(crate::object::Payload::Tuple(t)) = pos[0].payload() else {
        return Err(type_error("__getnewargs__ requires a 'tuple' object"));
    };
    let copy = crate::types::tuple::new_tuple(t.to_vec());
    Ok(crate::types::tuple::new_tuple(vec![copy]))
}

fn bytes_copy(v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(crate::object::Payload::Bytes(b)) => Ok(crate::types::bytes::new_bytes(b.to_vec())),
        _ => Err(type_error("descriptor requires a 'bytes' object")),
    }
}

fn bytes_newargs(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("__getnewargs__", 1)?;
    Ok(crate::types::tuple::new_tuple(vec![bytes_copy(&pos[0])?]))
}

fn bytes_bytes(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("__bytes__", 1)?;
    if crate::types::str::is_exact(&pos[0], &builtin_types().bytes) {
        return Ok(pos[0].clone());
    }
    bytes_copy(&pos[0])
}

/// `bytes.istitle()` / `bytearray.istitle()`: ASCII titlecase (CPython's
/// `_Py_bytes_istitle`): uppercase only after uncased, lowercase only after cased, and
/// at least one cased byte.
fn bytes_istitle(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("istitle", 1)?;
    let b: Vec<u8> = match pos[0].payload() {
        Some(crate::object::Payload::Bytes(b)) => b.to_vec(),
        Some(crate::object::Payload::ByteArray(b)) => b.borrow().clone(),
        _ => return Err(type_error("istitle requires a bytes-like object")),
    };
    let (mut cased, mut prev_cased) = (false, false);
    for c in b {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

/// `float.__getformat__(typestr)`.
pub static FLOAT_CLASS_METHODS: &[MethodDef] = &[method!("__getformat__", float_getformat)];

fn float_getformat(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("__getformat__", 2)?;
    let Some(s) = pos[1].as_str_data() else {
        return Err(type_error(format!(
            "__getformat__() argument must be str, not {}",
            pos[1].class_name()
        )));
    };
    match s.as_str() {
        Some("double" | "float") => Ok(new_str(if cfg!(target_endian = "little") {
            "IEEE, little-endian"
        } else {
            "IEEE, big-endian"
        })),
        _ => Err(crate::error::value_error(
            "__getformat__() argument 1 must be 'double' or 'float'",
        )),
    }
}
