//! Type objects: `TypeData` (name, bases, MRO, dict, flags) and `Slots`, the Rust function
//! pointers operators call. Builtin types fill their slots directly; user classes (the
//! classes issue) fill them with trampolines that look up the dunder method.

use std::cell::{Cell, RefCell};

use crate::args::Args;
use crate::error::PyResult;
use crate::interp::Interp;
use crate::method_cache::TypeDict;
use crate::object::{ObjRef, Payload};
use crate::value::Value;

/// Binary number slot: `(a, b)` in the operator's own order (so a reflected call gets
/// the right operand as `b`). `Ok(None)` is `NotImplemented`.
pub type BinaryFn = fn(&mut dyn Interp, &Value, &Value) -> PyResult<Option<Value>>;
pub type UnaryFn = fn(&mut dyn Interp, &Value) -> PyResult<Value>;
/// Rich comparison; `Ok(None)` is `NotImplemented`.
pub type RichCmpFn = fn(&mut dyn Interp, &Value, &Value, CmpOp) -> PyResult<Option<Value>>;
pub type HashFn = fn(&mut dyn Interp, &Value) -> PyResult<i64>;
/// `repr`/`str`: returns a str value.
pub type StrFn = fn(&mut dyn Interp, &Value) -> PyResult<Value>;
pub type BoolFn = fn(&mut dyn Interp, &Value) -> PyResult<bool>;
pub type LenFn = fn(&mut dyn Interp, &Value) -> PyResult<usize>;
/// `getattr(obj, name)`: `name` is a str value.
pub type GetAttrFn = fn(&mut dyn Interp, &Value, &Value) -> PyResult<Value>;
/// `setattr` (`Some(v)`) or `delattr` (`None`).
pub type SetAttrFn = fn(&mut dyn Interp, &Value, &Value, Option<Value>) -> PyResult<()>;
pub type CallFn = fn(&mut dyn Interp, &Value, Args<'_>) -> PyResult<Value>;
/// The `next` slot: `Ok(None)` is exhaustion (StopIteration is never materialized).
pub type NextFn = fn(&mut dyn Interp, &Value) -> PyResult<Option<Value>>;
pub type GetItemFn = fn(&mut dyn Interp, &Value, &Value) -> PyResult<Value>;
/// `obj[key] = v` (`Some(v)`) or `del obj[key]` (`None`).
pub type SetItemFn = fn(&mut dyn Interp, &Value, &Value, Option<Value>) -> PyResult<()>;
pub type ContainsFn = fn(&mut dyn Interp, &Value, &Value) -> PyResult<bool>;
/// `descr.__get__(obj, cls)`; `obj` is `None` for access through the class.
pub type DescrGetFn = fn(&mut dyn Interp, &Value, Option<&Value>, &ObjRef) -> PyResult<Value>;
/// `descr.__set__(obj, v)` (`Some(v)`) or `descr.__delete__(obj)` (`None`); a type with
/// this slot makes its instances data descriptors.
pub type DescrSetFn = fn(&mut dyn Interp, &Value, &Value, Option<Value>) -> PyResult<()>;
/// `cls.__new__(cls, *args)`.
pub type NewFn = fn(&mut dyn Interp, &ObjRef, Args<'_>) -> PyResult<Value>;
/// `self.__init__(*args)`.
pub type InitFn = fn(&mut dyn Interp, &Value, Args<'_>) -> PyResult<()>;

/// A native function: a builtin, or a method (then `args.pos()[0]` is `self`).
pub type NativeFn = fn(&mut dyn Interp, Args<'_>) -> PyResult<Value>;

/// The binary operators, numbered like CPython's `NB_*` (BINARY_OP's argument: the
/// in-place form of operator `k` is `k + 13`).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    Add = 0,
    And,
    FloorDiv,
    LShift,
    MatMul,
    Mul,
    Mod,
    Or,
    Pow,
    RShift,
    Sub,
    TrueDiv,
    Xor,
}

impl BinOp {
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::And,
        BinOp::FloorDiv,
        BinOp::LShift,
        BinOp::MatMul,
        BinOp::Mul,
        BinOp::Mod,
        BinOp::Or,
        BinOp::Pow,
        BinOp::RShift,
        BinOp::Sub,
        BinOp::TrueDiv,
        BinOp::Xor,
    ];

    /// BINARY_OP's argument: `(operator, in_place)`; `None` beyond 25.
    pub fn from_arg(arg: u32) -> Option<(BinOp, bool)> {
        let i = arg as usize;
        Some((*Self::ALL.get(i % 13)?, i >= 13)).filter(|_| i < 26)
    }

    /// The operator as CPython's error messages spell it (`+`, `//`, `**` ...).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::And => "&",
            BinOp::FloorDiv => "//",
            BinOp::LShift => "<<",
            BinOp::MatMul => "@",
            BinOp::Mul => "*",
            BinOp::Mod => "%",
            BinOp::Or => "|",
            BinOp::Pow => "**",
            BinOp::RShift => ">>",
            BinOp::Sub => "-",
            BinOp::TrueDiv => "/",
            BinOp::Xor => "^",
        }
    }

    /// The dunder name (`__add__`), for user-class trampolines and error messages.
    pub fn dunder(self) -> &'static str {
        match self {
            BinOp::Add => "__add__",
            BinOp::And => "__and__",
            BinOp::FloorDiv => "__floordiv__",
            BinOp::LShift => "__lshift__",
            BinOp::MatMul => "__matmul__",
            BinOp::Mul => "__mul__",
            BinOp::Mod => "__mod__",
            BinOp::Or => "__or__",
            BinOp::Pow => "__pow__",
            BinOp::RShift => "__rshift__",
            BinOp::Sub => "__sub__",
            BinOp::TrueDiv => "__truediv__",
            BinOp::Xor => "__xor__",
        }
    }
}

/// Rich comparison operators, numbered like CPython's `Py_LT` … `Py_GE` (COMPARE_OP's
/// normalized argument).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    Lt = 0,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn from_arg(arg: u32) -> Option<CmpOp> {
        Some(match arg {
            0 => CmpOp::Lt,
            1 => CmpOp::Le,
            2 => CmpOp::Eq,
            3 => CmpOp::Ne,
            4 => CmpOp::Gt,
            5 => CmpOp::Ge,
            _ => return None,
        })
    }

    /// The operator with its operands swapped (`a < b` ⇔ `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    /// Applies the operator to an ordering (`None`: unordered, e.g. NaN).
    pub fn test(self, ord: Option<std::cmp::Ordering>) -> bool {
        use std::cmp::Ordering::*;
        match (self, ord) {
            (CmpOp::Ne, None) => true,
            (_, None) => false,
            (CmpOp::Lt, Some(o)) => o == Less,
            (CmpOp::Le, Some(o)) => o != Greater,
            (CmpOp::Eq, Some(o)) => o == Equal,
            (CmpOp::Ne, Some(o)) => o != Equal,
            (CmpOp::Gt, Some(o)) => o == Greater,
            (CmpOp::Ge, Some(o)) => o != Less,
        }
    }
}

/// The slots of a type. Each is a `Cell` so a user class can change one when a dunder is
/// assigned after creation; reading one is a plain load.
#[derive(Default)]
pub struct Slots {
    /// `nb_*` binary operators indexed by [`BinOp`].
    pub nb: [Cell<Option<BinaryFn>>; 13],
    /// In-place forms (`+=` …); empty falls back to `nb`.
    pub nb_inplace: [Cell<Option<BinaryFn>>; 13],
    /// Sequence fallbacks tried after both `nb` slots gave NotImplemented: `sq_concat`
    /// for `+` (raises the "can only concatenate" error), `sq_repeat` for `*`.
    pub sq_concat: Cell<Option<BinaryFn>>,
    pub sq_repeat: Cell<Option<BinaryFn>>,
    pub neg: Cell<Option<UnaryFn>>,
    pub pos: Cell<Option<UnaryFn>>,
    pub invert: Cell<Option<UnaryFn>>,
    pub abs: Cell<Option<UnaryFn>>,
    /// `nb_bool`; with neither it nor `len`, every instance is true.
    pub bool_: Cell<Option<BoolFn>>,
    /// `nb_index`: returns an int value.
    pub index: Cell<Option<UnaryFn>>,
    /// `nb_int`, `nb_float`.
    pub int: Cell<Option<UnaryFn>>,
    pub float: Cell<Option<UnaryFn>>,
    pub richcompare: Cell<Option<RichCmpFn>>,
    /// `None` with `richcompare` set means unhashable only if the class says so via
    /// [`TypeData::unhashable`]; `object`'s hash is identity.
    pub hash: Cell<Option<HashFn>>,
    pub repr: Cell<Option<StrFn>>,
    pub str: Cell<Option<StrFn>>,
    pub getattro: Cell<Option<GetAttrFn>>,
    pub setattro: Cell<Option<SetAttrFn>>,
    pub call: Cell<Option<CallFn>>,
    pub iter: Cell<Option<UnaryFn>>,
    pub next: Cell<Option<NextFn>>,
    pub len: Cell<Option<LenFn>>,
    pub getitem: Cell<Option<GetItemFn>>,
    pub setitem: Cell<Option<SetItemFn>>,
    pub contains: Cell<Option<ContainsFn>>,
    pub descr_get: Cell<Option<DescrGetFn>>,
    pub descr_set: Cell<Option<DescrSetFn>>,
    pub new: Cell<Option<NewFn>>,
    pub init: Cell<Option<InitFn>>,
}

macro_rules! inherit {
    ($dst:ident, $src:ident, $($f:ident),*) => {
        $( if $dst.$f.get().is_none() { $dst.$f.set($src.$f.get()); } )*
    };
}

impl Slots {
    /// Fills every empty slot from `base` (CPython's `inherit_slots`).
    pub fn inherit_from(&self, base: &Slots) {
        for i in 0..13 {
            if self.nb[i].get().is_none() {
                self.nb[i].set(base.nb[i].get());
            }
            if self.nb_inplace[i].get().is_none() {
                self.nb_inplace[i].set(base.nb_inplace[i].get());
            }
        }
        inherit!(
            self,
            base,
            sq_concat,
            sq_repeat,
            neg,
            pos,
            invert,
            abs,
            bool_,
            index,
            int,
            float,
            richcompare,
            hash,
            repr,
            str,
            getattro,
            setattro,
            call,
            iter,
            next,
            len,
            getitem,
            setitem,
            contains,
            descr_get,
            descr_set,
            new,
            init
        );
    }
}

/// `Py_TPFLAGS_*` that matter to krait.
pub mod flags {
    /// The type can be subclassed.
    pub const BASETYPE: u32 = 1 << 10;
    /// Created by a class statement (its attributes are writable).
    pub const HEAPTYPE: u32 = 1 << 9;
    /// `__hash__ = None`: instances are unhashable.
    pub const UNHASHABLE: u32 = 1 << 0;
    /// Instances have no `__dict__` (a class with `__slots__` all the way down).
    pub const NO_DICT: u32 = 1 << 1;
    /// A user class whose own `__slots__` declares members (its instance layout grows).
    pub const OWN_SLOTS: u32 = 1 << 2;
    /// A native type whose instances have a `__dict__` (kept in `crate::ext_dict`, like
    /// the instances of user subclasses of builtins): `functools.partial`.
    pub const NATIVE_DICT: u32 = 1 << 3;
    /// `Py_TPFLAGS_SEQUENCE` / `Py_TPFLAGS_MAPPING`: matches `case [...]` / `case {...}`
    /// (set by `abc` from `__abc_tpflags__`, e.g. on collections.abc.Sequence).
    pub const SEQUENCE: u32 = 1 << 5;
    pub const MAPPING: u32 = 1 << 6;
    /// The type or a base is `BaseException`.
    pub const EXC_SUBCLASS: u32 = 1 << 30;
}

/// The data of a type object.
pub struct TypeData {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    /// `__bases__`.
    pub bases: RefCell<Vec<ObjRef>>,
    /// `__mro__`, the type itself first.
    pub mro: RefCell<Vec<ObjRef>>,
    /// `__dict__`: str keys only for builtin types. Its mutable borrows invalidate
    /// `version` (crate::method_cache).
    pub dict: TypeDict,
    /// The attribute cache's version tag: non-zero while this type's and its MRO's dicts
    /// are unchanged since it was assigned (`crate::method_cache`); 0 = none.
    pub version: Cell<u32>,
    pub flags: Cell<u32>,
    pub slots: Slots,
    /// The `__module__` of builtin types (`builtins` when empty).
    pub module: &'static str,
    /// Direct subclasses (`__subclasses__()`), held weakly.
    pub subclasses: RefCell<Vec<std::rc::Weak<crate::object::PyObject>>>,
}

impl TypeData {
    /// A type with no bases, MRO or slots yet (filled by the builder in `types`).
    pub fn new(name: &str, flags: u32) -> TypeData {
        TypeData {
            name: RefCell::new(name.to_owned()),
            qualname: RefCell::new(name.to_owned()),
            bases: RefCell::new(Vec::new()),
            mro: RefCell::new(Vec::new()),
            dict: TypeDict::new(),
            version: Cell::new(0),
            flags: Cell::new(flags),
            slots: Slots::default(),
            module: "",
            subclasses: RefCell::new(Vec::new()),
        }
    }

    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }

    /// CPython's `tp_name`, as messages print it: `__name__`, or `module.name` for a
    /// native type of a C module (`itertools.count`).
    pub fn tp_name(&self) -> String {
        if !self.module.is_empty() && !self.has_flag(flags::HEAPTYPE) {
            format!("{}.{}", self.module, self.name())
        } else {
            self.name()
        }
    }

    pub fn has_flag(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }

    /// Looks `name` up along the MRO (`_PyType_Lookup`): the first type dict holding it.
    /// Type dicts are keyed by str, so this never runs Python code. Results are cached
    /// by (version tag, name object) in `crate::method_cache`.
    #[inline]
    pub fn lookup(&self, name: &Value) -> Option<Value> {
        if let Value::Obj(n) = name {
            let v = self.version.get();
            if v != 0 || self.assign_version() {
                return crate::method_cache::cached(self, self.version.get(), n);
            }
        }
        self.lookup_uncached(name)
    }

    /// The version tag, assigned now if the type has none (0: the type cannot have one).
    #[inline]
    pub fn version_tag(&self) -> u32 {
        let v = self.version.get();
        if v != 0 || !self.assign_version() {
            return v;
        }
        self.version.get()
    }

    /// Gives the type a version tag, its bases first (see `crate::method_cache` for why
    /// every base must have one and list this type as a subclass).
    fn assign_version(&self) -> bool {
        if self.version.get() != 0 {
            return true;
        }
        let Ok(bases) = self.bases.try_borrow() else {
            return false;
        };
        // The MRO must come from the bases (then clearing a base reaches this type).
        if bases.is_empty() && self.mro.try_borrow().map_or(true, |m| m.len() > 1) {
            return false;
        }
        for b in bases.iter() {
            let Payload::Type(bt) = &b.payload else {
                return false;
            };
            if !bt.assign_version() || !crate::method_cache::lists_subclass(bt, self) {
                return false;
            }
        }
        let v = crate::method_cache::next_version();
        self.version.set(v);
        v != 0
    }

    /// Clears the version tags of this type and its subclasses: call after changing what
    /// a lookup can find other than through `dict.borrow_mut()` (which calls it itself).
    pub fn modified(&self) {
        crate::method_cache::invalidate(self);
    }

    /// [`TypeData::lookup`] without the cache: walks the MRO.
    pub fn lookup_uncached(&self, name: &Value) -> Option<Value> {
        let mro = self.mro.borrow();
        for t in mro.iter() {
            if let Payload::Type(td) = &t.payload {
                if let Some(v) = td.dict.borrow().get_str_key(name) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// [`TypeData::lookup`] with a Rust string name.
    /// (Uncached: a fresh name object could never hit the cache.)
    pub fn lookup_str(&self, name: &str) -> Option<Value> {
        self.lookup_uncached(&crate::types::str::new_str(name))
    }
}

impl Drop for TypeData {
    /// Empty: it only forbids moving `dict` out of a `TypeData` (`TypeDict` finds its
    /// owner by the field's offset).
    fn drop(&mut self) {}
}

/// Whether `sub` is `sup` or derives from it (`PyType_IsSubtype`, by MRO).
pub fn is_subtype(sub: &ObjRef, sup: &ObjRef) -> bool {
    if std::rc::Rc::ptr_eq(sub, sup) {
        return true;
    }
    match &sub.payload {
        Payload::Type(td) => td.mro.borrow().iter().any(|t| std::rc::Rc::ptr_eq(t, sup)),
        _ => false,
    }
}
