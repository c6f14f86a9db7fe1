//! Path and fd arguments (CPython's `path_converter`/`fd_converter`) and `OSError`s built
//! from `errno` with the offending file names.

use std::ffi::CString;

use krait_object::error::{type_error, value_error, PyErr, PyResult};
use krait_object::interp::Interp;
use krait_object::object::Payload;
use krait_object::protocol;
use krait_object::types::builtin_types;
use krait_object::types::bytes::new_bytes;
use krait_object::types::codecs::{self, Codec};
use krait_object::types::str::{new_str_data, StrData};
use krait_object::Value;

/// A converted path argument.
pub struct PathArg {
    /// The object the caller passed (for `OSError.filename`).
    pub obj: Value,
    /// The file-system bytes (no NUL inside); empty for an fd.
    pub c: CString,
    /// Whether the path was given as bytes (results are bytes then).
    pub is_bytes: bool,
    /// The file descriptor, when an int was passed (and allowed).
    pub fd: Option<i32>,
}

impl PathArg {
    pub fn bytes(&self) -> &[u8] {
        self.c.as_bytes()
    }
}

/// Encodes a str for the file system (UTF-8 with surrogateescape).
pub fn fs_encode(s: &StrData) -> PyResult<Vec<u8>> {
    if let Some(t) = s.as_str() {
        return Ok(t.as_bytes().to_vec());
    }
    let cps: Vec<u32> = s.code_points().collect();
    codecs::encode(&cps, Codec::Utf8, "surrogateescape")
}

/// Decodes file-system bytes to a str (UTF-8 with surrogateescape).
pub fn fs_decode(b: &[u8]) -> Value {
    if let Ok(s) = std::str::from_utf8(b) {
        return krait_object::types::str::new_str(s);
    }
    let cps = codecs::decode(b, Codec::Utf8, "surrogateescape").unwrap_or_default();
    new_str_data(StrData::from_code_points(cps))
}

/// A file-system name as the caller's kind: bytes when `as_bytes`, else str.
pub fn fs_value(b: &[u8], as_bytes: bool) -> Value {
    if as_bytes {
        new_bytes(b.to_vec())
    } else {
        fs_decode(b)
    }
}

/// `os.fspath(v)`: str and bytes as they are, else `type(v).__fspath__(v)`; `None` when
/// `v` is not path-like.
pub fn fspath_opt(i: &mut dyn Interp, v: &Value) -> PyResult<Option<Value>> {
    if is_str_or_bytes(v) {
        return Ok(Some(v.clone()));
    }
    let cls = v.class();
    let Some(f) = protocol::td(&cls).lookup(&krait_object::types::str::new_str("__fspath__"))
    else {
        return Ok(None);
    };
    if f.is_none() {
        return Ok(None);
    }
    let r = protocol::call0(i, &f, std::slice::from_ref(v))?;
    if !is_str_or_bytes(&r) {
        return Err(type_error(format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            protocol::td(&cls).name(),
            r.class_name()
        )));
    }
    Ok(Some(r))
}

fn is_str_or_bytes(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Str(_) | Payload::Bytes(_)))
}

/// Converts a path argument of `fname` named `arg`.
pub fn path_arg(
    i: &mut dyn Interp,
    fname: &str,
    arg: &str,
    v: &Value,
    allow_fd: bool,
) -> PyResult<PathArg> {
    if allow_fd {
        if let Some(n) = fd_like(v) {
            return Ok(PathArg {
                obj: v.clone(),
                c: CString::default(),
                is_bytes: false,
                fd: Some(fd_i32(n)?),
            });
        }
    }
    let p = match fspath_opt(i, v)? {
        Some(p) => p,
        None => {
            let allowed = if allow_fd {
                "string, bytes, os.PathLike or integer"
            } else {
                "string, bytes or os.PathLike"
            };
            return Err(type_error(format!(
                "{fname}: {arg} should be {allowed}, not {}",
                v.class_name()
            )));
        }
    };
    let (raw, is_bytes) = match p.payload() {
        Some(Payload::Str(s)) => (fs_encode(s)?, false),
        Some(Payload::Bytes(b)) => (b.to_vec(), true),
        _ => return Err(type_error(format!("{fname}: bad {arg}"))),
    };
    let c = CString::new(raw).map_err(|_| value_error("embedded null byte"))?;
    Ok(PathArg {
        obj: v.clone(),
        c,
        is_bytes,
        fd: None,
    })
}

/// An int (not a bool is fine too, as CPython) for fd-accepting paths.
fn fd_like(v: &Value) -> Option<i64> {
    match v {
        Value::Int(n) => Some(*n),
        Value::Bool(b) => Some(i64::from(*b)),
        _ => None,
    }
}

fn fd_i32(n: i64) -> PyResult<i32> {
    i32::try_from(n).map_err(|_| {
        krait_object::error::overflow_error(if n < 0 {
            "fd is less than minimum"
        } else {
            "fd is greater than maximum"
        })
    })
}

/// An fd argument (`__index__`, then range-checked as a C int).
pub fn fd_arg(i: &mut dyn Interp, v: &Value) -> PyResult<i32> {
    let n = protocol::index_i64(i, v)?;
    i32::try_from(n).map_err(|_| {
        krait_object::error::overflow_error(if n < 0 {
            "signed integer is less than minimum"
        } else {
            "signed integer is greater than maximum"
        })
    })
}

/// The current `errno`.
pub fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// `strerror(code)` of the C library.
pub fn strerror(code: i32) -> String {
    // SAFETY: strerror returns a pointer to a NUL-terminated static or thread-local
    // message; it is copied out at once.
    unsafe {
        let p = libc::strerror(code);
        if p.is_null() {
            return format!("Unknown error {code}");
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    }
}

/// `OSError(errno, strerror[, filename[, None, filename2]])`, its subclass picked by
/// errno as CPython's `PyErr_SetFromErrnoWithFilenameObjects`.
pub fn os_error_with(
    i: &mut dyn Interp,
    code: i32,
    filename: Option<&Value>,
    filename2: Option<&Value>,
) -> PyErr {
    let cls = Value::Obj(builtin_types().exc.os_error.clone());
    let mut args = vec![
        Value::Int(i64::from(code)),
        krait_object::types::str::new_string(strerror(code)),
    ];
    if let Some(f) = filename {
        args.push(f.clone());
        if let Some(f2) = filename2 {
            args.push(Value::None);
            args.push(f2.clone());
        }
    }
    match protocol::call0(i, &cls, &args) {
        Ok(Value::Obj(exc)) => PyErr::new(exc),
        Ok(_) => krait_object::error::system_error("OSError() returned a non-object"),
        Err(e) => e,
    }
}

/// The `OSError` of the current errno for `path` (no file name for an fd).
pub fn os_error(i: &mut dyn Interp, path: Option<&PathArg>) -> PyErr {
    let code = errno();
    match path {
        Some(p) if p.fd.is_none() => os_error_with(i, code, Some(&p.obj), None),
        _ => os_error_with(i, code, None, None),
    }
}
