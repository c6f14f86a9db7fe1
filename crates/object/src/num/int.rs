//! Python `int` semantics.
//!
//! [`Int`] is a value-carrier, not the VM's object: `Small(i64)` whenever the value fits,
//! `Big(BigInt)` otherwise (every function here returns normalized values). Operations take
//! the `i64` fast path with checked arithmetic and only fall back to `BigInt` on overflow.

use std::borrow::Cow;
use std::cmp::Ordering;

use krait_loader::PyVersion;
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::float::{self, FloatPow};
use super::{NumError, NumResult};

/// CPython's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;
/// `_PY_LONG_MAX_STR_DIGITS_THRESHOLD`: the smallest limit `sys.set_int_max_str_digits`
/// accepts (besides 0, no limit).
pub const MAX_STR_DIGITS_THRESHOLD: usize = 640;

/// Results larger than this many bits raise `MemoryError` instead of being attempted.
pub const MAX_RESULT_BITS: u64 = 1 << 36;

/// A Python integer: `Small` whenever it fits in an `i64`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Int {
    Small(i64),
    Big(BigInt),
}

impl Default for Int {
    fn default() -> Self {
        Int::Small(0)
    }
}

impl From<i64> for Int {
    fn from(v: i64) -> Self {
        Int::Small(v)
    }
}

impl From<BigInt> for Int {
    fn from(v: BigInt) -> Self {
        Int::from_big(v)
    }
}

impl PartialOrd for Int {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Int {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (Int::Small(a), Int::Small(b)) => a.cmp(b),
            _ => self.to_big().cmp(&other.to_big()),
        }
    }
}

impl std::fmt::Display for Int {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Int::Small(v) => write!(f, "{v}"),
            Int::Big(v) => write!(f, "{v}"),
        }
    }
}

impl Int {
    /// Normalizes: values that fit become `Small`.
    pub fn from_big(v: BigInt) -> Self {
        match v.to_i64() {
            Some(s) => Int::Small(s),
            None => Int::Big(v),
        }
    }

    pub fn from_i128(v: i128) -> Self {
        match i64::try_from(v) {
            Ok(s) => Int::Small(s),
            Err(_) => Int::Big(BigInt::from(v)),
        }
    }

    pub fn to_big(&self) -> Cow<'_, BigInt> {
        match self {
            Int::Small(v) => Cow::Owned(BigInt::from(*v)),
            Int::Big(v) => Cow::Borrowed(v),
        }
    }

    pub fn into_big(self) -> BigInt {
        match self {
            Int::Small(v) => BigInt::from(v),
            Int::Big(v) => v,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Int::Small(v) => Some(*v),
            Int::Big(_) => None,
        }
    }

    pub fn is_zero(&self) -> bool {
        matches!(self, Int::Small(0))
    }

    pub fn is_negative(&self) -> bool {
        match self {
            Int::Small(v) => *v < 0,
            Int::Big(v) => v.sign() == Sign::Minus,
        }
    }

    /// −1, 0 or 1.
    pub fn signum(&self) -> i64 {
        match self {
            Int::Small(v) => v.signum(),
            Int::Big(v) => match v.sign() {
                Sign::Minus => -1,
                Sign::NoSign => 0,
                Sign::Plus => 1,
            },
        }
    }
}

fn big(v: BigInt) -> Int {
    Int::from_big(v)
}

// ---------------------------------------------------------------------------------------
// Arithmetic

pub fn add(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some(r) = x.checked_add(*y) {
            return Int::Small(r);
        }
        return Int::from_i128(i128::from(*x) + i128::from(*y));
    }
    big(&*a.to_big() + &*b.to_big())
}

pub fn sub(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some(r) = x.checked_sub(*y) {
            return Int::Small(r);
        }
        return Int::from_i128(i128::from(*x) - i128::from(*y));
    }
    big(&*a.to_big() - &*b.to_big())
}

pub fn mul(a: &Int, b: &Int) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some(r) = x.checked_mul(*y) {
            return Int::Small(r);
        }
        return Int::from_i128(i128::from(*x) * i128::from(*y));
    }
    big(&*a.to_big() * &*b.to_big())
}

pub fn neg(a: &Int) -> Int {
    match a {
        Int::Small(x) => match x.checked_neg() {
            Some(r) => Int::Small(r),
            None => Int::Big(-BigInt::from(*x)),
        },
        Int::Big(v) => big(-v),
    }
}

pub fn abs(a: &Int) -> Int {
    if a.is_negative() {
        neg(a)
    } else {
        a.clone()
    }
}

/// `~a` = −(a + 1).
pub fn invert(a: &Int) -> Int {
    match a {
        Int::Small(x) => Int::Small(!x),
        Int::Big(v) => big(-(v + 1u32)),
    }
}

const DIV_ZERO: &str = "integer division or modulo by zero";

fn mod_zero_msg(v: PyVersion) -> &'static str {
    if v >= PyVersion::V3_11 {
        "integer modulo by zero"
    } else {
        DIV_ZERO
    }
}

/// Floor division and modulo of machine integers (`None` on i64::MIN // −1).
fn divmod_i64(x: i64, y: i64) -> Option<(i64, i64)> {
    let q = x.checked_div(y)?;
    let r = x.checked_rem(y)?;
    if r != 0 && ((r < 0) != (y < 0)) {
        Some((q - 1, r + y))
    } else {
        Some((q, r))
    }
}

/// `a // b`.
pub fn floordiv(a: &Int, b: &Int) -> NumResult<Int> {
    if b.is_zero() {
        return Err(NumError::zero_division(DIV_ZERO));
    }
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some((q, _)) = divmod_i64(*x, *y) {
            return Ok(Int::Small(q));
        }
    }
    Ok(big(a.to_big().div_floor(&b.to_big())))
}

/// `a % b` (the result has the sign of `b`). The message differs from 3.11 on.
pub fn modulo(a: &Int, b: &Int, version: PyVersion) -> NumResult<Int> {
    if b.is_zero() {
        return Err(NumError::zero_division(mod_zero_msg(version)));
    }
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some((_, r)) = divmod_i64(*x, *y) {
            return Ok(Int::Small(r));
        }
        // i64::MIN % -1
        return Ok(Int::Small(0));
    }
    Ok(big(a.to_big().mod_floor(&b.to_big())))
}

/// `divmod(a, b)`.
pub fn divmod(a: &Int, b: &Int) -> NumResult<(Int, Int)> {
    if b.is_zero() {
        return Err(NumError::zero_division(DIV_ZERO));
    }
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some((q, r)) = divmod_i64(*x, *y) {
            return Ok((Int::Small(q), Int::Small(r)));
        }
    }
    let (q, r) = a.to_big().div_mod_floor(&b.to_big());
    Ok((big(q), big(r)))
}

/// `a / b`: correctly rounded like CPython's `long_true_divide`.
pub fn truediv(a: &Int, b: &Int) -> NumResult<f64> {
    if b.is_zero() {
        return Err(NumError::zero_division("division by zero"));
    }
    const EXACT: u64 = 1 << 53;
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if x.unsigned_abs() <= EXACT && y.unsigned_abs() <= EXACT {
            return Ok(*x as f64 / *y as f64);
        }
    }
    let negative = a.is_negative() != b.is_negative();
    let (ab, bb) = (a.to_big(), b.to_big());
    match div_to_f64(ab.magnitude(), bb.magnitude()) {
        Some(v) => Ok(if negative { -v } else { v }),
        None => Err(NumError::overflow(
            "integer division result too large for a float",
        )),
    }
}

/// The correctly rounded quotient `a / b` of magnitudes (`b` ≠ 0); `None` on overflow.
pub(crate) fn div_to_f64(a: &BigUint, b: &BigUint) -> Option<f64> {
    if a.is_zero() {
        return Some(0.0);
    }
    let diff = a.bits() as i64 - b.bits() as i64;
    if diff > 1025 {
        return None;
    }
    if diff < -1076 {
        return Some(0.0);
    }
    // Scale so the integer quotient carries at least 55 significant bits; the remainder
    // becomes a sticky bit, so a single rounding in `scaled_to_f64` is exact.
    let shift = 55 - diff;
    let (q, r) = if shift >= 0 {
        (a << shift as usize).div_rem(b)
    } else {
        a.div_rem(&(b << (-shift) as usize))
    };
    scaled_to_f64(&q, -shift, !r.is_zero())
}

/// The correctly rounded (half-even) value of `(n + ε) · 2^e2`, where ε is an
/// infinitesimal present when `sticky`; `None` when it overflows a double.
pub(crate) fn scaled_to_f64(n: &BigUint, e2: i64, sticky: bool) -> Option<f64> {
    if n.is_zero() {
        return Some(0.0);
    }
    let nbits = n.bits() as i64;
    let top = nbits + e2; // value in [2^(top-1), 2^top)
    if top > 1024 {
        return None;
    }
    // Exponent of the lowest bit a double keeps at this magnitude.
    let lsb = (top - 53).max(-1074);
    let drop = lsb - e2;
    let mut q: u64;
    if drop <= 0 {
        // Exact: at most 53 bits.
        q = n.to_u64().unwrap_or(0);
        return Some(ldexp_exact(q as f64, e2));
    }
    let drop = drop as u64;
    if drop > nbits as u64 {
        // Far below half of the smallest subnormal.
        return Some(0.0);
    }
    q = (n >> drop).to_u64().unwrap_or(0);
    let half = n.bit(drop - 1);
    let lower = sticky || (drop >= 2 && n.trailing_zeros().is_some_and(|tz| tz < drop - 1));
    if half && (lower || q & 1 == 1) {
        q += 1;
    }
    // q ≤ 2^53 now; it may have carried into one more bit.
    if q != 0 && 64 - i64::from(q.leading_zeros()) + lsb > 1024 {
        return None;
    }
    Some(ldexp_exact(q as f64, lsb))
}

/// `x · 2^e` for results that are exactly representable (each step is then exact).
pub(crate) fn ldexp_exact(mut x: f64, mut e: i64) -> f64 {
    fn pow2(e: i64) -> f64 {
        f64::from_bits(((e + 1023) as u64) << 52)
    }
    while e > 1023 {
        x *= pow2(1023);
        e -= 1023;
        if x.is_infinite() {
            return x;
        }
    }
    while e < -1022 {
        x *= pow2(-1022);
        e += 1022;
        if x == 0.0 {
            return x;
        }
    }
    x * pow2(e)
}

/// `float(a)`: correctly rounded; "int too large to convert to float".
pub fn to_f64(a: &Int) -> NumResult<f64> {
    match a {
        Int::Small(v) => Ok(*v as f64),
        Int::Big(v) => match scaled_to_f64(v.magnitude(), 0, false) {
            Some(f) => Ok(if v.is_negative() { -f } else { f }),
            None => Err(NumError::overflow("int too large to convert to float")),
        },
    }
}

/// `int(x)` of a float (truncation).
pub fn from_f64(x: f64) -> NumResult<Int> {
    if x.is_nan() {
        return Err(NumError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(NumError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Int::Small(t as i64));
    }
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
    let mag = BigInt::from(mant) << exp as usize; // exp > 0 for |t| ≥ 2^53
    Ok(big(if t < 0.0 { -mag } else { mag }))
}

/// Result of `int ** int`: an int, or a float when the exponent is negative.
#[derive(Clone, Debug, PartialEq)]
pub enum IntPow {
    Int(Int),
    Float(f64),
}

fn pow_i64(mut base: i64, mut exp: u64) -> Option<i64> {
    let mut acc: i64 = 1;
    while exp > 0 {
        if exp & 1 == 1 {
            acc = acc.checked_mul(base)?;
        }
        exp >>= 1;
        if exp > 0 {
            base = base.checked_mul(base)?;
        }
    }
    Some(acc)
}

/// `a ** b` (two arguments).
pub fn pow(a: &Int, b: &Int) -> NumResult<IntPow> {
    if b.is_negative() {
        let (x, y) = (to_f64(a)?, to_f64(b)?);
        return match float::pow(x, y)? {
            FloatPow::Real(v) => Ok(IntPow::Float(v)),
            // Unreachable: the exponent is integral.
            FloatPow::Complex => Err(NumError::value("math domain error")),
        };
    }
    // Trivial bases first so huge exponents are fine.
    match a {
        Int::Small(0) => {
            return Ok(IntPow::Int(Int::Small(if b.is_zero() { 1 } else { 0 })));
        }
        Int::Small(1) => return Ok(IntPow::Int(Int::Small(1))),
        Int::Small(-1) => {
            let odd = match b {
                Int::Small(e) => e & 1 == 1,
                Int::Big(e) => e.is_odd(),
            };
            return Ok(IntPow::Int(Int::Small(if odd { -1 } else { 1 })));
        }
        _ => {}
    }
    let Some(exp) = b.as_i64() else {
        return Err(NumError::memory());
    };
    let exp = exp as u64;
    if let Int::Small(x) = a {
        if let Some(r) = pow_i64(*x, exp) {
            return Ok(IntPow::Int(Int::Small(r)));
        }
    }
    let base = a.to_big();
    if base.bits().saturating_mul(exp) > MAX_RESULT_BITS {
        return Err(NumError::memory());
    }
    Ok(IntPow::Int(big(num_traits::Pow::pow(&*base, exp))))
}

/// `pow(a, b, m)`.
pub fn pow_mod(a: &Int, b: &Int, m: &Int) -> NumResult<Int> {
    if m.is_zero() {
        return Err(NumError::value("pow() 3rd argument cannot be 0"));
    }
    let negative_output = m.is_negative();
    let modulus = abs(m);
    if modulus == Int::Small(1) {
        return Ok(Int::Small(0));
    }
    // Fast path: everything fits in 63 bits, products in u128.
    if let (Int::Small(x), Int::Small(e), Int::Small(mm)) = (a, b, &modulus) {
        let mm = *mm as u128;
        let mut base = (i128::from(*x)).rem_euclid(mm as i128) as u128;
        let mut e = *e;
        if e < 0 {
            match invmod_u128(base, mm) {
                Some(inv) => base = inv,
                None => {
                    return Err(NumError::value(
                        "base is not invertible for the given modulus",
                    ))
                }
            }
            e = e.checked_neg().unwrap_or(i64::MAX); // i64::MIN: handled below via u64
        }
        let mut exp = if *b == Int::Small(i64::MIN) {
            1u64 << 63
        } else {
            e as u64
        };
        let mut acc: u128 = 1 % mm;
        while exp > 0 {
            if exp & 1 == 1 {
                acc = acc * base % mm;
            }
            base = base * base % mm;
            exp >>= 1;
        }
        let mut r = acc as i64;
        if negative_output && r != 0 {
            r -= mm as i64;
        }
        return Ok(Int::Small(r));
    }
    let mb = modulus.into_big();
    let mut base = a.to_big().mod_floor(&mb);
    let mut exp = b.to_big().into_owned();
    if exp.is_negative() {
        exp = -exp;
        match invmod_big(&base, &mb) {
            Some(inv) => base = inv,
            None => {
                return Err(NumError::value(
                    "base is not invertible for the given modulus",
                ))
            }
        }
    }
    let mut r = base.modpow(&exp, &mb);
    if negative_output && !r.is_zero() {
        r -= &mb;
    }
    Ok(big(r))
}

fn invmod_u128(a: u128, m: u128) -> Option<u128> {
    // Extended Euclid on signed values (m < 2^63).
    let (mut old_r, mut r) = (a as i128, m as i128);
    let (mut old_s, mut s) = (1i128, 0i128);
    while r != 0 {
        let q = old_r / r;
        (old_r, r) = (r, old_r - q * r);
        (old_s, s) = (s, old_s - q * s);
    }
    (old_r == 1).then(|| old_s.rem_euclid(m as i128) as u128)
}

fn invmod_big(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.extended_gcd(m);
    g.gcd.is_one().then(|| g.x.mod_floor(m))
}

// ---------------------------------------------------------------------------------------
// Bits

fn shift_count(b: &Int) -> NumResult<Option<u64>> {
    if b.is_negative() {
        return Err(NumError::value("negative shift count"));
    }
    Ok(b.as_i64().map(|v| v as u64))
}

/// `a << b`.
pub fn lshift(a: &Int, b: &Int) -> NumResult<Int> {
    let count = shift_count(b)?;
    if a.is_zero() {
        return Ok(Int::Small(0));
    }
    // A count beyond Py_ssize_t: CPython's "too many digits" (a big but ssize_t count
    // fails allocating instead: MemoryError below).
    let Some(count) = count else {
        return Err(NumError::overflow("too many digits in integer"));
    };
    if let Int::Small(x) = a {
        if count < 64 {
            let r = x << count;
            if r >> count == *x {
                return Ok(Int::Small(r));
            }
        }
    }
    let av = a.to_big();
    if av.bits().saturating_add(count) > MAX_RESULT_BITS {
        return Err(NumError::memory());
    }
    Ok(big(&*av << count as usize))
}

/// `a >> b` (floors, like an arithmetic shift).
pub fn rshift(a: &Int, b: &Int) -> NumResult<Int> {
    let count = shift_count(b)?;
    let neg_fill = Int::Small(if a.is_negative() { -1 } else { 0 });
    let Some(count) = count else {
        return Ok(neg_fill);
    };
    match a {
        Int::Small(x) => Ok(Int::Small(if count >= 64 { x >> 63 } else { x >> count })),
        Int::Big(v) => {
            if count >= v.bits() {
                return Ok(neg_fill);
            }
            // BigInt's >> rounds toward −∞ for negatives, like Python.
            Ok(big(v >> count as usize))
        }
    }
}

pub fn and(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => Int::Small(x & y),
        _ => big(&*a.to_big() & &*b.to_big()),
    }
}

pub fn or(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => Int::Small(x | y),
        _ => big(&*a.to_big() | &*b.to_big()),
    }
}

pub fn xor(a: &Int, b: &Int) -> Int {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => Int::Small(x ^ y),
        _ => big(&*a.to_big() ^ &*b.to_big()),
    }
}

/// `int.bit_length()`.
pub fn bit_length(a: &Int) -> u64 {
    match a {
        Int::Small(x) => 64 - u64::from(x.unsigned_abs().leading_zeros()),
        Int::Big(v) => v.bits(),
    }
}

/// `int.bit_count()`: ones in the binary form of `abs(a)`.
pub fn bit_count(a: &Int) -> u64 {
    match a {
        Int::Small(x) => u64::from(x.unsigned_abs().count_ones()),
        Int::Big(v) => v
            .magnitude()
            .iter_u64_digits()
            .map(|d| u64::from(d.count_ones()))
            .sum(),
    }
}

// ---------------------------------------------------------------------------------------
// Strings

fn limit_to_int_msg(version: PyVersion, limit: usize, digits: usize) -> NumError {
    let lim = if version >= PyVersion::V3_11 {
        format!("{limit} digits")
    } else {
        limit.to_string()
    };
    NumError::value(format!(
        "Exceeds the limit ({lim}) for integer string conversion: value has {digits} digits; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

fn limit_to_str_msg(version: PyVersion, limit: usize) -> NumError {
    let lim = if version >= PyVersion::V3_11 {
        format!("{limit} digits")
    } else {
        limit.to_string()
    };
    NumError::value(format!(
        "Exceeds the limit ({lim}) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// `str(a)` / `repr(a)`, subject to the digit limit (`max_str_digits` 0 = unlimited).
pub fn to_decimal_string(a: &Int, max_str_digits: usize, version: PyVersion) -> NumResult<String> {
    match a {
        Int::Small(v) => Ok(v.to_string()),
        Int::Big(v) => {
            if max_str_digits > 0 {
                // A lower bound on the digit count avoids converting hopeless values.
                let bits = v.bits();
                let min_digits = ((bits - 1) as f64 * std::f64::consts::LOG10_2) as u64 + 1;
                if min_digits > max_str_digits as u64 + 1 {
                    return Err(limit_to_str_msg(version, max_str_digits));
                }
            }
            let s = v.to_string();
            let digits = s.len() - usize::from(v.is_negative());
            if max_str_digits > 0 && digits > max_str_digits {
                return Err(limit_to_str_msg(version, max_str_digits));
            }
            Ok(s)
        }
    }
}

/// Digits of `a` in `base` (2..=36), lowercase, with a leading `-` for negatives; no
/// limit (powers of two are never limited; use [`to_decimal_string`] for base 10).
pub fn to_string_radix(a: &Int, base: u32) -> String {
    let base = base.clamp(2, 36);
    match a {
        Int::Small(v) => {
            let mut buf = [0u8; 65];
            let mut i = buf.len();
            let mut m = v.unsigned_abs();
            loop {
                i -= 1;
                buf[i] = b"0123456789abcdefghijklmnopqrstuvwxyz"[(m % u64::from(base)) as usize];
                m /= u64::from(base);
                if m == 0 {
                    break;
                }
            }
            if *v < 0 {
                i -= 1;
                buf[i] = b'-';
            }
            String::from_utf8_lossy(&buf[i..]).into_owned()
        }
        Int::Big(v) => v.to_str_radix(base),
    }
}

/// `bin(a)`, `oct(a)`, `hex(a)`: base 2, 8 or 16 with its `0b`/`0o`/`0x` prefix.
pub fn to_prefixed_string(a: &Int, base: u32) -> String {
    let prefix = match base {
        2 => "0b",
        8 => "0o",
        _ => "0x",
    };
    let base = match base {
        2 | 8 => base,
        _ => 16,
    };
    let digits = to_string_radix(&abs(a), base);
    if a.is_negative() {
        format!("-{prefix}{digits}")
    } else {
        format!("{prefix}{digits}")
    }
}

fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'a'..=b'z' => u32::from(c - b'a') + 10,
        b'A'..=b'Z' => u32::from(c - b'A') + 10,
        _ => 99,
    }
}

fn is_c_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

enum ParseFail {
    Invalid,
    Limit(usize),
}

/// `PyLong_FromString` on the ASCII-transformed text. `base` is 0 or 2..=36.
fn parse_ascii(s: &[u8], base: u32, limit: usize, version: PyVersion) -> Result<Int, ParseFail> {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while is_c_space(at(i)) {
        i += 1;
    }
    let mut negative = false;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        negative = true;
        i += 1;
    }
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == b'0'
        && matches!(
            (base, at(i + 1)),
            (16, b'x' | b'X') | (8, b'o' | b'O') | (2, b'b' | b'B')
        )
    {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(ParseFail::Invalid);
    }
    let start = i;
    let mut digits = 0usize;
    let mut prev = 0u8;
    while i < s.len() && (digit_value(s[i]) < base || s[i] == b'_') {
        if s[i] == b'_' {
            if prev == b'_' {
                return Err(ParseFail::Invalid);
            }
        } else {
            digits += 1;
        }
        prev = s[i];
        i += 1;
    }
    if prev == b'_' {
        return Err(ParseFail::Invalid);
    }
    let end_digits = i;
    let limited = base & (base - 1) != 0 && limit > 0 && digits > limit;
    if version <= PyVersion::V3_11 && limited {
        return Err(ParseFail::Limit(digits));
    }
    if version <= PyVersion::V3_11
        && error_if_nonzero
        && s[start..end_digits].iter().any(|&c| c != b'0' && c != b'_')
    {
        return Err(ParseFail::Invalid);
    }
    if end_digits == start {
        return Err(ParseFail::Invalid);
    }
    while is_c_space(at(i)) {
        i += 1;
    }
    if i != s.len() {
        return Err(ParseFail::Invalid);
    }
    if limited {
        return Err(ParseFail::Limit(digits));
    }
    if error_if_nonzero && s[start..end_digits].iter().any(|&c| c != b'0' && c != b'_') {
        return Err(ParseFail::Invalid);
    }
    let body = &s[start..end_digits];
    // Fast path: fits in u64 without overflow checks for ≤ 18 decimal digits.
    let mut acc: u64 = 0;
    let mut fits = true;
    for &c in body {
        if c == b'_' {
            continue;
        }
        let d = u64::from(digit_value(c));
        match acc
            .checked_mul(u64::from(base))
            .and_then(|v| v.checked_add(d))
        {
            Some(v) => acc = v,
            None => {
                fits = false;
                break;
            }
        }
    }
    let mag = if fits {
        BigInt::from(acc)
    } else {
        let clean: Vec<u8> = body
            .iter()
            .filter(|&&c| c != b'_')
            .map(|&c| digit_value(c) as u8)
            .collect();
        match BigUint::from_radix_be(&clean, base) {
            Some(v) => BigInt::from(v),
            None => return Err(ParseFail::Invalid),
        }
    };
    if fits && !negative {
        if let Ok(v) = i64::try_from(acc) {
            return Ok(Int::Small(v));
        }
    }
    Ok(big(if negative { -mag } else { mag }))
}

fn check_base(base: i64) -> NumResult<u32> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(NumError::value("int() base must be >= 2 and <= 36, or 0"));
    }
    Ok(base as u32)
}

/// `int(s, base)` for a `str` given as code points (lone surrogates allowed): Unicode
/// whitespace and decimal digits are accepted like CPython does.
pub fn parse_code_points<I>(
    cps: I,
    base: i64,
    max_str_digits: usize,
    version: PyVersion,
) -> NumResult<Int>
where
    I: Iterator<Item = u32> + Clone,
{
    let b = check_base(base)?;
    let ascii = super::transform_decimal_and_space(cps.clone());
    match parse_ascii(&ascii, b, max_str_digits, version) {
        Ok(v) => Ok(v),
        Err(ParseFail::Limit(d)) => Err(limit_to_int_msg(version, max_str_digits, d)),
        Err(ParseFail::Invalid) => Err(NumError::value(format!(
            "invalid literal for int() with base {base}: {}",
            super::truncate_chars(super::code_points_repr(cps, version), 200)
        ))),
    }
}

/// `int(s, base)` for a Rust string.
pub fn parse_str(s: &str, base: i64, max_str_digits: usize, version: PyVersion) -> NumResult<Int> {
    parse_code_points(s.chars().map(u32::from), base, max_str_digits, version)
}

/// `int(b, base)` for `bytes`/`bytearray` (no Unicode digits; message shows `b'...'`).
pub fn parse_bytes(
    b: &[u8],
    base: i64,
    max_str_digits: usize,
    version: PyVersion,
) -> NumResult<Int> {
    let bb = check_base(base)?;
    let nul = b.iter().position(|&c| c == 0).unwrap_or(b.len());
    let res = if nul != b.len() {
        Err(ParseFail::Invalid)
    } else {
        parse_ascii(b, bb, max_str_digits, version)
    };
    match res {
        Ok(v) => Ok(v),
        Err(ParseFail::Limit(d)) => Err(limit_to_int_msg(version, max_str_digits, d)),
        Err(ParseFail::Invalid) => Err(NumError::value(format!(
            "invalid literal for int() with base {base}: {}",
            super::truncate_chars(krait_loader::repr::bytes_repr(b), 200)
        ))),
    }
}
