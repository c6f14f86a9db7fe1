//! Garbage, truncated and extreme tables never panic or hang, and give well-formed results.

use std::rc::Rc;

use krait_loader::exctable::{self, ExceptionEntry};
use krait_loader::linetable;
use krait_loader::{CodeObject, PyStr, PyVersion};

fn code_object(
    version: PyVersion,
    firstlineno: u32,
    codelen: usize,
    lt: &[u8],
    et: &[u8],
) -> CodeObject {
    CodeObject {
        code: vec![0u8; codelen].into(),
        firstlineno,
        linetable: Rc::from(lt),
        exceptiontable: Rc::from(et),
        ..CodeObject::empty(version, "f", "<garbage>")
    }
}

/// xorshift64*: deterministic and dependency-free.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn bytes(&mut self, n: usize) -> Vec<u8> {
        let palette = [0x00, 0x40, 0x7f, 0x80, 0xc0, 0xff, 0xf8, 0xe8, 0xf0, 0x68];
        (0..n)
            .map(|_| {
                if self.below(3) == 0 {
                    palette[self.below(palette.len() as u64) as usize]
                } else {
                    self.next() as u8
                }
            })
            .collect()
    }
}

fn exercise(code: &CodeObject) {
    let lines = linetable::co_lines(code);
    for r in &lines {
        assert!(r.start <= r.end);
    }
    if code.version >= PyVersion::V3_11 {
        // One range per entry (3.11) or merged entries (3.12+): contiguous from 0, non-empty.
        let mut at = 0;
        for r in &lines {
            assert_eq!(r.start, at);
            assert!(r.end > r.start);
            at = r.end;
        }
        // co_positions reads entries byte by byte, co_lines from start mark to start mark:
        // the two agree only on well-formed tables.
        let _ = linetable::co_positions(code);
        for e in linetable::location_entries(&code.linetable, code.firstlineno) {
            assert!((1..=8).contains(&e.units));
        }
    } else {
        assert_eq!(linetable::co_positions(code).len(), code.len_units());
    }
    let starts = linetable::line_starts(code);
    for (off, _) in &starts {
        let _ = linetable::line_at(code, *off);
    }
    let _ = linetable::line_at(code, u32::MAX);
    let lenient = exctable::parse_lenient(&code.exceptiontable);
    if let Ok(strict) = exctable::parse(code) {
        assert_eq!(
            strict, lenient,
            "a table the strict parser accepts reads the same as dis"
        );
        let entries: &[ExceptionEntry] = &strict;
        for off in [0, 2, 100, u32::MAX] {
            if let Some(h) = exctable::find_handler(entries, off) {
                assert!(h.start <= off && off < h.end);
            }
        }
        assert!(exctable::encode(entries).len() <= code.exceptiontable.len());
    }
}

#[test]
fn random_tables_never_panic() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for i in 0..20_000 {
        let v = PyVersion::ALL[i % 4];
        let lt_len = rng.below(64) as usize;
        let lt = rng.bytes(lt_len);
        let et_len = rng.below(48) as usize;
        let et = rng.bytes(et_len);
        let first = [0, 1, 1000, u32::MAX, i32::MAX as u32][rng.below(5) as usize];
        let codelen = rng.below(200) as usize;
        exercise(&code_object(v, first, codelen, &lt, &et));
    }
}

#[test]
fn truncated_tables_never_panic() {
    // Valid tables of every entry kind, cut at every length.
    let mut lt = Vec::new();
    for code in 0u8..16 {
        lt.push(0x80 | code << 3 | (code & 7));
        match code {
            0..=9 => lt.push(0x35),
            10..=12 => lt.extend([5, 9]),
            13 => linetable::write_signed_varint(&mut lt, -70000),
            14 => {
                linetable::write_signed_varint(&mut lt, 123_456);
                linetable::write_varint(&mut lt, 3);
                linetable::write_varint(&mut lt, 5000);
                linetable::write_varint(&mut lt, 0);
            }
            _ => {}
        }
    }
    let et = exctable::encode(&[
        ExceptionEntry {
            start: 0,
            end: 4000,
            target: 9000,
            depth: 70,
            lasti: true,
        },
        ExceptionEntry {
            start: 4000,
            end: 4002,
            target: 6,
            depth: 0,
            lasti: false,
        },
    ]);
    let pep626: Vec<u8> = vec![0, 1, 6, 0, 0, 0x80, 8, 1, 255, 127, 0, 0x80, 2];
    for v in PyVersion::ALL {
        let full = if v == PyVersion::V3_10 { &pep626 } else { &lt };
        for cut in 0..=full.len() {
            for ecut in [0, 1, 3, et.len() - 1, et.len()] {
                exercise(&code_object(v, 1, 64, &full[..cut], &et[..ecut]));
            }
        }
    }
    assert!(exctable::parse_table(&et[..et.len() - 1]).is_err());
    assert_eq!(exctable::parse_table(&et).unwrap().len(), 2);
}

#[test]
fn extreme_tables_finish() {
    let big = 1 << 20;
    for fill in [0x00u8, 0x40, 0x7f, 0x80, 0xc0, 0xf8, 0xff, 0xe8, 0xf0] {
        let t = vec![fill; big];
        for v in PyVersion::ALL {
            let code = code_object(v, 1, 4096, &t, &t);
            let _ = linetable::co_lines(&code);
            let _ = linetable::line_starts(&code);
            let _ = exctable::parse(&code);
            let _ = exctable::parse_lenient(&code.exceptiontable);
        }
        // Up to 8 positions per byte: keep this one small.
        let code = code_object(PyVersion::V3_12, u32::MAX, 0, &t[..1 << 16], &[]);
        let _ = linetable::co_positions(&code);
    }
}
