//! `pwd` and `grp` (CPython's `Modules/pwdmodule.c`, `Modules/grpmodule.c`): the user
//! and group databases through libc's reentrant `getpw*_r`/`getgr*_r`, returned as the
//! `struct_passwd`/`struct_group` struct sequences.

use std::ffi::{CStr, CString};

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::{key_error, type_error, value_error, PyResult};
use krait_object::interp::Interp;
use krait_object::object::ObjRef;
use krait_object::types::list::new_list;
use krait_object::types::str::{new_str, new_string};
use krait_object::Value;

use crate::builtins::structseq;
use crate::vm::Vm;

use super::{new_module_with, set_attr};

const PW_FIELDS: [&str; 7] = [
    "pw_name",
    "pw_passwd",
    "pw_uid",
    "pw_gid",
    "pw_gecos",
    "pw_dir",
    "pw_shell",
];
const GR_FIELDS: [&str; 4] = ["gr_name", "gr_passwd", "gr_gid", "gr_mem"];

thread_local! {
    static PASSWD: ObjRef = structseq::new_type("pwd", "struct_passwd", &PW_FIELDS);
    static GROUP: ObjRef = structseq::new_type("grp", "struct_group", &GR_FIELDS);
}

/// A C string field as a `str` (lossy for undecodable bytes, like `surrogateescape`
/// would show them).
fn cstr(p: *const libc::c_char) -> Value {
    if p.is_null() {
        return Value::None;
    }
    // SAFETY: libc returned a NUL-terminated string inside the buffer we own.
    let s = unsafe { CStr::from_ptr(p) };
    new_string(s.to_string_lossy().into_owned())
}

fn passwd_value(p: &libc::passwd) -> Value {
    let items = vec![
        cstr(p.pw_name),
        cstr(p.pw_passwd),
        Value::Int(i64::from(p.pw_uid)),
        Value::Int(i64::from(p.pw_gid)),
        cstr(p.pw_gecos),
        cstr(p.pw_dir),
        cstr(p.pw_shell),
    ];
    PASSWD.with(|t| structseq::new(t, items))
}

fn group_value(g: &libc::group) -> Value {
    let mut mem = Vec::new();
    let mut p = g.gr_mem;
    // SAFETY: gr_mem is a NULL-terminated array of C strings in our buffer.
    unsafe {
        while !p.is_null() && !(*p).is_null() {
            mem.push(cstr(*p));
            p = p.add(1);
        }
    }
    let items = vec![
        cstr(g.gr_name),
        cstr(g.gr_passwd),
        Value::Int(i64::from(g.gr_gid)),
        new_list(mem),
    ];
    GROUP.with(|t| structseq::new(t, items))
}

/// Calls a `get*_r` function with a growing buffer and converts the entry it fills
/// (while the buffer its strings point into is alive); `None` when not found.
fn lookup<T>(
    mut f: impl FnMut(*mut T, &mut [libc::c_char], *mut *mut T) -> libc::c_int,
    conv: fn(&T) -> Value,
) -> Option<Value> {
    let mut size = 1024usize;
    loop {
        let mut buf = vec![0 as libc::c_char; size];
        let mut ent = std::mem::MaybeUninit::<T>::zeroed();
        let mut res: *mut T = std::ptr::null_mut();
        let rc = f(ent.as_mut_ptr(), &mut buf, &mut res);
        if rc == libc::ERANGE && size < (1 << 24) {
            size *= 2;
            continue;
        }
        if rc != 0 || res.is_null() {
            return None;
        }
        // SAFETY: the call succeeded, so `ent` is initialised and its pointers point
        // into `buf`, still alive here.
        let ent = unsafe { ent.assume_init() };
        return Some(conv(&ent));
    }
}

/// A `uid_t`/`gid_t` (-1 is the all-ones id, as in C).
fn as_id(n: i64) -> Option<u32> {
    if n == -1 {
        return Some(u32::MAX);
    }
    u32::try_from(n).ok()
}

/// `METH_O`: exactly one positional argument.
fn one_pos<'a>(args: &Args<'a>, fname: &str) -> PyResult<&'a Value> {
    args.no_kwargs(fname)?;
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(type_error(format!(
            "{fname}() takes exactly one argument ({} given)",
            pos.len()
        )));
    }
    Ok(&pos[0])
}

/// `METH_NOARGS`.
fn no_args(args: &Args<'_>, fname: &str) -> PyResult<()> {
    let n = args.pos().len() + args.kwnames.len();
    if n > 0 {
        return Err(type_error(format!(
            "{fname}() takes no arguments ({n} given)"
        )));
    }
    Ok(())
}

static GETGRGID: Sig = Sig {
    fname: "getgrgid",
    names: &["id"],
    posonly: 0,
    required: 1,
};

static GETGRNAM: Sig = Sig {
    fname: "getgrnam",
    names: &["name"],
    posonly: 0,
    required: 1,
};

fn one_clinic(args: &Args<'_>, sig: &'static Sig) -> PyResult<Value> {
    // `_PyArg_UnpackKeywords` says "at most" here even for a required parameter.
    let n = args.pos().len() + args.kwnames.len();
    if n > 1 {
        return Err(type_error(format!(
            "{}() takes at most 1 argument ({n} given)",
            sig.fname
        )));
    }
    Ok(parse(args, sig)?.pop().flatten().unwrap_or(Value::None))
}

fn id_arg(v: &Value, what: &str) -> PyResult<i64> {
    match krait_object::types::int::int_num(v) {
        Some(krait_object::num::int::Int::Small(n)) => Ok(n),
        Some(_) => Err(krait_object::error::overflow_error(format!(
            "{what} is greater than maximum"
        ))),
        None => Err(type_error(format!(
            "{what} should be integer, not {}",
            v.class_name()
        ))),
    }
}

fn str_arg(v: &Value, fname: &str) -> PyResult<CString> {
    let Some(s) = v.as_str_data() else {
        return Err(type_error(format!(
            "{fname} must be str, not {}",
            v.class_name()
        )));
    };
    CString::new(s.lossy().into_owned()).map_err(|_| value_error("embedded null character"))
}

fn getpwuid(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = one_pos(&args, "pwd.getpwuid")?;
    let uid = id_arg(v, "uid")?;
    let Some(u) = as_id(uid) else {
        return Err(key_error(new_str("getpwuid(): uid not found")));
    };
    let found = Some(u).and_then(|u| {
        lookup::<libc::passwd>(
            |e, b, r| unsafe { libc::getpwuid_r(u, e, b.as_mut_ptr(), b.len(), r) },
            passwd_value,
        )
    });
    match found {
        Some(p) => Ok(p),
        None => Err(key_error(new_string(format!(
            "getpwuid(): uid not found: {uid}"
        )))),
    }
}

fn getpwnam(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = one_pos(&args, "pwd.getpwnam")?;
    let name = str_arg(v, "getpwnam() argument")?;
    let found = lookup::<libc::passwd>(
        |e, b, r| unsafe { libc::getpwnam_r(name.as_ptr(), e, b.as_mut_ptr(), b.len(), r) },
        passwd_value,
    );
    match found {
        Some(p) => Ok(p),
        None => {
            let r = krait_object::protocol::repr_string(i, v)?;
            Err(key_error(new_string(format!(
                "getpwnam(): name not found: {r}"
            ))))
        }
    }
}

fn getpwall(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "pwd.getpwall")?;
    let mut out = Vec::new();
    // SAFETY: the non-reentrant enumeration, used from one thread at a time as CPython does.
    unsafe {
        libc::setpwent();
        loop {
            let p = libc::getpwent();
            if p.is_null() {
                break;
            }
            out.push(passwd_value(&*p));
        }
        libc::endpwent();
    }
    Ok(new_list(out))
}

fn getgrgid(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = &one_clinic(&args, &GETGRGID)?;
    let gid = id_arg(v, "gid")?;
    let Some(g) = as_id(gid) else {
        return Err(krait_object::error::overflow_error(
            "gid is less than minimum",
        ));
    };
    let found = Some(g).and_then(|g| {
        lookup::<libc::group>(
            |e, b, r| unsafe { libc::getgrgid_r(g, e, b.as_mut_ptr(), b.len(), r) },
            group_value,
        )
    });
    match found {
        Some(g) => Ok(g),
        None => Err(key_error(new_string(format!(
            "getgrgid(): gid not found: {gid}"
        )))),
    }
}

fn getgrnam(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = &one_clinic(&args, &GETGRNAM)?;
    let name = str_arg(v, "getgrnam() argument 'name'")?;
    let found = lookup::<libc::group>(
        |e, b, r| unsafe { libc::getgrnam_r(name.as_ptr(), e, b.as_mut_ptr(), b.len(), r) },
        group_value,
    );
    match found {
        Some(g) => Ok(g),
        None => {
            let r = krait_object::protocol::repr_string(i, v)?;
            Err(key_error(new_string(format!(
                "getgrnam(): name not found: {r}"
            ))))
        }
    }
}

fn getgrall(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    no_args(&args, "grp.getgrall")?;
    let mut out = Vec::new();
    // SAFETY: as in `getpwall`.
    unsafe {
        libc::setgrent();
        loop {
            let g = libc::getgrent();
            if g.is_null() {
                break;
            }
            out.push(group_value(&*g));
        }
        libc::endgrent();
    }
    Ok(new_list(out))
}

pub fn init_pwd(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with(
        "pwd",
        &[
            ("getpwall", getpwall),
            ("getpwnam", getpwnam),
            ("getpwuid", getpwuid),
        ],
    );
    set_attr(&m, "struct_passwd", PASSWD.with(|t| Value::Obj(t.clone())));
    set_attr(&m, "__doc__", new_str("This module provides access to the Unix password database.\nIt is available on all Unix versions.\n\nPassword database entries are reported as 7-tuples containing the following\nitems from the password database (see `<pwd.h>'), in order:\npw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\nThe uid and gid items are integers, all others are strings. An\nexception is raised if the entry asked for cannot be found."));
    Ok(m)
}

pub fn init_grp(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with(
        "grp",
        &[
            ("getgrall", getgrall),
            ("getgrgid", getgrgid),
            ("getgrnam", getgrnam),
        ],
    );
    set_attr(&m, "struct_group", GROUP.with(|t| Value::Obj(t.clone())));
    set_attr(&m, "__doc__", new_str("Access to the Unix group database.\n\nGroup entries are reported as 4-tuples containing the following fields\nfrom the group database, in order:\n\n  gr_name   - name of the group\n  gr_passwd - group password (encrypted); often empty\n  gr_gid    - numeric ID of the group\n  gr_mem    - list of members\n\nThe gid is an integer, name and password are strings.  (Note that most\nusers are not explicitly listed as members of the groups they are in\naccording to the password database.  Check both databases to get\ncomplete membership information.)"));
    Ok(m)
}
