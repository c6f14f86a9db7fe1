//! Opcode handlers, one function per opcode, named exactly like the opcode and grouped by
//! category. Every dispatch strategy calls these same functions; the set is checked
//! against the opcode table (`for_each_op!`) in `dispatch/`, so a missing handler is a
//! compile error.
//!
//! **Adding a handler**: implement `pub fn OPNAME(vm: &mut Vm, arg: u32) -> OpResult` in
//! the category file and remove `OPNAME` from the list in `unsupported.rs`. `arg` is the
//! normalized argument (`krait_loader::lower::normalized_arg`): jump targets are
//! instruction indices.
//!
//! Stack discipline: valid bytecode never underflows the operand stack (CPython's compiler
//! guarantees it); `Vm::pop` on an empty stack yields `Value::Null` rather than panicking.

#![allow(non_snake_case)]

pub mod arith;
pub mod attr;
pub mod attr_cache;
pub mod build;
pub mod call_ex;
pub mod call_kw;
pub mod calls;
pub mod classes;
pub mod compare;
pub mod except_star;
pub mod exceptions;
pub mod gen;
pub mod imports;
pub mod iter;
pub mod jumps;
pub mod locals;
pub mod matching;
pub mod misc;
pub mod stack;
pub mod subscr;
pub mod unsupported;

pub use arith::*;
pub use attr::*;
pub use build::*;
pub use calls::*;
pub use classes::*;
pub use compare::*;
pub use except_star::*;
pub use exceptions::*;
pub use gen::*;
pub use imports::*;
pub use iter::*;
pub use jumps::*;
pub use locals::*;
pub use matching::*;
pub use misc::*;
pub use stack::*;
pub use subscr::*;
pub use unsupported::*;

use krait_object::error::PyErr;
use krait_object::Value;

use crate::vm::Vm;

/// Why a handler leaves the straight-line path.
pub enum Exit {
    /// An exception raised here: unwinds with a traceback entry for this frame.
    Error(PyErr),
    /// A re-raise (`raise`, `RERAISE`): unwinds without a new traceback entry here.
    Reraise(PyErr),
    /// The entry frame returned this value: the dispatch loop ends.
    Return(Value),
}

impl From<PyErr> for Exit {
    #[inline]
    fn from(e: PyErr) -> Exit {
        Exit::Error(e)
    }
}

pub type OpResult = Result<(), Exit>;

/// The signature every handler has.
pub type Handler = fn(&mut Vm, u32) -> OpResult;

impl Vm {
    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        self.stack.push(v);
    }

    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or_default()
    }

    /// The item `n` below the top (0 = top), cloned.
    #[inline(always)]
    pub fn peek(&self, n: usize) -> Value {
        let len = self.stack.len();
        match len.checked_sub(n + 1) {
            Some(i) => self.stack[i].clone(),
            None => Value::Null,
        }
    }

    /// A mutable reference to the top item.
    #[inline(always)]
    pub fn top_mut(&mut self) -> Option<&mut Value> {
        self.stack.last_mut()
    }

    /// Pops `n` items, in stack order.
    #[inline]
    pub fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let at = self.stack.len().saturating_sub(n);
        self.stack.split_off(at)
    }
}

/// `krait: opcode X is not supported yet` as a Python exception (SystemError, so a
/// program can't mistake it for its own error class).
pub fn unsupported_op(name: &str) -> Exit {
    Exit::Error(krait_object::error::system_error(format!(
        "krait: opcode {name} is not supported yet"
    )))
}
