//! `OSError` and its subclasses: `OSError(errno, strerror[, filename[, winerror[,
//! filename2]]])` keeps only `(errno, strerror)` in `args`, exposes `errno`, `strerror`,
//! `filename`, `filename2` (None when not given), prints `[Errno 2] msg: 'name'`, and
//! `OSError(errno, …)` itself picks the subclass of that errno (`FileNotFoundError` for
//! ENOENT …), as CPython's `OSError_new` does on POSIX.

use crate::args::Args;
use crate::error::{PyErr, PyResult};
use crate::exceptions::{exc_data, new_exception, ExcTypes};
use crate::interp::Interp;
use crate::object::ObjRef;
use crate::protocol;
use crate::typeobj::{flags, TypeData};
use crate::types::builtin_types;
use crate::types::str::{new_str, new_string};
use crate::types::tuple::new_tuple;
use crate::value::Value;

/// The attributes every OSError has (None unless the constructor set them).
const ATTRS: [&str; 4] = ["errno", "strerror", "filename", "filename2"];

pub(crate) fn setup(t: &TypeData) {
    t.slots.new.set(Some(os_new));
    t.slots.init.set(Some(os_init));
    t.slots.str.set(Some(os_str));
    t.slots.getattro.set(Some(os_getattr));
}

/// The subclass CPython's `errnomap` gives `errno` (Linux numbering).
fn subclass_for(exc: &ExcTypes, errno: i64) -> Option<&ObjRef> {
    Some(match errno {
        11 | 114 | 115 => &exc.blocking_io_error,
        10 => &exc.child_process_error,
        32 | 108 => &exc.broken_pipe_error,
        103 => &exc.connection_aborted_error,
        111 => &exc.connection_refused_error,
        104 => &exc.connection_reset_error,
        17 => &exc.file_exists_error,
        2 => &exc.file_not_found_error,
        21 => &exc.is_a_directory_error,
        20 => &exc.not_a_directory_error,
        4 => &exc.interrupted_error,
        1 | 13 => &exc.permission_error,
        3 => &exc.process_lookup_error,
        110 => &exc.timeout_error,
        _ => return None,
    })
}

/// Whether a user subclass takes its arguments through `__init__` (CPython's
/// `oserror_use_init`: it defines `__init__` but not `__new__`); then `__new__` keeps the
/// arguments as given and `OSError.__init__` (reached through `super()`) parses them.
fn uses_init(cls: &ObjRef) -> bool {
    let Some(t) = cls.as_type() else {
        return false;
    };
    for c in t.mro.borrow().iter() {
        let Some(ct) = c.as_type() else {
            return false;
        };
        if !ct.has_flag(flags::HEAPTYPE) {
            return false;
        }
        let d = ct.dict.borrow();
        if d.get_str_key(&new_str("__new__")).is_some() {
            return false;
        }
        if d.get_str_key(&new_str("__init__")).is_some() {
            return true;
        }
    }
    false
}

/// Stores `errno`, `strerror`, `filename`, `filename2` from a 2-to-5-argument call and
/// sets `args` (only `(errno, strerror)` when a filename is given), as `oserror_init`.
fn parse_into(obj: &ObjRef, pos: &[Value]) {
    let Some(e) = exc_data(obj) else {
        return;
    };
    *e.args.borrow_mut() = new_tuple(pos.to_vec());
    if !(2..=5).contains(&pos.len()) {
        return;
    }
    let mut d = e.dict.borrow_mut();
    d.set_str_key(new_str("errno"), pos[0].clone());
    d.set_str_key(new_str("strerror"), pos[1].clone());
    if let Some(f) = pos.get(2).filter(|f| !matches!(f, Value::None)) {
        d.set_str_key(new_str("filename"), f.clone());
        if let Some(f2) = pos.get(4).filter(|f| !matches!(f, Value::None)) {
            d.set_str_key(new_str("filename2"), f2.clone());
        }
        drop(d);
        *e.args.borrow_mut() = new_tuple(pos[..2].to_vec());
    }
}

fn os_new(_i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let exc = &builtin_types().exc;
    if uses_init(cls) {
        return Ok(Value::Obj(new_exception(cls, pos.to_vec())));
    }
    let mut cls = cls.clone();
    if (2..=5).contains(&pos.len()) && std::rc::Rc::ptr_eq(&cls, &exc.os_error) {
        let errno = match pos[0] {
            Value::Int(n) => Some(n),
            Value::Bool(b) => Some(i64::from(b)),
            _ => None,
        };
        if let Some(n) = errno {
            if let Some(sub) = subclass_for(exc, n) {
                cls = sub.clone();
            }
        }
    }
    let obj = new_exception(&cls, Vec::new());
    parse_into(&obj, pos);
    Ok(Value::Obj(obj))
}

fn os_init(_i: &mut dyn Interp, this: &Value, args: Args<'_>) -> PyResult<()> {
    if let Some(obj) = this.as_obj() {
        if uses_init(&obj.class()) {
            parse_into(obj, args.pos());
        }
    }
    Ok(())
}

fn attr(i: &mut dyn Interp, this: &Value, name: &str) -> PyResult<Value> {
    protocol::getattr_str(i, this, name)
}

fn os_str(i: &mut dyn Interp, this: &Value) -> PyResult<Value> {
    let errno = attr(i, this, "errno")?;
    let strerror = attr(i, this, "strerror")?;
    let filename = attr(i, this, "filename")?;
    let filename2 = attr(i, this, "filename2")?;
    let head = |i: &mut dyn Interp| -> PyResult<String> {
        Ok(format!(
            "[Errno {}] {}",
            protocol::str_string(i, &errno)?,
            protocol::str_string(i, &strerror)?
        ))
    };
    if !matches!(filename, Value::None) {
        let mut s = format!("{}: {}", head(i)?, protocol::repr_string(i, &filename)?);
        if !matches!(filename2, Value::None) {
            s.push_str(&format!(" -> {}", protocol::repr_string(i, &filename2)?));
        }
        return Ok(new_string(s));
    }
    // CPython tests its C fields for NULL: set (even to None) by a 2-to-5-argument call.
    let given = |n: &str| {
        this.as_obj()
            .and_then(exc_data)
            .is_some_and(|e| e.dict.borrow().get_str_key(&new_str(n)).is_some())
    };
    if given("errno") && given("strerror") {
        return Ok(new_string(head(i)?));
    }
    let args = this
        .as_obj()
        .map(crate::exceptions::exc_args)
        .unwrap_or_default();
    match args.len() {
        0 => Ok(new_str("")),
        1 => protocol::str_(i, &args[0]),
        _ => protocol::str_(i, &crate::types::tuple::new_tuple(args)),
    }
}

fn os_getattr(i: &mut dyn Interp, this: &Value, name: &Value) -> PyResult<Value> {
    match crate::exceptions::exc_getattr(i, this, name) {
        Err(e) if is_default_attr(&e, name) => Ok(Value::None),
        r => r,
    }
}

fn is_default_attr(e: &PyErr, name: &Value) -> bool {
    let n = name.as_str_data().and_then(|s| s.as_str()).unwrap_or("");
    ATTRS.contains(&n) && e.matches(&builtin_types().exc.attribute_error)
}

/// CPython's `strerror(errno)` text (without Rust's " (os error N)" suffix).
pub fn strerror(errno: i32) -> String {
    let s = std::io::Error::from_raw_os_error(errno).to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_owned(),
        None => s,
    }
}

/// The `OSError` subclass instance for a Rust I/O error (`PyErr_SetFromErrnoWithFilename`):
/// `FileNotFoundError: [Errno 2] No such file or directory: 'x'`.
pub fn os_error_from_io(i: &mut dyn Interp, e: &std::io::Error, filename: Option<&str>) -> PyErr {
    let t = builtin_types();
    let Some(errno) = e.raw_os_error() else {
        return crate::error::new_error(&t.exc.os_error, e.to_string());
    };
    let mut args = vec![Value::Int(i64::from(errno)), new_string(strerror(errno))];
    if let Some(f) = filename {
        args.push(new_str(f));
    }
    match protocol::call(
        i,
        &Value::Obj(t.exc.os_error.clone()),
        Args::positional(&args),
    ) {
        Ok(v) => match v {
            Value::Obj(o) => PyErr::new(o),
            _ => crate::error::new_error(&t.exc.os_error, e.to_string()),
        },
        Err(err) => err,
    }
}
