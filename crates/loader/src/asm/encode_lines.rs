//! Line and position tables, written the way CPython's assembler writes them, so that a
//! table decoded into per-instruction positions encodes back to the same bytes.
//!
//! - 3.10 (`compile.c`, PEP 626): a `(bytes, line delta)` pair per run of instructions on
//!   one line; line deltas beyond ±127 take extra `(0, ±127)` pairs, runs beyond 254 bytes
//!   extra `(254, delta)` pairs; "no line" is the delta -128.
//! - 3.11 (`compile.c`): one location entry per instruction (split every 8 code units).
//! - 3.12, 3.13 (`assemble.c`): one entry per run of instructions with the same location.
//!
//! In 3.11+ the entry form is chosen as CPython chooses it: none, no-columns, short (same
//! line, column < 80, width < 16), one-line (line delta 0-2, columns < 128) or long.

use crate::linetable::{write_signed_varint, write_varint, Position};
use crate::PyVersion;

/// Encodes the table for instructions given as `(position, size in code units)`.
pub fn encode(v: PyVersion, firstlineno: u32, instrs: &[(Position, u32)]) -> Vec<u8> {
    match v {
        PyVersion::V3_10 => encode_310(firstlineno, instrs),
        PyVersion::V3_11 => {
            let mut w = LocWriter::new(firstlineno);
            for &(pos, size) in instrs {
                w.emit(pos, size);
            }
            w.out
        }
        PyVersion::V3_12 | PyVersion::V3_13 => {
            let mut w = LocWriter::new(firstlineno);
            let mut cur: Option<Position> = None;
            let mut size = 0;
            for &(pos, s) in instrs {
                if cur != Some(pos) {
                    if let Some(c) = cur {
                        w.emit(c, size);
                    }
                    cur = Some(pos);
                    size = 0;
                }
                size += s;
            }
            if let Some(c) = cur {
                w.emit(c, size);
            }
            w.out
        }
    }
}

fn line_of(p: &Position) -> i64 {
    p.lineno.map_or(-1, i64::from)
}

fn encode_310(firstlineno: u32, instrs: &[(Position, u32)]) -> Vec<u8> {
    struct W {
        out: Vec<u8>,
        lineno: i64,
        prevlineno: i64,
        start: u32,
    }
    impl W {
        fn pair(&mut self, bdelta: u32, ldelta: i64) {
            self.out.push(bdelta as u8);
            self.out.push(ldelta as i8 as u8);
        }
        fn range(&mut self, offset: u32) {
            let mut bdelta = (offset - self.start) * 2;
            if bdelta == 0 {
                return;
            }
            let mut ldelta;
            if self.lineno < 0 {
                ldelta = -128;
            } else {
                ldelta = self.lineno - self.prevlineno;
                self.prevlineno = self.lineno;
                while ldelta > 127 {
                    self.pair(0, 127);
                    ldelta -= 127;
                }
                while ldelta < -127 {
                    self.pair(0, -127);
                    ldelta += 127;
                }
            }
            while bdelta > 254 {
                self.pair(254, ldelta);
                ldelta = if self.lineno < 0 { -128 } else { 0 };
                bdelta -= 254;
            }
            self.pair(bdelta, ldelta);
            self.start = offset;
        }
    }
    let first = i64::from(firstlineno);
    let mut w = W {
        out: Vec::new(),
        lineno: first,
        prevlineno: first,
        start: 0,
    };
    let mut offset = 0;
    for (pos, size) in instrs {
        let line = line_of(pos);
        if line != w.lineno {
            w.range(offset);
            w.lineno = line;
        }
        offset += size;
    }
    w.range(offset);
    w.out
}

struct LocWriter {
    out: Vec<u8>,
    lineno: i64,
}

impl LocWriter {
    fn new(firstlineno: u32) -> Self {
        Self {
            out: Vec::new(),
            lineno: i64::from(firstlineno),
        }
    }

    fn first(&mut self, code: u8, len: u32) {
        self.out.push(0x80 | (code << 3) | ((len - 1) as u8 & 7));
    }

    fn emit(&mut self, pos: Position, mut size: u32) {
        while size > 8 {
            self.entry(pos, 8);
            size -= 8;
        }
        if size > 0 {
            self.entry(pos, size);
        }
    }

    fn entry(&mut self, pos: Position, len: u32) {
        let Some(line) = pos.lineno.map(i64::from) else {
            self.first(15, len);
            return;
        };
        let end_line = pos.end_lineno.map_or(-1, i64::from);
        let col = pos.col.map_or(-1, i64::from);
        let end_col = pos.end_col.map_or(-1, i64::from);
        let delta = line - self.lineno;
        if col < 0 || end_col < 0 {
            if end_line == line || end_line == -1 {
                self.first(13, len);
                write_signed_varint(&mut self.out, delta as i32);
                self.lineno = line;
                return;
            }
        } else if end_line == line {
            if delta == 0 && col < 80 && end_col - col < 16 && end_col >= col {
                self.first((col >> 3) as u8, len);
                self.out.push((((col & 7) << 4) | (end_col - col)) as u8);
                return;
            }
            if (0..3).contains(&delta) && col < 128 && end_col < 128 {
                self.first(10 + delta as u8, len);
                self.out.push(col as u8);
                self.out.push(end_col as u8);
                self.lineno = line;
                return;
            }
        }
        self.first(14, len);
        write_signed_varint(&mut self.out, delta as i32);
        write_varint(&mut self.out, (end_line - line) as u32);
        write_varint(&mut self.out, (col + 1) as u32);
        write_varint(&mut self.out, (end_col + 1) as u32);
        self.lineno = line;
    }
}
