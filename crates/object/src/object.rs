//! `PyObject`: a heap object, its class and its payload.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use num_bigint::BigInt;

use crate::exceptions::ExcData;
use crate::typeobj::TypeData;
use crate::types::{
    code::Code, dict::DictData, func::BoundMethod, func::BuiltinFunction, func::FunctionData,
    func::MethodDescr, iter::IterData, module::ModuleData, str::StrData,
};
use crate::value::Value;

/// A reference to a heap object. Dropping the last one frees the object, at the point
/// CPython's decref would.
pub type ObjRef = Rc<PyObject>;

/// A heap object.
pub struct PyObject {
    /// The class. Invariant: `Some` for every object once built; `None` only for the
    /// instant between creating `type` and making it its own class (see `types::bootstrap`).
    /// Replaced only through [`PyObject::set_class`].
    class: RefCell<Option<ObjRef>>,
    /// Index + 1 of the object in the collector's registry, 0 when not tracked
    /// (`crate::gc`; written only there).
    pub(crate) gc_index: Cell<u32>,
    /// A weakref object was ever made for this object (`crate::weakref`; checked on drop).
    pub(crate) weakly_referenced: Cell<bool>,
    pub payload: Payload,
}

impl Drop for PyObject {
    /// The object's last reference went: leave the collector's registry (the payload's
    /// own references are released right after, by the fields' drop).
    #[inline]
    fn drop(&mut self) {
        if self.gc_index.get() != 0 {
            crate::gc::untrack(self);
        }
        if self.weakly_referenced.get() {
            crate::weakref::on_death(self);
        }
        #[cfg(debug_assertions)]
        crate::gc::count_live(self.payload.kind(), -1);
    }
}

/// What a heap object holds. One variant per builtin representation; a subclass
/// instance of a builtin type uses its base's variant with the subclass as class.
///
/// Invariant (docs/vm.md): no `RefCell` borrow of a payload is held across a call that
/// can run Python code.
///
/// Large representations are boxed so that every object stays small (the enum is as
/// large as its largest variant).
pub enum Payload {
    /// A plain `object()` or an instance whose state is only its `__dict__`.
    Object,
    /// An instance of a user class: its `__dict__`, a dict value (for a class with
    /// `__slots__` and no `__dict__`, the hidden storage of the slot members).
    Instance(Value),
    /// A heap int: a big one of class `int`, or any value of an int subclass.
    Int(BigInt),
    /// A float of a float subclass (plain floats are unboxed).
    Float(f64),
    /// A complex number (every `complex` is a heap object).
    Complex {
        re: f64,
        im: f64,
    },
    Str(StrData),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    Tuple(Box<[Value]>),
    List(RefCell<Vec<Value>>),
    Dict(Box<RefCell<DictData>>),
    /// A set or frozenset (the class tells which).
    Set(Box<RefCell<crate::types::set::SetData>>),
    Function(Box<FunctionData>),
    BuiltinFunction(BuiltinFunction),
    MethodDescr(MethodDescr),
    BoundMethod(BoundMethod),
    Code(Rc<Code>),
    Cell(RefCell<Value>),
    Type(Box<TypeData>),
    Exception(Box<ExcData>),
    Range {
        start: i64,
        stop: i64,
        step: i64,
    },
    Slice {
        start: Value,
        stop: Value,
        step: Value,
    },
    Module(ModuleData),
    /// Every builtin iterator (list_iterator, range_iterator, dict_keyiterator, ...).
    Iter(IterData),
    /// A view of a dict (`dict_keys`, `dict_values`, `dict_items`).
    DictView {
        dict: ObjRef,
        kind: crate::types::iter::DictIterKind,
    },
    NotImplemented,
    Ellipsis,
    /// A native text stream (sys.stdout, sys.stderr): the fd it writes to via
    /// [`crate::Interp::write_stream`].
    Stream {
        fd: u8,
    },
    /// A generator, coroutine or async generator (`types::gen`).
    Generator(Box<crate::types::gen::GenData>),
    /// A helper of the await protocol (`types::gen_async`).
    GenHelper(Box<crate::types::gen::GenHelper>),
    /// Descriptors and helpers of the class machinery (property, classmethod, super,
    /// slot wrappers …; see `descr`).
    Descr(Box<crate::descr::Descr>),
    /// A mutable counter-style slot for native objects that need one.
    Counter(Cell<i64>),
    /// The state of an object of a native module's type (`crate::native`).
    Native(Box<dyn crate::native::NativeData>),
}

impl PyObject {
    /// A new object of class `class`.
    #[inline]
    pub fn new(class: ObjRef, payload: Payload) -> ObjRef {
        let track = crate::gc::wants_tracking(&class, &payload);
        #[cfg(debug_assertions)]
        crate::gc::count_live(payload.kind(), 1);
        let o = Rc::new(PyObject {
            class: RefCell::new(Some(class)),
            gc_index: Cell::new(0),
            weakly_referenced: Cell::new(false),
            payload,
        });
        if track {
            crate::gc::track(&o);
        }
        o
    }

    /// Whether the cycle collector tracks this object.
    #[inline]
    pub fn is_gc_tracked(&self) -> bool {
        self.gc_index.get() != 0
    }

    /// The class field itself (for the collector's traversal).
    pub(crate) fn class_cell(&self) -> &RefCell<Option<ObjRef>> {
        &self.class
    }

    /// An object without a class yet: only for bootstrapping `type` (see `types::bootstrap`).
    pub(crate) fn new_classless(payload: Payload) -> ObjRef {
        #[cfg(debug_assertions)]
        crate::gc::count_live(payload.kind(), 1);
        Rc::new(PyObject {
            class: RefCell::new(None),
            gc_index: Cell::new(0),
            weakly_referenced: Cell::new(false),
            payload,
        })
    }

    /// The class (`type(obj)`).
    #[inline]
    pub fn class(&self) -> ObjRef {
        match &*self.class.borrow() {
            Some(c) => c.clone(),
            // Only reachable during bootstrap, before `type` is its own class.
            None => crate::types::builtin_types().type_.clone(),
        }
    }

    /// The class's attribute-cache version tag (`TypeData::version`; 0: none), without
    /// a reference count.
    #[inline]
    pub fn class_version(&self) -> u32 {
        match &*self.class.borrow() {
            Some(c) => match &c.payload {
                Payload::Type(t) => t.version.get(),
                _ => 0,
            },
            None => 0,
        }
    }

    /// Whether the class is exactly `cls` (no reference count taken).
    #[inline]
    pub fn class_is(&self, cls: &ObjRef) -> bool {
        self.class
            .borrow()
            .as_ref()
            .is_some_and(|c| Rc::ptr_eq(c, cls))
    }

    /// `obj.__class__ = cls` (the caller checks layout compatibility).
    ///
    /// Takes `&ObjRef` only to be able to track the object when its new class is tracked.
    pub fn set_class(self: &ObjRef, class: ObjRef) {
        let track = class.is_gc_tracked();
        *self.class.borrow_mut() = Some(class);
        if track {
            crate::gc::track(self);
        }
    }

    /// The class's name as CPython's messages print it (`tp_name`): `__name__`, or
    /// `module.name` for a native type of a C module (`'itertools.count' object …`).
    pub fn class_name(&self) -> String {
        match &*self.class.borrow() {
            Some(c) => match &c.payload {
                Payload::Type(t) => t.tp_name(),
                _ => "?".into(),
            },
            None => "type".into(),
        }
    }

    /// The type data, if this object is a type.
    pub fn as_type(&self) -> Option<&TypeData> {
        match &self.payload {
            Payload::Type(t) => Some(t),
            _ => None,
        }
    }
}

/// Names of the payload kinds, indexed by [`Payload::kind`] (the leak harness's report).
pub const KIND_NAMES: [&str; 33] = [
    "Object",
    "Instance",
    "Int",
    "Float",
    "Complex",
    "Str",
    "Bytes",
    "ByteArray",
    "Tuple",
    "List",
    "Dict",
    "Set",
    "Function",
    "BuiltinFunction",
    "MethodDescr",
    "BoundMethod",
    "Code",
    "Cell",
    "Type",
    "Exception",
    "Range",
    "Slice",
    "Module",
    "Iter",
    "DictView",
    "NotImplemented",
    "Ellipsis",
    "Stream",
    "Counter",
    "Generator",
    "GenHelper",
    "Descr",
    "Native",
];

impl Payload {
    /// The kind's index in [`KIND_NAMES`].
    pub fn kind(&self) -> usize {
        match self {
            Payload::Object => 0,
            Payload::Instance(_) => 1,
            Payload::Int(_) => 2,
            Payload::Float(_) => 3,
            Payload::Complex { .. } => 4,
            Payload::Str(_) => 5,
            Payload::Bytes(_) => 6,
            Payload::ByteArray(_) => 7,
            Payload::Tuple(_) => 8,
            Payload::List(_) => 9,
            Payload::Dict(_) => 10,
            Payload::Set(_) => 11,
            Payload::Function(_) => 12,
            Payload::BuiltinFunction(_) => 13,
            Payload::MethodDescr(_) => 14,
            Payload::BoundMethod(_) => 15,
            Payload::Code(_) => 16,
            Payload::Cell(_) => 17,
            Payload::Type(_) => 18,
            Payload::Exception(_) => 19,
            Payload::Range { .. } => 20,
            Payload::Slice { .. } => 21,
            Payload::Module(_) => 22,
            Payload::Iter(_) => 23,
            Payload::DictView { .. } => 24,
            Payload::NotImplemented => 25,
            Payload::Ellipsis => 26,
            Payload::Stream { .. } => 27,
            Payload::Counter(_) => 28,
            Payload::Generator(_) => 29,
            Payload::GenHelper(_) => 30,
            Payload::Descr(_) => 31,
            Payload::Native(_) => 32,
        }
    }
}
