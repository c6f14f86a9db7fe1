//! `_socket` (Modules/socketmodule.c) over libc, enough for `socket.py` and asyncio's
//! event loop: the `socket` type (a file descriptor with family/type/proto and a timeout:
//! `None` blocking, `0.0` non-blocking, `t > 0` waits with `poll` and raises
//! `TimeoutError('timed out')`), `socketpair`, AF_UNIX and numeric AF_INET addresses for
//! `bind`/`connect`/`_accept`, the constants, and the exception aliases.
//!
//! Errors are `OSError`s built from errno (so EAGAIN is `BlockingIOError`). Name
//! resolution (`getaddrinfo` …) is not provided.

use std::cell::Cell;

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::{new_error, type_error, value_error, PyErr, PyResult};
use krait_object::native::BASETYPE;
use krait_object::native::{make_type, native_ref, new_native, GetSetDef, NativeData, TypeSpec};
use krait_object::typeobj::TypeData;
use krait_object::types::bytes::{bytes_of, new_bytes};
use krait_object::types::str::{new_str, new_string};
use krait_object::types::tuple::new_tuple;
use krait_object::{builtin_types, protocol, Interp, ObjRef, Value};

use super::posix::path::{errno, os_error_with};
use super::{new_module_with, set_attr};
use crate::vm::Vm;

mod addr;
mod module;
use addr::*;
use module::*;

/// One socket. `fd` is -1 once closed or detached.
pub(super) struct Sock {
    fd: Cell<i32>,
    family: Cell<i32>,
    kind: Cell<i32>,
    proto: Cell<i32>,
    /// Negative: blocking (`None`); otherwise seconds.
    timeout: Cell<f64>,
}
impl NativeData for Sock {}

impl Drop for Sock {
    fn drop(&mut self) {
        let fd = self.fd.get();
        if fd >= 0 {
            // SAFETY: closing a descriptor this object owns; errors are ignored as in
            // CPython's finalizer.
            unsafe {
                libc::close(fd);
            }
        }
    }
}

static METHODS: &[krait_object::types::MethodDef] = &[
    krait_object::method!("close", sock_close),
    krait_object::method!("detach", sock_detach),
    krait_object::method!("fileno", sock_fileno),
    krait_object::method!("setblocking", sock_setblocking),
    krait_object::method!("getblocking", sock_getblocking),
    krait_object::method!("settimeout", sock_settimeout),
    krait_object::method!("gettimeout", sock_gettimeout),
    krait_object::method!("recv", sock_recv),
    krait_object::method!("send", sock_send),
    krait_object::method!("sendall", sock_sendall),
    krait_object::method!("shutdown", sock_shutdown),
    krait_object::method!("getsockname", sock_getsockname),
    krait_object::method!("getpeername", sock_getpeername),
    krait_object::method!("setsockopt", sock_setsockopt),
    krait_object::method!("getsockopt", sock_getsockopt),
    krait_object::method!("bind", sock_bind),
    krait_object::method!("listen", sock_listen),
    krait_object::method!("connect", sock_connect),
    krait_object::method!("connect_ex", sock_connect_ex),
    krait_object::method!("_accept", sock_accept),
    krait_object::method!("__enter__", sock_enter),
    krait_object::method!("__exit__", sock_exit),
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "family",
        get: |_, a| Ok(Value::Int(i64::from(this(&a.pos()[0])?.family.get()))),
        set: None,
    },
    GetSetDef {
        name: "type",
        get: |_, a| Ok(Value::Int(i64::from(this(&a.pos()[0])?.kind.get()))),
        set: None,
    },
    GetSetDef {
        name: "proto",
        get: |_, a| Ok(Value::Int(i64::from(this(&a.pos()[0])?.proto.get()))),
        set: None,
    },
    GetSetDef {
        name: "timeout",
        get: |_, a| Ok(timeout_value(this(&a.pos()[0])?)),
        set: None,
    },
];

static SPEC: TypeSpec = TypeSpec {
    flags: BASETYPE,
    methods: METHODS,
    getsets: GETSETS,
    ..TypeSpec::new("socket", "_socket", setup)
};

thread_local! {
    pub(super) static SOCK_T: ObjRef = make_type(&SPEC);
    /// `setdefaulttimeout`: negative is None.
    pub(super) static DEFAULT_TIMEOUT: Cell<f64> = const { Cell::new(-1.0) };
}

pub(super) fn this(v: &Value) -> PyResult<&Sock> {
    native_ref::<Sock>(v).ok_or_else(|| {
        type_error(format!(
            "descriptor for '_socket.socket' objects doesn't apply to a '{}' object",
            v.class_name()
        ))
    })
}

pub(super) fn errno_err(i: &mut dyn Interp) -> PyErr {
    os_error_with(i, errno(), None, None)
}

pub(super) fn code_err(i: &mut dyn Interp, code: i32) -> PyErr {
    os_error_with(i, code, None, None)
}

pub(super) fn int_arg(i: &mut dyn Interp, v: &Value) -> PyResult<i32> {
    let n = protocol::index_i64(i, v)?;
    i32::try_from(n)
        .map_err(|_| krait_object::error::overflow_error("signed integer is greater than maximum"))
}

pub(super) fn timeout_value(s: &Sock) -> Value {
    let t = s.timeout.get();
    if t < 0.0 {
        Value::None
    } else {
        Value::Float(t)
    }
}

pub(super) fn set_nonblocking(fd: i32, on: bool) {
    // SAFETY: fcntl on a descriptor this socket owns.
    unsafe {
        let fl = libc::fcntl(fd, libc::F_GETFL);
        if fl >= 0 {
            let nfl = if on {
                fl | libc::O_NONBLOCK
            } else {
                fl & !libc::O_NONBLOCK
            };
            libc::fcntl(fd, libc::F_SETFL, nfl);
        }
    }
}

pub(super) fn apply_timeout(s: &Sock, t: f64) {
    s.timeout.set(t);
    let fd = s.fd.get();
    if fd >= 0 {
        set_nonblocking(fd, t >= 0.0);
    }
}

pub(super) fn new_sock(cls: ObjRef, fd: i32, family: i32, kind: i32, proto: i32) -> Value {
    let s = Sock {
        fd: Cell::new(fd),
        family: Cell::new(family),
        kind: Cell::new(kind),
        proto: Cell::new(proto),
        timeout: Cell::new(-1.0),
    };
    apply_timeout(&s, DEFAULT_TIMEOUT.with(Cell::get));
    new_native(cls, s)
}

pub(super) fn setup(t: &TypeData) {
    let s = &t.slots;
    s.new
        .set(Some(|_, cls, _| Ok(new_sock(cls.clone(), -1, -1, -1, -1))));
    s.init.set(Some(sock_init));
    s.repr.set(Some(|_, v| {
        let s = this(v)?;
        Ok(new_string(format!(
            "<socket object, fd={}, family={}, type={}, proto={}>",
            s.fd.get(),
            s.family.get(),
            s.kind.get(),
            s.proto.get()
        )))
    }));
}

/// `socket(family=-1, type=-1, proto=-1, fileno=None)`.
pub(super) fn sock_init(i: &mut dyn Interp, v: &Value, args: Args<'_>) -> PyResult<()> {
    let a = parse(
        &args,
        &Sig {
            fname: "socket",
            names: &["family", "type", "proto", "fileno"],
            posonly: 0,
            required: 0,
        },
    )?;
    let get = |i: &mut dyn Interp, k: usize| -> PyResult<i32> {
        match &a[k] {
            Some(x) if !x.is_none() => int_arg(i, x),
            _ => Ok(-1),
        }
    };
    let (mut family, mut kind, mut proto) = (get(i, 0)?, get(i, 1)?, get(i, 2)?);
    let s = this(v)?;
    match a.get(3).cloned().flatten().filter(|f| !f.is_none()) {
        Some(f) => {
            let fd = int_arg(i, &f)?;
            if fd < 0 {
                return Err(value_error("negative file descriptor"));
            }
            if family == -1 {
                family = sockopt_int(fd, libc::SO_DOMAIN).unwrap_or(libc::AF_UNIX);
            }
            if kind == -1 {
                kind = sockopt_int(fd, libc::SO_TYPE).map_err(|e| code_err(i, e))?;
            }
            if proto == -1 {
                proto = sockopt_int(fd, libc::SO_PROTOCOL).unwrap_or(0);
            }
            s.fd.set(fd);
        }
        None => {
            if family == -1 {
                family = libc::AF_INET;
            }
            if kind == -1 {
                kind = libc::SOCK_STREAM;
            }
            if proto == -1 {
                proto = 0;
            }
            // SAFETY: plain socket(2) call.
            let fd = unsafe { libc::socket(family, kind | libc::SOCK_CLOEXEC, proto) };
            if fd < 0 {
                return Err(errno_err(i));
            }
            s.fd.set(fd);
        }
    }
    s.family.set(family);
    s.kind
        .set(kind & !(libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC));
    s.proto.set(proto);
    apply_timeout(s, DEFAULT_TIMEOUT.with(Cell::get));
    Ok(())
}

pub(super) fn sockopt_int(fd: i32, opt: i32) -> Result<i32, i32> {
    let mut val: libc::c_int = 0;
    let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: getsockopt writes at most `len` bytes into `val`.
    let r = unsafe {
        libc::getsockopt(
            fd,
            libc::SOL_SOCKET,
            opt,
            (&mut val as *mut libc::c_int).cast(),
            &mut len,
        )
    };
    if r < 0 {
        Err(errno())
    } else {
        Ok(val)
    }
}

/// The descriptor of an open socket (`OSError: [Errno 9] Bad file descriptor` if closed).
pub(super) fn open_fd(i: &mut dyn Interp, s: &Sock) -> PyResult<i32> {
    let fd = s.fd.get();
    if fd < 0 {
        return Err(code_err(i, libc::EBADF));
    }
    Ok(fd)
}

/// Waits until `fd` is ready (`write`: for writing) when the socket has a positive
/// timeout; `TimeoutError('timed out')` when it expires.
pub(super) fn wait_ready(i: &mut dyn Interp, s: &Sock, fd: i32, write: bool) -> PyResult<()> {
    let t = s.timeout.get();
    if t <= 0.0 {
        return Ok(());
    }
    let mut p = libc::pollfd {
        fd,
        events: if write { libc::POLLOUT } else { libc::POLLIN },
        revents: 0,
    };
    let ms = (t * 1000.0).ceil().min(i32::MAX as f64) as i32;
    loop {
        // SAFETY: one valid pollfd.
        let r = unsafe { libc::poll(&mut p, 1, ms) };
        if r < 0 && errno() == libc::EINTR {
            if let Some(e) = crate::builtins::vm_of(i).and_then(crate::signals::check) {
                return Err(e);
            }
            continue;
        }
        if r < 0 {
            return Err(errno_err(i));
        }
        if r == 0 {
            return Err(new_error(&builtin_types().exc.timeout_error, "timed out"));
        }
        return Ok(());
    }
}

pub(super) fn sock_close(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args.pos()[0])?;
    let fd = s.fd.replace(-1);
    if fd >= 0 {
        // SAFETY: closing the descriptor this socket owned.
        let r = unsafe { libc::close(fd) };
        if r < 0 && errno() != libc::ECONNRESET {
            return Err(errno_err(i));
        }
    }
    Ok(Value::None)
}

pub(super) fn sock_detach(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args.pos()[0])?;
    Ok(Value::Int(i64::from(s.fd.replace(-1))))
}

pub(super) fn sock_fileno(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(i64::from(this(&args.pos()[0])?.fd.get())))
}

pub(super) fn sock_setblocking(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("setblocking", 2)?;
    let s = this(&a[0])?;
    let block = protocol::truthy(i, &a[1])?;
    apply_timeout(s, if block { -1.0 } else { 0.0 });
    Ok(Value::None)
}

pub(super) fn sock_getblocking(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args.pos()[0])?;
    Ok(Value::Bool(s.timeout.get() != 0.0))
}

/// A timeout argument: None → -1, else a non-negative number of seconds.
pub(super) fn timeout_arg(i: &mut dyn Interp, v: &Value) -> PyResult<f64> {
    if v.is_none() {
        return Ok(-1.0);
    }
    let t = krait_object::types::float::to_f64(i, v)?;
    if t.is_nan() || t < 0.0 {
        return Err(value_error("Timeout value out of range"));
    }
    Ok(t)
}

pub(super) fn sock_settimeout(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("settimeout", 2)?;
    let t = timeout_arg(i, &a[1])?;
    apply_timeout(this(&a[0])?, t);
    Ok(Value::None)
}

pub(super) fn sock_gettimeout(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(timeout_value(this(&args.pos()[0])?))
}

pub(super) fn sock_recv(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.between("recv", 2, 3)?;
    let s = this(&a[0])?;
    let n = protocol::index_i64(i, &a[1])?;
    if n < 0 {
        return Err(value_error("negative buffersize in recv"));
    }
    let flags = match a.get(2) {
        Some(f) => int_arg(i, f)?,
        None => 0,
    };
    let fd = open_fd(i, s)?;
    wait_ready(i, s, fd, false)?;
    let mut buf = vec![0u8; n as usize];
    loop {
        // SAFETY: recv writes at most `buf.len()` bytes into `buf`.
        let r = unsafe { libc::recv(fd, buf.as_mut_ptr().cast(), buf.len(), flags) };
        if r < 0 {
            if errno() == libc::EINTR {
                continue;
            }
            return Err(errno_err(i));
        }
        buf.truncate(r as usize);
        return Ok(new_bytes(buf));
    }
}

pub(super) fn data_arg(v: &Value) -> PyResult<Vec<u8>> {
    bytes_of(v)
        .or_else(|| krait_object::types::memoryview::view_bytes(v))
        .ok_or_else(|| {
            type_error(format!(
                "a bytes-like object is required, not '{}'",
                v.class_name()
            ))
        })
}

pub(super) fn send_some(
    i: &mut dyn Interp,
    s: &Sock,
    fd: i32,
    data: &[u8],
    flags: i32,
) -> PyResult<usize> {
    wait_ready(i, s, fd, true)?;
    loop {
        // SAFETY: send reads `data.len()` bytes from `data`.
        let r = unsafe {
            libc::send(
                fd,
                data.as_ptr().cast(),
                data.len(),
                flags | libc::MSG_NOSIGNAL,
            )
        };
        if r < 0 {
            if errno() == libc::EINTR {
                continue;
            }
            return Err(errno_err(i));
        }
        return Ok(r as usize);
    }
}

pub(super) fn sock_send(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.between("send", 2, 3)?;
    let s = this(&a[0])?;
    let data = data_arg(&a[1])?;
    let flags = match a.get(2) {
        Some(f) => int_arg(i, f)?,
        None => 0,
    };
    let fd = open_fd(i, s)?;
    Ok(Value::Int(send_some(i, s, fd, &data, flags)? as i64))
}

pub(super) fn sock_sendall(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.between("sendall", 2, 3)?;
    let s = this(&a[0])?;
    let data = data_arg(&a[1])?;
    let flags = match a.get(2) {
        Some(f) => int_arg(i, f)?,
        None => 0,
    };
    let fd = open_fd(i, s)?;
    let mut off = 0;
    while off < data.len() {
        off += send_some(i, s, fd, &data[off..], flags)?;
    }
    Ok(Value::None)
}

pub(super) fn sock_shutdown(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("shutdown", 2)?;
    let s = this(&a[0])?;
    let how = int_arg(i, &a[1])?;
    let fd = open_fd(i, s)?;
    // SAFETY: shutdown(2) on an open descriptor.
    if unsafe { libc::shutdown(fd, how) } < 0 {
        return Err(errno_err(i));
    }
    Ok(Value::None)
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with(
        "_socket",
        &[
            ("socketpair", socketpair),
            ("getdefaulttimeout", getdefaulttimeout),
            ("setdefaulttimeout", setdefaulttimeout),
            ("dup", dup),
            ("close", close),
            ("gethostname", gethostname),
            ("htons", htons),
            ("ntohs", ntohs),
            ("htonl", htonl),
            ("ntohl", ntohl),
        ],
    );
    let cls = SOCK_T.with(Clone::clone);
    set_attr(&m, "socket", Value::Obj(cls.clone()));
    set_attr(&m, "SocketType", Value::Obj(cls));
    for (name, v) in CONSTANTS {
        set_attr(&m, name, Value::Int(i64::from(*v)));
    }
    let exc = &builtin_types().exc;
    set_attr(&m, "error", Value::Obj(exc.os_error.clone()));
    set_attr(&m, "timeout", Value::Obj(exc.timeout_error.clone()));
    let os = exc.os_error.clone();
    let herror =
        super::exc_class::new_exception_class(vm, "socket", "herror", std::slice::from_ref(&os))?;
    let gaierror = super::exc_class::new_exception_class(vm, "socket", "gaierror", &[os])?;
    set_attr(&m, "herror", Value::Obj(herror));
    set_attr(&m, "gaierror", Value::Obj(gaierror));
    set_attr(&m, "has_ipv6", Value::Bool(true));
    set_attr(
        &m,
        "__doc__",
        new_str("Implementation module for socket operations."),
    );
    Ok(m)
}
