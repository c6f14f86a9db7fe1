//! `_stat`: the `S_IF*`/`S_IS*`/`UF_*`/`SF_*`/`ST_*` constants of Linux, the `S_IS*`
//! predicates, `S_IMODE`, `S_IFMT` and `filemode` (CPython's `Modules/_stat.c`).

use krait_object::args::Args;
use krait_object::error::{overflow_error, type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::types::str::new_string;
use krait_object::Value;

use super::{new_module_with, set_attr};
use crate::vm::Vm;

const S_IFMT: u64 = 0o170000;
const S_IFDIR: u64 = 0o040000;
const S_IFCHR: u64 = 0o020000;
const S_IFBLK: u64 = 0o060000;
const S_IFREG: u64 = 0o100000;
const S_IFIFO: u64 = 0o010000;
const S_IFLNK: u64 = 0o120000;
const S_IFSOCK: u64 = 0o140000;

static CONSTANTS: &[(&str, i64)] = &[
    ("S_IFDIR", 0o040000),
    ("S_IFCHR", 0o020000),
    ("S_IFBLK", 0o060000),
    ("S_IFREG", 0o100000),
    ("S_IFIFO", 0o010000),
    ("S_IFLNK", 0o120000),
    ("S_IFSOCK", 0o140000),
    ("S_IFDOOR", 0),
    ("S_IFPORT", 0),
    ("S_IFWHT", 0),
    ("S_ISUID", 2048),
    ("S_ISGID", 1024),
    ("S_ISVTX", 512),
    ("S_ENFMT", 1024),
    ("S_IREAD", 256),
    ("S_IWRITE", 128),
    ("S_IEXEC", 64),
    ("S_IRWXU", 448),
    ("S_IRUSR", 256),
    ("S_IWUSR", 128),
    ("S_IXUSR", 64),
    ("S_IRWXG", 56),
    ("S_IRGRP", 32),
    ("S_IWGRP", 16),
    ("S_IXGRP", 8),
    ("S_IRWXO", 7),
    ("S_IROTH", 4),
    ("S_IWOTH", 2),
    ("S_IXOTH", 1),
    ("UF_NODUMP", 1),
    ("UF_IMMUTABLE", 2),
    ("UF_APPEND", 4),
    ("UF_OPAQUE", 8),
    ("UF_NOUNLINK", 16),
    ("UF_COMPRESSED", 32),
    ("UF_HIDDEN", 32768),
    ("SF_ARCHIVED", 65536),
    ("SF_IMMUTABLE", 131072),
    ("SF_APPEND", 262144),
    ("SF_NOUNLINK", 1048576),
    ("SF_SNAPSHOT", 2097152),
    ("ST_MODE", 0),
    ("ST_INO", 1),
    ("ST_DEV", 2),
    ("ST_NLINK", 3),
    ("ST_UID", 4),
    ("ST_GID", 5),
    ("ST_SIZE", 6),
    ("ST_ATIME", 7),
    ("ST_MTIME", 8),
    ("ST_CTIME", 9),
];

macro_rules! is_fn {
    ($name:ident, $py:literal, $test:expr) => {
        fn $name(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
            let m = mode_arg(&args, $py)?;
            let test: fn(u64) -> bool = $test;
            Ok(Value::Bool(test(m)))
        }
    };
}

is_fn!(s_isdir, "S_ISDIR", |m| m & S_IFMT == S_IFDIR);
is_fn!(s_ischr, "S_ISCHR", |m| m & S_IFMT == S_IFCHR);
is_fn!(s_isblk, "S_ISBLK", |m| m & S_IFMT == S_IFBLK);
is_fn!(s_isreg, "S_ISREG", |m| m & S_IFMT == S_IFREG);
is_fn!(s_isfifo, "S_ISFIFO", |m| m & S_IFMT == S_IFIFO);
is_fn!(s_islnk, "S_ISLNK", |m| m & S_IFMT == S_IFLNK);
is_fn!(s_issock, "S_ISSOCK", |m| m & S_IFMT == S_IFSOCK);
is_fn!(s_isdoor, "S_ISDOOR", |_| false);
is_fn!(s_isport, "S_ISPORT", |_| false);
is_fn!(s_iswht, "S_ISWHT", |_| false);

/// The one `mode` argument (CPython's `_PyLong_AsMode_t`: an unsigned 32-bit int).
fn mode_arg(args: &Args<'_>, fname: &str) -> PyResult<u64> {
    let pos = args.exact(&format!("_stat.{fname}"), 1)?;
    mode_of(&pos[0])
}

pub fn mode_of(v: &Value) -> PyResult<u64> {
    let n = match v {
        Value::Int(n) => *n as i128,
        Value::Bool(b) => i128::from(*b),
        Value::Obj(_) => match krait_object::types::int::int_val(v) {
            Some(x) => match i128::try_from(&*x.to_big()) {
                Ok(n) => n,
                Err(_) => return Err(overflow_error("mode out of range")),
            },
            None => return Err(type_error("an integer is required")),
        },
        _ => return Err(type_error("an integer is required")),
    };
    if n < 0 {
        return Err(overflow_error(
            "can't convert negative value to unsigned int",
        ));
    }
    if n > i128::from(u32::MAX) {
        return Err(overflow_error("mode out of range"));
    }
    Ok(n as u64)
}

fn s_imode(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int((mode_arg(&args, "S_IMODE")? & 0o7777) as i64))
}

fn s_ifmt(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int((mode_arg(&args, "S_IFMT")? & S_IFMT) as i64))
}

/// `ls -l`'s mode string (`-rw-r--r--`).
pub fn filemode_string(m: u64) -> String {
    let kind = match m & S_IFMT {
        S_IFLNK => 'l',
        S_IFSOCK => 's',
        S_IFREG => '-',
        S_IFBLK => 'b',
        S_IFDIR => 'd',
        S_IFCHR => 'c',
        S_IFIFO => 'p',
        _ => '?',
    };
    let mut s = String::with_capacity(10);
    s.push(kind);
    let bit = |b: u64, c: char| if m & b != 0 { c } else { '-' };
    let exec = |x: u64, special: u64, on: char, off: char| match (m & x != 0, m & special != 0) {
        (true, true) => on,
        (false, true) => off,
        (true, false) => 'x',
        (false, false) => '-',
    };
    s.push(bit(0o400, 'r'));
    s.push(bit(0o200, 'w'));
    s.push(exec(0o100, 0o4000, 's', 'S'));
    s.push(bit(0o040, 'r'));
    s.push(bit(0o020, 'w'));
    s.push(exec(0o010, 0o2000, 's', 'S'));
    s.push(bit(0o004, 'r'));
    s.push(bit(0o002, 'w'));
    s.push(exec(0o001, 0o1000, 't', 'T'));
    s
}

fn filemode(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(new_string(filemode_string(mode_arg(&args, "filemode")?)))
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with(
        "_stat",
        &[
            ("S_ISDIR", s_isdir),
            ("S_ISCHR", s_ischr),
            ("S_ISBLK", s_isblk),
            ("S_ISREG", s_isreg),
            ("S_ISFIFO", s_isfifo),
            ("S_ISLNK", s_islnk),
            ("S_ISSOCK", s_issock),
            ("S_ISDOOR", s_isdoor),
            ("S_ISPORT", s_isport),
            ("S_ISWHT", s_iswht),
            ("S_IMODE", s_imode),
            ("S_IFMT", s_ifmt),
            ("filemode", filemode),
        ],
    );
    for &(name, n) in CONSTANTS {
        set_attr(&m, name, Value::Int(n));
    }
    Ok(m)
}
