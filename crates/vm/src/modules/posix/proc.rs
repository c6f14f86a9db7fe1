//! Process, environment and system queries: `environ`/`putenv`/`unsetenv`, ids, `kill`,
//! `waitpid` and the `W*` status macros, `_exit`, `times`, `uname`, `cpu_count`,
//! `get_terminal_size`, `urandom`, `strerror`, `fspath`, `register_at_fork`.

use std::cell::RefCell;
use std::os::unix::ffi::OsStrExt;

use krait_object::argparse::{kwonly, parse, Sig};
use krait_object::args::Args;
use krait_object::error::{type_error, value_error, PyResult};
use krait_object::interp::Interp;
use krait_object::object::ObjRef;
use krait_object::protocol;
use krait_object::types::bytes::new_bytes;
use krait_object::types::dict::{as_dict, new_dict, DictData};
use krait_object::types::str::new_string;
use krait_object::types::tuple::new_tuple;
use krait_object::Value;

use super::path::{fd_arg, fspath_opt, os_error, os_error_with, path_arg};
use crate::builtins::structseq;

thread_local! {
    static TYPES: RefCell<Option<[ObjRef; 3]>> = const { RefCell::new(None) };
}

/// `[terminal_size, times_result, uname_result]`, made once per thread.
pub fn seq_types() -> [ObjRef; 3] {
    TYPES.with(|t| {
        t.borrow_mut()
            .get_or_insert_with(|| {
                [
                    structseq::new_type("os", "terminal_size", &["columns", "lines"]),
                    structseq::new_type(
                        "posix",
                        "times_result",
                        &[
                            "user",
                            "system",
                            "children_user",
                            "children_system",
                            "elapsed",
                        ],
                    ),
                    structseq::new_type(
                        "posix",
                        "uname_result",
                        &["sysname", "nodename", "release", "version", "machine"],
                    ),
                ]
            })
            .clone()
    })
}

/// `posix.environ`: the start-up environment as a dict of bytes to bytes.
pub fn environ(i: &mut dyn Interp) -> PyResult<Value> {
    let d = new_dict(DictData::new());
    if let Some(dd) = as_dict(&d) {
        for (k, v) in std::env::vars_os() {
            let k = new_bytes(k.as_bytes().to_vec());
            let v = new_bytes(v.as_bytes().to_vec());
            krait_object::types::dict::dict_set(i, dd, k, v)?;
        }
    }
    Ok(d)
}

/// An environment name or value argument (str or bytes) as bytes.
fn env_bytes(i: &mut dyn Interp, fname: &str, what: &str, v: &Value) -> PyResult<Vec<u8>> {
    let p = path_arg(i, fname, what, v, false).map_err(|e| {
        if e.matches(&krait_object::types::builtin_types().exc.type_error) {
            type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                v.class_name()
            ))
        } else {
            e
        }
    })?;
    Ok(p.bytes().to_vec())
}

pub fn putenv(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("putenv", 2)?;
    let k = env_bytes(i, "putenv", "name", &pos[0])?;
    let v = env_bytes(i, "putenv", "value", &pos[1])?;
    if k.contains(&b'=') {
        return Err(value_error("illegal environment variable name"));
    }
    let (Ok(ck), Ok(cv)) = (std::ffi::CString::new(k), std::ffi::CString::new(v)) else {
        return Err(value_error("embedded null byte"));
    };
    // SAFETY: both are NUL-terminated; krait runs Python on one thread.
    if unsafe { libc::setenv(ck.as_ptr(), cv.as_ptr(), 1) } != 0 {
        return Err(os_error(i, None));
    }
    Ok(Value::None)
}

pub fn unsetenv(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("unsetenv", 1)?;
    let k = env_bytes(i, "unsetenv", "name", &pos[0])?;
    if k.contains(&b'=') {
        return Err(value_error("illegal environment variable name"));
    }
    let Ok(ck) = std::ffi::CString::new(k) else {
        return Err(value_error("embedded null byte"));
    };
    // SAFETY: NUL-terminated; krait runs Python on one thread.
    if unsafe { libc::unsetenv(ck.as_ptr()) } != 0 {
        return Err(os_error(i, None));
    }
    Ok(Value::None)
}

macro_rules! id_fn {
    ($name:ident, $py:literal, $call:expr) => {
        pub fn $name(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
            args.exact($py, 0)?;
            // SAFETY: a plain, always-successful id query.
            Ok(Value::Int(i64::from(unsafe { $call })))
        }
    };
}

id_fn!(getpid, "getpid", libc::getpid());
id_fn!(getppid, "getppid", libc::getppid());
id_fn!(getuid, "getuid", libc::getuid());
id_fn!(geteuid, "geteuid", libc::geteuid());
id_fn!(getgid, "getgid", libc::getgid());
id_fn!(getegid, "getegid", libc::getegid());
id_fn!(getpgrp, "getpgrp", libc::getpgrp());

pub fn strerror(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("strerror", 1)?;
    let code = protocol::index_i64(i, &pos[0])?;
    Ok(new_string(super::path::strerror(code as i32)))
}

pub fn kill(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("kill", 2)?;
    let pid = protocol::index_i64(i, &pos[0])?;
    let sig = fd_arg(i, &pos[1])?;
    // SAFETY: plain syscall.
    if unsafe { libc::kill(pid as libc::pid_t, sig) } != 0 {
        return Err(os_error(i, None));
    }
    Ok(Value::None)
}

static WAITPID_SIG: Sig = Sig {
    fname: "waitpid",
    names: &["pid", "options"],
    posonly: 2,
    required: 2,
};

pub fn waitpid(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse(&args, &WAITPID_SIG)?;
    let pid = protocol::index_i64(i, a[0].as_ref().unwrap_or(&Value::None))?;
    let opts = fd_arg(i, a[1].as_ref().unwrap_or(&Value::None))?;
    let mut status = 0;
    // SAFETY: `status` is a valid out-pointer.
    let r = unsafe { libc::waitpid(pid as libc::pid_t, &mut status, opts) };
    if r < 0 {
        return Err(os_error(i, None));
    }
    Ok(new_tuple(vec![
        Value::Int(i64::from(r)),
        Value::Int(i64::from(status)),
    ]))
}

/// The `status` keyword argument of the `W*` functions.
fn status_arg(i: &mut dyn Interp, args: &Args<'_>, fname: &'static str) -> PyResult<i32> {
    let sig = Sig {
        fname,
        names: &["status"],
        posonly: 0,
        required: 1,
    };
    let a = parse(args, &sig)?;
    fd_arg(i, a[0].as_ref().unwrap_or(&Value::None))
}

macro_rules! wait_fn {
    ($name:ident, $py:literal, $body:expr, $wrap:path) => {
        pub fn $name(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
            let s = status_arg(i, &args, $py)?;
            let f: fn(i32) -> _ = $body;
            Ok($wrap(f(s)))
        }
    };
}

fn int_v(n: i32) -> Value {
    Value::Int(i64::from(n))
}

wait_fn!(wifexited, "WIFEXITED", |s| libc::WIFEXITED(s), Value::Bool);
wait_fn!(wexitstatus, "WEXITSTATUS", |s| libc::WEXITSTATUS(s), int_v);
wait_fn!(
    wifsignaled,
    "WIFSIGNALED",
    |s| libc::WIFSIGNALED(s),
    Value::Bool
);
wait_fn!(wtermsig, "WTERMSIG", |s| libc::WTERMSIG(s), int_v);
wait_fn!(
    wifstopped,
    "WIFSTOPPED",
    |s| libc::WIFSTOPPED(s),
    Value::Bool
);
wait_fn!(wstopsig, "WSTOPSIG", |s| libc::WSTOPSIG(s), int_v);
wait_fn!(wcoredump, "WCOREDUMP", |s| libc::WCOREDUMP(s), Value::Bool);
wait_fn!(
    wifcontinued,
    "WIFCONTINUED",
    |s| libc::WIFCONTINUED(s),
    Value::Bool
);

pub fn waitstatus_to_exitcode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = status_arg(i, &args, "waitstatus_to_exitcode")?;
    if libc::WIFEXITED(s) {
        return Ok(int_v(libc::WEXITSTATUS(s)));
    }
    if libc::WIFSIGNALED(s) {
        return Ok(int_v(-libc::WTERMSIG(s)));
    }
    Err(value_error(format!("invalid wait status: {s}")))
}

pub fn exit_(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let sig = Sig {
        fname: "_exit",
        names: &["status"],
        posonly: 0,
        required: 1,
    };
    let a = parse(&args, &sig)?;
    let code = fd_arg(i, a[0].as_ref().unwrap_or(&Value::None))?;
    // `_exit` skips the interpreter's clean-up, buffered output included (as CPython).
    std::process::exit(code)
}

pub fn times(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("times", 0)?;
    // SAFETY: a zeroed `tms` is valid; times fills it.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    // SAFETY: `t` is a valid out-pointer; sysconf is a plain query.
    let (c, hz) = unsafe { (libc::times(&mut t), libc::sysconf(libc::_SC_CLK_TCK)) };
    let hz = if hz > 0 { hz as f64 } else { 100.0 };
    let f = |x: libc::clock_t| Value::Float(x as f64 / hz);
    let cls = &seq_types()[1];
    Ok(structseq::new(
        cls,
        vec![
            f(t.tms_utime),
            f(t.tms_stime),
            f(t.tms_cutime),
            f(t.tms_cstime),
            f(c),
        ],
    ))
}

pub fn uname(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("uname", 0)?;
    // SAFETY: a zeroed `utsname` is valid; uname fills it.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: `u` is a valid out-pointer.
    if unsafe { libc::uname(&mut u) } != 0 {
        return Err(os_error(i, None));
    }
    let s = |f: &[libc::c_char]| {
        let b: Vec<u8> = f
            .iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect();
        super::path::fs_decode(&b)
    };
    let cls = &seq_types()[2];
    Ok(structseq::new(
        cls,
        vec![
            s(&u.sysname),
            s(&u.nodename),
            s(&u.release),
            s(&u.version),
            s(&u.machine),
        ],
    ))
}

pub fn cpu_count(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("cpu_count", 0)?;
    // SAFETY: a plain query.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n < 1 {
        Value::None
    } else {
        Value::Int(n as i64)
    })
}

pub fn get_terminal_size(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.between("get_terminal_size", 0, 1)?;
    let fd = match pos.first() {
        Some(v) => fd_arg(i, v)?,
        None => 1,
    };
    // SAFETY: a zeroed `winsize` is valid; the ioctl fills it.
    let mut w: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes one `winsize` through the pointer.
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w) } != 0 {
        return Err(os_error(i, None));
    }
    let cls = &seq_types()[0];
    Ok(structseq::new(
        cls,
        vec![
            Value::Int(i64::from(w.ws_col)),
            Value::Int(i64::from(w.ws_row)),
        ],
    ))
}

pub fn urandom(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("urandom", 1)?;
    let n = protocol::index_i64(i, &pos[0])?;
    if n < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    if n > 1 << 31 {
        return Err(krait_object::error::memory_error());
    }
    let mut buf = vec![0u8; n as usize];
    let mut got = 0;
    while got < buf.len() {
        // SAFETY: the rest of `buf` is writable.
        let r = unsafe { libc::getrandom(buf[got..].as_mut_ptr().cast(), buf.len() - got, 0) };
        if r < 0 {
            let code = super::path::errno();
            if code == libc::EINTR {
                continue;
            }
            return Err(os_error_with(i, code, None, None));
        }
        got += r as usize;
    }
    Ok(new_bytes(buf))
}

pub fn fspath(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let sig = Sig {
        fname: "fspath",
        names: &["path"],
        posonly: 0,
        required: 1,
    };
    let a = parse(&args, &sig)?;
    let v = a[0].clone().unwrap_or(Value::None);
    match fspath_opt(i, &v)? {
        Some(p) => Ok(p),
        None => Err(type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            v.class_name()
        ))),
    }
}

/// `register_at_fork(*, before=None, after_in_child=None, after_in_parent=None)`: krait
/// never forks the interpreter, so the callables are only checked.
pub fn register_at_fork(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    if !args.pos().is_empty() {
        return Err(type_error(
            "register_at_fork() takes no positional arguments",
        ));
    }
    let kw = kwonly(
        &args,
        "register_at_fork",
        &["before", "after_in_child", "after_in_parent"],
    )?;
    if kw.iter().all(|k| k.as_ref().is_none_or(Value::is_none)) {
        return Err(type_error("At least one argument is required."));
    }
    for (k, name) in kw
        .iter()
        .zip(["before", "after_in_child", "after_in_parent"])
    {
        if let Some(v) = k {
            if !v.is_none() && !protocol::is_callable(v) {
                return Err(type_error(format!(
                    "'{name}' must be callable, not {}",
                    v.class_name()
                )));
            }
        }
    }
    Ok(Value::None)
}
