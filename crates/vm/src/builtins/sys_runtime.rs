//! The rest of `sys` the standard library reaches for: frames (`_getframe`), tracing and
//! profiling hooks (stored, not called: krait has no tracing yet), the import-system
//! lists (`meta_path`, `path_hooks`, `path_importer_cache`), `builtin_module_names`,
//! prefixes, the async-generator hooks asyncio installs, `displayhook`/`excepthook`,
//! audit hooks (no events are raised), encodings and small runtime queries.

use std::cell::RefCell;

use krait_object::args::Args;
use krait_object::error::{type_error, value_error, PyResult};
use krait_object::interp::Interp;
use krait_object::object::Payload;
use krait_object::protocol;
use krait_object::types::dict::{new_dict, set_by_name, DictData};
use krait_object::types::func::new_builtin;
use krait_object::types::list::new_list;
use krait_object::types::str::new_str;
use krait_object::types::tuple::new_tuple;
use krait_object::Value;

use super::{structseq, vm_of};
use crate::vm::Vm;

const FUNCTIONS: super::FunctionTable = &[
    ("_getframe", getframe),
    ("settrace", settrace),
    ("gettrace", gettrace),
    ("setprofile", setprofile),
    ("getprofile", getprofile),
    ("getrefcount", getrefcount),
    ("audit", audit),
    ("addaudithook", addaudithook),
    ("is_finalizing", is_finalizing),
    ("getfilesystemencoding", getfilesystemencoding),
    ("getfilesystemencodeerrors", getfilesystemencodeerrors),
    ("getswitchinterval", getswitchinterval),
    ("setswitchinterval", setswitchinterval),
    ("get_asyncgen_hooks", get_asyncgen_hooks),
    ("set_asyncgen_hooks", set_asyncgen_hooks),
    ("get_coroutine_origin_tracking_depth", get_coro_depth),
    ("set_coroutine_origin_tracking_depth", set_coro_depth),
    ("call_tracing", call_tracing),
    ("getallocatedblocks", getallocatedblocks),
];

/// Hooks kept per thread: `(trace, profile, asyncgen firstiter, asyncgen finalizer)`.
struct Hooks {
    trace: Value,
    profile: Value,
    firstiter: Value,
    finalizer: Value,
    coro_depth: i64,
    switch_interval: f64,
}

thread_local! {
    static HOOKS: RefCell<Hooks> = const {
        RefCell::new(Hooks {
            trace: Value::None,
            profile: Value::None,
            firstiter: Value::None,
            finalizer: Value::None,
            coro_depth: 0,
            switch_interval: 0.005,
        })
    };
}

/// Installs these functions and attributes into the sys module dict `d`.
pub fn install(vm: &Vm, d: &Value) {
    for &(name, f) in FUNCTIONS {
        set_by_name(d, name, new_builtin(name, f));
    }
    for (name, f) in [
        (
            "displayhook",
            displayhook as krait_object::typeobj::NativeFn,
        ),
        ("excepthook", excepthook),
        ("unraisablehook", unraisablehook),
    ] {
        let b = new_builtin(name, f);
        set_by_name(d, name, b.clone());
        set_by_name(d, &format!("__{name}__"), b);
    }
    set_by_name(d, "meta_path", new_list(crate::import::spec::meta_path()));
    set_by_name(d, "path_hooks", new_list(Vec::new()));
    set_by_name(d, "path_importer_cache", new_dict(DictData::new()));
    let mut names: Vec<&str> = crate::modules::MODULES.iter().map(|m| m.name).collect();
    names.extend(["builtins", "sys"]);
    names.sort_unstable();
    set_by_name(
        d,
        "builtin_module_names",
        new_tuple(names.into_iter().map(new_str).collect()),
    );
    set_by_name(d, "dont_write_bytecode", Value::Bool(true));
    set_by_name(d, "pycache_prefix", Value::None);
    set_by_name(d, "platlibdir", new_str("lib"));
    set_by_name(d, "warnoptions", new_list(Vec::new()));
    set_by_name(d, "_xoptions", new_dict(DictData::new()));
    set_by_name(d, "api_version", Value::Int(1013));
    set_by_name(d, "abiflags", new_str(""));
    set_by_name(
        d,
        "copyright",
        new_str("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved."),
    );
    set_by_name(
        d,
        "thread_info",
        structseq::make(
            "sys",
            "thread_info",
            &[
                ("name", new_str("pthread")),
                ("lock", new_str("semaphore")),
                ("version", Value::None),
            ],
        ),
    );
    let _ = vm;
}

/// Sets `sys.prefix` and friends from the standard library directory (`PREFIX/lib/python3.X`).
pub fn set_prefixes(d: &Value, stdlib: Option<&std::path::Path>) {
    let prefix = stdlib
        .and_then(|p| p.parent()?.parent())
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    for k in ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"] {
        set_by_name(d, k, new_str(&prefix));
    }
}

fn the_vm(i: &mut dyn Interp) -> PyResult<&mut Vm> {
    vm_of(i).ok_or_else(|| type_error("sys needs the VM"))
}

/// `sys._getframe([depth])`: a snapshot of the caller's frame (`depth` frames up), with
/// `f_back` snapshots down to the outermost frame.
fn getframe(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.between("_getframe", 0, 1)?;
    let depth = match pos.first() {
        Some(v) => protocol::index_i64(i, v)?,
        None => 0,
    };
    let vm = the_vm(i)?;
    let n = vm.frames.len() as i64;
    if depth < 0 || depth >= n {
        return Err(value_error("call stack is not deep enough"));
    }
    let top = (n - 1 - depth) as usize;
    Ok(frame_chain(vm, top))
}

/// The frame object of `vm.frames[index]`, linked to snapshots of the frames below it.
pub fn frame_chain(vm: &Vm, index: usize) -> Value {
    let mut back = Value::None;
    for k in 0..=index {
        let f = &vm.frames[k];
        let pc = if k + 1 == vm.frames.len() {
            vm.pc
        } else {
            f.pc
        };
        let lasti = pc.saturating_sub(1) as u32;
        let locals = super::attrs::frame_locals_at(vm, k);
        back = krait_object::traceback_obj::frame_object(
            &f.code,
            lasti,
            f.globals.clone(),
            locals,
            f.builtins.clone(),
            back,
        );
    }
    back
}

fn settrace(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("settrace", 1)?;
    HOOKS.with(|h| h.borrow_mut().trace = pos[0].clone());
    Ok(Value::None)
}

fn gettrace(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("gettrace", 0)?;
    Ok(HOOKS.with(|h| h.borrow().trace.clone()))
}

fn setprofile(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("setprofile", 1)?;
    HOOKS.with(|h| h.borrow_mut().profile = pos[0].clone());
    Ok(Value::None)
}

fn getprofile(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("getprofile", 0)?;
    Ok(HOOKS.with(|h| h.borrow().profile.clone()))
}

/// `sys.getrefcount(obj)`: the object's strong count plus the argument's reference.
fn getrefcount(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("getrefcount", 1)?;
    Ok(Value::Int(match &pos[0] {
        Value::Obj(o) => std::rc::Rc::strong_count(o) as i64,
        _ => 1 << 30,
    }))
}

fn audit(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    if args.pos().is_empty() {
        return Err(type_error(
            "audit() missing 1 required positional argument: 'event'",
        ));
    }
    Ok(Value::None)
}

fn addaudithook(_i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

fn is_finalizing(_i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn getfilesystemencoding(_i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Ok(new_str("utf-8"))
}

fn getfilesystemencodeerrors(_i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Ok(new_str("surrogateescape"))
}

fn getswitchinterval(_i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(HOOKS.with(|h| h.borrow().switch_interval)))
}

fn setswitchinterval(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("setswitchinterval", 1)?;
    let x = krait_object::types::float::to_f64(i, &pos[0])?;
    if x <= 0.0 {
        return Err(value_error("switch interval must be strictly positive"));
    }
    HOOKS.with(|h| h.borrow_mut().switch_interval = x);
    Ok(Value::None)
}

fn get_asyncgen_hooks(_i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    let (a, b) = HOOKS.with(|h| {
        let h = h.borrow();
        (h.firstiter.clone(), h.finalizer.clone())
    });
    Ok(structseq::make(
        "sys",
        "asyncgen_hooks",
        &[("firstiter", a), ("finalizer", b)],
    ))
}

fn set_asyncgen_hooks(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = krait_object::argparse::parse(
        &args,
        &krait_object::argparse::Sig {
            fname: "set_asyncgen_hooks",
            names: &["firstiter", "finalizer"],
            posonly: 0,
            required: 0,
        },
    )?;
    for (k, v) in a.iter().enumerate() {
        if let Some(v) = v {
            if !v.is_none() && !protocol::is_callable(v) {
                let which = if k == 0 { "firstiter" } else { "finalizer" };
                return Err(type_error(format!(
                    "callable {which} expected, got {}",
                    v.class_name()
                )));
            }
        }
    }
    HOOKS.with(|h| {
        let mut h = h.borrow_mut();
        if let Some(Some(v)) = a.first() {
            h.firstiter = v.clone();
        }
        if let Some(Some(v)) = a.get(1) {
            h.finalizer = v.clone();
        }
    });
    Ok(Value::None)
}

fn get_coro_depth(_i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(HOOKS.with(|h| h.borrow().coro_depth)))
}

fn set_coro_depth(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = args
        .pos()
        .first()
        .or_else(|| args.kwarg("depth"))
        .cloned()
        .ok_or_else(|| {
            type_error(
                "set_coroutine_origin_tracking_depth() missing required argument 'depth' (pos 1)",
            )
        })?;
    let n = protocol::index_i64(i, &v)?;
    if n < 0 {
        return Err(value_error("depth must be >= 0"));
    }
    HOOKS.with(|h| h.borrow_mut().coro_depth = n);
    Ok(Value::None)
}

fn call_tracing(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("call_tracing", 2)?;
    let items = match pos[1].payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(type_error("call_tracing(): argument 2 must be tuple")),
    };
    protocol::call(i, &pos[0], Args::positional(&items))
}

fn getallocatedblocks(_i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(0))
}

/// `sys.displayhook(value)`: prints `repr(value)` and stores it in `builtins._`.
fn displayhook(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("displayhook", 1)?;
    if pos[0].is_none() {
        return Ok(Value::None);
    }
    let b = Value::Obj(i.builtins());
    set_by_name(&b, "_", Value::None);
    let r = protocol::repr_string(i, &pos[0])?;
    i.write_stream(1, &format!("{r}\n"))?;
    set_by_name(&b, "_", pos[0].clone());
    Ok(Value::None)
}

/// `sys.excepthook(type, value, traceback)`: prints the exception like an uncaught one.
fn excepthook(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("excepthook", 3)?;
    let vm = the_vm(i)?;
    if let Value::Obj(e) = &pos[1] {
        if let Ok(entries) = krait_object::traceback_obj::traceback_entries(&pos[2]) {
            if let Some(d) = krait_object::exceptions::exc_data(e) {
                *d.traceback.borrow_mut() = entries;
            }
        }
        vm.stdout.flush();
        let report = crate::traceback::format_exception(vm, e);
        vm.stderr.write(&report);
        vm.stderr.flush();
    }
    Ok(Value::None)
}

/// `sys.unraisablehook(unraisable)`: `Exception ignored in: …` and the traceback.
fn unraisablehook(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("unraisablehook", 1)?;
    let u = pos[0].clone();
    let msg = protocol::getattr_str(i, &u, "err_msg").unwrap_or(Value::None);
    let obj = protocol::getattr_str(i, &u, "object").unwrap_or(Value::None);
    let exc = protocol::getattr_str(i, &u, "exc_value").unwrap_or(Value::None);
    let head = if msg.is_none() {
        "Exception ignored in".to_owned()
    } else {
        protocol::str_string(i, &msg)?
    };
    let text = if obj.is_none() {
        format!("{head}:\n")
    } else {
        format!("{head}: {}\n", protocol::repr_string(i, &obj)?)
    };
    let vm = the_vm(i)?;
    vm.stdout.flush();
    vm.stderr.write(&text);
    if let Value::Obj(e) = &exc {
        let report = crate::traceback::format_exception(vm, e);
        vm.stderr.write(&report);
    }
    vm.stderr.flush();
    Ok(Value::None)
}
