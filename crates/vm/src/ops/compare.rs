//! COMPARE_OP, IS_OP, CONTAINS_OP.

use krait_object::protocol;
use krait_object::typeobj::CmpOp;
use krait_object::Value;

use super::OpResult;
use crate::vm::Vm;

/// COMPARE_OP(cmp): `cmp` is the normalized `cmp_op` index (`<`, `<=`, `==`, `!=`, `>`, `>=`).
#[inline]
pub fn COMPARE_OP(vm: &mut Vm, arg: u32) -> OpResult {
    let b = vm.pop();
    let a = vm.pop();
    let Some(op) = CmpOp::from_arg(arg) else {
        return Err(super::unsupported_op(
            "COMPARE_OP with an unknown comparison",
        ));
    };
    let r = match (&a, &b) {
        (Value::Int(x), Value::Int(y)) => Value::Bool(op.test(Some(x.cmp(y)))),
        (Value::Float(x), Value::Float(y)) => Value::Bool(op.test(x.partial_cmp(y))),
        _ => protocol::richcompare(vm, &a, &b, op)?,
    };
    vm.push(r);
    Ok(())
}

/// IS_OP(invert).
pub fn IS_OP(vm: &mut Vm, arg: u32) -> OpResult {
    let b = vm.pop();
    let a = vm.pop();
    vm.push(Value::Bool(a.is(&b) != (arg != 0)));
    Ok(())
}

/// CONTAINS_OP(invert): `a in b`.
pub fn CONTAINS_OP(vm: &mut Vm, arg: u32) -> OpResult {
    let b = vm.pop();
    let a = vm.pop();
    let r = protocol::contains(vm, &b, &a)?;
    vm.push(Value::Bool(r != (arg != 0)));
    Ok(())
}
