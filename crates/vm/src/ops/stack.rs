//! Stack manipulation and no-ops.

use super::OpResult;
use crate::vm::Vm;
use krait_object::Value;

#[inline(always)]
pub fn NOP(_vm: &mut Vm, _arg: u32) -> OpResult {
    Ok(())
}

/// RESUME: where CPython checks eval breakers; nothing to do yet.
#[inline(always)]
pub fn RESUME(_vm: &mut Vm, _arg: u32) -> OpResult {
    Ok(())
}

/// Lowering never yields CACHE or EXTENDED_ARG instructions; if one shows up it is a no-op.
pub fn CACHE(_vm: &mut Vm, _arg: u32) -> OpResult {
    Ok(())
}

pub fn EXTENDED_ARG(_vm: &mut Vm, _arg: u32) -> OpResult {
    Ok(())
}

#[inline(always)]
pub fn POP_TOP(vm: &mut Vm, _arg: u32) -> OpResult {
    vm.stack.pop();
    crate::signals::after_drop(vm);
    Ok(())
}

#[inline(always)]
pub fn PUSH_NULL(vm: &mut Vm, _arg: u32) -> OpResult {
    vm.push(Value::Null);
    Ok(())
}

/// COPY(n): push the n-th item (1 = top).
#[inline(always)]
pub fn COPY(vm: &mut Vm, arg: u32) -> OpResult {
    let v = vm.peek((arg as usize).saturating_sub(1));
    vm.push(v);
    Ok(())
}

/// SWAP(n): swap the top with the n-th item.
#[inline(always)]
pub fn SWAP(vm: &mut Vm, arg: u32) -> OpResult {
    let len = vm.stack.len();
    if let Some(i) = len.checked_sub(arg as usize) {
        vm.stack.swap(i, len - 1);
    }
    Ok(())
}
