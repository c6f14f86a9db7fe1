//! Call fast paths that keep the arguments on the value stack: keyword calls of Python
//! functions bound in place (no locals vector), and moving a call's arguments off the
//! stack without an iterator.

use smallvec::SmallVec;

use krait_loader::code::flags;
use krait_object::object::{ObjRef, Payload};
use krait_object::types::dict::as_dict;
use krait_object::types::func::FunctionData;
use krait_object::types::str::str_eq;
use krait_object::types::tuple::tuple_items;
use krait_object::Value;

use crate::frame::Frame;
use crate::vm::Vm;

/// The call's arguments, moved out of `vm.stack[start..]` (the stack is truncated to
/// `start`). A plain move: no reference counts change.
#[inline]
pub fn take_args(vm: &mut Vm, start: usize) -> SmallVec<[Value; 8]> {
    let start = start.min(vm.stack.len());
    let n = vm.stack.len() - start;
    let mut out: SmallVec<[Value; 8]> = SmallVec::with_capacity(n);
    // SAFETY: `out` has room for `n` values; the `n` values at `stack[start..]` are
    // bitwise moved into it, and the stack's length is cut to `start` right after, so
    // every value has exactly one owner.
    unsafe {
        std::ptr::copy_nonoverlapping(vm.stack.as_ptr().add(start), out.as_mut_ptr(), n);
        out.set_len(n);
        vm.stack.set_len(start);
    }
    out
}

/// The most keyword arguments the in-place binder takes.
const MAX_KW: usize = 8;

/// Code flags the in-place binder leaves to the general path (`bind_frame`).
const SLOW_FLAGS: u32 = flags::VARARGS
    | flags::VARKEYWORDS
    | flags::GENERATOR
    | flags::COROUTINE
    | flags::ASYNC_GENERATOR;

/// Where keyword `name` binds in `fd`'s parameters (keyword-capable ones only).
#[inline]
fn kw_slot(fd: &FunctionData, name: &Value, total: usize) -> Option<usize> {
    let ns = name.as_str_data()?;
    let co = fd.code.borrow();
    let names = co.localsplus_names.get(co.posonlyargcount..total)?;
    // Identity first: names shared through the marshal reference table compare in one step.
    if let Some(k) = names.iter().position(|n| n.is(name)) {
        return Some(co.posonlyargcount + k);
    }
    names
        .iter()
        // Cached hashes first: a mismatch skips the byte comparison.
        .position(|n| {
            n.as_str_data()
                .is_some_and(|n| n.hash() == ns.hash() && str_eq(n, ns))
        })
        .map(|k| co.posonlyargcount + k)
}

/// A call `f(pos…, name=value…)` of the Python function `fobj` whose arguments are
/// `vm.stack[args_start..]` (keyword values last, named by `kwnames`). When every
/// argument binds without error (no `*args`/`**kwargs` parameter, every keyword names a
/// free parameter, every missing parameter has a default), the frame is pushed with the
/// positional arguments left in place, and `Ok(true)` is returned. Otherwise nothing has
/// changed and `Ok(false)` sends the call to `bind_frame`, which also builds the errors.
pub fn try_kw_call(
    vm: &mut Vm,
    fobj: &ObjRef,
    args_start: usize,
    kwnames: &Value,
    ret_sp: usize,
) -> Result<bool, super::Exit> {
    let Payload::Function(fd) = &fobj.payload else {
        return Ok(false);
    };
    let co = fd.code.borrow().clone();
    let names = tuple_items(kwnames);
    let nargs = vm.stack.len().saturating_sub(args_start);
    let total = co.argcount + co.kwonlyargcount;
    if co.flags & SLOW_FLAGS != 0 || names.len() > nargs || names.len() > MAX_KW || total > 64 {
        return Ok(false);
    }
    let npos = nargs - names.len();
    if npos > co.argcount {
        return Ok(false);
    }
    // Check phase: nothing is moved until the whole binding is known to succeed.
    let mut filled: u64 = if npos == 64 {
        u64::MAX
    } else {
        (1u64 << npos) - 1
    };
    let mut slots = [0usize; MAX_KW];
    for (name, slot) in names.iter().zip(&mut slots) {
        let Some(j) = kw_slot(fd, name, total) else {
            return Ok(false);
        };
        if filled & (1u64 << j) != 0 {
            return Ok(false);
        }
        filled |= 1u64 << j;
        *slot = j;
    }
    let defaults = fd.defaults.borrow();
    let d = tuple_items(&defaults);
    let first_default = co.argcount - d.len().min(co.argcount);
    for j in npos..co.argcount {
        if filled & (1u64 << j) == 0 && j < first_default {
            return Ok(false);
        }
    }
    let mut kwdflt: SmallVec<[(usize, Value); 4]> = SmallVec::new();
    if co.kwonlyargcount > 0 {
        let kwdefaults = fd.kwdefaults.borrow();
        for j in co.argcount..total {
            if filled & (1u64 << j) == 0 {
                let v = as_dict(&kwdefaults)
                    .and_then(|kd| kd.borrow().get_str_key(&co.localsplus_names[j]));
                match v {
                    Some(v) => kwdflt.push((j, v)),
                    None => return Ok(false),
                }
            }
        }
    }
    // Bind phase.
    // The keyword values move out of their argument slots into a small array (a bitwise
    // move each, no reference counts), then into their parameter slots.
    let nkw = names.len();
    let mut kwvals: [Value; MAX_KW] = Default::default();
    for (k, v) in kwvals.iter_mut().enumerate().take(nkw) {
        *v = std::mem::take(&mut vm.stack[args_start + npos + k]);
    }
    vm.stack
        .resize(args_start + co.nlocalsplus.max(total), Value::Null);
    for (v, &j) in kwvals.iter_mut().zip(&slots).take(nkw) {
        vm.stack[args_start + j] = std::mem::take(v);
    }
    for j in npos..co.argcount {
        if filled & (1u64 << j) == 0 {
            vm.stack[args_start + j] = d[j - first_default].clone();
        }
    }
    drop(defaults);
    for (j, v) in kwdflt {
        vm.stack[args_start + j] = v;
    }
    let frame = Frame {
        code: co.clone(),
        globals: fd.globals.clone(),
        builtins: fd.builtins.clone(),
        func: Some(fobj.clone()),
        locals: Value::Null,
        base: args_start,
        pc: 0,
        ret_sp,
        entry: false,
        init: false,
    };
    vm.push_frame(frame)?;
    Ok(true)
}
