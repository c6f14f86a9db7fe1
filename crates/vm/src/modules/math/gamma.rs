//! `gamma`, `lgamma` (CPython's own Lanczos implementation, not libm's, so the digits
//! match) and the logarithms, which accept ints of any size.

use krait_object::args::Args;
use krait_object::error::{zero_division_error, PyResult};
use krait_object::interp::Interp;
use krait_object::types::int::int_val;
use krait_object::Value;
use num_traits::{Signed, ToPrimitive, Zero};

use super::{as_f64, check_errno, domain_error, libm, Errno};

const PI: f64 = std::f64::consts::PI;
#[allow(clippy::excessive_precision)]
const LOGPI: f64 = 1.144_729_885_849_400_2;
#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];

/// `sin(pi*x)`, accurate for integral and near-integral finite `x`.
fn sinpi(x: f64) -> f64 {
    let y = libm::fmod(x.abs(), 2.0);
    let n = libm::round(2.0 * y) as i32;
    let r = match n {
        0 => libm::sin(PI * y),
        1 => libm::cos(PI * (y - 0.5)),
        2 => libm::sin(PI * (1.0 - y)),
        3 => -libm::cos(PI * (y - 1.5)),
        _ => libm::sin(PI * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for k in (0..13).rev() {
            num = num * x + LANCZOS_NUM[k];
            den = den * x + LANCZOS_DEN[k];
        }
    } else {
        for k in 0..13 {
            num = num / x + LANCZOS_NUM[k];
            den = den / x + LANCZOS_DEN[k];
        }
    }
    num / den
}

fn tgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, Errno::None);
        }
        return (f64::NAN, Errno::Dom);
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Errno::Dom);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Errno::Dom);
        }
        if x <= 23.0 {
            return (GAMMA_INTEGRAL[x as usize - 1], Errno::None);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return (
            r,
            if r.is_infinite() {
                Errno::Range
            } else {
                Errno::None
            },
        );
    }
    if absx > 200.0 {
        if x < 0.0 {
            return (0.0 / sinpi(x), Errno::None);
        }
        return (f64::INFINITY, Errno::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * libm::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / libm::exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::None
        },
    )
}

fn lgamma_(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() {
            return (x, Errno::None);
        }
        return (f64::INFINITY, Errno::None);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, Errno::Dom);
        }
        return (0.0, Errno::None);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-libm::log(absx), Errno::None);
    }
    let mut r = libm::log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (libm::log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        r = LOGPI - libm::log(sinpi(absx).abs()) - libm::log(absx) - r;
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::None
        },
    )
}

pub fn gamma(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.exact("math.gamma", 1)?;
    let (r, e) = tgamma(as_f64(i, &a[0])?);
    Ok(Value::Float(check_errno(r, e)?))
}

pub fn lgamma(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.exact("math.lgamma", 1)?;
    let (r, e) = lgamma_(as_f64(i, &a[0])?);
    Ok(Value::Float(check_errno(r, e)?))
}

/// `m_log`-style wrappers: special values handled here, positive finite through libm.
fn m_log(x: f64, f: fn(f64) -> f64) -> (f64, Errno) {
    if x.is_finite() {
        if x > 0.0 {
            return (f(x), Errno::None);
        }
        if x == 0.0 {
            return (f64::NEG_INFINITY, Errno::Dom);
        }
        return (f64::NAN, Errno::Dom);
    }
    if x.is_nan() || x > 0.0 {
        return (x, Errno::None);
    }
    (f64::NAN, Errno::Dom)
}

/// CPython's `loghelper`: ints of any size (`log(x) = log(m) + e*log(2)` past the float
/// range), anything else through a double with `math_1`'s rules.
fn loghelper(i: &mut dyn Interp, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(n) = int_val(v) {
        let big = n.to_big();
        if big.is_negative() || big.is_zero() {
            return Err(domain_error());
        }
        if let Some(x) = big.to_f64().filter(|x| x.is_finite()) {
            return Ok(f(x));
        }
        // Frexp of a huge int: the top 64 bits as a float in [0.5, 1), times 2**e.
        let bits = big.bits();
        let shift = bits.saturating_sub(64);
        let mut top = (big.as_ref() >> shift).to_u64().unwrap_or(u64::MAX);
        if big.trailing_zeros().unwrap_or(0) < shift {
            top |= 1; // sticky bit: the conversion below then rounds correctly
        }
        let mut m = top as f64 / 2f64.powi(64);
        let mut e = shift as f64 + 64.0;
        if m == 1.0 {
            m = 0.5;
            e += 1.0;
        }
        return Ok(f(m) + f(2.0) * e);
    }
    let x = as_f64(i, v)?;
    let (r, e) = m_log(x, f);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(domain_error());
    }
    check_errno(r, e)
}

pub fn log(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    args.no_kwargs("log")?;
    let a = args.pos();
    if a.is_empty() || a.len() > 2 {
        return Err(krait_object::error::type_error(
            "math.log requires 1 to 2 arguments",
        ));
    }
    let num = loghelper(i, &a[0], libm::log)?;
    if a.len() == 1 {
        return Ok(Value::Float(num));
    }
    let den = loghelper(i, &a[1], libm::log)?;
    if den == 0.0 {
        return Err(zero_division_error("float division by zero"));
    }
    Ok(Value::Float(num / den))
}

pub fn log2(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.exact("math.log2", 1)?;
    Ok(Value::Float(loghelper(i, &a[0], libm::log2)?))
}

pub fn log10(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.exact("math.log10", 1)?;
    Ok(Value::Float(loghelper(i, &a[0], libm::log10)?))
}
