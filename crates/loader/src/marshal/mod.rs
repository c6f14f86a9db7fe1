//! marshal: CPython's serialization of code objects and constants.
//!
//! - [`Node`] ([`node`]): a lossless tree of everything CPython 3.10–3.13 marshal writes;
//! - [`read`]: bytes → tree, bounded on hostile input;
//! - [`write()`]: tree → the same bytes;
//! - [`resolve`]: tree → [`Const`] / [`crate::CodeObject`], references shared.
//!
//! See `docs/pyc-and-marshal.md` for the format.

pub mod node;
mod read;
mod resolve;
mod write;

pub use node::{tc, CodeLayout, CodeNode, Kind, Node, StrForm, FLAG_REF, MAX_DEPTH};
pub use read::read_prefix;
pub use write::write_into;

use crate::{Const, PyVersion, Result};

/// Reads one object (the body of a `.pyc`) for the given version's code-object layout.
/// Bytes after the object are ignored, as `marshal.loads` ignores them.
pub fn read(bytes: &[u8], version: PyVersion) -> Result<Node> {
    read::read(bytes, version)
}

/// Writes a node tree back to bytes: `write(&read(b, v)?, v) == b[..n]` where `n` is what
/// the object took.
pub fn write(node: &Node, version: PyVersion) -> Vec<u8> {
    write::write(node, version)
}

/// Resolves references and builds constants and code objects.
pub fn resolve(node: &Node, version: PyVersion) -> Result<Const> {
    resolve::resolve(node, version)
}
