//! `format(value, spec)` for FORMAT_VALUE and the `format` builtin. A minimal fallback
//! of the format-spec mini-language for int, float and str until the `numeric` helper's
//! `format_spec` lands (then this file delegates to it).

use krait_loader::repr::{format_float, DTSF_ADD_DOT_0};
use krait_object::error::{value_error, PyResult};
use krait_object::interp::Interp;
use krait_object::protocol;
use krait_object::types::int::{int_val, IntVal};
use krait_object::types::str::new_string;
use krait_object::Value;

struct Spec {
    fill: char,
    align: Option<char>,
    sign: char,
    alt: bool,
    zero: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

fn parse(spec: &str) -> Option<Spec> {
    let c: Vec<char> = spec.chars().collect();
    let mut k = 0;
    let mut s = Spec {
        fill: ' ',
        align: None,
        sign: '-',
        alt: false,
        zero: false,
        width: 0,
        grouping: None,
        precision: None,
        ty: None,
    };
    let is_align = |ch: char| matches!(ch, '<' | '>' | '=' | '^');
    if c.len() >= 2 && is_align(c[1]) {
        s.fill = c[0];
        s.align = Some(c[1]);
        k = 2;
    } else if !c.is_empty() && is_align(c[0]) {
        s.align = Some(c[0]);
        k = 1;
    }
    if k < c.len() && matches!(c[k], '+' | '-' | ' ') {
        s.sign = c[k];
        k += 1;
    }
    if k < c.len() && c[k] == '#' {
        s.alt = true;
        k += 1;
    }
    if k < c.len() && c[k] == '0' {
        s.zero = true;
        k += 1;
    }
    let st = k;
    while k < c.len() && c[k].is_ascii_digit() {
        k += 1;
    }
    if k > st {
        s.width = c[st..k].iter().collect::<String>().parse().ok()?;
    }
    if k < c.len() && matches!(c[k], ',' | '_') {
        s.grouping = Some(c[k]);
        k += 1;
    }
    if k < c.len() && c[k] == '.' {
        k += 1;
        let st = k;
        while k < c.len() && c[k].is_ascii_digit() {
            k += 1;
        }
        if k == st {
            return None;
        }
        s.precision = Some(c[st..k].iter().collect::<String>().parse().ok()?);
    }
    if k < c.len() {
        s.ty = Some(c[k]);
        k += 1;
    }
    (k == c.len()).then_some(s)
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let mut out = String::new();
    let n = digits.len();
    for (k, ch) in digits.chars().enumerate() {
        if k > 0 && (n - k) % every == 0 {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

fn pad(s: &Spec, sign: &str, body: &str, default_align: char) -> String {
    let len = sign.chars().count() + body.chars().count();
    let (fill, align) = if s.zero && s.align.is_none() {
        ('0', '=')
    } else {
        (s.fill, s.align.unwrap_or(default_align))
    };
    if len >= s.width {
        return format!("{sign}{body}");
    }
    let n = s.width - len;
    let f = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match align {
        '<' => format!("{sign}{body}{}", f(n)),
        '^' => format!("{}{sign}{body}{}", f(n / 2), f(n - n / 2)),
        '=' => format!("{sign}{}{body}", f(n)),
        _ => format!("{}{sign}{body}", f(n)),
    }
}

fn sign_of(s: &Spec, neg: bool) -> &'static str {
    match (neg, s.sign) {
        (true, _) => "-",
        (false, '+') => "+",
        (false, ' ') => " ",
        _ => "",
    }
}

/// `format(value, spec)`.
pub fn format(i: &mut dyn Interp, v: &Value, spec: Option<&Value>) -> PyResult<Value> {
    let spec_s = spec
        .and_then(|s| s.as_str_data())
        .map(|s| s.lossy().into_owned())
        .unwrap_or_default();
    if spec_s.is_empty() {
        if v.as_str_data().is_some() {
            return Ok(v.clone());
        }
        return protocol::str_(i, v);
    }
    let bad = || {
        value_error(format!(
            "Invalid format specifier '{spec_s}' for object of type '{}'",
            v.class_name()
        ))
    };
    let s = parse(&spec_s).ok_or_else(bad)?;
    if let Some(text) = v.as_str_data() {
        if !matches!(s.ty, None | Some('s')) {
            return Err(value_error(format!(
                "Unknown format code '{}' for object of type 'str'",
                s.ty.unwrap_or(' ')
            )));
        }
        let mut t: String = text.lossy().into_owned();
        if let Some(p) = s.precision {
            t = t.chars().take(p).collect();
        }
        return Ok(new_string(pad(&s, "", &t, '<')));
    }
    let as_float = match v {
        Value::Float(f) => Some(*f),
        _ => None,
    };
    if let (Some(iv), None) = (int_val(v), as_float) {
        if !matches!(s.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) {
            let big = iv.to_big();
            let neg = big.sign() == num_bigint::Sign::Minus;
            let mag = num_traits::Signed::abs(big.as_ref());
            let (digits, prefix) = match s.ty {
                None | Some('d') | Some('n') => (mag.to_str_radix(10), ""),
                Some('x') => (mag.to_str_radix(16), "0x"),
                Some('X') => (mag.to_str_radix(16).to_uppercase(), "0X"),
                Some('o') => (mag.to_str_radix(8), "0o"),
                Some('b') => (mag.to_str_radix(2), "0b"),
                Some('c') => {
                    let ch = match iv {
                        IntVal::Small(n) => char::from_u32(n as u32).unwrap_or('\u{FFFD}'),
                        IntVal::Big(_) => '\u{FFFD}',
                    };
                    (ch.to_string(), "")
                }
                Some(t) => {
                    return Err(value_error(format!(
                        "Unknown format code '{t}' for object of type '{}'",
                        v.class_name()
                    )))
                }
            };
            let every = if matches!(s.ty, Some('x' | 'X' | 'o' | 'b')) {
                4
            } else {
                3
            };
            let digits = match s.grouping {
                Some(g) => group(&digits, g, every),
                None => digits,
            };
            let sign = format!("{}{}", sign_of(&s, neg), if s.alt { prefix } else { "" });
            return Ok(new_string(pad(&s, &sign, &digits, '>')));
        }
    }
    let x = match as_float {
        Some(f) => f,
        None => krait_object::types::float::to_f64(i, v)?,
    };
    let neg = x.is_sign_negative() && !x.is_nan();
    let ax = x.abs();
    let mut body = match s.ty {
        Some('f') | Some('F') => format_float(ax, 'f', s.precision.unwrap_or(6), 0),
        Some('e') | Some('E') => format_float(ax, 'e', s.precision.unwrap_or(6), 0),
        Some('g') | Some('G') => format_float(ax, 'g', s.precision.unwrap_or(6).max(1), 0),
        Some('%') => format!(
            "{}%",
            format_float(ax * 100.0, 'f', s.precision.unwrap_or(6), 0)
        ),
        None => match s.precision {
            Some(p) => format_float(ax, 'g', p.max(1), DTSF_ADD_DOT_0),
            None => format_float(ax, 'r', 0, DTSF_ADD_DOT_0),
        },
        Some(t) => {
            return Err(value_error(format!(
                "Unknown format code '{t}' for object of type 'float'"
            )))
        }
    };
    if matches!(s.ty, Some('F' | 'E' | 'G')) {
        body = body.to_uppercase();
    }
    if let Some(g) = s.grouping {
        let (int_part, rest) = match body.find(|c: char| !c.is_ascii_digit()) {
            Some(p) => body.split_at(p),
            None => (body.as_str(), ""),
        };
        body = format!("{}{rest}", group(int_part, g, 3));
    }
    Ok(new_string(pad(&s, sign_of(&s, neg), &body, '>')))
}
