//! krait-object: see docs/architecture.md.
//!
//! The representation-independent numeric core lives here already: pure functions on Rust
//! primitives that reproduce CPython's arithmetic, hashing and formatting exactly
//! (see docs/object-numeric.md).

pub mod format_spec;
pub mod hash;
pub mod num;

pub use num::{ErrorKind, NumError};
