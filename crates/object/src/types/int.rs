//! `int` (unboxed `i64`, heap `BigInt` beyond) and `bool`. Every operation tries the
//! `i64` path first (overflow-checked) and falls back to `BigInt`; results are normalized
//! (a big result that fits `i64` becomes `Value::Int`).

use std::borrow::Cow;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::args::Args;
use crate::error::{overflow_error, type_error, value_error, zero_division_error, PyResult};
use crate::interp::Interp;
use crate::object::{ObjRef, Payload, PyObject};
use crate::protocol;
use crate::typeobj::{BinOp, CmpOp, TypeData};
use crate::types::str::{new_str, new_string};
use crate::types::{builtin_types, MethodDef};
use crate::value::Value;

/// An int operand: small or a reference to a big one.
pub enum IntVal<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntVal<'_> {
    pub fn to_big(&self) -> Cow<'_, BigInt> {
        match self {
            IntVal::Small(n) => Cow::Owned(BigInt::from(*n)),
            IntVal::Big(b) => Cow::Borrowed(b),
        }
    }

    pub fn to_f64(&self) -> PyResult<f64> {
        match self {
            IntVal::Small(n) => Ok(*n as f64),
            IntVal::Big(b) => big_to_f64(b),
        }
    }
}

/// An int's value: `Int`, `Bool`, or a heap int (any int subclass).
#[inline]
pub fn int_val(v: &Value) -> Option<IntVal<'_>> {
    match v {
        Value::Int(n) => Some(IntVal::Small(*n)),
        Value::Bool(b) => Some(IntVal::Small(i64::from(*b))),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(match b.to_i64() {
                Some(n) => IntVal::Small(n),
                None => IntVal::Big(b),
            }),
            _ => None,
        },
        _ => None,
    }
}

/// A big int converted to float, `OverflowError` when too large (CPython's message).
pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(overflow_error("int too large to convert to float")),
    }
}

fn norm(b: BigInt) -> Value {
    Value::from_bigint(b)
}

pub fn setup(t: &TypeData) {
    let s = &t.slots;
    macro_rules! nb {
        ($($op:ident),*) => {$(
            s.nb[BinOp::$op as usize].set(Some(|_, a, b| bin(a, b, BinOp::$op)));
        )*};
    }
    nb!(Add, Sub, Mul, FloorDiv, Mod, Pow, TrueDiv, LShift, RShift, And, Or, Xor);
    s.neg
        .set(Some(|_, v| unary(v, |n| n.checked_neg(), |b| -b)));
    s.pos.set(Some(|_, v| unary(v, Some, |b| b)));
    s.invert
        .set(Some(|_, v| unary(v, |n| Some(!n), |b| -b - 1)));
    s.abs
        .set(Some(|_, v| unary(v, |n| n.checked_abs(), |b| b.abs())));
    s.bool_.set(Some(|_, v| {
        Ok(match int_val(v) {
            Some(IntVal::Small(n)) => n != 0,
            Some(IntVal::Big(_)) => true,
            None => false,
        })
    }));
    s.index.set(Some(|_, v| unary(v, Some, |b| b)));
    s.int.set(Some(|_, v| unary(v, Some, |b| b)));
    s.float.set(Some(|_, v| match int_val(v) {
        Some(x) => Ok(Value::Float(x.to_f64()?)),
        None => Err(type_error("int expected")),
    }));
    s.richcompare.set(Some(int_richcompare));
    s.hash.set(Some(|_, v| {
        Ok(match int_val(v) {
            Some(IntVal::Small(n)) => crate::hash::hash_i64(n),
            Some(IntVal::Big(b)) => crate::hash::hash_bigint(b),
            None => 0,
        })
    }));
    s.repr.set(Some(|_, v| Ok(new_string(int_to_string(v)))));
    s.new.set(Some(int_new));
}

/// Decimal digits of an int value.
pub fn int_to_string(v: &Value) -> String {
    match int_val(v) {
        Some(IntVal::Small(n)) => n.to_string(),
        Some(IntVal::Big(b)) => b.to_string(),
        None => String::new(),
    }
}

fn unary(v: &Value, small: fn(i64) -> Option<i64>, big: fn(BigInt) -> BigInt) -> PyResult<Value> {
    match int_val(v) {
        Some(IntVal::Small(n)) => Ok(match small(n) {
            Some(r) => Value::Int(r),
            None => norm(big(BigInt::from(n))),
        }),
        Some(IntVal::Big(b)) => Ok(norm(big(b.clone()))),
        None => Err(type_error("int expected")),
    }
}

fn int_richcompare(
    _i: &mut dyn Interp,
    a: &Value,
    b: &Value,
    op: CmpOp,
) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (int_val(a), int_val(b)) else {
        return Ok(None);
    };
    let ord = match (&x, &y) {
        (IntVal::Small(p), IntVal::Small(q)) => p.cmp(q),
        _ => x.to_big().as_ref().cmp(y.to_big().as_ref()),
    };
    Ok(Some(Value::Bool(op.test(Some(ord)))))
}

/// `a op b` for two ints; `Ok(None)` (NotImplemented) when either is not an int.
pub fn bin(a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (int_val(a), int_val(b)) else {
        return Ok(None);
    };
    if let (IntVal::Small(p), IntVal::Small(q)) = (&x, &y) {
        if let Some(r) = small_op(*p, *q, op)? {
            return Ok(Some(r));
        }
    }
    big_op(&x.to_big(), &y.to_big(), op).map(Some)
}

/// The `i64` path: `Ok(None)` when the result needs a big int.
#[inline]
pub fn small_op(a: i64, b: i64, op: BinOp) -> PyResult<Option<Value>> {
    Ok(match op {
        BinOp::Add => a.checked_add(b).map(Value::Int),
        BinOp::Sub => a.checked_sub(b).map(Value::Int),
        BinOp::Mul => a.checked_mul(b).map(Value::Int),
        BinOp::FloorDiv => {
            if b == 0 {
                return Err(zero_division_error("integer division or modulo by zero"));
            }
            a.checked_div(b).map(|q| {
                if (a % b != 0) && ((a < 0) != (b < 0)) {
                    Value::Int(q - 1)
                } else {
                    Value::Int(q)
                }
            })
        }
        BinOp::Mod => {
            if b == 0 {
                return Err(zero_division_error("integer division or modulo by zero"));
            }
            a.checked_rem(b).map(|r| {
                if r != 0 && ((r < 0) != (b < 0)) {
                    Value::Int(r + b)
                } else {
                    Value::Int(r)
                }
            })
        }
        BinOp::TrueDiv => {
            if b == 0 {
                return Err(zero_division_error("division by zero"));
            }
            // Exact when both fit a double's mantissa; else the big path rounds correctly.
            if a.unsigned_abs() <= 1 << 53 && b.unsigned_abs() <= 1 << 53 {
                Some(Value::Float(a as f64 / b as f64))
            } else {
                None
            }
        }
        BinOp::Pow => {
            if b < 0 {
                return float_pow_neg(a as f64, b as f64).map(Some);
            }
            match u32::try_from(b) {
                Ok(e) => a.checked_pow(e).map(Value::Int),
                Err(_) => None,
            }
        }
        BinOp::LShift => {
            if b < 0 {
                return Err(value_error("negative shift count"));
            }
            if a == 0 {
                Some(Value::Int(0))
            } else if b < 63 && (a.unsigned_abs() >> (63 - b)) == 0 {
                Some(Value::Int(a << b))
            } else {
                None
            }
        }
        BinOp::RShift => {
            if b < 0 {
                return Err(value_error("negative shift count"));
            }
            Some(Value::Int(if b >= 64 {
                if a < 0 {
                    -1
                } else {
                    0
                }
            } else {
                a >> b
            }))
        }
        BinOp::And => Some(Value::Int(a & b)),
        BinOp::Or => Some(Value::Int(a | b)),
        BinOp::Xor => Some(Value::Int(a ^ b)),
        BinOp::MatMul => None,
    })
}

fn float_pow_neg(a: f64, b: f64) -> PyResult<Value> {
    if a == 0.0 {
        return Err(zero_division_error(
            "0.0 cannot be raised to a negative power",
        ));
    }
    Ok(Value::Float(a.powf(b)))
}

fn big_op(a: &BigInt, b: &BigInt, op: BinOp) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => norm(a + b),
        BinOp::Sub => norm(a - b),
        BinOp::Mul => norm(a * b),
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(zero_division_error("integer division or modulo by zero"));
            }
            norm(a.div_floor(b))
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(zero_division_error("integer division or modulo by zero"));
            }
            norm(a.mod_floor(b))
        }
        BinOp::TrueDiv => {
            if b.is_zero() {
                return Err(zero_division_error("division by zero"));
            }
            Value::Float(true_div(a, b)?)
        }
        BinOp::Pow => {
            if b.is_negative() {
                return float_pow_neg(big_to_f64(a)?, big_to_f64(b)?);
            }
            let Some(e) = b.to_u32() else {
                if a.is_zero() || a == &BigInt::from(1) {
                    return Ok(norm(a.clone()));
                }
                if a == &BigInt::from(-1) {
                    return Ok(norm(if b.is_even() {
                        BigInt::from(1)
                    } else {
                        a.clone()
                    }));
                }
                return Err(crate::error::memory_error());
            };
            norm(num_traits::Pow::pow(a, e))
        }
        BinOp::LShift => {
            if b.is_negative() {
                return Err(value_error("negative shift count"));
            }
            let Some(s) = b.to_usize() else {
                return Err(overflow_error("too many digits in integer"));
            };
            norm(a << s)
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(value_error("negative shift count"));
            }
            match b.to_usize() {
                Some(s) => norm(a >> s),
                None => Value::Int(if a.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::And => norm(a & b),
        BinOp::Or => norm(a | b),
        BinOp::Xor => norm(a ^ b),
        BinOp::MatMul => return Err(type_error("unsupported operand type(s) for @")),
    })
}

/// `a / b` of ints, correctly rounded (CPython's `long_true_divide` result).
fn true_div(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    // Scale so the quotient has 55+ significant bits, divide exactly, then round once.
    let neg = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    let shift: i64 = 55 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if shift >= 0 {
        (a << shift as usize, b)
    } else {
        (a, b << (-shift) as usize)
    };
    let (q, r) = num.div_rem(&den);
    // Sticky bit keeps the rounding correct.
    let q = if r.is_zero() {
        q
    } else {
        (q << 1usize) | BigInt::from(1)
    };
    let extra = if r.is_zero() { 0 } else { 1 };
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let exp = -(shift + extra);
    let v = if exp > 1100 {
        f64::INFINITY
    } else if exp < -1100 {
        0.0
    } else {
        qf * 2f64.powi(exp as i32)
    };
    if v.is_infinite() {
        return Err(overflow_error(
            "integer division result too large for a float",
        ));
    }
    Ok(if neg { -v } else { v })
}

/// Parses `int(text, base)` (base 0 or 2..36); CPython's accepted syntax.
pub fn parse_int(text: &str, base: u32) -> Option<BigInt> {
    let t = text.trim_matches(|c: char| c.is_whitespace());
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let (base, digits) = match base {
        0 => {
            if let Some(r) = lower.strip_prefix("0x") {
                (16, r.to_string())
            } else if let Some(r) = lower.strip_prefix("0o") {
                (8, r.to_string())
            } else if let Some(r) = lower.strip_prefix("0b") {
                (2, r.to_string())
            } else {
                if lower.len() > 1
                    && lower.starts_with('0')
                    && !lower.trim_start_matches(['0', '_']).is_empty()
                {
                    return None;
                }
                (10, lower)
            }
        }
        16 => (
            16,
            lower
                .strip_prefix("0x")
                .map(str::to_string)
                .unwrap_or(lower),
        ),
        8 => (
            8,
            lower
                .strip_prefix("0o")
                .map(str::to_string)
                .unwrap_or(lower),
        ),
        2 => (
            2,
            lower
                .strip_prefix("0b")
                .map(str::to_string)
                .unwrap_or(lower),
        ),
        b => (b, lower),
    };
    let digits = digits.strip_prefix('_').unwrap_or(&digits).to_string();
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits
        .chars()
        .filter(|&c| c != '_')
        .map(|c| match crate::num::unicode_decimal(c as u32) {
            Some(d) if !c.is_ascii() => char::from_digit(d, 10).unwrap_or(c),
            _ => c,
        })
        .collect();
    let v = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(if neg { -v } else { v })
}

fn int_new(i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let base_arg = pos.get(1).or_else(|| args.kwarg("base"));
    let v = match (pos.first(), base_arg) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(type_error("int() missing string argument")),
        (Some(x), None) => to_int(i, x)?,
        (Some(x), Some(b)) => {
            let base = protocol::index_i64(i, b)?;
            if base != 0 && !(2..=36).contains(&base) {
                return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let Some(s) = x.as_str_data() else {
                return Err(type_error(
                    "int() can't convert non-string with explicit base",
                ));
            };
            parse_str(i, s, base as u32)?
        }
    };
    if std::rc::Rc::ptr_eq(cls, &builtin_types().int) {
        return Ok(v);
    }
    let big = int_val(&v)
        .map(|x| x.to_big().into_owned())
        .unwrap_or_default();
    Ok(Value::Obj(PyObject::new(cls.clone(), Payload::Int(big))))
}

fn parse_str(i: &mut dyn Interp, s: &crate::types::str::StrData, base: u32) -> PyResult<Value> {
    match s.as_str().and_then(|t| parse_int(t, base)) {
        Some(b) => Ok(norm(b)),
        None => {
            let r = protocol::repr_string(
                i,
                &crate::types::str::new_str_data(crate::types::str::StrData::from_wtf8(
                    s.as_bytes(),
                )),
            )?;
            Err(value_error(format!(
                "invalid literal for int() with base {base}: {r}"
            )))
        }
    }
}

/// `int(x)` of one argument.
pub fn to_int(i: &mut dyn Interp, x: &Value) -> PyResult<Value> {
    match x {
        Value::Int(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        Value::Float(f) => float_to_int(*f),
        _ => {
            if let Some(s) = x.as_str_data() {
                return parse_str(i, s, 10);
            }
            let cls = x.class();
            let t = protocol::td(&cls);
            if let Some(f) = t.slots.int.get() {
                return f(i, x);
            }
            if let Some(f) = t.slots.index.get() {
                return f(i, x);
            }
            Err(type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                x.class_name()
            )))
        }
    }
}

/// `int(f)`: truncation; errors for inf and nan.
pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(norm(
        num_traits::FromPrimitive::from_f64(t).unwrap_or_default(),
    ))
}

// ---- bool ----

pub fn setup_bool(t: &TypeData) {
    let s = &t.slots;
    s.repr.set(Some(|_, v| {
        Ok(new_str(if matches!(v, Value::Bool(true)) {
            "True"
        } else {
            "False"
        }))
    }));
    s.nb[BinOp::And as usize].set(Some(|_, a, b| bool_bits(a, b, BinOp::And)));
    s.nb[BinOp::Or as usize].set(Some(|_, a, b| bool_bits(a, b, BinOp::Or)));
    s.nb[BinOp::Xor as usize].set(Some(|_, a, b| bool_bits(a, b, BinOp::Xor)));
    s.new.set(Some(|i, _, args| {
        let pos = args.between("bool", 0, 1)?;
        Ok(Value::Bool(match pos.first() {
            Some(v) => protocol::truthy(i, v)?,
            None => false,
        }))
    }));
}

fn bool_bits(a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        return Ok(Some(Value::Bool(match op {
            BinOp::And => x & y,
            BinOp::Or => x | y,
            _ => x ^ y,
        })));
    }
    bin(a, b, op)
}

fn bit_length(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("bit_length", 1)?;
    Ok(Value::Int(match int_val(&pos[0]) {
        Some(IntVal::Small(n)) => 64 - i64::from(n.unsigned_abs().leading_zeros()),
        Some(IntVal::Big(b)) => b.bits() as i64,
        None => {
            return Err(type_error(
                "descriptor 'bit_length' requires an 'int' object",
            ))
        }
    }))
}

pub static METHODS: &[MethodDef] = &[crate::method!("bit_length", bit_length)];
