//! `complex`: a heap object holding two `f64`s. Arithmetic follows CPython's
//! `complexobject.c` (Smith's division, `c_powi` for small integral exponents, the
//! `errno`-style overflow checks), mixed with int and float operands; only `==`/`!=`
//! compare. Formatting is in `complex_format.rs`.

use crate::args::Args;
use crate::error::{overflow_error, type_error, value_error, zero_division_error, PyResult};
use crate::interp::Interp;
use crate::num::float as nfloat;
use crate::object::{ObjRef, Payload, PyObject};
use crate::protocol;
use crate::typeobj::{BinOp, CmpOp, TypeData};
use crate::types::builtin_types;
use crate::types::float::{float_operand, is_float};
use crate::types::int::int_val;
use crate::types::str::new_string;
use crate::types::tuple::new_tuple;
use crate::types::MethodDef;
use crate::value::Value;

type C = (f64, f64);

/// A new `complex`.
pub fn new_complex(re: f64, im: f64) -> Value {
    Value::Obj(PyObject::new(
        builtin_types().complex.clone(),
        Payload::Complex { re, im },
    ))
}

/// The parts of a complex (or complex subclass instance).
#[inline]
pub fn complex_val(v: &Value) -> Option<C> {
    match v.payload()? {
        Payload::Complex { re, im } => Some((*re, *im)),
        _ => None,
    }
}

/// A complex operand: complex, float or int (`OverflowError` for huge ints); `None` for
/// anything else (NotImplemented).
fn operand(v: &Value) -> PyResult<Option<C>> {
    if let Some(c) = complex_val(v) {
        return Ok(Some(c));
    }
    Ok(float_operand(v)?.map(|x| (x, 0.0)))
}

pub fn setup(t: &TypeData) {
    let s = &t.slots;
    macro_rules! nb {
        ($($op:ident),*) => {$(
            s.nb[BinOp::$op as usize].set(Some(|_, a, b| complex_bin(a, b, BinOp::$op)));
        )*};
    }
    nb!(Add, Sub, Mul, TrueDiv, Pow);
    s.neg.set(Some(|_, v| {
        let (re, im) = parts(v);
        Ok(new_complex(-re, -im))
    }));
    s.pos.set(Some(|_, v| {
        let (re, im) = parts(v);
        Ok(new_complex(re, im))
    }));
    s.abs
        .set(Some(|_, v| complex_abs(parts(v)).map(Value::Float)));
    s.bool_.set(Some(|_, v| {
        let (re, im) = parts(v);
        Ok(re != 0.0 || im != 0.0)
    }));
    s.richcompare.set(Some(complex_richcompare));
    s.hash.set(Some(|_, v| {
        let (re, im) = parts(v);
        Ok(crate::hash::hash_complex(re, im, v.id() as usize))
    }));
    s.repr.set(Some(|_, v| {
        let (re, im) = parts(v);
        Ok(new_string(krait_loader::repr::complex_repr(re, im)))
    }));
    s.getattro.set(Some(complex_getattr));
    s.setattro.set(Some(|i, v, name, x| {
        crate::types::numops::readonly_attrs(i, v, name, x, &["real", "imag"], None)
    }));
    s.new.set(Some(complex_new));
}

fn parts(v: &Value) -> C {
    complex_val(v).unwrap_or((0.0, 0.0))
}

fn complex_getattr(i: &mut dyn Interp, v: &Value, name: &Value) -> PyResult<Value> {
    match name.as_str_data().and_then(|s| s.as_str()).unwrap_or("") {
        "real" => return Ok(Value::Float(parts(v).0)),
        "imag" => return Ok(Value::Float(parts(v).1)),
        _ => {}
    }
    protocol::generic_getattr(i, v, name)
}

fn complex_bin(a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (operand(a)?, operand(b)?) else {
        return Ok(None);
    };
    Ok(Some(match op {
        BinOp::Add => new_complex(x.0 + y.0, x.1 + y.1),
        BinOp::Sub => new_complex(x.0 - y.0, x.1 - y.1),
        BinOp::Mul => {
            let (re, im) = prod(x, y);
            new_complex(re, im)
        }
        BinOp::TrueDiv => match quot(x, y) {
            Some((re, im)) => new_complex(re, im),
            None => return Err(zero_division_error("complex division by zero")),
        },
        BinOp::Pow => complex_pow(x, y)?,
        _ => return Ok(None),
    }))
}

fn prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot`: `None` on division by zero.
fn quot(a: C, b: C) -> Option<C> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// `c_powu`: repeated squaring.
fn powu(x: C, n: i64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = prod(r, p);
        }
        mask <<= 1;
        p = prod(p, p);
    }
    r
}

/// `a ** b` (`complex_pow`): a value, or CPython's ZeroDivisionError/OverflowError.
pub fn complex_pow(a: C, b: C) -> PyResult<Value> {
    let mut domain = false;
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        if n > 0 {
            powu(a, n)
        } else {
            match quot((1.0, 0.0), powu(a, -n)) {
                Some(q) => q,
                None => {
                    domain = true;
                    (0.0, 0.0)
                }
            }
        }
    } else if b.0 == 0.0 && b.1 == 0.0 {
        (1.0, 0.0)
    } else if a.0 == 0.0 && a.1 == 0.0 {
        domain = b.1 != 0.0 || b.0 < 0.0;
        (0.0, 0.0)
    } else {
        let vabs = a.0.hypot(a.1);
        let mut len = vabs.powf(b.0);
        let at = a.1.atan2(a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= (at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        (len * phase.cos(), len * phase.sin())
    };
    if domain {
        return Err(zero_division_error("0.0 to a negative or complex power"));
    }
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(overflow_error("complex exponentiation"));
    }
    Ok(new_complex(r.0, r.1))
}

/// `abs(z)` (`_Py_c_abs`).
pub fn complex_abs(z: C) -> PyResult<f64> {
    if !z.0.is_finite() || !z.1.is_finite() {
        if z.0.is_infinite() {
            return Ok(z.0.abs());
        }
        if z.1.is_infinite() {
            return Ok(z.1.abs());
        }
        return Ok(f64::NAN);
    }
    let r = z.0.hypot(z.1);
    if !r.is_finite() {
        return Err(overflow_error("absolute value too large"));
    }
    Ok(r)
}

fn complex_richcompare(
    i: &mut dyn Interp,
    a: &Value,
    b: &Value,
    op: CmpOp,
) -> PyResult<Option<Value>> {
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(None);
    }
    let Some(x) = complex_val(a) else {
        return Ok(None);
    };
    let equal = if int_val(b).is_some() {
        if x.1 == 0.0 {
            return protocol::richcompare(i, &Value::Float(x.0), b, op).map(Some);
        }
        false
    } else if is_float(b) {
        x.1 == 0.0 && Some(x.0) == float_operand(b)?
    } else if let Some(y) = complex_val(b) {
        x == y
    } else {
        return Ok(None);
    };
    Ok(Some(Value::Bool(equal == (op == CmpOp::Eq))))
}

/// Whether `v` converts to a number for `complex()` (`nb_float`, `nb_index`, complex).
fn is_number(v: &Value) -> bool {
    if complex_val(v).is_some() {
        return true;
    }
    let cls = v.class();
    let s = &protocol::td(&cls).slots;
    s.float.get().is_some() || s.index.get().is_some()
}

fn complex_new(i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let mut r = pos.first();
    let mut im = pos.get(1);
    for (k, v) in args.kwargs() {
        match k.as_str_data().and_then(|s| s.as_str()) {
            Some("real") if r.is_none() => r = Some(v),
            Some("imag") if im.is_none() => im = Some(v),
            Some(n @ ("real" | "imag")) => {
                return Err(type_error(format!(
                    "argument for complex() given by name ('{n}') and position ({})",
                    if n == "real" { 1 } else { 2 }
                )))
            }
            Some(n) => {
                return Err(type_error(format!(
                    "'{n}' is an invalid keyword argument for complex()"
                )))
            }
            None => return Err(type_error("keywords must be strings")),
        }
    }
    let (re, imag) = construct(i, r, im)?;
    if std::rc::Rc::ptr_eq(cls, &builtin_types().complex) {
        if let (Some(v), None) = (r, im) {
            if complex_val(v).is_some() && std::rc::Rc::ptr_eq(&v.class(), &builtin_types().complex)
            {
                return Ok(v.clone());
            }
        }
        return Ok(new_complex(re, imag));
    }
    Ok(Value::Obj(PyObject::new(
        cls.clone(),
        Payload::Complex { re, im: imag },
    )))
}

fn construct(i: &mut dyn Interp, r: Option<&Value>, im: Option<&Value>) -> PyResult<C> {
    let zero = Value::Int(0);
    let r = r.unwrap_or(&zero);
    if let Some(s) = r.as_str_data() {
        if im.is_some() {
            return Err(type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        return parse_complex(s.code_points().collect::<Vec<u32>>().into_iter());
    }
    if im.is_some_and(|v| v.as_str_data().is_some()) {
        return Err(type_error("complex() second arg can't be a string"));
    }
    if !is_number(r) {
        return Err(type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            r.class_name()
        )));
    }
    if let Some(v) = im {
        if !is_number(v) {
            return Err(type_error(format!(
                "complex() second argument must be a number, not '{}'",
                v.class_name()
            )));
        }
    }
    let (cr, cr_complex) = match complex_val(r) {
        Some(c) => (c, true),
        None => ((crate::types::float::to_f64(i, r)?, 0.0), false),
    };
    let (mut ci, ci_complex) = match im {
        None => ((cr.1, 0.0), false),
        Some(v) => match complex_val(v) {
            Some(c) => (c, true),
            None => ((crate::types::float::to_f64(i, v)?, 0.0), false),
        },
    };
    // real + imag*1j, where either part may itself be complex (CPython corrects only
    // then, so signed zeros survive).
    let mut re = cr.0;
    if ci_complex {
        re -= ci.1;
    }
    if cr_complex && im.is_some() {
        ci.0 += cr.1;
    }
    Ok((re, ci.0))
}

/// `complex(s)`: CPython's grammar (`complex_from_string_inner`).
pub fn parse_complex(cps: impl Iterator<Item = u32> + Clone) -> PyResult<C> {
    let malformed = || value_error("complex() arg is a malformed string");
    let ascii = crate::num::transform_decimal_and_space(cps);
    let s = std::str::from_utf8(&ascii).map_err(|_| malformed())?;
    let mut t = s.trim_matches(|c: char| c.is_ascii_whitespace());
    if let Some(inner) = t.strip_prefix('(') {
        t = inner.strip_suffix(')').ok_or_else(malformed)?;
        t = t.trim_matches(|c: char| c.is_ascii_whitespace());
    }
    let float = |x: &str| -> PyResult<f64> {
        if x.contains(|c: char| c.is_ascii_whitespace()) {
            return Err(malformed());
        }
        nfloat::parse_str(x, krait_loader::PyVersion::V3_11).map_err(|_| malformed())
    };
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return Ok((float(t)?, 0.0));
    };
    // Split before the sign that starts the imaginary part (not one after an exponent).
    let b = body.as_bytes();
    let mut split = None;
    for k in (1..b.len()).rev() {
        if matches!(b[k], b'+' | b'-') && !matches!(b[k - 1], b'e' | b'E') {
            split = Some(k);
            break;
        }
    }
    let imag = |x: &str| -> PyResult<f64> {
        match x {
            "" | "+" => Ok(1.0),
            "-" => Ok(-1.0),
            _ => float(x),
        }
    };
    match split {
        Some(k) => Ok((float(&body[..k])?, imag(&body[k..])?)),
        None => Ok((0.0, imag(body)?)),
    }
}

fn self0(args: &Args<'_>, name: &str) -> PyResult<C> {
    let pos = args.exact(name, 1)?;
    complex_val(&pos[0]).ok_or_else(|| {
        type_error(format!(
            "descriptor '{name}' for 'complex' objects doesn't apply to a '{}' object",
            pos[0].class_name()
        ))
    })
}

fn conjugate(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (re, im) = self0(&args, "conjugate")?;
    Ok(new_complex(re, -im))
}

fn getnewargs(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (re, im) = self0(&args, "__getnewargs__")?;
    Ok(new_tuple(vec![Value::Float(re), Value::Float(im)]))
}

fn dunder_complex(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (re, im) = self0(&args, "__complex__")?;
    Ok(new_complex(re, im))
}

fn format(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("__format__", 2)?;
    let Some(spec) = pos[1].as_str_data() else {
        return Err(type_error(format!(
            "__format__() argument must be str, not {}",
            pos[1].class_name()
        )));
    };
    let (re, im) = self0(&Args::positional(&pos[..1]), "__format__")?;
    crate::types::complex_format::format_complex(i, re, im, &spec.lossy()).map(new_string)
}

pub static METHODS: &[MethodDef] = &[
    crate::method!("conjugate", conjugate),
    crate::method!("__getnewargs__", getnewargs),
    crate::method!("__complex__", dunder_complex),
    crate::method!("__format__", format),
    crate::method!(
        "__add__",
        crate::types::numops::bin_dunder::<{ BinOp::Add as u8 }, false>
    ),
    crate::method!(
        "__radd__",
        crate::types::numops::bin_dunder::<{ BinOp::Add as u8 }, true>
    ),
    crate::method!(
        "__sub__",
        crate::types::numops::bin_dunder::<{ BinOp::Sub as u8 }, false>
    ),
    crate::method!(
        "__rsub__",
        crate::types::numops::bin_dunder::<{ BinOp::Sub as u8 }, true>
    ),
    crate::method!(
        "__mul__",
        crate::types::numops::bin_dunder::<{ BinOp::Mul as u8 }, false>
    ),
    crate::method!(
        "__rmul__",
        crate::types::numops::bin_dunder::<{ BinOp::Mul as u8 }, true>
    ),
    crate::method!(
        "__truediv__",
        crate::types::numops::bin_dunder::<{ BinOp::TrueDiv as u8 }, false>
    ),
    crate::method!(
        "__rtruediv__",
        crate::types::numops::bin_dunder::<{ BinOp::TrueDiv as u8 }, true>
    ),
    crate::method!(
        "__pow__",
        crate::types::numops::bin_dunder::<{ BinOp::Pow as u8 }, false>
    ),
    crate::method!(
        "__rpow__",
        crate::types::numops::bin_dunder::<{ BinOp::Pow as u8 }, true>
    ),
    crate::method!(
        "__eq__",
        crate::types::numops::cmp_dunder::<{ CmpOp::Eq as u8 }>
    ),
    crate::method!(
        "__ne__",
        crate::types::numops::cmp_dunder::<{ CmpOp::Ne as u8 }>
    ),
    crate::method!(
        "__lt__",
        crate::types::numops::cmp_dunder::<{ CmpOp::Lt as u8 }>
    ),
    crate::method!(
        "__le__",
        crate::types::numops::cmp_dunder::<{ CmpOp::Le as u8 }>
    ),
    crate::method!(
        "__gt__",
        crate::types::numops::cmp_dunder::<{ CmpOp::Gt as u8 }>
    ),
    crate::method!(
        "__ge__",
        crate::types::numops::cmp_dunder::<{ CmpOp::Ge as u8 }>
    ),
    crate::method!("__neg__", crate::types::numops::neg),
    crate::method!("__pos__", crate::types::numops::pos),
    crate::method!("__abs__", crate::types::numops::abs),
    crate::method!("__bool__", crate::types::numops::bool_),
    crate::method!("__hash__", crate::types::numops::hash),
    crate::method!("__repr__", crate::types::numops::repr),
];
