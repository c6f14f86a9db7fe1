//! Native modules: CPython's C modules rewritten in Rust, one file each.
//!
//! **Adding a module**: a file `modules/<name>.rs` with `pub fn init(vm: &mut Vm) ->
//! PyResult<Value>` that builds the module (usually [`new_module_with`] plus its types
//! and constants), a `pub mod` line below, and a row in [`MODULES`]. The import system
//! (`crate::import`) finds native modules here before searching `sys.path`;
//! `sys.builtin_module_names` lists this table.
//!
//! Native types live in the module's file as `NativeData` structs with a static
//! `TypeSpec` (see `krait_object::native`). [`support`] has shortcuts: `Cell<S>` (a state
//! in one `RefCell` the cycle collector can traverse and clear), `iter_slots` for
//! iterator types, `native_type!` for the per-thread type object, and CPython's
//! positional-argument checks.

pub mod _abc;
pub mod _ast;
pub mod _codecs;
pub mod _contextvars;
pub mod _locale;
pub mod _posixsubprocess;
pub mod _signal;
pub mod _socket;
pub mod _string;
pub mod _thread;
pub mod _warnings;
pub mod _weakref;
pub mod atexit;
pub mod gc;

use krait_object::error::PyResult;
use krait_object::types::dict::set_by_name;
use krait_object::types::func::new_builtin;
use krait_object::types::module::{module_dict, new_module};
use krait_object::Value;

use crate::builtins::FunctionTable;
use crate::vm::Vm;

pub mod _imp;
pub mod _io;
pub mod _json;
pub mod _stat;
pub mod binascii;
pub mod binascii_qp;
pub mod bisect;
pub mod cmath;
pub mod collections;
pub mod errno;
pub mod exc_class;
pub mod functools;
pub mod hashes;
pub mod heapq;
pub mod itertools;
pub mod marshal;
pub mod math;
pub mod operator;
pub mod posix;
pub mod random;
pub mod select;
pub mod sre;
pub mod structmod;
pub mod support;
pub mod time;
pub mod unicodedata;

/// A native module: its name and the function that builds it (called once per run, on
/// first import; the result is cached in `sys.modules`).
pub struct ModuleDef {
    pub name: &'static str,
    pub init: fn(&mut Vm) -> PyResult<Value>,
}

impl ModuleDef {
    /// A row of [`MODULES`] (one line per module keeps merges simple).
    pub const fn new(name: &'static str, init: fn(&mut Vm) -> PyResult<Value>) -> Self {
        ModuleDef { name, init }
    }
}

/// Every native module except `sys` and `builtins` (made at start-up by the VM).
/// Keep sorted by name.
pub static MODULES: &[ModuleDef] = &[
    ModuleDef::new("_abc", _abc::init),
    ModuleDef::new("_ast", _ast::init),
    ModuleDef::new("_bisect", bisect::init),
    ModuleDef::new("_blake2", hashes::init_blake2),
    ModuleDef::new("_codecs", _codecs::init),
    ModuleDef::new("_collections", collections::init),
    ModuleDef::new("_contextvars", _contextvars::init),
    ModuleDef::new("_functools", functools::init),
    ModuleDef::new("_heapq", heapq::init),
    ModuleDef::new("_imp", _imp::init),
    ModuleDef::new("_io", _io::init),
    ModuleDef::new("_json", _json::init),
    ModuleDef::new("_locale", _locale::init),
    ModuleDef::new("_md5", hashes::init_md5),
    ModuleDef::new("_operator", operator::init),
    ModuleDef::new("_posixsubprocess", _posixsubprocess::init),
    ModuleDef::new("_random", random::init),
    ModuleDef::new("_sha1", hashes::init_sha1),
    ModuleDef::new("_sha256", hashes::init_sha256),
    ModuleDef::new("_sha3", hashes::init_sha3),
    ModuleDef::new("_sha512", hashes::init_sha512),
    ModuleDef::new("_signal", _signal::init),
    ModuleDef::new("_sre", sre::init),
    ModuleDef::new("_socket", _socket::init),
    ModuleDef::new("_stat", _stat::init),
    ModuleDef::new("_string", _string::init),
    ModuleDef::new("_struct", structmod::init),
    ModuleDef::new("_thread", _thread::init),
    ModuleDef::new("_warnings", _warnings::init),
    ModuleDef::new("_weakref", _weakref::init),
    ModuleDef::new("atexit", atexit::init),
    ModuleDef::new("binascii", binascii::init),
    ModuleDef::new("cmath", cmath::init),
    ModuleDef::new("errno", errno::init),
    ModuleDef::new("gc", gc::init),
    ModuleDef::new("itertools", itertools::init),
    ModuleDef::new("marshal", marshal::init),
    ModuleDef::new("math", math::init),
    ModuleDef::new("posix", posix::init),
    ModuleDef::new("select", select::init),
    ModuleDef::new("time", time::init),
    ModuleDef::new("unicodedata", unicodedata::init),
];

/// The native module called `name`, if krait has one.
pub fn find(name: &str) -> Option<&'static ModuleDef> {
    MODULES.iter().find(|m| m.name == name)
}

/// A new module `name` holding the builtin functions of `functions`.
pub fn new_module_with(name: &str, functions: FunctionTable) -> Value {
    let m = new_module(name);
    if let Some(d) = module_dict(&m) {
        for &(fname, f) in functions {
            set_by_name(d, fname, new_builtin(fname, f));
        }
    }
    m
}

/// Sets `module.name = value`.
pub fn set_attr(module: &Value, name: &str, value: Value) {
    if let Some(d) = module_dict(module) {
        set_by_name(d, name, value);
    }
}
