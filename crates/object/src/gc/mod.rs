//! Memory: the registry of tracked container objects and CPython's trial-deletion cycle
//! collector (docs/gc.md).
//!
//! `Rc` frees an object when its last reference goes, at the point CPython's decref
//! would. What `Rc` cannot free is a reference cycle; the collector finds cycles among
//! the *tracked* objects (containers: [`traverse::wants_tracking`]) and breaks them.
//!
//! The registry is intrusive and O(1) both ways: a thread-local vector of the tracked
//! objects' addresses, each object holding its index + 1 in `PyObject::gc_index` (0: not
//! tracked). `PyObject::new` tracks; `Drop for PyObject` untracks (swap-remove, fixing
//! the index of the object moved into the hole).
//!
//! Invariant: the registry holds exactly the live tracked objects. No code drops an
//! `ObjRef` while it borrows the registry (every borrow below is short and calls out to
//! nothing).
//!
//! Collection runs only at safe points, where no payload `RefCell` is borrowed: an
//! explicit [`collect`] (the future `gc.collect()`), or [`collect_if_due`], which the VM
//! calls where it checks for signals (frame entry, backward jumps) once the number of
//! tracked objects has grown past the threshold since the last collection.

pub mod traverse;

use std::cell::{Cell, RefCell};
use std::mem::ManuallyDrop;
use std::rc::Rc;

use crate::object::{ObjRef, PyObject};
use crate::value::Value;

pub use traverse::{wants_tracking, Busy};

/// The tracked-object count that triggers the first automatic collection (CPython's
/// generation-0 threshold). After a collection the next one is due when the count has
/// doubled (at least this many more), so collection work stays proportional to
/// allocation however much data survives.
pub const THRESHOLD: usize = 700;

struct Registry {
    objs: Vec<*const PyObject>,
    /// Collect automatically when `objs.len()` reaches this.
    next_at: usize,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = const {
        RefCell::new(Registry { objs: Vec::new(), next_at: THRESHOLD })
    };
    /// An automatic collection is due (read by the VM at safe points).
    static DUE: Cell<bool> = const { Cell::new(false) };
    static ENABLED: Cell<bool> = const { Cell::new(true) };
    static BASE: Cell<usize> = const { Cell::new(THRESHOLD) };
    static COLLECTIONS: Cell<u64> = const { Cell::new(0) };
    static COLLECTED: Cell<u64> = const { Cell::new(0) };
}

/// Starts tracking `obj` (no-op if it already is). Called by `PyObject::new`; other
/// code calls it for an object that becomes able to join a cycle after creation.
pub fn track(obj: &ObjRef) {
    if obj.gc_index.get() != 0 {
        return;
    }
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.objs.push(Rc::as_ptr(obj));
        let n = r.objs.len();
        obj.gc_index.set(n as u32);
        if n >= r.next_at {
            DUE.with(|d| d.set(true));
        }
    });
}

/// Removes a dying object from the registry (from `Drop for PyObject`).
pub(crate) fn untrack(obj: &PyObject) {
    let ix = obj.gc_index.get() as usize;
    obj.gc_index.set(0);
    // `try_with`: at thread exit the registry may already be gone.
    let _ = REGISTRY.try_with(|r| {
        let mut r = r.borrow_mut();
        if ix == 0 || ix > r.objs.len() {
            return;
        }
        r.objs.swap_remove(ix - 1);
        if let Some(&moved) = r.objs.get(ix - 1) {
            // SAFETY: every registry entry is a live object (module invariant).
            unsafe { (*moved).gc_index.set(ix as u32) };
        }
    });
}

/// Every tracked object, as owned references (`gc.get_objects()`).
pub fn tracked_objects() -> Vec<ObjRef> {
    let objs: Vec<*const PyObject> = REGISTRY.with(|r| r.borrow().objs.clone());
    objs.into_iter()
        .map(|p| {
            // SAFETY: every registry entry is a live object created by `Rc::new`
            // (module invariant); this makes an owned reference.
            unsafe {
                Rc::increment_strong_count(p);
                Rc::from_raw(p)
            }
        })
        .collect()
}

/// Tracked objects added since the last collection (`gc.get_count()[0]`).
pub fn count_since_collection() -> usize {
    REGISTRY.with(|r| {
        let r = r.borrow();
        let base = BASE.with(Cell::get);
        r.objs.len().saturating_sub(r.next_at.saturating_sub(base))
    })
}

/// The current base threshold (`gc.get_threshold()[0]`).
pub fn threshold() -> usize {
    BASE.with(Cell::get)
}

/// Number of tracked (container) objects alive.
pub fn tracked_count() -> usize {
    REGISTRY.try_with(|r| r.borrow().objs.len()).unwrap_or(0)
}

/// Whether an automatic collection is due: the VM's safe-point check (one TLS load).
#[inline(always)]
pub fn due() -> bool {
    DUE.with(Cell::get)
}

/// Runs the automatic collection if it is due and enabled (`gc.disable()` stops it).
#[cold]
pub fn collect_if_due() {
    DUE.with(|d| d.set(false));
    // `DUE` is also raised by `request_safe_point` without the threshold being reached.
    if REGISTRY.with(|r| {
        let r = r.borrow();
        r.objs.len() < r.next_at
    }) {
        return;
    }
    if ENABLED.with(Cell::get) {
        collect();
    } else {
        REGISTRY.with(|r| {
            let mut r = r.borrow_mut();
            r.next_at = r.objs.len() + BASE.with(Cell::get);
        });
    }
}

/// Makes the VM's next safe-point check take its slow path (weakref callbacks are
/// waiting: `crate::weakref`).
pub fn request_safe_point() {
    let _ = DUE.try_with(|d| d.set(true));
}

/// `gc.enable()` / `gc.disable()`.
pub fn set_enabled(on: bool) {
    ENABLED.with(|e| e.set(on));
}

pub fn is_enabled() -> bool {
    ENABLED.with(Cell::get)
}

/// `gc.set_threshold(n)`: the base allocation count between automatic collections
/// (0 disables automatic collection, like CPython's threshold0 = 0).
pub fn set_threshold(n: usize) {
    BASE.with(|b| b.set(n));
    ENABLED.with(|e| e.set(n != 0));
}

/// `(collections run, objects collected)` since the start.
pub fn stats() -> (u64, u64) {
    (COLLECTIONS.with(Cell::get), COLLECTED.with(Cell::get))
}

/// A full collection: finds the tracked objects reachable only from each other and
/// frees them by clearing their references. Returns how many objects were unreachable
/// (like `gc.collect()`). Must run at a safe point (no payload borrowed); if a borrow
/// is found held anyway, the collection is abandoned and returns 0.
pub fn collect() -> usize {
    COLLECTIONS.with(|c| c.set(c.get() + 1));
    let garbage = find_garbage().unwrap_or_default();
    let n = garbage.len();
    let mut trash: Vec<Value> = Vec::new();
    for o in &garbage {
        // A borrow held here is impossible (find_garbage traversed them all at this
        // safe point); a failure only leaves that object's references in place.
        let _ = o.payload.clear_refs(&mut trash);
    }
    drop(trash);
    drop(garbage);
    crate::ext_dict::sweep();
    COLLECTED.with(|c| c.set(c.get() + n as u64));
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.next_at = (2 * r.objs.len()).max(r.objs.len() + BASE.with(Cell::get));
    });
    DUE.with(|d| d.set(false));
    n
}

/// Trial deletion (CPython's `deduce_unreachable`): `refs[i]` starts as object i's
/// strong count; every reference from a tracked object to a tracked object is
/// subtracted; what stays above 0 is referenced from outside (the VM stack, globals held
/// by the VM, Rust locals, untracked objects) and is reachable, with everything it
/// reaches. The rest is garbage, returned as owned references.
fn find_garbage() -> Result<Vec<ObjRef>, Busy> {
    let objs: Vec<*const PyObject> = REGISTRY.with(|r| r.borrow().objs.clone());
    // Nothing is dropped until the garbage is returned, so the indices stay valid.
    let index_of = |o: &PyObject| {
        let ix = o.gc_index.get() as usize;
        (ix != 0 && ix <= objs.len()).then(|| ix - 1)
    };
    // SAFETY: every registry entry is a live object created by `Rc::new` (invariant);
    // `ManuallyDrop` keeps the count unchanged.
    let strong =
        |p: *const PyObject| unsafe { Rc::strong_count(&ManuallyDrop::new(Rc::from_raw(p))) };
    let mut refs: Vec<isize> = objs.iter().map(|&p| strong(p) as isize).collect();
    for &p in &objs {
        // SAFETY: as above.
        let o = unsafe { &*p };
        o.traverse(&mut |c| {
            if let Some(j) = index_of(c) {
                refs[j] -= 1;
            }
        })?;
    }
    if refs.iter().any(|&r| r < 0) {
        // A traverse arm visited a reference it does not own: never free on that basis.
        debug_assert!(false, "gc: negative gc_refs (a traverse arm over-reports)");
        return Err(Busy);
    }
    let mut reachable: Vec<bool> = refs.iter().map(|&r| r > 0).collect();
    let mut work: Vec<usize> = (0..objs.len()).filter(|&i| reachable[i]).collect();
    while let Some(i) = work.pop() {
        // SAFETY: as above.
        let o = unsafe { &*objs[i] };
        o.traverse(&mut |c| {
            if let Some(j) = index_of(c) {
                if !reachable[j] {
                    reachable[j] = true;
                    work.push(j);
                }
            }
        })?;
    }
    Ok(objs
        .iter()
        .zip(&reachable)
        .filter(|(_, &r)| !r)
        .map(|(&p, _)| {
            // SAFETY: a live object from `Rc::new`; this makes an owned reference.
            unsafe {
                Rc::increment_strong_count(p);
                Rc::from_raw(p)
            }
        })
        .collect())
}

#[cfg(debug_assertions)]
pub use live::{live_by_kind, live_total};

/// Live-object counts per payload kind (debug builds): the leak harness's baseline.
#[cfg(debug_assertions)]
mod live {
    use std::cell::Cell;

    pub(crate) const KINDS: usize = crate::object::KIND_NAMES.len();

    thread_local! {
        pub(crate) static LIVE: [Cell<isize>; KINDS] = const { [const { Cell::new(0) }; KINDS] };
    }

    pub(crate) fn add(kind: usize, d: isize) {
        let _ = LIVE.try_with(|l| l[kind].set(l[kind].get() + d));
    }

    /// Live heap objects of every kind.
    pub fn live_total() -> isize {
        LIVE.with(|l| l.iter().map(Cell::get).sum())
    }

    /// `(kind name, live count)` of each kind with live objects.
    pub fn live_by_kind() -> Vec<(&'static str, isize)> {
        LIVE.with(|l| {
            (0..KINDS)
                .filter(|&k| l[k].get() != 0)
                .map(|k| {
                    (
                        crate::object::KIND_NAMES.get(k).copied().unwrap_or("?"),
                        l[k].get(),
                    )
                })
                .collect()
        })
    }
}

#[cfg(debug_assertions)]
pub(crate) use live::add as count_live;
