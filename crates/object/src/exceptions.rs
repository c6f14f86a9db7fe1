//! The builtin exception hierarchy: type objects with CPython's names and bases, and the
//! exception payload (`args`, `__context__`, `__cause__`, `__suppress_context__`, the
//! traceback entries).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::args::Args;
use crate::error::{attribute_error, PyResult};
use crate::interp::Interp;
use crate::object::{ObjRef, Payload, PyObject};
use crate::protocol;
use crate::typeobj::{flags, TypeData};
use crate::types::code::Code;
use crate::types::dict::DictData;
use crate::types::str::{new_str, str_value_eq};
use crate::types::tuple::new_tuple;
use crate::types::{builtin_types, TypeBuilder};
use crate::value::Value;

/// One frame an exception passed through: the code and the instruction index running
/// there (CPython's `tb_frame`/`tb_lasti`; the line is derived when printing).
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<Code>,
    pub lasti: u32,
    /// The frame's globals (`tb_frame.f_globals`, which `traceback`/`linecache` read).
    pub globals: Value,
}

/// The payload of an exception instance.
pub struct ExcData {
    /// `args`: always a tuple value.
    pub args: RefCell<Value>,
    /// `__context__`, `__cause__`: `Value::None` when unset.
    pub context: RefCell<Value>,
    pub cause: RefCell<Value>,
    pub suppress_context: Cell<bool>,
    /// Frames the exception passed through, innermost first (printed in reverse:
    /// "most recent call last").
    pub traceback: RefCell<Vec<TbEntry>>,
    /// Other attributes (`e.x = 1`, `StopIteration.value` …).
    pub dict: RefCell<DictData>,
    /// `message`/`exceptions` of a BaseExceptionGroup (set once, by its `__new__`).
    pub group: std::cell::OnceCell<crate::exc_group::GroupFields>,
}

/// A new exception instance of `cls` with `args`.
pub fn new_exception(cls: &ObjRef, args: Vec<Value>) -> ObjRef {
    PyObject::new(
        cls.clone(),
        Payload::Exception(Box::new(ExcData {
            args: RefCell::new(new_tuple(args)),
            context: RefCell::new(Value::None),
            cause: RefCell::new(Value::None),
            suppress_context: Cell::new(false),
            traceback: RefCell::new(Vec::new()),
            dict: RefCell::new(DictData::new()),
            group: std::cell::OnceCell::new(),
        })),
    )
}

/// The exception payload of `obj`.
pub fn exc_data(obj: &ObjRef) -> Option<&ExcData> {
    match &obj.payload {
        Payload::Exception(e) => Some(e),
        _ => None,
    }
}

/// `exc.args` as a vector (empty for a non-exception).
pub fn exc_args(obj: &ObjRef) -> Vec<Value> {
    match exc_data(obj) {
        Some(e) => crate::types::tuple::tuple_items(&e.args.borrow()).to_vec(),
        None => Vec::new(),
    }
}

macro_rules! exception_types {
    ($($field:ident: $name:literal <- $base:literal),* $(,)?) => {
        /// Every builtin exception type, by field.
        pub struct ExcTypes {
            $(pub $field: ObjRef,)*
            /// `(name, type)` of each, in definition order (for the builtins module).
            pub all: Vec<(&'static str, ObjRef)>,
        }

        impl ExcTypes {
            pub(crate) fn build(b: &TypeBuilder, object: &ObjRef) -> ExcTypes {
                let mut all: Vec<(&'static str, ObjRef)> = Vec::new();
                $(
                    let base = all
                        .iter()
                        .find(|(n, _)| *n == $base)
                        .map_or_else(|| object.clone(), |(_, t)| t.clone());
                    let setup: fn(&TypeData) = if $name == "BaseException" {
                        setup_base_exception
                    } else {
                        setup_specific
                    };
                    let t = b.make($name, &[base], flags::BASETYPE | flags::EXC_SUBCLASS, setup);
                    all.push(($name, t));
                )*
                let get = |name: &str| {
                    all.iter()
                        .find(|(n, _)| *n == name)
                        .map_or_else(|| object.clone(), |(_, t)| t.clone())
                };
                let r = ExcTypes { $($field: get($name),)* all: Vec::new() };
                // ExceptionGroup(BaseExceptionGroup, Exception): a second base.
                if let Payload::Type(td) = &r.exception_group.payload {
                    td.bases.borrow_mut().push(r.exception.clone());
                    let mut mro = vec![r.exception_group.clone(), r.base_exception_group.clone()];
                    if let Payload::Type(ed) = &r.exception.payload {
                        mro.extend(ed.mro.borrow().iter().cloned());
                    }
                    *td.mro.borrow_mut() = mro;
                    if let Payload::Type(ed) = &r.exception.payload {
                        ed.subclasses
                            .borrow_mut()
                            .push(std::rc::Rc::downgrade(&r.exception_group));
                    }
                }
                ExcTypes { all, ..r }
            }
        }
    };
}

exception_types! {
    base_exception: "BaseException" <- "object",
    base_exception_group: "BaseExceptionGroup" <- "BaseException",
    generator_exit: "GeneratorExit" <- "BaseException",
    keyboard_interrupt: "KeyboardInterrupt" <- "BaseException",
    system_exit: "SystemExit" <- "BaseException",
    exception: "Exception" <- "BaseException",
    arithmetic_error: "ArithmeticError" <- "Exception",
    floating_point_error: "FloatingPointError" <- "ArithmeticError",
    overflow_error: "OverflowError" <- "ArithmeticError",
    zero_division_error: "ZeroDivisionError" <- "ArithmeticError",
    assertion_error: "AssertionError" <- "Exception",
    attribute_error: "AttributeError" <- "Exception",
    buffer_error: "BufferError" <- "Exception",
    eof_error: "EOFError" <- "Exception",
    exception_group: "ExceptionGroup" <- "BaseExceptionGroup",
    import_error: "ImportError" <- "Exception",
    module_not_found_error: "ModuleNotFoundError" <- "ImportError",
    lookup_error: "LookupError" <- "Exception",
    index_error: "IndexError" <- "LookupError",
    key_error: "KeyError" <- "LookupError",
    memory_error: "MemoryError" <- "Exception",
    name_error: "NameError" <- "Exception",
    unbound_local_error: "UnboundLocalError" <- "NameError",
    os_error: "OSError" <- "Exception",
    blocking_io_error: "BlockingIOError" <- "OSError",
    child_process_error: "ChildProcessError" <- "OSError",
    connection_error: "ConnectionError" <- "OSError",
    broken_pipe_error: "BrokenPipeError" <- "ConnectionError",
    connection_aborted_error: "ConnectionAbortedError" <- "ConnectionError",
    connection_refused_error: "ConnectionRefusedError" <- "ConnectionError",
    connection_reset_error: "ConnectionResetError" <- "ConnectionError",
    file_exists_error: "FileExistsError" <- "OSError",
    file_not_found_error: "FileNotFoundError" <- "OSError",
    interrupted_error: "InterruptedError" <- "OSError",
    is_a_directory_error: "IsADirectoryError" <- "OSError",
    not_a_directory_error: "NotADirectoryError" <- "OSError",
    permission_error: "PermissionError" <- "OSError",
    process_lookup_error: "ProcessLookupError" <- "OSError",
    timeout_error: "TimeoutError" <- "OSError",
    reference_error: "ReferenceError" <- "Exception",
    runtime_error: "RuntimeError" <- "Exception",
    not_implemented_error: "NotImplementedError" <- "RuntimeError",
    recursion_error: "RecursionError" <- "RuntimeError",
    stop_async_iteration: "StopAsyncIteration" <- "Exception",
    stop_iteration: "StopIteration" <- "Exception",
    syntax_error: "SyntaxError" <- "Exception",
    indentation_error: "IndentationError" <- "SyntaxError",
    tab_error: "TabError" <- "IndentationError",
    system_error: "SystemError" <- "Exception",
    type_error: "TypeError" <- "Exception",
    value_error: "ValueError" <- "Exception",
    unicode_error: "UnicodeError" <- "ValueError",
    unicode_decode_error: "UnicodeDecodeError" <- "UnicodeError",
    unicode_encode_error: "UnicodeEncodeError" <- "UnicodeError",
    unicode_translate_error: "UnicodeTranslateError" <- "UnicodeError",
    warning: "Warning" <- "Exception",
    bytes_warning: "BytesWarning" <- "Warning",
    deprecation_warning: "DeprecationWarning" <- "Warning",
    encoding_warning: "EncodingWarning" <- "Warning",
    future_warning: "FutureWarning" <- "Warning",
    import_warning: "ImportWarning" <- "Warning",
    pending_deprecation_warning: "PendingDeprecationWarning" <- "Warning",
    resource_warning: "ResourceWarning" <- "Warning",
    runtime_warning: "RuntimeWarning" <- "Warning",
    syntax_warning: "SyntaxWarning" <- "Warning",
    unicode_warning: "UnicodeWarning" <- "Warning",
    user_warning: "UserWarning" <- "Warning",
}

fn setup_base_exception(t: &TypeData) {
    let s = &t.slots;
    s.new.set(Some(exc_new));
    s.init.set(Some(exc_init));
    s.repr.set(Some(exc_repr));
    s.str.set(Some(exc_str));
    s.getattro.set(Some(exc_getattr));
    s.setattro.set(Some(exc_setattr));
}

/// Subclasses whose `str`/attributes differ from BaseException's.
fn setup_specific(t: &TypeData) {
    match t.name.borrow().as_str() {
        "KeyError" => t.slots.str.set(Some(key_error_str)),
        "OSError" => crate::exceptions_os::setup(t),
        "SyntaxError" | "IndentationError" | "TabError" => crate::exceptions_syntax::setup(t),
        "BaseExceptionGroup" => crate::exc_group::setup(t),
        "UnicodeEncodeError" | "UnicodeDecodeError" | "UnicodeTranslateError" => {
            crate::exceptions_unicode::setup(t)
        }
        _ => {}
    }
}

fn exc_new(_i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Obj(new_exception(cls, args.pos().to_vec())))
}

fn exc_init(_i: &mut dyn Interp, this: &Value, args: Args<'_>) -> PyResult<()> {
    if let Some(e) = this.as_obj().and_then(exc_data) {
        *e.args.borrow_mut() = new_tuple(args.pos().to_vec());
    }
    Ok(())
}

fn exc_repr(i: &mut dyn Interp, this: &Value) -> PyResult<Value> {
    let Some(obj) = this.as_obj() else {
        return Ok(new_str("<exception>"));
    };
    let args = exc_args(obj);
    let name = obj.class_name();
    let s = if args.len() == 1 {
        format!("{name}({})", protocol::repr_string(i, &args[0])?)
    } else {
        let t = new_tuple(args);
        format!("{name}{}", protocol::repr_string(i, &t)?)
    };
    Ok(new_str(&s))
}

fn exc_str(i: &mut dyn Interp, this: &Value) -> PyResult<Value> {
    let Some(obj) = this.as_obj() else {
        return Ok(new_str(""));
    };
    let args = exc_args(obj);
    match args.len() {
        0 => Ok(new_str("")),
        1 => protocol::str_(i, &args[0]),
        _ => protocol::str_(i, &new_tuple(args)),
    }
}

fn key_error_str(i: &mut dyn Interp, this: &Value) -> PyResult<Value> {
    let Some(obj) = this.as_obj() else {
        return Ok(new_str(""));
    };
    let args = exc_args(obj);
    if args.len() == 1 {
        protocol::repr(i, &args[0])
    } else {
        exc_str(i, this)
    }
}

pub(crate) fn exc_getattr(i: &mut dyn Interp, this: &Value, name: &Value) -> PyResult<Value> {
    let Some(obj) = this.as_obj() else {
        return protocol::generic_getattr(i, this, name);
    };
    let Some(e) = exc_data(obj) else {
        return protocol::generic_getattr(i, this, name);
    };
    let n = name.as_str_data().and_then(|s| s.as_str()).unwrap_or("");
    let t = builtin_types();
    let cls = obj.class();
    match n {
        "args" => return Ok(e.args.borrow().clone()),
        "__context__" => return Ok(e.context.borrow().clone()),
        "__cause__" => return Ok(e.cause.borrow().clone()),
        "__suppress_context__" => return Ok(Value::Bool(e.suppress_context.get())),
        "__traceback__" => {
            let entries = e.traceback.borrow().clone();
            return Ok(crate::traceback_obj::traceback_object(&entries));
        }
        "code" if crate::typeobj::is_subtype(&cls, &t.exc.system_exit) => {
            let args = exc_args(obj);
            return Ok(match args.len() {
                0 => Value::None,
                1 => args[0].clone(),
                _ => new_tuple(args),
            });
        }
        "value" if crate::typeobj::is_subtype(&cls, &t.exc.stop_iteration) => {
            if let Some(v) = e.dict.borrow().get_str_key(name) {
                return Ok(v);
            }
            return Ok(exc_args(obj).first().cloned().unwrap_or(Value::None));
        }
        _ => {}
    }
    if let Some(v) = e.dict.borrow().get_str_key(name) {
        return Ok(v);
    }
    protocol::generic_getattr(i, this, name)
}

pub(crate) fn exc_setattr(
    _i: &mut dyn Interp,
    this: &Value,
    name: &Value,
    v: Option<Value>,
) -> PyResult<()> {
    let Some(e) = this.as_obj().and_then(exc_data) else {
        return Err(attribute_error("cannot set attribute"));
    };
    let n = name.as_str_data().and_then(|s| s.as_str()).unwrap_or("");
    match (n, v) {
        ("__context__", Some(v)) => *e.context.borrow_mut() = v,
        ("__cause__", Some(v)) => {
            *e.cause.borrow_mut() = v;
            e.suppress_context.set(true);
        }
        ("__suppress_context__", Some(v)) => e.suppress_context.set(matches!(v, Value::Bool(true))),
        ("args", Some(v)) => *e.args.borrow_mut() = new_tuple(protocol::collect(_i, &v)?),
        ("__traceback__", Some(v)) => {
            *e.traceback.borrow_mut() = crate::traceback_obj::traceback_entries(&v)?;
        }
        (_, Some(v)) => e.dict.borrow_mut().set_str_key(name.clone(), v),
        (_, None) => {
            if e.dict.borrow_mut().remove_str_key(name).is_none() {
                return Err(attribute_error(n.to_string()));
            }
        }
    }
    Ok(())
}

/// Whether `v` is an exception instance (its class derives from BaseException).
pub fn is_exception_instance(v: &Value) -> bool {
    v.as_obj().is_some_and(|o| exc_data(o).is_some())
}

/// Whether `v` is an exception class.
pub fn is_exception_class(v: &Value) -> bool {
    v.as_obj()
        .and_then(|o| o.as_type())
        .is_some_and(|t| t.has_flag(flags::EXC_SUBCLASS))
}

/// `str(exc)` compared with a Rust string (tests and diagnostics).
pub fn exc_message_is(obj: &ObjRef, msg: &str) -> bool {
    exc_args(obj).first().is_some_and(|a| str_value_eq(a, msg))
}

/// The methods of BaseException.
pub static METHODS: &[crate::types::MethodDef] = &[
    crate::method!("add_note", add_note),
    crate::method!("with_traceback", with_traceback),
];

fn self_exc<'a>(args: &'a Args<'_>, name: &str) -> PyResult<&'a ObjRef> {
    let pos = args.pos();
    match pos.first().and_then(Value::as_obj) {
        Some(o) if exc_data(o).is_some() => Ok(o),
        _ => Err(crate::error::type_error(format!(
            "descriptor '{name}' requires a 'BaseException' object"
        ))),
    }
}

/// `BaseException.add_note(note)` (3.11): appends to the `__notes__` list.
fn add_note(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let this = self_exc(&args, "add_note")?;
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(crate::error::type_error(format!(
            "BaseException.add_note() takes exactly one argument ({} given)",
            pos.len().saturating_sub(1)
        )));
    }
    let note = &pos[1];
    if note.as_str_data().is_none() {
        return Err(crate::error::type_error(format!(
            "note must be a str, not '{}'",
            note.class_name()
        )));
    }
    let v = Value::Obj(this.clone());
    let notes = match protocol::getattr_str(i, &v, "__notes__") {
        Ok(n) => n,
        Err(err) if err.matches(&builtin_types().exc.attribute_error) => {
            let l = crate::types::list::new_list(Vec::new());
            protocol::setattr(i, &v, &new_str("__notes__"), Some(l.clone()))?;
            l
        }
        Err(err) => return Err(err),
    };
    match notes.payload() {
        Some(Payload::List(l)) => l.borrow_mut().push(note.clone()),
        _ => {
            return Err(crate::error::type_error(
                "Cannot add note: __notes__ is not a list",
            ))
        }
    }
    Ok(Value::None)
}

/// `BaseException.with_traceback(tb)`: sets `__traceback__`, returns the exception.
fn with_traceback(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let this = self_exc(&args, "with_traceback")?;
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(crate::error::type_error(format!(
            "BaseException.with_traceback() takes exactly one argument ({} given)",
            pos.len().saturating_sub(1)
        )));
    }
    let entries = crate::traceback_obj::traceback_entries(&pos[1])?;
    if let Some(e) = exc_data(this) {
        *e.traceback.borrow_mut() = entries;
    }
    Ok(Value::Obj(this.clone()))
}
