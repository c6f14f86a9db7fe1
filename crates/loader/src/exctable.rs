//! The 3.11+ exception table (`co_exceptiontable`).
//!
//! Each entry is four varints: start, length and target (in code units) and
//! `depth << 1 | lasti`. A varint is big-endian 6-bit chunks, bit 6 (0x40) meaning "more
//! follows"; the first byte of an entry also carries bit 7 (0x80), the start mark that lets
//! CPython's binary search find entry boundaries. Entries are sorted by start and do not
//! overlap. See `docs/exception-and-line-tables.md`.

use crate::{CodeObject, LoadError, Result};

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
///
/// Strict: every entry must begin with a byte carrying the start mark 0x80, no other byte
/// may carry it, the last entry must be complete and all offsets must fit in `u32`. For a
/// well-formed table the result equals `dis._parse_exception_table(code)` of every version
/// (3.10 has no table: its `exceptiontable` is empty, giving no entries).
pub fn parse(code: &CodeObject) -> Result<Vec<ExceptionEntry>> {
    parse_table(&code.exceptiontable)
}

/// [`parse`] over raw table bytes.
pub fn parse_table(table: &[u8]) -> Result<Vec<ExceptionEntry>> {
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < table.len() {
        let entry_at = pos;
        if table[pos] & 0x80 == 0 {
            return Err(LoadError::malformed(
                pos,
                format!(
                    "exception table entry without start mark (byte {:#04x})",
                    table[pos]
                ),
            ));
        }
        let field = |pos: &mut usize, first: bool| -> Result<u64> {
            let mut val = 0u64;
            loop {
                let Some(&b) = table.get(*pos) else {
                    return Err(LoadError::malformed(
                        *pos,
                        format!("exception table entry at byte {entry_at} cut short"),
                    ));
                };
                if b & 0x80 != 0 && !(first && *pos == entry_at) {
                    return Err(LoadError::malformed(
                        *pos,
                        format!("start mark inside the exception table entry at byte {entry_at}"),
                    ));
                }
                *pos += 1;
                val = (val << 6) | u64::from(b & 63);
                if val > u64::from(u32::MAX) {
                    return Err(LoadError::malformed(
                        *pos - 1,
                        "exception table value out of range",
                    ));
                }
                if b & 64 == 0 {
                    return Ok(val);
                }
            }
        };
        let start = field(&mut pos, true)?;
        let len = field(&mut pos, false)?;
        let target = field(&mut pos, false)?;
        let dl = field(&mut pos, false)?;
        let bytes = |units: u64| u32::try_from(units * 2).ok();
        let (Some(start), Some(end), Some(target)) =
            (bytes(start), bytes(start + len), bytes(target))
        else {
            return Err(LoadError::malformed(
                entry_at,
                "exception table offset out of range",
            ));
        };
        out.push(ExceptionEntry {
            start,
            end,
            target,
            depth: (dl >> 1) as u32,
            lasti: dl & 1 != 0,
        });
    }
    Ok(out)
}

/// Exactly `dis._parse_exception_table`: the start mark is ignored, a final incomplete
/// entry is dropped, and nothing is an error. Values too large for `u32` saturate (Python's
/// ints would not).
pub fn parse_lenient(table: &[u8]) -> Vec<ExceptionEntry> {
    let mut it = table.iter().copied();
    let mut varint = || -> Option<u64> {
        let mut b = it.next()?;
        let mut val = u64::from(b & 63);
        while b & 64 != 0 {
            b = it.next()?;
            val = val
                .checked_shl(6)
                .filter(|v| v >> 6 == val)
                .unwrap_or(u64::MAX)
                | u64::from(b & 63);
        }
        Some(val)
    };
    let sat = |v: u64| u32::try_from(v).unwrap_or(u32::MAX);
    let mut out = Vec::new();
    while let (Some(start), Some(len), Some(target), Some(dl)) =
        (varint(), varint(), varint(), varint())
    {
        let start2 = start.saturating_mul(2);
        out.push(ExceptionEntry {
            start: sat(start2),
            end: sat(start2.saturating_add(len.saturating_mul(2))),
            target: sat(target.saturating_mul(2)),
            depth: sat(dl >> 1),
            lasti: dl & 1 != 0,
        });
    }
    out
}

/// The handler for an exception raised by the instruction at `byte_offset`: the first entry
/// with `start <= byte_offset < end` (entries of a well-formed table do not overlap).
pub fn find_handler(entries: &[ExceptionEntry], byte_offset: u32) -> Option<&ExceptionEntry> {
    entries
        .iter()
        .find(|e| e.start <= byte_offset && byte_offset < e.end)
}

/// Encodes entries (byte offsets, as [`parse`] gives them) back into a table.
pub fn encode(entries: &[ExceptionEntry]) -> Vec<u8> {
    fn varint(out: &mut Vec<u8>, val: u32, mark: u8) {
        let mut shift = 0;
        while shift + 6 < 32 && val >> (shift + 6) != 0 {
            shift += 6;
        }
        let mut flag = mark;
        while shift > 0 {
            out.push(flag | 64 | ((val >> shift) & 63) as u8);
            flag = 0;
            shift -= 6;
        }
        out.push(flag | (val & 63) as u8);
    }
    let mut out = Vec::new();
    for e in entries {
        varint(&mut out, e.start / 2, 0x80);
        varint(&mut out, e.end.saturating_sub(e.start) / 2, 0);
        varint(&mut out, e.target / 2, 0);
        varint(&mut out, e.depth << 1 | u32::from(e.lasti), 0);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let entries = [
            ExceptionEntry {
                start: 0,
                end: 10,
                target: 20,
                depth: 0,
                lasti: false,
            },
            ExceptionEntry {
                start: 10,
                end: 5000,
                target: 130000,
                depth: 3,
                lasti: true,
            },
        ];
        let t = encode(&entries);
        assert_eq!(parse_table(&t).unwrap(), entries);
        assert_eq!(parse_lenient(&t), entries);
        assert_eq!(find_handler(&entries, 10).unwrap().target, 130000);
        assert!(find_handler(&entries, 5000).is_none());
        assert!(parse_table(&t[..t.len() - 1]).is_err());
        assert_eq!(parse_lenient(&t[..t.len() - 1]), entries[..1]);
    }
}
