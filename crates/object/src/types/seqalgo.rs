//! Search, split and strip algorithms shared by `str` (over ASCII bytes or code points),
//! `bytes` and `bytearray` (over bytes), plus the argument helpers their methods share.
//! Positions are in units of the slice (code points for str).

use crate::args::Args;
use crate::error::{type_error, PyResult};
use crate::interp::Interp;
use crate::protocol;
use crate::value::Value;

/// CPython's `ADJUST_INDICES`: clamps optional `start`/`end` (negative from the end) to
/// `[0, len]`; `start` may end up beyond `end` (callers test for that).
pub fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let n = len as i64;
    let fix = |v: i64| {
        if v < 0 {
            (v + n).max(0)
        } else {
            v
        }
    };
    let s = fix(start.unwrap_or(0));
    let e = fix(end.unwrap_or(n)).min(n);
    (s as usize, e as usize)
}

/// `_PyEval_SliceIndex`: `None` or an index-like value (big ints clamp).
pub fn slice_index(i: &mut dyn Interp, v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(v) = v else { return Ok(None) };
    if v.is_none() {
        return Ok(None);
    }
    if let Some(n) = protocol::as_index_opt(v) {
        return Ok(Some(n));
    }
    if protocol::td(&v.class()).slots.index.get().is_none() {
        return Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        ));
    }
    match protocol::index(i, v)? {
        Value::Int(n) => Ok(Some(n)),
        other => Ok(Some(
            if crate::types::int::int_to_string(&other).starts_with('-') {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            },
        )),
    }
}

/// The positional arguments after `self`, `min..=max` of them, no keywords; CPython's
/// `_PyArg_CheckPositional` messages under `name`.
pub fn positional<'a>(args: Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    args.no_kwargs(name)?;
    let pos = args.pos();
    let rest = if pos.is_empty() { pos } else { &pos[1..] };
    let n = rest.len();
    if n < min || n > max {
        let (word, k) = if n < min {
            ("at least", min)
        } else {
            ("at most", max)
        };
        if min == max && max == 0 {
            return Err(type_error(format!(
                "{name}() takes no arguments ({n} given)"
            )));
        }
        if min == max && max == 1 {
            return Err(type_error(format!(
                "{name}() takes exactly one argument ({n} given)"
            )));
        }
        return Err(type_error(format!(
            "{name} expected {word} {k} argument{}, got {n}",
            if k == 1 { "" } else { "s" }
        )));
    }
    Ok(rest)
}

/// Like [`positional`] with the old `PyArg_ParseTuple` messages (`find() takes at least
/// 1 argument (0 given)`), as `find`/`count`/`startswith` and friends report them.
pub fn positional_old<'a>(
    args: Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    args.no_kwargs(name)?;
    let pos = args.pos();
    let rest = if pos.is_empty() { pos } else { &pos[1..] };
    let n = rest.len();
    if n < min || n > max {
        let (word, k) = if n < min {
            ("least", min)
        } else {
            ("most", max)
        };
        return Err(type_error(format!(
            "{name}() takes at {word} {k} argument{} ({n} given)",
            if k == 1 { "" } else { "s" }
        )));
    }
    Ok(rest)
}

/// Positional-or-keyword arguments after `self` named `names` (`min` required), like an
/// Argument Clinic parser; CPython's messages under `fname` (e.g. `split()`).
pub fn keywords<'a>(
    args: Args<'a>,
    fname: &str,
    names: &[&str],
    min: usize,
) -> PyResult<Vec<Option<&'a Value>>> {
    let pos = args.pos();
    let rest = if pos.is_empty() { pos } else { &pos[1..] };
    keywords_of(rest, args, fname, names, min)
}

/// [`keywords`] over the positional values `rest` (a constructor has no `self`).
pub fn keywords_of<'a>(
    rest: &'a [Value],
    args: Args<'a>,
    fname: &str,
    names: &[&str],
    min: usize,
) -> PyResult<Vec<Option<&'a Value>>> {
    let total = rest.len() + args.kwnames.len();
    if total > names.len() {
        return Err(type_error(format!(
            "{fname} takes at most {} argument{} ({total} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" }
        )));
    }
    let mut out: Vec<Option<&Value>> = vec![None; names.len()];
    for (k, v) in rest.iter().enumerate() {
        out[k] = Some(v);
    }
    for (k, v) in args.kwargs() {
        let key = k
            .as_str_data()
            .map(|s| s.lossy().into_owned())
            .unwrap_or_default();
        match names.iter().position(|n| *n == key) {
            Some(p) if out[p].is_some() => {
                return Err(type_error(format!(
                    "argument for {fname} given by name ('{key}') and position ({})",
                    p + 1
                )))
            }
            Some(p) => out[p] = Some(v),
            None => {
                return Err(type_error(format!(
                    "'{key}' is an invalid keyword argument for {fname}"
                )))
            }
        }
    }
    if let Some(p) = out.iter().take(min).position(|v| v.is_none()) {
        return Err(type_error(format!(
            "{fname} missing required argument '{}' (pos {})",
            names[p],
            p + 1
        )));
    }
    Ok(out)
}

/// First match of `needle` in `hay[start..end]` (CPython's `find` on adjusted indices).
pub fn find<T: PartialEq>(hay: &[T], needle: &[T], start: usize, end: usize) -> Option<usize> {
    if start > end || end - start < needle.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(start);
    }
    hay[start..end]
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + start)
}

/// Last match of `needle` in `hay[start..end]`.
pub fn rfind<T: PartialEq>(hay: &[T], needle: &[T], start: usize, end: usize) -> Option<usize> {
    if start > end || end - start < needle.len() {
        return None;
    }
    if needle.is_empty() {
        return Some(end);
    }
    hay[start..end]
        .windows(needle.len())
        .rposition(|w| w == needle)
        .map(|p| p + start)
}

/// Non-overlapping matches of `needle` in `hay[start..end]`.
pub fn count<T: PartialEq>(hay: &[T], needle: &[T], start: usize, end: usize) -> usize {
    if start > end || end - start < needle.len() {
        return 0;
    }
    if needle.is_empty() {
        return end - start + 1;
    }
    let (mut k, mut c) = (start, 0);
    while let Some(p) = find(hay, needle, k, end) {
        c += 1;
        k = p + needle.len();
    }
    c
}

/// `startswith`/`endswith` of one prefix on adjusted indices (`tailmatch`).
pub fn tailmatch<T: PartialEq>(hay: &[T], sub: &[T], start: usize, end: usize, tail: bool) -> bool {
    if start > end || end - start < sub.len() {
        return false;
    }
    if tail {
        &hay[end - sub.len()..end] == sub
    } else {
        &hay[start..start + sub.len()] == sub
    }
}

/// Ranges of `split(sep, maxsplit)`.
pub fn split_sep<T: PartialEq>(hay: &[T], sep: &[T], maxsplit: i64) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut n = 0;
    while maxsplit < 0 || n < maxsplit {
        match find(hay, sep, start, hay.len()) {
            Some(p) => {
                out.push((start, p));
                start = p + sep.len();
                n += 1;
            }
            None => break,
        }
    }
    out.push((start, hay.len()));
    out
}

/// Ranges of `rsplit(sep, maxsplit)`, in order.
pub fn rsplit_sep<T: PartialEq>(hay: &[T], sep: &[T], maxsplit: i64) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut end = hay.len();
    let mut n = 0;
    while maxsplit < 0 || n < maxsplit {
        match rfind(hay, sep, 0, end) {
            Some(p) => {
                out.push((p + sep.len(), end));
                end = p;
                n += 1;
            }
            None => break,
        }
    }
    out.push((0, end));
    out.reverse();
    out
}

/// Ranges of `split()` on whitespace.
pub fn split_ws<T>(hay: &[T], maxsplit: i64, ws: impl Fn(&T) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (mut k, len) = (0, hay.len());
    let mut n = 0;
    loop {
        while k < len && ws(&hay[k]) {
            k += 1;
        }
        if k == len {
            break;
        }
        if maxsplit >= 0 && n >= maxsplit {
            out.push((k, len));
            break;
        }
        let s = k;
        while k < len && !ws(&hay[k]) {
            k += 1;
        }
        out.push((s, k));
        n += 1;
    }
    out
}

/// Ranges of `rsplit()` on whitespace, in order.
pub fn rsplit_ws<T>(hay: &[T], maxsplit: i64, ws: impl Fn(&T) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut k = hay.len();
    let mut n = 0;
    loop {
        while k > 0 && ws(&hay[k - 1]) {
            k -= 1;
        }
        if k == 0 {
            break;
        }
        if maxsplit >= 0 && n >= maxsplit {
            out.push((0, k));
            break;
        }
        let e = k;
        while k > 0 && !ws(&hay[k - 1]) {
            k -= 1;
        }
        out.push((k, e));
        n += 1;
    }
    out.reverse();
    out
}

/// `(start, end)` after stripping units matching `strip` from the chosen sides.
pub fn strip_range<T>(
    hay: &[T],
    left: bool,
    right: bool,
    strip: impl Fn(&T) -> bool,
) -> (usize, usize) {
    let (mut a, mut b) = (0, hay.len());
    if left {
        while a < b && strip(&hay[a]) {
            a += 1;
        }
    }
    if right {
        while b > a && strip(&hay[b - 1]) {
            b -= 1;
        }
    }
    (a, b)
}

/// Ranges of `splitlines(keepends)`; `brk` says whether a unit is a line break (`\r`
/// followed by `\n` counts as one break).
pub fn splitlines<T: Copy + Into<u32>>(
    hay: &[T],
    keepends: bool,
    brk: impl Fn(u32) -> bool,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (mut k, len) = (0, hay.len());
    while k < len {
        let s = k;
        while k < len && !brk(hay[k].into()) {
            k += 1;
        }
        let eol = k;
        if k < len {
            if hay[k].into() == u32::from(b'\r') && k + 1 < len && hay[k + 1].into() == 10 {
                k += 2;
            } else {
                k += 1;
            }
        }
        out.push((s, if keepends { k } else { eol }));
    }
    out
}

/// `replace(old, new, count)` into a new unit vector.
pub fn replace<T: PartialEq + Copy>(hay: &[T], old: &[T], new: &[T], count: i64) -> Vec<T> {
    let mut out = Vec::with_capacity(hay.len());
    let mut n = 0;
    if old.is_empty() {
        for (k, &u) in hay.iter().enumerate() {
            if count < 0 || n < count {
                out.extend_from_slice(new);
                n += 1;
            }
            out.push(u);
            let _ = k;
        }
        if count < 0 || n < count {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut start = 0;
    while count < 0 || n < count {
        match find(hay, old, start, hay.len()) {
            Some(p) => {
                out.extend_from_slice(&hay[start..p]);
                out.extend_from_slice(new);
                start = p + old.len();
                n += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&hay[start..]);
    out
}

/// `expandtabs(tabsize)`: `col` counts units since the last `\n`/`\r`.
pub fn expandtabs<T: Copy + Into<u32>>(hay: &[T], tabsize: i64, space: T) -> Vec<T> {
    let mut out = Vec::with_capacity(hay.len());
    let mut col: i64 = 0;
    for &u in hay {
        match u.into() {
            9 => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    for _ in 0..n {
                        out.push(space);
                    }
                    col += n;
                }
            }
            10 | 13 => {
                out.push(u);
                col = 0;
            }
            _ => {
                out.push(u);
                col += 1;
            }
        }
    }
    out
}

/// The padding of `center` (`pad` units in all), CPython's split: the extra unit goes
/// left when both `pad` and `width` are odd.
pub fn center_split(pad: usize, width: usize) -> (usize, usize) {
    let left = pad / 2 + (pad & width & 1);
    (left, pad - left)
}
