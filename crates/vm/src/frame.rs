//! Frames: a window of the VM's one value stack plus a record on the frame stack.
//!
//! Layout of a running frame in `Vm::stack` (docs/vm.md):
//! `[base, base + nlocalsplus)` are the fast locals (arguments, locals, cells, free
//! variables, in `co_localsplusnames` order); the operand stack grows from
//! `base + nlocalsplus`. A Python-to-Python call leaves the callee's arguments where the
//! caller pushed them: they become the callee's first locals.

use std::rc::Rc;

use krait_object::types::code::Code;
use krait_object::{ObjRef, Value};

pub struct Frame {
    pub code: Rc<Code>,
    /// The function running (for `COPY_FREE_VARS`); `None` for module code.
    pub func: Option<ObjRef>,
    pub globals: Value,
    pub builtins: Value,
    /// The namespace of `LOAD_NAME`/`STORE_NAME` (module code); `Value::Null` in functions.
    pub locals: Value,
    /// Stack index of `localsplus[0]`.
    pub base: usize,
    /// The next instruction, saved while another frame runs (the live value is `Vm::pc`).
    pub pc: usize,
    /// Stack length to restore when the frame returns (removing the callable and NULL
    /// slots below its arguments), before the result is pushed.
    pub ret_sp: usize,
    /// Returning from this frame leaves the dispatch loop (a native re-entry or the
    /// module's frame).
    pub entry: bool,
    /// An `__init__` run by the instance-creation fast path (`ops/calls.rs`): the new
    /// instance sits just below `ret_sp`, and returning checks that `__init__` returned
    /// None (CPython's error otherwise) and leaves the instance as the call's result.
    /// Never an entry frame.
    pub init: bool,
}

impl Frame {
    /// Index of the instruction running (or last run) in this frame.
    pub fn lasti(&self) -> u32 {
        self.pc.saturating_sub(1) as u32
    }
}
