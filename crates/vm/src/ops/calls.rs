//! Calls and returns. A call of a Python function never recurses natively: its frame is
//! pushed and the dispatch loop continues with it (docs/vm.md).

use std::cell::RefCell;
use std::rc::Rc;

use smallvec::SmallVec;

use krait_loader::code::flags;
use krait_loader::opcodes::Op;
use krait_object::args::Args;
use krait_object::error::{type_error, PyResult};
use krait_object::object::{ObjRef, Payload, PyObject};
use krait_object::protocol;
use krait_object::types::builtin_types;
use krait_object::types::dict::{as_dict, dict_set, new_dict, DictData};
use krait_object::types::func::FunctionData;
use krait_object::types::str::str_eq;
use krait_object::types::tuple::{new_tuple, tuple_items};
use krait_object::Value;

use super::call_kw::take_args;
use super::{Exit, OpResult};
use crate::frame::Frame;
use crate::vm::{RetKind, Vm};

/// PRECALL: the bound-method unpacking it does in CPython happens in CALL here. The
/// compiler always follows it with CALL, which runs right away (one dispatch per call
/// saved); `vm.pc` then points past the CALL, so an error's `lasti` is the CALL's.
#[inline(always)]
pub fn PRECALL(vm: &mut Vm, _arg: u32) -> OpResult {
    if let Some(next) = vm.code.insts.get(vm.pc).copied() {
        if next.op == Op::CALL {
            vm.pc += 1;
            return call(vm, next.arg);
        }
    }
    Ok(())
}

/// KW_NAMES(consti): the keyword names of the next CALL.
pub fn KW_NAMES(vm: &mut Vm, arg: u32) -> OpResult {
    vm.kw_names = vm.code.consts.get(arg as usize).cloned();
    Ok(())
}

/// CALL(argc) on its own (after a jump to it; PRECALL normally runs it).
#[inline(never)]
pub fn CALL(vm: &mut Vm, arg: u32) -> OpResult {
    call(vm, arg)
}

/// CALL(argc). Stack: `[NULL, callable, args…]` or `[method, self, args…]`.
#[inline(always)]
fn call(vm: &mut Vm, arg: u32) -> OpResult {
    let argc = arg as usize;
    let kwnames = vm.kw_names.take();
    let Some(callable_idx) = vm.stack.len().checked_sub(argc + 2) else {
        return Err(super::unsupported_op("CALL with a short stack"));
    };
    if vm.stack[callable_idx].is_null() {
        // A bound method in the callable slot: call its function with self prepended.
        if let Some(Payload::BoundMethod(b)) = vm.stack[callable_idx + 1].payload() {
            let (f, s) = (b.func.clone(), b.self_.clone());
            vm.stack[callable_idx] = f;
            vm.stack[callable_idx + 1] = s;
        }
    }
    let (func_idx, args_start) = if vm.stack[callable_idx].is_null() {
        (callable_idx + 1, callable_idx + 2)
    } else {
        (callable_idx, callable_idx + 1)
    };
    let func = vm.stack[func_idx].clone();
    if let Value::Obj(fobj) = func {
        if let Payload::Function(fd) = &fobj.payload {
            match &kwnames {
                None => {
                    let nargs = vm.stack.len() - args_start;
                    if fast_frame_ok(fd, nargs) {
                        // `fobj` moves into the frame: one reference count per call.
                        push_fast_frame(vm, fobj, args_start, nargs, callable_idx)?;
                        return Ok(());
                    }
                }
                Some(names) => {
                    if super::call_kw::try_kw_call(vm, &fobj, args_start, names, callable_idx)? {
                        return Ok(());
                    }
                }
            }
            let args = take_args(vm, args_start);
            vm.stack.truncate(callable_idx);
            let kw = kwnames.as_ref().map_or(&[][..], tuple_items);
            let frame = bind_frame(vm, &fobj, Args::new(&args, kw), callable_idx, false)?;
            vm.push_frame(frame)?;
            return Ok(());
        }
        if let Payload::Type(t) = &fobj.payload {
            if func_idx == callable_idx + 1 && init_call(vm, &fobj, t, callable_idx, &kwnames)? {
                return Ok(());
            }
        }
        let args = take_args(vm, args_start);
        vm.stack.truncate(callable_idx);
        let kw = kwnames.as_ref().map_or(&[][..], tuple_items);
        let r = protocol::call(vm, &Value::Obj(fobj), Args::new(&args, kw))?;
        vm.push(r);
        return Ok(());
    }
    let args = take_args(vm, args_start);
    vm.stack.truncate(callable_idx);
    let kw = kwnames.as_ref().map_or(&[][..], tuple_items);
    let r = protocol::call(vm, &func, Args::new(&args, kw))?;
    vm.push(r);
    Ok(())
}

/// `cls(args…)` for a class with the default `__new__` and a Python `__init__`
/// (`type_call`'s work in the dispatch loop, with no native re-entry). Stack:
/// `[NULL, cls, args…]` from `callable_idx`. The instance replaces both the NULL (where
/// it stays as the call's result) and `cls` (`__init__`'s `self`); the `__init__` frame
/// returns to just above the instance, and RETURN_VALUE checks its result
/// (`Frame::init`). Returns false, having changed nothing, when the class does not
/// qualify.
#[inline(never)]
fn init_call(
    vm: &mut Vm,
    cls: &ObjRef,
    t: &krait_object::typeobj::TypeData,
    callable_idx: usize,
    kwnames: &Option<Value>,
) -> Result<bool, Exit> {
    use krait_object::types::{object, type_};
    let s = &t.slots;
    if !s.new.get().is_some_and(object::is_object_new)
        || !s
            .init
            .get()
            .is_some_and(krait_object::slot_dunders::is_init_trampoline)
        || !protocol::td(&cls.class())
            .slots
            .call
            .get()
            .is_some_and(type_::is_type_call)
    {
        return Ok(false);
    }
    let Some(Value::Obj(init)) = t.lookup(&krait_object::slot_dunders::name_value("__init__"))
    else {
        return Ok(false);
    };
    let Payload::Function(fd) = &init.payload else {
        return Ok(false);
    };
    const GEN_FLAGS: u32 = flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR;
    if fd.code.borrow().flags & GEN_FLAGS != 0 {
        return Ok(false);
    }
    // `__new__` runs (and may fail) before `__init__`'s arguments are bound, as in
    // CPython.
    let obj = object::new_instance(vm, cls)?;
    let args_start = callable_idx + 1;
    vm.stack[callable_idx] = obj.clone();
    vm.stack[args_start] = obj;
    let nargs = vm.stack.len() - args_start;
    match kwnames {
        None if fast_frame_ok(fd, nargs) => {
            push_fast_frame(vm, init.clone(), args_start, nargs, args_start)?;
        }
        Some(names) if super::call_kw::try_kw_call(vm, &init, args_start, names, args_start)? => {}
        _ => {
            let args = take_args(vm, args_start);
            let kw = kwnames.as_ref().map_or(&[][..], tuple_items);
            let frame = bind_frame(vm, &init, Args::new(&args, kw), args_start, false)?;
            vm.push_frame(frame)?;
        }
    }
    if let Some(f) = vm.frames.last_mut() {
        f.init = true;
    }
    Ok(true)
}

/// RETURN_VALUE of an `__init__` frame pushed by `init_call`: the instance is already on
/// the stack as the call's result.
#[cold]
fn init_returned(v: Value) -> OpResult {
    if v.is_none() {
        return Ok(());
    }
    Err(Exit::Error(type_error(format!(
        "__init__() should return None, not '{}'",
        v.class_name()
    ))))
}

/// The common case: positional arguments only (defaults may fill the rest), already in
/// place as the callee's first locals.
#[inline(always)]
fn fast_frame_ok(fd: &FunctionData, nargs: usize) -> bool {
    let code = fd.code.borrow();
    code.simple_args
        && nargs <= code.argcount
        && (nargs == code.argcount || {
            let d = tuple_items(&fd.defaults.borrow()).len();
            nargs + d.min(code.argcount) >= code.argcount
        })
}

/// Pushes the frame of a call that `fast_frame_ok` accepted: defaults for the missing
/// parameters, then the other locals unbound.
#[inline(always)]
fn push_fast_frame(
    vm: &mut Vm,
    fobj: ObjRef,
    args_start: usize,
    nargs: usize,
    ret_sp: usize,
) -> PyResult<()> {
    let Payload::Function(fd) = &fobj.payload else {
        return Err(type_error("not a function"));
    };
    let code = fd.code.borrow().clone();
    if nargs < code.argcount {
        let defaults = fd.defaults.borrow();
        let d = tuple_items(&defaults);
        let first_default = code.argcount - d.len().min(code.argcount);
        // `fast_frame_ok` checked `nargs >= first_default`.
        if let Some(fill) = d.get(nargs.saturating_sub(first_default)..) {
            vm.stack.extend_from_slice(fill);
        }
    }
    let extra = code.nlocalsplus.saturating_sub(code.argcount);
    if extra > 0 {
        vm.stack.extend(std::iter::repeat_n(Value::Null, extra));
    }
    let frame = Frame {
        code: code.clone(),
        globals: fd.globals.clone(),
        builtins: fd.builtins.clone(),
        func: Some(fobj),
        locals: Value::Null,
        base: args_start,
        pc: 0,
        ret_sp,
        entry: false,
        init: false,
    };
    vm.push_frame(frame)
}

fn fname(fd: &FunctionData) -> String {
    fd.qualname
        .borrow()
        .as_str_data()
        .map(|s| s.lossy().into_owned())
        .unwrap_or_default()
}

fn quoted_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

/// Binds `args` to a new frame of `func` (CPython's `initialize_locals`): its locals are
/// pushed on the value stack at the current top. `ret_sp` is where the stack returns to.
pub fn bind_frame(
    vm: &mut Vm,
    func: &ObjRef,
    args: Args<'_>,
    ret_sp: usize,
    entry: bool,
) -> PyResult<Frame> {
    let Payload::Function(fd) = &func.payload else {
        return Err(type_error("not a function"));
    };
    let code = fd.code.borrow().clone();
    let co = &code;
    let argcount = co.argcount;
    let total = argcount + co.kwonlyargcount;
    let mut locals: SmallVec<[Value; 16]> = SmallVec::from_elem(Value::Null, co.nlocalsplus);
    let pos = args.pos();
    let has_varargs = co.flags & flags::VARARGS != 0;
    let has_varkw = co.flags & flags::VARKEYWORDS != 0;
    let kwdict = if has_varkw {
        let d = new_dict(DictData::new());
        let at = total + usize::from(has_varargs);
        if let Some(slot) = locals.get_mut(at) {
            *slot = d.clone();
        }
        Some(d)
    } else {
        None
    };
    let m = pos.len().min(argcount);
    locals[..m].clone_from_slice(&pos[..m]);
    if has_varargs {
        if let Some(slot) = locals.get_mut(total) {
            *slot = new_tuple(pos[m..].to_vec());
        }
    }
    for (name, value) in args.kwargs() {
        let Some(ns) = name.as_str_data() else {
            // Only `f(**mapping)` can pass a non-str name; CPython's message has no name.
            return Err(type_error("keywords must be strings"));
        };
        let found = (co.posonlyargcount..total).find(|&j| {
            co.localsplus_names[j]
                .as_str_data()
                .is_some_and(|n| str_eq(n, ns))
        });
        match found {
            Some(j) => {
                if !locals[j].is_null() {
                    return Err(type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        fname(fd),
                        ns.lossy()
                    )));
                }
                locals[j] = value.clone();
            }
            None => match &kwdict {
                Some(d) => {
                    if let Some(dd) = as_dict(d) {
                        dict_set(vm, dd, name.clone(), value.clone())?;
                    }
                }
                None => {
                    let posonly = posonly_passed_as_keyword(co, &args);
                    return Err(type_error(if !posonly.is_empty() {
                        format!(
                            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                            fname(fd),
                            posonly.join(", ")
                        )
                    } else {
                        format!(
                            "{}() got an unexpected keyword argument '{}'",
                            fname(fd),
                            ns.lossy()
                        )
                    }));
                }
            },
        }
    }
    if pos.len() > argcount && !has_varargs {
        return Err(too_many_positional(fd, pos.len(), &locals[argcount..total]));
    }
    // Defaults for missing positional parameters.
    let defaults = fd.defaults.borrow().clone();
    let d = tuple_items(&defaults);
    let first_default = argcount - d.len().min(argcount);
    let mut missing = Vec::new();
    for j in pos.len().min(argcount)..argcount {
        if locals[j].is_null() {
            if j >= first_default {
                locals[j] = d[j - first_default].clone();
            } else {
                missing.push(local_name(co, j));
            }
        }
    }
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{}() missing {} required positional argument{}: {}",
            fname(fd),
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            quoted_list(&missing)
        )));
    }
    let kwdefaults = fd.kwdefaults.borrow().clone();
    for (j, slot) in locals.iter_mut().enumerate().take(total).skip(argcount) {
        if slot.is_null() {
            let dflt = as_dict(&kwdefaults)
                .and_then(|kd| kd.borrow().get_str_key(&co.localsplus_names[j]));
            match dflt {
                Some(v) => *slot = v,
                None => missing.push(local_name(co, j)),
            }
        }
    }
    if !missing.is_empty() {
        return Err(type_error(format!(
            "{}() missing {} required keyword-only argument{}: {}",
            fname(fd),
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            quoted_list(&missing)
        )));
    }
    let base = vm.stack.len();
    vm.stack.extend(locals);
    Ok(Frame {
        code: code.clone(),
        func: Some(func.clone()),
        globals: fd.globals.clone(),
        builtins: fd.builtins.clone(),
        locals: Value::Null,
        base,
        pc: 0,
        ret_sp,
        entry,
        init: false,
    })
}

/// The positional-only parameter names that were passed as keywords, in parameter order.
fn posonly_passed_as_keyword(co: &krait_object::types::code::Code, args: &Args<'_>) -> Vec<String> {
    (0..co.posonlyargcount)
        .filter(|&j| {
            let name = co.localsplus_names[j].as_str_data();
            args.kwargs().any(|(k, _)| match (k.as_str_data(), name) {
                (Some(k), Some(n)) => str_eq(k, n),
                _ => false,
            })
        })
        .map(|j| local_name(co, j))
        .collect()
}

/// CPython's `too_many_positional`; `kwonly` are the keyword-only slots as bound so far.
fn too_many_positional(
    fd: &FunctionData,
    given: usize,
    kwonly: &[Value],
) -> krait_object::error::PyErr {
    let argcount = fd.code.borrow().argcount;
    let kwonly_given = kwonly.iter().filter(|v| !v.is_null()).count();
    let d = tuple_items(&fd.defaults.borrow()).len();
    let (sig, plural) = if d > 0 {
        (
            format!("from {} to {argcount}", argcount.saturating_sub(d)),
            true,
        )
    } else {
        (argcount.to_string(), argcount != 1)
    };
    let kwonly_sig = if kwonly_given > 0 {
        format!(
            " positional argument{} (and {kwonly_given} keyword-only argument{})",
            if given != 1 { "s" } else { "" },
            if kwonly_given != 1 { "s" } else { "" }
        )
    } else {
        String::new()
    };
    type_error(format!(
        "{}() takes {sig} positional argument{} but {given}{kwonly_sig} {} given",
        fname(fd),
        if plural { "s" } else { "" },
        if given == 1 && kwonly_given == 0 {
            "was"
        } else {
            "were"
        }
    ))
}

fn local_name(co: &krait_object::types::code::Code, j: usize) -> String {
    co.localsplus_names
        .get(j)
        .and_then(|n| n.as_str_data())
        .map(|s| s.lossy().into_owned())
        .unwrap_or_default()
}

/// CALL_FUNCTION_EX(has_kwargs): `[NULL, func, args, kwargs?]` → result.
pub fn CALL_FUNCTION_EX(vm: &mut Vm, arg: u32) -> OpResult {
    let kwargs = if arg & 1 != 0 { Some(vm.pop()) } else { None };
    let callargs = vm.pop();
    let func = vm.pop();
    let null = vm.pop();
    let callee = if null.is_null() {
        func.clone()
    } else {
        null.clone()
    };
    let (mut values, mut names) = (
        super::call_ex::star_args(vm, &callee, &callargs)?,
        Vec::new(),
    );
    if !null.is_null() {
        // `[method, self]` shape (not emitted by 3.11, but harmless).
        values.insert(0, func.clone());
    }
    if let Some(kw) = kwargs {
        let (n, v) = super::call_ex::star_kwargs(vm, &callee, &kw)?;
        names = n;
        values.extend(v);
    }
    if let Value::Obj(fobj) = &callee {
        if matches!(fobj.payload, Payload::Function(_)) {
            let ret_sp = vm.stack.len();
            let frame = bind_frame(vm, fobj, Args::new(&values, &names), ret_sp, false)?;
            vm.push_frame(frame)?;
            return Ok(());
        }
    }
    let r = protocol::call(vm, &callee, Args::new(&values, &names))?;
    vm.push(r);
    Ok(())
}

/// RETURN_VALUE: pops the frame; the entry frame ends the dispatch loop.
#[inline]
pub fn RETURN_VALUE(vm: &mut Vm, _arg: u32) -> OpResult {
    let v = vm.pop();
    match vm.pop_frame_ret() {
        Some(RetKind::Normal) => {
            vm.push(v);
            Ok(())
        }
        Some(RetKind::Init) => init_returned(v),
        _ => Err(Exit::Return(v)),
    }
}

/// MAKE_FUNCTION(flags): defaults (0x01), kwdefaults (0x02), annotations (0x04),
/// closure (0x08) below the code object.
pub fn MAKE_FUNCTION(vm: &mut Vm, arg: u32) -> OpResult {
    let code_v = vm.pop();
    let closure = if arg & 0x08 != 0 {
        Some(vm.pop())
    } else {
        None
    };
    let annotations = if arg & 0x04 != 0 {
        vm.pop()
    } else {
        Value::None
    };
    let kwdefaults = if arg & 0x02 != 0 {
        vm.pop()
    } else {
        Value::None
    };
    let defaults = if arg & 0x01 != 0 {
        vm.pop()
    } else {
        Value::None
    };
    let Some(Payload::Code(code)) = code_v.payload() else {
        return Err(Exit::Error(type_error(
            "MAKE_FUNCTION expects a code object",
        )));
    };
    let code = Rc::clone(code);
    let (globals, builtins) = match vm.frame() {
        Some(f) => (f.globals.clone(), f.builtins.clone()),
        None => (vm.main_globals.clone(), vm.builtins.clone()),
    };
    let module = as_dict(&globals)
        .and_then(|d| d.borrow().get_str("__name__"))
        .unwrap_or(Value::None);
    let doc = match code.consts.first() {
        Some(c) if c.as_str_data().is_some() => c.clone(),
        _ => Value::None,
    };
    let f = FunctionData {
        name: RefCell::new(code.name.clone()),
        qualname: RefCell::new(code.qualname.clone()),
        code: RefCell::new(code),
        globals,
        builtins,
        defaults: RefCell::new(defaults),
        kwdefaults: RefCell::new(kwdefaults),
        closure: closure.map(|c| tuple_items(&c).to_vec().into_boxed_slice()),
        annotations: RefCell::new(annotations),
        doc: RefCell::new(doc),
        module: RefCell::new(module),
        dict: std::cell::OnceCell::new(),
    };
    vm.push(Value::Obj(PyObject::new(
        builtin_types().function.clone(),
        Payload::Function(Box::new(f)),
    )));
    Ok(())
}
