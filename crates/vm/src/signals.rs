//! Signals and the VM's safe points. The process-level handler (installed by the binary
//! for SIGINT, by `signal.signal` for others) only records the signal ([`trip`]); the
//! eval loop checks where CPython's does (backward jumps and frame entry): a signal with
//! a Python handler (`_signal`) runs it there, SIGINT without one raises
//! `KeyboardInterrupt`.
//!
//! The same points run the automatic cycle collection when one is due
//! (`krait_object::gc`) and the callbacks of weakrefs whose referents died
//! (`krait_object::weakref`, which raises the collector's `due` flag to get here): no
//! payload is borrowed there, and a frame's locals are on the value stack.

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, Ordering};

use krait_object::error::{new_error_noargs, PyErr};
use krait_object::{protocol, Value};

use crate::vm::Vm;

/// Signal numbers are below this (CPython's `NSIG` on Linux).
pub const NSIG: usize = 65;

/// Some signal arrived since the last check (the binary's SIGINT handler sets it).
pub static PENDING: AtomicBool = AtomicBool::new(false);

/// Which signals arrived.
static TRIPPED: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];

thread_local! {
    /// The Python-level handlers set with `signal.signal` (index: signal number; Null,
    /// None or absent: none), read when a tripped signal is handled.
    pub static HANDLERS: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// Records that signal `sig` arrived (async-signal-safe: atomics only).
pub fn trip(sig: usize) {
    if let Some(t) = TRIPPED.get(sig) {
        t.store(true, Ordering::Relaxed);
    }
    PENDING.store(true, Ordering::Relaxed);
}

/// The Python handler for `sig`, if one is set.
pub fn python_handler(sig: usize) -> Option<Value> {
    HANDLERS.with(|h| {
        h.borrow()
            .get(sig)
            .cloned()
            .filter(|v| !v.is_none() && !v.is_null())
    })
}

/// After an instruction that may have dropped the last reference to an object
/// (`POP_TOP`, `STORE_NAME`, `DELETE_*` …): runs the callbacks of weakrefs whose referent
/// just died, so `del x` is seen at once, as in CPython (one thread-local load when none).
#[inline(always)]
pub fn after_drop(vm: &mut Vm) {
    if krait_object::weakref::has_pending() {
        crate::modules::_weakref::run_pending(vm);
    }
}

/// The safe-point check: runs what is due and returns the exception to raise, if any.
#[inline(always)]
pub fn check(vm: &mut Vm) -> Option<PyErr> {
    if PENDING.load(Ordering::Relaxed) || krait_object::gc::due() {
        return slow(vm);
    }
    None
}

#[cold]
fn slow(vm: &mut Vm) -> Option<PyErr> {
    if krait_object::gc::due() {
        krait_object::gc::collect_if_due();
    }
    if krait_object::weakref::has_pending() {
        crate::modules::_weakref::run_pending(vm);
    }
    if PENDING.swap(false, Ordering::Relaxed) {
        if let Err(e) = run_handlers(vm) {
            return Some(e);
        }
    }
    None
}

/// Handles every tripped signal: its Python handler, or KeyboardInterrupt for SIGINT.
pub fn run_handlers(vm: &mut Vm) -> Result<(), PyErr> {
    // SIGINT tripped by the binary's handler before `trip` existed sets only PENDING.
    let mut any = false;
    for (sig, t) in TRIPPED.iter().enumerate() {
        if !t.swap(false, Ordering::Relaxed) {
            continue;
        }
        any = true;
        match python_handler(sig) {
            Some(h) if protocol::is_callable(&h) => {
                protocol::call0(vm, &h, &[Value::Int(sig as i64), Value::None])?;
            }
            Some(_) => {}
            None if sig == libc::SIGINT as usize => return Err(keyboard_interrupt()),
            None => {}
        }
    }
    if !any {
        return Err(keyboard_interrupt());
    }
    Ok(())
}

fn keyboard_interrupt() -> PyErr {
    new_error_noargs(&krait_object::types::builtin_types().exc.keyboard_interrupt)
}
