//! `select` (Modules/selectmodule.c) over libc: `select()` and `poll` objects, which is
//! what `selectors.DefaultSelector` (hence asyncio's event loop) needs. `epoll` is left
//! out, so `DefaultSelector` is `PollSelector`.
//!
//! File arguments are ints or objects with `fileno()`; timeouts follow CPython (seconds
//! for `select`, milliseconds for `poll.poll`, rounded up; `None`/negative: forever) and
//! an interrupted wait is retried with the remaining time.

use std::cell::RefCell;
use std::time::{Duration, Instant};

use krait_object::args::Args;
use krait_object::error::{new_error, type_error, value_error, PyResult};
use krait_object::native::{make_type, native_ref, new_native, NativeData, TypeSpec};
use krait_object::typeobj::TypeData;
use krait_object::types::list::new_list;
use krait_object::types::tuple::new_tuple;
use krait_object::{builtin_types, protocol, Interp, ObjRef, Value};

use super::posix::path::{errno, os_error_with};
use super::{new_module_with, set_attr};
use crate::vm::Vm;

/// `PyObject_AsFileDescriptor`: an int, or the result of `fileno()`.
fn fd_of(i: &mut dyn Interp, v: &Value) -> PyResult<i32> {
    let n = if let Value::Int(n) = v {
        *n
    } else if matches!(v.payload(), Some(krait_object::object::Payload::Int(_))) {
        protocol::index_i64(i, v)?
    } else {
        let f = protocol::getattr_str(i, v, "fileno")
            .map_err(|_| type_error("argument must be an int, or have a fileno() method."))?;
        let r = protocol::call0(i, &f, &[])?;
        match r {
            Value::Int(n) => n,
            _ => return Err(type_error("fileno() returned a non-integer")),
        }
    };
    if n < 0 {
        return Err(value_error(format!(
            "file descriptor cannot be a negative integer ({n})"
        )));
    }
    i32::try_from(n).map_err(|_| krait_object::error::overflow_error("fd is greater than maximum"))
}

/// A deadline from a timeout in seconds (`None`: wait forever).
fn deadline(secs: Option<f64>) -> Option<Instant> {
    secs.map(|s| Instant::now() + Duration::from_secs_f64(s.clamp(0.0, 1e9)))
}

/// Milliseconds left until `d`, rounded up (-1: forever).
fn ms_left(d: Option<Instant>) -> i32 {
    match d {
        None => -1,
        Some(d) => {
            let left = d.saturating_duration_since(Instant::now());
            let ms = left.as_nanos().div_ceil(1_000_000);
            ms.min(i32::MAX as u128) as i32
        }
    }
}

/// Runs poll(2) over `fds`, retrying on EINTR with the time left.
fn do_poll(i: &mut dyn Interp, fds: &mut [libc::pollfd], d: Option<Instant>) -> PyResult<i32> {
    loop {
        let ms = ms_left(d);
        // SAFETY: `fds` is a valid slice of pollfd structs.
        let r = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, ms) };
        if r >= 0 {
            return Ok(r);
        }
        let e = errno();
        if e != libc::EINTR {
            return Err(os_error_with(i, e, None, None));
        }
        if let Some(vm) = crate::builtins::vm_of(i) {
            if let Some(e) = crate::signals::check(vm) {
                return Err(e);
            }
        }
    }
}

fn seconds_arg(i: &mut dyn Interp, v: Option<&Value>, msg: &str) -> PyResult<Option<f64>> {
    match v {
        None => Ok(None),
        Some(x) if x.is_none() => Ok(None),
        Some(x) => {
            let t = krait_object::types::float::to_f64(i, x)
                .map_err(|_| type_error(msg.to_string()))?;
            if t.is_nan() {
                return Err(value_error("Invalid value NaN (not a number)"));
            }
            Ok(Some(t))
        }
    }
}

/// `select(rlist, wlist, xlist[, timeout])` (implemented with poll(2)).
fn select(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("select")?;
    let a = args.between("select", 3, 4)?;
    let secs = seconds_arg(i, a.get(3), "timeout must be a float or None")?;
    if secs.is_some_and(|t| t < 0.0) {
        return Err(value_error("timeout must be non-negative"));
    }
    let mut objs: [Vec<(Value, i32)>; 3] = Default::default();
    for (k, list) in a[..3].iter().enumerate() {
        let items = protocol::collect(i, list)
            .map_err(|_| type_error("arguments 1-3 must be sequences"))?;
        for o in items {
            let fd = fd_of(i, &o)?;
            objs[k].push((o, fd));
        }
    }
    let events = [libc::POLLIN, libc::POLLOUT, libc::POLLPRI];
    let mut fds: Vec<libc::pollfd> = Vec::new();
    for (k, list) in objs.iter().enumerate() {
        for (_, fd) in list {
            fds.push(libc::pollfd {
                fd: *fd,
                events: events[k],
                revents: 0,
            });
        }
    }
    do_poll(i, &mut fds, deadline(secs))?;
    if let Some(bad) = fds.iter().find(|p| p.revents & libc::POLLNVAL != 0) {
        let _ = bad;
        return Err(os_error_with(i, libc::EBADF, None, None));
    }
    let mut out = Vec::with_capacity(3);
    let mut n = 0;
    for (k, list) in objs.iter().enumerate() {
        let mut ready = Vec::new();
        for (o, _) in list {
            let rev = fds[n].revents;
            n += 1;
            let hit = match k {
                0 => rev & (libc::POLLIN | libc::POLLHUP | libc::POLLERR) != 0,
                1 => rev & (libc::POLLOUT | libc::POLLERR) != 0,
                _ => rev & libc::POLLPRI != 0,
            };
            if hit {
                ready.push(o.clone());
            }
        }
        out.push(new_list(ready));
    }
    Ok(new_tuple(out))
}

/// A `select.poll()` object: the registered descriptors and their event masks.
struct Poll {
    fds: RefCell<Vec<(i32, i16)>>,
    polling: std::cell::Cell<bool>,
}
impl NativeData for Poll {}

static POLL_SPEC: TypeSpec = TypeSpec {
    methods: &[
        krait_object::method!("register", poll_register),
        krait_object::method!("modify", poll_modify),
        krait_object::method!("unregister", poll_unregister),
        krait_object::method!("poll", poll_poll),
    ],
    ..TypeSpec::new("poll", "select", poll_setup)
};

thread_local! {
    static POLL_T: ObjRef = make_type(&POLL_SPEC);
}

fn poll_setup(_t: &TypeData) {}

fn this(v: &Value) -> PyResult<&Poll> {
    native_ref::<Poll>(v).ok_or_else(|| type_error("expected a select.poll object"))
}

fn mask_arg(i: &mut dyn Interp, v: Option<&Value>) -> PyResult<i16> {
    match v {
        None => Ok(libc::POLLIN | libc::POLLPRI | libc::POLLOUT),
        Some(x) => {
            let n = protocol::index_i64(i, x)?;
            if !(0..=0xffff).contains(&n) {
                return Err(krait_object::error::overflow_error(
                    "Python int too large to convert to C unsigned short",
                ));
            }
            Ok(n as u16 as i16)
        }
    }
}

fn poll_register(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.between("register", 2, 3)?;
    let p = this(&a[0])?;
    let fd = fd_of(i, &a[1])?;
    let mask = mask_arg(i, a.get(2))?;
    let mut fds = p.fds.borrow_mut();
    match fds.iter_mut().find(|(f, _)| *f == fd) {
        Some(e) => e.1 = mask,
        None => fds.push((fd, mask)),
    }
    Ok(Value::None)
}

fn poll_modify(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("modify", 3)?;
    let p = this(&a[0])?;
    let fd = fd_of(i, &a[1])?;
    let mask = mask_arg(i, a.get(2))?;
    let found = {
        let mut fds = p.fds.borrow_mut();
        match fds.iter_mut().find(|(f, _)| *f == fd) {
            Some(e) => {
                e.1 = mask;
                true
            }
            None => false,
        }
    };
    if !found {
        return Err(os_error_with(i, libc::ENOENT, None, None));
    }
    Ok(Value::None)
}

fn poll_unregister(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("unregister", 2)?;
    let p = this(&a[0])?;
    let fd = fd_of(i, &a[1])?;
    let mut fds = p.fds.borrow_mut();
    let before = fds.len();
    fds.retain(|(f, _)| *f != fd);
    if fds.len() == before {
        drop(fds);
        return Err(new_error(&builtin_types().exc.key_error, format!("{fd}")));
    }
    Ok(Value::None)
}

fn poll_poll(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.between("poll", 1, 2)?;
    let p = this(&a[0])?;
    let ms = seconds_arg(i, a.get(1), "timeout must be an integer or None")?;
    let secs = ms.filter(|m| *m >= 0.0).map(|m| m / 1000.0);
    if p.polling.replace(true) {
        return Err(krait_object::error::runtime_error(
            "concurrent poll() invocation",
        ));
    }
    let mut fds: Vec<libc::pollfd> = p
        .fds
        .borrow()
        .iter()
        .map(|&(fd, events)| libc::pollfd {
            fd,
            events,
            revents: 0,
        })
        .collect();
    let r = do_poll(i, &mut fds, deadline(secs));
    p.polling.set(false);
    r?;
    let out: Vec<Value> = fds
        .iter()
        .filter(|f| f.revents != 0)
        .map(|f| {
            new_tuple(vec![
                Value::Int(i64::from(f.fd)),
                Value::Int(i64::from(f.revents as u16)),
            ])
        })
        .collect();
    Ok(new_list(out))
}

fn poll(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("poll", 0)?;
    Ok(new_native(
        POLL_T.with(Clone::clone),
        Poll {
            fds: RefCell::new(Vec::new()),
            polling: std::cell::Cell::new(false),
        },
    ))
}

const CONSTANTS: &[(&str, i64)] = &[
    ("POLLIN", libc::POLLIN as i64),
    ("POLLPRI", libc::POLLPRI as i64),
    ("POLLOUT", libc::POLLOUT as i64),
    ("POLLERR", libc::POLLERR as i64),
    ("POLLHUP", libc::POLLHUP as i64),
    ("POLLNVAL", libc::POLLNVAL as i64),
    ("POLLRDNORM", libc::POLLRDNORM as i64),
    ("POLLRDBAND", libc::POLLRDBAND as i64),
    ("POLLWRNORM", libc::POLLWRNORM as i64),
    ("POLLWRBAND", libc::POLLWRBAND as i64),
    ("POLLMSG", 0x400),
    ("POLLRDHUP", libc::POLLRDHUP as i64),
    ("PIPE_BUF", libc::PIPE_BUF as i64),
];

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with("select", &[("select", select), ("poll", poll)]);
    for (name, v) in CONSTANTS {
        set_attr(&m, name, Value::Int(*v));
    }
    set_attr(
        &m,
        "error",
        Value::Obj(builtin_types().exc.os_error.clone()),
    );
    Ok(m)
}
