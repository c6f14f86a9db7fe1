//! Methods shared by `bytes` and `bytearray` (a bytearray's result is a bytearray), on a
//! copy of the contents, through the algorithms of `seqalgo`.

use crate::args::Args;
use crate::error::{type_error, value_error, PyResult};
use crate::interp::Interp;
use crate::method;
use crate::object::Payload;
use crate::protocol;
use crate::types::bytes::{buffer_arg, bytes_of, new_bytearray, new_bytes, same_kind};
use crate::types::list::new_list;
use crate::types::seqalgo::{self as algo, adjust, keywords, positional, slice_index};
use crate::types::str::{new_string, StrData};
use crate::types::tuple::new_tuple;
use crate::types::MethodDef;
use crate::value::Value;

fn me<'a>(args: &Args<'a>) -> PyResult<(&'a Value, Vec<u8>)> {
    let v = args.pos().first().unwrap_or(&Value::None);
    let b = bytes_of(v).ok_or_else(|| type_error("descriptor requires a 'bytes' object"))?;
    Ok((v, b))
}

fn is_space(b: &u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// A sub-sequence argument: bytes-like or an int in range(256).
fn sub_arg(i: &mut dyn Interp, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(v) {
        return Ok(b);
    }
    if protocol::as_index_opt(v).is_some() || protocol::td(&v.class()).slots.index.get().is_some() {
        return Ok(vec![crate::types::bytes::byte_value(i, v)?]);
    }
    Err(type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        v.class_name()
    )))
}

fn find_impl(i: &mut dyn Interp, args: Args<'_>, name: &str, rev: bool) -> PyResult<Option<usize>> {
    let (_, b) = me(&args)?;
    let rest = algo::positional_old(args, name, 1, 3)?;
    let sub = sub_arg(i, &rest[0])?;
    let (s, e) = adjust(
        slice_index(i, rest.get(1))?,
        slice_index(i, rest.get(2))?,
        b.len(),
    );
    Ok(if rev {
        algo::rfind(&b, &sub, s, e)
    } else {
        algo::find(&b, &sub, s, e)
    })
}

fn find(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(i, args, "find", false)?.map_or(-1, |p| p as i64),
    ))
}
fn rfind(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(i, args, "rfind", true)?.map_or(-1, |p| p as i64),
    ))
}
fn index(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    find_impl(i, args, "index", false)?
        .map(|p| Value::Int(p as i64))
        .ok_or_else(|| value_error("subsection not found"))
}
fn rindex(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    find_impl(i, args, "rindex", true)?
        .map(|p| Value::Int(p as i64))
        .ok_or_else(|| value_error("subsection not found"))
}
fn count(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (_, b) = me(&args)?;
    let rest = algo::positional_old(args, "count", 1, 3)?;
    let sub = sub_arg(i, &rest[0])?;
    let (s, e) = adjust(
        slice_index(i, rest.get(1))?,
        slice_index(i, rest.get(2))?,
        b.len(),
    );
    Ok(Value::Int(algo::count(&b, &sub, s, e) as i64))
}

fn starts_ends(i: &mut dyn Interp, args: Args<'_>, name: &str, tail: bool) -> PyResult<Value> {
    let (_, b) = me(&args)?;
    let rest = algo::positional_old(args, name, 1, 3)?;
    let (s, e) = adjust(
        slice_index(i, rest.get(1))?,
        slice_index(i, rest.get(2))?,
        b.len(),
    );
    if let Some(p) = bytes_of(&rest[0]) {
        return Ok(Value::Bool(algo::tailmatch(&b, &p, s, e, tail)));
    }
    if let Some(Payload::Tuple(items)) = rest[0].payload() {
        for it in items.iter() {
            let Some(p) = bytes_of(it) else {
                return Err(type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    it.class_name()
                )));
            };
            if algo::tailmatch(&b, &p, s, e, tail) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    Err(type_error(format!(
        "{name} first arg must be bytes or a tuple of bytes, not {}",
        rest[0].class_name()
    )))
}
fn startswith(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    starts_ends(i, args, "startswith", false)
}
fn endswith(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    starts_ends(i, args, "endswith", true)
}

fn split_impl(i: &mut dyn Interp, args: Args<'_>, rev: bool) -> PyResult<Value> {
    let (v, b) = me(&args)?;
    let a = keywords(
        args,
        if rev { "rsplit()" } else { "split()" },
        &["sep", "maxsplit"],
        0,
    )?;
    let maxsplit = match a[1] {
        Some(x) => protocol::index_i64(i, x)?,
        None => -1,
    };
    let ranges = match a[0].filter(|x| !x.is_none()) {
        None if rev => algo::rsplit_ws(&b, maxsplit, is_space),
        None => algo::split_ws(&b, maxsplit, is_space),
        Some(sv) => {
            let sep = buffer_arg(sv)?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            if rev {
                algo::rsplit_sep(&b, &sep, maxsplit)
            } else {
                algo::split_sep(&b, &sep, maxsplit)
            }
        }
    };
    Ok(new_list(
        ranges
            .into_iter()
            .map(|(x, y)| same_kind(v, b[x..y].to_vec()))
            .collect(),
    ))
}
fn split(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    split_impl(i, args, false)
}
fn rsplit(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    split_impl(i, args, true)
}

fn partition_impl(args: Args<'_>, rev: bool) -> PyResult<Value> {
    let (v, b) = me(&args)?;
    let rest = positional(args, if rev { "rpartition" } else { "partition" }, 1, 1)?;
    let sep = buffer_arg(&rest[0])?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let p = if rev {
        algo::rfind(&b, &sep, 0, b.len())
    } else {
        algo::find(&b, &sep, 0, b.len())
    };
    let mk = |x: &[u8]| same_kind(v, x.to_vec());
    let parts = match p {
        Some(p) => vec![mk(&b[..p]), mk(&sep), mk(&b[p + sep.len()..])],
        None if rev => vec![mk(&[]), mk(&[]), mk(&b)],
        None => vec![mk(&b), mk(&[]), mk(&[])],
    };
    Ok(new_tuple(parts))
}
fn partition(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    partition_impl(args, false)
}
fn rpartition(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    partition_impl(args, true)
}

fn strip_impl(args: Args<'_>, name: &str, l: bool, r: bool) -> PyResult<Value> {
    let (v, b) = me(&args)?;
    let rest = positional(args, name, 0, 1)?;
    let chars = match rest.first().filter(|x| !x.is_none()) {
        Some(c) => Some(buffer_arg(c)?),
        None => None,
    };
    let (x, y) = algo::strip_range(&b, l, r, |c| match &chars {
        Some(set) => set.contains(c),
        None => is_space(c),
    });
    Ok(same_kind(v, b[x..y].to_vec()))
}
fn strip(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    strip_impl(args, "strip", true, true)
}
fn lstrip(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    strip_impl(args, "lstrip", true, false)
}
fn rstrip(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    strip_impl(args, "rstrip", false, true)
}

fn replace(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (v, b) = me(&args)?;
    let rest = positional(args, "replace", 2, 3)?;
    let old = buffer_arg(&rest[0])?;
    let new = buffer_arg(&rest[1])?;
    let n = match rest.get(2) {
        Some(x) => protocol::index_i64(i, x)?,
        None => -1,
    };
    Ok(same_kind(v, algo::replace(&b, &old, &new, n)))
}

fn join(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (v, sep) = me(&args)?;
    let rest = positional(args, "join", 1, 1)?;
    let items = protocol::collect(i, &rest[0])?;
    let mut out = Vec::new();
    for (k, it) in items.iter().enumerate() {
        let Some(b) = bytes_of(it) else {
            return Err(type_error(format!(
                "sequence item {k}: expected a bytes-like object, {} found",
                it.class_name()
            )));
        };
        if k > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(same_kind(v, out))
}

fn map_bytes(args: Args<'_>, name: &str, f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let (v, b) = me(&args)?;
    positional(args, name, 0, 0)?;
    Ok(same_kind(v, f(&b)))
}
fn upper(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    map_bytes(args, "upper", |b| b.to_ascii_uppercase())
}
fn lower(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    map_bytes(args, "lower", |b| b.to_ascii_lowercase())
}
fn swapcase(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    map_bytes(args, "swapcase", |b| {
        b.iter()
            .map(|c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}
fn title(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    map_bytes(args, "title", |b| {
        let mut prev = false;
        b.iter()
            .map(|&c| {
                let r = if prev {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}
fn capitalize(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    map_bytes(args, "capitalize", |b| {
        b.iter()
            .enumerate()
            .map(|(k, c)| {
                if k == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn pred(args: Args<'_>, name: &str, f: impl Fn(&[u8]) -> bool) -> PyResult<Value> {
    let (_, b) = me(&args)?;
    positional(args, name, 0, 0)?;
    Ok(Value::Bool(f(&b)))
}
fn isdigit(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    pred(args, "isdigit", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_digit)
    })
}
fn isalpha(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    pred(args, "isalpha", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic)
    })
}
fn isalnum(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    pred(args, "isalnum", |b| {
        !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric)
    })
}
fn isspace(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    pred(args, "isspace", |b| !b.is_empty() && b.iter().all(is_space))
}
fn isascii(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    pred(args, "isascii", |b| b.is_ascii())
}
fn islower(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    pred(args, "islower", |b| {
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
    })
}
fn isupper(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    pred(args, "isupper", |b| {
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
    })
}

fn justify(i: &mut dyn Interp, args: Args<'_>, name: &str, how: u8) -> PyResult<Value> {
    let (v, b) = me(&args)?;
    let rest = positional(args, name, 1, 2)?;
    let width = protocol::index_i64(i, &rest[0])?.max(0) as usize;
    let fill = match rest.get(1) {
        None => b' ',
        Some(f) => match bytes_of(f) {
            Some(x) if x.len() == 1 => x[0],
            _ => {
                return Err(type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    f.class_name()
                )))
            }
        },
    };
    if width <= b.len() {
        return Ok(same_kind(v, b));
    }
    let total = width - b.len();
    let (l, r) = match how {
        b'l' => (0, total),
        b'r' => (total, 0),
        _ => algo::center_split(total, width),
    };
    let mut out = vec![fill; l];
    out.extend_from_slice(&b);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(same_kind(v, out))
}
fn ljust(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    justify(i, args, "ljust", b'l')
}
fn rjust(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    justify(i, args, "rjust", b'r')
}
fn center(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    justify(i, args, "center", b'c')
}
fn zfill(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (v, mut b) = me(&args)?;
    let rest = positional(args, "zfill", 1, 1)?;
    let width = protocol::index_i64(i, &rest[0])?.max(0) as usize;
    if width > b.len() {
        let at = usize::from(matches!(b.first(), Some(b'+' | b'-')));
        let n = width - b.len();
        b.splice(at..at, std::iter::repeat_n(b'0', n));
    }
    Ok(same_kind(v, b))
}

fn splitlines(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (v, b) = me(&args)?;
    let a = keywords(args, "splitlines()", &["keepends"], 0)?;
    let keep = match a[0] {
        Some(x) => protocol::index_i64(i, x)? != 0,
        None => false,
    };
    let r = algo::splitlines(&b, keep, |c| c == 10 || c == 13);
    Ok(new_list(
        r.into_iter()
            .map(|(x, y)| same_kind(v, b[x..y].to_vec()))
            .collect(),
    ))
}

fn expandtabs(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (v, b) = me(&args)?;
    let a = keywords(args, "expandtabs()", &["tabsize"], 0)?;
    let t = match a[0] {
        Some(x) => protocol::index_i64(i, x)?,
        None => 8,
    };
    Ok(same_kind(v, algo::expandtabs(&b, t, b' ')))
}

fn affix(args: Args<'_>, name: &str, suffix: bool) -> PyResult<Value> {
    let (v, b) = me(&args)?;
    let rest = positional(args, name, 1, 1)?;
    let p = buffer_arg(&rest[0])?;
    let out = if !suffix && b.starts_with(&p) {
        b[p.len()..].to_vec()
    } else if suffix && !p.is_empty() && b.ends_with(&p) {
        b[..b.len() - p.len()].to_vec()
    } else {
        b
    };
    Ok(same_kind(v, out))
}
fn removeprefix(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    affix(args, "removeprefix", false)
}
fn removesuffix(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    affix(args, "removesuffix", true)
}

fn decode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (_, b) = me(&args)?;
    let a = keywords(args, "decode()", &["encoding", "errors"], 0)?;
    let text = |v: Option<&Value>, n: &str, d: &str| -> PyResult<String> {
        match v {
            None => Ok(d.to_owned()),
            Some(x) => x
                .as_str_data()
                .map(|s| s.lossy().into_owned())
                .ok_or_else(|| {
                    type_error(format!(
                        "decode() argument '{n}' must be str, not {}",
                        x.class_name()
                    ))
                }),
        }
    };
    let enc = text(a[0], "encoding", "utf-8")?;
    let errors = text(a[1], "errors", "strict")?;
    crate::types::codecs::decode_text(i, &b, &enc, &errors)
}

fn hex(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (_, b) = me(&args)?;
    let a = keywords(args, "hex()", &["sep", "bytes_per_sep"], 0)?;
    let digits: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
    let Some(sepv) = a[0] else {
        return Ok(new_string(digits.concat()));
    };
    let sep = match (sepv.as_str_data(), bytes_of(sepv)) {
        (Some(s), _) => s.lossy().into_owned(),
        (None, Some(x)) => String::from_utf8_lossy(&x).into_owned(),
        _ => return Err(type_error("sep must be str or bytes.")),
    };
    if sep.chars().count() != 1 {
        return Err(value_error("sep must be length 1."));
    }
    let per = match a[1] {
        Some(x) => protocol::index_i64(i, x)?,
        None => 1,
    };
    let n = per.unsigned_abs().max(1) as usize;
    let groups: Vec<String> = if per >= 0 {
        let first = digits.len() % n;
        let mut g = Vec::new();
        if first > 0 {
            g.push(digits[..first].concat());
        }
        g.extend(digits[first..].chunks(n).map(|c| c.concat()));
        g
    } else {
        digits.chunks(n).map(|c| c.concat()).collect()
    };
    Ok(new_string(groups.join(&sep)))
}

fn parse_hex(s: &StrData) -> PyResult<Vec<u8>> {
    let cps: Vec<u32> = s.code_points().collect();
    let mut out = Vec::new();
    let mut k = 0;
    let digit = |c: u32| char::from_u32(c).and_then(|c| c.to_digit(16));
    while k < cps.len() {
        if crate::num::unicode_is_space(cps[k]) && cps[k] < 0x80 {
            k += 1;
            continue;
        }
        let (Some(hi), Some(lo)) = (digit(cps[k]), cps.get(k + 1).and_then(|&c| digit(c))) else {
            let pos = if digit(cps[k]).is_some() { k + 1 } else { k };
            return Err(value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {pos}"
            )));
        };
        out.push((hi * 16 + lo) as u8);
        k += 2;
    }
    Ok(out)
}

fn fromhex_arg<'a>(args: &Args<'a>) -> PyResult<&'a StrData> {
    let pos = args.exact("fromhex", 1)?;
    pos[0].as_str_data().ok_or_else(|| {
        type_error(format!(
            "fromhex() argument must be str, not {}",
            pos[0].class_name()
        ))
    })
}
pub fn bytes_fromhex(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(new_bytes(parse_hex(fromhex_arg(&args)?)?))
}
pub fn bytearray_fromhex(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(new_bytearray(parse_hex(fromhex_arg(&args)?)?))
}

/// `bytes.maketrans(frm, to)`.
pub fn maketrans(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("maketrans", 2)?;
    let (f, t) = (buffer_arg(&pos[0])?, buffer_arg(&pos[1])?);
    if f.len() != t.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (a, b) in f.iter().zip(&t) {
        table[*a as usize] = *b;
    }
    Ok(new_bytes(table))
}

fn translate(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (v, b) = me(&args)?;
    let a = keywords(args, "translate()", &["table", "delete"], 1)?;
    let table = match a[0].filter(|x| !x.is_none()) {
        Some(t) => {
            let t = buffer_arg(t)?;
            if t.len() != 256 {
                return Err(value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
        None => None,
    };
    let del = match a[1] {
        Some(d) => buffer_arg(d)?,
        None => Vec::new(),
    };
    let out = b
        .iter()
        .filter(|c| !del.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(same_kind(v, out))
}

pub static SHARED: &[MethodDef] = &[
    method!("find", find),
    method!("rfind", rfind),
    method!("index", index),
    method!("rindex", rindex),
    method!("count", count),
    method!("startswith", startswith),
    method!("endswith", endswith),
    method!("split", split),
    method!("rsplit", rsplit),
    method!("partition", partition),
    method!("rpartition", rpartition),
    method!("strip", strip),
    method!("lstrip", lstrip),
    method!("rstrip", rstrip),
    method!("replace", replace),
    method!("join", join),
    method!("upper", upper),
    method!("lower", lower),
    method!("swapcase", swapcase),
    method!("title", title),
    method!("capitalize", capitalize),
    method!("isdigit", isdigit),
    method!("isalpha", isalpha),
    method!("isalnum", isalnum),
    method!("isspace", isspace),
    method!("isascii", isascii),
    method!("islower", islower),
    method!("isupper", isupper),
    method!("ljust", ljust),
    method!("rjust", rjust),
    method!("center", center),
    method!("zfill", zfill),
    method!("splitlines", splitlines),
    method!("expandtabs", expandtabs),
    method!("removeprefix", removeprefix),
    method!("removesuffix", removesuffix),
    method!("decode", decode),
    method!("hex", hex),
    method!("translate", translate),
];
