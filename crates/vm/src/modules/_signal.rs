//! `_signal` (Modules/signalmodule.c). The OS-level handler for a signal with a Python
//! handler only records it (`crate::signals::trip`); the VM calls the Python handler at
//! its next safe point (`crate::signals`), or at once after `raise_signal`, like
//! CPython's `PyErr_CheckSignals`. SIGINT starts with `default_int_handler`, which
//! raises `KeyboardInterrupt`.

use krait_object::args::Args;
use krait_object::error::{new_error, type_error, value_error, PyResult};
use krait_object::types::func::new_builtin;
use krait_object::types::str::new_string;
use krait_object::{protocol, Interp, Value};

use super::{new_module_with, set_attr};
use crate::builtins::vm_of;
use crate::signals::{HANDLERS, NSIG};
use crate::vm::Vm;

extern "C" fn on_signal(sig: libc::c_int) {
    crate::signals::trip(sig as usize);
}

const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

fn signum_arg(i: &mut dyn Interp, v: &Value) -> PyResult<usize> {
    let n = protocol::index_i64(i, v)?;
    if n < 1 || n as usize >= NSIG {
        return Err(value_error("signal number out of range"));
    }
    Ok(n as usize)
}

fn default_int_handler(_i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Err(krait_object::error::new_error_noargs(
        &krait_object::builtin_types().exc.keyboard_interrupt,
    ))
}

thread_local! {
    static DEFAULT_INT: Value = new_builtin("default_int_handler", default_int_handler);
}

/// The handler `getsignal` reports for `sig` before any `signal()` call.
fn initial_handler(sig: usize) -> Value {
    if sig == libc::SIGINT as usize {
        return DEFAULT_INT.with(Clone::clone);
    }
    // SAFETY: querying the current disposition (a null new action changes nothing).
    let cur = unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(sig as libc::c_int, std::ptr::null(), &mut old) != 0 {
            return Value::None;
        }
        old.sa_sigaction
    };
    if cur == libc::SIG_IGN {
        Value::Int(SIG_IGN)
    } else if cur == libc::SIG_DFL {
        Value::Int(SIG_DFL)
    } else {
        Value::None
    }
}

fn current_handler(sig: usize) -> Value {
    let h = HANDLERS.with(|h| h.borrow().get(sig).cloned());
    match h {
        Some(v) if !v.is_null() => v,
        _ => initial_handler(sig),
    }
}

fn set_handler(sig: usize, v: Value) {
    HANDLERS.with(|h| {
        let mut h = h.borrow_mut();
        if h.len() < NSIG {
            h.resize(NSIG, Value::Null);
        }
        h[sig] = v;
    });
}

fn signal(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("signal", 2)?;
    let sig = signum_arg(i, &pos[0])?;
    let handler = &pos[1];
    let action = match handler {
        Value::Int(SIG_IGN) => libc::SIG_IGN,
        Value::Int(SIG_DFL) => libc::SIG_DFL,
        h if protocol::is_callable(h) => {
            on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t
        }
        _ => {
            return Err(type_error(
                "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
            ))
        }
    };
    let old = current_handler(sig);
    // SAFETY: installing a handler that only stores to atomics, or SIG_IGN/SIG_DFL.
    let r = unsafe { libc::signal(sig as libc::c_int, action) };
    if r == libc::SIG_ERR {
        let t = krait_object::builtin_types();
        let e = protocol::call0(
            i,
            &Value::Obj(t.exc.os_error.clone()),
            &[Value::Int(22), new_string("Invalid argument".into())],
        )?;
        return Err(match e.as_obj() {
            Some(o) => krait_object::PyErr::new(o.clone()),
            None => type_error("bad OSError"),
        });
    }
    set_handler(sig, handler.clone());
    Ok(old)
}

fn getsignal(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("getsignal", 1)?;
    let sig = signum_arg(i, &pos[0])?;
    Ok(current_handler(sig))
}

fn raise_signal(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("raise_signal", 1)?;
    let sig = signum_arg(i, &pos[0])?;
    // SAFETY: raising a signal in this process.
    let r = unsafe { libc::raise(sig as libc::c_int) };
    if r != 0 {
        return Err(new_error(
            &krait_object::builtin_types().exc.os_error,
            "raise failed",
        ));
    }
    if let Some(vm) = vm_of(i) {
        if crate::signals::PENDING.swap(false, std::sync::atomic::Ordering::Relaxed) {
            crate::signals::run_handlers(vm)?;
        }
    }
    Ok(Value::None)
}

fn strsignal(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("strsignal", 1)?;
    let sig = signum_arg(i, &pos[0])?;
    // SAFETY: strsignal returns a pointer to a static or thread-local string.
    let s = unsafe {
        let p = libc::strsignal(sig as libc::c_int);
        if p.is_null() {
            return Ok(Value::None);
        }
        std::ffi::CStr::from_ptr(p).to_string_lossy().into_owned()
    };
    if s.starts_with("Unknown signal") || s.starts_with("Real-time signal") {
        return Ok(Value::None);
    }
    Ok(new_string(s))
}

fn valid_signals(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("valid_signals", 0)?;
    // glibc reserves 32 and 33 for its threads (absent from a filled sigset).
    let sigs: Vec<Value> = (1..NSIG as i64)
        .filter(|&s| s != 32 && s != 33)
        .map(Value::Int)
        .collect();
    krait_object::types::set::set_from_values(i, sigs)
}

fn alarm(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("alarm", 1)?;
    let secs = protocol::index_i64(i, &pos[0])?;
    // SAFETY: alarm has no memory-safety preconditions.
    let old = unsafe { libc::alarm(secs.clamp(0, u32::MAX as i64) as u32) };
    Ok(Value::Int(i64::from(old)))
}

fn set_wakeup_fd(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let Some(fd) = pos.first() else {
        return Err(type_error(
            "set_wakeup_fd() missing required argument 'fd' (pos 1)",
        ));
    };
    let _ = protocol::index_i64(i, fd)?;
    Ok(Value::Int(-1))
}

fn siginterrupt(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("siginterrupt", 2)?;
    signum_arg(i, &pos[0])?;
    Ok(Value::None)
}

fn pthread_sigmask(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("pthread_sigmask", 2)?;
    krait_object::types::set::set_from_values(i, Vec::new())
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with(
        "_signal",
        &[
            ("signal", signal),
            ("getsignal", getsignal),
            ("raise_signal", raise_signal),
            ("strsignal", strsignal),
            ("valid_signals", valid_signals),
            ("alarm", alarm),
            ("set_wakeup_fd", set_wakeup_fd),
            ("siginterrupt", siginterrupt),
            ("pthread_sigmask", pthread_sigmask),
        ],
    );
    set_attr(&m, "default_int_handler", DEFAULT_INT.with(Clone::clone));
    set_attr(&m, "SIG_DFL", Value::Int(SIG_DFL));
    set_attr(&m, "SIG_IGN", Value::Int(SIG_IGN));
    set_attr(&m, "NSIG", Value::Int(NSIG as i64));
    set_attr(&m, "SIG_BLOCK", Value::Int(i64::from(libc::SIG_BLOCK)));
    set_attr(&m, "SIG_UNBLOCK", Value::Int(i64::from(libc::SIG_UNBLOCK)));
    set_attr(&m, "SIG_SETMASK", Value::Int(i64::from(libc::SIG_SETMASK)));
    let consts: &[(&str, libc::c_int)] = &[
        ("SIGHUP", libc::SIGHUP),
        ("SIGINT", libc::SIGINT),
        ("SIGQUIT", libc::SIGQUIT),
        ("SIGILL", libc::SIGILL),
        ("SIGTRAP", libc::SIGTRAP),
        ("SIGABRT", libc::SIGABRT),
        ("SIGIOT", libc::SIGIOT),
        ("SIGBUS", libc::SIGBUS),
        ("SIGFPE", libc::SIGFPE),
        ("SIGKILL", libc::SIGKILL),
        ("SIGUSR1", libc::SIGUSR1),
        ("SIGSEGV", libc::SIGSEGV),
        ("SIGUSR2", libc::SIGUSR2),
        ("SIGPIPE", libc::SIGPIPE),
        ("SIGALRM", libc::SIGALRM),
        ("SIGTERM", libc::SIGTERM),
        ("SIGCHLD", libc::SIGCHLD),
        ("SIGCONT", libc::SIGCONT),
        ("SIGSTOP", libc::SIGSTOP),
        ("SIGTSTP", libc::SIGTSTP),
        ("SIGTTIN", libc::SIGTTIN),
        ("SIGTTOU", libc::SIGTTOU),
        ("SIGURG", libc::SIGURG),
        ("SIGXCPU", libc::SIGXCPU),
        ("SIGXFSZ", libc::SIGXFSZ),
        ("SIGVTALRM", libc::SIGVTALRM),
        ("SIGPROF", libc::SIGPROF),
        ("SIGWINCH", libc::SIGWINCH),
        ("SIGIO", libc::SIGIO),
        ("SIGPOLL", libc::SIGPOLL),
        ("SIGPWR", libc::SIGPWR),
        ("SIGSYS", libc::SIGSYS),
        ("SIGRTMIN", libc::SIGRTMIN()),
        ("SIGRTMAX", libc::SIGRTMAX()),
        ("ITIMER_REAL", libc::ITIMER_REAL),
        ("ITIMER_VIRTUAL", libc::ITIMER_VIRTUAL),
        ("ITIMER_PROF", libc::ITIMER_PROF),
    ];
    for (name, v) in consts {
        set_attr(&m, name, Value::Int(i64::from(*v)));
    }
    set_attr(
        &m,
        "ItimerError",
        Value::Obj(krait_object::builtin_types().exc.os_error.clone()),
    );
    Ok(m)
}
