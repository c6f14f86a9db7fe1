//! `bytes` (immutable, `Payload::Bytes`) and `bytearray` (`Payload::ByteArray`, a
//! `RefCell<Vec<u8>>`): construction, operators, indexing and slicing, and bytearray
//! item assignment. Methods shared by both are in `bytes_methods.rs`, bytearray's
//! mutators in `bytearray.rs`.
//!
//! Invariant: a bytearray's `RefCell` is never borrowed across a call into Python code;
//! readers copy the contents first ([`bytes_of`]).

use std::cell::RefCell;
use std::rc::Rc;

use crate::args::Args;
use crate::error::{index_error, type_error, value_error, PyResult};
use crate::interp::Interp;
use crate::object::{ObjRef, Payload, PyObject};
use crate::protocol;
use crate::typeobj::{flags, BinOp, CmpOp, TypeData};
use crate::types::builtin_types;
use crate::types::str::new_string;
use crate::value::Value;

pub fn new_bytes(b: Vec<u8>) -> Value {
    Value::Obj(PyObject::new(
        builtin_types().bytes.clone(),
        Payload::Bytes(b.into_boxed_slice()),
    ))
}

pub fn new_bytearray(b: Vec<u8>) -> Value {
    Value::Obj(PyObject::new(
        builtin_types().bytearray.clone(),
        Payload::ByteArray(RefCell::new(b)),
    ))
}

/// A copy of the contents of a bytes or bytearray value.
pub fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.borrow().clone()),
        // A memoryview is bytes-like too (its current contents).
        Payload::Native(_) => crate::types::memoryview::view_bytes(v),
        _ => None,
    }
}

pub fn is_bytearray(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::ByteArray(_)))
}

/// A bytes-like argument: `a bytes-like object is required, not 'X'`.
pub fn buffer_arg(v: &Value) -> PyResult<Vec<u8>> {
    bytes_of(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.class_name()
        ))
    })
}

/// A result of the same kind as `like` (bytes methods of a bytearray give bytearrays).
pub fn same_kind(like: &Value, b: Vec<u8>) -> Value {
    if is_bytearray(like) {
        new_bytearray(b)
    } else {
        new_bytes(b)
    }
}

pub fn setup_bytes(t: &TypeData) {
    common(t);
    let s = &t.slots;
    s.hash.set(Some(|_, v| {
        let b = bytes_of(v).unwrap_or_default();
        Ok(crate::types::hash_secret().hash_bytes(&b))
    }));
    s.new.set(Some(bytes_new));
}

pub fn setup_bytearray(t: &TypeData) {
    common(t);
    t.flags.set(t.flags.get() | flags::UNHASHABLE);
    let s = &t.slots;
    s.setitem.set(Some(crate::types::bytearray::setitem));
    s.new.set(Some(bytearray_new));
    s.nb_inplace[BinOp::Add as usize].set(Some(crate::types::bytearray::iadd));
    s.nb_inplace[BinOp::Mul as usize].set(Some(crate::types::bytearray::imul));
}

fn common(t: &TypeData) {
    let s = &t.slots;
    s.nb[BinOp::Add as usize].set(Some(add));
    s.nb[BinOp::Mul as usize].set(Some(mul));
    s.nb[BinOp::Mod as usize].set(Some(modulo));
    s.richcompare.set(Some(richcompare));
    s.repr.set(Some(repr));
    s.str.set(Some(repr));
    s.len
        .set(Some(|_, v| Ok(bytes_of(v).map_or(0, |b| b.len()))));
    s.bool_
        .set(Some(|_, v| Ok(bytes_of(v).is_some_and(|b| !b.is_empty()))));
    s.getitem.set(Some(getitem));
    s.contains.set(Some(contains));
    s.iter.set(Some(|_, v| {
        let items = bytes_of(v)
            .unwrap_or_default()
            .into_iter()
            .map(|b| Value::Int(i64::from(b)))
            .collect();
        Ok(crate::types::iter::values_iter(items))
    }));
}

pub fn repr(_i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let b = bytes_of(v).unwrap_or_default();
    let r = krait_loader::repr::bytes_repr(&b);
    if is_bytearray(v) {
        return Ok(new_string(format!("{}({r})", v.class_name())));
    }
    Ok(new_string(r))
}

fn add(_i: &mut dyn Interp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (bytes_of(a), bytes_of(b)) else {
        if bytes_of(a).is_some() {
            return Err(type_error(format!(
                "can't concat {} to {}",
                b.class_name(),
                a.class_name()
            )));
        }
        return Ok(None);
    };
    let mut out = x;
    out.extend_from_slice(&y);
    Ok(Some(same_kind(a, out)))
}

fn mul(i: &mut dyn Interp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (seq, n) = match (bytes_of(a), bytes_of(b)) {
        (Some(s), _) => ((a, s), b),
        (None, Some(s)) => ((b, s), a),
        _ => return Ok(None),
    };
    let Some(n) = crate::types::tuple::repeat_count(i, n)? else {
        return Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            n.class_name()
        )));
    };
    let out = crate::types::str::repeat_bytes(&seq.1, n, "repeated bytes are too long")?;
    Ok(Some(same_kind(seq.0, out)))
}

fn modulo(i: &mut dyn Interp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let Some(fmt) = bytes_of(a) else {
        return Ok(None);
    };
    let units: Vec<u32> = fmt.iter().map(|&x| u32::from(x)).collect();
    let out = crate::types::percent::percent_format(i, &units, b, true)?;
    let bytes: Vec<u8> = out.into_iter().map(|c| c.min(255) as u8).collect();
    Ok(Some(same_kind(a, bytes)))
}

fn richcompare(_i: &mut dyn Interp, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (bytes_of(a), bytes_of(b)) else {
        return Ok(None);
    };
    Ok(Some(Value::Bool(op.test(Some(x.cmp(&y))))))
}

fn getitem(i: &mut dyn Interp, v: &Value, key: &Value) -> PyResult<Value> {
    let b = bytes_of(v).unwrap_or_default();
    if let Some(idx) = protocol::as_index_opt(key) {
        return match crate::types::tuple::norm_index(idx, b.len()) {
            Some(k) => Ok(Value::Int(i64::from(b[k]))),
            None => Err(index_error(if is_bytearray(v) {
                "bytearray index out of range"
            } else {
                "index out of range"
            })),
        };
    }
    if let Some(Payload::Slice { .. }) = key.payload() {
        let (start, _stop, step, count) = crate::types::slice::indices(i, key, b.len())?;
        // A full slice of an exact bytes is the object itself (not for bytearray).
        if start == 0
            && step == 1
            && count == b.len()
            && crate::types::str::is_exact(v, &crate::types::builtin_types().bytes)
        {
            return Ok(v.clone());
        }
        let out: Vec<u8> = (0..count)
            .map(|k| b[(start + k as i64 * step) as usize])
            .collect();
        return Ok(same_kind(v, out));
    }
    if protocol::td(&key.class()).slots.index.get().is_some() {
        let idx = protocol::index_i64(i, key)?;
        return getitem(i, v, &Value::Int(idx));
    }
    Err(type_error(format!(
        "{} indices must be integers or slices, not {}",
        if is_bytearray(v) { "bytearray" } else { "byte" },
        key.class_name()
    )))
}

fn contains(i: &mut dyn Interp, v: &Value, item: &Value) -> PyResult<bool> {
    let b = bytes_of(v).unwrap_or_default();
    if let Some(sub) = bytes_of(item) {
        return Ok(crate::types::seqalgo::find(&b, &sub, 0, b.len()).is_some());
    }
    if protocol::as_index_opt(item).is_none()
        && protocol::td(&item.class()).slots.index.get().is_none()
    {
        return Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            item.class_name()
        )));
    }
    let n = byte_value(i, item)?;
    Ok(b.contains(&n))
}

/// An int in `range(256)` (an item of bytes); CPython's messages.
pub fn byte_value(i: &mut dyn Interp, v: &Value) -> PyResult<u8> {
    if protocol::as_index_opt(v).is_none() && protocol::td(&v.class()).slots.index.get().is_none() {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.class_name()
        )));
    }
    match protocol::index(i, v)? {
        Value::Int(n) if (0..256).contains(&n) => Ok(n as u8),
        _ => Err(value_error("byte must be in range(0, 256)")),
    }
}

/// The bytes `bytes(x)` / `bytearray(x)` build from one argument (not a str).
fn from_source(i: &mut dyn Interp, x: &Value, what: &str) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(x) {
        return Ok(b);
    }
    if x.as_str_data().is_some() {
        return Err(type_error("string argument without an encoding"));
    }
    if let Some(n) = protocol::as_index_opt(x) {
        if n < 0 {
            return Err(value_error("negative count"));
        }
        if n > (1 << 40) {
            return Err(crate::error::memory_error());
        }
        return Ok(vec![0; n as usize]);
    }
    if protocol::td(&x.class()).slots.iter.get().is_none() {
        if protocol::td(&x.class()).slots.index.get().is_some() {
            let n = protocol::index_i64(i, x)?;
            return from_source(i, &Value::Int(n), what);
        }
        return Err(type_error(format!(
            "cannot convert '{}' object to {what}",
            x.class_name()
        )));
    }
    let items = protocol::collect(i, x)?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        if protocol::as_index_opt(it).is_none()
            && protocol::td(&it.class()).slots.index.get().is_none()
        {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                it.class_name()
            )));
        }
        match protocol::index(i, it)? {
            Value::Int(n) if (0..256).contains(&n) => out.push(n as u8),
            _ => return Err(value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

/// `bytes(...)`/`bytearray(...)` arguments: `(source, encoding, errors)`.
fn construct(i: &mut dyn Interp, args: Args<'_>, what: &str) -> PyResult<Vec<u8>> {
    let a = crate::types::seqalgo::keywords_of(
        args.pos(),
        args,
        &format!("{what}()"),
        &["source", "encoding", "errors"],
        0,
    )?;
    let text = |v: Option<&Value>, n: u8| -> PyResult<Option<String>> {
        match v {
            None => Ok(None),
            Some(v) => match v.as_str_data() {
                Some(s) => Ok(Some(s.lossy().into_owned())),
                None => Err(type_error(format!(
                    "{what}() argument '{}' must be str, not {}",
                    if n == 2 { "encoding" } else { "errors" },
                    v.class_name()
                ))),
            },
        }
    };
    let enc = text(a[1], 2)?;
    let errors = text(a[2], 3)?;
    match a[0] {
        None => {
            if enc.is_some() || errors.is_some() {
                return Err(type_error(if enc.is_some() {
                    "encoding without a string argument"
                } else {
                    "errors without a string argument"
                }));
            }
            Ok(Vec::new())
        }
        Some(x) => {
            if let Some(s) = x.as_str_data() {
                let Some(enc) = enc else {
                    return Err(type_error("string argument without an encoding"));
                };
                let r = crate::types::codecs::encode_text(
                    i,
                    s,
                    &enc,
                    errors.as_deref().unwrap_or("strict"),
                )?;
                return Ok(bytes_of(&r).unwrap_or_default());
            }
            if enc.is_some() {
                return Err(type_error("encoding without a string argument"));
            }
            if errors.is_some() {
                return Err(type_error("errors without a string argument"));
            }
            from_source(i, x, what)
        }
    }
}

fn bytes_new(i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    if args.pos().len() == 1 && !args.has_kwargs() {
        if let Some(Payload::Bytes(_)) = args.pos()[0].payload() {
            if Rc::ptr_eq(&args.pos()[0].class(), &builtin_types().bytes)
                && Rc::ptr_eq(cls, &builtin_types().bytes)
            {
                return Ok(args.pos()[0].clone());
            }
        }
    }
    let b = construct(i, args, "bytes")?;
    Ok(Value::Obj(PyObject::new(
        cls.clone(),
        Payload::Bytes(b.into_boxed_slice()),
    )))
}

fn bytearray_new(i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    let b = construct(i, args, "bytearray")?;
    Ok(Value::Obj(PyObject::new(
        cls.clone(),
        Payload::ByteArray(RefCell::new(b)),
    )))
}
