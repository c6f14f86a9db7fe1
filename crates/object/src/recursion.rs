//! CPython's recursion counter for native recursion (`Py_EnterRecursiveCall`): a repr of a
//! deeply nested list recurses in Rust, and counts toward `sys.getrecursionlimit()`
//! together with the Python frames (3.11 shares one counter), raising `RecursionError`
//! "maximum recursion depth exceeded while getting the repr of an object" instead of
//! overflowing the native stack. A hard cap bounds native depth whatever the limit.

use std::cell::Cell;

use crate::error::{recursion_error, PyResult};
use crate::interp::Interp;

/// Native levels allowed whatever `sys.setrecursionlimit` says (the VM runs on a thread
/// whose stack holds this many comfortably).
pub const NATIVE_HARD_CAP: usize = 20_000;

thread_local! {
    static NATIVE_DEPTH: Cell<usize> = const { Cell::new(0) };
}

/// Native levels in progress.
#[inline]
pub fn native_depth() -> usize {
    NATIVE_DEPTH.with(Cell::get)
}

/// Enters one native level; `where_` completes CPython's message
/// (" while getting the repr of an object"). Pair every `Ok` with [`leave`].
pub fn enter(i: &dyn Interp, where_: &str) -> PyResult<()> {
    let d = native_depth();
    let (py, limit) = i.recursion_state();
    if d + py >= limit || d >= NATIVE_HARD_CAP {
        return Err(recursion_error(format!(
            "maximum recursion depth exceeded{where_}"
        )));
    }
    NATIVE_DEPTH.with(|c| c.set(d + 1));
    Ok(())
}

/// Leaves a level entered with [`enter`].
pub fn leave() {
    NATIVE_DEPTH.with(|c| c.set(c.get().saturating_sub(1)));
}
