//! `format(value, spec)` (`__format__` of the builtin types through `format_spec`),
//! `ascii()`, and `str.format` / `str.format_map` (CPython's `unicode_format.h`: the
//! markup iterator, field names with `.attr` / `[key]`, conversions, nested specs).

use crate::args::Args;
use crate::error::{index_error, key_error, type_error, value_error, PyResult};
use crate::format_spec;
use crate::interp::Interp;
use crate::object::Payload;
use crate::protocol;
use crate::types::int::int_val;
use crate::types::str::{new_str_data, new_string, StrData};
use crate::types::str_methods::this;
use crate::value::Value;

/// `format(value, spec)`.
pub fn format_value(i: &mut dyn Interp, v: &Value, spec: Option<&Value>) -> PyResult<Value> {
    let spec_s = match spec {
        None => String::new(),
        Some(s) => match s.as_str_data() {
            Some(d) => d.lossy().into_owned(),
            None => {
                return Err(type_error(format!(
                    "format() argument 2 must be str, not {}",
                    s.class_name()
                )))
            }
        },
    };
    format_with(i, v, &spec_s)
}

/// `format(value, spec)` with the spec as text.
pub fn format_with(i: &mut dyn Interp, v: &Value, spec: &str) -> PyResult<Value> {
    let version = i.version();
    if let Some(s) = v.as_str_data() {
        if spec.is_empty() {
            return protocol::str_(i, v);
        }
        return Ok(new_string(format_spec::format_str(
            &s.lossy(),
            spec,
            version,
        )?));
    }
    if let Value::Float(x) = v {
        return Ok(new_string(format_spec::format_float(*x, spec, version)?));
    }
    if let Some(Payload::Float(x)) = v.payload() {
        return Ok(new_string(format_spec::format_float(*x, spec, version)?));
    }
    // Numbers: the numbers area's formatters (digit limit, bool, complex).
    if int_val(v).is_some() {
        return crate::types::int_methods::format_int_value(i, v, spec);
    }
    if let Some((re, im)) = crate::types::complex::complex_val(v) {
        return crate::types::complex_format::format_complex(i, re, im, spec).map(new_string);
    }
    let cls = v.class();
    if let Some(f) = protocol::td(&cls).lookup_str("__format__") {
        if matches!(f.payload(), Some(Payload::Function(_))) {
            let r = protocol::call0(i, &f, &[v.clone(), crate::types::str::new_str(spec)])?;
            if r.as_str_data().is_none() {
                return Err(type_error(format!(
                    "__format__ must return a str, not {}",
                    r.class_name()
                )));
            }
            return Ok(r);
        }
    }
    if spec.is_empty() {
        return protocol::str_(i, v);
    }
    Err(type_error(format!(
        "unsupported format string passed to {}.__format__",
        v.class_name()
    )))
}

/// `ascii(v)`: `repr(v)` with non-ASCII code points escaped.
pub fn ascii_of(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let r = protocol::repr(i, v)?;
    let s = this(&r)?;
    if s.is_ascii() {
        return Ok(r);
    }
    let mut out = String::new();
    for c in s.code_points() {
        match c {
            0..=0x7f => out.push(c as u8 as char),
            0x80..=0xff => out.push_str(&format!("\\x{c:02x}")),
            0x100..=0xffff => out.push_str(&format!("\\u{c:04x}")),
            _ => out.push_str(&format!("\\U{c:08x}")),
        }
    }
    Ok(new_string(out))
}

/// Where `{}` fields take their values.
struct Source<'a> {
    pos: &'a [Value],
    kw: Kw<'a>,
    /// 0: not yet decided, 1: automatic numbering, 2: manual.
    mode: u8,
    next: usize,
}

enum Kw<'a> {
    Args(Args<'a>),
    Map(&'a Value),
}

fn to_string(cps: &[u32]) -> Value {
    new_str_data(StrData::from_code_points(cps.iter().copied()))
}

impl Source<'_> {
    fn positional(&mut self, idx: Option<usize>) -> PyResult<Value> {
        let k = match idx {
            None => {
                if self.mode == 2 {
                    return Err(value_error(
                        "cannot switch from manual field specification to automatic field numbering",
                    ));
                }
                self.mode = 1;
                self.next += 1;
                self.next - 1
            }
            Some(k) => {
                if self.mode == 1 {
                    return Err(value_error(
                        "cannot switch from automatic field numbering to manual field specification",
                    ));
                }
                self.mode = 2;
                k
            }
        };
        if let Kw::Map(_) = self.kw {
            return Err(value_error("Format string contains positional fields"));
        }
        self.pos.get(k).cloned().ok_or_else(|| {
            index_error(format!(
                "Replacement index {k} out of range for positional args tuple"
            ))
        })
    }

    fn keyword(&mut self, i: &mut dyn Interp, name: &[u32]) -> PyResult<Value> {
        let key = to_string(name);
        match self.kw {
            Kw::Args(a) => {
                let s = key
                    .as_str_data()
                    .map(|d| d.lossy().into_owned())
                    .unwrap_or_default();
                a.kwarg(&s).cloned().ok_or_else(|| key_error(key))
            }
            Kw::Map(m) => protocol::getitem(i, m, &key),
        }
    }
}

fn parse_usize(cps: &[u32]) -> PyResult<Option<usize>> {
    if cps.is_empty() || !cps.iter().all(|&c| (48..58).contains(&c)) {
        return Ok(None);
    }
    let mut n: usize = 0;
    for &c in cps {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add((c - 48) as usize))
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(n))
}

/// The object a field name (`0`, `name.attr[key]`) designates.
fn get_field(i: &mut dyn Interp, src: &mut Source<'_>, name: &[u32]) -> PyResult<Value> {
    let first_end = name
        .iter()
        .position(|&c| c == u32::from(b'.') || c == u32::from(b'['))
        .unwrap_or(name.len());
    let first = &name[..first_end];
    let mut obj = if first.is_empty() {
        src.positional(None)?
    } else if let Some(k) = parse_usize(first)? {
        src.positional(Some(k))?
    } else {
        src.keyword(i, first)?
    };
    let mut k = first_end;
    while k < name.len() {
        if name[k] == u32::from(b'.') {
            let s = k + 1;
            let mut e = s;
            while e < name.len() && name[e] != u32::from(b'.') && name[e] != u32::from(b'[') {
                e += 1;
            }
            if e == s {
                return Err(value_error("Empty attribute in format string"));
            }
            obj = protocol::getattr(i, &obj, &to_string(&name[s..e]))?;
            k = e;
        } else if name[k] == u32::from(b'[') {
            let s = k + 1;
            let Some(off) = name[s..].iter().position(|&c| c == u32::from(b']')) else {
                return Err(value_error("Missing ']' in format string"));
            };
            let e = s + off;
            if e == s {
                return Err(value_error("Empty attribute in format string"));
            }
            let key = match parse_usize(&name[s..e])? {
                Some(n) => Value::Int(n as i64),
                None => to_string(&name[s..e]),
            };
            obj = protocol::getitem(i, &obj, &key)?;
            k = e + 1;
            if k < name.len() && name[k] != u32::from(b'.') && name[k] != u32::from(b'[') {
                return Err(value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            }
        } else {
            return Err(value_error(
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        }
    }
    Ok(obj)
}

const LB: u32 = b'{' as u32;
const RB: u32 = b'}' as u32;

/// Expands the format string `fmt` into `out` (`depth` counts nested spec expansion).
fn expand(
    i: &mut dyn Interp,
    fmt: &[u32],
    src: &mut Source<'_>,
    depth: u32,
    out: &mut Vec<u32>,
) -> PyResult<()> {
    if depth == 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let mut k = 0;
    while k < fmt.len() {
        let c = fmt[k];
        if c == RB {
            if fmt.get(k + 1) == Some(&RB) {
                out.push(RB);
                k += 2;
                continue;
            }
            return Err(value_error("Single '}' encountered in format string"));
        }
        if c != LB {
            out.push(c);
            k += 1;
            continue;
        }
        if fmt.get(k + 1) == Some(&LB) {
            out.push(LB);
            k += 2;
            continue;
        }
        if k + 1 >= fmt.len() {
            return Err(value_error("Single '{' encountered in format string"));
        }
        k = format_field(i, fmt, k + 1, src, depth, out)?;
    }
    Ok(())
}

/// Parses and formats the field starting at `fmt[k]` (after its `{`), like CPython's
/// `parse_field`; returns the index after its closing `}`.
fn format_field(
    i: &mut dyn Interp,
    fmt: &[u32],
    mut k: usize,
    src: &mut Source<'_>,
    depth: u32,
    out: &mut Vec<u32>,
) -> PyResult<usize> {
    let name_start = k;
    let mut c = 0;
    while k < fmt.len() {
        c = fmt[k];
        k += 1;
        match c {
            LB => return Err(value_error("unexpected '{' in field name")),
            0x5b => {
                while k < fmt.len() && fmt[k] != 0x5d {
                    k += 1;
                }
                c = 0;
                continue;
            }
            RB | 0x3a | 0x21 => break,
            _ => {
                c = 0;
                continue;
            }
        }
    }
    let name = &fmt[name_start..if c == 0 { k } else { k - 1 }];
    let mut conv = None;
    let mut spec: &[u32] = &[];
    if c == 0x21 || c == 0x3a {
        let mut done = false;
        if c == 0x21 {
            let Some(&cc) = fmt.get(k) else {
                return Err(value_error(
                    "end of string while looking for conversion specifier",
                ));
            };
            conv = Some(cc);
            k += 1;
            if k < fmt.len() {
                let c2 = fmt[k];
                k += 1;
                if c2 == RB {
                    done = true;
                } else if c2 != 0x3a {
                    return Err(value_error("expected ':' after conversion specifier"));
                }
            }
        }
        if !done {
            let spec_start = k;
            let mut count = 1;
            let mut end = None;
            while k < fmt.len() {
                let x = fmt[k];
                k += 1;
                if x == LB {
                    count += 1;
                } else if x == RB {
                    count -= 1;
                    if count == 0 {
                        end = Some(k - 1);
                        break;
                    }
                }
            }
            let Some(end) = end else {
                return Err(value_error("unmatched '{' in format spec"));
            };
            spec = &fmt[spec_start..end];
        }
    } else if c != RB {
        return Err(value_error("expected '}' before end of string"));
    }
    let obj = get_field(i, src, name)?;
    let obj = match conv {
        None => obj,
        Some(0x72) => protocol::repr(i, &obj)?,
        Some(0x73) => protocol::str_(i, &obj)?,
        Some(0x61) => ascii_of(i, &obj)?,
        Some(c) => {
            let shown = char::from_u32(c).unwrap_or('?');
            return Err(value_error(format!("Unknown conversion specifier {shown}")));
        }
    };
    let spec_text = if spec.contains(&LB) {
        let mut s = Vec::new();
        expand(i, spec, src, depth - 1, &mut s)?;
        s
    } else {
        spec.to_vec()
    };
    let spec_str: String = spec_text
        .iter()
        .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
        .collect();
    let r = format_with(i, &obj, &spec_str)?;
    out.extend(this(&r)?.code_points());
    Ok(k)
}

pub fn format(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let Some(first) = pos.first() else {
        return Err(type_error("unbound method str.format() needs an argument"));
    };
    let s = this(first)?;
    let fmt: Vec<u32> = s.code_points().collect();
    let mut src = Source {
        pos: &pos[1..],
        kw: Kw::Args(args),
        mode: 0,
        next: 0,
    };
    let mut out = Vec::with_capacity(fmt.len());
    expand(i, &fmt, &mut src, 2, &mut out)?;
    Ok(to_string(&out))
}

pub fn format_map(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(args.pos().first().unwrap_or(&Value::None))?;
    let rest = crate::types::seqalgo::positional(args, "str.format_map", 1, 1)?;
    let fmt: Vec<u32> = s.code_points().collect();
    let mut src = Source {
        pos: &[],
        kw: Kw::Map(&rest[0]),
        mode: 0,
        next: 0,
    };
    let mut out = Vec::with_capacity(fmt.len());
    expand(i, &fmt, &mut src, 2, &mut out)?;
    Ok(to_string(&out))
}

/// `str.__format__(spec)`.
pub fn dunder_format(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = args.pos().first().cloned().unwrap_or(Value::None);
    let rest = crate::types::seqalgo::positional(args, "__format__", 1, 1)?;
    let Some(spec) = rest[0].as_str_data() else {
        return Err(type_error(format!(
            "__format__() argument must be str, not {}",
            rest[0].class_name()
        )));
    };
    format_with(i, &s, &spec.lossy())
}
