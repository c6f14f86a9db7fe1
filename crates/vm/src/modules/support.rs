//! Helpers shared by the native modules built as iterators and small callables
//! (`itertools`, `_collections`, `_functools`, `_operator`): CPython's positional-argument
//! checks, and [`Cell`], a native state kept in one `RefCell` whose contents the cycle
//! collector can see and clear.

use std::cell::{Ref, RefCell, RefMut};

use krait_object::args::Args;
use krait_object::error::{type_error, PyResult};
use krait_object::gc::traverse::{Busy, Visit};
use krait_object::interp::Interp;
use krait_object::native::{native_ref, visit_value, NativeData};
use krait_object::typeobj::TypeData;
use krait_object::Value;

/// The Python references of a native state (reported once each).
pub trait Refs: Default + 'static {
    fn refs(&self, f: &mut dyn FnMut(&Value));
}

/// A native state behind one `RefCell`. Clearing (by the cycle collector) replaces it
/// with `S::default()`, which every state treats as "exhausted"/empty.
///
/// Invariant: callers never hold `borrow()`/`borrow_mut()` across a call into Python.
#[derive(Default)]
pub struct Cell<S>(pub RefCell<S>);

impl<S: Refs> Cell<S> {
    pub fn new(s: S) -> Self {
        Cell(RefCell::new(s))
    }
    pub fn get(&self) -> Ref<'_, S> {
        self.0.borrow()
    }
    pub fn get_mut(&self) -> RefMut<'_, S> {
        self.0.borrow_mut()
    }
}

impl<S: Refs> NativeData for Cell<S> {
    fn traverse(&self, visit: Visit) -> Result<(), Busy> {
        let s = self.0.try_borrow().map_err(|_| Busy)?;
        s.refs(&mut |v| visit_value(v, visit));
        Ok(())
    }
    fn clear_refs(&self, trash: &mut Vec<Value>) -> Result<(), Busy> {
        let old = std::mem::take(&mut *self.0.try_borrow_mut().map_err(|_| Busy)?);
        old.refs(&mut |v| trash.push(v.clone()));
        Ok(())
    }
    fn tracked(&self) -> bool {
        true
    }
}

/// A native iterator: its `next` (None: exhausted).
pub trait NativeIter: Refs {
    fn next(this: &Cell<Self>, i: &mut dyn Interp) -> PyResult<Option<Value>>;
}

/// The `next` slot of a `Cell<S>` iterator type.
pub fn next_slot<S: NativeIter>(i: &mut dyn Interp, v: &Value) -> PyResult<Option<Value>> {
    match native_ref::<Cell<S>>(v) {
        Some(c) => S::next(c, i),
        None => Ok(None),
    }
}

/// `iter` (returns self) and `next` slots of a `Cell<S>` iterator type.
pub fn iter_slots<S: NativeIter>(t: &TypeData) {
    t.slots.iter.set(Some(|_, v| Ok(v.clone())));
    t.slots.next.set(Some(next_slot::<S>));
}

/// The state of `v` (a method's `self`), with CPython's wrong-object message.
pub fn this<'a, S: Refs>(v: &'a Value, method: &str, tname: &str) -> PyResult<&'a Cell<S>> {
    krait_object::native::expect_native::<Cell<S>>(v, method, tname)
}

/// `_PyArg_CheckPositional`: `name expected 2 arguments, got 1`.
pub fn check_pos<'a>(args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    let pos = args.pos();
    let n = pos.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        let at = if min == max { "" } else { "at least " };
        return Err(type_error(format!(
            "{name} expected {at}{min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        let at = if min == max { "" } else { "at most " };
        return Err(type_error(format!(
            "{name} expected {at}{max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(pos)
}

/// `_PyArg_NoKeywords`: `name() takes no keyword arguments`.
pub fn no_kwargs(args: &Args<'_>, name: &str) -> PyResult<()> {
    args.no_kwargs(name)
}

/// Defines `pub fn $f() -> ObjRef`, the (per-thread, built once) type of `$spec`.
#[macro_export]
macro_rules! native_type {
    ($vis:vis $f:ident, $spec:ident) => {
        $vis fn $f() -> krait_object::ObjRef {
            thread_local! {
                static T: krait_object::ObjRef = krait_object::native::make_type(&$spec);
            }
            T.with(|t| t.clone())
        }
    };
}

/// Pushes `v` to `f` (for `Refs` impls over optional values).
pub fn opt(v: &Option<Value>, f: &mut dyn FnMut(&Value)) {
    if let Some(v) = v {
        f(v);
    }
}

/// The type name CPython prints in a repr of `v` (`_PyType_Name(Py_TYPE(v))`).
pub fn type_name(v: &Value) -> String {
    v.class_name()
}

/// CPython's guard before `_PyArg_NoKeywords` in a type's `__new__`: the check applies
/// when `cls` is `base` or a subclass that did not override `__init__`.
pub fn new_no_kwargs(
    cls: &krait_object::ObjRef,
    base: &krait_object::ObjRef,
    args: &Args<'_>,
    name: &str,
) -> PyResult<()> {
    let td = krait_object::protocol::td;
    let same_init = match (td(cls).slots.init.get(), td(base).slots.init.get()) {
        (Some(a), Some(b)) => std::ptr::fn_addr_eq(a, b),
        (None, None) => true,
        _ => false,
    };
    if std::rc::Rc::ptr_eq(cls, base) || same_init {
        no_kwargs(args, name)?;
    }
    Ok(())
}

/// `PyNumber_AsSsize_t` with any error cleared: the value, or -1 (islice's parsing).
pub fn ssize_or_minus1(i: &mut dyn Interp, v: &Value) -> i64 {
    match krait_object::protocol::index(i, v) {
        Ok(Value::Int(n)) => n,
        _ => -1,
    }
}

/// `PyNumber_AsSsize_t(v, OverflowError)` / Argument Clinic's `Py_ssize_t` converter.
pub fn ssize(i: &mut dyn Interp, v: &Value) -> PyResult<i64> {
    match krait_object::protocol::index(i, v)? {
        Value::Int(n) => Ok(n),
        _ => Err(krait_object::error::overflow_error(
            "Python int too large to convert to C ssize_t",
        )),
    }
}
