//! The 3.11+ exception table (`co_exceptiontable`).
//!
//! STUB: filled in by the tables work.

use crate::{CodeObject, Result};

/// One entry, in byte offsets of `co_code` like `dis._parse_exception_table`:
/// instructions in `start..end` jump to `target` with the stack cut to `depth`,
/// pushing the offset of the raising instruction first when `lasti`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

/// Parses the table; an error names the byte offset within the table.
pub fn parse(code: &CodeObject) -> Result<Vec<ExceptionEntry>> {
    let _ = code;
    todo!("tables helper")
}
