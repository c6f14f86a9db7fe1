//! Weak references: which weakref objects point at which referent, and the callbacks to
//! run when a referent dies (CPython's `tp_weaklist` + `PyObject_ClearWeakRefs`).
//!
//! The weakref objects themselves are native objects of the `_weakref` module (their
//! state holds a `std::rc::Weak` to the referent). This file keeps, per referent
//! address, the weakref objects made for it (held weakly, in creation order, with
//! whether each has a callback). A referent that ever had one carries
//! `PyObject::weakly_referenced`, so `Drop for PyObject` calls [`on_death`] only then.
//!
//! `Drop` cannot run Python code, so on death the weakref objects that have a callback
//! are queued (newest first, CPython's order) and the VM calls their callbacks at its
//! next safe point ([`take_pending`]): frame entry and backward jumps (the
//! collector's `due` flag is raised to get there), before writing to a stream, after
//! `gc.collect()`, at shutdown. The referent is already unreachable through its weakrefs
//! by then (`Weak::upgrade` fails once the strong count is 0).
//!
//! Invariant: the table holds an entry only for live referents (the entry is removed in
//! the referent's `Drop`), so an address reused by a new object starts empty.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use crate::object::{ObjRef, PyObject};

/// One weakref object of a referent.
struct Entry {
    wr: Weak<PyObject>,
    has_callback: bool,
}

thread_local! {
    static TABLE: RefCell<HashMap<usize, Vec<Entry>>> = RefCell::new(HashMap::new());
    /// Weakref objects whose referent died, waiting for their callback to run.
    static PENDING: RefCell<Vec<ObjRef>> = const { RefCell::new(Vec::new()) };
    static HAS_PENDING: Cell<bool> = const { Cell::new(false) };
    /// Set at interpreter shutdown: CPython calls no weakref callbacks while it tears
    /// `__main__` down.
    static NO_CALLBACKS: Cell<bool> = const { Cell::new(false) };
}

/// From now on referents die without queuing callbacks (VM shutdown).
pub fn stop_callbacks() {
    NO_CALLBACKS.with(|n| n.set(true));
}

/// Records `wr` (a weakref object) as pointing at `target`.
pub fn register(target: &ObjRef, wr: &ObjRef, has_callback: bool) {
    target.weakly_referenced.set(true);
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        let list = t.entry(Rc::as_ptr(target) as usize).or_default();
        // Forget weakref objects that died before their referent.
        if list.len() >= 8 && list.len().is_power_of_two() {
            list.retain(|e| e.wr.strong_count() > 0);
        }
        list.push(Entry {
            wr: Rc::downgrade(wr),
            has_callback,
        });
    });
}

/// The live weakref objects pointing at `target`, oldest first.
pub fn refs_to(target: &PyObject) -> Vec<ObjRef> {
    if !target.weakly_referenced.get() {
        return Vec::new();
    }
    TABLE.with(|t| {
        t.borrow()
            .get(&(target as *const PyObject as usize))
            .map(|l| l.iter().filter_map(|e| e.wr.upgrade()).collect())
            .unwrap_or_default()
    })
}

/// `target` is being freed (from `Drop for PyObject`): forget its entry and queue the
/// weakref objects with a callback.
pub(crate) fn on_death(target: &PyObject) {
    let key = target as *const PyObject as usize;
    let Ok(Some(list)) = TABLE.try_with(|t| t.borrow_mut().remove(&key)) else {
        return;
    };
    let queued: Vec<ObjRef> = list
        .iter()
        .rev()
        .filter(|e| e.has_callback)
        .filter_map(|e| e.wr.upgrade())
        .collect();
    drop(list);
    if queued.is_empty() || NO_CALLBACKS.try_with(Cell::get).unwrap_or(true) {
        return;
    }
    let _ = PENDING.try_with(|p| p.borrow_mut().extend(queued));
    let _ = HAS_PENDING.try_with(|h| h.set(true));
    crate::gc::request_safe_point();
}

/// Whether some weakref callback waits to run.
#[inline]
pub fn has_pending() -> bool {
    HAS_PENDING.with(Cell::get)
}

/// The weakref objects whose callbacks are due, in the order to call them.
pub fn take_pending() -> Vec<ObjRef> {
    HAS_PENDING.with(|h| h.set(false));
    PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()))
}
