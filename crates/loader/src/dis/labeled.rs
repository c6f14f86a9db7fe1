//! `dis.disassemble(co)` of CPython 3.13: `_make_labels_map` numbers every jump target and
//! every exception-table start, end and target as `L1`, `L2`, ... in offset order; the
//! `Formatter` prints a line-number column (`  --` for ranges without a line; 4 wide when
//! such ranges exist), a label column `4 + len(str(len(labels)))` wide, no offsets, opnames
//! longer than 20 eating into the oparg column, `CACHE` lines under `show_caches`, and the
//! `ExceptionTable:` section in labels.

use std::collections::HashMap;
use std::fmt::Write;

use super::decode::{self, Unit};
use super::{argrepr, ops};
use crate::CodeObject;

const OPNAME_WIDTH: usize = 20;
const OPARG_WIDTH: usize = 5;
const NO_LINENO: &str = "  --";

struct Layout {
    lineno_width: usize,
    label_width: usize,
}

/// Whether the line starts a source line and, if so, its number (`None` prints `  --`).
type LineStart = Option<Option<i64>>;

/// The fields of one printed instruction.
struct Row<'a> {
    start: LineStart,
    label: Option<usize>,
    offset: u32,
    name: &'a str,
    arg: Option<i64>,
    argrepr: &'a str,
}

/// `Formatter.print_instruction_line(instr, False)`.
fn line(out: &mut String, lay: &Layout, row: &Row) {
    let Row {
        start,
        label,
        offset,
        name,
        arg,
        argrepr,
    } = *row;
    if lay.lineno_width > 0 && start.is_some() && offset > 0 {
        out.push('\n');
    }
    let begin = out.len();
    let w = lay.lineno_width;
    if w > 0 {
        match start {
            Some(Some(l)) => {
                let _ = write!(out, "{l:>w$} ");
            }
            Some(None) => {
                let _ = write!(out, "{NO_LINENO:>w$} ");
            }
            None => {
                let _ = write!(out, "{:w$} ", "");
            }
        }
    }
    let lw = lay.label_width;
    match label {
        Some(l) => {
            let _ = write!(out, "{:>lw$} ", format!("L{l}:"));
        }
        None => {
            let _ = write!(out, "{:lw$} ", "");
        }
    }
    let _ = write!(out, "    {name:<OPNAME_WIDTH$}");
    if let Some(arg) = arg {
        let excess = name.chars().count().saturating_sub(OPNAME_WIDTH);
        let aw = OPARG_WIDTH.saturating_sub(excess);
        let _ = write!(out, " {arg:>aw$}");
        if !argrepr.is_empty() {
            let _ = write!(out, " ({argrepr})");
        }
    }
    let kept = out[begin..].trim_end().len();
    out.truncate(begin + kept);
    out.push('\n');
}

/// `dis._get_lineno_width(linestarts)`.
fn lineno_width(linestarts: &HashMap<u32, Option<i64>>) -> usize {
    // `max(filter(None, values), default=-1)`: line 0 counts as missing too.
    let max = linestarts
        .values()
        .flatten()
        .copied()
        .filter(|&l| l != 0)
        .max()
        .unwrap_or(-1);
    if max == -1 {
        return 0;
    }
    let width = max.to_string().len().max(3);
    if width < NO_LINENO.len() && linestarts.values().any(Option::is_none) {
        NO_LINENO.len()
    } else {
        width
    }
}

/// Disassembles one code object (no recursion) into `out`.
pub(crate) fn disassemble(code: &CodeObject, show_caches: bool, out: &mut String) {
    let v = code.version;
    let units: Vec<Unit> = decode::unpack(v, &decode::co_code(v, &code.code));
    let linestarts = decode::linestarts(code);
    let entries = decode::exception_entries(code);

    let mut offsets = decode::findlabels(v, &units);
    for e in &entries {
        offsets.extend([e.start, e.end, e.target].map(i64::from));
    }
    offsets.sort_unstable();
    offsets.dedup();
    let labels: HashMap<i64, usize> = offsets
        .iter()
        .enumerate()
        .map(|(i, &o)| (o, i + 1))
        .collect();
    let lay = Layout {
        lineno_width: lineno_width(&linestarts),
        label_width: 4 + labels.len().to_string().len(),
    };

    for u in &units {
        let start = linestarts.get(&u.offset).copied();
        let info = ops::info(v, u.op);
        let repr = match u.arg {
            Some(arg) => argrepr::argrepr(code, info, u.offset, arg, Some(&labels)),
            None => String::new(),
        };
        let label = labels.get(&i64::from(u.offset)).copied();
        let row = Row {
            start,
            label,
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
                    // co_code's caches are always zeroed by CPython.
                    let repr = if i == 0 {
                        format!("{name}: 0")
                    } else {
                        String::new()
                    };
                    let row = Row {
                        start: None,
                        label: None,
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
        let l = |o: u32| labels.get(&i64::from(o)).copied().unwrap_or_default();
        for e in &entries {
            let lasti = if e.lasti { " lasti" } else { "" };
            let _ = writeln!(
                out,
                "  L{} to L{} -> L{} [{}]{lasti}",
                l(e.start),
                l(e.end),
                l(e.target),
                e.depth
            );
        }
    }
}
