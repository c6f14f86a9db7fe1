//! File and directory operations on paths and descriptors: open/read/write/close/lseek,
//! unlink/rename/mkdir/rmdir, access/chmod/utime, links, the cwd, pipes and fd flags.

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::{type_error, value_error, PyResult};
use krait_object::interp::Interp;
use krait_object::protocol;
use krait_object::types::bytes::{buffer_arg, new_bytes};
use krait_object::types::tuple::new_tuple;
use krait_object::Value;

use super::path::{errno, fd_arg, fs_value, os_error, os_error_with, path_arg};
use super::stat::{dir_fd_arg, flag_arg};

fn arg(a: &[Option<Value>], k: usize) -> &Value {
    a.get(k).and_then(|x| x.as_ref()).unwrap_or(&Value::None)
}

fn int_arg(i: &mut dyn Interp, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) => protocol::index_i64(i, v),
    }
}

/// Checks a C call's result: -1 raises the errno's `OSError`.
fn check(i: &mut dyn Interp, r: libc::c_int) -> PyResult<libc::c_int> {
    if r == -1 {
        return Err(os_error(i, None));
    }
    Ok(r)
}

static OPEN_SIG: Sig = Sig {
    fname: "open",
    names: &["path", "flags", "mode", "dir_fd"],
    posonly: 0,
    required: 2,
};

pub fn open(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse(&args, &OPEN_SIG)?;
    let p = path_arg(i, "open", "path", arg(&a, 0), false)?;
    let flags = int_arg(i, a[1].as_ref(), 0)? as libc::c_int | libc::O_CLOEXEC;
    let mode = int_arg(i, a[2].as_ref(), 0o777)? as libc::c_uint;
    let dir_fd = dir_fd_arg(i, a[3].as_ref())?;
    // SAFETY: `p.c` is NUL-terminated.
    let fd = unsafe {
        match dir_fd {
            Some(d) => libc::openat(d, p.c.as_ptr(), flags, mode),
            None => libc::open(p.c.as_ptr(), flags, mode),
        }
    };
    if fd < 0 {
        return Err(os_error(i, Some(&p)));
    }
    Ok(Value::Int(i64::from(fd)))
}

pub fn read(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("read", 2)?;
    let fd = fd_arg(i, &pos[0])?;
    let n = protocol::index_i64(i, &pos[1])?;
    if n < 0 {
        return Err(value_error("negative count"));
    }
    // A short read is allowed: cap the up-front allocation.
    let mut buf = vec![0u8; (n as usize).min(1 << 26)];
    // SAFETY: `buf` has `n` writable bytes.
    let r = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), buf.len()) };
    if r < 0 {
        return Err(os_error(i, None));
    }
    buf.truncate(r as usize);
    Ok(new_bytes(buf))
}

pub fn write(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("write", 2)?;
    let fd = fd_arg(i, &pos[0])?;
    let data = buffer_arg(&pos[1])?;
    // SAFETY: `data` is a valid buffer of its length.
    let r = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
    if r < 0 {
        return Err(os_error(i, None));
    }
    Ok(Value::Int(r as i64))
}

static FD_SIG: Sig = Sig {
    fname: "close",
    names: &["fd"],
    posonly: 0,
    required: 1,
};

pub fn close(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse(&args, &FD_SIG)?;
    let fd = fd_arg(i, arg(&a, 0))?;
    // SAFETY: closing any int is memory-safe.
    check(i, unsafe { libc::close(fd) })?;
    Ok(Value::None)
}

pub fn closerange(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("closerange", 2)?;
    let lo = fd_arg(i, &pos[0])?;
    let hi = fd_arg(i, &pos[1])?;
    for fd in lo.max(0)..hi {
        // SAFETY: closing any int is memory-safe; errors are ignored as CPython does.
        unsafe { libc::close(fd) };
    }
    Ok(Value::None)
}

pub fn lseek(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("lseek", 3)?;
    let fd = fd_arg(i, &pos[0])?;
    let off = protocol::index_i64(i, &pos[1])?;
    let how = fd_arg(i, &pos[2])?;
    // SAFETY: plain syscall on ints.
    let r = unsafe { libc::lseek(fd, off, how) };
    if r < 0 {
        return Err(os_error(i, None));
    }
    Ok(Value::Int(r))
}

/// An fd argument that may be any object with `fileno()` (`os.fsync(f)`).
fn fileno_arg(i: &mut dyn Interp, v: &Value) -> PyResult<i32> {
    if let Some(n) = protocol::as_index_opt(v) {
        return i32::try_from(n)
            .map_err(|_| krait_object::error::overflow_error("fd out of range"));
    }
    let f = protocol::getattr_str(i, v, "fileno")
        .map_err(|_| type_error("argument must be an int, or have a fileno() method."))?;
    let r = protocol::call0(i, &f, &[])?;
    fd_arg(i, &r)
}

pub fn fsync(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse(
        &args,
        &Sig {
            fname: "fsync",
            ..FD_SIG
        },
    )?;
    let fd = fileno_arg(i, arg(&a, 0))?;
    // SAFETY: plain syscall.
    check(i, unsafe { libc::fsync(fd) })?;
    Ok(Value::None)
}

pub fn ftruncate(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("ftruncate", 2)?;
    let fd = fd_arg(i, &pos[0])?;
    let n = protocol::index_i64(i, &pos[1])?;
    // SAFETY: plain syscall.
    check(i, unsafe { libc::ftruncate(fd, n) })?;
    Ok(Value::None)
}

static TRUNCATE_SIG: Sig = Sig {
    fname: "truncate",
    names: &["path", "length"],
    posonly: 0,
    required: 2,
};

pub fn truncate(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse(&args, &TRUNCATE_SIG)?;
    let p = path_arg(i, "truncate", "path", arg(&a, 0), true)?;
    let n = protocol::index_i64(i, arg(&a, 1))?;
    // SAFETY: `p.c` is NUL-terminated.
    let r = unsafe {
        match p.fd {
            Some(fd) => libc::ftruncate(fd, n),
            None => libc::truncate(p.c.as_ptr(), n),
        }
    };
    if r != 0 {
        return Err(os_error(i, Some(&p)));
    }
    Ok(Value::None)
}

/// `unlink`/`remove`/`rmdir(path, *, dir_fd=None)`.
fn remove_like(
    i: &mut dyn Interp,
    args: Args<'_>,
    fname: &'static str,
    dir: bool,
) -> PyResult<Value> {
    let sig = Sig {
        fname,
        names: &["path", "dir_fd"],
        posonly: 0,
        required: 1,
    };
    let a = parse(&args, &sig)?;
    let p = path_arg(i, fname, "path", arg(&a, 0), false)?;
    let dir_fd = dir_fd_arg(i, a[1].as_ref())?;
    // SAFETY: `p.c` is NUL-terminated.
    let r = unsafe {
        match (dir_fd, dir) {
            (Some(d), true) => libc::unlinkat(d, p.c.as_ptr(), libc::AT_REMOVEDIR),
            (Some(d), false) => libc::unlinkat(d, p.c.as_ptr(), 0),
            (None, true) => libc::rmdir(p.c.as_ptr()),
            (None, false) => libc::unlink(p.c.as_ptr()),
        }
    };
    if r != 0 {
        return Err(os_error(i, Some(&p)));
    }
    Ok(Value::None)
}

pub fn unlink(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    remove_like(i, args, "unlink", false)
}

pub fn remove(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    remove_like(i, args, "remove", false)
}

pub fn rmdir(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    remove_like(i, args, "rmdir", true)
}

/// `rename`/`replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None)`.
fn rename_like(i: &mut dyn Interp, args: Args<'_>, fname: &'static str) -> PyResult<Value> {
    let sig = Sig {
        fname,
        names: &["src", "dst", "src_dir_fd", "dst_dir_fd"],
        posonly: 0,
        required: 2,
    };
    let a = parse(&args, &sig)?;
    let src = path_arg(i, fname, "src", arg(&a, 0), false)?;
    let dst = path_arg(i, fname, "dst", arg(&a, 1), false)?;
    let sfd = dir_fd_arg(i, a[2].as_ref())?.unwrap_or(libc::AT_FDCWD);
    let dfd = dir_fd_arg(i, a[3].as_ref())?.unwrap_or(libc::AT_FDCWD);
    // SAFETY: both paths are NUL-terminated.
    let r = unsafe { libc::renameat(sfd, src.c.as_ptr(), dfd, dst.c.as_ptr()) };
    if r != 0 {
        return Err(os_error_with(i, errno(), Some(&src.obj), Some(&dst.obj)));
    }
    Ok(Value::None)
}

pub fn rename(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    rename_like(i, args, "rename")
}

pub fn replace(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    rename_like(i, args, "replace")
}

static MKDIR_SIG: Sig = Sig {
    fname: "mkdir",
    names: &["path", "mode", "dir_fd"],
    posonly: 0,
    required: 1,
};

pub fn mkdir(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse(&args, &MKDIR_SIG)?;
    let p = path_arg(i, "mkdir", "path", arg(&a, 0), false)?;
    let mode = int_arg(i, a[1].as_ref(), 0o777)? as libc::mode_t;
    let dir_fd = dir_fd_arg(i, a[2].as_ref())?.unwrap_or(libc::AT_FDCWD);
    // SAFETY: `p.c` is NUL-terminated.
    if unsafe { libc::mkdirat(dir_fd, p.c.as_ptr(), mode) } != 0 {
        return Err(os_error(i, Some(&p)));
    }
    Ok(Value::None)
}

static ACCESS_SIG: Sig = Sig {
    fname: "access",
    names: &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
    posonly: 0,
    required: 2,
};

pub fn access(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse(&args, &ACCESS_SIG)?;
    let p = path_arg(i, "access", "path", arg(&a, 0), false)?;
    let mode = int_arg(i, a[1].as_ref(), 0)? as libc::c_int;
    let dir_fd = dir_fd_arg(i, a[2].as_ref())?.unwrap_or(libc::AT_FDCWD);
    let mut flags = 0;
    if flag_arg(i, a[3].as_ref(), false)? {
        flags |= libc::AT_EACCESS;
    }
    if !flag_arg(i, a[4].as_ref(), true)? {
        flags |= libc::AT_SYMLINK_NOFOLLOW;
    }
    // SAFETY: `p.c` is NUL-terminated.
    let r = unsafe { libc::faccessat(dir_fd, p.c.as_ptr(), mode, flags) };
    Ok(Value::Bool(r == 0))
}

static CHMOD_SIG: Sig = Sig {
    fname: "chmod",
    names: &["path", "mode", "dir_fd", "follow_symlinks"],
    posonly: 0,
    required: 2,
};

pub fn chmod(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse(&args, &CHMOD_SIG)?;
    let p = path_arg(i, "chmod", "path", arg(&a, 0), true)?;
    let mode = int_arg(i, a[1].as_ref(), 0)? as libc::mode_t;
    let dir_fd = dir_fd_arg(i, a[2].as_ref())?.unwrap_or(libc::AT_FDCWD);
    // SAFETY: `p.c` is NUL-terminated.
    let r = unsafe {
        match p.fd {
            Some(fd) => libc::fchmod(fd, mode),
            None => libc::fchmodat(dir_fd, p.c.as_ptr(), mode, 0),
        }
    };
    if r != 0 {
        return Err(os_error(i, Some(&p)));
    }
    Ok(Value::None)
}

static UTIME_SIG: Sig = Sig {
    fname: "utime",
    names: &["path", "times", "ns", "dir_fd", "follow_symlinks"],
    posonly: 0,
    required: 1,
};

/// A time in seconds (int or float) as `timespec`.
fn timespec_of(i: &mut dyn Interp, v: &Value) -> PyResult<libc::timespec> {
    let secs = match v {
        Value::Float(f) => *f,
        _ => protocol::index_i64(i, v)? as f64,
    };
    let s = secs.floor();
    Ok(libc::timespec {
        tv_sec: s as libc::time_t,
        tv_nsec: ((secs - s) * 1e9).round().min(999_999_999.0) as libc::c_long,
    })
}

fn pair(v: &Value, what: &str) -> PyResult<(Value, Value)> {
    let items = match v.payload() {
        Some(krait_object::object::Payload::Tuple(t)) if t.len() == 2 => t.to_vec(),
        _ => {
            return Err(type_error(format!(
                "utime: '{what}' must be a tuple of two {}",
                "ints"
            )))
        }
    };
    Ok((items[0].clone(), items[1].clone()))
}

pub fn utime(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse(&args, &UTIME_SIG)?;
    let p = path_arg(i, "utime", "path", arg(&a, 0), true)?;
    let times = a[1].clone().unwrap_or(Value::None);
    let ns = a[2].clone();
    if !times.is_none() && ns.is_some() {
        return Err(value_error(
            "utime: you may specify either 'times' or 'ns' but not both",
        ));
    }
    let ts: Option<[libc::timespec; 2]> = if !times.is_none() {
        let (x, y) = pair(&times, "times")
            .map_err(|_| type_error("utime: 'times' must be either a tuple of two ints or None"))?;
        Some([timespec_of(i, &x)?, timespec_of(i, &y)?])
    } else if let Some(ns) = ns {
        let (x, y) =
            pair(&ns, "ns").map_err(|_| type_error("utime: 'ns' must be a tuple of two ints"))?;
        let to = |i: &mut dyn Interp, v: &Value| -> PyResult<libc::timespec> {
            let n = protocol::index_i64(i, v)?;
            Ok(libc::timespec {
                tv_sec: n.div_euclid(1_000_000_000),
                tv_nsec: n.rem_euclid(1_000_000_000),
            })
        };
        Some([to(i, &x)?, to(i, &y)?])
    } else {
        None
    };
    let dir_fd = dir_fd_arg(i, a[3].as_ref())?.unwrap_or(libc::AT_FDCWD);
    let follow = flag_arg(i, a[4].as_ref(), true)?;
    let ptr = ts.as_ref().map_or(std::ptr::null(), |t| t.as_ptr());
    // SAFETY: `ptr` is null or two timespecs; `p.c` is NUL-terminated.
    let r = unsafe {
        match p.fd {
            Some(fd) => libc::futimens(fd, ptr),
            None => libc::utimensat(
                dir_fd,
                p.c.as_ptr(),
                ptr,
                if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW },
            ),
        }
    };
    if r != 0 {
        return Err(os_error(i, Some(&p)));
    }
    Ok(Value::None)
}

static READLINK_SIG: Sig = Sig {
    fname: "readlink",
    names: &["path", "dir_fd"],
    posonly: 0,
    required: 1,
};

pub fn readlink(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse(&args, &READLINK_SIG)?;
    let p = path_arg(i, "readlink", "path", arg(&a, 0), false)?;
    let dir_fd = dir_fd_arg(i, a[1].as_ref())?.unwrap_or(libc::AT_FDCWD);
    let mut buf = vec![0u8; 4096];
    // SAFETY: `buf` has its length of writable bytes.
    let n = unsafe { libc::readlinkat(dir_fd, p.c.as_ptr(), buf.as_mut_ptr().cast(), buf.len()) };
    if n < 0 {
        return Err(os_error(i, Some(&p)));
    }
    buf.truncate(n as usize);
    Ok(fs_value(&buf, p.is_bytes))
}

static SYMLINK_SIG: Sig = Sig {
    fname: "symlink",
    names: &["src", "dst", "target_is_directory", "dir_fd"],
    posonly: 0,
    required: 2,
};

pub fn symlink(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse(&args, &SYMLINK_SIG)?;
    let src = path_arg(i, "symlink", "src", arg(&a, 0), false)?;
    let dst = path_arg(i, "symlink", "dst", arg(&a, 1), false)?;
    let dir_fd = dir_fd_arg(i, a[3].as_ref())?.unwrap_or(libc::AT_FDCWD);
    // SAFETY: both paths are NUL-terminated.
    if unsafe { libc::symlinkat(src.c.as_ptr(), dir_fd, dst.c.as_ptr()) } != 0 {
        return Err(os_error_with(i, errno(), Some(&src.obj), Some(&dst.obj)));
    }
    Ok(Value::None)
}

static LINK_SIG: Sig = Sig {
    fname: "link",
    names: &["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"],
    posonly: 0,
    required: 2,
};

pub fn link(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse(&args, &LINK_SIG)?;
    let src = path_arg(i, "link", "src", arg(&a, 0), false)?;
    let dst = path_arg(i, "link", "dst", arg(&a, 1), false)?;
    let sfd = dir_fd_arg(i, a[2].as_ref())?.unwrap_or(libc::AT_FDCWD);
    let dfd = dir_fd_arg(i, a[3].as_ref())?.unwrap_or(libc::AT_FDCWD);
    let follow = flag_arg(i, a[4].as_ref(), true)?;
    let flags = if follow { libc::AT_SYMLINK_FOLLOW } else { 0 };
    // SAFETY: both paths are NUL-terminated.
    if unsafe { libc::linkat(sfd, src.c.as_ptr(), dfd, dst.c.as_ptr(), flags) } != 0 {
        return Err(os_error_with(i, errno(), Some(&src.obj), Some(&dst.obj)));
    }
    Ok(Value::None)
}

pub fn umask(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("umask", 1)?;
    let m = protocol::index_i64(i, &pos[0])?;
    // SAFETY: plain syscall.
    let old = unsafe { libc::umask(m as libc::mode_t) };
    Ok(Value::Int(i64::from(old)))
}

fn cwd_bytes(i: &mut dyn Interp) -> PyResult<Vec<u8>> {
    match std::env::current_dir() {
        Ok(p) => {
            use std::os::unix::ffi::OsStrExt;
            Ok(p.as_os_str().as_bytes().to_vec())
        }
        Err(e) => Err(os_error_with(i, e.raw_os_error().unwrap_or(0), None, None)),
    }
}

pub fn getcwd(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("getcwd", 0)?;
    let b = cwd_bytes(i)?;
    Ok(fs_value(&b, false))
}

pub fn getcwdb(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("getcwdb", 0)?;
    let b = cwd_bytes(i)?;
    Ok(new_bytes(b))
}

static CHDIR_SIG: Sig = Sig {
    fname: "chdir",
    names: &["path"],
    posonly: 0,
    required: 1,
};

pub fn chdir(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse(&args, &CHDIR_SIG)?;
    let p = path_arg(i, "chdir", "path", arg(&a, 0), true)?;
    // SAFETY: `p.c` is NUL-terminated.
    let r = unsafe {
        match p.fd {
            Some(fd) => libc::fchdir(fd),
            None => libc::chdir(p.c.as_ptr()),
        }
    };
    if r != 0 {
        return Err(os_error(i, Some(&p)));
    }
    Ok(Value::None)
}

pub fn isatty(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("isatty", 1)?;
    let fd = fd_arg(i, &pos[0])?;
    // SAFETY: plain syscall.
    Ok(Value::Bool(unsafe { libc::isatty(fd) } == 1))
}

pub fn pipe(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("pipe", 0)?;
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` has room for two descriptors.
    check(i, unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) })?;
    Ok(new_tuple(vec![
        Value::Int(i64::from(fds[0])),
        Value::Int(i64::from(fds[1])),
    ]))
}

pub fn dup(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("dup", 1)?;
    let fd = fd_arg(i, &pos[0])?;
    // SAFETY: plain syscall.
    let r = check(i, unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) })?;
    Ok(Value::Int(i64::from(r)))
}

static DUP2_SIG: Sig = Sig {
    fname: "dup2",
    names: &["fd", "fd2", "inheritable"],
    posonly: 0,
    required: 2,
};

pub fn dup2(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse(&args, &DUP2_SIG)?;
    let fd = fd_arg(i, arg(&a, 0))?;
    let fd2 = fd_arg(i, arg(&a, 1))?;
    let inheritable = flag_arg(i, a[2].as_ref(), true)?;
    let flags = if inheritable { 0 } else { libc::O_CLOEXEC };
    // SAFETY: plain syscalls.
    let r = if fd == fd2 {
        check(i, unsafe { libc::fcntl(fd, libc::F_GETFD) })?;
        fd
    } else {
        check(i, unsafe { libc::dup3(fd, fd2, flags) })?
    };
    Ok(Value::Int(i64::from(r)))
}

fn fd_flag(i: &mut dyn Interp, fd: i32, get: libc::c_int) -> PyResult<libc::c_int> {
    // SAFETY: plain syscall.
    check(i, unsafe { libc::fcntl(fd, get) })
}

pub fn get_inheritable(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("get_inheritable", 1)?;
    let fd = fd_arg(i, &pos[0])?;
    let f = fd_flag(i, fd, libc::F_GETFD)?;
    Ok(Value::Bool(f & libc::FD_CLOEXEC == 0))
}

pub fn set_inheritable(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("set_inheritable", 2)?;
    let fd = fd_arg(i, &pos[0])?;
    let on = protocol::truthy(i, &pos[1])?;
    let f = fd_flag(i, fd, libc::F_GETFD)?;
    let nf = if on {
        f & !libc::FD_CLOEXEC
    } else {
        f | libc::FD_CLOEXEC
    };
    // SAFETY: plain syscall.
    check(i, unsafe { libc::fcntl(fd, libc::F_SETFD, nf) })?;
    Ok(Value::None)
}

pub fn get_blocking(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("get_blocking", 1)?;
    let fd = fd_arg(i, &pos[0])?;
    let f = fd_flag(i, fd, libc::F_GETFL)?;
    Ok(Value::Bool(f & libc::O_NONBLOCK == 0))
}

pub fn set_blocking(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("set_blocking", 2)?;
    let fd = fd_arg(i, &pos[0])?;
    let on = protocol::truthy(i, &pos[1])?;
    let f = fd_flag(i, fd, libc::F_GETFL)?;
    let nf = if on {
        f & !libc::O_NONBLOCK
    } else {
        f | libc::O_NONBLOCK
    };
    // SAFETY: plain syscall.
    check(i, unsafe { libc::fcntl(fd, libc::F_SETFL, nf) })?;
    Ok(Value::None)
}

static DEVENC_SIG: Sig = Sig {
    fname: "device_encoding",
    names: &["fd"],
    posonly: 0,
    required: 1,
};

pub fn device_encoding(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse(&args, &DEVENC_SIG)?;
    let fd = fd_arg(i, arg(&a, 0))?;
    // SAFETY: plain syscall.
    if unsafe { libc::isatty(fd) } == 1 {
        return Ok(krait_object::types::str::new_str("utf-8"));
    }
    Ok(Value::None)
}
