//! The format-spec mini-language (`format(value, spec)`, f-strings, `str.format`) for
//! `int`, `float` and `str`, after Python/formatter_unicode.c:
//!
//! ```text
//! [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//! ```
//!
//! `z` exists from 3.11 on; 3.10 reads it as a type code. The 'n' type formats as in the
//! C locale (no grouping), which is what CPython does until `locale.setlocale` is called.

use krait_loader::repr::{self, DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0};
use krait_loader::PyVersion;

use crate::num::int::{self, Int};
use crate::num::{unicode_decimal, NumError, NumResult};

/// Thousands grouping requested by the spec.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum Grouping {
    None,
    /// `,` every three digits.
    Comma,
    /// `_` every three digits.
    Underscore,
    /// `_` every four digits (`b`, `o`, `x`, `X`).
    UnderscoreFour,
}

/// A parsed format spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    /// One of `< > = ^`.
    pub align: char,
    /// `+`, `-`, `' '`, or `None` when not given.
    pub sign: Option<char>,
    /// `z` (3.11+).
    pub no_neg_0: bool,
    /// `#`.
    pub alternate: bool,
    pub width: Option<usize>,
    pub grouping: Grouping,
    pub precision: Option<usize>,
    /// The presentation type, or `None` when omitted (then the default applies).
    pub ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

fn code_repr(c: char) -> String {
    let u = c as u32;
    if u > 32 && u < 128 {
        c.to_string()
    } else {
        format!("\\x{u:x}")
    }
}

fn unknown_type(c: char, type_name: &str) -> NumError {
    NumError::value(format!(
        "Unknown format code '{}' for object of type '{}'",
        code_repr(c),
        truncate(type_name, 200)
    ))
}

fn truncate(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Reads decimal digits (any Unicode decimal digit) into a `Py_ssize_t`-sized value.
fn get_integer(cs: &[char], pos: &mut usize) -> NumResult<Option<usize>> {
    let mut acc: u64 = 0;
    let start = *pos;
    while let Some(d) = cs.get(*pos).and_then(|&c| unicode_decimal(c as u32)) {
        let d = u64::from(d);
        if acc > (i64::MAX as u64 - d) / 10 {
            return Err(NumError::value("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
        *pos += 1;
    }
    Ok((*pos > start).then_some(acc as usize))
}

impl FormatSpec {
    /// `parse_internal_render_format_spec`: `default_type` is the type used when none is
    /// given (`'d'` for int, `'s'` for str, `None` for float), `default_align` is `'>'`
    /// for numbers and `'<'` for strings; `type_name` appears in error messages.
    pub fn parse(
        spec: &str,
        type_name: &str,
        default_type: Option<char>,
        default_align: char,
        version: PyVersion,
    ) -> NumResult<Self> {
        let cs: Vec<char> = spec.chars().collect();
        let end = cs.len();
        let mut pos = 0;
        let mut f = FormatSpec {
            fill: ' ',
            align: default_align,
            sign: None,
            no_neg_0: false,
            alternate: false,
            width: None,
            grouping: Grouping::None,
            precision: None,
            ty: default_type,
        };
        let mut fill_specified = false;
        let mut align_specified = false;
        if end >= 2 && is_align(cs[1]) {
            f.align = cs[1];
            f.fill = cs[0];
            fill_specified = true;
            align_specified = true;
            pos = 2;
        } else if end >= 1 && is_align(cs[0]) {
            f.align = cs[0];
            align_specified = true;
            pos = 1;
        }
        if pos < end && matches!(cs[pos], '+' | '-' | ' ') {
            f.sign = Some(cs[pos]);
            pos += 1;
        }
        if version >= PyVersion::V3_11 && pos < end && cs[pos] == 'z' {
            f.no_neg_0 = true;
            pos += 1;
        }
        if pos < end && cs[pos] == '#' {
            f.alternate = true;
            pos += 1;
        }
        if !fill_specified && pos < end && cs[pos] == '0' {
            f.fill = '0';
            if !align_specified && default_align == '>' {
                f.align = '=';
            }
            pos += 1;
        }
        f.width = get_integer(&cs, &mut pos)?;
        let both = || NumError::value("Cannot specify both ',' and '_'.");
        if pos < end && cs[pos] == ',' {
            f.grouping = Grouping::Comma;
            pos += 1;
        }
        if pos < end && cs[pos] == '_' {
            if f.grouping != Grouping::None {
                return Err(both());
            }
            f.grouping = Grouping::Underscore;
            pos += 1;
        }
        if pos < end && cs[pos] == ',' && f.grouping == Grouping::Underscore {
            return Err(both());
        }
        if pos < end && cs[pos] == '.' {
            pos += 1;
            f.precision = get_integer(&cs, &mut pos)?;
            if f.precision.is_none() {
                return Err(NumError::value("Format specifier missing precision"));
            }
        }
        if end - pos > 1 {
            return Err(NumError::value(if version >= PyVersion::V3_11 {
                format!(
                    "Invalid format specifier '{spec}' for object of type '{}'",
                    truncate(type_name, 200)
                )
            } else {
                "Invalid format specifier".to_string()
            }));
        }
        if end - pos == 1 {
            f.ty = Some(cs[pos]);
        }
        if f.grouping != Grouping::None {
            match f.ty {
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
                Some('b' | 'o' | 'x' | 'X') if f.grouping == Grouping::Underscore => {
                    f.grouping = Grouping::UnderscoreFour;
                }
                Some(t) => {
                    let sep = if f.grouping == Grouping::Comma {
                        ','
                    } else {
                        '_'
                    };
                    return Err(NumError::value(format!(
                        "Cannot specify '{sep}' with '{}'.",
                        code_repr(t)
                    )));
                }
            }
        }
        Ok(f)
    }
}

/// `_PyUnicode_InsertThousandsGrouping` with its zero padding to `min_width`.
fn group_digits(digits: &str, min_width: i64, sep: &str, group: i64) -> String {
    let sep_len = sep.chars().count() as i64;
    let d = digits.as_bytes();
    let mut remaining = d.len() as i64;
    let mut min_width = min_width;
    let mut pieces: Vec<String> = Vec::new();
    let mut use_sep = false;
    let emit = |l: i64, remaining: i64, use_sep: bool, pieces: &mut Vec<String>| {
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        let mut s = String::new();
        for _ in 0..n_zeros {
            s.push('0');
        }
        let hi = remaining.max(0) as usize;
        let lo = hi - n_chars as usize;
        s.push_str(std::str::from_utf8(&d[lo..hi]).unwrap_or(""));
        if use_sep {
            s.push_str(sep);
        }
        pieces.push(s);
        n_chars
    };
    let mut broken = false;
    if group > 0 && !sep.is_empty() {
        loop {
            let l = group.min(remaining.max(min_width).max(1));
            let n_chars = emit(l, remaining, use_sep, &mut pieces);
            use_sep = true;
            remaining -= n_chars;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= sep_len;
        }
    }
    if !broken {
        let l = remaining.max(min_width).max(1);
        emit(l, remaining, use_sep, &mut pieces);
    }
    pieces.reverse();
    pieces.concat()
}

/// `calc_number_widths` + `fill_number`: lays out `[sign][prefix][digits][.][remainder]`.
struct Number<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    has_decimal: bool,
    remainder: &'a str,
}

fn render_number(f: &FormatSpec, n: &Number<'_>, grouping: Grouping) -> NumResult<String> {
    let sign = match f.sign {
        Some('+') => Some(if n.negative { '-' } else { '+' }),
        Some(' ') => Some(if n.negative { '-' } else { ' ' }),
        _ => n.negative.then_some('-'),
    };
    let n_sign = i64::from(sign.is_some());
    let n_prefix = n.prefix.chars().count() as i64;
    let n_remainder = n.remainder.chars().count() as i64;
    let non_digit = n_sign + n_prefix + i64::from(n.has_decimal) + n_remainder;
    let width = f.width.map_or(-1, |w| w as i64);
    check_width(width)?;
    let min_width = if f.fill == '0' && f.align == '=' {
        width - non_digit
    } else {
        0
    };
    let (sep, group) = match grouping {
        Grouping::None => ("", 0),
        Grouping::Comma => (",", 3),
        Grouping::Underscore => ("_", 3),
        Grouping::UnderscoreFour => ("_", 4),
    };
    let grouped = if n.digits.is_empty() {
        String::new()
    } else {
        group_digits(n.digits, min_width, sep, group)
    };
    let padding = width - (non_digit + grouped.chars().count() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if padding > 0 {
        match f.align {
            '<' => rpad = padding,
            '^' => {
                lpad = padding / 2;
                rpad = padding - lpad;
            }
            '=' => spad = padding,
            _ => lpad = padding,
        }
    }
    let mut out = String::with_capacity((width.max(0) as usize) + grouped.len() + 8);
    let fill = |out: &mut String, k: i64| {
        for _ in 0..k {
            out.push(f.fill);
        }
    };
    fill(&mut out, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(n.prefix);
    fill(&mut out, spad);
    out.push_str(&grouped);
    if n.has_decimal {
        out.push('.');
    }
    out.push_str(n.remainder);
    fill(&mut out, rpad);
    Ok(out)
}

/// Widths beyond this raise `MemoryError` instead of allocating.
const MAX_WIDTH: i64 = 1 << 31;

fn check_width(width: i64) -> NumResult<()> {
    if width > MAX_WIDTH {
        return Err(NumError::memory());
    }
    Ok(())
}

/// `format(v, spec)` for an `int`.
pub fn format_int(
    v: &Int,
    spec: &str,
    version: PyVersion,
    max_str_digits: usize,
) -> NumResult<String> {
    format_int_as(v, spec, "int", version, max_str_digits)
}

/// `format(v, spec)` for an int-like object whose type is called `type_name` (`bool`, a
/// subclass) in error messages.
pub fn format_int_as(
    v: &Int,
    spec: &str,
    type_name: &str,
    version: PyVersion,
    max_str_digits: usize,
) -> NumResult<String> {
    if spec.is_empty() {
        return int::to_decimal_string(v, max_str_digits, version);
    }
    let f = FormatSpec::parse(spec, type_name, Some('d'), '>', version)?;
    match f.ty {
        Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => {}
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let x = int::to_f64(v)?;
            return format_float_spec(x, &f);
        }
        Some(t) => return Err(unknown_type(t, type_name)),
        None => {}
    }
    let ty = f.ty.unwrap_or('d');
    if f.precision.is_some() {
        return Err(NumError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if f.no_neg_0 {
        return Err(NumError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        if f.sign.is_some() {
            return Err(NumError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if f.alternate {
            return Err(NumError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let Some(x) = v.as_i64() else {
            return Err(NumError::overflow(
                "Python int too large to convert to C long",
            ));
        };
        if !(0..=0x10ffff).contains(&x) {
            return Err(NumError::overflow("%c arg not in range(0x110000)"));
        }
        // Lone surrogates cannot live in a Rust String; U+FFFD stands in for them.
        let ch = char::from_u32(x as u32).unwrap_or('\u{FFFD}');
        let s = ch.to_string();
        return render_number(
            &f,
            &Number {
                negative: false,
                prefix: "",
                digits: "",
                has_decimal: false,
                remainder: &s,
            },
            Grouping::None,
        );
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mag = int::abs(v);
    let mut digits = if base == 10 {
        int::to_decimal_string(&mag, max_str_digits, version)?
    } else {
        int::to_string_radix(&mag, base)
    };
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let grouping = if ty == 'n' {
        Grouping::None
    } else {
        f.grouping
    };
    render_number(
        &f,
        &Number {
            negative: v.is_negative(),
            prefix: if f.alternate { prefix } else { "" },
            digits: &digits,
            has_decimal: false,
            remainder: "",
        },
        grouping,
    )
}

/// `format(x, spec)` for a `float`.
pub fn format_float(x: f64, spec: &str, version: PyVersion) -> NumResult<String> {
    format_float_as(x, spec, "float", version)
}

/// `format(x, spec)` for a float-like object whose type is called `type_name`.
pub fn format_float_as(
    x: f64,
    spec: &str,
    type_name: &str,
    version: PyVersion,
) -> NumResult<String> {
    if spec.is_empty() {
        return Ok(repr::float_repr(x));
    }
    let f = FormatSpec::parse(spec, type_name, None, '>', version)?;
    match f.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_spec(x, &f),
        Some(t) => Err(unknown_type(t, type_name)),
    }
}

/// `format_float_internal`.
fn format_float_spec(x: f64, f: &FormatSpec) -> NumResult<String> {
    if f.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(NumError::value("precision too big"));
    }
    let mut flags = 0;
    if f.alternate {
        flags |= DTSF_ALT;
    }
    if f.no_neg_0 {
        flags |= DTSF_NO_NEG_0;
    }
    let mut ty = f.ty.unwrap_or('\0');
    let mut default_precision = 6;
    if ty == '\0' {
        flags |= DTSF_ADD_DOT_0;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = x;
    let mut pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        pct = true;
    }
    let precision = match f.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let mut buf = repr::format_float(val, ty, precision, flags);
    if pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let ndig = body.bytes().take_while(u8::is_ascii_digit).count();
    let digits = &body[..ndig];
    let rest = &body[ndig..];
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let grouping = if f.ty == Some('n') {
        Grouping::None
    } else {
        f.grouping
    };
    render_number(
        f,
        &Number {
            negative,
            prefix: "",
            digits,
            has_decimal,
            remainder,
        },
        grouping,
    )
}

/// `format(s, spec)` for a `str`.
pub fn format_str(s: &str, spec: &str, version: PyVersion) -> NumResult<String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let f = FormatSpec::parse(spec, "str", Some('s'), '<', version)?;
    match f.ty {
        Some('s') | None => {}
        Some(t) => return Err(unknown_type(t, "str")),
    }
    match f.sign {
        Some(' ') => {
            return Err(NumError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(NumError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if f.no_neg_0 {
        return Err(NumError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if f.alternate {
        return Err(NumError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if f.align == '=' {
        return Err(NumError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let len = s.chars().count();
    let body: &str = match f.precision {
        Some(p) if p < len => truncate(s, p),
        _ => s,
    };
    let n = body.chars().count();
    let width = f.width.unwrap_or(0);
    check_width(width as i64)?;
    let total = width.max(n);
    let lpad = match f.align {
        '>' => total - n,
        '^' => (total - n) / 2,
        _ => 0,
    };
    let rpad = total - n - lpad;
    let mut out = String::with_capacity(body.len() + total - n);
    for _ in 0..lpad {
        out.push(f.fill);
    }
    out.push_str(body);
    for _ in 0..rpad {
        out.push(f.fill);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    const V: PyVersion = PyVersion::V3_11;

    #[test]
    fn basics() {
        let i = |v: i64, s: &str| format_int(&Int::Small(v), s, V, 4300).unwrap();
        assert_eq!(i(1234, "0=10,"), "00,001,234");
        assert_eq!(i(255, "#_b"), "0b1111_1111");
        assert_eq!(i(-255, "#010X"), "-0X00000FF");
        assert_eq!(i(1, "=^5"), "==1==");
        assert_eq!(format_float(1234.5, "010,.1f", V).unwrap(), "0,001,234.5");
        assert_eq!(format_float(f64::INFINITY, "010", V).unwrap(), "0000000inf");
        assert_eq!(format_float(1.5, "#.0f", V).unwrap(), "2.");
        assert_eq!(format_float(-0.0, "z", V).unwrap(), "0.0");
        assert_eq!(format_str("abc", ".1", V).unwrap(), "a");
        assert_eq!(format_str("a", "05", V).unwrap(), "a0000");
    }
}
