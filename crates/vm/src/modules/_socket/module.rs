//! The module-level functions of `_socket` and its constants.

use super::*;

/// `socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0)`.
pub(super) fn socketpair(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
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

pub(super) fn getdefaulttimeout(_i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    let t = DEFAULT_TIMEOUT.with(Cell::get);
    Ok(if t < 0.0 {
        Value::None
    } else {
        Value::Float(t)
    })
}

pub(super) fn setdefaulttimeout(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("setdefaulttimeout", 1)?;
    let t = timeout_arg(i, &a[0])?;
    DEFAULT_TIMEOUT.with(|d| d.set(t));
    Ok(Value::None)
}

pub(super) fn dup(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("dup", 1)?;
    let fd = int_arg(i, &a[0])?;
    // SAFETY: fcntl(F_DUPFD_CLOEXEC) on a caller-supplied descriptor.
    let n = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if n < 0 {
        return Err(errno_err(i));
    }
    Ok(Value::Int(i64::from(n)))
}

pub(super) fn close(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("close", 1)?;
    let fd = int_arg(i, &a[0])?;
    // SAFETY: closing a caller-supplied descriptor, as socket.close(fd) does.
    if unsafe { libc::close(fd) } < 0 && errno() != libc::ECONNRESET {
        return Err(errno_err(i));
    }
    Ok(Value::None)
}

pub(super) fn gethostname(i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
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

pub(super) fn swap16(i: &mut dyn Interp, args: Args<'_>, name: &str) -> PyResult<Value> {
    let a = args.exact(name, 1)?;
    let n = protocol::index_i64(i, &a[0])?;
    if !(0..=0xffff).contains(&n) {
        return Err(krait_object::error::overflow_error(format!(
            "{name}: Python int too large to convert to C 16-bit unsigned integer"
        )));
    }
    Ok(Value::Int(i64::from((n as u16).swap_bytes())))
}

pub(super) fn swap32(i: &mut dyn Interp, args: Args<'_>, name: &str) -> PyResult<Value> {
    let a = args.exact(name, 1)?;
    let n = protocol::index_i64(i, &a[0])?;
    if !(0..=0xffff_ffff).contains(&n) {
        return Err(krait_object::error::overflow_error(
            "int larger than 32 bits",
        ));
    }
    Ok(Value::Int(i64::from((n as u32).swap_bytes())))
}

pub(super) fn htons(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    swap16(i, a, "htons")
}
pub(super) fn ntohs(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    swap16(i, a, "ntohs")
}
pub(super) fn htonl(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    swap32(i, a, "htonl")
}
pub(super) fn ntohl(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    swap32(i, a, "ntohl")
}

pub(super) const CONSTANTS: &[(&str, i32)] = &[
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
