//! The parts of `dis.py` every version's printer shares: `_unpack_opargs` (EXTENDED_ARG
//! folding, 3.11+ cache skipping and 32-bit oparg wrap-around), `_get_jump_target` /
//! `findlabels`, `findlinestarts` and `_parse_exception_table`.
//!
//! Arithmetic is on `i64` with wrapping operations: Python's ints do not overflow, and
//! hostile input must not panic; real code objects never come near the limits.

use std::borrow::Cow;
use std::collections::HashMap;

use super::deopt_table::DEOPT;
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

/// What `co.co_code` reads back for the raw bytes: from 3.11 CPython deoptimizes the
/// bytecode it returns (specialized, instrumented and unassigned opcode numbers become base
/// opcodes, per the measured [`DEOPT`] table) and zeroes every inline cache.
/// Files written by CPython are unchanged by this.
pub(crate) fn co_code(v: PyVersion, raw: &[u8]) -> Cow<'_, [u8]> {
    if v < PyVersion::V3_11 {
        return Cow::Borrowed(raw);
    }
    let table = &DEOPT[v.index() - 1];
    let mut code = raw.to_vec();
    let mut i = 0;
    while i < code.len() {
        let op = table[code[i] as usize];
        code[i] = op;
        let caches = ops::info(v, op).caches;
        for b in code.iter_mut().skip(i + 2).take(2 * caches) {
            *b = 0;
        }
        i += 2 * (1 + caches);
    }
    Cow::Owned(code)
}

/// `dis._unpack_opargs(co.co_code)` of the code's version (`code` as [`co_code`] gives it).
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

/// `dict(dis.findlinestarts(co))`: offset → line (`None` only from 3.13, which keeps
/// ranges without a line).
pub(crate) fn linestarts(code: &CodeObject) -> HashMap<u32, Option<i64>> {
    linetable::line_starts(code)
        .into_iter()
        .map(|(offset, line)| (offset, line.map(i64::from)))
        .collect()
}

/// `dis._parse_exception_table(co)` (3.11+): lenient like `dis`, a truncated trailing
/// entry is dropped rather than reported.
pub(crate) fn exception_entries(code: &CodeObject) -> Vec<ExceptionEntry> {
    if code.version < PyVersion::V3_11 {
        return Vec::new();
    }
    exctable::parse_lenient(&code.exceptiontable)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn co_code_deoptimizes_and_zeroes_caches_like_cpython() {
        // 3.11: 17 is a BINARY_SUBSCR specialization (base 25, 4 caches); 214 is unassigned
        // and reads back as CACHE (0), which has no caches of its own.
        let raw = [17, 7, 0xab, 0xcd, 1, 2, 3, 4, 5, 6, 214, 9, 100, 1];
        let code = co_code(PyVersion::V3_11, &raw);
        assert_eq!(&code[..], &[25, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 100, 1]);
        // 3.10 returns the bytes as they are.
        assert_eq!(&co_code(PyVersion::V3_10, &raw)[..], &raw[..]);
    }

    #[test]
    fn extended_arg_wraps_like_a_c_int_from_3_11() {
        // EXTENDED_ARG 0x80 three times, then LOAD_CONST 0: 0x80 << 24 overflows.
        let ext = crate::opcodes::Op::EXTENDED_ARG;
        let load = crate::opcodes::Op::LOAD_CONST;
        for v in [PyVersion::V3_10, PyVersion::V3_12] {
            let (e, l) = (ext.number(v).unwrap(), load.number(v).unwrap());
            let units = unpack(v, &[e, 0x80, e, 0, e, 0, l, 0]);
            let want = if v == PyVersion::V3_10 {
                0x8000_0000
            } else {
                -0x8000_0000
            };
            assert_eq!(units[3].arg, Some(want), "{v}");
        }
    }
}
