//! SIGINT → KeyboardInterrupt. The binary installs a handler that only sets [`PENDING`];
//! the eval loop checks it where CPython's does (backward jumps and frame entry) and
//! raises `KeyboardInterrupt` there.
//!
//! The same points are where an automatic cycle collection runs when one is due
//! (`krait_object::gc`): no payload is borrowed there.

use std::sync::atomic::{AtomicBool, Ordering};

use krait_object::error::{new_error_noargs, PyErr};

/// Set by the signal handler; cleared when the KeyboardInterrupt is raised.
pub static PENDING: AtomicBool = AtomicBool::new(false);

/// The KeyboardInterrupt to raise, if a SIGINT arrived since the last check.
#[inline(always)]
pub fn check() -> Option<PyErr> {
    if PENDING.load(Ordering::Relaxed) {
        return take();
    }
    if krait_object::gc::due() {
        krait_object::gc::collect_if_due();
    }
    None
}

#[cold]
fn take() -> Option<PyErr> {
    PENDING
        .swap(false, Ordering::Relaxed)
        .then(|| new_error_noargs(&krait_object::types::builtin_types().exc.keyboard_interrupt))
}
