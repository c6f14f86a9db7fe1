//! Code objects and constants, resolved from marshal data.
//!
//! One `CodeObject` shape serves every version: fields a version lacks are derived
//! (3.10's varnames/cellvars/freevars become `localsplusnames`/`localspluskinds` the way
//! 3.11 lays them out, and 3.11+ `co_varnames` etc. are derived back), so dis, lowering and
//! the VM read one structure.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::{PyStr, PyVersion};

/// `co_localspluskinds` bits (CPython's `Include/internal/pycore_code.h`).
pub mod kind {
    pub const ARG_VAR_POS: u8 = 0x02;
    pub const ARG_VAR_KW: u8 = 0x04;
    pub const ARGS: u8 = 0x08;
    pub const HIDDEN: u8 = 0x10;
    pub const LOCAL: u8 = 0x20;
    pub const CELL: u8 = 0x40;
    pub const FREE: u8 = 0x80;
}

/// `co_flags` bits.
pub mod flags {
    pub const OPTIMIZED: u32 = 0x0001;
    pub const NEWLOCALS: u32 = 0x0002;
    pub const VARARGS: u32 = 0x0004;
    pub const VARKEYWORDS: u32 = 0x0008;
    pub const NESTED: u32 = 0x0010;
    pub const GENERATOR: u32 = 0x0020;
    pub const NOFREE: u32 = 0x0040;
    pub const COROUTINE: u32 = 0x0080;
    pub const ITERABLE_COROUTINE: u32 = 0x0100;
    pub const ASYNC_GENERATOR: u32 = 0x0200;
}

/// A constant of `co_consts` (or any value a marshal stream can hold, resolved).
#[derive(Clone, Debug)]
pub enum Const {
    None,
    Bool(bool),
    Ellipsis,
    StopIteration,
    /// TYPE_NULL: only meaningful inside dict encodings; never a real constant.
    Null,
    Int(BigInt),
    Float(f64),
    Complex {
        re: f64,
        im: f64,
    },
    Str(PyStr),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Const]>),
    List(Rc<[Const]>),
    Dict(Rc<[(Const, Const)]>),
    Set(Rc<[Const]>),
    /// Elements in the order the file stores them (CPython's iteration order when written).
    FrozenSet(Rc<[Const]>),
    Code(Rc<CodeObject>),
}

/// A code object of any supported version.
#[derive(Clone, Debug)]
pub struct CodeObject {
    pub version: PyVersion,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// `co_nlocals`: stored in 3.10; counted from `localspluskinds` (LOCAL bit) in 3.11+.
    pub nlocals: u32,
    pub stacksize: u32,
    pub flags: u32,
    /// `co_code`: the raw bytes, caches included, exactly as marshalled.
    pub code: Rc<[u8]>,
    pub consts: Vec<Const>,
    pub names: Vec<PyStr>,
    /// Local, cell and free variable names in 3.11's "fast locals" order. For 3.10 this is
    /// varnames + cellvars not already in varnames + freevars.
    pub localsplusnames: Vec<PyStr>,
    /// One `kind::*` byte per entry of `localsplusnames`.
    pub localspluskinds: Vec<u8>,
    pub varnames: Vec<PyStr>,
    pub cellvars: Vec<PyStr>,
    pub freevars: Vec<PyStr>,
    pub filename: PyStr,
    pub name: PyStr,
    /// `co_qualname` (3.11+); equal to `name` for 3.10.
    pub qualname: PyStr,
    pub firstlineno: u32,
    /// 3.10: `co_linetable` (PEP 626 format); 3.11+: the location table.
    pub linetable: Rc<[u8]>,
    /// 3.11+: `co_exceptiontable`; empty for 3.10.
    pub exceptiontable: Rc<[u8]>,
}

impl CodeObject {
    /// This code object with `co_filename` set to `filename` here and in every nested code
    /// object (`_imp._fix_co_filename`: a module loaded from source reports the path it was
    /// found at, not the one it was compiled at).
    pub fn with_filename(self: &Rc<Self>, filename: &str) -> Rc<CodeObject> {
        if self.filename.to_string_lossy() == filename {
            return self.clone();
        }
        let mut co = (**self).clone();
        co.filename = PyStr::from(filename);
        for c in &mut co.consts {
            if let Const::Code(inner) = c {
                *inner = inner.with_filename(filename);
            }
        }
        Rc::new(co)
    }

    /// A code object with no instructions, constants, names or tables: a base for tests
    /// and tools that fill in only the fields they need (`CodeObject { .., ..empty }`).
    pub fn empty(version: PyVersion, name: &str, filename: &str) -> CodeObject {
        CodeObject {
            version,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            nlocals: 0,
            stacksize: 0,
            flags: 0,
            code: Rc::from(&[][..]),
            consts: Vec::new(),
            names: Vec::new(),
            localsplusnames: Vec::new(),
            localspluskinds: Vec::new(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            filename: PyStr::from(filename),
            name: PyStr::from(name),
            qualname: PyStr::from(name),
            firstlineno: 0,
            linetable: Rc::from(&[][..]),
            exceptiontable: Rc::from(&[][..]),
        }
    }

    /// Number of `co_code` bytes per code unit (always 2 in 3.10–3.13).
    pub const UNIT: usize = 2;

    /// The number of code units (instructions and caches).
    pub fn len_units(&self) -> usize {
        self.code.len() / Self::UNIT
    }
}
