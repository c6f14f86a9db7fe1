//! `str` methods that search, split, strip, pad and replace. Each works on the string's
//! units: its bytes when the operands are ASCII (byte index = code point index), its code
//! points otherwise (see [`with_units2`]), through the shared algorithms of `seqalgo`.

use crate::args::Args;
use crate::error::{index_error, type_error, value_error, PyResult};
use crate::interp::Interp;
use crate::object::Payload;
use crate::protocol;
use crate::types::list::new_list;
use crate::types::seqalgo::{self as algo, adjust, keywords, positional, slice_index};
use crate::types::str::{new_str, new_str_data, StrData};
use crate::types::tuple::new_tuple;
use crate::value::Value;

/// Builds a str from units.
pub trait MakeStr {
    fn mk(&self) -> Value;
}
impl MakeStr for [u8] {
    fn mk(&self) -> Value {
        // Only ASCII bytes reach here (str units), so this is always valid UTF-8.
        new_str(std::str::from_utf8(self).unwrap_or(""))
    }
}
impl MakeStr for [u32] {
    fn mk(&self) -> Value {
        new_str_data(StrData::from_code_points(self.iter().copied()))
    }
}

/// Runs `$body` with `$x`, `$y` the units of two strs: bytes if both are ASCII, else
/// code points.
macro_rules! with_units2 {
    ($a:expr, $b:expr, |$x:ident, $y:ident| $body:expr) => {
        if $a.is_ascii() && $b.is_ascii() {
            let $x: &[u8] = $a.as_bytes();
            let $y: &[u8] = $b.as_bytes();
            $body
        } else {
            let xa: Vec<u32> = $a.code_points().collect();
            let yb: Vec<u32> = $b.code_points().collect();
            let $x: &[u32] = &xa;
            let $y: &[u32] = &yb;
            $body
        }
    };
}

/// Runs `$body` with `$x` the units of one str.
macro_rules! with_units {
    ($a:expr, |$x:ident| $body:expr) => {
        if $a.is_ascii() {
            let $x: &[u8] = $a.as_bytes();
            $body
        } else {
            let xa: Vec<u32> = $a.code_points().collect();
            let $x: &[u32] = &xa;
            $body
        }
    };
}

pub fn this(v: &Value) -> PyResult<&StrData> {
    v.as_str_data()
        .ok_or_else(|| type_error("descriptor requires a 'str' object"))
}

fn self_of<'a>(args: &Args<'a>) -> PyResult<&'a StrData> {
    this(args.pos().first().unwrap_or(&Value::None))
}

/// A str argument: `must be str, not X`.
pub fn str_arg(v: &Value) -> PyResult<&StrData> {
    v.as_str_data()
        .ok_or_else(|| type_error(format!("must be str, not {}", v.class_name())))
}

fn int_arg(i: &mut dyn Interp, v: &Value) -> PyResult<i64> {
    protocol::index_i64(i, v)
}

// ---- find / index / count ----

fn find_impl(i: &mut dyn Interp, args: Args<'_>, name: &str, rev: bool) -> PyResult<Option<usize>> {
    let s = self_of(&args)?;
    let rest = algo::positional_old(args, name, 1, 3)?;
    let sub = str_arg(&rest[0])?;
    let start = slice_index(i, rest.get(1))?;
    let end = slice_index(i, rest.get(2))?;
    let (a, b) = adjust(start, end, s.len());
    Ok(with_units2!(s, sub, |h, n| if rev {
        algo::rfind(h, n, a, b)
    } else {
        algo::find(h, n, a, b)
    }))
}

fn pos_value(p: Option<usize>) -> Value {
    Value::Int(p.map_or(-1, |p| p as i64))
}

pub fn find(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(pos_value(find_impl(i, args, "find", false)?))
}
pub fn rfind(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(pos_value(find_impl(i, args, "rfind", true)?))
}
pub fn index(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    find_impl(i, args, "index", false)?
        .map(|p| Value::Int(p as i64))
        .ok_or_else(|| value_error("substring not found"))
}
pub fn rindex(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    find_impl(i, args, "rindex", true)?
        .map(|p| Value::Int(p as i64))
        .ok_or_else(|| value_error("substring not found"))
}

pub fn count(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = self_of(&args)?;
    let rest = algo::positional_old(args, "count", 1, 3)?;
    let sub = str_arg(&rest[0])?;
    let start = slice_index(i, rest.get(1))?;
    let end = slice_index(i, rest.get(2))?;
    let (a, b) = adjust(start, end, s.len());
    Ok(Value::Int(
        with_units2!(s, sub, |h, n| algo::count(h, n, a, b)) as i64,
    ))
}

fn starts_ends(i: &mut dyn Interp, args: Args<'_>, name: &str, tail: bool) -> PyResult<Value> {
    let s = self_of(&args)?;
    let rest = algo::positional_old(args, name, 1, 3)?;
    let start = slice_index(i, rest.get(1))?;
    let end = slice_index(i, rest.get(2))?;
    let (a, b) = adjust(start, end, s.len());
    let test = |p: &StrData| with_units2!(s, p, |h, n| algo::tailmatch(h, n, a, b, tail));
    if let Some(p) = rest[0].as_str_data() {
        return Ok(Value::Bool(test(p)));
    }
    if let Some(Payload::Tuple(items)) = rest[0].payload() {
        for it in items.iter() {
            let Some(p) = it.as_str_data() else {
                return Err(type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    it.class_name()
                )));
            };
            if test(p) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    Err(type_error(format!(
        "{name} first arg must be str or a tuple of str, not {}",
        rest[0].class_name()
    )))
}

pub fn startswith(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    starts_ends(i, args, "startswith", false)
}
pub fn endswith(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    starts_ends(i, args, "endswith", true)
}

// ---- split / partition / splitlines ----

fn is_ws_unit<T: Copy + Into<u32>>(u: &T) -> bool {
    crate::num::unicode_is_space((*u).into())
}

fn split_impl(i: &mut dyn Interp, args: Args<'_>, name: &str, rev: bool) -> PyResult<Value> {
    let s = self_of(&args)?;
    let a = keywords(args, name, &["sep", "maxsplit"], 0)?;
    let maxsplit = match a[1] {
        Some(v) => int_arg(i, v)?,
        None => -1,
    };
    let parts: Vec<Value> = match a[0].filter(|v| !v.is_none()) {
        None => with_units!(s, |h| {
            let r = if rev {
                algo::rsplit_ws(h, maxsplit, is_ws_unit)
            } else {
                algo::split_ws(h, maxsplit, is_ws_unit)
            };
            r.into_iter().map(|(x, y)| h[x..y].mk()).collect()
        }),
        Some(sv) => {
            let sep = sv.as_str_data().ok_or_else(|| {
                type_error(format!("must be str or None, not {}", sv.class_name()))
            })?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            with_units2!(s, sep, |h, n| {
                let r = if rev {
                    algo::rsplit_sep(h, n, maxsplit)
                } else {
                    algo::split_sep(h, n, maxsplit)
                };
                r.into_iter().map(|(x, y)| h[x..y].mk()).collect()
            })
        }
    };
    Ok(new_list(parts))
}

pub fn split(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    split_impl(i, args, "split()", false)
}
pub fn rsplit(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    split_impl(i, args, "rsplit()", true)
}

fn partition_impl(args: Args<'_>, name: &str, rev: bool) -> PyResult<Value> {
    let s = self_of(&args)?;
    let rest = positional(args, name, 1, 1)?;
    let sep = str_arg(&rest[0])?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let parts = with_units2!(s, sep, |h, n| {
        let p = if rev {
            algo::rfind(h, n, 0, h.len())
        } else {
            algo::find(h, n, 0, h.len())
        };
        match p {
            Some(p) => [h[..p].mk(), n.mk(), h[p + n.len()..].mk()],
            None if rev => [new_str(""), new_str(""), h.mk()],
            None => [h.mk(), new_str(""), new_str("")],
        }
    });
    Ok(new_tuple(parts.to_vec()))
}

pub fn partition(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    partition_impl(args, "str.partition", false)
}
pub fn rpartition(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    partition_impl(args, "str.rpartition", true)
}

/// Line boundaries of `str.splitlines`.
pub fn is_linebreak(c: u32) -> bool {
    matches!(
        c,
        0x0a | 0x0b | 0x0c | 0x0d | 0x1c | 0x1d | 0x1e | 0x85 | 0x2028 | 0x2029
    )
}

pub fn splitlines(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = self_of(&args)?;
    let a = keywords(args, "splitlines()", &["keepends"], 0)?;
    let keep = match a[0] {
        Some(v) => int_arg(i, v)? != 0,
        None => false,
    };
    let parts: Vec<Value> = with_units!(s, |h| algo::splitlines(h, keep, is_linebreak)
        .into_iter()
        .map(|(x, y)| h[x..y].mk())
        .collect());
    Ok(new_list(parts))
}

// ---- strip / replace / affixes ----

// The units are u8 or u32 (one `with_units!` body for both): `.into()` is needed for u8.
#[allow(clippy::useless_conversion)]
fn strip_impl(args: Args<'_>, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let s = self_of(&args)?;
    let rest = positional(args, name, 0, 1)?;
    let chars: Option<Vec<u32>> = match rest.first() {
        Some(v) if !v.is_none() => Some(
            v.as_str_data()
                .ok_or_else(|| type_error(format!("{name} arg must be None or str")))?
                .code_points()
                .collect(),
        ),
        _ => None,
    };
    Ok(with_units!(s, |h| {
        let (a, b) = algo::strip_range(h, left, right, |&u| {
            let c: u32 = u.into();
            match &chars {
                Some(set) => set.contains(&c),
                None => crate::num::unicode_is_space(c),
            }
        });
        h[a..b].mk()
    }))
}

pub fn strip(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    strip_impl(args, "strip", true, true)
}
pub fn lstrip(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    strip_impl(args, "lstrip", true, false)
}
pub fn rstrip(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    strip_impl(args, "rstrip", false, true)
}

pub fn replace(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = self_of(&args)?;
    let rest = positional(args, "replace", 2, 3)?;
    let arg = |k: usize| {
        rest[k].as_str_data().ok_or_else(|| {
            type_error(format!(
                "replace() argument {} must be str, not {}",
                k + 1,
                rest[k].class_name()
            ))
        })
    };
    let (old, new) = (arg(0)?, arg(1)?);
    let count = match rest.get(2) {
        Some(v) => int_arg(i, v)?,
        None => -1,
    };
    if s.is_ascii() && old.is_ascii() && new.is_ascii() {
        let r = algo::replace(s.as_bytes(), old.as_bytes(), new.as_bytes(), count);
        return Ok(r[..].mk());
    }
    let (h, o, n): (Vec<u32>, Vec<u32>, Vec<u32>) = (
        s.code_points().collect(),
        old.code_points().collect(),
        new.code_points().collect(),
    );
    Ok(algo::replace(&h, &o, &n, count)[..].mk())
}

fn affix(args: Args<'_>, name: &str, suffix: bool) -> PyResult<Value> {
    let s = self_of(&args)?;
    let rest = positional(args, &format!("str.{name}"), 1, 1)?;
    let p = rest[0].as_str_data().ok_or_else(|| {
        type_error(format!(
            "{name}() argument must be str, not {}",
            rest[0].class_name()
        ))
    })?;
    let (h, n) = (s.as_bytes(), p.as_bytes());
    let out = if !suffix && h.starts_with(n) {
        &h[n.len()..]
    } else if suffix && h.ends_with(n) && !n.is_empty() {
        &h[..h.len() - n.len()]
    } else {
        h
    };
    Ok(new_str_data(StrData::from_wtf8(out)))
}

pub fn removeprefix(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    affix(args, "removeprefix", false)
}
pub fn removesuffix(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    affix(args, "removesuffix", true)
}

// ---- padding ----

fn pad_args(i: &mut dyn Interp, args: Args<'_>, name: &str) -> PyResult<(usize, u32)> {
    let rest = positional(args, name, 1, 2)?;
    let width = int_arg(i, &rest[0])?;
    let fill = match rest.get(1) {
        None => u32::from(b' '),
        Some(v) => {
            let f = v.as_str_data().ok_or_else(|| {
                type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    v.class_name()
                ))
            })?;
            if f.len() != 1 {
                return Err(type_error(
                    "The fill character must be exactly one character long",
                ));
            }
            f.char_at(0).unwrap_or(32)
        }
    };
    Ok((width.max(0) as usize, fill))
}

fn pad(s: &StrData, left: usize, right: usize, fill: u32) -> Value {
    let mut cps: Vec<u32> = Vec::with_capacity(s.len() + left + right);
    cps.extend(std::iter::repeat_n(fill, left));
    cps.extend(s.code_points());
    cps.extend(std::iter::repeat_n(fill, right));
    cps[..].mk()
}

fn justify(i: &mut dyn Interp, args: Args<'_>, name: &str, how: u8) -> PyResult<Value> {
    let s = self_of(&args)?;
    let (width, fill) = pad_args(i, args, name)?;
    if width <= s.len() {
        return Ok(new_str_data(StrData::from_wtf8(s.as_bytes())));
    }
    let total = width - s.len();
    let (l, r) = match how {
        b'l' => (0, total),
        b'r' => (total, 0),
        _ => algo::center_split(total, width),
    };
    Ok(pad(s, l, r, fill))
}

pub fn ljust(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    justify(i, args, "ljust", b'l')
}
pub fn rjust(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    justify(i, args, "rjust", b'r')
}
pub fn center(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    justify(i, args, "center", b'c')
}

pub fn zfill(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = self_of(&args)?;
    let rest = positional(args, "str.zfill", 1, 1)?;
    let width = int_arg(i, &rest[0])?.max(0) as usize;
    if width <= s.len() {
        return Ok(new_str_data(StrData::from_wtf8(s.as_bytes())));
    }
    let mut cps: Vec<u32> = s.code_points().collect();
    let fill = width - cps.len();
    let at = usize::from(matches!(cps.first(), Some(43 | 45)));
    cps.splice(at..at, std::iter::repeat_n(u32::from(b'0'), fill));
    Ok(cps[..].mk())
}

#[allow(clippy::useless_conversion)]
pub fn expandtabs(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = self_of(&args)?;
    let a = keywords(args, "expandtabs()", &["tabsize"], 0)?;
    let tab = match a[0] {
        Some(v) => int_arg(i, v)?,
        None => 8,
    };
    Ok(with_units!(s, |h| {
        algo::expandtabs(h, tab, b' '.into())[..].mk()
    }))
}

pub fn join(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let sep = self_of(&args)?;
    let rest = positional(args, "str.join", 1, 1)?;
    let items = match protocol::collect(i, &rest[0]) {
        Ok(v) => v,
        Err(e) => {
            if protocol::td(&rest[0].class()).slots.iter.get().is_none() {
                return Err(type_error("can only join an iterable"));
            }
            return Err(e);
        }
    };
    let mut out: Vec<u8> = Vec::new();
    for (k, it) in items.iter().enumerate() {
        let Some(s) = it.as_str_data() else {
            return Err(type_error(format!(
                "sequence item {k}: expected str instance, {} found",
                it.class_name()
            )));
        };
        if k > 0 {
            out.extend_from_slice(sep.as_bytes());
        }
        out.extend_from_slice(s.as_bytes());
    }
    Ok(new_str_data(StrData::from_wtf8(&out)))
}

/// `s[k]` for an index already known to be an int.
pub fn item(s: &StrData, idx: i64) -> PyResult<Value> {
    let n = s.len() as i64;
    let k = if idx < 0 { idx + n } else { idx };
    if k < 0 || k >= n {
        return Err(index_error("string index out of range"));
    }
    let cp = s.char_at(k as usize).unwrap_or(0);
    Ok(new_str_data(StrData::from_code_points([cp])))
}
