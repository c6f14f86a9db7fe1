//! `cmath` (CPython's `Modules/cmathmodule.c`). Finite arguments go through CPython's
//! own formulas (scaled to avoid overflow, `log1p` near the unit circle …) so the digits
//! match; infinities and NaNs go to the C library's C99 Annex G functions, whose special
//! values are the ones CPython's tables encode. A NaN produced from non-NaN input is a
//! `math domain error`, an infinity from finite input a `math range error`.

use krait_object::args::Args;
use krait_object::error::{overflow_error, type_error, value_error, zero_division_error, PyResult};
use krait_object::interp::Interp;
use krait_object::protocol;
use krait_object::slot_dunders;
use krait_object::types::complex::{complex_val, new_complex};
use krait_object::types::tuple::new_tuple;
use krait_object::Value;

use super::math::{as_f64, libm};
use super::{new_module_with, set_attr};
use crate::vm::Vm;

type C = (f64, f64);

const LARGE: f64 = f64::MAX / 4.0;
const LN2: f64 = std::f64::consts::LN_2;
const E: f64 = std::f64::consts::E;

fn sqrt_large() -> f64 {
    libm::sqrt(LARGE)
}

fn log_large() -> f64 {
    libm::log(LARGE)
}

#[repr(C)]
#[derive(Clone, Copy)]
struct Cx {
    re: f64,
    im: f64,
}

extern "C" {
    fn csqrt(z: Cx) -> Cx;
    fn cexp(z: Cx) -> Cx;
    fn clog(z: Cx) -> Cx;
    fn cacos(z: Cx) -> Cx;
    fn cacosh(z: Cx) -> Cx;
    fn casinh(z: Cx) -> Cx;
    fn catanh(z: Cx) -> Cx;
    fn ccosh(z: Cx) -> Cx;
    fn csinh(z: Cx) -> Cx;
    fn ctanh(z: Cx) -> Cx;
}

fn c99(f: unsafe extern "C" fn(Cx) -> Cx, z: C) -> C {
    // SAFETY: a pure C99 complex function; `Cx` has the layout of `double _Complex`.
    let r = unsafe { f(Cx { re: z.0, im: z.1 }) };
    (r.re, r.im)
}

fn finite(z: C) -> bool {
    z.0.is_finite() && z.1.is_finite()
}

/// `PyComplex_AsCComplex`: complex, `__complex__`, or a real number.
fn as_complex(i: &mut dyn Interp, v: &Value) -> PyResult<C> {
    if let Some(c) = complex_val(v) {
        if !protocol::td(&v.class()).has_flag(krait_object::typeobj::flags::HEAPTYPE) {
            return Ok(c);
        }
    }
    if let Some(r) = slot_dunders::call_special(i, v, "__complex__", &[])? {
        return complex_val(&r).ok_or_else(|| {
            type_error(format!(
                "__complex__ returned non-complex (type {})",
                r.class_name()
            ))
        });
    }
    if let Some(c) = complex_val(v) {
        return Ok(c);
    }
    Ok((as_f64(i, v)?, 0.0))
}

fn c_sqrt(z: C) -> C {
    if !finite(z) {
        return c99(csqrt, z);
    }
    if z.0 == 0.0 && z.1 == 0.0 {
        return (0.0, z.1);
    }
    let mut ax = z.0.abs();
    let ay = z.1.abs();
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        ax = libm::ldexp(ax, 53);
        libm::ldexp(libm::sqrt(ax + ax.hypot(libm::ldexp(ay, 53))), -27)
    } else {
        ax /= 8.0;
        2.0 * libm::sqrt(ax + ax.hypot(ay / 8.0))
    };
    let d = ay / (2.0 * s);
    if z.0 >= 0.0 {
        (s, d.copysign(z.1))
    } else {
        (d, s.copysign(z.1))
    }
}

fn c_acos(z: C) -> C {
    if !finite(z) {
        return c99(cacos, z);
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let re = libm::atan2(z.1.abs(), z.0);
        let l = libm::log((z.0 / 2.0).hypot(z.1 / 2.0)) + LN2 * 2.0;
        let im = if z.0 < 0.0 {
            -l.copysign(z.1)
        } else {
            l.copysign(-z.1)
        };
        return (re, im);
    }
    let s1 = c_sqrt((1.0 - z.0, -z.1));
    let s2 = c_sqrt((1.0 + z.0, z.1));
    (
        2.0 * libm::atan2(s1.0, s2.0),
        libm::asinh(s2.0 * s1.1 - s2.1 * s1.0),
    )
}

fn c_acosh(z: C) -> C {
    if !finite(z) {
        return c99(cacosh, z);
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        return (
            libm::log((z.0 / 2.0).hypot(z.1 / 2.0)) + LN2 * 2.0,
            libm::atan2(z.1, z.0),
        );
    }
    let s1 = c_sqrt((z.0 - 1.0, z.1));
    let s2 = c_sqrt((z.0 + 1.0, z.1));
    (
        libm::asinh(s1.0 * s2.0 + s1.1 * s2.1),
        2.0 * libm::atan2(s1.1, s2.0),
    )
}

fn c_asinh(z: C) -> C {
    if !finite(z) {
        return c99(casinh, z);
    }
    if z.0.abs() > LARGE || z.1.abs() > LARGE {
        let l = libm::log((z.0 / 2.0).hypot(z.1 / 2.0)) + LN2 * 2.0;
        let re = if z.1 >= 0.0 {
            l.copysign(z.0)
        } else {
            -l.copysign(-z.0)
        };
        return (re, libm::atan2(z.1, z.0.abs()));
    }
    let s1 = c_sqrt((1.0 + z.1, -z.0));
    let s2 = c_sqrt((1.0 - z.1, z.0));
    (
        libm::asinh(s1.0 * s2.1 - s2.0 * s1.1),
        libm::atan2(z.1, s1.0 * s2.0 - s1.1 * s2.1),
    )
}

fn c_asin(z: C) -> C {
    let s = c_asinh((-z.1, z.0));
    (s.1, -s.0)
}

/// `atanh`, and whether it hit the singularity at ±1 (a domain error).
fn c_atanh(z: C) -> (C, bool) {
    if !finite(z) {
        return (c99(catanh, z), false);
    }
    if z.0 < 0.0 {
        let (r, e) = c_atanh((-z.0, -z.1));
        return ((-r.0, -r.1), e);
    }
    let ay = z.1.abs();
    if z.0 > sqrt_large() || ay > sqrt_large() {
        let h = (z.0 / 2.0).hypot(z.1 / 2.0);
        return (
            (
                z.0 / 4.0 / h / h,
                -(std::f64::consts::FRAC_PI_2).copysign(-z.1),
            ),
            false,
        );
    }
    if z.0 == 1.0 && ay < libm::sqrt(f64::MIN_POSITIVE) {
        if ay == 0.0 {
            return ((f64::INFINITY, z.1), true);
        }
        return (
            (
                -libm::log(libm::sqrt(ay) / libm::sqrt(ay.hypot(2.0))),
                (libm::atan2(2.0, -ay) / 2.0).copysign(z.1),
            ),
            false,
        );
    }
    (
        (
            libm::log1p(4.0 * z.0 / ((1.0 - z.0) * (1.0 - z.0) + ay * ay)) / 4.0,
            -libm::atan2(-2.0 * z.1, (1.0 - z.0) * (1.0 + z.0) - ay * ay) / 2.0,
        ),
        false,
    )
}

fn c_atan(z: C) -> (C, bool) {
    let (s, e) = c_atanh((-z.1, z.0));
    ((s.1, -s.0), e)
}

fn c_cosh(z: C) -> C {
    if !finite(z) {
        return c99(ccosh, z);
    }
    if z.0.abs() > log_large() {
        let x1 = z.0 - 1.0f64.copysign(z.0);
        return (
            libm::cos(z.1) * libm::cosh(x1) * E,
            libm::sin(z.1) * libm::sinh(x1) * E,
        );
    }
    (
        libm::cos(z.1) * libm::cosh(z.0),
        libm::sin(z.1) * libm::sinh(z.0),
    )
}

fn c_sinh(z: C) -> C {
    if !finite(z) {
        return c99(csinh, z);
    }
    if z.0.abs() > log_large() {
        let x1 = z.0 - 1.0f64.copysign(z.0);
        return (
            libm::cos(z.1) * libm::sinh(x1) * E,
            libm::sin(z.1) * libm::cosh(x1) * E,
        );
    }
    (
        libm::cos(z.1) * libm::sinh(z.0),
        libm::sin(z.1) * libm::cosh(z.0),
    )
}

fn c_tanh(z: C) -> C {
    if !finite(z) {
        return c99(ctanh, z);
    }
    if z.0.abs() > log_large() {
        return (
            1.0f64.copysign(z.0),
            4.0 * libm::sin(z.1) * libm::cos(z.1) * libm::exp(-2.0 * z.0.abs()),
        );
    }
    let tx = libm::tanh(z.0);
    let ty = libm::tan(z.1);
    let cx = 1.0 / libm::cosh(z.0);
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)
}

fn c_cos(z: C) -> C {
    c_cosh((-z.1, z.0))
}

fn c_sin(z: C) -> C {
    let s = c_sinh((-z.1, z.0));
    (s.1, -s.0)
}

fn c_tan(z: C) -> C {
    let s = c_tanh((-z.1, z.0));
    (s.1, -s.0)
}

fn c_exp(z: C) -> C {
    if !finite(z) {
        return c99(cexp, z);
    }
    let (l, scale) = if z.0 > log_large() {
        (libm::exp(z.0 - 1.0), E)
    } else {
        (libm::exp(z.0), 1.0)
    };
    (l * libm::cos(z.1) * scale, l * libm::sin(z.1) * scale)
}

/// `log`, and whether it was log(0) (a domain error).
fn c_log(z: C) -> (C, bool) {
    if !finite(z) {
        return (c99(clog, z), false);
    }
    let ax = z.0.abs();
    let ay = z.1.abs();
    let re = if ax > LARGE || ay > LARGE {
        libm::log((ax / 2.0).hypot(ay / 2.0)) + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            libm::log(libm::ldexp(ax, 53).hypot(libm::ldexp(ay, 53))) - 53.0 * LN2
        } else {
            return ((f64::NEG_INFINITY, libm::atan2(z.1, z.0)), true);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let am = ax.max(ay);
            let an = ax.min(ay);
            libm::log1p((am - 1.0) * (am + 1.0) + an * an) / 2.0
        } else {
            libm::log(h)
        }
    };
    ((re, libm::atan2(z.1, z.0)), false)
}

/// The errors of CPython's special-value handling, reduced to their common rule.
fn checked(z: C, r: C, dom: bool) -> PyResult<Value> {
    if dom {
        return Err(value_error("math domain error"));
    }
    let had_nan = z.0.is_nan() || z.1.is_nan();
    if (r.0.is_nan() || r.1.is_nan()) && !had_nan {
        return Err(value_error("math domain error"));
    }
    if (r.0.is_infinite() || r.1.is_infinite()) && finite(z) {
        return Err(overflow_error("math range error"));
    }
    Ok(new_complex(r.0, r.1))
}

fn one(i: &mut dyn Interp, args: &Args, name: &str) -> PyResult<C> {
    let a = args.exact(name, 1)?;
    as_complex(i, &a[0])
}

macro_rules! cfunc {
    ($($name:ident = $f:expr;)*) => {$(
        fn $name(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
            let z = one(i, &args, concat!("cmath.", stringify!($name)))?;
            let (r, dom): (C, bool) = $f(z);
            checked(z, r, dom)
        }
    )*};
}

cfunc! {
    acos = |z| (c_acos(z), false);
    acosh = |z| (c_acosh(z), false);
    asin = |z| (c_asin(z), false);
    asinh = |z| (c_asinh(z), false);
    atan = c_atan;
    atanh = c_atanh;
    cos = |z| (c_cos(z), false);
    cosh = |z| (c_cosh(z), false);
    exp = |z| (c_exp(z), false);
    log10 = |z| { let (r, d) = c_log(z); ((r.0 / std::f64::consts::LN_10, r.1 / std::f64::consts::LN_10), d) };
    sin = |z| (c_sin(z), false);
    sinh = |z| (c_sinh(z), false);
    sqrt = |z| (c_sqrt(z), false);
    tan = |z| (c_tan(z), false);
    tanh = |z| (c_tanh(z), false);
}

/// Complex division as `complex.__truediv__` does it.
fn c_quot(a: C, b: C) -> PyResult<C> {
    let (ar, ai) = a;
    let (br, bi) = b;
    let abs_br = br.abs();
    let abs_bi = bi.abs();
    if abs_br >= abs_bi {
        if abs_br == 0.0 && abs_bi == 0.0 {
            return Err(zero_division_error("complex division by zero"));
        }
        let ratio = bi / br;
        let denom = br + bi * ratio;
        Ok(((ar + ai * ratio) / denom, (ai - ar * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        Ok(((ar * ratio + ai) / denom, (ai * ratio - ar) / denom))
    } else {
        Ok((f64::NAN, f64::NAN))
    }
}

fn log(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.between("log", 1, 2)?;
    let z = as_complex(i, &a[0])?;
    let (r, dom) = c_log(z);
    let Some(b) = a.get(1) else {
        return checked(z, r, dom);
    };
    let bz = as_complex(i, b)?;
    let (rb, domb) = c_log(bz);
    if dom || domb {
        return Err(value_error("math domain error"));
    }
    // A zero divisor is a domain error here (CPython's _Py_c_quot sets errno = EDOM).
    let q = c_quot(r, rb).map_err(|_| value_error("math domain error"))?;
    Ok(new_complex(q.0, q.1))
}

fn phase(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let z = one(i, &args, "cmath.phase")?;
    Ok(Value::Float(libm::atan2(z.1, z.0)))
}

fn c_abs(z: C) -> PyResult<f64> {
    let r = z.0.hypot(z.1);
    if r.is_infinite() && finite(z) {
        return Err(overflow_error("absolute value too large"));
    }
    Ok(r)
}

fn polar(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let z = one(i, &args, "cmath.polar")?;
    let r = c_abs(z)?;
    Ok(new_tuple(vec![
        Value::Float(r),
        Value::Float(libm::atan2(z.1, z.0)),
    ]))
}

fn rect(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.exact("rect", 2)?;
    let r = as_f64(i, &a[0])?;
    let phi = as_f64(i, &a[1])?;
    let z = if !r.is_finite() || !phi.is_finite() {
        // C99: r*exp(i*phi) with the same special values as cexp of (log r, phi).
        if r.is_nan() || phi.is_nan() {
            if r.is_infinite() && !phi.is_nan() {
                (f64::INFINITY, f64::NAN)
            } else if phi == 0.0 {
                (r, phi * r)
            } else {
                (f64::NAN, f64::NAN)
            }
        } else if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            (r * libm::cos(phi), r * libm::sin(phi))
        } else if phi.is_infinite() {
            if r == 0.0 {
                (0.0, 0.0)
            } else {
                return Err(value_error("math domain error"));
            }
        } else {
            (r, r * phi)
        }
    } else if phi == 0.0 {
        (r, r * phi)
    } else {
        (r * libm::cos(phi), r * libm::sin(phi))
    };
    Ok(new_complex(z.0, z.1))
}

fn isfinite(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let z = one(i, &args, "cmath.isfinite")?;
    Ok(Value::Bool(finite(z)))
}

fn isinf(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let z = one(i, &args, "cmath.isinf")?;
    Ok(Value::Bool(z.0.is_infinite() || z.1.is_infinite()))
}

fn isnan(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let z = one(i, &args, "cmath.isnan")?;
    Ok(Value::Bool(z.0.is_nan() || z.1.is_nan()))
}

fn isclose(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    if args.pos().len() > 2 {
        return Err(type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.pos().len()
        )));
    }
    let sig = krait_object::argparse::Sig {
        fname: "isclose",
        names: &["a", "b", "rel_tol", "abs_tol"],
        posonly: 0,
        required: 2,
    };
    let p = krait_object::argparse::parse(&args, &sig)?;
    let a = as_complex(i, p[0].as_ref().unwrap_or(&Value::None))?;
    let b = as_complex(i, p[1].as_ref().unwrap_or(&Value::None))?;
    let rel = match &p[2] {
        Some(v) => as_f64(i, v)?,
        None => 1e-09,
    };
    let abs_tol = match &p[3] {
        Some(v) => as_f64(i, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.0.is_infinite() || a.1.is_infinite() || b.0.is_infinite() || b.1.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (a.0 - b.0).hypot(a.1 - b.1);
    Ok(Value::Bool(
        diff <= rel * b.0.hypot(b.1) || diff <= rel * a.0.hypot(a.1) || diff <= abs_tol,
    ))
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with(
        "cmath",
        &[
            ("acos", acos),
            ("acosh", acosh),
            ("asin", asin),
            ("asinh", asinh),
            ("atan", atan),
            ("atanh", atanh),
            ("cos", cos),
            ("cosh", cosh),
            ("exp", exp),
            ("isclose", isclose),
            ("isfinite", isfinite),
            ("isinf", isinf),
            ("isnan", isnan),
            ("log", log),
            ("log10", log10),
            ("phase", phase),
            ("polar", polar),
            ("rect", rect),
            ("sin", sin),
            ("sinh", sinh),
            ("sqrt", sqrt),
            ("tan", tan),
            ("tanh", tanh),
        ],
    );
    set_attr(&m, "pi", Value::Float(std::f64::consts::PI));
    set_attr(&m, "e", Value::Float(E));
    set_attr(&m, "tau", Value::Float(std::f64::consts::TAU));
    set_attr(&m, "inf", Value::Float(f64::INFINITY));
    set_attr(&m, "nan", Value::Float(f64::NAN));
    set_attr(&m, "infj", new_complex(0.0, f64::INFINITY));
    set_attr(&m, "nanj", new_complex(0.0, f64::NAN));
    Ok(m)
}
