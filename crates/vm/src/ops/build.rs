//! Building containers and strings: BUILD_*, LIST_*, MAP_ADD, DICT_*, FORMAT_VALUE.

use krait_object::error::type_error;
use krait_object::protocol;
use krait_object::types::dict::{as_dict, dict_get, dict_set, new_dict, update_from, DictData};
use krait_object::types::list::{as_list, new_list};
use krait_object::types::set;
use krait_object::types::slice::new_slice;
use krait_object::types::str::join_values;
use krait_object::types::tuple::{new_tuple, tuple_items};
use krait_object::Value;

use super::{Exit, OpResult};
use crate::vm::Vm;

pub fn BUILD_TUPLE(vm: &mut Vm, arg: u32) -> OpResult {
    let items = vm.pop_n(arg as usize);
    vm.push(new_tuple(items));
    Ok(())
}

pub fn BUILD_LIST(vm: &mut Vm, arg: u32) -> OpResult {
    let items = vm.pop_n(arg as usize);
    vm.push(new_list(items));
    Ok(())
}

pub fn BUILD_MAP(vm: &mut Vm, arg: u32) -> OpResult {
    let items = vm.pop_n(2 * arg as usize);
    let d = new_dict(DictData::new());
    if let Some(dd) = as_dict(&d) {
        for kv in items.chunks_exact(2) {
            dict_set(vm, dd, kv[0].clone(), kv[1].clone())?;
        }
    }
    vm.push(d);
    Ok(())
}

pub fn BUILD_CONST_KEY_MAP(vm: &mut Vm, arg: u32) -> OpResult {
    let keys = vm.pop();
    let values = vm.pop_n(arg as usize);
    let d = new_dict(DictData::new());
    if let Some(dd) = as_dict(&d) {
        for (k, v) in tuple_items(&keys).iter().zip(values) {
            dict_set(vm, dd, k.clone(), v)?;
        }
    }
    vm.push(d);
    Ok(())
}

pub fn BUILD_STRING(vm: &mut Vm, arg: u32) -> OpResult {
    let parts = vm.pop_n(arg as usize);
    let s = join_values(&parts)?;
    vm.push(s);
    Ok(())
}

pub fn BUILD_SLICE(vm: &mut Vm, arg: u32) -> OpResult {
    let step = if arg == 3 { vm.pop() } else { Value::None };
    let stop = vm.pop();
    let start = vm.pop();
    vm.push(new_slice(start, stop, step));
    Ok(())
}

/// LIST_APPEND(i): appends TOS to the list `i` items down (comprehensions).
pub fn LIST_APPEND(vm: &mut Vm, arg: u32) -> OpResult {
    let v = vm.pop();
    let l = vm.peek((arg as usize).saturating_sub(1));
    if let Some(l) = as_list(&l) {
        l.borrow_mut().push(v);
    }
    Ok(())
}

pub fn LIST_EXTEND(vm: &mut Vm, arg: u32) -> OpResult {
    let it = vm.pop();
    let l = vm.peek((arg as usize).saturating_sub(1));
    let items = match protocol::collect(vm, &it) {
        Ok(items) => items,
        Err(_) if protocol::td(&it.class()).slots.iter.get().is_none() => {
            return Err(Exit::Error(type_error(format!(
                "Value after * must be an iterable, not {}",
                it.class_name()
            ))))
        }
        Err(e) => return Err(e.into()),
    };
    if let Some(l) = as_list(&l) {
        l.borrow_mut().extend(items);
    }
    Ok(())
}

pub fn BUILD_SET(vm: &mut Vm, arg: u32) -> OpResult {
    let items = vm.pop_n(arg as usize);
    let s = set::set_from_values(vm, items)?;
    vm.push(s);
    Ok(())
}

/// SET_ADD(i): adds TOS to the set `i` items down (set comprehensions).
pub fn SET_ADD(vm: &mut Vm, arg: u32) -> OpResult {
    let v = vm.pop();
    let s = vm.peek((arg as usize).saturating_sub(1));
    if let Some(st) = set::as_set(&s) {
        set::add_key(vm, st, v)?;
    }
    Ok(())
}

/// SET_UPDATE(i): `{*a, *b}`.
pub fn SET_UPDATE(vm: &mut Vm, arg: u32) -> OpResult {
    let it = vm.pop();
    let s = vm.peek((arg as usize).saturating_sub(1));
    if let Some(st) = set::as_set(&s) {
        set::update_internal(vm, st, &it)?;
    }
    Ok(())
}

pub fn LIST_TO_TUPLE(vm: &mut Vm, _arg: u32) -> OpResult {
    let l = vm.pop();
    let items = as_list(&l).map(|l| l.borrow().clone()).unwrap_or_default();
    vm.push(new_tuple(items));
    Ok(())
}

/// MAP_ADD(i): `d[key] = value` into the dict `i` items down (dict comprehensions).
pub fn MAP_ADD(vm: &mut Vm, arg: u32) -> OpResult {
    let value = vm.pop();
    let key = vm.pop();
    let d = vm.peek((arg as usize).saturating_sub(1));
    if let Some(dd) = as_dict(&d) {
        dict_set(vm, dd, key, value)?;
    }
    Ok(())
}

pub fn DICT_UPDATE(vm: &mut Vm, arg: u32) -> OpResult {
    let other = vm.pop();
    let d = vm.peek((arg as usize).saturating_sub(1));
    if as_dict(&other).is_none() {
        return Err(Exit::Error(type_error(format!(
            "'{}' object is not a mapping",
            other.class_name()
        ))));
    }
    if let Some(dd) = as_dict(&d) {
        update_from(vm, dd, &other)?;
    }
    Ok(())
}

/// DICT_MERGE(i): like DICT_UPDATE, but a repeated key is an error (`f(**a, **b)`). The
/// callee is 2 + i slots down (after the positional-argument tuple).
pub fn DICT_MERGE(vm: &mut Vm, arg: u32) -> OpResult {
    let other = vm.pop();
    let d = vm.peek((arg as usize).saturating_sub(1));
    // Stack below the dict: `[NULL, func, args, dict]`; the messages name `func`.
    let func = vm.peek(arg as usize + 1);
    let Some(src) = as_dict(&other) else {
        return Err(Exit::Error(super::call_ex::not_a_mapping(
            vm, &func, &other,
        )));
    };
    if let Some(dd) = as_dict(&d) {
        let items = src.borrow().items();
        for (k, v) in items {
            if dict_get(vm, dd, &k)?.is_some() {
                return Err(Exit::Error(super::call_ex::repeated_keyword(vm, &func, &k)));
            }
            dict_set(vm, dd, k, v)?;
        }
    }
    Ok(())
}

/// FORMAT_VALUE(flags): conversion in `flags & 3` (str, repr, ascii), a format spec on
/// the stack when `flags & 4`.
pub fn FORMAT_VALUE(vm: &mut Vm, arg: u32) -> OpResult {
    let spec = if arg & 4 != 0 { Some(vm.pop()) } else { None };
    let v = vm.pop();
    // `f"{s}"`/`f"{s!s}"` of an exact str is the str itself; `f"{n}"` of a small int is
    // its decimal form (neither can run Python code).
    if spec.is_none() && arg & 3 <= 1 {
        match &v {
            Value::Int(n) => {
                vm.push(krait_object::types::str::new_string(n.to_string()));
                return Ok(());
            }
            Value::Obj(o)
                if std::rc::Rc::ptr_eq(&o.class(), &krait_object::types::builtin_types().str) =>
            {
                vm.push(v);
                return Ok(());
            }
            _ => {}
        }
    }
    let v = match arg & 3 {
        1 => protocol::str_(vm, &v)?,
        2 => protocol::repr(vm, &v)?,
        3 => krait_object::types::str_format::ascii_of(vm, &v)?,
        _ => v,
    };
    let r = crate::builtins::format::format(vm, &v, spec.as_ref())?;
    vm.push(r);
    Ok(())
}
