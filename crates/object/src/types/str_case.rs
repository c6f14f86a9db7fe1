//! `str` case mapping (`upper`, `lower`, `casefold`, `swapcase`, `title`, `capitalize`)
//! and the `is*` predicates.
//!
//! Case mappings use Rust's `char` full mappings (the Unicode version of the Rust
//! toolchain; CPython 3.11 has Unicode 14.0 — they agree for every assigned 14.0 code
//! point except the few cased letters added later). Title case is Rust's upper case except
//! for the code points whose title form differs (digraphs, ligatures, `ß`), tabled here.
//! `casefold` is `lower` plus the full case folds that differ from it (tabled).
//! The category predicates (`isalpha`, `isdecimal`, `isdigit`, `isnumeric`, identifiers)
//! come from tables generated from CPython 3.11 (`unicode_tables.rs`).

use crate::args::Args;
use crate::error::PyResult;
use crate::interp::Interp;
use crate::types::seqalgo::positional;
use crate::types::str::{new_str_data, new_string, StrData};
use crate::types::str_methods::this;
use crate::types::unicode_tables as tables;
use crate::value::Value;

fn in_table(t: &[(u32, u32)], c: u32) -> bool {
    let i = t.partition_point(|&(a, _)| a <= c);
    i > 0 && c <= t[i - 1].1
}

pub fn is_alpha(c: u32) -> bool {
    if c < 0x80 {
        return (c as u8).is_ascii_alphabetic();
    }
    in_table(tables::ALPHA, c)
}
pub fn is_decimal(c: u32) -> bool {
    in_table(tables::DECIMAL, c)
}
pub fn is_digit(c: u32) -> bool {
    in_table(tables::DIGIT, c)
}
pub fn is_numeric(c: u32) -> bool {
    in_table(tables::NUMERIC, c)
}
pub fn is_alnum(c: u32) -> bool {
    is_alpha(c) || is_numeric(c)
}

fn ch(c: u32) -> Option<char> {
    char::from_u32(c)
}
pub fn is_lower(c: u32) -> bool {
    ch(c).is_some_and(char::is_lowercase)
}
pub fn is_upper(c: u32) -> bool {
    ch(c).is_some_and(char::is_uppercase)
}
/// Titlecase letters (category Lt).
pub fn is_title(c: u32) -> bool {
    matches!(
        c,
        0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf
            | 0x1fbc | 0x1fcc | 0x1ffc
    )
}
pub fn is_cased(c: u32) -> bool {
    is_lower(c) || is_upper(c) || is_title(c)
}

fn push_upper(out: &mut Vec<u32>, c: u32) {
    match ch(c) {
        Some(x) => out.extend(x.to_uppercase().map(u32::from)),
        None => out.push(c),
    }
}
fn push_lower(out: &mut Vec<u32>, c: u32) {
    match ch(c) {
        Some(x) => out.extend(x.to_lowercase().map(u32::from)),
        None => out.push(c),
    }
}

/// Title case where it is not the upper case.
fn push_title(out: &mut Vec<u32>, c: u32) {
    let t: &[u32] = match c {
        0x1c4..=0x1c6 => &[0x1c5],
        0x1c7..=0x1c9 => &[0x1c8],
        0x1ca..=0x1cc => &[0x1cb],
        0x1f1..=0x1f3 => &[0x1f2],
        0xdf => &[0x53, 0x73],
        0xfb00 => &[0x46, 0x66],
        0xfb01 => &[0x46, 0x69],
        0xfb02 => &[0x46, 0x6c],
        0xfb03 => &[0x46, 0x66, 0x69],
        0xfb04 => &[0x46, 0x66, 0x6c],
        0xfb05 | 0xfb06 => &[0x53, 0x74],
        0x587 => &[0x535, 0x582],
        0x1f80..=0x1faf if c & 0xf >= 8 => &[],
        0x1f80..=0x1faf => return out.push(c + 8),
        0x1fb3 => &[0x1fbc],
        0x1fc3 => &[0x1fcc],
        0x1ff3 => &[0x1ffc],
        _ => return push_upper(out, c),
    };
    if t.is_empty() {
        out.push(c);
    } else {
        out.extend_from_slice(t);
    }
}

/// Whether a capital sigma at `k` is word-final (`lower` gives ς): preceded by a cased
/// letter and not followed by one, skipping case-ignorable code points.
fn final_sigma(cps: &[u32], k: usize) -> bool {
    let ignorable = |c: u32| {
        matches!(
            c,
            0x27 | 0x2e | 0x3a | 0x5e | 0x60 | 0xa8 | 0xad | 0xaf | 0xb4 | 0xb7 | 0xb8 | 0x2019
        ) || (0x300..=0x36f).contains(&c)
    };
    let before = cps[..k]
        .iter()
        .rev()
        .find(|&&c| !ignorable(c))
        .is_some_and(|&c| is_cased(c));
    let after = cps[k + 1..]
        .iter()
        .find(|&&c| !ignorable(c))
        .is_some_and(|&c| is_cased(c));
    before && !after
}

fn lower_at(out: &mut Vec<u32>, cps: &[u32], k: usize) {
    if cps[k] == 0x3a3 && final_sigma(cps, k) {
        out.push(0x3c2);
    } else {
        push_lower(out, cps[k]);
    }
}

fn build(out: Vec<u32>) -> Value {
    new_str_data(StrData::from_code_points(out))
}

fn no_args<'a>(args: Args<'a>, name: &str) -> PyResult<&'a StrData> {
    let s = this(args.pos().first().unwrap_or(&Value::None))?;
    positional(args, name, 0, 0)?;
    Ok(s)
}

pub fn upper(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(args, "str.upper")?;
    if let Some(t) = s.as_str() {
        return Ok(new_string(t.to_uppercase()));
    }
    let mut out = Vec::new();
    s.code_points().for_each(|c| push_upper(&mut out, c));
    Ok(build(out))
}

pub fn lower(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(args, "str.lower")?;
    if let Some(t) = s.as_str() {
        return Ok(new_string(t.to_lowercase()));
    }
    let cps: Vec<u32> = s.code_points().collect();
    let mut out = Vec::new();
    (0..cps.len()).for_each(|k| lower_at(&mut out, &cps, k));
    Ok(build(out))
}

/// Full case folds that differ from the lower case mapping.
fn push_fold(out: &mut Vec<u32>, cps: &[u32], k: usize) {
    let t: &[u32] = match cps[k] {
        0xdf => &[0x73, 0x73],
        0x1e9e => &[0x73, 0x73],
        0x17f => &[0x73],
        0x3c2 | 0x3a3 => &[0x3c3],
        0x130 => &[0x69, 0x307],
        0x149 => &[0x2bc, 0x6e],
        0x1f0 => &[0x6a, 0x30c],
        0x390 => &[0x3b9, 0x308, 0x301],
        0x3b0 => &[0x3c5, 0x308, 0x301],
        0x587 => &[0x565, 0x582],
        0x3d0 => &[0x3b2],
        0x3d1 => &[0x3b8],
        0x3d5 => &[0x3c6],
        0x3d6 => &[0x3c0],
        0x3f0 => &[0x3ba],
        0x3f1 => &[0x3c1],
        0x3f5 => &[0x3b5],
        0x345 => &[0x3b9],
        0x1e9b => &[0x1e61],
        0x1fbe => &[0x3b9],
        0xfb00 => &[0x66, 0x66],
        0xfb01 => &[0x66, 0x69],
        0xfb02 => &[0x66, 0x6c],
        0xfb03 => &[0x66, 0x66, 0x69],
        0xfb04 => &[0x66, 0x66, 0x6c],
        0xfb05 | 0xfb06 => &[0x73, 0x74],
        0xb5 => &[0x3bc],
        // Greek with a multi-letter upper case (iota subscript, accents): the fold is
        // the lower case of the upper case.
        c @ 0x1f50..=0x1fff if char::from_u32(c).is_some_and(|x| x.to_uppercase().count() > 1) => {
            let up: Vec<u32> = char::from_u32(c)
                .map(|x| x.to_uppercase().map(u32::from).collect())
                .unwrap_or_default();
            up.into_iter().for_each(|u| push_lower(out, u));
            return;
        }
        0x13a0..=0x13f5 => return out.push(cps[k]),
        0x13f8..=0x13fd => return out.push(cps[k] - 8),
        0xab70..=0xabbf => return out.push(cps[k] - 0xab70 + 0x13a0),
        _ => return push_lower(out, cps[k]),
    };
    out.extend_from_slice(t);
}

pub fn casefold(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(args, "str.casefold")?;
    let cps: Vec<u32> = s.code_points().collect();
    let mut out = Vec::new();
    (0..cps.len()).for_each(|k| push_fold(&mut out, &cps, k));
    Ok(build(out))
}

pub fn swapcase(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(args, "str.swapcase")?;
    let cps: Vec<u32> = s.code_points().collect();
    let mut out = Vec::new();
    for (k, &c) in cps.iter().enumerate() {
        if is_upper(c) {
            lower_at(&mut out, &cps, k);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Ok(build(out))
}

pub fn title(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(args, "str.title")?;
    let cps: Vec<u32> = s.code_points().collect();
    let mut out = Vec::new();
    let mut prev_cased = false;
    for (k, &c) in cps.iter().enumerate() {
        if prev_cased {
            lower_at(&mut out, &cps, k);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    Ok(build(out))
}

pub fn capitalize(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(args, "str.capitalize")?;
    let cps: Vec<u32> = s.code_points().collect();
    let mut out = Vec::new();
    for k in 0..cps.len() {
        if k == 0 {
            push_title(&mut out, cps[0]);
        } else {
            lower_at(&mut out, &cps, k);
        }
    }
    Ok(build(out))
}

// ---- predicates ----

fn all_of(args: Args<'_>, name: &str, f: impl Fn(u32) -> bool) -> PyResult<Value> {
    let s = no_args(args, name)?;
    Ok(Value::Bool(!s.is_empty() && s.code_points().all(f)))
}

pub fn isalpha(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    all_of(args, "str.isalpha", is_alpha)
}
pub fn isalnum(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    all_of(args, "str.isalnum", is_alnum)
}
pub fn isdecimal(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    all_of(args, "str.isdecimal", is_decimal)
}
pub fn isdigit(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    all_of(args, "str.isdigit", is_digit)
}
pub fn isnumeric(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    all_of(args, "str.isnumeric", is_numeric)
}
pub fn isspace(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    all_of(args, "str.isspace", crate::num::unicode_is_space)
}
pub fn isascii(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(args, "str.isascii")?;
    Ok(Value::Bool(s.is_ascii()))
}
pub fn isprintable(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(args, "str.isprintable")?;
    let v = i.version();
    Ok(Value::Bool(
        s.code_points()
            .all(|c| krait_loader::repr::is_printable(c, v)),
    ))
}
pub fn isidentifier(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(args, "str.isidentifier")?;
    let mut it = s.code_points();
    let ok = match it.next() {
        None => false,
        Some(c) => in_table(tables::XID_START, c) && it.all(|c| in_table(tables::XID_CONTINUE, c)),
    };
    Ok(Value::Bool(ok))
}

pub fn islower(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(args, "str.islower")?;
    let mut cased = false;
    for c in s.code_points() {
        if is_upper(c) || is_title(c) {
            return Ok(Value::Bool(false));
        }
        cased |= is_lower(c);
    }
    Ok(Value::Bool(cased))
}
pub fn isupper(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(args, "str.isupper")?;
    let mut cased = false;
    for c in s.code_points() {
        if is_lower(c) || is_title(c) {
            return Ok(Value::Bool(false));
        }
        cased |= is_upper(c);
    }
    Ok(Value::Bool(cased))
}
pub fn istitle(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = no_args(args, "str.istitle")?;
    let (mut cased, mut prev_cased) = (false, false);
    for c in s.code_points() {
        if is_upper(c) || is_title(c) {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}
