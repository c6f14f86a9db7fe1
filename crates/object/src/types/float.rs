//! `float`: unboxed `f64` (heap payload only for subclass instances): slots, arithmetic
//! (through `crate::num::float`: CPython's floor division, modulo signs, `**` special
//! cases and messages), exact comparison with ints, construction. Methods are in
//! `float_methods.rs`.

use std::cmp::Ordering;

use crate::args::Args;
use crate::error::{type_error, PyResult};
use crate::interp::Interp;
use crate::num::float::{self as nfloat, FloatPow};
use crate::num::int::{self as nint, Int};
use crate::object::{ObjRef, Payload, PyObject};
use crate::protocol;
use crate::typeobj::{BinOp, CmpOp, TypeData};
use crate::types::builtin_types;
use crate::types::int::{int_val, IntVal};
use crate::types::str::new_string;
use crate::value::Value;

/// A float operand: a float, or an int converted (OverflowError when too large).
#[inline]
pub fn float_operand(v: &Value) -> PyResult<Option<f64>> {
    match v {
        Value::Float(f) => Ok(Some(*f)),
        Value::Int(n) => Ok(Some(*n as f64)),
        Value::Bool(b) => Ok(Some(f64::from(u8::from(*b)))),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Ok(Some(*f)),
            Payload::Int(b) => crate::types::int::big_to_f64(b).map(Some),
            _ => Ok(None),
        },
        _ => Ok(None),
    }
}

/// Whether `v` is a float (or a float subclass instance).
pub fn is_float(v: &Value) -> bool {
    matches!(v, Value::Float(_)) || matches!(v.payload(), Some(Payload::Float(_)))
}

pub fn setup(t: &TypeData) {
    let s = &t.slots;
    macro_rules! nb {
        ($($op:ident),*) => {$(
            s.nb[BinOp::$op as usize].set(Some(|i, a, b| float_bin(i, a, b, BinOp::$op)));
        )*};
    }
    nb!(Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow);
    s.neg.set(Some(|_, v| Ok(Value::Float(-f(v)))));
    s.pos.set(Some(|_, v| Ok(Value::Float(f(v)))));
    s.abs.set(Some(|_, v| Ok(Value::Float(f(v).abs()))));
    s.bool_.set(Some(|_, v| Ok(f(v) != 0.0)));
    s.int
        .set(Some(|_, v| crate::types::int::float_to_int(f(v))));
    s.float.set(Some(|_, v| Ok(Value::Float(f(v)))));
    s.richcompare.set(Some(float_richcompare));
    s.hash.set(Some(|_, v| {
        Ok(crate::hash::hash_f64_with_identity(f(v), v.id() as usize))
    }));
    s.repr.set(Some(|_, v| {
        Ok(new_string(krait_loader::repr::float_repr(f(v))))
    }));
    s.getattro
        .set(Some(crate::types::float_methods::float_getattr));
    s.setattro.set(Some(|i, v, name, x| {
        crate::types::numops::readonly_attrs(i, v, name, x, &["real", "imag"], Some("float"))
    }));
    s.new.set(Some(float_new));
}

/// The value of a float (or float subclass instance); 0.0 for anything else.
pub fn f(v: &Value) -> f64 {
    match v {
        Value::Float(x) => *x,
        Value::Obj(o) => match &o.payload {
            Payload::Float(x) => *x,
            _ => 0.0,
        },
        _ => 0.0,
    }
}

fn float_bin(i: &mut dyn Interp, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if !is_float(a) && !is_float(b) {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (float_operand(a)?, float_operand(b)?) else {
        return Ok(None);
    };
    Ok(Some(match op {
        BinOp::Mod => Value::Float(nfloat::modulo(x, y, i.version())?),
        BinOp::Pow => float_pow(x, y)?,
        _ => float_op(x, y, op)?,
    }))
}

/// `x op y` on floats (the version-independent operators; `%`'s message is 3.11's).
#[inline]
pub fn float_op(x: f64, y: f64, op: BinOp) -> PyResult<Value> {
    Ok(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => nfloat::truediv(x, y)?,
        BinOp::FloorDiv => nfloat::floordiv(x, y)?,
        BinOp::Mod => nfloat::modulo(x, y, krait_loader::PyVersion::V3_11)?,
        BinOp::Pow => return float_pow(x, y),
        _ => return Err(type_error("unsupported float operation")),
    }))
}

/// `x ** y`: a negative base with a fractional exponent gives a complex result.
pub fn float_pow(x: f64, y: f64) -> PyResult<Value> {
    match nfloat::pow(x, y)? {
        FloatPow::Real(r) => Ok(Value::Float(r)),
        FloatPow::Complex => crate::types::complex::complex_pow((x, 0.0), (y, 0.0)),
    }
}

/// `divmod(x, y)` of floats.
pub fn float_divmod(x: f64, y: f64) -> PyResult<(f64, f64)> {
    Ok(nfloat::divmod(x, y)?)
}

/// Exact comparison of an int with a float (`int` op `float`).
pub fn int_float_cmp(i: i64, x: f64) -> Option<Ordering> {
    big_float_cmp(&Int::Small(i), x)
}

/// Exact comparison of any int with a float (CPython's `float_richcompare` logic).
pub fn big_float_cmp(n: &Int, x: f64) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if let Int::Small(i) = n {
        if i.unsigned_abs() <= 1 << 53 {
            return (*i as f64).partial_cmp(&x);
        }
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let t = x.trunc();
    let ti = nint::from_f64(t).unwrap_or_default();
    match n.cmp(&ti) {
        Ordering::Equal => (0.0).partial_cmp(&(x - t)),
        o => Some(o),
    }
}

fn float_richcompare(
    _i: &mut dyn Interp,
    a: &Value,
    b: &Value,
    op: CmpOp,
) -> PyResult<Option<Value>> {
    if !is_float(a) {
        return Ok(None);
    }
    let x = f(a);
    let ord = if is_float(b) {
        x.partial_cmp(&f(b))
    } else {
        match int_val(b) {
            Some(IntVal::Small(n)) => int_float_cmp(n, x).map(Ordering::reverse),
            Some(v) => big_float_cmp(&v.to_num(), x).map(Ordering::reverse),
            None => return Ok(None),
        }
    };
    Ok(Some(Value::Bool(op.test(ord))))
}

fn float_new(i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("float() takes no keyword arguments"));
    }
    let pos = args.between("float", 0, 1)?;
    let v = match pos.first() {
        None => 0.0,
        Some(x) => to_f64(i, x)?,
    };
    if std::rc::Rc::ptr_eq(cls, &builtin_types().float) {
        return Ok(Value::Float(v));
    }
    Ok(Value::Obj(PyObject::new(cls.clone(), Payload::Float(v))))
}

/// `float(x)`.
pub fn to_f64(i: &mut dyn Interp, x: &Value) -> PyResult<f64> {
    if let Some(v) = float_operand(x)? {
        return Ok(v);
    }
    if let Some(s) = x.as_str_data() {
        return Ok(nfloat::parse_code_points(
            s.code_points().collect::<Vec<u32>>().into_iter(),
            i.version(),
        )?);
    }
    if let Some(b) = crate::types::bytes::bytes_of(x) {
        return Ok(nfloat::parse_bytes(&b)?);
    }
    let cls = x.class();
    if let Some(fl) = protocol::td(&cls).slots.float.get() {
        let r = fl(i, x)?;
        if !is_float(&r) {
            return Err(type_error(format!(
                "{}.__float__ returned non-float (type {})",
                x.class_name(),
                r.class_name()
            )));
        }
        return Ok(f(&r));
    }
    if let Some(ix) = protocol::td(&cls).slots.index.get() {
        let r = ix(i, x)?;
        if let Some(v) = float_operand(&r)? {
            return Ok(v);
        }
    }
    Err(type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        x.class_name()
    )))
}
