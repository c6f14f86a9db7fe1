//! Iteration and unpacking: GET_ITER, FOR_ITER, UNPACK_SEQUENCE, UNPACK_EX, GET_LEN.

use krait_object::error::{type_error, value_error};
use krait_object::object::Payload;
use krait_object::protocol;
use krait_object::types::iter::IterData;
use krait_object::types::list::new_list;
use krait_object::Value;

use super::{Exit, OpResult};
use crate::vm::Vm;

pub fn GET_ITER(vm: &mut Vm, _arg: u32) -> OpResult {
    let v = vm.pop();
    let it = protocol::iter(vm, &v)?;
    vm.push(it);
    Ok(())
}

/// FOR_ITER(target): pushes the next item, or pops the iterator and jumps when done.
#[inline]
pub fn FOR_ITER(vm: &mut Vm, arg: u32) -> OpResult {
    // Range and list/tuple iterators step in place: no reference count on the iterator,
    // no call through `IterData::next`.
    let step = match vm.stack.last() {
        Some(Value::Obj(o)) => match &o.payload {
            Payload::Iter(IterData::Range {
                next,
                remaining,
                step,
            }) => match remaining.get() {
                0 => None,
                r => {
                    remaining.set(r - 1);
                    let v = next.get();
                    next.set(v.wrapping_add(*step));
                    Some(Some(Value::Int(v)))
                }
            },
            Payload::Iter(IterData::Seq { seq, idx }) => {
                let k = idx.get();
                let item = match seq.payload() {
                    Some(Payload::List(l)) => l.borrow().get(k).cloned(),
                    Some(Payload::Tuple(t)) => t.get(k).cloned(),
                    _ => None,
                };
                idx.set(if item.is_some() { k + 1 } else { usize::MAX });
                Some(item)
            }
            _ => None,
        },
        _ => None,
    };
    // `Some(Some(v))`: an item; `Some(None)`: exhausted; `None`: not a fast iterator
    // (or an exhausted range, which the general path reports as exhausted again).
    match step {
        Some(Some(v)) => {
            vm.stack.push(v);
            return Ok(());
        }
        Some(None) => {
            vm.stack.pop();
            vm.pc = arg as usize;
            return Ok(());
        }
        None => {}
    }
    let it = vm.peek(0);
    let next = match it.payload() {
        Some(Payload::Iter(d)) => d.next(vm)?,
        _ => protocol::next(vm, &it)?,
    };
    match next {
        Some(v) => vm.push(v),
        None => {
            vm.pop();
            vm.pc = arg as usize;
        }
    }
    Ok(())
}

/// The items to unpack: a list or tuple whole, any other iterable up to `limit` items
/// (one more than can be used, so an endless iterator still reports "too many").
fn items_of(vm: &mut Vm, v: &Value, limit: Option<usize>) -> Result<Vec<Value>, Exit> {
    match v.payload() {
        Some(Payload::Tuple(t)) => Ok(t.to_vec()),
        Some(Payload::List(l)) => Ok(l.borrow().clone()),
        _ => {
            if protocol::td(&v.class()).slots.iter.get().is_none() {
                return Err(Exit::Error(type_error(format!(
                    "cannot unpack non-iterable {} object",
                    v.class_name()
                ))));
            }
            let Some(limit) = limit else {
                return Ok(protocol::collect(vm, v)?);
            };
            let it = protocol::iter(vm, v)?;
            let mut items = Vec::new();
            while items.len() < limit {
                match protocol::next(vm, &it)? {
                    Some(x) => items.push(x),
                    None => break,
                }
            }
            Ok(items)
        }
    }
}

/// UNPACK_SEQUENCE(n): pushes the `n` items in reverse (first item on top).
pub fn UNPACK_SEQUENCE(vm: &mut Vm, arg: u32) -> OpResult {
    let v = vm.pop();
    let n = arg as usize;
    let items = items_of(vm, &v, Some(n + 1))?;
    if items.len() != n {
        return Err(Exit::Error(value_error(if items.len() > n {
            format!("too many values to unpack (expected {n})")
        } else {
            format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )
        })));
    }
    vm.stack.extend(items.into_iter().rev());
    Ok(())
}

/// UNPACK_EX(before | after << 8): `a, *b, c = …`.
pub fn UNPACK_EX(vm: &mut Vm, arg: u32) -> OpResult {
    let before = (arg & 0xff) as usize;
    let after = (arg >> 8) as usize;
    let v = vm.pop();
    let mut items = items_of(vm, &v, None)?;
    if items.len() < before + after {
        return Err(Exit::Error(value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        ))));
    }
    let tail = items.split_off(items.len() - after);
    let middle = items.split_off(before);
    for x in tail.into_iter().rev() {
        vm.push(x);
    }
    vm.push(new_list(middle));
    for x in items.into_iter().rev() {
        vm.push(x);
    }
    Ok(())
}

pub fn GET_LEN(vm: &mut Vm, _arg: u32) -> OpResult {
    let v = vm.peek(0);
    let n = protocol::len(vm, &v)?;
    vm.push(Value::Int(n as i64));
    Ok(())
}
