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
    pub payload: Payload,
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
    /// An instance with a `__dict__` (user classes; filled in by the classes issue).
    Instance(Box<RefCell<DictData>>),
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
    /// A mutable counter-style slot for native objects that need one.
    Counter(Cell<i64>),
}

impl PyObject {
    /// A new object of class `class`.
    #[inline]
    pub fn new(class: ObjRef, payload: Payload) -> ObjRef {
        Rc::new(PyObject {
            class: RefCell::new(Some(class)),
            payload,
        })
    }

    /// An object without a class yet: only for bootstrapping `type` (see `types::bootstrap`).
    pub(crate) fn new_classless(payload: Payload) -> ObjRef {
        Rc::new(PyObject {
            class: RefCell::new(None),
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

    /// Whether the class is exactly `cls` (no reference count taken).
    #[inline]
    pub fn class_is(&self, cls: &ObjRef) -> bool {
        self.class
            .borrow()
            .as_ref()
            .is_some_and(|c| Rc::ptr_eq(c, cls))
    }

    /// `obj.__class__ = cls` (the caller checks layout compatibility).
    pub fn set_class(&self, class: ObjRef) {
        *self.class.borrow_mut() = Some(class);
    }

    /// The class's `__name__`.
    pub fn class_name(&self) -> String {
        match &*self.class.borrow() {
            Some(c) => match &c.payload {
                Payload::Type(t) => t.name(),
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
