//! Native objects and types defined outside this crate: the state of a C-module type
//! (`collections.deque`, `_io.StringIO`, `re.Pattern` …) as a Rust struct behind
//! `Payload::Native`, and [`make_type`], which builds the type object from a static
//! [`TypeSpec`].
//!
//! **Adding a native type** (in a module file of `crates/vm/src/modules/`):
//!
//! ```ignore
//! struct Deque { items: RefCell<VecDeque<Value>> }
//! impl NativeData for Deque {
//!     fn traverse(&self, visit: Visit) -> Result<(), Busy> { … visit each owned Value once … }
//!     fn clear_refs(&self, trash: &mut Vec<Value>) -> Result<(), Busy> { … move them out … }
//!     fn tracked(&self) -> bool { true }   // can hold Python objects
//! }
//! static SPEC: TypeSpec = TypeSpec { name: "deque", module: "collections", … };
//! thread_local! { static DEQUE: ObjRef = make_type(&SPEC); }
//! // instances: new_native(cls, Deque { … }); access: native_ref::<Deque>(&v)
//! ```
//!
//! The invariant of `docs/vm.md` holds here too: no `RefCell` borrow of native state is
//! held across a call that can run Python code.

use std::any::Any;

use crate::error::{type_error, PyResult};
use crate::gc::traverse::{Busy, Visit};
use crate::object::{ObjRef, Payload, PyObject};
use crate::typeobj::{flags, NativeFn, TypeData};
use crate::types::{builtin_types, MethodDef};
use crate::value::Value;

/// The state of a native object. Implementors that hold Python values must report them
/// to the cycle collector exactly once each (`traverse`), move the mutable ones out in
/// `clear_refs`, and return `true` from `tracked`.
pub trait NativeData: Any {
    /// Visits every object reference this state owns, once per owned `Rc`.
    fn traverse(&self, _visit: Visit) -> Result<(), Busy> {
        Ok(())
    }
    /// Moves the references held in mutable fields into `trash` (breaks cycles).
    fn clear_refs(&self, _trash: &mut Vec<Value>) -> Result<(), Busy> {
        Ok(())
    }
    /// Whether objects with this state can be part of a reference cycle.
    fn tracked(&self) -> bool {
        false
    }
}

/// Calls `visit` on `v` when it is a heap object (for `NativeData::traverse`).
#[inline]
pub fn visit_value(v: &Value, visit: Visit) {
    if let Value::Obj(o) = v {
        visit(o);
    }
}

/// A new native object of class `cls` holding `data`.
pub fn new_native<T: NativeData>(cls: ObjRef, data: T) -> Value {
    Value::Obj(PyObject::new(cls, Payload::Native(Box::new(data))))
}

/// The native state of `v` when it is a `T` (instances of subclasses included).
pub fn native_ref<T: NativeData>(v: &Value) -> Option<&T> {
    match v.payload()? {
        Payload::Native(b) => {
            let any: &dyn Any = &**b;
            any.downcast_ref::<T>()
        }
        _ => None,
    }
}

/// Like [`native_ref`], with CPython's error for a method called on the wrong object:
/// `descriptor 'append' for 'collections.deque' objects doesn't apply to a 'int' object`.
pub fn expect_native<'a, T: NativeData>(
    v: &'a Value,
    method: &str,
    type_name: &str,
) -> PyResult<&'a T> {
    native_ref::<T>(v).ok_or_else(|| {
        type_error(format!(
            "descriptor '{method}' for '{type_name}' objects doesn't apply to a '{}' object",
            v.class_name()
        ))
    })
}

/// A computed attribute of a native type (CPython's `getset_descriptor`): `get(self)`,
/// and `set(self, value)` when writable.
pub struct GetSetDef {
    pub name: &'static str,
    pub get: NativeFn,
    pub set: Option<NativeFn>,
}

/// Everything that defines a native type.
pub struct TypeSpec {
    pub name: &'static str,
    /// `__module__` (`"collections"` for `collections.deque`); `""` for builtins.
    pub module: &'static str,
    /// `flags::BASETYPE` when Python classes may subclass it, plus any other flags.
    pub flags: u32,
    /// The base type (`None`: `object`), for types like `defaultdict(dict)`.
    pub base: Option<fn() -> ObjRef>,
    /// Fills the slots (`new`, `init`, `repr`, `iter`, `next`, `getitem` …).
    pub setup: fn(&TypeData),
    /// Instance methods (`args.pos()[0]` is `self`).
    pub methods: &'static [MethodDef],
    /// Class methods (`args.pos()[0]` is the class).
    pub class_methods: &'static [MethodDef],
    /// Static methods.
    pub static_methods: &'static [MethodDef],
    pub getsets: &'static [GetSetDef],
    /// `__doc__`.
    pub doc: Option<&'static str>,
}

impl TypeSpec {
    /// A spec with no methods and no slots besides `setup`.
    pub const fn new(name: &'static str, module: &'static str, setup: fn(&TypeData)) -> Self {
        TypeSpec {
            name,
            module,
            flags: 0,
            base: None,
            setup,
            methods: &[],
            class_methods: &[],
            static_methods: &[],
            getsets: &[],
            doc: None,
        }
    }
}

/// A no-op slot setup, for specs that only have methods.
pub fn no_slots(_: &TypeData) {}

/// Builds the type object of `spec` (call once per thread and keep it, e.g. in a
/// `thread_local!`).
pub fn make_type(spec: &'static TypeSpec) -> ObjRef {
    let t = builtin_types();
    let base = spec.base.map_or_else(|| t.object.clone(), |f| f());
    let b = crate::types::TypeBuilder {
        type_: t.type_.clone(),
    };
    let cls = b.make_in(
        spec.module,
        spec.name,
        std::slice::from_ref(&base),
        spec.flags,
        spec.setup,
    );
    let Payload::Type(td) = &cls.payload else {
        return cls;
    };
    let mut d = td.dict.borrow_mut();
    let key = |name: &str| crate::types::str::new_str(name);
    for def in spec.methods {
        let descr = PyObject::new(
            t.method_descriptor.clone(),
            Payload::MethodDescr(crate::types::func::MethodDescr {
                def,
                owner: cls.clone(),
            }),
        );
        d.set_str_key(key(def.name), Value::Obj(descr));
    }
    for def in spec.class_methods {
        // A classmethod, so `Sub.method` receives `Sub` (CPython's METH_CLASS).
        let f = crate::descr::new_descr(
            &crate::descr::class_types().classmethod,
            crate::descr::Descr::ClassMethod(crate::types::func::new_builtin(def.name, def.func)),
        );
        d.set_str_key(key(def.name), f);
    }
    for def in spec.static_methods {
        d.set_str_key(
            key(def.name),
            crate::types::func::new_builtin(def.name, def.func),
        );
    }
    for gs in spec.getsets {
        let getter = crate::types::func::new_builtin(gs.name, gs.get);
        let setter = gs
            .set
            .map_or(Value::None, |f| crate::types::func::new_builtin(gs.name, f));
        let prop = crate::descr::new_property(getter, setter, Value::None, Value::None);
        d.set_str_key(key(gs.name), prop);
    }
    if let Some(doc) = spec.doc {
        d.set_str_key(key("__doc__"), crate::types::str::new_str(doc));
    }
    if !spec.module.is_empty() {
        d.set_str_key(key("__module__"), crate::types::str::new_str(spec.module));
    }
    drop(d);
    // `deque.__init__`, `deque.__len__` …: what `super().__init__()` and `dir()` find.
    crate::slot_wrappers::install(&cls, &crate::descr::class_types().wrapper_descriptor);
    if let Some(Payload::Type(bt)) = Some(&base.payload) {
        bt.subclasses
            .borrow_mut()
            .push(std::rc::Rc::downgrade(&cls));
    }
    cls
}

/// `flags::BASETYPE`, re-exported for specs.
pub const BASETYPE: u32 = flags::BASETYPE;
