//! krait: a virtual machine for CPython 3.10–3.13 bytecode.
//!
//! The library facade re-exports the workspace crates.

pub use krait_loader as loader;
pub use krait_object as object;
pub use krait_vm as vm;

pub mod conform;
pub mod python_finder;
