//! Errors: `PyErr` holds a raised exception object; constructors build CPython's
//! exception objects with CPython's messages.

use crate::exceptions::{new_exception, ExcTypes};
use crate::object::ObjRef;
use crate::types::builtin_types;
use crate::types::str::new_str;
use crate::value::Value;

/// A raised Python exception: an instance of a `BaseException` subclass.
#[derive(Clone)]
pub struct PyErr {
    pub exc: ObjRef,
}

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn new(exc: ObjRef) -> Self {
        PyErr { exc }
    }

    /// The exception as a value.
    pub fn value(&self) -> Value {
        Value::Obj(self.exc.clone())
    }

    /// Whether the exception is an instance of `cls`.
    pub fn matches(&self, cls: &ObjRef) -> bool {
        crate::typeobj::is_subtype(&self.exc.class(), cls)
    }

    /// The class name (for diagnostics).
    pub fn class_name(&self) -> String {
        self.exc.class_name()
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let args = crate::exceptions::exc_args(&self.exc);
        write!(f, "{}{:?}", self.exc.class_name(), args)
    }
}

/// An exception of class `cls` with the one-string argument `msg`.
pub fn new_error(cls: &ObjRef, msg: impl Into<String>) -> PyErr {
    let msg = msg.into();
    PyErr::new(new_exception(cls, vec![new_str(&msg)]))
}

/// An exception of class `cls` with no arguments.
pub fn new_error_noargs(cls: &ObjRef) -> PyErr {
    PyErr::new(new_exception(cls, Vec::new()))
}

fn exc() -> &'static ExcTypes {
    &builtin_types().exc
}

pub fn type_error(msg: impl Into<String>) -> PyErr {
    new_error(&exc().type_error, msg)
}
pub fn value_error(msg: impl Into<String>) -> PyErr {
    new_error(&exc().value_error, msg)
}
pub fn index_error(msg: impl Into<String>) -> PyErr {
    new_error(&exc().index_error, msg)
}
/// `KeyError(key)`: the key itself is the argument.
pub fn key_error(key: Value) -> PyErr {
    PyErr::new(new_exception(&exc().key_error, vec![key]))
}
pub fn attribute_error(msg: impl Into<String>) -> PyErr {
    new_error(&exc().attribute_error, msg)
}
pub fn name_error(msg: impl Into<String>) -> PyErr {
    new_error(&exc().name_error, msg)
}
pub fn unbound_local_error(msg: impl Into<String>) -> PyErr {
    new_error(&exc().unbound_local_error, msg)
}
pub fn zero_division_error(msg: impl Into<String>) -> PyErr {
    new_error(&exc().zero_division_error, msg)
}
pub fn overflow_error(msg: impl Into<String>) -> PyErr {
    new_error(&exc().overflow_error, msg)
}
pub fn runtime_error(msg: impl Into<String>) -> PyErr {
    new_error(&exc().runtime_error, msg)
}
pub fn recursion_error(msg: impl Into<String>) -> PyErr {
    new_error(&exc().recursion_error, msg)
}
pub fn system_error(msg: impl Into<String>) -> PyErr {
    new_error(&exc().system_error, msg)
}
pub fn not_implemented_error(msg: impl Into<String>) -> PyErr {
    new_error(&exc().not_implemented_error, msg)
}
pub fn stop_iteration() -> PyErr {
    new_error_noargs(&exc().stop_iteration)
}
pub fn memory_error() -> PyErr {
    new_error_noargs(&exc().memory_error)
}

/// A numeric error from the `num` module, as the exception it names.
pub fn from_num_error(e: crate::num::NumError) -> PyErr {
    use crate::num::ErrorKind;
    let cls = match e.kind {
        ErrorKind::ZeroDivisionError => &exc().zero_division_error,
        ErrorKind::OverflowError => &exc().overflow_error,
        ErrorKind::ValueError => &exc().value_error,
        ErrorKind::TypeError => &exc().type_error,
        ErrorKind::MemoryError => return memory_error(),
    };
    new_error(cls, e.message)
}

impl From<crate::num::NumError> for PyErr {
    fn from(e: crate::num::NumError) -> Self {
        from_num_error(e)
    }
}
