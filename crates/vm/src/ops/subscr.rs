//! Subscripts: BINARY_SUBSCR, STORE_SUBSCR, DELETE_SUBSCR (list/tuple/dict fast paths).

use krait_object::object::Payload;
use krait_object::protocol;
use krait_object::types::tuple::norm_index;
use krait_object::Value;

use super::OpResult;
use crate::vm::Vm;

#[inline]
pub fn BINARY_SUBSCR(vm: &mut Vm, _arg: u32) -> OpResult {
    let k = vm.pop();
    let c = vm.pop();
    if let (Value::Int(i), Some(p)) = (&k, c.payload()) {
        let hit = match p {
            Payload::List(l) => {
                let b = l.borrow();
                norm_index(*i, b.len()).map(|j| b[j].clone())
            }
            Payload::Tuple(t) => norm_index(*i, t.len()).map(|j| t[j].clone()),
            _ => None,
        };
        if let Some(v) = hit {
            vm.push(v);
            return Ok(());
        }
    }
    let r = protocol::getitem(vm, &c, &k)?;
    vm.push(r);
    Ok(())
}

#[inline]
pub fn STORE_SUBSCR(vm: &mut Vm, _arg: u32) -> OpResult {
    let k = vm.pop();
    let c = vm.pop();
    let v = vm.pop();
    if let (Value::Int(i), Some(Payload::List(l))) = (&k, c.payload()) {
        let len = l.borrow().len();
        if let Some(j) = norm_index(*i, len) {
            let _old = std::mem::replace(&mut l.borrow_mut()[j], v);
            return Ok(());
        }
    }
    protocol::setitem(vm, &c, &k, v)?;
    Ok(())
}

pub fn DELETE_SUBSCR(vm: &mut Vm, _arg: u32) -> OpResult {
    let k = vm.pop();
    let c = vm.pop();
    protocol::delitem(vm, &c, &k)?;
    Ok(())
}
