//! marshal: CPython's serialization of code objects and constants.
//!
//! STUB: the lossless `Node` tree, reader, writer and resolver are filled in by the
//! marshal work.

use crate::{Const, PyVersion, Result};

/// One marshalled object, kept losslessly (type code, FLAG_REF, back-references) so that
/// writing it reproduces the input byte for byte.
#[derive(Clone, Debug)]
pub struct Node {}

/// Reads one object (the body of a `.pyc`) for the given version's code-object layout.
pub fn read(bytes: &[u8], version: PyVersion) -> Result<Node> {
    let _ = (bytes, version);
    todo!("marshal helper")
}

/// Writes a node tree back to bytes.
pub fn write(node: &Node, version: PyVersion) -> Vec<u8> {
    let _ = (node, version);
    todo!("marshal helper")
}

/// Resolves references and builds constants and code objects.
pub fn resolve(node: &Node, version: PyVersion) -> Result<Const> {
    let _ = (node, version);
    todo!("marshal helper")
}
