//! Socket addresses (`makesockaddr`/`getsockaddrarg`: AF_UNIX paths, numeric AF_INET
//! pairs) and the methods that take or return them.

use super::*;

/// A socket address as Python sees it (`makesockaddr`).
pub(super) fn addr_value(st: &libc::sockaddr_storage, len: libc::socklen_t) -> Value {
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

pub(super) fn name_call(
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

pub(super) fn sock_getsockname(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    name_call(i, args, libc::getsockname)
}

pub(super) fn sock_getpeername(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    name_call(i, args, libc::getpeername)
}

pub(super) fn sock_setsockopt(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
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

pub(super) fn sock_getsockopt(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
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
pub(super) fn sockaddr_arg(
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

pub(super) fn sock_bind(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
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

pub(super) fn sock_listen(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
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
pub(super) fn do_connect(i: &mut dyn Interp, s: &Sock, addr: &Value, fname: &str) -> PyResult<i32> {
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

pub(super) fn sock_connect(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("connect", 2)?;
    let s = this(&a[0])?;
    match do_connect(i, s, &a[1], "connect")? {
        0 => Ok(Value::None),
        e => Err(code_err(i, e)),
    }
}

pub(super) fn sock_connect_ex(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("connect_ex", 2)?;
    let s = this(&a[0])?;
    Ok(Value::Int(i64::from(do_connect(
        i,
        s,
        &a[1],
        "connect_ex",
    )?)))
}

pub(super) fn sock_accept(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
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

pub(super) fn sock_enter(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(args.pos()[0].clone())
}

pub(super) fn sock_exit(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    sock_close(i, Args::positional(&args.pos()[..1]))
}
