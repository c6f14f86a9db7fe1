//! Python `float` semantics that IEEE arithmetic alone does not give: floor division and
//! modulo (Objects/floatobject.c), `**`, `round`, parsing and `hex`/`fromhex`.
//!
//! Float-to-text (`repr`, `str`, `PyOS_double_to_string` under `format`) is
//! [`krait_loader::repr::float_repr`] and [`krait_loader::repr::format_float`].

use krait_loader::PyVersion;
use num_bigint::BigUint;
use num_integer::Integer;
use num_traits::{One, Pow};

use super::int::{self, Int};
use super::{NumError, NumResult};

// ---------------------------------------------------------------------------------------
// Arithmetic

/// `x / y`.
pub fn truediv(x: f64, y: f64) -> NumResult<f64> {
    if y == 0.0 {
        return Err(NumError::zero_division("float division by zero"));
    }
    Ok(x / y)
}

/// `_float_div_mod`: (floor quotient, modulo) for `y` ≠ 0, with CPython's zero signs.
fn div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `x // y`.
pub fn floordiv(x: f64, y: f64) -> NumResult<f64> {
    if y == 0.0 {
        return Err(NumError::zero_division("float floor division by zero"));
    }
    Ok(div_mod(x, y).0)
}

/// `x % y` (the sign of `y`; `-0.0 % 5.0 == 0.0`). The message changed in 3.13.
pub fn modulo(x: f64, y: f64, version: PyVersion) -> NumResult<f64> {
    if y == 0.0 {
        return Err(NumError::zero_division(if version >= PyVersion::V3_13 {
            "float modulo by zero"
        } else {
            "float modulo"
        }));
    }
    let mut m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    Ok(m)
}

/// `divmod(x, y)`.
pub fn divmod(x: f64, y: f64) -> NumResult<(f64, f64)> {
    if y == 0.0 {
        return Err(NumError::zero_division("float divmod()"));
    }
    Ok(div_mod(x, y))
}

/// The outcome of `float ** float`.
#[derive(Copy, Clone, Debug, PartialEq)]
pub enum FloatPow {
    Real(f64),
    /// A negative base with a non-integral exponent: CPython computes a complex power.
    Complex,
}

fn is_odd_integer(x: f64) -> bool {
    // DOUBLE_IS_ODD_INTEGER: fmod(fabs(x), 2.0) == 1.0
    (x.abs() % 2.0) == 1.0
}

/// `x ** y` (`float_pow`).
pub fn pow(iv: f64, iw: f64) -> NumResult<FloatPow> {
    use FloatPow::Real;
    if iw == 0.0 {
        return Ok(Real(1.0));
    }
    if iv.is_nan() {
        return Ok(Real(iv));
    }
    if iw.is_nan() {
        return Ok(Real(if iv == 1.0 { 1.0 } else { iw }));
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return Ok(Real(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        }));
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(Real(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        }));
    }
    if iv == 0.0 {
        let odd = is_odd_integer(iw);
        if iw < 0.0 {
            return Err(NumError::zero_division(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(Real(if odd { iv } else { 0.0 }));
    }
    let mut base = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Ok(FloatPow::Complex);
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(Real(if negate { -1.0 } else { 1.0 }));
    }
    let r = base.powf(iw);
    if r.is_infinite() {
        return Err(NumError::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(Real(if negate { -r } else { r }))
}

/// `round(x)`: half to even, to an int.
pub fn round_to_int(x: f64) -> NumResult<Int> {
    int::from_f64(x.round_ties_even())
}

/// `x = mant · 2^exp` exactly for finite `|x|` (mant > 0 unless x is zero).
pub(crate) fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64;
    let f = bits & ((1 << 52) - 1);
    if e == 0 {
        (f, -1074)
    } else {
        (f | (1 << 52), e - 1075)
    }
}

/// Rounds `num / den` half to even.
fn div_round_half_even(num: &BigUint, den: &BigUint) -> BigUint {
    let (q, r) = num.div_rem(den);
    let twice = &r << 1usize;
    match twice.cmp(den) {
        std::cmp::Ordering::Greater => q + 1u32,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1u32,
        _ => q,
    }
}

/// `round(x, ndigits)`: correctly rounded to `ndigits` decimal places (half to even on
/// the exact binary value), like CPython's `double_round`.
pub fn round_ndigits(x: f64, ndigits: i64) -> NumResult<f64> {
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX || x == 0.0 {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let (mant, exp) = decompose(x);
    let m = BigUint::from(mant);
    let ten_n = Pow::pow(BigUint::from(10u32), ndigits.unsigned_abs());
    // n = round(|x| · 10^ndigits)
    let n = if ndigits >= 0 {
        let num = m * &ten_n;
        if exp >= 0 {
            num << exp as usize
        } else {
            div_round_half_even(&num, &(BigUint::one() << (-exp) as usize))
        }
    } else if exp >= 0 {
        div_round_half_even(&(m << exp as usize), &ten_n)
    } else {
        div_round_half_even(&m, &(ten_n.clone() << (-exp) as usize))
    };
    let r = if ndigits >= 0 {
        int::div_to_f64(&n, &ten_n)
    } else {
        int::scaled_to_f64(&(n * ten_n), 0, false)
    };
    match r {
        Some(v) => Ok(v.copysign(x)),
        None => Err(NumError::overflow("rounded value too large to represent")),
    }
}

/// `float.is_integer()`.
pub fn is_integer(x: f64) -> bool {
    x.is_finite() && x == x.floor()
}

/// `float.as_integer_ratio()`: the exact ratio in lowest terms, positive denominator.
pub fn as_integer_ratio(x: f64) -> NumResult<(Int, Int)> {
    if x.is_infinite() {
        return Err(NumError::overflow(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x.is_nan() {
        return Err(NumError::value("cannot convert NaN to integer ratio"));
    }
    if x == 0.0 {
        return Ok((Int::Small(0), Int::Small(1)));
    }
    let (mut mant, mut exp) = decompose(x);
    let tz = mant.trailing_zeros();
    mant >>= tz;
    exp += i64::from(tz);
    let signed = |m: num_bigint::BigInt| if x < 0.0 { -m } else { m };
    if exp >= 0 {
        let n = num_bigint::BigInt::from(mant) << exp as usize;
        Ok((Int::from_big(signed(n)), Int::Small(1)))
    } else {
        let d = num_bigint::BigInt::one() << (-exp) as usize;
        Ok((
            Int::from_big(signed(num_bigint::BigInt::from(mant))),
            Int::from_big(d),
        ))
    }
}

// ---------------------------------------------------------------------------------------
// Parsing

fn is_c_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Strict `_Py_dg_strtod`-plus-inf/nan grammar on the whole (trimmed) text.
fn parse_ascii_float(s: &[u8]) -> Option<f64> {
    let mut i = 0;
    let negative = match s.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let rest = &s[i..];
    if rest.eq_ignore_ascii_case(b"inf") || rest.eq_ignore_ascii_case(b"infinity") {
        return Some(if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if rest.eq_ignore_ascii_case(b"nan") {
        return Some(if negative { -f64::NAN } else { f64::NAN });
    }
    let digits = |j: &mut usize| {
        let st = *j;
        while *j < rest.len() && rest[*j].is_ascii_digit() {
            *j += 1;
        }
        *j - st
    };
    let mut j = 0;
    let int_len = digits(&mut j);
    let mut frac_len = 0;
    if j < rest.len() && rest[j] == b'.' {
        j += 1;
        frac_len = digits(&mut j);
    }
    if int_len + frac_len == 0 {
        return None;
    }
    if j < rest.len() && (rest[j] == b'e' || rest[j] == b'E') {
        let mut k = j + 1;
        if k < rest.len() && (rest[k] == b'+' || rest[k] == b'-') {
            k += 1;
        }
        if digits(&mut k) == 0 {
            return None;
        }
        j = k;
    }
    if j != rest.len() {
        return None;
    }
    // The grammar is a subset of Rust's; Rust's parse is correctly rounded.
    let text = std::str::from_utf8(s).ok()?;
    let text = text.strip_prefix('+').unwrap_or(text);
    text.parse::<f64>().ok()
}

fn parse_transformed(buf: &[u8]) -> Option<f64> {
    let mut s = buf;
    while let [c, rest @ ..] = s {
        if is_c_space(*c) {
            s = rest;
        } else {
            break;
        }
    }
    while let [rest @ .., c] = s {
        if is_c_space(*c) {
            s = rest;
        } else {
            break;
        }
    }
    if s.contains(&0) {
        return None;
    }
    if !s.contains(&b'_') {
        return parse_ascii_float(s);
    }
    let mut clean = Vec::with_capacity(s.len());
    let mut prev = 0u8;
    for &c in s {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            clean.push(c);
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
        }
        prev = c;
    }
    if prev == b'_' {
        return None;
    }
    parse_ascii_float(&clean)
}

/// `float(s)` for a `str` given as code points (Unicode digits and spaces accepted). The
/// error message shows `repr(s)` with the Unicode database of CPython `version`.
pub fn parse_code_points<I>(cps: I, version: PyVersion) -> NumResult<f64>
where
    I: Iterator<Item = u32> + Clone,
{
    let buf = super::transform_decimal_and_space(cps.clone());
    parse_transformed(&buf).ok_or_else(|| {
        NumError::value(format!(
            "could not convert string to float: {}",
            super::code_points_repr(cps, version)
        ))
    })
}

/// `float(s)` for a Rust string; see [`parse_code_points`].
pub fn parse_str(s: &str, version: PyVersion) -> NumResult<f64> {
    if s.is_ascii() {
        if let Some(v) = parse_transformed(s.as_bytes()) {
            return Ok(v);
        }
    }
    parse_code_points(s.chars().map(u32::from), version)
}

/// `float(b)` for `bytes`.
pub fn parse_bytes(b: &[u8]) -> NumResult<f64> {
    parse_transformed(b).ok_or_else(|| {
        NumError::value(format!(
            "could not convert string to float: {}",
            krait_loader::repr::bytes_repr(b)
        ))
    })
}

// ---------------------------------------------------------------------------------------
// hex / fromhex

/// `float.hex()`.
pub fn to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (lead, exp) = if e == 0 { (0, -1022) } else { (1, e - 1023) };
    format!("{sign}0x{lead}.{frac:013x}p{exp:+}")
}

/// `float.fromhex(s)`: correctly rounded (half to even).
pub fn from_hex(s: &str) -> NumResult<f64> {
    let invalid = || NumError::value("invalid hexadecimal floating-point string");
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && is_c_space(b[i]) {
        i += 1;
    }
    let mut negative = false;
    if i < b.len() && (b[i] == b'-' || b[i] == b'+') {
        negative = b[i] == b'-';
        i += 1;
    }
    let mut end = b.len();
    while end > i && is_c_space(b[end - 1]) {
        end -= 1;
    }
    let body = &b[i..end];
    let lower: Vec<u8> = body.iter().map(|c| c.to_ascii_lowercase()).collect();
    if lower == b"inf" || lower == b"infinity" {
        return Ok(if negative {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        });
    }
    if lower == b"nan" {
        return Ok(if negative { -f64::NAN } else { f64::NAN });
    }
    let mut j = 0;
    if lower.len() >= 2 && lower[0] == b'0' && lower[1] == b'x' {
        j = 2;
    }
    let mut coeff: Vec<u8> = Vec::new();
    let mut frac_digits: i64 = 0;
    let mut any = false;
    while j < lower.len() && lower[j].is_ascii_hexdigit() {
        coeff.push(hex_val(lower[j]));
        any = true;
        j += 1;
    }
    if j < lower.len() && lower[j] == b'.' {
        j += 1;
        while j < lower.len() && lower[j].is_ascii_hexdigit() {
            coeff.push(hex_val(lower[j]));
            frac_digits += 1;
            any = true;
            j += 1;
        }
    }
    if !any {
        return Err(invalid());
    }
    let mut exp: i64 = 0;
    if j < lower.len() && lower[j] == b'p' {
        j += 1;
        let mut eneg = false;
        if j < lower.len() && (lower[j] == b'-' || lower[j] == b'+') {
            eneg = lower[j] == b'-';
            j += 1;
        }
        let st = j;
        while j < lower.len() && lower[j].is_ascii_digit() {
            exp = exp
                .saturating_mul(10)
                .saturating_add(i64::from(lower[j] - b'0'));
            j += 1;
        }
        if j == st {
            return Err(invalid());
        }
        if eneg {
            exp = -exp;
        }
    }
    if j != lower.len() {
        return Err(invalid());
    }
    let sign = |v: f64| if negative { -v } else { v };
    let first = coeff.iter().position(|&d| d != 0);
    let Some(first) = first else {
        return Ok(sign(0.0));
    };
    let n = BigUint::from_radix_be(&coeff[first..], 16).unwrap_or_default();
    let e2 = exp.saturating_sub(frac_digits.saturating_mul(4));
    let top = e2.saturating_add(n.bits() as i64);
    if top > 1024 {
        return Err(NumError::overflow(
            "hexadecimal value too large to represent as a float",
        ));
    }
    if top < -1080 {
        return Ok(sign(0.0));
    }
    match int::scaled_to_f64(&n, e2, false) {
        Some(v) => Ok(sign(v)),
        None => Err(NumError::overflow(
            "hexadecimal value too large to represent as a float",
        )),
    }
}

fn hex_val(c: u8) -> u8 {
    match c {
        b'0'..=b'9' => c - b'0',
        _ => c.to_ascii_lowercase() - b'a' + 10,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding() {
        assert_eq!(round_ndigits(2.675, 2), Ok(2.67));
        assert_eq!(round_ndigits(12345.0, -2), Ok(12300.0));
        assert_eq!(
            round_ndigits(-0.4, 0).map(f64::to_bits),
            Ok((-0.0f64).to_bits())
        );
        assert!(round_ndigits(1.7976931348623157e308, -308).is_err());
    }
}
