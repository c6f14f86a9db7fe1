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

/// One socket. `fd` is -1 once closed or detached.
struct Sock {
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
    static SOCK_T: ObjRef = make_type(&SPEC);
    /// `setdefaulttimeout`: negative is None.
    static DEFAULT_TIMEOUT: Cell<f64> = const { Cell::new(-1.0) };
}

fn this(v: &Value) -> PyResult<&Sock> {
    native_ref::<Sock>(v).ok_or_else(|| {
        type_error(format!(
            "descriptor for '_socket.socket' objects doesn't apply to a '{}' object",
            v.class_name()
        ))
    })
}

fn errno_err(i: &mut dyn Interp) -> PyErr {
    os_error_with(i, errno(), None, None)
}

fn code_err(i: &mut dyn Interp, code: i32) -> PyErr {
    os_error_with(i, code, None, None)
}

fn int_arg(i: &mut dyn Interp, v: &Value) -> PyResult<i32> {
    let n = protocol::index_i64(i, v)?;
    i32::try_from(n)
        .map_err(|_| krait_object::error::overflow_error("signed integer is greater than maximum"))
}

fn timeout_value(s: &Sock) -> Value {
    let t = s.timeout.get();
    if t < 0.0 {
        Value::None
    } else {
        Value::Float(t)
    }
}

fn set_nonblocking(fd: i32, on: bool) {
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

fn apply_timeout(s: &Sock, t: f64) {
    s.timeout.set(t);
    let fd = s.fd.get();
    if fd >= 0 {
        set_nonblocking(fd, t >= 0.0);
    }
}

fn new_sock(cls: ObjRef, fd: i32, family: i32, kind: i32, proto: i32) -> Value {
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

fn setup(t: &TypeData) {
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
fn sock_init(i: &mut dyn Interp, v: &Value, args: Args<'_>) -> PyResult<()> {
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

fn sockopt_int(fd: i32, opt: i32) -> Result<i32, i32> {
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
fn open_fd(i: &mut dyn Interp, s: &Sock) -> PyResult<i32> {
    let fd = s.fd.get();
    if fd < 0 {
        return Err(code_err(i, libc::EBADF));
    }
    Ok(fd)
}

/// Waits until `fd` is ready (`write`: for writing) when the socket has a positive
/// timeout; `TimeoutError('timed out')` when it expires.
fn wait_ready(i: &mut dyn Interp, s: &Sock, fd: i32, write: bool) -> PyResult<()> {
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
            vm_signals(i)?;
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

fn vm_signals(_i: &mut dyn Interp) -> PyResult<()> {
    Ok(())
}

fn sock_close(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
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

fn sock_detach(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args.pos()[0])?;
    Ok(Value::Int(i64::from(s.fd.replace(-1))))
}

fn sock_fileno(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(i64::from(this(&args.pos()[0])?.fd.get())))
}

fn sock_setblocking(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("setblocking", 2)?;
    let s = this(&a[0])?;
    let block = protocol::truthy(i, &a[1])?;
    apply_timeout(s, if block { -1.0 } else { 0.0 });
    Ok(Value::None)
}

fn sock_getblocking(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args.pos()[0])?;
    Ok(Value::Bool(s.timeout.get() != 0.0))
}

/// A timeout argument: None → -1, else a non-negative number of seconds.
fn timeout_arg(i: &mut dyn Interp, v: &Value) -> PyResult<f64> {
    if v.is_none() {
        return Ok(-1.0);
    }
    let t = krait_object::types::float::to_f64(i, v)?;
    if t.is_nan() || t < 0.0 {
        return Err(value_error("Timeout value out of range"));
    }
    Ok(t)
}

fn sock_settimeout(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("settimeout", 2)?;
    let t = timeout_arg(i, &a[1])?;
    apply_timeout(this(&a[0])?, t);
    Ok(Value::None)
}

fn sock_gettimeout(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(timeout_value(this(&args.pos()[0])?))
}

fn sock_recv(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
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

fn data_arg(v: &Value) -> PyResult<Vec<u8>> {
    bytes_of(v)
        .or_else(|| krait_object::types::memoryview::view_bytes(v))
        .ok_or_else(|| {
            type_error(format!(
                "a bytes-like object is required, not '{}'",
                v.class_name()
            ))
        })
}

fn send_some(i: &mut dyn Interp, s: &Sock, fd: i32, data: &[u8], flags: i32) -> PyResult<usize> {
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

fn sock_send(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
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

fn sock_sendall(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
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

fn sock_shutdown(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
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

/// A socket address as Python sees it (`makesockaddr`).
fn addr_value(st: &libc::sockaddr_storage, len: libc::socklen_t) -> Value {
    match i32::from(st.ss_family) {
        libc::AF_INET => {
            // SAFETY: the family says the storage holds a sockaddr_in.
            let sin: &libc::sockaddr_in = unsafe { &*(st as *const _ as *const libc::sockaddr_in) };
            let ip = std::net::Ipv4Addr::from(u32::from_be(sin.sin_addr.s_addr));
            new_tuple(vec![
                new_string(ip.to_string()),
                Value::Int(i64::from(u16::from_be(sin.sin_port))),
            ])
        }
        libc::AF_INET6 => {
            // SAFETY: the family says the storage holds a sockaddr_in6.
            let sin: &libc::sockaddr_in6 =
                unsafe { &*(st as *const _ as *const libc::sockaddr_in6) };
            let ip = std::net::Ipv6Addr::from(sin.sin6_addr.s6_addr);
            new_tuple(vec![
                new_string(ip.to_string()),
                Value::Int(i64::from(u16::from_be(sin.sin6_port))),
                Value::Int(i64::from(u32::from_be(sin.sin6_flowinfo))),
                Value::Int(i64::from(sin.sin6_scope_id)),
            ])
        }
        libc::AF_UNIX => {
            // SAFETY: the family says the storage holds a sockaddr_un.
            let sun: &libc::sockaddr_un = unsafe { &*(st as *const _ as *const libc::sockaddr_un) };
            let off = std::mem::size_of::<libc::sa_family_t>();
            let n = (len as usize).saturating_sub(off).min(sun.sun_path.len());
            let path: Vec<u8> = sun.sun_path[..n].iter().map(|&c| c as u8).collect();
            if path.first() == Some(&0) {
                return new_bytes(path);
            }
            let end = path.iter().position(|&c| c == 0).unwrap_or(path.len());
            new_string(String::from_utf8_lossy(&path[..end]).into_owned())
        }
        _ => Value::None,
    }
}

fn name_call(
    i: &mut dyn Interp,
    args: Args<'_>,
    f: unsafe extern "C" fn(i32, *mut libc::sockaddr, *mut libc::socklen_t) -> i32,
) -> PyResult<Value> {
    let s = this(&args.pos()[0])?;
    let fd = open_fd(i, s)?;
    // SAFETY: zeroed storage is a valid sockaddr_storage.
    let mut st: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    // SAFETY: the call writes at most `len` bytes into `st`.
    if unsafe {
        f(
            fd,
            (&mut st as *mut libc::sockaddr_storage).cast(),
            &mut len,
        )
    } < 0
    {
        return Err(errno_err(i));
    }
    Ok(addr_value(&st, len))
}

fn sock_getsockname(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    name_call(i, args, libc::getsockname)
}

fn sock_getpeername(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    name_call(i, args, libc::getpeername)
}

fn sock_setsockopt(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("setsockopt", 4)?;
    let s = this(&a[0])?;
    let (level, opt) = (int_arg(i, &a[1])?, int_arg(i, &a[2])?);
    let fd = open_fd(i, s)?;
    let buf: Vec<u8> = match bytes_of(&a[3]) {
        Some(b) => b,
        None => int_arg(i, &a[3])?.to_ne_bytes().to_vec(),
    };
    // SAFETY: setsockopt reads `buf.len()` bytes.
    let r = unsafe {
        libc::setsockopt(
            fd,
            level,
            opt,
            buf.as_ptr().cast(),
            buf.len() as libc::socklen_t,
        )
    };
    if r < 0 {
        return Err(errno_err(i));
    }
    Ok(Value::None)
}

fn sock_getsockopt(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.between("getsockopt", 3, 4)?;
    let s = this(&a[0])?;
    let (level, opt) = (int_arg(i, &a[1])?, int_arg(i, &a[2])?);
    let fd = open_fd(i, s)?;
    if let Some(n) = a.get(3) {
        let n = protocol::index_i64(i, n)?.clamp(0, 1024) as usize;
        let mut buf = vec![0u8; n];
        let mut len = n as libc::socklen_t;
        // SAFETY: getsockopt writes at most `len` bytes.
        if unsafe { libc::getsockopt(fd, level, opt, buf.as_mut_ptr().cast(), &mut len) } < 0 {
            return Err(errno_err(i));
        }
        buf.truncate(len as usize);
        return Ok(new_bytes(buf));
    }
    let mut val: libc::c_int = 0;
    let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: getsockopt writes at most `len` bytes into `val`.
    let r = unsafe {
        libc::getsockopt(
            fd,
            level,
            opt,
            (&mut val as *mut libc::c_int).cast(),
            &mut len,
        )
    };
    if r < 0 {
        return Err(errno_err(i));
    }
    Ok(Value::Int(i64::from(val)))
}

/// A Python address for `family` as a sockaddr (`getsockaddrarg`).
fn sockaddr_arg(
    i: &mut dyn Interp,
    family: i32,
    addr: &Value,
    fname: &str,
) -> PyResult<(libc::sockaddr_storage, libc::socklen_t)> {
    // SAFETY: zeroed storage is a valid sockaddr_storage.
    let mut st: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    match family {
        libc::AF_UNIX => {
            let path: Vec<u8> = match addr.as_str_data() {
                Some(s) => s.lossy().into_owned().into_bytes(),
                None => bytes_of(addr).ok_or_else(|| {
                    type_error(format!(
                        "{fname}(): AF_UNIX address must be str or bytes, not {}",
                        addr.class_name()
                    ))
                })?,
            };
            // SAFETY: AF_UNIX storage is a sockaddr_un.
            let sun: &mut libc::sockaddr_un =
                unsafe { &mut *(&mut st as *mut _ as *mut libc::sockaddr_un) };
            if path.len() >= sun.sun_path.len() {
                return Err(krait_object::error::new_error(
                    &builtin_types().exc.os_error,
                    "AF_UNIX path too long",
                ));
            }
            sun.sun_family = libc::AF_UNIX as libc::sa_family_t;
            for (d, &c) in sun.sun_path.iter_mut().zip(&path) {
                *d = c as libc::c_char;
            }
            let len = std::mem::size_of::<libc::sa_family_t>() + path.len();
            Ok((st, len as libc::socklen_t))
        }
        libc::AF_INET => {
            let parts = match addr.payload() {
                Some(krait_object::object::Payload::Tuple(t)) if t.len() == 2 => t.to_vec(),
                _ => {
                    return Err(type_error(format!(
                        "{fname}(): AF_INET address must be tuple, not {}",
                        addr.class_name()
                    )))
                }
            };
            let host = parts[0]
                .as_str_data()
                .map(|s| s.lossy().into_owned())
                .ok_or_else(|| type_error("str, bytes or bytearray expected, not int"))?;
            let port = protocol::index_i64(i, &parts[1])?;
            if !(0..=65535).contains(&port) {
                return Err(krait_object::error::overflow_error(format!(
                    "{fname}(): port must be 0-65535."
                )));
            }
            let ip: std::net::Ipv4Addr = match host.as_str() {
                "" => std::net::Ipv4Addr::UNSPECIFIED,
                "localhost" => std::net::Ipv4Addr::LOCALHOST,
                "<broadcast>" => std::net::Ipv4Addr::BROADCAST,
                h => h.parse().map_err(|_| {
                    new_error(
                        &builtin_types().exc.os_error,
                        "krait: host names are not resolved yet (use a numeric address)",
                    )
                })?,
            };
            // SAFETY: AF_INET storage is a sockaddr_in.
            let sin: &mut libc::sockaddr_in =
                unsafe { &mut *(&mut st as *mut _ as *mut libc::sockaddr_in) };
            sin.sin_family = libc::AF_INET as libc::sa_family_t;
            sin.sin_port = (port as u16).to_be();
            sin.sin_addr.s_addr = u32::from(ip).to_be();
            Ok((
                st,
                std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t,
            ))
        }
        _ => Err(new_error(
            &builtin_types().exc.os_error,
            format!("{fname}(): bad family"),
        )),
    }
}

fn sock_bind(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("bind", 2)?;
    let s = this(&a[0])?;
    let (st, len) = sockaddr_arg(i, s.family.get(), &a[1], "bind")?;
    let fd = open_fd(i, s)?;
    // SAFETY: bind reads `len` bytes of `st`.
    if unsafe { libc::bind(fd, (&st as *const libc::sockaddr_storage).cast(), len) } < 0 {
        return Err(errno_err(i));
    }
    Ok(Value::None)
}

fn sock_listen(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.between("listen", 1, 2)?;
    let s = this(&a[0])?;
    let backlog = match a.get(1) {
        Some(b) => int_arg(i, b)?.max(0),
        None => 128,
    };
    let fd = open_fd(i, s)?;
    // SAFETY: listen(2) on an open descriptor.
    if unsafe { libc::listen(fd, backlog) } < 0 {
        return Err(errno_err(i));
    }
    Ok(Value::None)
}

/// connect(2); the errno (0 on success).
fn do_connect(i: &mut dyn Interp, s: &Sock, addr: &Value, fname: &str) -> PyResult<i32> {
    let (st, len) = sockaddr_arg(i, s.family.get(), addr, fname)?;
    let fd = open_fd(i, s)?;
    // SAFETY: connect reads `len` bytes of `st`.
    let r = unsafe { libc::connect(fd, (&st as *const libc::sockaddr_storage).cast(), len) };
    if r == 0 {
        return Ok(0);
    }
    let e = errno();
    if e == libc::EINPROGRESS && s.timeout.get() > 0.0 {
        wait_ready(i, s, fd, true)?;
        return sockopt_int(fd, libc::SO_ERROR).or_else(Ok);
    }
    Ok(e)
}

fn sock_connect(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("connect", 2)?;
    let s = this(&a[0])?;
    match do_connect(i, s, &a[1], "connect")? {
        0 => Ok(Value::None),
        e => Err(code_err(i, e)),
    }
}

fn sock_connect_ex(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("connect_ex", 2)?;
    let s = this(&a[0])?;
    Ok(Value::Int(i64::from(do_connect(
        i,
        s,
        &a[1],
        "connect_ex",
    )?)))
}

fn sock_accept(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args.pos()[0])?;
    let fd = open_fd(i, s)?;
    wait_ready(i, s, fd, false)?;
    // SAFETY: zeroed storage is a valid sockaddr_storage.
    let mut st: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    // SAFETY: accept4 writes at most `len` bytes into `st`.
    let nfd = unsafe {
        libc::accept4(
            fd,
            (&mut st as *mut libc::sockaddr_storage).cast(),
            &mut len,
            libc::SOCK_CLOEXEC,
        )
    };
    if nfd < 0 {
        return Err(errno_err(i));
    }
    Ok(new_tuple(vec![
        Value::Int(i64::from(nfd)),
        addr_value(&st, len),
    ]))
}

fn sock_enter(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(args.pos()[0].clone())
}

fn sock_exit(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    sock_close(i, Args::positional(&args.pos()[..1]))
}

/// `socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0)`.
fn socketpair(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse(
        &args,
        &Sig {
            fname: "socketpair",
            names: &["family", "type", "proto"],
            posonly: 3,
            required: 0,
        },
    )?;
    let arg = |i: &mut dyn Interp, k: usize, d: i32| -> PyResult<i32> {
        match &a[k] {
            Some(x) if !x.is_none() => int_arg(i, x),
            _ => Ok(d),
        }
    };
    let family = arg(i, 0, libc::AF_UNIX)?;
    let kind = arg(i, 1, libc::SOCK_STREAM)?;
    let proto = arg(i, 2, 0)?;
    let mut fds = [0i32; 2];
    // SAFETY: socketpair writes two descriptors into `fds`.
    if unsafe { libc::socketpair(family, kind | libc::SOCK_CLOEXEC, proto, fds.as_mut_ptr()) } < 0 {
        return Err(errno_err(i));
    }
    let cls = SOCK_T.with(Clone::clone);
    Ok(new_tuple(vec![
        new_sock(cls.clone(), fds[0], family, kind, proto),
        new_sock(cls, fds[1], family, kind, proto),
    ]))
}

fn getdefaulttimeout(_i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    let t = DEFAULT_TIMEOUT.with(Cell::get);
    Ok(if t < 0.0 {
        Value::None
    } else {
        Value::Float(t)
    })
}

fn setdefaulttimeout(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("setdefaulttimeout", 1)?;
    let t = timeout_arg(i, &a[0])?;
    DEFAULT_TIMEOUT.with(|d| d.set(t));
    Ok(Value::None)
}

fn dup(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("dup", 1)?;
    let fd = int_arg(i, &a[0])?;
    // SAFETY: fcntl(F_DUPFD_CLOEXEC) on a caller-supplied descriptor.
    let n = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if n < 0 {
        return Err(errno_err(i));
    }
    Ok(Value::Int(i64::from(n)))
}

fn close(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("close", 1)?;
    let fd = int_arg(i, &a[0])?;
    // SAFETY: closing a caller-supplied descriptor, as socket.close(fd) does.
    if unsafe { libc::close(fd) } < 0 && errno() != libc::ECONNRESET {
        return Err(errno_err(i));
    }
    Ok(Value::None)
}

fn gethostname(i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    let mut buf = [0u8; 256];
    // SAFETY: gethostname writes at most `buf.len()` bytes.
    if unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) } < 0 {
        return Err(errno_err(i));
    }
    let end = buf.iter().position(|&c| c == 0).unwrap_or(buf.len());
    Ok(new_string(
        String::from_utf8_lossy(&buf[..end]).into_owned(),
    ))
}

fn swap16(i: &mut dyn Interp, args: Args<'_>, name: &str) -> PyResult<Value> {
    let a = args.exact(name, 1)?;
    let n = protocol::index_i64(i, &a[0])?;
    if !(0..=0xffff).contains(&n) {
        return Err(krait_object::error::overflow_error(format!(
            "{name}: Python int too large to convert to C 16-bit unsigned integer"
        )));
    }
    Ok(Value::Int(i64::from((n as u16).swap_bytes())))
}

fn swap32(i: &mut dyn Interp, args: Args<'_>, name: &str) -> PyResult<Value> {
    let a = args.exact(name, 1)?;
    let n = protocol::index_i64(i, &a[0])?;
    if !(0..=0xffff_ffff).contains(&n) {
        return Err(krait_object::error::overflow_error(
            "int larger than 32 bits",
        ));
    }
    Ok(Value::Int(i64::from((n as u32).swap_bytes())))
}

fn htons(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    swap16(i, a, "htons")
}
fn ntohs(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    swap16(i, a, "ntohs")
}
fn htonl(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    swap32(i, a, "htonl")
}
fn ntohl(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    swap32(i, a, "ntohl")
}

const CONSTANTS: &[(&str, i32)] = &[
    ("AF_UNSPEC", libc::AF_UNSPEC),
    ("AF_INET", libc::AF_INET),
    ("AF_INET6", libc::AF_INET6),
    ("AF_UNIX", libc::AF_UNIX),
    ("SOCK_STREAM", libc::SOCK_STREAM),
    ("SOCK_DGRAM", libc::SOCK_DGRAM),
    ("SOCK_RAW", libc::SOCK_RAW),
    ("SOCK_SEQPACKET", libc::SOCK_SEQPACKET),
    ("SOCK_NONBLOCK", libc::SOCK_NONBLOCK),
    ("SOCK_CLOEXEC", libc::SOCK_CLOEXEC),
    ("SOL_SOCKET", libc::SOL_SOCKET),
    ("SOL_TCP", libc::SOL_TCP),
    ("SOL_UDP", libc::SOL_UDP),
    ("SO_REUSEADDR", libc::SO_REUSEADDR),
    ("SO_REUSEPORT", libc::SO_REUSEPORT),
    ("SO_KEEPALIVE", libc::SO_KEEPALIVE),
    ("SO_BROADCAST", libc::SO_BROADCAST),
    ("SO_ERROR", libc::SO_ERROR),
    ("SO_TYPE", libc::SO_TYPE),
    ("SO_SNDBUF", libc::SO_SNDBUF),
    ("SO_RCVBUF", libc::SO_RCVBUF),
    ("SO_LINGER", libc::SO_LINGER),
    ("SO_DOMAIN", libc::SO_DOMAIN),
    ("SO_PROTOCOL", libc::SO_PROTOCOL),
    ("SOMAXCONN", libc::SOMAXCONN),
    ("IPPROTO_IP", libc::IPPROTO_IP),
    ("IPPROTO_TCP", libc::IPPROTO_TCP),
    ("IPPROTO_UDP", libc::IPPROTO_UDP),
    ("IPPROTO_IPV6", libc::IPPROTO_IPV6),
    ("IPV6_V6ONLY", libc::IPV6_V6ONLY),
    ("TCP_NODELAY", libc::TCP_NODELAY),
    ("MSG_PEEK", libc::MSG_PEEK),
    ("MSG_OOB", libc::MSG_OOB),
    ("MSG_DONTWAIT", libc::MSG_DONTWAIT),
    ("MSG_WAITALL", libc::MSG_WAITALL),
    ("MSG_NOSIGNAL", libc::MSG_NOSIGNAL),
    ("SHUT_RD", libc::SHUT_RD),
    ("SHUT_WR", libc::SHUT_WR),
    ("SHUT_RDWR", libc::SHUT_RDWR),
    ("AI_PASSIVE", libc::AI_PASSIVE),
    ("AI_CANONNAME", libc::AI_CANONNAME),
    ("AI_NUMERICHOST", libc::AI_NUMERICHOST),
    ("AI_NUMERICSERV", libc::AI_NUMERICSERV),
    ("NI_NUMERICHOST", libc::NI_NUMERICHOST),
    ("NI_NUMERICSERV", libc::NI_NUMERICSERV),
    ("INADDR_ANY", libc::INADDR_ANY as i32),
];

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
    let herror = super::exc_class::new_exception_class(vm, "socket", "herror", &[os.clone()])?;
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
