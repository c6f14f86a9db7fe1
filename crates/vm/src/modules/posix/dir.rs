//! `listdir`, `scandir` and its `DirEntry`s (readdir order, as CPython: callers sort).

use std::cell::RefCell;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::DirEntryExt;

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::{type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::method;
use krait_object::native::{expect_native, make_type, new_native, GetSetDef, NativeData, TypeSpec};
use krait_object::object::ObjRef;
use krait_object::protocol;
use krait_object::typeobj::TypeData;
use krait_object::types::list::new_list;
use krait_object::types::str::new_string;
use krait_object::Value;

use super::path::{fs_value, os_error_with, path_arg, PathArg};
use super::stat::{do_stat, flag_arg, stat_value};

/// The directory a listing reads: its bytes path (`.` by default) and result kind.
fn dir_target(i: &mut dyn Interp, fname: &str, v: Option<&Value>) -> PyResult<(PathArg, Vec<u8>)> {
    let v = match v {
        None | Some(Value::None) => {
            let p = path_arg(
                i,
                fname,
                "path",
                &krait_object::types::str::new_str("."),
                false,
            )?;
            return Ok((p, b".".to_vec()));
        }
        Some(v) => v,
    };
    let p = path_arg(i, fname, "path", v, true).map_err(|e| {
        if e.matches(&krait_object::types::builtin_types().exc.type_error) {
            type_error(format!(
                "{fname}: path should be string, bytes, os.PathLike, integer or None, not {}",
                v.class_name()
            ))
        } else {
            e
        }
    })?;
    let bytes = match p.fd {
        Some(fd) => format!("/proc/self/fd/{fd}").into_bytes(),
        None => p.bytes().to_vec(),
    };
    Ok((p, bytes))
}

fn open_dir(i: &mut dyn Interp, p: &PathArg, bytes: &[u8]) -> PyResult<std::fs::ReadDir> {
    std::fs::read_dir(std::ffi::OsStr::from_bytes(bytes)).map_err(|e| {
        let code = e.raw_os_error().unwrap_or(0);
        if p.fd.is_some() {
            os_error_with(i, code, None, None)
        } else {
            os_error_with(i, code, Some(&p.obj), None)
        }
    })
}

static LISTDIR_SIG: Sig = Sig {
    fname: "listdir",
    names: &["path"],
    posonly: 0,
    required: 0,
};

pub fn listdir(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse(&args, &LISTDIR_SIG)?;
    let (p, bytes) = dir_target(i, "listdir", a[0].as_ref())?;
    let rd = open_dir(i, &p, &bytes)?;
    let mut out = Vec::new();
    for e in rd {
        match e {
            Ok(e) => out.push(fs_value(e.file_name().as_bytes(), p.is_bytes)),
            Err(err) => {
                return Err(os_error_with(
                    i,
                    err.raw_os_error().unwrap_or(0),
                    Some(&p.obj),
                    None,
                ))
            }
        }
    }
    Ok(new_list(out))
}

/// A `posix.DirEntry`.
struct DirEntry {
    name: Value,
    path: Value,
    /// The entry's path bytes (for stat).
    raw: Vec<u8>,
    is_bytes: bool,
    ino: u64,
    /// The kind readdir reported (None: unknown).
    ftype: Option<std::fs::FileType>,
    stat: RefCell<Option<Value>>,
    lstat: RefCell<Option<Value>>,
}

impl NativeData for DirEntry {}

fn entry_new(_i: &mut dyn Interp, _cls: &ObjRef, _args: Args<'_>) -> PyResult<Value> {
    Err(type_error("cannot create 'posix.DirEntry' instances"))
}

fn entry_setup(t: &TypeData) {
    t.slots.new.set(Some(entry_new));
    t.slots.repr.set(Some(|i, v| {
        let e = this(v, "__repr__")?;
        let r = protocol::repr_string(i, &e.name.clone())?;
        Ok(new_string(format!("<DirEntry {r}>")))
    }));
}

static ENTRY_SPEC: TypeSpec = TypeSpec {
    methods: &[
        method!("inode", entry_inode),
        method!("is_dir", entry_is_dir),
        method!("is_file", entry_is_file),
        method!("is_symlink", entry_is_symlink),
        method!("stat", entry_stat),
        method!("__fspath__", entry_fspath),
    ],
    getsets: &[
        GetSetDef {
            name: "name",
            get: entry_name,
            set: None,
        },
        GetSetDef {
            name: "path",
            get: entry_path,
            set: None,
        },
    ],
    ..TypeSpec::new("DirEntry", "posix", entry_setup)
};

thread_local! {
    static ENTRY_TYPE: ObjRef = make_type(&ENTRY_SPEC);
    static SCANDIR_TYPE: ObjRef = make_type(&SCANDIR_SPEC);
}

pub fn entry_type() -> ObjRef {
    ENTRY_TYPE.with(|t| t.clone())
}

fn this<'a>(v: &'a Value, m: &str) -> PyResult<&'a DirEntry> {
    expect_native::<DirEntry>(v, m, "posix.DirEntry")
}

fn self_of<'a>(args: &Args<'a>, m: &str) -> PyResult<&'a Value> {
    args.pos().first().ok_or_else(|| {
        type_error(format!(
            "descriptor '{m}' of 'posix.DirEntry' object needs an argument"
        ))
    })
}

fn entry_name(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(this(self_of(&args, "name")?, "name")?.name.clone())
}

fn entry_path(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(this(self_of(&args, "path")?, "path")?.path.clone())
}

fn entry_fspath(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("__fspath__", 1)?;
    Ok(this(&args.pos()[0], "__fspath__")?.path.clone())
}

fn entry_inode(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("inode", 1)?;
    let e = this(&args.pos()[0], "inode")?;
    Ok(Value::from_bigint(num_bigint::BigInt::from(e.ino)))
}

/// The `follow_symlinks` keyword of the `is_*`/`stat` methods (keyword-only).
fn follow_kw(i: &mut dyn Interp, args: &Args<'_>, m: &str) -> PyResult<bool> {
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(type_error(format!(
            "{m}() takes 0 positional arguments but {} were given",
            pos.len() - 1
        )));
    }
    let kw = krait_object::argparse::kwonly(args, m, &["follow_symlinks"])?;
    flag_arg(i, kw[0].as_ref(), true)
}

/// The entry's stat (cached), following symlinks or not.
fn entry_stat_value(i: &mut dyn Interp, e: &DirEntry, follow: bool) -> PyResult<Value> {
    let is_link = e.ftype.is_some_and(|t| t.is_symlink());
    let cache = if follow && is_link { &e.stat } else { &e.lstat };
    if let Some(v) = cache.borrow().clone() {
        return Ok(v);
    }
    let p = PathArg {
        obj: e.path.clone(),
        c: std::ffi::CString::new(e.raw.clone()).unwrap_or_default(),
        is_bytes: e.is_bytes,
        fd: None,
    };
    let st = do_stat(i, &p, None, follow)?;
    let v = stat_value(&st);
    *cache.borrow_mut() = Some(v.clone());
    Ok(v)
}

fn entry_stat(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let follow = follow_kw(i, &args, "stat")?;
    let e = this(&args.pos()[0], "stat")?;
    entry_stat_value(i, e, follow)
}

/// Whether the entry is of kind `mask` (an `S_IFMT` value).
fn test_kind(i: &mut dyn Interp, e: &DirEntry, follow: bool, mask: u32) -> PyResult<bool> {
    if let Some(t) = e.ftype {
        if !(follow && t.is_symlink()) {
            return Ok(match mask {
                libc::S_IFDIR => t.is_dir(),
                libc::S_IFREG => t.is_file(),
                _ => t.is_symlink(),
            });
        }
    }
    match entry_stat_value(i, e, follow) {
        Ok(st) => {
            let mode = protocol::getitem(i, &st, &Value::Int(0))?;
            let m = protocol::index_i64(i, &mode)? as u32;
            Ok(m & libc::S_IFMT == mask)
        }
        Err(err)
            if err.matches(
                &krait_object::types::builtin_types()
                    .exc
                    .file_not_found_error,
            ) =>
        {
            Ok(false)
        }
        Err(err) => Err(err),
    }
}

fn entry_is_dir(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let follow = follow_kw(i, &args, "is_dir")?;
    let e = this(&args.pos()[0], "is_dir")?;
    Ok(Value::Bool(test_kind(i, e, follow, libc::S_IFDIR)?))
}

fn entry_is_file(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let follow = follow_kw(i, &args, "is_file")?;
    let e = this(&args.pos()[0], "is_file")?;
    Ok(Value::Bool(test_kind(i, e, follow, libc::S_IFREG)?))
}

fn entry_is_symlink(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("is_symlink", 1)?;
    let e = this(&args.pos()[0], "is_symlink")?;
    Ok(Value::Bool(test_kind(i, e, false, libc::S_IFLNK)?))
}

/// A `posix.ScandirIterator`: the open directory until exhausted or closed.
struct Scandir {
    rd: RefCell<Option<std::fs::ReadDir>>,
    /// The directory as given (for entry paths), `None` for an fd.
    dir: Option<Vec<u8>>,
    path_obj: Value,
    is_bytes: bool,
}

impl NativeData for Scandir {}

fn scandir_this(v: &Value) -> PyResult<&Scandir> {
    expect_native::<Scandir>(v, "__next__", "posix.ScandirIterator")
}

fn scandir_setup(t: &TypeData) {
    t.slots.new.set(Some(|_, _, _| {
        Err(type_error(
            "cannot create 'posix.ScandirIterator' instances",
        ))
    }));
    t.slots.iter.set(Some(|_, v| Ok(v.clone())));
    t.slots.next.set(Some(scandir_next));
}

fn scandir_next(i: &mut dyn Interp, v: &Value) -> PyResult<Option<Value>> {
    let s = scandir_this(v)?;
    let item = {
        let mut rd = s.rd.borrow_mut();
        let Some(it) = rd.as_mut() else {
            return Ok(None);
        };
        let item = it.next();
        if item.is_none() {
            *rd = None;
        }
        item
    };
    let e = match item {
        None => return Ok(None),
        Some(Err(err)) => {
            let code = err.raw_os_error().unwrap_or(0);
            return Err(os_error_with(i, code, Some(&s.path_obj), None));
        }
        Some(Ok(e)) => e,
    };
    let name = e.file_name().as_bytes().to_vec();
    let raw = match &s.dir {
        Some(d) => {
            let mut r = d.clone();
            if !r.ends_with(b"/") {
                r.push(b'/');
            }
            r.extend_from_slice(&name);
            r
        }
        None => name.clone(),
    };
    let entry = DirEntry {
        name: fs_value(&name, s.is_bytes),
        path: fs_value(&raw, s.is_bytes),
        raw,
        is_bytes: s.is_bytes,
        ino: e.ino(),
        ftype: e.file_type().ok(),
        stat: RefCell::new(None),
        lstat: RefCell::new(None),
    };
    Ok(Some(new_native(entry_type(), entry)))
}

fn scandir_close(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("close", 1)?;
    *scandir_this(&args.pos()[0])?.rd.borrow_mut() = None;
    Ok(Value::None)
}

fn scandir_enter(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("__enter__", 1)?;
    Ok(args.pos()[0].clone())
}

fn scandir_exit(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if let Some(v) = pos.first() {
        *scandir_this(v)?.rd.borrow_mut() = None;
    }
    Ok(Value::None)
}

static SCANDIR_SPEC: TypeSpec = TypeSpec {
    methods: &[
        method!("close", scandir_close),
        method!("__enter__", scandir_enter),
        method!("__exit__", scandir_exit),
    ],
    ..TypeSpec::new("ScandirIterator", "posix", scandir_setup)
};

static SCANDIR_SIG: Sig = Sig {
    fname: "scandir",
    names: &["path"],
    posonly: 0,
    required: 0,
};

pub fn scandir(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse(&args, &SCANDIR_SIG)?;
    let (p, bytes) = dir_target(i, "scandir", a[0].as_ref())?;
    let rd = open_dir(i, &p, &bytes)?;
    let s = Scandir {
        rd: RefCell::new(Some(rd)),
        dir: if p.fd.is_some() { None } else { Some(bytes) },
        path_obj: p.obj.clone(),
        is_bytes: p.is_bytes,
    };
    Ok(new_native(SCANDIR_TYPE.with(|t| t.clone()), s))
}
