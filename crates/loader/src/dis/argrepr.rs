//! `argrepr` of one instruction: the `if arg is not None:` block of 3.10–3.12's
//! `_get_instructions_bytes` and 3.13's `ArgResolver.get_argval_argrepr`, driven by the
//! [`Kind`] table. Where CPython would raise (an index out of range in hostile input),
//! krait prints `<bad index N>` instead of failing.

use std::collections::HashMap;

use super::decode;
use super::kinds::{self, Kind, CMP_OP, CONVERTERS, FUNCTION_FLAGS, INTRINSIC_1, NB_OPS};
use super::ops::OpInfo;
use super::setorder;
use crate::{repr, CodeObject, PyStr, PyVersion};

/// Python's `seq[i]`, negative indices counting from the end.
fn py_index<T>(seq: &[T], i: i64) -> Option<&T> {
    let len = seq.len() as i64;
    let i = if i < 0 { i.checked_add(len)? } else { i };
    if (0..len).contains(&i) {
        seq.get(i as usize)
    } else {
        None
    }
}

fn bad(i: i64) -> String {
    format!("<bad index {i}>")
}

fn name_at(names: &[PyStr], i: i64) -> String {
    py_index(names, i).map_or_else(|| bad(i), PyStr::to_string_lossy)
}

fn str_at(table: &[&str], i: i64) -> String {
    py_index(table, i).map_or_else(|| bad(i), |s| (*s).to_string())
}

/// 3.10: `co_cellvars + co_freevars`; 3.11+: `co._varname_from_oparg`.
fn free_name(code: &CodeObject, i: i64) -> String {
    if code.version >= PyVersion::V3_11 {
        return name_at(&code.localsplusnames, i);
    }
    let cells = code.cellvars.len() as i64;
    let total = cells + code.freevars.len() as i64;
    let i = if i < 0 { i + total } else { i };
    if !(0..total).contains(&i) {
        bad(i)
    } else if i < cells {
        code.cellvars[i as usize].to_string_lossy()
    } else {
        code.freevars[(i - cells) as usize].to_string_lossy()
    }
}

/// 3.10: `co_varnames`; 3.11+: `co._varname_from_oparg`.
fn local_name(code: &CodeObject, i: i64) -> String {
    if code.version >= PyVersion::V3_11 {
        name_at(&code.localsplusnames, i)
    } else {
        name_at(&code.varnames, i)
    }
}

fn flags(arg: i64) -> String {
    FUNCTION_FLAGS
        .iter()
        .enumerate()
        .filter(|&(i, _)| arg & (1 << i) != 0)
        .map(|(_, s)| *s)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Prefix (3.11–3.12) or suffix (3.13) marking the NULL / self pushed by LOAD_GLOBAL and
/// LOAD_ATTR.
fn with_null(v: PyVersion, name: String, what: &str) -> String {
    if v >= PyVersion::V3_13 {
        format!("{name} + {what}")
    } else {
        format!("{what} + {name}")
    }
}

/// The argrepr of an instruction with oparg `arg` at `offset`. `labels` is 3.13's
/// offset → label map (jumps print `to L<n>`); before 3.13 jumps print `to <offset>`.
pub(crate) fn argrepr(
    code: &CodeObject,
    info: &OpInfo,
    offset: u32,
    arg: i64,
    labels: Option<&HashMap<i64, usize>>,
) -> String {
    let v = code.version;
    match info.kind {
        Kind::Plain | Kind::ConstHidden => String::new(),
        Kind::Const => match py_index(&code.consts, arg) {
            Some(c) => match setorder::cpython_order(c, v) {
                Some(ordered) => repr::const_repr_v(&ordered, v),
                None => repr::const_repr_v(c, v),
            },
            None => bad(arg),
        },
        Kind::Name => name_at(&code.names, arg),
        Kind::Global | Kind::Attr | Kind::SuperAttr => {
            let (shift, what) = match info.kind {
                Kind::Global => (1, "NULL"),
                Kind::Attr => (1, "NULL|self"),
                _ => (2, "NULL|self"),
            };
            let name = name_at(&code.names, arg >> shift);
            if arg & 1 != 0 && !name.is_empty() {
                with_null(v, name, what)
            } else {
                name
            }
        }
        Kind::JumpRel | Kind::JumpAbs => {
            let target = decode::jump_target(v, info, offset, arg).unwrap_or_default();
            match labels {
                Some(map) => match map.get(&target) {
                    Some(l) => format!("to L{l}"),
                    None => format!("to {target}"),
                },
                None => format!("to {target}"),
            }
        }
        Kind::Local => local_name(code, arg),
        Kind::Free => free_name(code, arg),
        Kind::LocalPair => format!(
            "{}, {}",
            local_name(code, arg >> 4),
            local_name(code, arg & 15)
        ),
        Kind::Compare => match v {
            PyVersion::V3_10 | PyVersion::V3_11 => str_at(&CMP_OP, arg),
            PyVersion::V3_12 => str_at(&CMP_OP, arg >> 4),
            PyVersion::V3_13 => {
                let op = str_at(&CMP_OP, arg >> 5);
                if arg & 16 != 0 {
                    format!("bool({op})")
                } else {
                    op
                }
            }
        },
        Kind::FormatValue => {
            let mut s = CONVERTERS[(arg & 3) as usize].to_string();
            if arg & 4 != 0 {
                if !s.is_empty() {
                    s.push_str(", ");
                }
                s.push_str("with format");
            }
            s
        }
        Kind::MakeFunction | Kind::SetFunctionAttribute => flags(arg),
        Kind::ConvertValue => str_at(&CONVERTERS, arg),
        Kind::BinaryOp => str_at(&NB_OPS, arg),
        Kind::Intrinsic1 => str_at(&INTRINSIC_1, arg),
        Kind::Intrinsic2 => str_at(kinds::intrinsic_2(v), arg),
    }
}
