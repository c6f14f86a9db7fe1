//! The bytes side of `int.to_bytes` / `int.from_bytes`, kept in one place (the `bytes`
//! type belongs to the strings area): `from_bytes` takes bytes, bytearray, or any
//! iterable of ints in `range(0, 256)` (CPython calls `bytes(x)`).

use crate::error::{type_error, value_error, PyResult};
use crate::interp::Interp;
use crate::protocol;
use crate::types::int::{int_val, IntVal};
use crate::value::Value;

/// A `bytes` object holding `data`.
pub fn new_bytes(data: Vec<u8>) -> PyResult<Value> {
    Ok(crate::types::bytes::new_bytes(data))
}

/// The bytes of `v` (`PyObject_Bytes` for `from_bytes`): an iterable of ints 0..=255.
pub fn bytes_of(i: &mut dyn Interp, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = crate::types::bytes::bytes_of(v) {
        return Ok(b);
    }
    if v.as_str_data().is_some() || !has_iter(v) {
        return Err(type_error(format!(
            "cannot convert '{}' object to bytes",
            v.class_name()
        )));
    }
    let items = protocol::collect(i, v)?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        match int_val(it) {
            Some(IntVal::Small(n)) if (0..256).contains(&n) => out.push(n as u8),
            Some(_) => return Err(value_error("bytes must be in range(0, 256)")),
            None => {
                return Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    it.class_name()
                )))
            }
        }
    }
    Ok(out)
}

fn has_iter(v: &Value) -> bool {
    protocol::td(&v.class()).slots.iter.get().is_some()
}
