//! Line and position tables: 3.10's PEP 626 `co_linetable` and the 3.11+ location table.
//!
//! STUB: filled in by the tables work.

use crate::CodeObject;

/// One entry of `co_lines()`: bytes `start..end` of `co_code` belong to `line`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineRange {
    pub start: u32,
    pub end: u32,
    pub line: Option<u32>,
}

/// One entry of `co_positions()` (3.11+): the source span of one code unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Position {
    pub lineno: Option<u32>,
    pub end_lineno: Option<u32>,
    pub col: Option<u32>,
    pub end_col: Option<u32>,
}

/// Exactly what CPython's `code.co_lines()` yields for this code object's version.
pub fn co_lines(code: &CodeObject) -> Vec<LineRange> {
    let _ = code;
    todo!("tables helper")
}

/// Exactly what CPython's `code.co_positions()` yields: one entry per code unit
/// (3.11+; for 3.10, derived from `co_lines` with no columns).
pub fn co_positions(code: &CodeObject) -> Vec<Position> {
    let _ = code;
    todo!("tables helper")
}
