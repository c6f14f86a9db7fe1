//! The parts of `dis.py` every version's printer shares: `_unpack_opargs` (EXTENDED_ARG
//! folding, 3.11+ cache skipping and 32-bit oparg wrap-around), `_get_jump_target` /
//! `findlabels`, `findlinestarts` and `_parse_exception_table`.
//!
//! Arithmetic is on `i64` with wrapping operations: Python's ints do not overflow, and
//! hostile input must not panic; real code objects never come near the limits.

use std::collections::HashMap;

use super::kinds::Kind;
use super::ops::{self, OpInfo};
use crate::exctable::{self, ExceptionEntry};
use crate::{linetable, CodeObject, PyVersion};

/// One instruction as `_unpack_opargs` yields it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Unit {
    pub offset: u32,
    pub op: u8,
    pub arg: Option<i64>,
}

impl Unit {
    pub fn info(&self, v: PyVersion) -> &'static OpInfo {
        ops::info(v, self.op)
    }
}

/// `dis._unpack_opargs(co.co_code)` of the code's version.
pub(crate) fn unpack(v: PyVersion, code: &[u8]) -> Vec<Unit> {
    const INT_OVERFLOW: i64 = 1 << 31;
    let mut out = Vec::with_capacity(code.len() / 2);
    let mut extended_arg: i64 = 0;
    let mut caches = 0usize;
    for i in (0..code.len()).step_by(2) {
        if caches > 0 {
            caches -= 1;
            continue;
        }
        let op = code[i];
        let info = ops::info(v, op);
        if v >= PyVersion::V3_11 {
            caches = info.caches;
        }
        let arg = if info.has_arg {
            // An odd-length co_code cannot come from CPython; read the missing byte as 0.
            let arg = i64::from(code.get(i + 1).copied().unwrap_or(0)) | extended_arg;
            extended_arg = if info.extended_arg {
                arg.wrapping_shl(8)
            } else {
                0
            };
            if v >= PyVersion::V3_11 && extended_arg >= INT_OVERFLOW {
                extended_arg = extended_arg.wrapping_sub(2 * INT_OVERFLOW);
            }
            Some(arg)
        } else {
            extended_arg = 0;
            None
        };
        out.push(Unit {
            offset: i as u32,
            op,
            arg,
        });
    }
    out
}

/// The offset a jump instruction targets (`dis._get_jump_target`, and the inline rule of
/// `findlabels` / `_get_instructions_bytes` before 3.13), or `None` for non-jumps.
pub(crate) fn jump_target(v: PyVersion, info: &OpInfo, offset: u32, arg: i64) -> Option<i64> {
    match info.kind {
        Kind::JumpRel => {
            let arg = if info.backward {
                arg.wrapping_neg()
            } else {
                arg
            };
            let mut target = i64::from(offset)
                .wrapping_add(2)
                .wrapping_add(arg.wrapping_mul(2));
            if v >= PyVersion::V3_12 {
                target = target.wrapping_add(2 * info.caches as i64);
            }
            Some(target)
        }
        Kind::JumpAbs => Some(arg.wrapping_mul(2)),
        _ => None,
    }
}

/// `dis.findlabels(co.co_code)`: jump targets in first-seen order, without duplicates.
pub(crate) fn findlabels(v: PyVersion, units: &[Unit]) -> Vec<i64> {
    let mut seen = std::collections::HashSet::new();
    let mut labels = Vec::new();
    for u in units {
        let Some(arg) = u.arg else { continue };
        if let Some(t) = jump_target(v, u.info(v), u.offset, arg) {
            if seen.insert(t) {
                labels.push(t);
            }
        }
    }
    labels
}

/// `dict(dis.findlinestarts(co))`: offset → line, from `co_lines()`. Before 3.13 ranges
/// without a line are skipped and a start is a change of line; 3.13 keeps them (`None`)
/// and compares with `is not`, under which equal ints outside CPython's small-int cache
/// (-5..=256) are distinct objects.
pub(crate) fn linestarts(code: &CodeObject) -> HashMap<u32, Option<i64>> {
    let identity = code.version >= PyVersion::V3_13;
    let same = |a: Option<i64>, b: Option<i64>| match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => a == b && (!identity || (-5..=256).contains(&a)),
        _ => false,
    };
    let mut last: Option<Option<i64>> = None;
    let mut starts = HashMap::new();
    for r in linetable::co_lines(code) {
        let line = r.line.map(i64::from);
        if !identity && line.is_none() {
            continue;
        }
        if last.is_some_and(|l| same(l, line)) {
            continue;
        }
        last = Some(line);
        starts.insert(r.start, line);
    }
    starts
}

/// `dis._parse_exception_table(co)` (3.11+). The table is read leniently like `dis`
/// does: a truncated trailing entry is dropped rather than reported.
pub(crate) fn exception_entries(code: &CodeObject) -> Vec<ExceptionEntry> {
    if code.version < PyVersion::V3_11 {
        return Vec::new();
    }
    exctable::parse(code).unwrap_or_else(|_| parse_lenient(&code.exceptiontable))
}

/// `dis._parse_exception_table` itself, for tables the strict parser refuses.
fn parse_lenient(table: &[u8]) -> Vec<ExceptionEntry> {
    let mut it = table.iter().copied();
    let mut varint = || -> Option<u32> {
        let mut b = it.next()?;
        let mut val = u32::from(b & 63);
        while b & 64 != 0 {
            b = it.next()?;
            val = val.wrapping_shl(6) | u32::from(b & 63);
        }
        Some(val)
    };
    let mut entries = Vec::new();
    loop {
        let (Some(start), Some(len), Some(target), Some(dl)) =
            (varint(), varint(), varint(), varint())
        else {
            return entries;
        };
        let start = start.wrapping_mul(2);
        entries.push(ExceptionEntry {
            start,
            end: start.wrapping_add(len.wrapping_mul(2)),
            target: target.wrapping_mul(2),
            depth: dl >> 1,
            lasti: dl & 1 != 0,
        });
    }
}
