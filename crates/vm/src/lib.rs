//! krait-vm: the dispatch loop, frames, builtins and `sys` (docs/vm.md).
//!
//! - [`vm`]: the `Vm` (value stack, frame stack, unwinding, output streams);
//! - [`frame`]: frames as windows of the one value stack;
//! - [`code_prep`]: loader code objects → the VM's `Code`;
//! - [`ops`]: one handler per opcode, by category; [`dispatch`]: the loops that run them;
//! - [`builtins`]: the builtins module and `sys`; [`traceback`]: uncaught-exception reports.

pub mod builtins;
pub mod code_prep;
pub mod dispatch;
pub mod frame;
pub mod generator;
pub mod import;
pub mod modules;
pub mod ops;
pub mod signals;
pub mod suggestions;
pub mod traceback;
pub mod vm;

pub use dispatch::Dispatch;
pub use vm::{RunError, Vm};
