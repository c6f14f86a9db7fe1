//! The integer functions of `math`: `factorial`, `isqrt`, `comb`, `perm`, `gcd`, `lcm`.

use krait_object::args::Args;
use krait_object::error::{overflow_error, type_error, value_error, PyResult};
use krait_object::interp::Interp;
use krait_object::protocol;
use krait_object::types::int::{from_num, int_num};
use krait_object::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use krait_object::num::int::Int;

/// `operator.index(v)` as a BigInt.
fn index_big(i: &mut dyn Interp, v: &Value) -> PyResult<BigInt> {
    let r = protocol::index(i, v)?;
    Ok(int_num(&r).map(Int::into_big).unwrap_or_default())
}

fn big(v: BigInt) -> Value {
    from_num(Int::from_big(v))
}

/// The product `lo * (lo+1) * ... * (hi-1)`, split in halves so the big multiplications
/// stay balanced.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi <= lo {
        return BigInt::one();
    }
    if hi - lo <= 16 {
        let mut acc = BigInt::one();
        let mut small: u128 = 1;
        for k in lo..hi {
            match small.checked_mul(u128::from(k)) {
                Some(p) => small = p,
                None => {
                    acc *= small;
                    small = u128::from(k);
                }
            }
        }
        return acc * small;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

pub fn factorial(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.exact("math.factorial", 1)?;
    let n = index_big(i, &a[0])?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_u64().filter(|&n| n <= i64::MAX as u64) else {
        return Err(overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    };
    Ok(big(range_product(1, n + 1)))
}

/// The integer square root of a non-negative `n`.
pub fn isqrt_big(n: &BigInt) -> BigInt {
    n.sqrt()
}

pub fn isqrt(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.exact("math.isqrt", 1)?;
    let n = index_big(i, &a[0])?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(big(isqrt_big(&n)))
}

/// `n! / (n-k)!` for `k <= n`.
fn perm_big(n: &BigInt, k: u64) -> BigInt {
    if let Some(nn) = n.to_u64() {
        return range_product(nn - k + 1, nn + 1);
    }
    let mut acc = BigInt::one();
    let mut f = n.clone();
    for _ in 0..k {
        acc *= &f;
        f -= 1;
    }
    acc
}

fn comb_big(n: &BigInt, k: u64) -> BigInt {
    // C(n, k) = n*(n-1)*...*(n-k+1) / k!, divided as it goes so every step is exact.
    if let Some(nn) = n.to_u64() {
        if k <= 30 && nn <= 1 << 20 {
            let mut r: u128 = 1;
            for j in 0..k {
                r = r * u128::from(nn - j) / u128::from(j + 1);
            }
            return BigInt::from(r);
        }
    }
    perm_big(n, k) / range_product(1, k + 1)
}

fn nonneg(n: &BigInt, what: &str) -> PyResult<()> {
    if n.is_negative() {
        return Err(value_error(format!(
            "{what} must be a non-negative integer"
        )));
    }
    Ok(())
}

pub fn comb(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.exact("comb", 2)?;
    let n = index_big(i, &a[0])?;
    let k = index_big(i, &a[1])?;
    nonneg(&n, "n")?;
    nonneg(&k, "k")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let j = std::cmp::min(k.clone(), &n - &k);
    let Some(j) = j.to_u64().filter(|&j| j <= i64::MAX as u64) else {
        return Err(overflow_error(format!(
            "min(n - k, k) must not exceed {}",
            i64::MAX
        )));
    };
    Ok(big(comb_big(&n, j)))
}

pub fn perm(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.between("perm", 1, 2)?;
    let n = index_big(i, &a[0])?;
    let k = match a.get(1) {
        None | Some(Value::None) => {
            nonneg(&n, "n")?;
            let Some(nn) = n.to_u64().filter(|&v| v <= i64::MAX as u64) else {
                return Err(overflow_error(format!(
                    "factorial() argument should not exceed {}",
                    i64::MAX
                )));
            };
            return Ok(big(range_product(1, nn + 1)));
        }
        Some(v) => index_big(i, v)?,
    };
    nonneg(&n, "n")?;
    nonneg(&k, "k")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_u64().filter(|&v| v <= i64::MAX as u64) else {
        return Err(overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    Ok(big(perm_big(&n, k)))
}

pub fn gcd(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("gcd() takes no keyword arguments"));
    }
    let mut res = BigInt::zero();
    for v in args.pos() {
        let x = index_big(i, v)?;
        if !res.is_one() {
            res = res.gcd(&x);
        }
    }
    Ok(big(res.abs()))
}

pub fn lcm(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("lcm() takes no keyword arguments"));
    }
    let mut res = BigInt::one();
    for v in args.pos() {
        let x = index_big(i, v)?;
        if !res.is_zero() {
            res = if x.is_zero() {
                BigInt::zero()
            } else {
                (&res / res.gcd(&x) * &x).abs()
            };
        }
    }
    Ok(big(res.abs()))
}
