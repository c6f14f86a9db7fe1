//! Lowering: each version's raw `co_code` into krait's version-neutral instructions
//! (caches skipped, EXTENDED_ARG folded, jump targets resolved to instruction indices).
//!
//! Two views of the same bytes:
//! - [`decode_raw`]: dis's view (`dis._unpack_opargs`): every instruction including each
//!   EXTENDED_ARG, caches skipped, arguments folded the way dis folds them. Lenient like
//!   dis: unknown opcodes and a cut-off tail are reported, not rejected.
//! - [`lower`]: the VM's view: one [`Instr`] per real instruction, strictly validated;
//!   anything CPython's compiler could not have written is a [`LoadError::Malformed`]
//!   whose `offset` is the byte offset within `co_code`.

use crate::opcodes::Op;
use crate::{CodeObject, LoadError, PyVersion, Result};

/// One instruction of lowered code.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Instr {
    pub op: Op,
    /// The argument with its EXTENDED_ARG prefixes folded in; 0 for opcodes that take none.
    pub arg: u32,
    /// Byte offset of the opcode itself in `co_code`.
    pub offset: u32,
    /// Byte offset of its first EXTENDED_ARG prefix (`offset` when it has none).
    pub start: u32,
    /// For jumps (`Op::is_jump`): the index of the target instruction in the lowered code.
    pub target: Option<u32>,
}

/// One code unit: two bytes of `co_code`, an instruction or an inline cache entry.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct RawUnit {
    pub offset: u32,
    pub opcode: u8,
    pub arg: u8,
}

/// Every code unit of `code`, caches included (a trailing odd byte is left out).
pub fn units(code: &[u8]) -> impl Iterator<Item = RawUnit> + '_ {
    code.chunks_exact(2).enumerate().map(|(i, u)| RawUnit {
        offset: (i * 2) as u32,
        opcode: u[0],
        arg: u[1],
    })
}

/// One instruction as dis sees it (`dis._unpack_opargs`).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct RawInstr {
    /// Byte offset of this code unit.
    pub offset: u32,
    /// Byte offset of the first of the EXTENDED_ARG units directly before it (3.13's
    /// `start_offset`); `offset` when there are none, and for EXTENDED_ARG itself.
    pub start: u32,
    /// The opcode byte.
    pub opcode: u8,
    /// The opcode, `None` if the version has no opcode of that number.
    pub op: Option<Op>,
    /// The argument byte as stored.
    pub arg_byte: u8,
    /// The argument as dis computes it: the argument byte with the pending EXTENDED_ARG
    /// bits; `None` when the opcode takes no argument.
    pub arg: Option<u32>,
    /// Inline cache units that follow (and that the iterator skips).
    pub caches: u8,
}

impl RawInstr {
    /// Byte offset of the next instruction (after the caches).
    pub fn next_offset(&self) -> u64 {
        u64::from(self.offset) + 2 + 2 * u64::from(self.caches)
    }
}

/// dis's view of `code`; see [`RawInstr`]. Never fails: an unknown opcode is yielded with
/// `op: None` (an argument if at or above 3.10/3.11's `HAVE_ARGUMENT`, no caches), and an
/// instruction whose caches run past the end is yielded and ends the iteration.
pub fn decode_raw(v: PyVersion, code: &[u8]) -> DecodeRaw<'_> {
    DecodeRaw {
        v,
        code,
        pos: 0,
        extended: 0,
        prefixes: 0,
    }
}

/// The iterator of [`decode_raw`].
#[derive(Clone, Debug)]
pub struct DecodeRaw<'a> {
    v: PyVersion,
    code: &'a [u8],
    pos: usize,
    extended: u32,
    prefixes: u32,
}

/// `HAVE_ARGUMENT` of 3.10 and 3.11 (3.12+ decide by the `hasarg` list alone).
const HAVE_ARGUMENT: u8 = 90;

impl Iterator for DecodeRaw<'_> {
    type Item = RawInstr;

    fn next(&mut self) -> Option<RawInstr> {
        let unit = self.code.get(self.pos..self.pos.checked_add(2)?)?;
        let (opcode, arg_byte) = (unit[0], unit[1]);
        let offset = u32::try_from(self.pos).ok()?;
        let op = Op::from_number(self.v, opcode);
        let has_arg = match op {
            Some(op) => op.has_arg(self.v),
            None => self.v <= PyVersion::V3_11 && opcode >= HAVE_ARGUMENT,
        };
        let caches = op.map_or(0, |op| op.cache_entries(self.v));
        let arg = if has_arg {
            let a = u32::from(arg_byte) | self.extended;
            self.extended = if op == Some(Op::EXTENDED_ARG) {
                a.wrapping_shl(8)
            } else {
                0
            };
            Some(a)
        } else {
            self.extended = 0;
            None
        };
        let start;
        if op == Some(Op::EXTENDED_ARG) {
            start = offset;
            self.prefixes += 1;
        } else {
            start = offset.saturating_sub(2 * self.prefixes);
            self.prefixes = 0;
        }
        self.pos = self.pos.saturating_add(2 + 2 * usize::from(caches));
        Some(RawInstr {
            offset,
            start,
            opcode,
            op,
            arg_byte,
            arg,
            caches,
        })
    }
}

/// Lowers a code object's `co_code`; see [`lower_code`].
pub fn lower(code: &CodeObject) -> Result<Vec<Instr>> {
    lower_code(code.version, &code.code)
}

/// What a code unit is, for resolving jump targets.
#[derive(Copy, Clone)]
enum Unit {
    /// The first unit of instruction `n` (its first EXTENDED_ARG, or the opcode).
    Start(u32),
    /// A later EXTENDED_ARG, or the opcode of an instruction with prefixes.
    Inside,
    Cache,
}

/// Lowers `co_code` of version `v`: caches skipped, EXTENDED_ARG folded (the prefixes do
/// not appear as instructions), jump targets resolved to instruction indices. A jump may
/// target an instruction's first EXTENDED_ARG prefix. Rejects (with the byte offset in
/// `code`): an odd length, an opcode unknown to the version, EXTENDED_ARG at the end,
/// caches cut short, and a jump outside the code or not at the start of an instruction.
pub fn lower_code(v: PyVersion, code: &[u8]) -> Result<Vec<Instr>> {
    let len = code.len();
    if !len.is_multiple_of(2) {
        return Err(LoadError::malformed(
            len - 1,
            format!("co_code has an odd length ({len} bytes)"),
        ));
    }
    if u32::try_from(len).is_err() {
        return Err(LoadError::malformed(0, "co_code is longer than 4 GiB"));
    }
    let mut instrs = Vec::with_capacity(len / 2);
    let mut kinds = vec![Unit::Cache; len / 2];
    let mut extended: u32 = 0;
    let mut start: Option<usize> = None;
    let mut pos = 0;
    while pos < len {
        let (opcode, arg_byte) = (code[pos], code[pos + 1]);
        let Some(op) = Op::from_number(v, opcode) else {
            return Err(LoadError::malformed(
                pos,
                format!("opcode {opcode} is no opcode of CPython {v}"),
            ));
        };
        if op == Op::EXTENDED_ARG {
            if pos + 2 >= len {
                return Err(LoadError::malformed(
                    pos,
                    "EXTENDED_ARG at the end of the code",
                ));
            }
            extended = (extended << 8) | u32::from(arg_byte);
            kinds[pos / 2] = Unit::Inside;
            start.get_or_insert(pos);
            pos += 2;
            continue;
        }
        let index = instrs.len() as u32;
        let first = start.take().unwrap_or(pos);
        kinds[first / 2] = Unit::Start(index);
        if first != pos {
            kinds[pos / 2] = Unit::Inside;
        }
        let caches = usize::from(op.cache_entries(v));
        let end = pos + 2 + 2 * caches;
        if end > len {
            return Err(LoadError::malformed(
                pos,
                format!("{op} needs {caches} inline cache units; the code ends first"),
            ));
        }
        let arg = if op.has_arg(v) {
            (extended << 8) | u32::from(arg_byte)
        } else {
            0
        };
        extended = 0;
        instrs.push(Instr {
            op,
            arg,
            offset: pos as u32,
            start: first as u32,
            target: None,
        });
        pos = end;
    }
    for ins in &mut instrs {
        if !ins.op.is_jump(v) {
            continue;
        }
        let at = ins.offset as usize;
        let Some(t) = ins.op.jump_target(v, ins.offset, ins.arg) else {
            return Err(LoadError::malformed(
                at,
                format!("{} {} jumps before the start of the code", ins.op, ins.arg),
            ));
        };
        let what = match kinds.get(t as usize / 2) {
            _ if !t.is_multiple_of(2) => "not at a code unit",
            None => "outside the code",
            Some(Unit::Start(n)) => {
                ins.target = Some(*n);
                continue;
            }
            Some(Unit::Cache) => "into an inline cache",
            Some(Unit::Inside) => "between an EXTENDED_ARG and its instruction",
        };
        return Err(LoadError::malformed(
            at,
            format!(
                "{} {} jumps to byte {t}, {what} ({len} bytes)",
                ins.op, ins.arg
            ),
        ));
    }
    Ok(instrs)
}

/// The argument of `ins` in krait's version-neutral layout, so that VM handlers never test
/// the version:
/// - jumps: the target instruction index (`ins.target`);
/// - `LOAD_GLOBAL`: `namei << 1 | push_null` (3.10 has no NULL bit: `namei << 1`);
/// - `LOAD_ATTR`: `namei << 1 | is_method` (3.10/3.11 have no method bit: `namei << 1`);
/// - `COMPARE_OP`: the `cmp_op` index (3.12 stores it `<< 4`, 3.13 `<< 5`, with flags
///   below);
/// - everything else: the folded argument unchanged.
pub fn normalized_arg(v: PyVersion, ins: &Instr) -> u32 {
    if let Some(t) = ins.target {
        return t;
    }
    match ins.op {
        Op::LOAD_GLOBAL if v == PyVersion::V3_10 => ins.arg << 1,
        Op::LOAD_ATTR if v <= PyVersion::V3_11 => ins.arg << 1,
        Op::COMPARE_OP if v == PyVersion::V3_12 => ins.arg >> 4,
        Op::COMPARE_OP if v >= PyVersion::V3_13 => ins.arg >> 5,
        _ => ins.arg,
    }
}
