//! `format(complex, spec)`: CPython's `format_complex_internal`. Both parts are formatted
//! like floats without padding (the imaginary part always signed unless the real part is
//! omitted), joined with `j` and optional parentheses, then padded as a whole.

use krait_loader::repr::{format_float, DTSF_ALT, DTSF_NO_NEG_0};

use crate::error::{value_error, PyResult};
use crate::format_spec::{FormatSpec, Grouping};
use crate::interp::Interp;

/// `format(complex(re, im), spec)`.
pub fn format_complex(i: &mut dyn Interp, re: f64, im: f64, spec: &str) -> PyResult<String> {
    let version = i.version();
    if spec.is_empty() {
        return Ok(krait_loader::repr::complex_repr(re, im));
    }
    let f = FormatSpec::parse(spec, "complex", None, '>', version)?;
    if f.fill == '0' {
        return Err(value_error(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if f.align == '=' {
        return Err(value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let mut skip_re = false;
    let mut parens = false;
    let mut precision = f.precision.unwrap_or(6);
    let code = match f.ty {
        None => {
            if re == 0.0 && re.is_sign_positive() {
                skip_re = true;
            } else {
                parens = true;
            }
            match f.precision {
                Some(_) => 'g',
                None => {
                    precision = 0;
                    'r'
                }
            }
        }
        Some('n') => 'g',
        Some(c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G')) => c,
        Some(c) => {
            return Err(value_error(format!(
                "Unknown format code '{c}' for object of type 'complex'"
            )))
        }
    };
    let mut flags = 0;
    if f.alternate {
        flags |= DTSF_ALT;
    }
    if f.no_neg_0 {
        flags |= DTSF_NO_NEG_0;
    }
    let part = |x: f64, sign: Option<char>| -> String {
        let body = format_float(x.abs(), code, precision, flags);
        let neg = x.is_sign_negative() && !x.is_nan() && !(f.no_neg_0 && body_is_zero(&body));
        let sign = if neg {
            "-"
        } else {
            match sign {
                Some('+') => "+",
                Some(' ') => " ",
                _ => "",
            }
        };
        format!("{sign}{}", group(&body, f.grouping))
    };
    let mut out = String::new();
    if parens {
        out.push('(');
    }
    if !skip_re {
        out.push_str(&part(re, f.sign));
    }
    out.push_str(&part(im, if skip_re { f.sign } else { Some('+') }));
    out.push('j');
    if parens {
        out.push(')');
    }
    let len = out.chars().count();
    let width = f.width.unwrap_or(0);
    if len >= width {
        return Ok(out);
    }
    let pad = width - len;
    let (l, r) = match f.align {
        '<' => (0, pad),
        '^' => (pad / 2, pad - pad / 2),
        _ => (pad, 0),
    };
    let fill = |n: usize| std::iter::repeat_n(f.fill, n).collect::<String>();
    Ok(format!("{}{out}{}", fill(l), fill(r)))
}

fn body_is_zero(s: &str) -> bool {
    s.bytes()
        .take_while(|c| !matches!(c, b'e' | b'E'))
        .all(|c| matches!(c, b'0' | b'.'))
}

/// Inserts the thousands separator into the integer digits of `body`.
fn group(body: &str, g: Grouping) -> String {
    let sep = match g {
        Grouping::Comma => ',',
        Grouping::Underscore | Grouping::UnderscoreFour => '_',
        Grouping::None => return body.to_string(),
    };
    let end = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (int, rest) = body.split_at(end);
    let mut out = String::new();
    for (k, c) in int.chars().enumerate() {
        if k > 0 && (int.len() - k) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out.push_str(rest);
    out
}
