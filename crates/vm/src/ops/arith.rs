//! BINARY_OP and the unary operators. Unboxed int and float operands are handled inline
//! before any slot call (no allocation, no lookup).

use krait_object::protocol;
use krait_object::typeobj::BinOp;
use krait_object::types::float::float_op;
use krait_object::types::int::small_op;
use krait_object::Value;

use super::OpResult;
use crate::vm::Vm;

/// BINARY_OP(op): `op` is CPython's NB_* number (in-place forms from 13).
#[inline]
pub fn BINARY_OP(vm: &mut Vm, arg: u32) -> OpResult {
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
