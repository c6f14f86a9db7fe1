//! The `.pyc` file: a 16-byte header followed by one marshalled code object.
//!
//! STUB: filled in by the marshal work (see `marshal`).

use std::rc::Rc;

use crate::{marshal, CodeObject, PyVersion, Result};

/// How the header ties the file to its source (PEP 552).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Validation {
    /// flags == 0: source mtime and size.
    Timestamp { mtime: u32, size: u32 },
    /// flags bit 0 set: SipHash of the source; `checked` is flags bit 1.
    Hash { checked: bool, hash: [u8; 8] },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PycHeader {
    pub magic: u16,
    pub version: PyVersion,
    pub flags: u32,
    pub validation: Validation,
}

/// A whole `.pyc`: header plus the lossless marshal tree of its body.
#[derive(Clone, Debug)]
pub struct Pyc {
    pub header: PycHeader,
    pub body: marshal::Node,
}

impl Pyc {
    /// Parses a whole file. Errors name the byte offset.
    pub fn parse(bytes: &[u8]) -> Result<Pyc> {
        let _ = bytes;
        todo!("marshal helper")
    }

    /// Writes the file back; `Pyc::parse(b)?.to_bytes() == b` for every CPython-written file.
    pub fn to_bytes(&self) -> Vec<u8> {
        todo!("marshal helper")
    }

    /// The module's code object, resolved.
    pub fn code(&self) -> Result<Rc<CodeObject>> {
        todo!("marshal helper")
    }
}
