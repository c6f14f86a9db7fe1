//! `dis.disassemble(co)` of CPython 3.10, 3.11 and 3.12: `_disassemble_bytes` with
//! `Instruction._disassemble` — a 3-wide (or wider, past line 999) line-number column, a
//! `>>` marker on jump targets (3.11+: also exception-table targets of non-empty ranges),
//! offsets right-aligned to 4 (wider past offset 9999), `CACHE` lines under `show_caches`
//! (3.11: bare; 3.12: `name: value` on the first unit of each cache field) and the
//! `ExceptionTable:` section with inclusive end offsets.

use std::collections::HashSet;
use std::fmt::Write;

use super::decode::{self, Unit};
use super::{argrepr, ops};
use crate::{CodeObject, PyVersion};

const OPNAME_WIDTH: usize = 20;
const OPARG_WIDTH: usize = 5;

struct Layout {
    lineno_width: usize,
    offset_width: usize,
}

/// The fields of one printed instruction.
struct Row<'a> {
    starts_line: Option<i64>,
    jump_target: bool,
    offset: u32,
    name: &'a str,
    arg: Option<i64>,
    argrepr: &'a str,
}

/// `Instruction._disassemble(lineno_width, False, offset_width)`.
fn line(out: &mut String, lay: &Layout, row: &Row) {
    let Row {
        starts_line,
        jump_target,
        offset,
        name,
        arg,
        argrepr,
    } = *row;
    let start = out.len();
    if lay.lineno_width > 0 {
        match starts_line {
            Some(l) => {
                let _ = write!(out, "{l:>w$} ", w = lay.lineno_width);
            }
            None => {
                let _ = write!(out, "{:w$} ", "", w = lay.lineno_width);
            }
        }
    }
    out.push_str("    ");
    out.push_str(if jump_target { ">> " } else { "   " });
    let _ = write!(
        out,
        "{offset:>w$} {name:<OPNAME_WIDTH$}",
        w = lay.offset_width
    );
    if let Some(arg) = arg {
        let _ = write!(out, " {arg:>OPARG_WIDTH$}");
        if !argrepr.is_empty() {
            let _ = write!(out, " ({argrepr})");
        }
    }
    let kept = out[start..].trim_end().len();
    out.truncate(start + kept);
    out.push('\n');
}

/// Disassembles one code object (no recursion) into `out`.
pub(crate) fn disassemble(code: &CodeObject, show_caches: bool, out: &mut String) {
    let v = code.version;
    let show_caches = show_caches && v >= PyVersion::V3_11;
    let units: Vec<Unit> = decode::unpack(v, &decode::co_code(v, &code.code));
    let linestarts = decode::linestarts(code);
    let lines = linestarts.values().flatten().copied();
    let lineno_width = match lines.max() {
        None => 0,
        Some(max) if max >= 1000 => max.to_string().len(),
        Some(_) => 3,
    };
    let maxoffset = code.code.len() as i64 - 2;
    let offset_width = if maxoffset >= 10000 {
        maxoffset.to_string().len()
    } else {
        4
    };
    let lay = Layout {
        lineno_width,
        offset_width,
    };

    let entries = decode::exception_entries(code);
    let mut labels: HashSet<i64> = decode::findlabels(v, &units).into_iter().collect();
    labels.extend(
        entries
            .iter()
            .filter(|e| e.start < e.end)
            .map(|e| i64::from(e.target)),
    );

    for u in &units {
        let info = ops::info(v, u.op);
        let starts_line = linestarts.get(&u.offset).copied().flatten();
        if lineno_width > 0 && starts_line.is_some() && u.offset > 0 {
            out.push('\n');
        }
        let repr = match u.arg {
            Some(arg) => argrepr::argrepr(code, info, u.offset, arg, None),
            None => String::new(),
        };
        let row = Row {
            starts_line,
            jump_target: labels.contains(&i64::from(u.offset)),
            offset: u.offset,
            name: &info.name,
            arg: u.arg,
            argrepr: &repr,
        };
        line(out, &lay, &row);
        if show_caches && info.caches > 0 {
            let mut offset = u.offset;
            for &(name, size) in &info.cache_format {
                for i in 0..size {
                    offset += 2;
                    // 3.11 labels only quickened instructions' caches, never those of
                    // co_code; 3.12 labels the first unit of each field. co_code's caches
                    // are always zeroed by CPython, so every value reads 0.
                    let repr = if v >= PyVersion::V3_12 && i == 0 {
                        format!("{name}: 0")
                    } else {
                        String::new()
                    };
                    let row = Row {
                        starts_line: None,
                        jump_target: false,
                        offset,
                        name: "CACHE",
                        arg: Some(0),
                        argrepr: &repr,
                    };
                    line(out, &lay, &row);
                }
            }
        }
    }

    if !entries.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &entries {
            let lasti = if e.lasti { " lasti" } else { "" };
            let end = i64::from(e.end) - 2;
            let _ = writeln!(
                out,
                "  {} to {end} -> {} [{}]{lasti}",
                e.start, e.target, e.depth
            );
        }
    }
}
