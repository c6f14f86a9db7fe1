//! Subscripts: BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR (list/tuple/dict fast paths).

use krait_object::error::key_error;
use krait_object::object::Payload;
use krait_object::protocol;
use krait_object::types::builtin_types;
use krait_object::types::dict::{dict_get, dict_set};
use krait_object::types::tuple::norm_index;
use krait_object::Value;

use super::OpResult;
use crate::vm::Vm;

#[inline]
pub fn BINARY_SUBSCR(vm: &mut Vm, _arg: u32) -> OpResult {
    let k = vm.pop();
    let c = vm.pop();
    // Exact list/tuple only: a subclass may override `__getitem__`.
    if let (Value::Int(i), Value::Obj(o)) = (&k, &c) {
        let hit = match &o.payload {
            Payload::List(l) if o.class_is(&builtin_types().list) => {
                let b = l.borrow();
                norm_index(*i, b.len()).map(|j| b[j].clone())
            }
            Payload::Tuple(t) if o.class_is(&builtin_types().tuple) => {
                norm_index(*i, t.len()).map(|j| t[j].clone())
            }
            _ => None,
        };
        if let Some(v) = hit {
            vm.push(v);
            return Ok(());
        }
    }
    subscr_general(vm, c, k)
}

/// BINARY_SUBSCR past the list/tuple fast path (out of line: keeps the dispatch loop lean).
#[inline(never)]
fn subscr_general(vm: &mut Vm, c: Value, k: Value) -> OpResult {
    // An exact dict (no `__missing__`, no `__getitem__` override): the dict slot inlined.
    if let Value::Obj(o) = &c {
        if let Payload::Dict(d) = &o.payload {
            if o.class_is(&builtin_types().dict) {
                return match dict_get(vm, d, &k)? {
                    Some(v) => {
                        vm.push(v);
                        Ok(())
                    }
                    None => Err(key_error(k).into()),
                };
            }
        }
    }
    let r = protocol::getitem(vm, &c, &k)?;
    vm.push(r);
    Ok(())
}

pub fn STORE_SUBSCR(vm: &mut Vm, _arg: u32) -> OpResult {
    let k = vm.pop();
    let c = vm.pop();
    let v = vm.pop();
    // Exact list only: a subclass may override `__setitem__`.
    if let (Value::Int(i), Value::Obj(o)) = (&k, &c) {
        if let Payload::List(l) = &o.payload {
            if o.class_is(&builtin_types().list) {
                let len = l.borrow().len();
                if let Some(j) = norm_index(*i, len) {
                    let _old = std::mem::replace(&mut l.borrow_mut()[j], v);
                    return Ok(());
                }
            }
        }
    }
    if let Value::Obj(o) = &c {
        if let Payload::Dict(d) = &o.payload {
            if o.class_is(&builtin_types().dict) {
                dict_set(vm, d, k, v)?;
                return Ok(());
            }
        }
    }
    protocol::setitem(vm, &c, &k, v)?;
    Ok(())
}

pub fn DELETE_SUBSCR(vm: &mut Vm, _arg: u32) -> OpResult {
    let k = vm.pop();
    let c = vm.pop();
    protocol::delitem(vm, &c, &k)?;
    drop((c, k));
    crate::signals::after_drop(vm);
    Ok(())
}
