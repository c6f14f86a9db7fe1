//! Jumps. Targets are instruction indices (normalized by the loader).

use krait_object::protocol;
use krait_object::Value;

use super::OpResult;
use crate::vm::Vm;

#[inline(always)]
fn truth(vm: &mut Vm, v: &Value) -> Result<bool, super::Exit> {
    match v {
        Value::Bool(b) => Ok(*b),
        _ => Ok(protocol::truthy(vm, v)?),
    }
}

#[inline(always)]
pub fn JUMP_FORWARD(vm: &mut Vm, arg: u32) -> OpResult {
    vm.pc = arg as usize;
    Ok(())
}

#[inline(always)]
pub fn JUMP_BACKWARD(vm: &mut Vm, arg: u32) -> OpResult {
    vm.pc = arg as usize;
    if let Some(e) = crate::signals::check(vm) {
        return Err(e.into());
    }
    Ok(())
}

pub fn JUMP_BACKWARD_NO_INTERRUPT(vm: &mut Vm, arg: u32) -> OpResult {
    vm.pc = arg as usize;
    Ok(())
}

macro_rules! pop_jump_if {
    ($($name:ident => $jump_when:expr;)*) => {$(
        #[inline(always)]
        pub fn $name(vm: &mut Vm, arg: u32) -> OpResult {
            let v = vm.pop();
            let when: fn(&mut Vm, &Value) -> Result<bool, super::Exit> = $jump_when;
            if when(vm, &v)? {
                vm.pc = arg as usize;
            }
            Ok(())
        }
    )*};
}

pop_jump_if! {
    POP_JUMP_FORWARD_IF_FALSE => |vm, v| Ok(!truth(vm, v)?);
    POP_JUMP_FORWARD_IF_TRUE => |vm, v| truth(vm, v);
    POP_JUMP_BACKWARD_IF_FALSE => |vm, v| Ok(!truth(vm, v)?);
    POP_JUMP_BACKWARD_IF_TRUE => |vm, v| truth(vm, v);
    POP_JUMP_FORWARD_IF_NONE => |_, v| Ok(v.is_none());
    POP_JUMP_FORWARD_IF_NOT_NONE => |_, v| Ok(!v.is_none());
    POP_JUMP_BACKWARD_IF_NONE => |_, v| Ok(v.is_none());
    POP_JUMP_BACKWARD_IF_NOT_NONE => |_, v| Ok(!v.is_none());
}

/// JUMP_IF_FALSE_OR_POP: keeps the value and jumps when false, else pops it.
pub fn JUMP_IF_FALSE_OR_POP(vm: &mut Vm, arg: u32) -> OpResult {
    let v = vm.peek(0);
    if truth(vm, &v)? {
        vm.pop();
    } else {
        vm.pc = arg as usize;
    }
    Ok(())
}

pub fn JUMP_IF_TRUE_OR_POP(vm: &mut Vm, arg: u32) -> OpResult {
    let v = vm.peek(0);
    if truth(vm, &v)? {
        vm.pc = arg as usize;
    } else {
        vm.pop();
    }
    Ok(())
}
