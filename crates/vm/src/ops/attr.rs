//! Attribute access: LOAD_ATTR, LOAD_METHOD, STORE_ATTR, DELETE_ATTR.

use krait_object::error::PyResult;
use krait_object::object::Payload;
use krait_object::protocol::{self, td};
use krait_object::typeobj::GetAttrFn;
use krait_object::Value;

use super::{attr_cache, OpResult};
use crate::vm::Vm;

fn name_at(vm: &Vm, i: u32) -> Value {
    vm.code
        .names
        .get(i as usize)
        .cloned()
        .unwrap_or(Value::None)
}

/// LOAD_ATTR(namei << 1 | method): with the method bit, pushes like LOAD_METHOD.
pub fn LOAD_ATTR(vm: &mut Vm, arg: u32) -> OpResult {
    if arg & 1 != 0 {
        return LOAD_METHOD(vm, arg >> 1);
    }
    let namei = (arg >> 1) as usize;
    let obj = vm.pop();
    if let Some(r) = attr_cache::load_attr(vm, namei, &obj) {
        vm.push(r?);
        return Ok(());
    }
    let name = name_at(vm, namei as u32);
    attr_cache::fill_load_attr(vm, namei, &obj, &name);
    let v = protocol::getattr(vm, &obj, &name)?;
    vm.push(v);
    Ok(())
}

/// LOAD_METHOD(namei): `[method, self]` when the attribute is a plain function or
/// method descriptor found on the type (no bound-method object is created), else
/// `[NULL, attr]`.
pub fn LOAD_METHOD(vm: &mut Vm, arg: u32) -> OpResult {
    let obj = vm.pop();
    if let Some(m) = attr_cache::load_method(vm, arg as usize, &obj) {
        vm.push(m);
        vm.push(obj);
        return Ok(());
    }
    let name = name_at(vm, arg);
    let (a, b) = load_method_filling(vm, obj, &name, Some(arg as usize))?;
    vm.push(a);
    vm.push(b);
    Ok(())
}

/// The method-call pair for `obj.name`.
pub fn load_method(vm: &mut Vm, obj: Value, name: &Value) -> PyResult<(Value, Value)> {
    load_method_filling(vm, obj, name, None)
}

/// [`load_method`], filling the inline cache of `co_names[namei]` when given.
fn load_method_filling(
    vm: &mut Vm,
    obj: Value,
    name: &Value,
    namei: Option<usize>,
) -> PyResult<(Value, Value)> {
    let cls = obj.class();
    let t = td(&cls);
    let generic = t
        .slots
        .getattro
        .get()
        .is_some_and(|f| std::ptr::fn_addr_eq(f, protocol::generic_getattr as GetAttrFn));
    if generic {
        if let Some(descr) = t.lookup(name) {
            if matches!(
                descr.payload(),
                Some(Payload::Function(_) | Payload::MethodDescr(_))
            ) {
                let shadowed = protocol::instance_dict(&obj)
                    .is_some_and(|d| d.borrow().get_str_key(name).is_some());
                if !shadowed {
                    if let Some(namei) = namei {
                        attr_cache::fill_load_method(vm, namei, &obj, t, &descr);
                    }
                    return Ok((descr, obj));
                }
            }
        }
    }
    let attr = protocol::getattr(vm, &obj, name)?;
    Ok((Value::Null, attr))
}

pub fn STORE_ATTR(vm: &mut Vm, arg: u32) -> OpResult {
    let obj = vm.pop();
    let v = vm.pop();
    let v = match attr_cache::store_attr(vm, arg as usize, &obj, v) {
        Ok(r) => return Ok(r?),
        Err(v) => v,
    };
    let name = name_at(vm, arg);
    attr_cache::fill_store_attr(vm, arg as usize, &obj, &name);
    protocol::setattr(vm, &obj, &name, Some(v))?;
    Ok(())
}

pub fn DELETE_ATTR(vm: &mut Vm, arg: u32) -> OpResult {
    let name = name_at(vm, arg);
    let obj = vm.pop();
    protocol::setattr(vm, &obj, &name, None)?;
    drop(obj);
    crate::signals::after_drop(vm);
    Ok(())
}
