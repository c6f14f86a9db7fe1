//! Line tables and exception tables against the live CPython of each version.
//!
//! `tables_dump.py` compiles snippets and a sample of the stdlib with `python3.X`, walks
//! every code object and prints its raw tables with what CPython derives from them
//! (`co_lines`, `co_positions`, `dis.findlinestarts`, `dis._parse_exception_table`), plus
//! code objects with synthesized tables (`code.replace`). Each is rebuilt as a
//! `CodeObject` here and every derived list compared.

mod support;

use std::process::Command;
use std::rc::Rc;

use krait_loader::exctable::{self, ExceptionEntry};
use krait_loader::linetable::{self, LineRange, Position};
use krait_loader::{CodeObject, PyStr, PyVersion};

const DUMP: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/tables_dump.py");

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
        ..CodeObject::empty(version, "f", "<test>")
    }
}

fn hex(s: &str) -> Vec<u8> {
    if s == "-" {
        return Vec::new();
    }
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}

/// A printed value: `N` is None; negative numbers (only from hand-made tables) are `None`
/// in krait's unsigned API.
fn opt(s: &str) -> Option<u32> {
    if s == "N" {
        return None;
    }
    let v: i64 = s.parse().unwrap();
    u32::try_from(v).ok()
}

fn fields(line: &str, tag: &str) -> Vec<String> {
    let mut it = line.split_ascii_whitespace();
    assert_eq!(it.next(), Some(tag), "dump out of step: {line:.80}");
    it.map(str::to_owned).collect()
}

struct Counts {
    real: usize,
    fuzzed: usize,
}

fn compare_version(v: PyVersion) -> Option<Counts> {
    let Some(py) = support::python(v) else {
        eprintln!("skipping {v}: python3.{} not found", v.minor());
        return None;
    };
    let out = Command::new(py)
        .arg(DUMP)
        .arg("100")
        .output()
        .expect("run python");
    assert!(
        out.status.success(),
        "{v}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines().peekable();
    let modern = v >= PyVersion::V3_11;
    let mut counts = Counts { real: 0, fuzzed: 0 };
    let mut failures = 0;
    while let Some(head) = lines.next() {
        let h = fields(head, "C");
        let real = h[0] == "R";
        let firstlineno: u32 = h[1].parse().unwrap();
        let codelen: usize = h[2].parse().unwrap();
        let lt = hex(&h[3]);
        let et = hex(&h[4]);
        let code = code_object(v, firstlineno, codelen, &lt, &et);
        let what = format!(
            "{v} {} firstlineno={firstlineno} linetable={} exctable={}",
            h[0], h[3], h[4]
        );

        let l = fields(lines.next().unwrap(), "L");
        let want: Vec<LineRange> = l
            .chunks(3)
            .map(|c| LineRange {
                start: c[0].parse().unwrap(),
                end: c[1].parse().unwrap(),
                line: opt(&c[2]),
            })
            .collect();
        let got = linetable::co_lines(&code);
        if got != want {
            failures += 1;
            eprintln!("co_lines differ: {what}\n  want {want:?}\n  got  {got:?}");
        }

        if modern {
            let p = fields(lines.next().unwrap(), "P");
            let want: Vec<Position> = p
                .chunks(4)
                .map(|c| Position {
                    lineno: opt(&c[0]),
                    end_lineno: opt(&c[1]),
                    col: opt(&c[2]),
                    end_col: opt(&c[3]),
                })
                .collect();
            let got = linetable::co_positions(&code);
            if got != want {
                failures += 1;
                eprintln!("co_positions differ: {what}\n  want {want:?}\n  got  {got:?}");
            }
        } else {
            // 3.10 has no co_positions: the derived one follows co_lines per code unit.
            let pos = linetable::co_positions(&code);
            assert_eq!(pos.len(), codelen / 2);
            for (i, p) in pos.iter().enumerate() {
                let off = (i * 2) as u32;
                let line = want
                    .iter()
                    .find(|r| r.start <= off && off < r.end)
                    .and_then(|r| r.line);
                assert_eq!(
                    (p.lineno, p.end_lineno, p.col),
                    (line, line, None),
                    "{what}"
                );
            }
        }

        let s = fields(lines.next().unwrap(), "S");
        let want: Vec<(u32, Option<u32>)> = s
            .chunks(2)
            .map(|c| (c[0].parse().unwrap(), opt(&c[1])))
            .collect();
        let got = linetable::line_starts(&code);
        // A hand-made table can give negative lines, which CPython keeps and krait's
        // unsigned lines make `None`: findlinestarts then differs by design.
        let negative = l.iter().any(|t| t.starts_with('-'));
        if got != want && !negative {
            failures += 1;
            eprintln!("line_starts differ: {what}\n  want {want:?}\n  got  {got:?}");
        }
        if real {
            for &(off, line) in &got {
                assert_eq!(
                    linetable::line_at(&code, off),
                    line,
                    "{what} line_at({off})"
                );
            }
        }

        if modern {
            let x = fields(lines.next().unwrap(), "X");
            let parsed: Option<Vec<ExceptionEntry>> = x
                .chunks(5)
                .map(|c| {
                    Some(ExceptionEntry {
                        start: c[0].parse().ok()?,
                        end: c[1].parse().ok()?,
                        target: c[2].parse().ok()?,
                        depth: c[3].parse().ok()?,
                        lasti: c[4] == "1",
                    })
                })
                .collect();
            // Python's ints are unbounded: fuzzed tables with huge values are not compared.
            if let Some(want) = parsed {
                if exctable::parse_lenient(&et) != want {
                    failures += 1;
                    eprintln!("parse_lenient differs: {what}");
                }
                if real {
                    match exctable::parse(&code) {
                        Ok(got) if got == want => {
                            assert_eq!(exctable::encode(&got), et, "{what}: encode");
                            for e in &got {
                                for off in [e.start, e.end - 2] {
                                    let h = exctable::find_handler(&got, off).unwrap();
                                    assert!(h.start <= off && off < h.end);
                                }
                            }
                        }
                        other => {
                            failures += 1;
                            eprintln!("parse differs: {what}\n  want {want:?}\n  got  {other:?}");
                        }
                    }
                }
            }
        } else {
            assert!(exctable::parse(&code).unwrap().is_empty());
        }

        if real {
            counts.real += 1;
        } else {
            counts.fuzzed += 1;
        }
        assert!(failures < 20, "too many differences");
    }
    assert_eq!(failures, 0, "{v}: {failures} differences");
    eprintln!(
        "{v}: {} compiled and {} synthesized code objects agree",
        counts.real, counts.fuzzed
    );
    Some(counts)
}

#[test]
fn tables_match_cpython_3_10() {
    if let Some(c) = compare_version(PyVersion::V3_10) {
        assert!(c.real > 3000);
    }
}

#[test]
fn tables_match_cpython_3_11() {
    if let Some(c) = compare_version(PyVersion::V3_11) {
        assert!(c.real > 3000);
    }
}

#[test]
fn tables_match_cpython_3_12() {
    if let Some(c) = compare_version(PyVersion::V3_12) {
        assert!(c.real > 3000);
    }
}

#[test]
fn tables_match_cpython_3_13() {
    if let Some(c) = compare_version(PyVersion::V3_13) {
        assert!(c.real > 3000);
    }
}
