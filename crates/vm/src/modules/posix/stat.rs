//! `stat`, `lstat`, `fstat` and `os.stat_result` (a struct sequence of 10 items whose
//! float and nanosecond times, `st_blksize`, `st_blocks` and `st_rdev` are named only).

use std::cell::RefCell;

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::PyResult;
use krait_object::interp::Interp;
use krait_object::object::ObjRef;
use krait_object::protocol;
use krait_object::Value;

use super::path::{fd_arg, os_error, path_arg, PathArg};
use crate::builtins::structseq;

thread_local! {
    static STAT_RESULT: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
}

const VISIBLE: &[&str] = &[
    "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
    "st_mtime", "st_ctime",
];
// Fields 7–9 of the sequence are the integer times; the names `st_atime` … read the
// float times (the hidden ones below), as in CPython.
const HIDDEN: &[&str] = &[
    "st_atime",
    "st_mtime",
    "st_ctime",
    "st_atime_ns",
    "st_mtime_ns",
    "st_ctime_ns",
    "st_blksize",
    "st_blocks",
    "st_rdev",
];

/// The `os.stat_result` type (made once per thread).
pub fn stat_result_type() -> ObjRef {
    STAT_RESULT.with(|t| {
        t.borrow_mut()
            .get_or_insert_with(|| {
                let cls = structseq::new_type_hidden("os", "stat_result", VISIBLE, HIDDEN);
                // The float times shadow the integer ones by name.
                let td = protocol::td(&cls);
                let mut d = td.dict.borrow_mut();
                for (k, n) in ["st_atime", "st_mtime", "st_ctime"].iter().enumerate() {
                    d.set_str_key(
                        krait_object::types::str::new_str(n),
                        Value::Int(-(k as i64) - 1),
                    );
                }
                drop(d);
                td.slots.repr.set(Some(stat_repr));
                cls
            })
            .clone()
    })
}

/// `os.stat_result(st_mode=…, …, st_ctime=…)` over the sequence (integer times).
fn stat_repr(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let items = krait_object::types::tuple::tuple_items(v).to_vec();
    let mut out = String::from("os.stat_result(");
    for (k, (name, x)) in VISIBLE.iter().zip(&items).enumerate() {
        if k > 0 {
            out.push_str(", ");
        }
        out.push_str(name);
        out.push('=');
        out.push_str(&protocol::repr_string(i, x)?);
    }
    out.push(')');
    Ok(krait_object::types::str::new_string(out))
}

fn big(n: i128) -> Value {
    match i64::try_from(n) {
        Ok(x) => Value::Int(x),
        Err(_) => Value::from_bigint(num_bigint::BigInt::from(n)),
    }
}

/// A `stat_result` from a C `struct stat`.
pub fn stat_value(st: &libc::stat) -> Value {
    let cls = stat_result_type();
    let ns = |s: i64, n: i64| i128::from(s) * 1_000_000_000 + i128::from(n);
    let fl = |s: i64, n: i64| s as f64 + n as f64 * 1e-9;
    let items = vec![
        Value::Int(i64::from(st.st_mode)),
        big(i128::from(st.st_ino)),
        big(i128::from(st.st_dev)),
        big(i128::from(st.st_nlink)),
        Value::Int(i64::from(st.st_uid)),
        Value::Int(i64::from(st.st_gid)),
        Value::Int(st.st_size),
        Value::Int(st.st_atime),
        Value::Int(st.st_mtime),
        Value::Int(st.st_ctime),
    ];
    let hidden = [
        ("st_atime", Value::Float(fl(st.st_atime, st.st_atime_nsec))),
        ("st_mtime", Value::Float(fl(st.st_mtime, st.st_mtime_nsec))),
        ("st_ctime", Value::Float(fl(st.st_ctime, st.st_ctime_nsec))),
        ("st_atime_ns", big(ns(st.st_atime, st.st_atime_nsec))),
        ("st_mtime_ns", big(ns(st.st_mtime, st.st_mtime_nsec))),
        ("st_ctime_ns", big(ns(st.st_ctime, st.st_ctime_nsec))),
        ("st_blksize", Value::Int(st.st_blksize)),
        ("st_blocks", Value::Int(st.st_blocks)),
        ("st_rdev", big(i128::from(st.st_rdev))),
    ];
    structseq::new_hidden(&cls, items, &hidden)
}

/// `stat` of a converted path (an fd, a path relative to `dir_fd`, or a plain path).
pub fn do_stat(
    i: &mut dyn Interp,
    p: &PathArg,
    dir_fd: Option<i32>,
    follow: bool,
) -> PyResult<libc::stat> {
    // SAFETY: a zeroed `struct stat` is a valid value; the C calls fill it.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `p.c` is a NUL-terminated path; `st` is a valid out-pointer.
    let r = unsafe {
        match (p.fd, dir_fd) {
            (Some(fd), _) => libc::fstat(fd, &mut st),
            (None, Some(d)) => libc::fstatat(
                d,
                p.c.as_ptr(),
                &mut st,
                if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW },
            ),
            (None, None) if follow => libc::stat(p.c.as_ptr(), &mut st),
            (None, None) => libc::lstat(p.c.as_ptr(), &mut st),
        }
    };
    if r != 0 {
        return Err(os_error(i, Some(p)));
    }
    Ok(st)
}

/// A `dir_fd` argument: `None` or an fd.
pub fn dir_fd_arg(i: &mut dyn Interp, v: Option<&Value>) -> PyResult<Option<i32>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => fd_arg(i, v).map(Some),
    }
}

pub fn flag_arg(i: &mut dyn Interp, v: Option<&Value>, default: bool) -> PyResult<bool> {
    match v {
        None => Ok(default),
        Some(v) => protocol::truthy(i, v),
    }
}

static STAT_SIG: Sig = Sig {
    fname: "stat",
    names: &["path", "dir_fd", "follow_symlinks"],
    posonly: 0,
    required: 1,
};

pub fn stat(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse(&args, &STAT_SIG)?;
    let p = path_arg(
        i,
        "stat",
        "path",
        a[0].as_ref().unwrap_or(&Value::None),
        true,
    )?;
    let dir_fd = dir_fd_arg(i, a[1].as_ref())?;
    let follow = flag_arg(i, a[2].as_ref(), true)?;
    let st = do_stat(i, &p, dir_fd, follow)?;
    Ok(stat_value(&st))
}

static LSTAT_SIG: Sig = Sig {
    fname: "lstat",
    names: &["path", "dir_fd"],
    posonly: 0,
    required: 1,
};

pub fn lstat(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse(&args, &LSTAT_SIG)?;
    let p = path_arg(
        i,
        "lstat",
        "path",
        a[0].as_ref().unwrap_or(&Value::None),
        false,
    )?;
    let dir_fd = dir_fd_arg(i, a[1].as_ref())?;
    let st = do_stat(i, &p, dir_fd, false)?;
    Ok(stat_value(&st))
}

static FSTAT_SIG: Sig = Sig {
    fname: "fstat",
    names: &["fd"],
    posonly: 0,
    required: 1,
};

pub fn fstat(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse(&args, &FSTAT_SIG)?;
    let fd = fd_arg(i, a[0].as_ref().unwrap_or(&Value::None))?;
    // SAFETY: a zeroed `struct stat` is valid; fstat fills it.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `st` is a valid out-pointer.
    if unsafe { libc::fstat(fd, &mut st) } != 0 {
        return Err(os_error(i, None));
    }
    Ok(stat_value(&st))
}
