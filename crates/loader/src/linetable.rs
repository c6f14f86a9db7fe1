//! Line and position tables: 3.10's PEP 626 `co_linetable` and the 3.11+ location table.
//!
//! Every function here reproduces what the CPython of the code object's version yields
//! (`co_lines()`, `co_positions()`, `dis.findlinestarts()`), quirks included; see
//! `docs/exception-and-line-tables.md`. Tables are never trusted: a malformed table gives a
//! defined result (documented per function) and never panics or loops forever. Reads past
//! the end of a table see zero bytes, which is what CPython sees for the first such byte
//! (a `bytes` object is NUL-terminated).

use crate::{CodeObject, PyVersion};

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

/// The kind of a 3.11+ location entry: bits 3–6 of its first byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LocationKind {
    /// Codes 0–9: same line as before; column `code*8 + (b>>4)`, end column `+ (b&15)`
    /// from one extra byte `b`.
    Short(u8),
    /// Codes 10–12: line delta 0, 1 or 2; start and end column as one raw byte each.
    OneLine(u8),
    /// Code 13: a signed-varint line delta and no columns.
    NoColumns,
    /// Code 14: signed-varint line delta, varint end-line delta, varint column + 1 and
    /// varint end column + 1 (0 meaning "no column").
    Long,
    /// Code 15: no location at all (line `None`); the line number is unchanged.
    None,
}

impl LocationKind {
    /// The kind of a 4-bit entry code.
    pub fn from_code(code: u8) -> Self {
        match code & 15 {
            c @ 0..=9 => Self::Short(c),
            c @ 10..=12 => Self::OneLine(c - 10),
            13 => Self::NoColumns,
            14 => Self::Long,
            _ => Self::None,
        }
    }

    /// The 4-bit code of this kind.
    pub fn code(self) -> u8 {
        match self {
            Self::Short(c) => c & 15,
            Self::OneLine(d) => 10 + d,
            Self::NoColumns => 13,
            Self::Long => 14,
            Self::None => 15,
        }
    }
}

/// One entry of a 3.11+ location table, decoded the way `co_positions()` reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocationEntry {
    /// Byte offset of the entry within the table.
    pub table_offset: usize,
    pub kind: LocationKind,
    /// Code units covered (1–8).
    pub units: u32,
    /// The (absolute) position every one of those code units has.
    pub position: Position,
}

/// Exactly what CPython's `code.co_lines()` yields for this code object's version.
///
/// - 3.10: the PEP 626 table; zero-length ranges are skipped (their line delta still
///   counts); a negative line is `None`. A table ending in zero-length ranges (which
///   CPython would read past) stops there; an odd trailing byte reads a line delta of 0.
/// - 3.11: one range per location entry (never merged); line `None` for "no location".
/// - 3.12, 3.13: consecutive entries with the same line are merged into one range.
///
/// Lines that would be negative (only in hand-made tables) are given as `None`.
pub fn co_lines(code: &CodeObject) -> Vec<LineRange> {
    lines_for(code.version, &code.linetable, code.firstlineno)
}

/// `co_lines()` of a raw table, for a version, with `co_firstlineno`.
pub fn lines_for(version: PyVersion, table: &[u8], firstlineno: u32) -> Vec<LineRange> {
    match version {
        PyVersion::V3_10 => lines_310(table, firstlineno),
        PyVersion::V3_11 => line_entries(table, firstlineno)
            .into_iter()
            .map(|(start, end, line)| LineRange {
                start,
                end,
                line: nonneg(line),
            })
            .collect(),
        PyVersion::V3_12 | PyVersion::V3_13 => {
            let entries = line_entries(table, firstlineno);
            let mut out: Vec<LineRange> = Vec::new();
            let mut i = 0;
            while i < entries.len() {
                let (start, mut end, line) = entries[i];
                i += 1;
                // `lineiter_next`: keep advancing while the raw line (-1 for "none")
                // stays the same, then step back to the first differing entry.
                while i < entries.len() && entries[i].2 == line {
                    end = entries[i].1;
                    i += 1;
                }
                out.push(LineRange {
                    start,
                    end,
                    line: nonneg(line),
                });
            }
            out
        }
    }
}

/// Exactly what CPython's `code.co_positions()` yields (3.11+): one entry per code unit
/// the table describes (normally `len(co_code) / 2`; the table, not `co_code`, decides).
///
/// For 3.10, which has no `co_positions`, one entry per code unit of `co_code`: the line
/// of the `co_lines()` range holding it as `lineno` and `end_lineno`, no columns.
pub fn co_positions(code: &CodeObject) -> Vec<Position> {
    if code.version == PyVersion::V3_10 {
        let ranges = lines_310(&code.linetable, code.firstlineno);
        let units = code.len_units();
        let mut out = vec![Position::default(); units];
        for r in &ranges {
            let first = (r.start as usize).div_ceil(CodeObject::UNIT);
            let last = (r.end as usize).div_ceil(CodeObject::UNIT).min(units);
            for p in out.iter_mut().take(last).skip(first) {
                p.lineno = r.line;
                p.end_lineno = r.line;
            }
        }
        return out;
    }
    let mut out = Vec::new();
    for e in location_entries(&code.linetable, code.firstlineno) {
        out.extend(std::iter::repeat_n(e.position, e.units as usize));
    }
    out
}

/// `list(dis.findlinestarts(code))` of the code object's version, in byte offsets.
///
/// 3.10–3.12 yield `(start, line)` for each `co_lines()` range whose line is not `None`
/// and differs from the last line yielded, so the line is never `None` there. 3.13 yields
/// every range whose line is not *identical* (`is not`) to the previous range's, `None`
/// included: equal lines compare identical only when both are `None` or small ints
/// (≤ 256, CPython's cached ints).
pub fn line_starts(code: &CodeObject) -> Vec<(u32, Option<u32>)> {
    let ranges = co_lines(code);
    let mut out = Vec::new();
    if code.version >= PyVersion::V3_13 {
        let mut last: Option<Option<u32>> = None; // `False`: nothing yielded yet
        for r in ranges {
            let same = match (last, r.line) {
                (Some(None), None) => true,
                (Some(Some(a)), Some(b)) => a == b && b <= 256,
                _ => false,
            };
            if !same {
                last = Some(r.line);
                out.push((r.start, r.line));
            }
        }
    } else {
        let mut last = None;
        for r in ranges {
            if r.line.is_some() && r.line != last {
                last = r.line;
                out.push((r.start, r.line));
            }
        }
    }
    out
}

/// The line of the instruction at `byte_offset` (`PyCode_Addr2Line`), `None` when it has
/// none or lies outside the table.
pub fn line_at(code: &CodeObject, byte_offset: u32) -> Option<u32> {
    let ranges = match code.version {
        PyVersion::V3_10 => lines_310(&code.linetable, code.firstlineno),
        v => lines_for(v.max(PyVersion::V3_12), &code.linetable, code.firstlineno),
    };
    let i = ranges.partition_point(|r| r.end <= byte_offset);
    ranges
        .get(i)
        .filter(|r| r.start <= byte_offset)
        .and_then(|r| r.line)
}

/// Decodes a 3.11+ location table entry by entry, as `co_positions()` reads it: each entry
/// consumes exactly the bytes its kind needs (bytes past the end read as 0).
pub fn location_entries(table: &[u8], firstlineno: u32) -> Vec<LocationEntry> {
    let mut r = Reader { t: table, pos: 0 };
    let mut line = firstlineno as i32;
    let mut out = Vec::new();
    while r.pos < table.len() {
        let table_offset = r.pos;
        let first = r.byte();
        let code = (first >> 3) & 15;
        let units = u32::from(first & 7) + 1;
        let kind = LocationKind::from_code(code);
        let (lineno, end_lineno, col, end_col) = match kind {
            LocationKind::None => (-1, -1, -1, -1),
            LocationKind::Long => {
                line = line.wrapping_add(r.signed_varint());
                let end = line.wrapping_add(r.varint() as i32);
                let col = (r.varint() as i32).wrapping_sub(1);
                let end_col = (r.varint() as i32).wrapping_sub(1);
                (line, end, col, end_col)
            }
            LocationKind::NoColumns => {
                line = line.wrapping_add(r.signed_varint());
                (line, line, -1, -1)
            }
            LocationKind::OneLine(delta) => {
                line = line.wrapping_add(i32::from(delta));
                let col = i32::from(r.byte());
                let end_col = i32::from(r.byte());
                (line, line, col, end_col)
            }
            LocationKind::Short(c) => {
                let second = r.byte();
                let col = i32::from(c) << 3 | i32::from(second >> 4);
                (line, line, col, col + i32::from(second & 15))
            }
        };
        out.push(LocationEntry {
            table_offset,
            kind,
            units,
            position: Position {
                lineno: nonneg(lineno),
                end_lineno: nonneg(end_lineno),
                col: nonneg(col),
                end_col: nonneg(end_col),
            },
        });
    }
    out
}

/// A non-negative C `int` as a line or column; `-1` (CPython's "none") and, for hand-made
/// tables, any other negative value give `None`.
fn nonneg(v: i32) -> Option<u32> {
    (v >= 0).then_some(v as u32)
}

/// 3.10's `lineiter_next` over `PyLineTable_NextAddressRange`.
fn lines_310(t: &[u8], firstlineno: u32) -> Vec<LineRange> {
    let at = |i: usize| t.get(i).copied().unwrap_or(0);
    let mut pos = 0usize;
    let mut computed = firstlineno as i32;
    let mut end = 0u32;
    let mut out = Vec::new();
    'outer: while pos < t.len() {
        loop {
            let start = end;
            end = end.saturating_add(u32::from(at(pos)));
            let ldelta = at(pos + 1) as i8;
            pos += 2;
            let line = if ldelta == -128 {
                -1
            } else {
                computed = computed.wrapping_add(i32::from(ldelta));
                computed
            };
            if start != end {
                out.push(LineRange {
                    start,
                    end,
                    line: nonneg(line),
                });
                break;
            }
            if pos >= t.len() {
                // CPython asserts this never happens and would read past the table.
                break 'outer;
            }
        }
    }
    out
}

/// 3.11+ `_PyLineTable_NextAddressRange` steps: `(start, end, ar_line)` per entry, where an
/// entry begins at byte 0 and at every byte with the top bit set, its line delta comes
/// from `get_line_delta` and `ar_line` is -1 for a "no location" entry.
fn line_entries(t: &[u8], firstlineno: u32) -> Vec<(u32, u32, i32)> {
    let mut pos = 0usize;
    let mut computed = firstlineno as i32;
    let mut end = 0u32;
    let mut out = Vec::new();
    let mut long_varints = LongVarints::default();
    while pos < t.len() {
        let b = t[pos];
        let delta = match LocationKind::from_code(b >> 3) {
            LocationKind::NoColumns | LocationKind::Long => {
                signed(long_varints.varint_at(t, pos + 1))
            }
            LocationKind::OneLine(d) => i32::from(d),
            LocationKind::None | LocationKind::Short(_) => 0,
        };
        computed = computed.wrapping_add(delta);
        let line = if b >> 3 == 0x1f { -1 } else { computed };
        let start = end;
        end = end.saturating_add((u32::from(b & 7) + 1) * CodeObject::UNIT as u32);
        out.push((start, end, line));
        pos += 1;
        while pos < t.len() && t[pos] & 0x80 == 0 {
            pos += 1;
        }
    }
    out
}

/// `get_line_delta` scans a varint from every entry start, and the varint does not stop at
/// the next entry: in a run of bytes with bit 6 set CPython's scan is quadratic. The value of
/// a varint at `q` that has not ended after 16 bytes is its first 16 chunks ORed with the
/// varint at `q + 16`, because shift counts repeat every 16 chunks (6 * 16 = 96 ≡ 0 mod 32).
/// Those are computed once per table, right to left, when first needed.
#[derive(Default)]
struct LongVarints {
    /// `memo[q]`: the varint starting at byte `q` (the table plus one zero byte).
    memo: Option<Vec<u32>>,
}

impl LongVarints {
    fn varint_at(&mut self, t: &[u8], q: usize) -> u32 {
        if let Some(v) = prefix16(t, q).1 {
            return v;
        }
        let memo = self.memo.get_or_insert_with(|| {
            let mut memo = vec![0u32; t.len() + 1];
            for q in (0..t.len()).rev() {
                let (partial, done) = prefix16(t, q);
                memo[q] = done.unwrap_or_else(|| partial | memo.get(q + 16).copied().unwrap_or(0));
            }
            memo
        });
        memo[q]
    }
}

/// The first 16 chunks of the varint at `q` ORed together, and the value if it ended there.
fn prefix16(t: &[u8], q: usize) -> (u32, Option<u32>) {
    let mut val = 0u32;
    for k in 0..16u32 {
        let b = t.get(q + k as usize).copied().unwrap_or(0);
        val |= u32::from(b & 63).wrapping_shl(6 * k);
        if b & 64 == 0 {
            return (val, Some(val));
        }
    }
    (val, None)
}

/// A varint holding `abs << 1 | sign`.
fn signed(u: u32) -> i32 {
    if u & 1 != 0 {
        -((u >> 1) as i32)
    } else {
        (u >> 1) as i32
    }
}

/// Little-endian 6-bit varints of the location table; bytes past the end read as 0.
struct Reader<'a> {
    t: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> u8 {
        let b = self.t.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        b
    }

    /// Chunks of 6 bits, least significant first, bit 6 meaning "more follows"; bits shifted
    /// beyond 32 are lost (as with C's `unsigned int`) and shift counts wrap modulo 32 (what
    /// CPython's undefined `<<` does on x86 and ARM64, so hand-made tables match too).
    fn varint(&mut self) -> u32 {
        let mut read = self.byte();
        let mut val = u32::from(read & 63);
        let mut shift = 0u32;
        while read & 64 != 0 {
            read = self.byte();
            shift = shift.wrapping_add(6);
            val |= u32::from(read & 63).wrapping_shl(shift);
        }
        val
    }

    fn signed_varint(&mut self) -> i32 {
        signed(self.varint())
    }
}

/// Encodes an unsigned location-table varint (6-bit chunks, least significant first).
pub fn write_varint(out: &mut Vec<u8>, mut val: u32) {
    while val >= 64 {
        out.push(64 | (val & 63) as u8);
        val >>= 6;
    }
    out.push(val as u8);
}

/// Encodes a signed location-table varint (`abs << 1 | sign`).
pub fn write_signed_varint(out: &mut Vec<u8>, val: i32) {
    let u = if val < 0 {
        (val.unsigned_abs() << 1) | 1
    } else {
        (val as u32) << 1
    };
    write_varint(out, u);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_varints_match_the_plain_scan() {
        let mut seed = 12345u32;
        for len in [0usize, 1, 15, 16, 17, 33, 100, 300] {
            for _ in 0..20 {
                let t: Vec<u8> = (0..len)
                    .map(|_| {
                        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                        let b = (seed >> 16) as u8;
                        if seed.is_multiple_of(50) {
                            b & !64
                        } else {
                            b | 64
                        }
                    })
                    .collect();
                let mut lv = LongVarints::default();
                for q in 0..=len {
                    let plain = Reader { t: &t, pos: q }.varint();
                    assert_eq!(lv.varint_at(&t, q), plain, "len {len} q {q}");
                }
            }
        }
    }

    #[test]
    fn varints_round_trip() {
        for v in [0u32, 1, 63, 64, 4095, 4096, 1 << 20, u32::MAX >> 1] {
            let mut b = Vec::new();
            write_varint(&mut b, v);
            assert_eq!(Reader { t: &b, pos: 0 }.varint(), v);
        }
        for v in [0i32, 1, -1, 31, -32, 1000, -100000] {
            let mut b = Vec::new();
            write_signed_varint(&mut b, v);
            assert_eq!(Reader { t: &b, pos: 0 }.signed_varint(), v);
        }
    }
}
