//! Floats and complex numbers the way CPython prints them.
//!
//! CPython formats every float through `PyOS_double_to_string` (Python/pystrtod.c): David
//! Gay's `_Py_dg_dtoa` produces a digit string and a decimal-point position, and a layout
//! step pads it with zeros, places the point and appends an exponent. Here Rust's own
//! exact float formatting produces the digits (shortest round-trip for mode 0, correctly
//! rounded for modes 2 and 3, like dtoa) and [`format_float`] reimplements the layout.

use std::fmt::Write as _;

/// `Py_DTSF_SIGN`: always write a sign (`+` for non-negative values, nan and inf included).
pub const DTSF_SIGN: u32 = 0x01;
/// `Py_DTSF_ADD_DOT_0`: give integral values in non-exponent form a trailing `.0`
/// (codes `r` and `g`).
pub const DTSF_ADD_DOT_0: u32 = 0x02;
/// `Py_DTSF_ALT`: the `#` alternate form (keep the point and, for `g`, trailing zeros).
pub const DTSF_ALT: u32 = 0x04;
/// `Py_DTSF_NO_NEG_0` (3.11+, the `z` format option): a value that rounds to zero prints
/// without its minus sign.
pub const DTSF_NO_NEG_0: u32 = 0x08;

/// `repr(float)` (and `str(float)`, the same since Python 3.2): shortest round-trip digits,
/// exponent form below `1e-4` and from `1e16` up, `.0` added to integral values.
pub fn float_repr(x: f64) -> String {
    let mut out = String::with_capacity(24);
    write_float_repr(&mut out, x);
    out
}

/// `str(float)`: identical to [`float_repr`] in Python 3.
pub fn float_str(x: f64) -> String {
    float_repr(x)
}

/// Appends `repr(x)` to `out`.
pub fn write_float_repr(out: &mut String, x: f64) {
    write_float(out, x, 'r', 0, DTSF_ADD_DOT_0);
}

/// `repr(complex(re, im))` (Objects/complexobject.c `complex_repr`): `1j` when the real part
/// is +0.0, otherwise `(re±imj)`; components use `r` digits without an added `.0`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let mut out = String::with_capacity(32);
    write_complex_repr(&mut out, re, im);
    out
}

/// `str(complex)`: identical to [`complex_repr`] in Python 3.
pub fn complex_str(re: f64, im: f64) -> String {
    complex_repr(re, im)
}

/// Appends `repr(complex(re, im))` to `out`.
pub fn write_complex_repr(out: &mut String, re: f64, im: f64) {
    if re == 0.0 && re.is_sign_positive() {
        write_float(out, im, 'r', 0, 0);
        out.push('j');
    } else {
        out.push('(');
        write_float(out, re, 'r', 0, 0);
        write_float(out, im, 'r', 0, DTSF_SIGN);
        out.push_str("j)");
    }
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags, NULL)`.
///
/// `code` is one of `e`, `f`, `g`, `r` or their upper-case forms (upper case gives `E`,
/// `INF`, `NAN`); any other code is treated as `r`. `precision` is ignored for `r`; for `g`
/// a precision of 0 means 1. `flags` combines the `DTSF_*` constants. Callers bound the
/// precision (CPython refuses more than `i32::MAX`); the output is `precision` digits long.
pub fn format_float(x: f64, code: char, precision: usize, flags: u32) -> String {
    let mut out = String::with_capacity(24);
    write_float(&mut out, x, code, precision, flags);
    out
}

/// A stack buffer for Rust's formatting of one float (the shortest form fits), spilling to
/// the heap for long precisions.
struct DigitBuf {
    buf: [u8; 40],
    len: usize,
    heap: Option<Vec<u8>>,
}

impl DigitBuf {
    fn new() -> Self {
        Self {
            buf: [0; 40],
            len: 0,
            heap: None,
        }
    }
    fn bytes(&self) -> &[u8] {
        match &self.heap {
            Some(v) => v,
            None => &self.buf[..self.len],
        }
    }
    fn bytes_mut(&mut self) -> &mut [u8] {
        match &mut self.heap {
            Some(v) => v,
            None => &mut self.buf[..self.len],
        }
    }
}

impl std::fmt::Write for DigitBuf {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        if let Some(h) = &mut self.heap {
            h.extend_from_slice(s.as_bytes());
        } else if self.len + s.len() <= self.buf.len() {
            self.buf[self.len..self.len + s.len()].copy_from_slice(s.as_bytes());
            self.len += s.len();
        } else {
            let mut h = Vec::with_capacity(self.len + s.len() + 16);
            h.extend_from_slice(&self.buf[..self.len]);
            h.extend_from_slice(s.as_bytes());
            self.heap = Some(h);
        }
        Ok(())
    }
}

/// Which digit generation `_Py_dg_dtoa` is asked for.
#[derive(Copy, Clone)]
enum Mode {
    /// Mode 0: shortest digits that round-trip.
    Shortest,
    /// Mode 2: `n` significant digits (n >= 1), correctly rounded.
    Significant(usize),
    /// Mode 3: `n` digits after the decimal point, correctly rounded.
    Fixed(usize),
}

/// More significant digits than any double's exact decimal expansion has (767).
const MAX_SIGNIFICANT: usize = 800;
/// More decimals than any double's exact expansion has (1074, for 2^-1074).
const MAX_FRACTION: usize = 1100;

/// Formats `|x|` (finite) into `buf` and finds its digits there, without leading or
/// trailing zeros, and the decimal point position: value = 0.DIGITS × 10^decpt. Zero gives
/// ("0", 1); a fixed-mode value that rounds to zero gives ("", -n), like dtoa.
fn digits(x: f64, mode: Mode, buf: &mut DigitBuf) -> (std::ops::Range<usize>, i64) {
    let a = x.abs();
    if a == 0.0 {
        let _ = buf.write_str("0");
        return (0..1, 1);
    }
    match mode {
        Mode::Significant(n) => {
            // A double has at most 767 significant digits; asking for more only makes
            // Rust write zeros that are stripped again (the layout pads them back).
            let _ = write!(buf, "{:.*e}", n.clamp(1, MAX_SIGNIFICANT) - 1, a);
            sci_digits(buf)
        }
        Mode::Shortest => {
            let _ = write!(buf, "{a:e}");
            let (range, decpt) = sci_digits(buf);
            // Rust breaks a tie between two equally close shortest candidates upwards,
            // dtoa to the even digit. Ties need 16+ digits (two neighbours within half an
            // ulp) and an exact value of n+1 digits; the correctly rounded (half-even) form
            // of that length is dtoa's answer when it still round-trips (near powers of
            // two it may not).
            let n = range.len();
            if n >= 16 && exact_digits_at_most_18(a) {
                let mut even = DigitBuf::new();
                let _ = write!(even, "{:.*e}", n - 1, a);
                let round_trips = std::str::from_utf8(even.bytes())
                    .ok()
                    .and_then(|t| t.parse::<f64>().ok())
                    == Some(a);
                let (r2, d2) = sci_digits(&mut even);
                if round_trips
                    && r2.len() == n
                    && (&even.bytes()[r2.clone()], d2) != (&buf.bytes()[range.clone()], decpt)
                {
                    *buf = even;
                    return (r2, d2);
                }
            }
            (range, decpt)
        }
        Mode::Fixed(n) => {
            // Every double is exact within 1074 decimals; see `MAX_SIGNIFICANT`.
            let _ = write!(buf, "{:.*}", n.min(MAX_FRACTION), a);
            let s = buf.bytes_mut();
            let point = s.iter().position(|&c| c == b'.').unwrap_or(s.len());
            // Close the gap of the point: the integer digits move one place right.
            if point < s.len() {
                s.copy_within(0..point, 1);
            }
            let first = if point < s.len() { 1 } else { 0 };
            let lead = s[first..].iter().take_while(|&&c| c == b'0').count();
            let start = first + lead;
            if start == s.len() {
                // Rounded to zero: no digits ("fcvt style").
                return (0..0, -(n.min(i64::MAX as usize) as i64));
            }
            let mut end = s.len();
            while end > start + 1 && s[end - 1] == b'0' {
                end -= 1;
            }
            (start..end, point as i64 - lead as i64)
        }
    }
}

/// Whether the exact decimal expansion of `a` (finite, positive) has at most 18
/// significant digits: the only values whose shortest digits can be a tie.
fn exact_digits_at_most_18(a: f64) -> bool {
    if a >= 1e18 {
        // An integer that large has no factor 5, hence no trailing decimal zeros.
        return false;
    }
    let bits = a.to_bits();
    let biased = ((bits >> 52) & 0x7FF) as i32;
    let frac = bits & ((1 << 52) - 1);
    let (mant, exp) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | 1 << 52, biased - 1075)
    };
    if mant == 0 {
        return true;
    }
    let tz = mant.trailing_zeros() as i32;
    let (odd, exp) = (mant >> tz, exp + tz);
    if exp >= 0 {
        return true; // an integer below 1e18
    }
    // odd / 2^k = odd * 5^k / 10^k: as many significant digits as odd * 5^k.
    let k = -exp;
    if k > 25 {
        return false; // 5^26 alone has 19 digits
    }
    (odd as u128) * 5u128.pow(k as u32) < 1_000_000_000_000_000_000
}

/// Reads Rust's `{:e}` form in `buf` ("D.DDDe[-]X" or "De[-]X") as digits without the
/// point or trailing zeros, and dtoa's decimal point position.
fn sci_digits(buf: &mut DigitBuf) -> (std::ops::Range<usize>, i64) {
    let s = buf.bytes_mut();
    let e_at = s.iter().position(|&c| c == b'e').unwrap_or(s.len());
    let exp: i64 = std::str::from_utf8(&s[(e_at + 1).min(s.len())..])
        .ok()
        .and_then(|t| t.parse().ok())
        .unwrap_or(0);
    let mut start = 0;
    if e_at > 1 && s[1] == b'.' {
        // Drop the point by moving the first digit onto it.
        s[1] = s[0];
        start = 1;
    }
    let mut end = e_at;
    while end > start + 1 && s[end - 1] == b'0' {
        end -= 1;
    }
    (start..end, exp + 1)
}

/// Appends `PyOS_double_to_string(x, code, precision, flags)` to `out`; see [`format_float`].
pub fn write_float(out: &mut String, x: f64, code: char, precision: usize, flags: u32) {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let (code, precision, mode) = match code {
        'e' => (
            'e',
            precision.saturating_add(1),
            Mode::Significant(precision.saturating_add(1)),
        ),
        'f' => ('f', precision, Mode::Fixed(precision)),
        'g' => {
            let p = precision.max(1);
            ('g', p, Mode::Significant(p))
        }
        _ => ('r', 0, Mode::Shortest),
    };
    let always_sign = flags & DTSF_SIGN != 0;
    let add_dot_0 = flags & DTSF_ADD_DOT_0 != 0;
    let alt = flags & DTSF_ALT != 0;
    let no_neg_0 = flags & DTSF_NO_NEG_0 != 0;

    if !x.is_finite() {
        // nan never shows its sign bit.
        let negative = x.is_sign_negative() && x.is_infinite();
        if negative {
            out.push('-');
        } else if always_sign {
            out.push('+');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return;
    }

    let mut buf = DigitBuf::new();
    let (range, decpt) = digits(x, mode, &mut buf);
    let digits = &buf.bytes()[range];
    let mut negative = x.is_sign_negative();
    if no_neg_0 && negative && (digits.is_empty() || digits == b"0") {
        negative = false;
    }
    layout(
        out,
        negative,
        digits,
        decpt,
        code,
        precision as i64,
        always_sign,
        add_dot_0,
        alt,
        upper,
    );
}

/// `format_float_short`'s layout: the slice `vdigits[start..end]` of the digits padded with
/// zeros on both sides, with a decimal point and maybe an exponent.
#[allow(clippy::too_many_arguments)]
fn layout(
    out: &mut String,
    negative: bool,
    digits: &[u8],
    mut decpt: i64,
    code: char,
    precision: i64,
    always_sign: bool,
    add_dot_0: bool,
    alt: bool,
    upper: bool,
) {
    let ndigits = digits.len() as i64;
    let mut vend = ndigits;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vend = precision;
        }
        'f' => vend = decpt + precision,
        'g' => {
            let limit = if add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if alt {
                vend = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    vend = if !use_exp && add_dot_0 {
        vend.max(decpt + 1)
    } else {
        vend.max(decpt)
    };

    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let text = |out: &mut String, d: &[u8]| {
        // Digits are ASCII.
        out.extend(d.iter().map(|&c| c as char));
    };

    out.reserve((vend - vstart).max(0) as usize + 8);
    if negative {
        out.push('-');
    } else if always_sign {
        out.push('+');
    }
    if decpt <= 0 {
        zeros(out, decpt - vstart);
        out.push('.');
        zeros(out, -decpt);
    } else {
        zeros(out, -vstart);
    }
    if 0 < decpt && decpt <= ndigits {
        let d = decpt as usize;
        text(out, &digits[..d]);
        out.push('.');
        text(out, &digits[d..]);
    } else {
        text(out, digits);
    }
    if ndigits < decpt {
        zeros(out, decpt - ndigits);
        out.push('.');
        zeros(out, vend - decpt);
    } else {
        zeros(out, vend - ndigits);
    }
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        let _ = write!(out, "{e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (1234567890123456.0, "1234567890123456.0"),
            (0.0001, "0.0001"),
            (1.5e300, "1.5e+300"),
            (5e-324, "5e-324"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (123.456, "123.456"),
            (2e16 + 8.0, "2.000000000000001e+16"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "{x:e}");
        }
    }

    #[test]
    fn formats() {
        assert_eq!(format_float(0.5, 'f', 0, 0), "0");
        assert_eq!(format_float(2.5, 'f', 0, 0), "2");
        assert_eq!(format_float(0.25, 'f', 1, 0), "0.2");
        assert_eq!(format_float(0.0001, 'f', 2, 0), "0.00");
        assert_eq!(format_float(-0.0001, 'f', 2, DTSF_NO_NEG_0), "0.00");
        assert_eq!(format_float(-0.0001, 'f', 2, 0), "-0.00");
        assert_eq!(format_float(1.0, 'f', 0, DTSF_ALT), "1.");
        assert_eq!(format_float(12345.678, 'e', 3, 0), "1.235e+04");
        assert_eq!(format_float(12345.678, 'E', 3, DTSF_SIGN), "+1.235E+04");
        assert_eq!(format_float(0.0, 'e', 0, 0), "0e+00");
        assert_eq!(format_float(1.0, 'g', 6, 0), "1");
        assert_eq!(format_float(1.0, 'g', 6, DTSF_ALT), "1.00000");
        assert_eq!(format_float(1e6, 'g', 6, 0), "1e+06");
        assert_eq!(format_float(12345.0, 'g', 6, DTSF_ADD_DOT_0), "12345.0");
        assert_eq!(
            format_float(123456.0, 'g', 6, DTSF_ADD_DOT_0),
            "1.23456e+05"
        );
        assert_eq!(format_float(1e300, 'f', 2, 0).len(), 304);
        assert_eq!(format_float(f64::INFINITY, 'F', 2, DTSF_SIGN), "+INF");
        assert_eq!(format_float(1.0 / 3.0, 'f', 40, 0).len(), 42);
    }

    #[test]
    fn complexes() {
        assert_eq!(complex_repr(0.0, 1.0), "1j");
        assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
        assert_eq!(complex_repr(-0.0, -1.0), "(-0-1j)");
        assert_eq!(complex_repr(0.0, -0.0), "-0j");
        assert_eq!(complex_repr(-0.0, -0.0), "(-0-0j)");
        assert_eq!(complex_repr(f64::NAN, f64::INFINITY), "(nan+infj)");
        assert_eq!(complex_repr(1.5, f64::NEG_INFINITY), "(1.5-infj)");
    }
}
