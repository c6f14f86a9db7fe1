//! `bytearray`'s mutators: item and slice assignment/deletion, `+=`, and the list-like
//! methods (append, extend, insert, pop, remove, clear, copy, reverse).
//!
//! Every argument is converted (which may run Python code) before the contents are
//! borrowed mutably; no borrow is held across such a call.

use crate::args::Args;
use crate::error::{index_error, type_error, value_error, PyResult};
use crate::interp::Interp;
use crate::method;
use crate::object::Payload;
use crate::protocol;
use crate::types::bytes::{byte_value, bytes_of, new_bytearray};
use crate::types::seqalgo::positional;
use crate::types::MethodDef;
use crate::value::Value;

fn cell(v: &Value) -> PyResult<&std::cell::RefCell<Vec<u8>>> {
    match v.payload() {
        Some(Payload::ByteArray(b)) => Ok(b),
        _ => Err(type_error("descriptor requires a 'bytearray' object")),
    }
}

/// The bytes an assigned value stands for (`ba[a:b] = x`).
fn source_bytes(i: &mut dyn Interp, x: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(x) {
        return Ok(b);
    }
    if protocol::as_index_opt(x).is_some() || x.as_str_data().is_some() {
        return Err(type_error(
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
        ));
    }
    let items = protocol::collect(i, x)?;
    items.iter().map(|it| byte_value(i, it)).collect()
}

pub fn setitem(i: &mut dyn Interp, v: &Value, key: &Value, x: Option<Value>) -> PyResult<()> {
    let c = cell(v)?;
    if let Some(Payload::Slice { .. }) = key.payload() {
        let len = c.borrow().len();
        let (start, stop, step, count) = crate::types::slice::indices(i, key, len)?;
        let new = match &x {
            Some(x) => Some(source_bytes(i, x)?),
            None => None,
        };
        let mut b = c.borrow_mut();
        if step == 1 {
            let s = start as usize;
            let e = (stop.max(start)) as usize;
            b.splice(s..e, new.unwrap_or_default());
            return Ok(());
        }
        let idx: Vec<usize> = (0..count)
            .map(|k| (start + k as i64 * step) as usize)
            .collect();
        match new {
            None => {
                let mut sorted = idx;
                sorted.sort_unstable();
                for k in sorted.into_iter().rev() {
                    b.remove(k);
                }
            }
            Some(n) => {
                if n.len() != count {
                    return Err(value_error(format!(
                        "attempt to assign bytes of size {} to extended slice of size {count}",
                        n.len()
                    )));
                }
                for (k, byte) in idx.into_iter().zip(n) {
                    b[k] = byte;
                }
            }
        }
        return Ok(());
    }
    if protocol::as_index_opt(key).is_none()
        && protocol::td(&key.class()).slots.index.get().is_none()
    {
        return Err(type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            key.class_name()
        )));
    }
    let idx = protocol::index_i64(i, key)?;
    let byte = match &x {
        Some(x) => Some(byte_value(i, x)?),
        None => None,
    };
    let mut b = c.borrow_mut();
    let Some(k) = crate::types::tuple::norm_index(idx, b.len()) else {
        return Err(index_error("bytearray index out of range"));
    };
    match byte {
        Some(n) => b[k] = n,
        None => {
            b.remove(k);
        }
    }
    Ok(())
}

pub fn iadd(_i: &mut dyn Interp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let Some(x) = bytes_of(b) else {
        return Err(type_error(format!(
            "can't concat {} to bytearray",
            b.class_name()
        )));
    };
    cell(a)?.borrow_mut().extend_from_slice(&x);
    Ok(Some(a.clone()))
}

/// `ba *= n`: repeats in place (aliases see it), like `bytearray_irepeat`.
pub fn imul(i: &mut dyn Interp, a: &Value, n: &Value) -> PyResult<Option<Value>> {
    let Some(k) = crate::types::tuple::repeat_count(i, n)? else {
        return Ok(None);
    };
    let cur = cell(a)?.borrow().clone();
    let out = crate::types::str::repeat_bytes(&cur, k, "repeated bytes are too long")?;
    *cell(a)?.borrow_mut() = out;
    Ok(Some(a.clone()))
}

fn me<'a>(args: &Args<'a>) -> PyResult<&'a Value> {
    Ok(args.pos().first().unwrap_or(&Value::None))
}

fn append(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = me(&args)?;
    let rest = positional(args, "bytearray.append", 1, 1)?;
    let n = byte_value(i, &rest[0])?;
    cell(v)?.borrow_mut().push(n);
    Ok(Value::None)
}

fn extend(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = me(&args)?;
    let rest = positional(args, "bytearray.extend", 1, 1)?;
    let x = match bytes_of(&rest[0]) {
        Some(b) => b,
        None => {
            if protocol::td(&rest[0].class()).slots.iter.get().is_none() {
                return Err(type_error(format!(
                    "can't extend bytearray with {}",
                    rest[0].class_name()
                )));
            }
            let items = protocol::collect(i, &rest[0])?;
            items
                .iter()
                .map(|it| byte_value(i, it))
                .collect::<PyResult<Vec<u8>>>()?
        }
    };
    cell(v)?.borrow_mut().extend_from_slice(&x);
    Ok(Value::None)
}

fn insert(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = me(&args)?;
    let rest = positional(args, "insert", 2, 2)?;
    let idx = protocol::index_i64(i, &rest[0])?;
    let n = byte_value(i, &rest[1])?;
    let mut b = cell(v)?.borrow_mut();
    let len = b.len() as i64;
    let k = if idx < 0 {
        (idx + len).max(0)
    } else {
        idx.min(len)
    };
    b.insert(k as usize, n);
    Ok(Value::None)
}

fn pop(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = me(&args)?;
    let rest = positional(args, "pop", 0, 1)?;
    let idx = match rest.first() {
        Some(x) => protocol::index_i64(i, x)?,
        None => -1,
    };
    let mut b = cell(v)?.borrow_mut();
    if b.is_empty() {
        return Err(index_error("pop from empty bytearray"));
    }
    let Some(k) = crate::types::tuple::norm_index(idx, b.len()) else {
        return Err(index_error("pop index out of range"));
    };
    Ok(Value::Int(i64::from(b.remove(k))))
}

fn remove(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = me(&args)?;
    let rest = positional(args, "bytearray.remove", 1, 1)?;
    let n = byte_value(i, &rest[0])?;
    let mut b = cell(v)?.borrow_mut();
    match b.iter().position(|&x| x == n) {
        Some(k) => {
            b.remove(k);
            Ok(Value::None)
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

fn clear(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = me(&args)?;
    positional(args, "bytearray.clear", 0, 0)?;
    cell(v)?.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = me(&args)?;
    positional(args, "bytearray.copy", 0, 0)?;
    let b = cell(v)?.borrow().clone();
    Ok(new_bytearray(b))
}

fn reverse(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = me(&args)?;
    positional(args, "bytearray.reverse", 0, 0)?;
    cell(v)?.borrow_mut().reverse();
    Ok(Value::None)
}

pub static METHODS: &[MethodDef] = &[
    method!("append", append),
    method!("extend", extend),
    method!("insert", insert),
    method!("pop", pop),
    method!("remove", remove),
    method!("clear", clear),
    method!("copy", copy),
    method!("reverse", reverse),
];
