//! Constants, fast locals, names (module namespace), globals and cells.

use krait_object::error::{name_error, system_error, unbound_local_error};
use krait_object::object::Payload;
use krait_object::types::code::GlobalCache;
use krait_object::types::dict::as_dict;
use krait_object::types::func::new_cell;
use krait_object::Value;

use super::{Exit, OpResult};
use crate::vm::Vm;

fn local_name(vm: &Vm, i: usize) -> String {
    vm.code
        .localsplus_names
        .get(i)
        .and_then(|n| n.as_str_data())
        .map(|s| s.lossy().into_owned())
        .unwrap_or_default()
}

fn name_at(vm: &Vm, i: usize) -> Value {
    vm.code.names.get(i).cloned().unwrap_or(Value::None)
}

fn name_str(v: &Value) -> String {
    v.as_str_data()
        .map(|s| s.lossy().into_owned())
        .unwrap_or_default()
}

fn unbound_local(vm: &Vm, i: usize) -> Exit {
    Exit::Error(unbound_local_error(format!(
        "cannot access local variable '{}' where it is not associated with a value",
        local_name(vm, i)
    )))
}

fn not_defined(name: &Value) -> Exit {
    Exit::Error(name_error(format!(
        "name '{}' is not defined",
        name_str(name)
    )))
}

#[inline(always)]
pub fn LOAD_CONST(vm: &mut Vm, arg: u32) -> OpResult {
    // SAFETY: `code_prep::prepare` refuses code whose LOAD_CONST arguments do not index
    // `consts` (the only way a `Code` with instructions is built), and `vm.code` is the
    // running frame's code, whose instructions these are.
    let v = unsafe { vm.code.consts.get_unchecked(arg as usize) }.clone();
    vm.push(v);
    Ok(())
}

/// Pushes local `i`, or reports it unbound.
#[inline(always)]
fn push_local(vm: &mut Vm, i: u32) -> OpResult {
    match vm.stack.get(vm.base + i as usize) {
        Some(Value::Null) | None => Err(unbound_local(vm, i as usize)),
        Some(v) => {
            let v = v.clone();
            vm.stack.push(v);
            Ok(())
        }
    }
}

/// LOAD_FAST. (Fusing the LOAD_FAST/LOAD_CONST that often follows, like CPython's
/// LOAD_FAST__LOAD_FAST, was measured slower here: docs/dispatch.md.)
#[inline(always)]
pub fn LOAD_FAST(vm: &mut Vm, arg: u32) -> OpResult {
    push_local(vm, arg)
}

#[inline(always)]
pub fn STORE_FAST(vm: &mut Vm, arg: u32) -> OpResult {
    let v = vm.pop();
    if let Some(slot) = vm.stack.get_mut(vm.base + arg as usize) {
        // The old value is dropped here, after the store (like CPython's Py_XSETREF).
        let _old = std::mem::replace(slot, v);
    }
    Ok(())
}

pub fn DELETE_FAST(vm: &mut Vm, arg: u32) -> OpResult {
    let i = vm.base + arg as usize;
    match vm.stack.get_mut(i) {
        Some(slot) if !slot.is_null() => {
            drop(std::mem::take(slot));
            crate::signals::after_drop(vm);
            Ok(())
        }
        _ => Err(unbound_local(vm, arg as usize)),
    }
}

/// Looks a name up in globals then builtins (str keys only: never runs Python code).
#[inline]
fn global_lookup(vm: &Vm, name: &Value) -> Option<Value> {
    let f = vm.frame()?;
    if let Some(v) = as_dict(&f.globals).and_then(|d| d.borrow().get_str_key(name)) {
        return Some(v);
    }
    as_dict(&f.builtins).and_then(|d| d.borrow().get_str_key(name))
}

/// Globals then builtins through the name's inline cache (`Code::global_cache`, like
/// CPython's specialized LOAD_GLOBAL): a hit reads the entry by index after comparing
/// dict versions, without hashing or comparing the name.
#[inline]
fn cached_global(vm: &Vm, namei: usize) -> Option<Value> {
    let f = vm.frames.last()?;
    let g = as_dict(&f.globals)?.borrow();
    let cell = vm.code.global_cache.get(namei)?;
    let c = cell.get();
    match c.kind {
        1 if c.globals_version == g.version() => {
            return g.value_at(c.ix as usize).cloned();
        }
        2 if c.globals_version == g.version() => {
            let b = as_dict(&f.builtins)?.borrow();
            if c.builtins_version == b.version() {
                return b.value_at(c.ix as usize).cloned();
            }
        }
        _ => {}
    }
    // Miss: look up and record where the name was found.
    let name = vm.code.names.get(namei)?;
    if let Some(ix) = g.find_str_key(name) {
        cell.set(GlobalCache {
            kind: 1,
            ix: ix as u32,
            globals_version: g.version(),
            builtins_version: 0,
        });
        return g.value_at(ix).cloned();
    }
    let b = as_dict(&f.builtins)?.borrow();
    let ix = b.find_str_key(name)?;
    cell.set(GlobalCache {
        kind: 2,
        ix: ix as u32,
        globals_version: g.version(),
        builtins_version: b.version(),
    });
    b.value_at(ix).cloned()
}

/// Replaces the value of global `co_names[namei]` in place when the frame's locals are
/// its globals and the name's LOAD_GLOBAL cache entry says where it is; gives `v` back
/// otherwise.
#[inline]
fn store_cached_global(vm: &Vm, namei: usize, v: Value) -> Result<(), Value> {
    let Some(f) = vm.frames.last() else {
        return Err(v);
    };
    if !module_locals(f) {
        return Err(v);
    }
    let (Some(d), Some(cell)) = (as_dict(&f.globals), vm.code.global_cache.get(namei)) else {
        return Err(v);
    };
    let c = cell.get();
    let old = {
        let mut g = d.borrow_mut();
        let ix = c.ix as usize;
        if c.kind != 1 || c.globals_version != g.version() || g.value_at(ix).is_none() {
            return Err(v);
        }
        g.replace_value_at(ix, v)
    };
    drop(old);
    Ok(())
}

/// LOAD_GLOBAL(namei << 1 | push_null). Forced inline into the dispatch loop (a cache hit
/// is a few loads).
#[inline(always)]
pub fn LOAD_GLOBAL(vm: &mut Vm, arg: u32) -> OpResult {
    let Some(v) = cached_global(vm, (arg >> 1) as usize) else {
        let name = name_at(vm, (arg >> 1) as usize);
        return Err(not_defined(&name));
    };
    if arg & 1 != 0 {
        vm.push(Value::Null);
    }
    vm.push(v);
    Ok(())
}

pub fn STORE_GLOBAL(vm: &mut Vm, arg: u32) -> OpResult {
    let name = name_at(vm, arg as usize);
    let v = vm.pop();
    if let Some(d) = vm.frame().and_then(|f| as_dict(&f.globals)) {
        d.borrow_mut().set_str_key(name, v);
    }
    crate::signals::after_drop(vm);
    Ok(())
}

pub fn DELETE_GLOBAL(vm: &mut Vm, arg: u32) -> OpResult {
    let name = name_at(vm, arg as usize);
    let removed = vm
        .frame()
        .and_then(|f| as_dict(&f.globals))
        .and_then(|d| d.borrow_mut().remove_str_key(&name));
    match removed {
        Some(old) => {
            drop(old);
            crate::signals::after_drop(vm);
            Ok(())
        }
        None => Err(not_defined(&name)),
    }
}

/// Whether the frame's locals are its globals, an exact dict (module code): name
/// lookups then follow LOAD_GLOBAL's and may use its inline cache.
#[inline]
fn module_locals(f: &crate::frame::Frame) -> bool {
    f.locals.is(&f.globals)
        && f.locals
            .as_obj()
            .is_some_and(|o| o.class_is(&krait_object::builtin_types().dict))
}

/// The frame's locals when they are not an exact dict (a class body whose metaclass's
/// `__prepare__` returned a mapping, `exec` with a mapping): CPython then goes through
/// `__getitem__`/`__setitem__`/`__delitem__`.
fn custom_locals(vm: &Vm) -> Option<Value> {
    let l = &vm.frame()?.locals;
    match l.as_obj() {
        Some(o) if o.class_is(&krait_object::builtin_types().dict) => None,
        Some(_) => Some(l.clone()),
        None => None,
    }
}

pub fn LOAD_NAME(vm: &mut Vm, arg: u32) -> OpResult {
    // Module code (locals are the globals): LOAD_GLOBAL's lookup and inline cache.
    if vm.frame().is_some_and(module_locals) {
        if let Some(v) = cached_global(vm, arg as usize) {
            vm.push(v);
            return Ok(());
        }
    }
    let name = name_at(vm, arg as usize);
    let local = match custom_locals(vm) {
        Some(ns) => match krait_object::protocol::getitem(vm, &ns, &name) {
            Ok(v) => Some(v),
            Err(e) if e.matches(&krait_object::builtin_types().exc.key_error) => None,
            Err(e) => return Err(e.into()),
        },
        None => vm
            .frame()
            .and_then(|f| as_dict(&f.locals))
            .and_then(|d| d.borrow().get_str_key(&name)),
    };
    let v = match local {
        Some(v) => v,
        None => match global_lookup(vm, &name) {
            Some(v) => v,
            None => return Err(not_defined(&name)),
        },
    };
    vm.push(v);
    Ok(())
}

pub fn STORE_NAME(vm: &mut Vm, arg: u32) -> OpResult {
    let v = vm.pop();
    // Module code rebinding a global that LOAD_NAME/LOAD_GLOBAL found: in place by the
    // cached entry index (the layout, and so the dict's version, stays).
    let v = match store_cached_global(vm, arg as usize, v) {
        Ok(()) => {
            crate::signals::after_drop(vm);
            return Ok(());
        }
        Err(v) => v,
    };
    let name = name_at(vm, arg as usize);
    if let Some(ns) = custom_locals(vm) {
        krait_object::protocol::setitem(vm, &ns, &name, v)?;
        return Ok(());
    }
    match vm.frame().and_then(|f| as_dict(&f.locals)) {
        Some(d) => {
            d.borrow_mut().set_str_key(name, v);
            crate::signals::after_drop(vm);
            Ok(())
        }
        None => Err(Exit::Error(system_error(format!(
            "no locals found when storing '{}'",
            name_str(&name)
        )))),
    }
}

pub fn DELETE_NAME(vm: &mut Vm, arg: u32) -> OpResult {
    let name = name_at(vm, arg as usize);
    if let Some(ns) = custom_locals(vm) {
        return match krait_object::protocol::delitem(vm, &ns, &name) {
            Ok(()) => Ok(()),
            Err(_) => Err(not_defined(&name)),
        };
    }
    let removed = vm
        .frame()
        .and_then(|f| as_dict(&f.locals))
        .and_then(|d| d.borrow_mut().remove_str_key(&name));
    match removed {
        Some(old) => {
            drop(old);
            crate::signals::after_drop(vm);
            Ok(())
        }
        None => Err(not_defined(&name)),
    }
}

/// MAKE_CELL(i): wraps local `i` (maybe an argument, maybe unbound) in a new cell.
pub fn MAKE_CELL(vm: &mut Vm, arg: u32) -> OpResult {
    if let Some(slot) = vm.stack.get_mut(vm.base + arg as usize) {
        let v = std::mem::take(slot);
        *slot = new_cell(v);
    }
    Ok(())
}

/// COPY_FREE_VARS(n): the function's closure cells into the last `n` locals.
pub fn COPY_FREE_VARS(vm: &mut Vm, arg: u32) -> OpResult {
    let n = arg as usize;
    let cells: Vec<Value> = match vm.frame().and_then(|f| f.func.as_ref()).map(|f| &f.payload) {
        Some(Payload::Function(fd)) => fd.closure.as_deref().unwrap_or(&[]).to_vec(),
        _ => Vec::new(),
    };
    let start = vm.base + vm.code.nlocalsplus - n.min(vm.code.nlocalsplus);
    for (k, c) in cells.into_iter().take(n).enumerate() {
        if let Some(slot) = vm.stack.get_mut(start + k) {
            *slot = c;
        }
    }
    Ok(())
}

/// LOAD_CLOSURE(i): pushes the cell itself.
pub fn LOAD_CLOSURE(vm: &mut Vm, arg: u32) -> OpResult {
    let v = vm
        .stack
        .get(vm.base + arg as usize)
        .cloned()
        .unwrap_or_default();
    vm.push(v);
    Ok(())
}

fn cell_at(vm: &Vm, arg: u32) -> Option<Value> {
    vm.stack.get(vm.base + arg as usize).cloned()
}

fn deref_error(vm: &Vm, arg: u32) -> Exit {
    let i = arg as usize;
    let is_free = vm
        .code
        .co
        .localspluskinds
        .get(i)
        .is_some_and(|k| k & krait_loader::code::kind::FREE != 0);
    if is_free {
        Exit::Error(name_error(format!(
            "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
            local_name(vm, i)
        )))
    } else {
        unbound_local(vm, i)
    }
}

pub fn LOAD_DEREF(vm: &mut Vm, arg: u32) -> OpResult {
    let v = match cell_at(vm, arg).as_ref().and_then(|c| c.payload()) {
        Some(Payload::Cell(c)) => c.borrow().clone(),
        _ => Value::Null,
    };
    if v.is_null() {
        return Err(deref_error(vm, arg));
    }
    vm.push(v);
    Ok(())
}

pub fn LOAD_CLASSDEREF(vm: &mut Vm, arg: u32) -> OpResult {
    let name = vm
        .code
        .localsplus_names
        .get(arg as usize)
        .cloned()
        .unwrap_or(Value::None);
    let local = vm
        .frame()
        .and_then(|f| as_dict(&f.locals))
        .and_then(|d| d.borrow().get_str_key(&name));
    match local {
        Some(v) => {
            vm.push(v);
            Ok(())
        }
        None => LOAD_DEREF(vm, arg),
    }
}

pub fn STORE_DEREF(vm: &mut Vm, arg: u32) -> OpResult {
    let v = vm.pop();
    if let Some(Payload::Cell(c)) = cell_at(vm, arg).as_ref().and_then(|c| c.payload()) {
        let _old = c.replace(v);
    }
    Ok(())
}

pub fn DELETE_DEREF(vm: &mut Vm, arg: u32) -> OpResult {
    if let Some(Payload::Cell(c)) = cell_at(vm, arg).as_ref().and_then(|c| c.payload()) {
        if c.borrow().is_null() {
            return Err(deref_error(vm, arg));
        }
        let _old = c.replace(Value::Null);
    }
    Ok(())
}
