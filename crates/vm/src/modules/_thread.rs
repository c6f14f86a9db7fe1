//! `_thread` (Modules/_threadmodule.c) for a single-threaded VM.
//!
//! `start_new_thread` runs the function to completion before returning, under a new
//! thread identity (`get_ident` answers it while it runs), then releases the locks made
//! by `_set_sentinel` in it — so `threading.Thread(...).start(); t.join()` behaves as if
//! the thread ran at once. Locks are real state machines; a blocking acquire of a held
//! lock with no timeout would wait forever (no other thread can release it), so it
//! raises instead of hanging; with a timeout it sleeps the timeout and fails.

mod locks;

use std::cell::{Cell, RefCell};

use krait_object::args::Args;
use krait_object::error::{type_error, value_error, PyResult};
use krait_object::types::str::new_str;
use krait_object::types::tuple::new_tuple;
use krait_object::{protocol, Interp, Payload, Value};

use super::{new_module_with, set_attr};
use crate::builtins::vm_of;
use crate::vm::Vm;

/// One running (synchronous) thread: its identity and the sentinel locks it made.
struct FakeThread {
    ident: i64,
    sentinels: Vec<Value>,
}

thread_local! {
    static THREADS: RefCell<Vec<FakeThread>> = const { RefCell::new(Vec::new()) };
    static NEXT_IDENT: Cell<i64> = const { Cell::new(0) };
    static STACK_SIZE: Cell<i64> = const { Cell::new(0) };
}

fn main_ident() -> i64 {
    // SAFETY: pthread_self has no preconditions.
    unsafe { libc::pthread_self() as i64 }
}

/// The identity of the running (possibly simulated) thread.
pub fn current_ident() -> i64 {
    THREADS
        .with(|t| t.borrow().last().map(|f| f.ident))
        .unwrap_or_else(main_ident)
}

fn get_ident(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("get_ident", 0)?;
    Ok(Value::Int(current_ident()))
}

fn get_native_id(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("get_native_id", 0)?;
    let depth = THREADS.with(|t| t.borrow().len()) as i64;
    Ok(Value::Int(i64::from(std::process::id()) + depth))
}

fn count(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("_count", 0)?;
    Ok(Value::Int(THREADS.with(|t| t.borrow().len()) as i64))
}

fn daemon_threads_allowed(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("daemon_threads_allowed", 0)?;
    Ok(Value::Bool(true))
}

fn set_sentinel(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("_set_sentinel", 0)?;
    let lock = locks::new_lock();
    THREADS.with(|t| {
        if let Some(f) = t.borrow_mut().last_mut() {
            f.sentinels.push(lock.clone());
        }
    });
    Ok(lock)
}

fn allocate_lock(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("allocate_lock", 0)?;
    Ok(locks::new_lock())
}

fn stack_size(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.between("stack_size", 0, 1)?;
    let old = STACK_SIZE.with(Cell::get);
    if let Some(v) = pos.first() {
        let n = protocol::index_i64(i, v)?;
        if n != 0 && n < 32768 {
            return Err(value_error(format!("size not valid: {n} bytes")));
        }
        if n < 0 {
            return Err(value_error("size must be 0 or a positive value"));
        }
        STACK_SIZE.with(|s| s.set(n));
    }
    Ok(Value::Int(old))
}

fn start_new_thread(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.between("start_new_thread", 2, 3)?;
    let (func, fargs) = (&pos[0], &pos[1]);
    if !protocol::is_callable(func) {
        return Err(type_error("first arg must be callable"));
    }
    let Some(Payload::Tuple(items)) = fargs.payload() else {
        return Err(type_error("2nd arg must be a tuple"));
    };
    let kwargs = pos.get(2).cloned();
    if let Some(k) = &kwargs {
        if krait_object::types::dict::as_dict(k).is_none() {
            return Err(type_error("optional 3rd arg must be a dictionary"));
        }
    }
    let Some(vm) = vm_of(i) else {
        return Err(krait_object::error::runtime_error("can't start new thread"));
    };
    let ident = main_ident()
        + 0x1000
            * (NEXT_IDENT.with(|n| {
                n.set(n.get() + 1);
                n.get()
            }));
    THREADS.with(|t| {
        t.borrow_mut().push(FakeThread {
            ident,
            sentinels: Vec::new(),
        })
    });
    let r = match &kwargs {
        None => protocol::call0(vm, func, items),
        Some(k) => call_with_kwargs(vm, func, items, k),
    };
    let done = THREADS.with(|t| t.borrow_mut().pop());
    if let Err(e) = r {
        if !e.matches(&krait_object::builtin_types().exc.system_exit) {
            super::_weakref::report_unraisable(
                vm,
                "Exception ignored in thread started by: ",
                func,
                &e,
            );
        }
    }
    // The thread state is gone: its sentinel locks are released (what `join` waits for).
    for s in done.map(|f| f.sentinels).unwrap_or_default() {
        locks::force_release(&s);
    }
    Ok(Value::Int(ident))
}

fn call_with_kwargs(vm: &mut Vm, func: &Value, pos: &[Value], kw: &Value) -> PyResult<Value> {
    let Some(d) = krait_object::types::dict::as_dict(kw) else {
        return protocol::call0(vm, func, pos);
    };
    let items = d.borrow().items();
    let mut values: Vec<Value> = pos.to_vec();
    let mut names = Vec::new();
    for (k, v) in items {
        names.push(k);
        values.push(v);
    }
    protocol::call(vm, func, Args::new(&values, &names))
}

fn interrupt_main(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.between("interrupt_main", 0, 1)?;
    let sig = match pos.first() {
        Some(v) => protocol::index_i64(i, v)?,
        None => i64::from(libc::SIGINT),
    };
    if sig < 1 || sig as usize >= crate::signals::NSIG {
        return Err(value_error("signal number out of range"));
    }
    crate::signals::trip(sig as usize);
    Ok(Value::None)
}

/// `_thread._excepthook(args)`: threading's default `excepthook`.
fn excepthook(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("_excepthook", 1)?;
    let items = match pos[0].payload() {
        Some(Payload::Tuple(items)) if items.len() == 4 => items.to_vec(),
        _ => {
            return Err(type_error(
                "_thread._excepthook argument type must be ExceptHookArgs",
            ))
        }
    };
    let t = krait_object::builtin_types();
    if items[0]
        .as_obj()
        .is_some_and(|c| std::rc::Rc::ptr_eq(c, &t.exc.system_exit))
    {
        return Ok(Value::None);
    }
    let name = if items[3].is_none() {
        current_ident().to_string()
    } else {
        match protocol::getattr_str(i, &items[3], "name") {
            Ok(n) => protocol::str_string(i, &n)?,
            Err(_) => current_ident().to_string(),
        }
    };
    let Some(vm) = vm_of(i) else {
        return Ok(Value::None);
    };
    let report = match items[1].as_obj() {
        Some(e) => crate::traceback::format_exception(vm, e),
        None => String::new(),
    };
    vm.stdout.flush();
    vm.stderr
        .write(&format!("Exception in thread {name}:\n{report}"));
    vm.stderr.flush();
    Ok(Value::None)
}

/// `_thread._local`: one thread, so an ordinary class whose instances have a dict; like
/// CPython it refuses arguments unless a subclass defines `__init__`.
fn make_local(vm: &mut Vm) -> PyResult<Value> {
    let ns = krait_object::types::dict::new_dict(Default::default());
    krait_object::types::dict::set_by_name(&ns, "__module__", new_str("_thread"));
    krait_object::types::dict::set_by_name(
        &ns,
        "__new__",
        krait_object::types::func::new_builtin("__new__", local_new),
    );
    let ty = Value::Obj(krait_object::builtin_types().type_.clone());
    let bases = new_tuple(vec![Value::Obj(
        krait_object::builtin_types().object.clone(),
    )]);
    let cls = protocol::call0(vm, &ty, &[new_str("_local"), bases, ns])?;
    // `__new__` is a static method.
    if let Some(t) = cls.as_obj().and_then(|o| o.as_type()) {
        let f = t.dict.borrow().get_str("__new__");
        if let Some(f) = f {
            let sm = protocol::call0(
                vm,
                &Value::Obj(krait_object::descr::class_types().staticmethod.clone()),
                &[f],
            )?;
            t.dict.borrow_mut().set_str_key(new_str("__new__"), sm);
        }
    }
    Ok(cls)
}

fn local_new(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let Some(cls) = pos.first() else {
        return Err(type_error("_local.__new__(): not enough arguments"));
    };
    if pos.len() > 1 || args.has_kwargs() {
        let init = protocol::getattr_str(i, cls, "__init__")?;
        let obj_init = protocol::getattr_str(
            i,
            &Value::Obj(krait_object::builtin_types().object.clone()),
            "__init__",
        )?;
        if init.is(&obj_init) {
            return Err(type_error("Initialization arguments are not supported"));
        }
    }
    let obj_new = protocol::getattr_str(
        i,
        &Value::Obj(krait_object::builtin_types().object.clone()),
        "__new__",
    )?;
    protocol::call0(i, &obj_new, std::slice::from_ref(cls))
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with(
        "_thread",
        &[
            ("get_ident", get_ident),
            ("get_native_id", get_native_id),
            ("_count", count),
            ("daemon_threads_allowed", daemon_threads_allowed),
            ("_set_sentinel", set_sentinel),
            ("allocate_lock", allocate_lock),
            ("allocate", allocate_lock),
            ("stack_size", stack_size),
            ("start_new_thread", start_new_thread),
            ("start_new", start_new_thread),
            ("interrupt_main", interrupt_main),
            ("_excepthook", excepthook),
        ],
    );
    let t = krait_object::builtin_types();
    set_attr(&m, "error", Value::Obj(t.exc.runtime_error.clone()));
    set_attr(&m, "TIMEOUT_MAX", Value::Float(9223372036.0));
    set_attr(&m, "LockType", Value::Obj(locks::lock_type()));
    set_attr(&m, "RLock", Value::Obj(locks::rlock_type()));
    let hook_args = crate::builtins::structseq::new_type(
        "_thread",
        "_ExceptHookArgs",
        &["exc_type", "exc_value", "exc_traceback", "thread"],
    );
    set_attr(&m, "_ExceptHookArgs", Value::Obj(hook_args));
    let local = make_local(vm)?;
    set_attr(&m, "_local", local);
    Ok(m)
}
