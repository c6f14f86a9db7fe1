//! `float`: unboxed `f64` (heap payload only for subclass instances). Arithmetic follows
//! CPython's `floatobject.c` (floor division and modulo signs, error messages).

use std::cmp::Ordering;

use crate::args::Args;
use crate::error::{overflow_error, type_error, value_error, zero_division_error, PyResult};
use crate::interp::Interp;
use crate::object::{ObjRef, Payload, PyObject};
use crate::protocol;
use crate::typeobj::{BinOp, CmpOp, TypeData};
use crate::types::int::{int_val, IntVal};
use crate::types::str::new_string;
use crate::types::{builtin_types, MethodDef};
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

fn is_float(v: &Value) -> bool {
    matches!(v, Value::Float(_)) || matches!(v.payload(), Some(Payload::Float(_)))
}

pub fn setup(t: &TypeData) {
    let s = &t.slots;
    macro_rules! nb {
        ($($op:ident),*) => {$(
            s.nb[BinOp::$op as usize].set(Some(|_, a, b| float_bin(a, b, BinOp::$op)));
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
    s.new.set(Some(float_new));
}

fn f(v: &Value) -> f64 {
    match v {
        Value::Float(x) => *x,
        Value::Obj(o) => match &o.payload {
            Payload::Float(x) => *x,
            _ => 0.0,
        },
        _ => 0.0,
    }
}

fn float_bin(a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if !is_float(a) && !is_float(b) {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (float_operand(a)?, float_operand(b)?) else {
        return Ok(None);
    };
    float_op(x, y, op).map(Some)
}

/// `x op y` on floats.
#[inline]
pub fn float_op(x: f64, y: f64, op: BinOp) -> PyResult<Value> {
    Ok(Value::Float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(zero_division_error("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(zero_division_error("float floor division by zero"));
            }
            divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(zero_division_error("float modulo"));
            }
            divmod(x, y).1
        }
        BinOp::Pow => return float_pow(x, y),
        _ => return Err(type_error("unsupported float operation")),
    }))
}

/// CPython's `_float_div_mod`: (floor quotient, modulo with the divisor's sign).
pub fn divmod(vx: f64, wx: f64) -> (f64, f64) {
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
        let mut fd = div.floor();
        if div - fd > 0.5 {
            fd += 1.0;
        }
        fd
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `x ** y` (`float_pow`).
pub fn float_pow(x: f64, y: f64) -> PyResult<Value> {
    if y == 0.0 {
        return Ok(Value::Float(1.0));
    }
    if x.is_nan() {
        return Ok(Value::Float(if y == 0.0 { 1.0 } else { x }));
    }
    if y.is_nan() {
        return Ok(Value::Float(if x == 1.0 { 1.0 } else { y }));
    }
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(zero_division_error(
            "0.0 cannot be raised to a negative power",
        ));
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.floor() != y {
        return Err(value_error(
            "krait: complex results of ** are not supported yet",
        ));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(Value::Float(r))
}

/// Exact comparison of an int with a float (CPython's `float_richcompare` logic).
pub fn int_float_cmp(i: i64, x: f64) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if i.unsigned_abs() <= 1 << 53 {
        return (i as f64).partial_cmp(&x);
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let t = x.trunc();
    if t.abs() >= 1.7e38 {
        return Some(if t > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let ti = t as i128;
    match (i as i128).cmp(&ti) {
        Ordering::Equal => {
            let frac = x - t;
            Some(if frac > 0.0 {
                Ordering::Less
            } else if frac < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
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
            Some(IntVal::Big(big)) => {
                if x.is_nan() {
                    None
                } else if x.is_infinite() {
                    Some(if x > 0.0 {
                        Ordering::Greater
                    } else {
                        Ordering::Less
                    })
                } else {
                    let t: num_bigint::BigInt =
                        num_traits::FromPrimitive::from_f64(x.trunc()).unwrap_or_default();
                    match t.cmp(big) {
                        Ordering::Equal => (x - x.trunc()).partial_cmp(&0.0),
                        o => Some(o),
                    }
                }
            }
            None => return Ok(None),
        }
    };
    Ok(Some(Value::Bool(op.test(ord))))
}

/// Parses `float(text)`: decimal, exponent, `inf`/`nan` (any case, signed), underscores
/// between digits, surrounding whitespace.
pub fn parse_float(text: &str) -> Option<f64> {
    let t = text.trim_matches(|c: char| c.is_whitespace());
    let lower = t.to_ascii_lowercase();
    let body = lower.trim_start_matches(['+', '-']);
    if lower.len() - body.len() > 1 {
        return None;
    }
    let neg = lower.starts_with('-');
    let special = match body {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if neg { -v } else { v });
    }
    if body.is_empty()
        || !body
            .bytes()
            .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'+' | b'-' | b'_'))
    {
        return None;
    }
    // Underscores only between digits.
    let b = body.as_bytes();
    for (k, &c) in b.iter().enumerate() {
        if c == b'_' {
            let ok =
                k > 0 && k + 1 < b.len() && b[k - 1].is_ascii_digit() && b[k + 1].is_ascii_digit();
            if !ok {
                return None;
            }
        }
    }
    let clean: String = lower.chars().filter(|&c| c != '_').collect();
    clean.parse::<f64>().ok()
}

fn float_new(i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
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
        return match s.as_str().and_then(parse_float) {
            Some(v) => Ok(v),
            None => {
                let r = protocol::repr_string(i, x)?;
                Err(value_error(format!(
                    "could not convert string to float: {r}"
                )))
            }
        };
    }
    let cls = x.class();
    if let Some(fl) = protocol::td(&cls).slots.float.get() {
        let r = fl(i, x)?;
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

fn is_integer(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("is_integer", 1)?;
    let x = f(&pos[0]);
    Ok(Value::Bool(x.is_finite() && x.trunc() == x))
}

pub static METHODS: &[MethodDef] = &[crate::method!("is_integer", is_integer)];
