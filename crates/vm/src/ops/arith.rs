//! BINARY_OP and the unary operators. Unboxed int and float operands are handled inline
//! before any slot call (no allocation, no lookup).

use krait_object::protocol;
use krait_object::typeobj::BinOp;
use krait_object::types::float::float_op;
use krait_object::types::int::small_op;
use krait_object::Value;

use super::OpResult;
use crate::vm::Vm;

/// `x op y` for the operators that never fail on two small ints (None: overflow or
/// another operator). `arg` is BINARY_OP's NB_* number (in-place forms from 13).
#[inline(always)]
fn int_fast(arg: u32, x: i64, y: i64) -> Option<Value> {
    match arg {
        0 | 13 => x.checked_add(y).map(Value::Int),
        10 | 23 => x.checked_sub(y).map(Value::Int),
        5 | 18 => x.checked_mul(y).map(Value::Int),
        1 | 14 => Some(Value::Int(x & y)),
        7 | 20 => Some(Value::Int(x | y)),
        12 | 25 => Some(Value::Int(x ^ y)),
        // For a positive divisor Python's floor division and modulo are the Euclidean
        // ones (and cannot overflow).
        2 | 15 if y > 0 => Some(Value::Int(x.div_euclid(y))),
        6 | 19 if y > 0 => Some(Value::Int(x.rem_euclid(y))),
        9 | 22 if (0..64).contains(&y) => Some(Value::Int(x >> y)),
        _ => None,
    }
}

/// The float operators that cannot fail (division by a non-zero only).
#[inline(always)]
fn float_fast(arg: u32, x: f64, y: f64) -> Option<Value> {
    match arg {
        0 | 13 => Some(Value::Float(x + y)),
        10 | 23 => Some(Value::Float(x - y)),
        5 | 18 => Some(Value::Float(x * y)),
        11 | 24 if y != 0.0 => Some(Value::Float(x / y)),
        _ => None,
    }
}

/// BINARY_OP(op): `op` is CPython's NB_* number (in-place forms from 13). The in-place
/// small-int/float path is forced inline into the dispatch loop (the loop is large enough
/// that LLVM stops inlining a handler of this size on its own); the rest is out of line.
#[inline(always)]
pub fn BINARY_OP(vm: &mut Vm, arg: u32) -> OpResult {
    // Fastest path, on the stack in place: small int or float operands.
    let len = vm.stack.len();
    if len >= 2 {
        let r = match (&vm.stack[len - 2], &vm.stack[len - 1]) {
            (Value::Int(x), Value::Int(y)) => int_fast(arg, *x, *y),
            (Value::Float(x), Value::Float(y)) => float_fast(arg, *x, *y),
            _ => None,
        };
        if let Some(r) = r {
            // SAFETY: `len - 1 < len`, and the item given up is an unboxed int or float,
            // which owns nothing, so not dropping it leaks nothing.
            unsafe { vm.stack.set_len(len - 1) };
            vm.stack[len - 2] = r;
            return Ok(());
        }
    }
    binary_op_general(vm, arg)
}

/// BINARY_OP beyond two small ints or two floats.
#[inline(never)]
fn binary_op_general(vm: &mut Vm, arg: u32) -> OpResult {
    let b = vm.pop();
    let a = vm.pop();
    let Some((op, inplace)) = BinOp::from_arg(arg) else {
        return Err(super::unsupported_op("BINARY_OP with an unknown operator"));
    };
    // Fast paths: int ⊕ int without overflow, float ⊕ float.
    match (&a, &b) {
        (Value::Int(x), Value::Int(y)) => {
            if let Some(r) = small_op(*x, *y, op)? {
                vm.push(r);
                return Ok(());
            }
        }
        (Value::Float(x), Value::Float(y)) if !matches!(op, BinOp::Pow) => {
            if let Ok(r) = float_op(*x, *y, op) {
                vm.push(r);
                return Ok(());
            }
        }
        // `**` of a positive finite base and a finite exponent: `float_pow` reduces to
        // libm's `pow` there; an infinite result (OverflowError) takes the slow path.
        (Value::Float(x), Value::Float(y)) if *x > 0.0 && *x < f64::INFINITY && y.is_finite() => {
            let r = x.powf(*y);
            if r.is_finite() {
                vm.push(Value::Float(r));
                return Ok(());
            }
        }
        // Mixed int and float (kept off the hot path above): CPython converts the int
        // with round-half-even, as `as` does (every i64 converts without overflow).
        (Value::Int(x), Value::Float(y)) => {
            if let Some(r) = float_fast(arg, *x as f64, *y) {
                vm.push(r);
                return Ok(());
            }
        }
        (Value::Float(x), Value::Int(y)) => {
            if let Some(r) = float_fast(arg, *x, *y as f64) {
                vm.push(r);
                return Ok(());
            }
        }
        _ => {}
    }
    let r = if inplace {
        protocol::inplace_op(vm, &a, &b, op)?
    } else {
        protocol::binary_op(vm, &a, &b, op)?
    };
    vm.push(r);
    Ok(())
}

pub fn UNARY_NEGATIVE(vm: &mut Vm, _arg: u32) -> OpResult {
    let v = vm.pop();
    let r = match v {
        Value::Int(n) if n != i64::MIN => Value::Int(-n),
        Value::Float(f) => Value::Float(-f),
        _ => protocol::neg(vm, &v)?,
    };
    vm.push(r);
    Ok(())
}

pub fn UNARY_POSITIVE(vm: &mut Vm, _arg: u32) -> OpResult {
    let v = vm.pop();
    let r = protocol::pos(vm, &v)?;
    vm.push(r);
    Ok(())
}

pub fn UNARY_INVERT(vm: &mut Vm, _arg: u32) -> OpResult {
    let v = vm.pop();
    let r = match v {
        Value::Int(n) => Value::Int(!n),
        _ => protocol::invert(vm, &v)?,
    };
    vm.push(r);
    Ok(())
}

pub fn UNARY_NOT(vm: &mut Vm, _arg: u32) -> OpResult {
    let v = vm.pop();
    let t = match v {
        Value::Bool(b) => b,
        _ => protocol::truthy(vm, &v)?,
    };
    vm.push(Value::Bool(!t));
    Ok(())
}
