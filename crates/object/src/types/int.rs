//! `int` (unboxed `i64`, heap `BigInt` beyond) and `bool`: the type's slots. Arithmetic
//! is `crate::num::int` (CPython's results and messages); the `i64` fast path
//! [`small_op`] is what BINARY_OP inlines. Results are normalized (a big result that
//! fits `i64` becomes `Value::Int`). Construction is in `int_new.rs`, methods and
//! attributes in `int_methods.rs`.

use std::borrow::Cow;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::error::{overflow_error, type_error, PyResult};
use crate::interp::Interp;
use crate::num::int::{self as nint, Int, IntPow};
use crate::object::Payload;
use crate::typeobj::{BinOp, CmpOp, TypeData};
use crate::types::str::{new_str, new_string};
use crate::value::Value;

pub use crate::types::int_new::{float_to_int, max_str_digits, set_max_str_digits, to_int};

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

    /// The value as the numeric core's `Int` (clones a big one).
    pub fn to_num(&self) -> Int {
        match self {
            IntVal::Small(n) => Int::Small(*n),
            IntVal::Big(b) => Int::Big((*b).clone()),
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

/// The value of an int (or bool, or int subclass) as the numeric core's `Int`.
pub fn int_num(v: &Value) -> Option<Int> {
    int_val(v).map(|x| x.to_num())
}

/// An `Int` as a value (normalized: `Value::Int` whenever it fits).
pub fn from_num(i: Int) -> Value {
    match i {
        Int::Small(n) => Value::Int(n),
        Int::Big(b) => Value::from_bigint(b),
    }
}

/// A big int converted to float, `OverflowError` when too large (CPython's message).
pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    Ok(nint::to_f64(&Int::Big(b.clone()))?)
}

pub fn setup(t: &TypeData) {
    let s = &t.slots;
    macro_rules! nb {
        ($($op:ident),*) => {$(
            s.nb[BinOp::$op as usize].set(Some(|i, a, b| bin(i, a, b, BinOp::$op)));
        )*};
    }
    nb!(Add, Sub, Mul, FloorDiv, Mod, Pow, TrueDiv, LShift, RShift, And, Or, Xor);
    s.neg.set(Some(|_, v| unary(v, nint::neg)));
    s.pos.set(Some(|_, v| unary(v, Int::clone)));
    s.invert.set(Some(|_, v| unary(v, nint::invert)));
    s.abs.set(Some(|_, v| unary(v, nint::abs)));
    s.bool_.set(Some(|_, v| {
        Ok(match int_val(v) {
            Some(IntVal::Small(n)) => n != 0,
            Some(IntVal::Big(_)) => true,
            None => false,
        })
    }));
    s.index.set(Some(|_, v| unary(v, Int::clone)));
    s.int.set(Some(|_, v| unary(v, Int::clone)));
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
    s.repr.set(Some(|i, v| int_repr(i, v).map(new_string)));
    s.getattro.set(Some(crate::types::int_methods::int_getattr));
    s.setattro.set(Some(|i, v, name, x| {
        let names = ["real", "imag", "numerator", "denominator"];
        crate::types::numops::readonly_attrs(i, v, name, x, &names, Some("int"))
    }));
    s.new.set(Some(crate::types::int_new::int_new));
}

/// `repr(int)`: decimal digits, subject to `sys.get_int_max_str_digits()`.
pub fn int_repr(i: &mut dyn Interp, v: &Value) -> PyResult<String> {
    match int_val(v) {
        Some(IntVal::Small(n)) => Ok(n.to_string()),
        Some(IntVal::Big(b)) => Ok(nint::to_decimal_string(
            &Int::Big(b.clone()),
            max_str_digits(),
            i.version(),
        )?),
        None => Err(type_error("int expected")),
    }
}

/// Decimal digits of an int value (no digit limit: for internal messages).
pub fn int_to_string(v: &Value) -> String {
    match int_val(v) {
        Some(IntVal::Small(n)) => n.to_string(),
        Some(IntVal::Big(b)) => b.to_string(),
        None => String::new(),
    }
}

fn unary(v: &Value, f: fn(&Int) -> Int) -> PyResult<Value> {
    match int_val(v) {
        Some(IntVal::Small(n)) => Ok(from_num(f(&Int::Small(n)))),
        Some(x) => Ok(from_num(f(&x.to_num()))),
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
pub fn bin(i: &mut dyn Interp, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (int_val(a), int_val(b)) else {
        return Ok(None);
    };
    if let (IntVal::Small(p), IntVal::Small(q)) = (&x, &y) {
        if let Ok(Some(r)) = small_op(*p, *q, op) {
            return Ok(Some(r));
        }
    }
    num_op(i, &x.to_num(), &y.to_num(), op).map(Some)
}

/// `a op b` through the numeric core (every case, errors included).
pub fn num_op(i: &mut dyn Interp, a: &Int, b: &Int, op: BinOp) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => from_num(nint::add(a, b)),
        BinOp::Sub => from_num(nint::sub(a, b)),
        BinOp::Mul => from_num(nint::mul(a, b)),
        BinOp::FloorDiv => from_num(nint::floordiv(a, b)?),
        BinOp::Mod => from_num(nint::modulo(a, b, i.version())?),
        BinOp::TrueDiv => Value::Float(nint::truediv(a, b)?),
        BinOp::Pow => match nint::pow(a, b)? {
            IntPow::Int(r) => from_num(r),
            IntPow::Float(f) => Value::Float(f),
        },
        BinOp::LShift => from_num(nint::lshift(a, b)?),
        BinOp::RShift => from_num(nint::rshift(a, b)?),
        BinOp::And => from_num(nint::and(a, b)),
        BinOp::Or => from_num(nint::or(a, b)),
        BinOp::Xor => from_num(nint::xor(a, b)),
        BinOp::MatMul => {
            return Err(type_error(
                "unsupported operand type(s) for @: 'int' and 'int'",
            ))
        }
    })
}

/// The allocation-free `i64` path: `Ok(None)` when the result needs a big int, or when
/// the operation must raise (the slow path [`num_op`] raises with the version's message).
#[inline]
pub fn small_op(a: i64, b: i64, op: BinOp) -> PyResult<Option<Value>> {
    Ok(match op {
        BinOp::Add => a.checked_add(b).map(Value::Int),
        BinOp::Sub => a.checked_sub(b).map(Value::Int),
        BinOp::Mul => a.checked_mul(b).map(Value::Int),
        BinOp::FloorDiv => {
            if b == 0 {
                return Ok(None);
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
                return Ok(None);
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
            // Exact when both fit a double's mantissa; else the slow path rounds correctly.
            if b != 0 && a.unsigned_abs() <= 1 << 53 && b.unsigned_abs() <= 1 << 53 {
                Some(Value::Float(a as f64 / b as f64))
            } else {
                None
            }
        }
        BinOp::Pow => match u32::try_from(b) {
            Ok(e) => a.checked_pow(e).map(Value::Int),
            Err(_) => None,
        },
        BinOp::LShift => {
            if b < 0 {
                None
            } else if a == 0 {
                Some(Value::Int(0))
            } else if b < 63 && (a.unsigned_abs() >> (63 - b)) == 0 {
                Some(Value::Int(a << b))
            } else {
                None
            }
        }
        BinOp::RShift => {
            if b < 0 {
                None
            } else {
                Some(Value::Int(if b >= 64 { a >> 63 } else { a >> b }))
            }
        }
        BinOp::And => Some(Value::Int(a & b)),
        BinOp::Or => Some(Value::Int(a | b)),
        BinOp::Xor => Some(Value::Int(a ^ b)),
        BinOp::MatMul => None,
    })
}

/// An `i64` from an int value, `OverflowError` with CPython's C-long message beyond.
pub fn to_i64(v: &Value) -> PyResult<i64> {
    match int_val(v) {
        Some(IntVal::Small(n)) => Ok(n),
        Some(IntVal::Big(_)) => Err(overflow_error("Python int too large to convert to C long")),
        None => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            v.class_name()
        ))),
    }
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
    s.nb[BinOp::And as usize].set(Some(|i, a, b| bool_bits(i, a, b, BinOp::And)));
    s.nb[BinOp::Or as usize].set(Some(|i, a, b| bool_bits(i, a, b, BinOp::Or)));
    s.nb[BinOp::Xor as usize].set(Some(|i, a, b| bool_bits(i, a, b, BinOp::Xor)));
    s.new.set(Some(|i, _, args| {
        if args.has_kwargs() {
            return Err(type_error("bool() takes no keyword arguments"));
        }
        let pos = args.between("bool", 0, 1)?;
        Ok(Value::Bool(match pos.first() {
            Some(v) => crate::protocol::truthy(i, v)?,
            None => false,
        }))
    }));
}

fn bool_bits(i: &mut dyn Interp, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        return Ok(Some(Value::Bool(match op {
            BinOp::And => x & y,
            BinOp::Or => x | y,
            _ => x ^ y,
        })));
    }
    bin(i, a, b, op)
}
