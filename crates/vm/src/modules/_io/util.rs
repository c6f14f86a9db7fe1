//! Helpers shared by the `_io` types: method arguments, CPython's error texts, calls of
//! methods on wrapped streams.

use std::cell::RefCell;

use krait_object::args::Args;
use krait_object::error::{new_error, type_error, value_error, PyErr, PyResult};
use krait_object::interp::Interp;
use krait_object::native::{expect_native, NativeData};
use krait_object::object::ObjRef;
use krait_object::protocol;
use krait_object::Value;

thread_local! {
    static UNSUPPORTED: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
}

/// Records `io.UnsupportedOperation` (made by `init`).
pub fn set_unsupported_class(cls: ObjRef) {
    UNSUPPORTED.with(|u| *u.borrow_mut() = Some(cls));
}

/// `io.UnsupportedOperation(msg)`.
pub fn unsupported(msg: &str) -> PyErr {
    match UNSUPPORTED.with(|u| u.borrow().clone()) {
        Some(cls) => new_error(&cls, msg),
        None => value_error(msg),
    }
}

/// `ValueError: I/O operation on closed file.` (the text layers' and IOBase's wording).
pub fn closed_error() -> PyErr {
    value_error("I/O operation on closed file.")
}

/// The native state of `self` (the first positional argument) and the other positional
/// arguments.
pub fn me<'a, T: NativeData>(
    args: &Args<'a>,
    method: &str,
    type_name: &str,
) -> PyResult<(&'a T, &'a [Value])> {
    let pos = args.pos();
    let Some(s) = pos.first() else {
        return Err(type_error(format!(
            "descriptor '{method}' of '{type_name}' object needs an argument"
        )));
    };
    Ok((expect_native::<T>(s, method, type_name)?, &pos[1..]))
}

/// Like [`me`], with no keyword arguments and at most `max` positional ones.
pub fn me_max<'a, T: NativeData>(
    args: &Args<'a>,
    method: &str,
    type_name: &str,
    max: usize,
) -> PyResult<(&'a T, &'a [Value])> {
    let (t, rest) = me::<T>(args, method, type_name)?;
    if max == 0 {
        let q = qualname(args, method);
        args.no_kwargs(&q)?;
        if !rest.is_empty() {
            return Err(type_error(format!(
                "{q}() takes no arguments ({} given)",
                rest.len()
            )));
        }
        return Ok((t, rest));
    }
    args.no_kwargs(method)?;
    check_count(method, rest.len(), 0, max)?;
    Ok((t, rest))
}

/// `Type.method` for `self`'s class (CPython's method-descriptor messages).
fn qualname(args: &Args<'_>, method: &str) -> String {
    match args.pos().first() {
        Some(s) => {
            let cls = s.class_name();
            let short = cls.rsplit('.').next().unwrap_or(&cls).to_owned();
            format!("{short}.{method}")
        }
        None => method.to_owned(),
    }
}

/// The one argument of a METH_O method (`TextIOWrapper.write() takes exactly one
/// argument (0 given)`).
pub fn one_arg(args: &Args<'_>, method: &str) -> PyResult<Value> {
    let q = qualname(args, method);
    args.no_kwargs(&q)?;
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(type_error(format!(
            "{q}() takes exactly one argument ({} given)",
            pos.len().saturating_sub(1)
        )));
    }
    Ok(pos[1].clone())
}

/// `_PyArg_CheckPositional`'s messages.
pub fn check_count(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n < min {
        return Err(type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )));
    }
    if n > max {
        if max == 0 {
            return Err(type_error(format!(
                "{name}() takes no arguments ({n} given)"
            )));
        }
        return Err(type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

/// A size argument: `None` or absent is -1, else an index (`_Py_convert_optional_to_ssize_t`).
pub fn size_arg(i: &mut dyn Interp, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(-1),
        Some(v) => match protocol::as_index_opt(v) {
            Some(n) => Ok(n),
            None => {
                if krait_object::protocol::td(&v.class())
                    .lookup(&krait_object::types::str::new_str("__index__"))
                    .is_some()
                {
                    return protocol::index_i64(i, v);
                }
                Err(type_error(format!(
                    "argument should be integer or None, not '{}'",
                    v.class_name()
                )))
            }
        },
    }
}

/// `obj.name(*args)`.
pub fn call_method(i: &mut dyn Interp, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = protocol::getattr_str(i, obj, name)?;
    protocol::call0(i, &m, args)
}

/// `bool(obj.name(*args))`.
pub fn call_bool(i: &mut dyn Interp, obj: &Value, name: &str) -> PyResult<bool> {
    let r = call_method(i, obj, name, &[])?;
    protocol::truthy(i, &r)
}

/// `bool(obj.closed)`.
pub fn is_closed(i: &mut dyn Interp, obj: &Value) -> PyResult<bool> {
    let r = protocol::getattr_str(i, obj, "closed")?;
    protocol::truthy(i, &r)
}

/// A bytes-like argument's contents (`TypeError: a bytes-like object is required, not 'int'`).
pub fn bytes_like(v: &Value) -> PyResult<Vec<u8>> {
    match krait_object::types::bytes::bytes_of(v) {
        Some(b) => Ok(b),
        None => Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.class_name()
        ))),
    }
}

/// Writes `data` into a writable buffer argument (a bytearray) from its start; returns
/// how many bytes fit.
pub fn fill_buffer(dst: &Value, data: &[u8]) -> PyResult<usize> {
    match dst.payload() {
        Some(krait_object::object::Payload::ByteArray(b)) => {
            let mut b = b.borrow_mut();
            let n = data.len().min(b.len());
            b[..n].copy_from_slice(&data[..n]);
            Ok(n)
        }
        _ => Err(type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            dst.class_name()
        ))),
    }
}

/// The length of a writable buffer argument.
pub fn buffer_len(dst: &Value) -> PyResult<usize> {
    match dst.payload() {
        Some(krait_object::object::Payload::ByteArray(b)) => Ok(b.borrow().len()),
        _ => Err(type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            dst.class_name()
        ))),
    }
}
