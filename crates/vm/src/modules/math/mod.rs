//! `math` (CPython's `Modules/mathmodule.c`): libm wrappers with CPython's error rules
//! (`math_1`, `math_1a`, `math_2`), the special-value handling CPython does itself
//! (`pow`, `fmod`, `ldexp`, `modf`, `frexp`, gamma/lgamma), and the integer functions
//! (`integer.rs`) and accurate sums (`sums.rs`).

mod gamma;
mod integer;
pub mod libm;
mod sums;

use krait_object::args::Args;
use krait_object::error::{overflow_error, type_error, value_error, PyErr, PyResult};
use krait_object::interp::Interp;
use krait_object::object::Payload;
use krait_object::protocol;
use krait_object::slot_dunders;
use krait_object::types::float::float_operand;
use krait_object::types::int::{from_num, int_val};
use krait_object::types::tuple::new_tuple;
use krait_object::Value;

use crate::builtins::FunctionTable;
use crate::vm::Vm;

use super::{new_module_with, set_attr};

pub fn domain_error() -> PyErr {
    value_error("math domain error")
}

pub fn range_error() -> PyErr {
    overflow_error("math range error")
}

/// `PyFloat_AsDouble`: a float, an int, `__float__`, then `__index__`.
pub fn as_f64(i: &mut dyn Interp, v: &Value) -> PyResult<f64> {
    if let Some(x) = float_operand(v)? {
        return Ok(x);
    }
    let cls = v.class();
    let t = protocol::td(&cls);
    if let Some(fl) = t.slots.float.get() {
        let r = fl(i, v)?;
        return match &r {
            Value::Float(x) => Ok(*x),
            _ => match r.payload() {
                Some(Payload::Float(x)) => Ok(*x),
                _ => Err(type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    v.class_name(),
                    r.class_name()
                ))),
            },
        };
    }
    if t.slots.index.get().is_some() {
        let r = protocol::index(i, v)?;
        if let Some(x) = float_operand(&r)? {
            return Ok(x);
        }
    }
    Err(type_error(format!(
        "must be real number, not {}",
        v.class_name()
    )))
}

/// Errors for a result `r` of a libm function whose `errno` would be `errno` (CPython's
/// `is_error`): EDOM → domain error, ERANGE → range error unless the result is small
/// (an underflow).
#[derive(Clone, Copy, PartialEq)]
pub enum Errno {
    None,
    Dom,
    Range,
}

pub fn check_errno(r: f64, e: Errno) -> PyResult<f64> {
    match e {
        Errno::None => Ok(r),
        Errno::Dom => Err(domain_error()),
        Errno::Range if r.abs() < 1.5 => Ok(r),
        Errno::Range => Err(range_error()),
    }
}

/// CPython's `math_1`: NaN from non-NaN is a domain error; an infinity from a finite
/// input is a range error when the function `can_overflow`, else a domain error.
fn math_1(
    i: &mut dyn Interp,
    args: &Args,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let a = args.exact(name, 1)?;
    let x = as_f64(i, &a[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(Value::Float(r))
}

/// CPython's `math_2` (two doubles; errno derived from the result's kind).
fn math_2(i: &mut dyn Interp, args: &Args, name: &str, f: fn(f64, f64) -> f64) -> PyResult<Value> {
    let a = args.exact(name, 2)?;
    let x = as_f64(i, &a[0])?;
    let y = as_f64(i, &a[1])?;
    let r = f(x, y);
    let e = if r.is_nan() && !x.is_nan() && !y.is_nan() {
        Errno::Dom
    } else if r.is_infinite() && x.is_finite() && y.is_finite() {
        Errno::Range
    } else {
        Errno::None
    };
    Ok(Value::Float(check_errno(r, e)?))
}

macro_rules! func1 {
    ($($fname:ident = $f:expr, $over:expr;)*) => {$(
        fn $fname(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
            math_1(i, &args, concat!("math.", stringify!($fname)), $f, $over)
        }
    )*};
}

func1! {
    acos = libm::acos, false;
    acosh = libm::acosh, false;
    asin = libm::asin, false;
    asinh = libm::asinh, false;
    atan = libm::atan, false;
    atanh = libm::atanh, false;
    cbrt = libm::cbrt, false;
    cos = libm::cos, false;
    cosh = libm::cosh, true;
    erf = libm::erf, false;
    erfc = libm::erfc, false;
    exp = libm::exp, true;
    exp2 = libm::exp2, true;
    expm1 = libm::expm1, true;
    fabs = f64::abs, false;
    log1p = libm::log1p, false;
    sin = libm::sin, false;
    sinh = libm::sinh, true;
    sqrt = libm::sqrt, false;
    tan = libm::tan, false;
    tanh = libm::tanh, false;
}

fn atan2(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    math_2(i, &args, "atan2", libm::atan2)
}

fn copysign(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    math_2(i, &args, "copysign", f64::copysign)
}

fn remainder(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    math_2(i, &args, "remainder", m_remainder)
}

/// IEEE 754 remainder: `x - n*y` with `n` the integer nearest `x/y`, ties to even.
fn m_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let ax = x.abs();
        let ay = y.abs();
        let m = libm::fmod(ax, ay);
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * libm::fmod(0.5 * (ax - m), ay)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

/// One argument bound as a double (`x: double` in Argument Clinic).
fn one_f64(i: &mut dyn Interp, args: &Args, name: &str) -> PyResult<f64> {
    let a = args.exact(name, 1)?;
    as_f64(i, &a[0])
}

/// Two positional doubles (`pow expected 2 arguments, got 1`).
fn two_f64(i: &mut dyn Interp, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    let a = args.exact(name, 2)?;
    Ok((as_f64(i, &a[0])?, as_f64(i, &a[1])?))
}

fn pow(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let (x, y) = two_f64(i, &args, "pow")?;
    let mut e = Errno::None;
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && libm::fmod(y.abs(), 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        }
    } else {
        let r = libm::pow(x, y);
        if r.is_nan() {
            e = Errno::Dom;
        } else if r.is_infinite() {
            e = if x == 0.0 { Errno::Dom } else { Errno::Range };
        }
        r
    };
    Ok(Value::Float(check_errno(r, e)?))
}

fn fmod(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let (x, y) = two_f64(i, &args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = libm::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(Value::Float(r))
}

fn degrees(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let x = one_f64(i, &args, "math.degrees")?;
    Ok(Value::Float(x * (180.0 / std::f64::consts::PI)))
}

fn radians(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let x = one_f64(i, &args, "math.radians")?;
    Ok(Value::Float(x * (std::f64::consts::PI / 180.0)))
}

fn isfinite(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(one_f64(i, &args, "math.isfinite")?.is_finite()))
}

fn isinf(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(one_f64(i, &args, "math.isinf")?.is_infinite()))
}

fn isnan(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(one_f64(i, &args, "math.isnan")?.is_nan()))
}

fn frexp(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let x = one_f64(i, &args, "math.frexp")?;
    let (m, e) = if x.is_nan() || x.is_infinite() || x == 0.0 {
        (x, 0)
    } else {
        libm::frexp(x)
    };
    Ok(new_tuple(vec![Value::Float(m), Value::Int(i64::from(e))]))
}

fn ldexp(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.exact("ldexp", 2)?;
    let x = as_f64(i, &a[0])?;
    let exp: i64 = match int_val(&a[1]) {
        Some(krait_object::types::int::IntVal::Small(n)) => n,
        Some(krait_object::types::int::IntVal::Big(b)) => {
            if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        None => return Err(type_error("Expected an int as second argument to ldexp.")),
    };
    let r = if x == 0.0 || !x.is_finite() {
        x
    } else if exp > i64::from(i32::MAX) {
        return Err(range_error());
    } else if exp < i64::from(i32::MIN) {
        0.0f64.copysign(x)
    } else {
        let r = libm::ldexp(x, exp as i32);
        if r.is_infinite() {
            return Err(range_error());
        }
        r
    };
    Ok(Value::Float(r))
}

fn modf(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let x = one_f64(i, &args, "math.modf")?;
    let (fr, ip) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let ip = x.trunc();
        ((x - ip).copysign(x), ip)
    };
    Ok(new_tuple(vec![Value::Float(fr), Value::Float(ip)]))
}

fn nextafter(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let (x, y) = two_f64(i, &args, "nextafter")?;
    Ok(Value::Float(libm::nextafter(x, y)))
}

fn ulp(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let x = one_f64(i, &args, "math.ulp")?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let x2 = libm::nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        return Ok(Value::Float(x - libm::nextafter(x, f64::NEG_INFINITY)));
    }
    Ok(Value::Float(x2 - x))
}

fn isclose(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let sig = krait_object::argparse::Sig {
        fname: "isclose",
        names: &["a", "b", "rel_tol", "abs_tol"],
        posonly: 0,
        required: 2,
    };
    // rel_tol and abs_tol are keyword-only: at most 2 positional arguments.
    if args.pos().len() > 2 {
        return Err(type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            args.pos().len()
        )));
    }
    let p = krait_object::argparse::parse(&args, &sig)?;
    let a = as_f64(i, p[0].as_ref().unwrap_or(&Value::None))?;
    let b = as_f64(i, p[1].as_ref().unwrap_or(&Value::None))?;
    let rel_tol = match &p[2] {
        Some(v) => as_f64(i, v)?,
        None => 1e-09,
    };
    let abs_tol = match &p[3] {
        Some(v) => as_f64(i, v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol,
    ))
}

/// `floor`/`ceil`: exact floats directly, else the type's `__floor__`/`__ceil__`, else
/// through a double.
fn rounding(
    i: &mut dyn Interp,
    args: &Args,
    fname: &str,
    dunder: &'static str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let a = args.exact(fname, 1)?;
    let v = &a[0];
    if let Value::Float(x) = v {
        return float_to_int(f(*x));
    }
    if let Some(n) = int_val(v) {
        if matches!(v, Value::Int(_) | Value::Bool(_)) || !is_heap_type(v) {
            return Ok(from_num(n.to_num()));
        }
    }
    if let Some(r) = slot_dunders::call_special(i, v, dunder, &[])? {
        return Ok(r);
    }
    let x = as_f64(i, v)?;
    float_to_int(f(x))
}

fn is_heap_type(v: &Value) -> bool {
    protocol::td(&v.class()).has_flag(krait_object::typeobj::flags::HEAPTYPE)
}

/// `PyLong_FromDouble` with its errors.
pub fn float_to_int(x: f64) -> PyResult<Value> {
    if x.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    Ok(from_num(krait_object::num::int::from_f64(x)?))
}

fn floor(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    rounding(i, &args, "math.floor", "__floor__", f64::floor)
}

fn ceil(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    rounding(i, &args, "math.ceil", "__ceil__", f64::ceil)
}

fn trunc(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.exact("math.trunc", 1)?;
    let v = &a[0];
    if let Value::Float(x) = v {
        return float_to_int(x.trunc());
    }
    if let Some(n) = int_val(v) {
        if !is_heap_type(v) {
            return Ok(from_num(n.to_num()));
        }
    }
    if let Some(Payload::Float(x)) = v.payload() {
        if !is_heap_type(v) {
            return float_to_int(x.trunc());
        }
    }
    match slot_dunders::call_special(i, v, "__trunc__", &[])? {
        Some(r) => Ok(r),
        None => {
            if let Some(Payload::Float(x)) = v.payload() {
                return float_to_int(x.trunc());
            }
            if let Some(n) = int_val(v) {
                return Ok(from_num(n.to_num()));
            }
            Err(type_error(format!(
                "type {} doesn't define __trunc__ method",
                protocol::td(&v.class()).name()
            )))
        }
    }
}

static FUNCTIONS: FunctionTable = &[
    ("acos", acos),
    ("acosh", acosh),
    ("asin", asin),
    ("asinh", asinh),
    ("atan", atan),
    ("atan2", atan2),
    ("atanh", atanh),
    ("cbrt", cbrt),
    ("ceil", ceil),
    ("comb", integer::comb),
    ("copysign", copysign),
    ("cos", cos),
    ("cosh", cosh),
    ("degrees", degrees),
    ("dist", sums::dist),
    ("erf", erf),
    ("erfc", erfc),
    ("exp", exp),
    ("exp2", exp2),
    ("expm1", expm1),
    ("fabs", fabs),
    ("factorial", integer::factorial),
    ("floor", floor),
    ("fmod", fmod),
    ("frexp", frexp),
    ("fsum", sums::fsum),
    ("gamma", gamma::gamma),
    ("gcd", integer::gcd),
    ("hypot", sums::hypot),
    ("isclose", isclose),
    ("isfinite", isfinite),
    ("isinf", isinf),
    ("isnan", isnan),
    ("isqrt", integer::isqrt),
    ("lcm", integer::lcm),
    ("ldexp", ldexp),
    ("lgamma", gamma::lgamma),
    ("log", gamma::log),
    ("log10", gamma::log10),
    ("log1p", log1p),
    ("log2", gamma::log2),
    ("modf", modf),
    ("nextafter", nextafter),
    ("perm", integer::perm),
    ("pow", pow),
    ("prod", sums::prod),
    ("radians", radians),
    ("remainder", remainder),
    ("sin", sin),
    ("sinh", sinh),
    ("sqrt", sqrt),
    ("tan", tan),
    ("tanh", tanh),
    ("trunc", trunc),
    ("ulp", ulp),
];

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with("math", FUNCTIONS);
    set_attr(&m, "pi", Value::Float(std::f64::consts::PI));
    set_attr(&m, "e", Value::Float(std::f64::consts::E));
    set_attr(&m, "tau", Value::Float(std::f64::consts::TAU));
    set_attr(&m, "inf", Value::Float(f64::INFINITY));
    set_attr(&m, "nan", Value::Float(f64::NAN));
    Ok(m)
}
