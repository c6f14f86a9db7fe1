//! Inline caches of LOAD_ATTR, LOAD_METHOD and STORE_ATTR (`Code::attr_cache`, one per
//! `co_names` index; CPython 3.11's specialized attribute opcodes are the model).
//!
//! An entry is valid while the object's class has the recorded version tag
//! (`TypeData::version`: tags are never reused, and a class keeps its tag only while its
//! dict, its MRO's dicts and hence its slots are unchanged). So a hit needs no MRO walk:
//! what the type offers for the name — nothing, a data descriptor, a method — is what it
//! was when the entry was filled, and a descriptor recorded by address is still owned by
//! a type dict. Filling happens on the slow path, which then does the full lookup.

use std::rc::Rc;

use krait_object::error::PyResult;
use krait_object::object::{ObjRef, Payload, PyObject};
use krait_object::protocol::{self, td};
use krait_object::typeobj::{flags, GetAttrFn, SetAttrFn, TypeData};
use krait_object::types::code::AttrCache;
use krait_object::types::dict::as_dict;
use krait_object::types::str::str_eq;
use krait_object::Value;

use crate::vm::Vm;

/// The type has nothing for the name; the value is in the instance dict (`ix` hint).
const DICT: u8 = 1;
/// A data descriptor on the type (`ptr`): its `__get__`/`__set__` runs.
const DATA_DESCR: u8 = 2;
/// LOAD_METHOD: a function or method descriptor on the type (`ptr`), and instances have
/// no dict that could shadow it.
const METHOD_NO_DICT: u8 = 3;
/// LOAD_METHOD: as above, but the instance dict must not hold the name.
const METHOD_DICT: u8 = 4;

/// The borrowed object at `ptr` as a new reference.
///
/// # Safety
/// `ptr` is `Rc::as_ptr` of an object that is still alive (see the module comment).
#[inline]
unsafe fn borrowed(ptr: usize) -> Value {
    let p = ptr as *const PyObject;
    Rc::increment_strong_count(p);
    Value::Obj(Rc::from_raw(p))
}

#[inline]
fn key_is(k: &Value, name: &Value) -> bool {
    match (k.as_str_data(), name.as_str_data()) {
        (Some(a), Some(b)) => str_eq(a, b),
        _ => false,
    }
}

/// The cache slot of STORE_ATTR for `namei` (loads use `namei` itself): a store's entry
/// is checked against `setattro`, a load's against `getattro`, so they never share one.
#[inline]
fn store_slot(vm: &Vm, namei: usize) -> usize {
    vm.code.names.len() + namei
}

/// The cache entry of `namei` when it is valid for `o`'s class.
#[inline]
fn entry(vm: &Vm, namei: usize, o: &PyObject) -> Option<AttrCache> {
    let c = vm.code.attr_cache.get(namei)?.get();
    (c.version != 0 && o.class_version() == c.version).then_some(c)
}

/// The visible instance dict of an object of a class that the cache accepted.
#[inline]
fn inst_dict(o: &PyObject) -> Option<&std::cell::RefCell<krait_object::types::dict::DictData>> {
    match &o.payload {
        Payload::Instance(d) => as_dict(d),
        _ => None,
    }
}

fn is_generic_get(t: &TypeData) -> bool {
    t.slots
        .getattro
        .get()
        .is_some_and(|f| std::ptr::fn_addr_eq(f, protocol::generic_getattr as GetAttrFn))
}

fn is_generic_set(t: &TypeData) -> bool {
    t.slots
        .setattro
        .get()
        .is_some_and(|f| std::ptr::fn_addr_eq(f, protocol::generic_setattr as SetAttrFn))
}

/// Whether `o` is an instance with a `__dict__` of its own (`Payload::Instance` whose
/// class has one).
fn has_inst_dict(o: &PyObject, t: &TypeData) -> bool {
    matches!(o.payload, Payload::Instance(_)) && !t.has_flag(flags::NO_DICT)
}

/// Whether no instance of `t` like `o` can have a dict at all.
fn never_dict(o: &PyObject, t: &TypeData) -> bool {
    match o.payload {
        Payload::Instance(_) => t.has_flag(flags::NO_DICT),
        Payload::Module(_) | Payload::Function(_) => false,
        _ => !t.has_flag(flags::HEAPTYPE) && !t.has_flag(flags::NATIVE_DICT),
    }
}

fn set(vm: &Vm, namei: usize, c: AttrCache) {
    if let Some(cell) = vm.code.attr_cache.get(namei) {
        cell.set(c);
    }
}

fn dict_ix(o: &PyObject, name: &Value) -> u32 {
    inst_dict(o)
        .and_then(|d| d.borrow().find_str_key(name))
        .unwrap_or(0) as u32
}

// ---- LOAD_ATTR ----

/// `obj.name` through the cache; `None` on a miss (nothing has run).
#[inline]
pub fn load_attr(vm: &mut Vm, namei: usize, obj: &Value) -> Option<PyResult<Value>> {
    let Value::Obj(o) = obj else { return None };
    let c = entry(vm, namei, o)?;
    match c.kind {
        DICT => {
            let name = vm.code.names.get(namei)?;
            let d = inst_dict(o)?.borrow();
            if let Some((k, v)) = d.entry_at(c.ix as usize) {
                if key_is(k, name) {
                    return Some(Ok(v.clone()));
                }
            }
            let ix = d.find_str_key(name)?;
            let v = d.value_at(ix)?.clone();
            set(vm, namei, AttrCache { ix: ix as u32, ..c });
            Some(Ok(v))
        }
        DATA_DESCR => {
            // SAFETY: the class still has the tag the entry was filled under.
            let descr = unsafe { borrowed(c.ptr) };
            let dc = descr.class();
            let get = td(&dc).slots.descr_get.get()?;
            let cls = o.class();
            Some(get(vm, &descr, Some(obj), &cls))
        }
        _ => None,
    }
}

/// Fills the LOAD_ATTR entry for `obj.name` (then the caller does the full lookup).
pub fn fill_load_attr(vm: &Vm, namei: usize, obj: &Value, name: &Value) {
    let Value::Obj(o) = obj else { return };
    let cls = o.class();
    let t = td(&cls);
    if !is_generic_get(t) {
        return;
    }
    let version = t.version_tag();
    if version == 0 {
        return;
    }
    let c = match t.lookup(name) {
        // `__class__` is answered by name in `generic_getattr`, before the dict.
        None if has_inst_dict(o, t) && !name_is(name, "__class__") => AttrCache {
            version,
            kind: DICT,
            ix: dict_ix(o, name),
            ptr: 0,
        },
        Some(Value::Obj(d)) if is_data_descr(&d) => AttrCache {
            version,
            kind: DATA_DESCR,
            ix: 0,
            ptr: Rc::as_ptr(&d) as usize,
        },
        _ => return,
    };
    set(vm, namei, c);
}

fn is_data_descr(d: &ObjRef) -> bool {
    let dc = d.class();
    let dt = td(&dc);
    dt.slots.descr_get.get().is_some() && dt.slots.descr_set.get().is_some()
}

fn name_is(name: &Value, s: &str) -> bool {
    name.as_str_data()
        .is_some_and(|n| n.as_bytes() == s.as_bytes())
}

// ---- LOAD_METHOD ----

/// The `[method, self]` pair through the cache; `None` on a miss.
#[inline]
pub fn load_method(vm: &Vm, namei: usize, obj: &Value) -> Option<Value> {
    let Value::Obj(o) = obj else { return None };
    let c = entry(vm, namei, o)?;
    match c.kind {
        METHOD_NO_DICT => {}
        METHOD_DICT => {
            let name = vm.code.names.get(namei)?;
            if inst_dict(o)?.borrow().find_str_key(name).is_some() {
                return None;
            }
        }
        _ => return None,
    }
    // SAFETY: the class still has the tag the entry was filled under.
    Some(unsafe { borrowed(c.ptr) })
}

/// Fills the LOAD_METHOD entry when `descr` (found on the type of `obj`) is a method.
pub fn fill_load_method(vm: &Vm, namei: usize, obj: &Value, t: &TypeData, descr: &Value) {
    let (Value::Obj(o), Value::Obj(d)) = (obj, descr) else {
        return;
    };
    let kind = if never_dict(o, t) {
        METHOD_NO_DICT
    } else if has_inst_dict(o, t) {
        METHOD_DICT
    } else {
        return;
    };
    let version = t.version_tag();
    if version == 0 {
        return;
    }
    set(
        vm,
        namei,
        AttrCache {
            version,
            kind,
            ix: 0,
            ptr: Rc::as_ptr(d) as usize,
        },
    );
}

// ---- STORE_ATTR ----

/// `obj.name = v` through the cache; gives `v` back on a miss.
#[inline]
pub fn store_attr(vm: &mut Vm, namei: usize, obj: &Value, v: Value) -> Result<PyResult<()>, Value> {
    let Value::Obj(o) = obj else { return Err(v) };
    let slot = store_slot(vm, namei);
    let Some(c) = entry(vm, slot, o) else {
        return Err(v);
    };
    match c.kind {
        DICT => {
            let (Some(name), Some(d)) = (vm.code.names.get(namei), inst_dict(o)) else {
                return Err(v);
            };
            let old = {
                let mut d = d.borrow_mut();
                match d.entry_at(c.ix as usize) {
                    Some((k, _)) if key_is(k, name) => d.replace_value_at(c.ix as usize, v),
                    _ => {
                        d.set_str_key(name.clone(), v);
                        if let Some(ix) = d.find_str_key(name) {
                            set(vm, slot, AttrCache { ix: ix as u32, ..c });
                        }
                        None
                    }
                }
            };
            drop(old);
            Ok(Ok(()))
        }
        DATA_DESCR => {
            // SAFETY: the class still has the tag the entry was filled under.
            let descr = unsafe { borrowed(c.ptr) };
            let dc = descr.class();
            let Some(setf) = td(&dc).slots.descr_set.get() else {
                return Err(v);
            };
            Ok(setf(vm, &descr, obj, Some(v)))
        }
        _ => Err(v),
    }
}

/// Fills the STORE_ATTR entry for `obj.name = …` (before the full store runs).
pub fn fill_store_attr(vm: &Vm, namei: usize, obj: &Value, name: &Value) {
    let Value::Obj(o) = obj else { return };
    let cls = o.class();
    let t = td(&cls);
    if !is_generic_set(t) {
        return;
    }
    let version = t.version_tag();
    if version == 0 {
        return;
    }
    let descr = t.lookup(name);
    let c = match &descr {
        Some(Value::Obj(d)) if td(&d.class()).slots.descr_set.get().is_some() => AttrCache {
            version,
            kind: DATA_DESCR,
            ix: 0,
            ptr: Rc::as_ptr(d) as usize,
        },
        Some(Value::Obj(d))
            if td(&d.class()).slots.descr_set.get().is_none() && has_inst_dict(o, t) =>
        {
            AttrCache {
                version,
                kind: DICT,
                ix: dict_ix(o, name),
                ptr: 0,
            }
        }
        Some(Value::Obj(_)) => return,
        _ if has_inst_dict(o, t) => AttrCache {
            version,
            kind: DICT,
            ix: dict_ix(o, name),
            ptr: 0,
        },
        _ => return,
    };
    set(vm, store_slot(vm, namei), c);
}
