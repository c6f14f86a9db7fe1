//! COMPARE_OP, IS_OP, CONTAINS_OP.

use krait_loader::opcodes::Op;
use krait_object::protocol;
use krait_object::typeobj::CmpOp;
use krait_object::Value;

use super::OpResult;
use crate::vm::Vm;

/// COMPARE_OP(cmp): `cmp` is the normalized `cmp_op` index (`<`, `<=`, `==`, `!=`, `>`, `>=`).
/// The small-int path is forced inline into the dispatch loop; the rest is out of line.
#[inline(always)]
pub fn COMPARE_OP(vm: &mut Vm, arg: u32) -> OpResult {
    // Two small ints followed by a conditional jump (a loop test, `if n < 2`): compare
    // and jump here, without materializing the bool or dispatching the jump.
    let len = vm.stack.len();
    if len >= 2 && arg <= 5 {
        if let (Value::Int(x), Value::Int(y)) = (&vm.stack[len - 2], &vm.stack[len - 1]) {
            let t = match arg {
                0 => x < y,
                1 => x <= y,
                2 => x == y,
                3 => x != y,
                4 => x > y,
                _ => x >= y,
            };
            // SAFETY: `len - 2 <= len`, and both items given up are unboxed ints, which
            // own nothing.
            unsafe { vm.stack.set_len(len - 2) };
            if let Some(next) = vm.code.insts.get(vm.pc).copied() {
                let jump = match next.op {
                    Op::POP_JUMP_FORWARD_IF_FALSE | Op::POP_JUMP_BACKWARD_IF_FALSE => !t,
                    Op::POP_JUMP_FORWARD_IF_TRUE | Op::POP_JUMP_BACKWARD_IF_TRUE => t,
                    _ => {
                        vm.stack.push(Value::Bool(t));
                        return Ok(());
                    }
                };
                vm.pc = if jump { next.arg as usize } else { vm.pc + 1 };
                return Ok(());
            }
            vm.stack.push(Value::Bool(t));
            return Ok(());
        }
    }
    compare_op_general(vm, arg)
}

/// COMPARE_OP beyond two small ints.
#[inline(never)]
fn compare_op_general(vm: &mut Vm, arg: u32) -> OpResult {
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
