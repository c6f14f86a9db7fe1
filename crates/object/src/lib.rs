//! krait-object: the object model (docs/vm.md): [`Value`], heap objects ([`PyObject`]
//! with a [`Payload`]), type objects with slots ([`typeobj`]), errors ([`PyErr`]), the
//! exception hierarchy, the abstract protocol ([`protocol`]) and one file per builtin type
//! under [`types`].
//!
//! The numeric core ([`num`], [`hash`], [`format_spec`]) is pure functions on Rust
//! primitives that reproduce CPython's arithmetic, hashing and formatting exactly.

pub mod argparse;
pub mod args;
pub mod descr;
pub mod error;
pub mod exc_group;
pub mod exceptions;
pub mod exceptions_os;
pub mod exceptions_syntax;
pub mod exceptions_unicode;
pub mod ext_dict;
pub mod format_spec;
pub mod gc;
pub mod hash;
pub mod interp;
pub mod method_cache;
pub mod native;
pub mod num;
pub mod object;
pub mod protocol;
pub mod recursion;
pub mod slot_dunders;
pub mod slot_wrappers;
pub mod traceback_obj;
pub mod typeobj;
pub mod types;
pub mod value;
pub mod weakref;

pub use args::Args;
pub use error::{PyErr, PyResult};
pub use interp::Interp;
pub use num::{ErrorKind, NumError};
pub use object::{ObjRef, Payload, PyObject};
pub use types::builtin_types;
pub use value::Value;
