//! `_io.FileIO`: raw, unbuffered file I/O on a descriptor (CPython's `fileio.c`).

use std::cell::{Cell, RefCell};

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::{type_error, value_error, PyResult};
use krait_object::interp::Interp;
use krait_object::method;
use krait_object::native::{
    make_type, native_ref, new_native, GetSetDef, NativeData, TypeSpec, BASETYPE,
};
use krait_object::object::ObjRef;
use krait_object::protocol;
use krait_object::typeobj::TypeData;
use krait_object::types::bytes::new_bytes;
use krait_object::types::str::{new_str, new_string};
use krait_object::Value;

use super::util::{buffer_len, bytes_like, fill_buffer, me, me_max, size_arg, unsupported};
use crate::modules::posix::path::{errno, os_error_with, path_arg};

const TY: &str = "_io.FileIO";

pub struct FileIO {
    /// The descriptor; -1 once closed (or before `__init__`).
    pub fd: Cell<i32>,
    pub readable: Cell<bool>,
    pub writable: Cell<bool>,
    appending: Cell<bool>,
    created: Cell<bool>,
    closefd: Cell<bool>,
    /// `seekable()` once asked (-1 unknown).
    seekable: Cell<i8>,
    pub blksize: Cell<i64>,
    pub name: RefCell<Value>,
}

impl NativeData for FileIO {
    fn traverse(
        &self,
        visit: krait_object::gc::traverse::Visit,
    ) -> Result<(), krait_object::gc::traverse::Busy> {
        let n = self
            .name
            .try_borrow()
            .map_err(|_| krait_object::gc::traverse::Busy)?;
        krait_object::native::visit_value(&n, visit);
        Ok(())
    }
    fn clear_refs(&self, trash: &mut Vec<Value>) -> Result<(), krait_object::gc::traverse::Busy> {
        let mut n = self
            .name
            .try_borrow_mut()
            .map_err(|_| krait_object::gc::traverse::Busy)?;
        trash.push(std::mem::replace(&mut *n, Value::None));
        Ok(())
    }
    fn tracked(&self) -> bool {
        true
    }
}

impl Drop for FileIO {
    /// A FileIO that still owns its descriptor closes it when freed.
    fn drop(&mut self) {
        let fd = self.fd.get();
        if fd >= 0 && self.closefd.get() {
            // SAFETY: closing a descriptor this object owns.
            unsafe { libc::close(fd) };
        }
    }
}

impl FileIO {
    fn blank() -> FileIO {
        FileIO {
            fd: Cell::new(-1),
            readable: Cell::new(false),
            writable: Cell::new(false),
            appending: Cell::new(false),
            created: Cell::new(false),
            closefd: Cell::new(true),
            seekable: Cell::new(-1),
            blksize: Cell::new(8192),
            name: RefCell::new(Value::None),
        }
    }

    /// The raw layer of a standard stream (`closefd=False`).
    pub fn for_std(fd: i32, name: &str) -> FileIO {
        let f = FileIO::blank();
        f.fd.set(fd);
        f.readable.set(fd == 0);
        f.writable.set(fd != 0);
        f.closefd.set(false);
        *f.name.borrow_mut() = new_str(name);
        f
    }

    pub fn mode_string(&self) -> &'static str {
        let (r, w) = (self.readable.get(), self.writable.get());
        if self.created.get() {
            if r {
                "xb+"
            } else {
                "xb"
            }
        } else if self.appending.get() {
            if r {
                "ab+"
            } else {
                "ab"
            }
        } else if r && w {
            "rb+"
        } else if r {
            "rb"
        } else {
            "wb"
        }
    }

    fn check_open(&self) -> PyResult<i32> {
        let fd = self.fd.get();
        if fd < 0 {
            return Err(value_error("I/O operation on closed file"));
        }
        Ok(fd)
    }

    fn check_readable(&self) -> PyResult<i32> {
        let fd = self.check_open()?;
        if !self.readable.get() {
            return Err(unsupported("File not open for reading"));
        }
        Ok(fd)
    }

    fn check_writable(&self) -> PyResult<i32> {
        let fd = self.check_open()?;
        if !self.writable.get() {
            return Err(unsupported("File not open for writing"));
        }
        Ok(fd)
    }

    /// Reads up to `n` bytes (one `read` call, retried on EINTR).
    pub fn read_n(&self, i: &mut dyn Interp, n: usize) -> PyResult<Vec<u8>> {
        let fd = self.check_readable()?;
        // One read call returns at most this much anyway (a short read is allowed);
        // the cap keeps `read(huge)` from allocating `huge` bytes up front.
        let n = n.min(1 << 26);
        let mut buf = vec![0u8; n];
        loop {
            // SAFETY: `buf` has `n` writable bytes.
            let r = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), n) };
            if r < 0 {
                if errno() == libc::EINTR {
                    continue;
                }
                return Err(os_error_with(i, errno(), None, None));
            }
            buf.truncate(r as usize);
            return Ok(buf);
        }
    }

    /// Reads to end of file.
    pub fn read_all(&self, i: &mut dyn Interp) -> PyResult<Vec<u8>> {
        let fd = self.check_readable()?;
        let mut out = Vec::new();
        let mut chunk = 8192usize;
        loop {
            let start = out.len();
            out.resize(start + chunk, 0);
            // SAFETY: the tail of `out` has `chunk` writable bytes.
            let r = unsafe { libc::read(fd, out[start..].as_mut_ptr().cast(), chunk) };
            if r < 0 {
                out.truncate(start);
                if errno() == libc::EINTR {
                    continue;
                }
                return Err(os_error_with(i, errno(), None, None));
            }
            out.truncate(start + r as usize);
            if r == 0 {
                return Ok(out);
            }
            chunk = (chunk * 2).min(1 << 20);
        }
    }

    /// Writes `data` once (may be partial); returns the count.
    pub fn write_bytes(&self, i: &mut dyn Interp, data: &[u8]) -> PyResult<usize> {
        let fd = self.check_writable()?;
        loop {
            // SAFETY: `data` is a valid buffer.
            let r = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
            if r < 0 {
                if errno() == libc::EINTR {
                    continue;
                }
                return Err(os_error_with(i, errno(), None, None));
            }
            return Ok(r as usize);
        }
    }

    pub fn seek_to(&self, i: &mut dyn Interp, pos: i64, whence: i32) -> PyResult<i64> {
        let fd = self.check_open()?;
        // SAFETY: plain syscall.
        let r = unsafe { libc::lseek(fd, pos, whence) };
        if r < 0 {
            return Err(os_error_with(i, errno(), None, None));
        }
        Ok(r)
    }

    pub fn close_fd(&self, i: &mut dyn Interp) -> PyResult<()> {
        let fd = self.fd.replace(-1);
        if fd >= 0 && self.closefd.get() {
            // SAFETY: closing the descriptor this object owned.
            if unsafe { libc::close(fd) } != 0 {
                return Err(os_error_with(i, errno(), None, None));
            }
        }
        Ok(())
    }
}

fn fileio_new(_i: &mut dyn Interp, cls: &ObjRef, _args: Args<'_>) -> PyResult<Value> {
    Ok(new_native(cls.clone(), FileIO::blank()))
}

static INIT_SIG: Sig = Sig {
    fname: "FileIO",
    names: &["file", "mode", "closefd", "opener"],
    posonly: 0,
    required: 1,
};

/// Parses a FileIO mode: (readable, writable, appending, created, flags).
fn parse_mode(mode: &str) -> PyResult<(bool, bool, bool, bool, i32)> {
    let (mut r, mut w, mut a, mut x, mut plus) = (false, false, false, false, false);
    let mut rwa = false;
    let bad = || value_error(format!("invalid mode: {mode}"));
    for c in mode.chars() {
        match c {
            'x' | 'r' | 'w' | 'a' => {
                if rwa {
                    return Err(value_error(
                        "Must have exactly one of create/read/write/append mode and at most one plus",
                    ));
                }
                rwa = true;
                match c {
                    'x' => x = true,
                    'r' => r = true,
                    'w' => w = true,
                    _ => {
                        w = true;
                        a = true;
                    }
                }
            }
            '+' => {
                if plus {
                    return Err(value_error(
                        "Must have exactly one of create/read/write/append mode and at most one plus",
                    ));
                }
                plus = true;
            }
            'b' => {}
            _ => return Err(bad()),
        }
    }
    if !rwa {
        return Err(value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    let mut flags = 0;
    if x {
        w = true;
        flags |= libc::O_EXCL | libc::O_CREAT;
    } else if w && !a {
        flags |= libc::O_CREAT | libc::O_TRUNC;
    } else if a {
        flags |= libc::O_APPEND | libc::O_CREAT;
    }
    if plus {
        r = true;
        w = true;
    }
    flags |= match (r, w) {
        (true, true) => libc::O_RDWR,
        (true, false) => libc::O_RDONLY,
        _ => libc::O_WRONLY,
    };
    Ok((r, w, a, x, flags | libc::O_CLOEXEC))
}

fn fileio_init(i: &mut dyn Interp, this: &Value, args: Args<'_>) -> PyResult<()> {
    let a = parse(&args, &INIT_SIG)?;
    let Some(f) = native_ref::<FileIO>(this) else {
        return Err(type_error("FileIO.__init__ needs a FileIO"));
    };
    if f.fd.get() >= 0 {
        if f.closefd.get() {
            f.close_fd(i)?;
        } else {
            f.fd.set(-1);
        }
    }
    let file = a[0].clone().unwrap_or(Value::None);
    let mode = match &a[1] {
        None => "r".to_owned(),
        Some(m) => match m.as_str_data() {
            Some(s) => s.lossy().into_owned(),
            None => {
                return Err(type_error(format!(
                    "FileIO() argument 'mode' must be str, not {}",
                    m.class_name()
                )))
            }
        },
    };
    let closefd = match &a[2] {
        None => true,
        Some(v) => protocol::truthy(i, v)?,
    };
    let opener = a[3].clone().unwrap_or(Value::None);
    let (r, w, app, x, flags) = parse_mode(&mode)?;
    let fd = if let Some(n) = protocol::as_index_opt(&file) {
        if n < 0 {
            return Err(value_error("negative file descriptor"));
        }
        i32::try_from(n).map_err(|_| {
            krait_object::error::overflow_error("signed integer is greater than maximum")
        })?
    } else {
        if !closefd {
            return Err(value_error("Cannot use closefd=False with file name"));
        }
        let p = path_arg(i, "FileIO", "file", &file, false).map_err(|e| {
            if e.matches(&krait_object::types::builtin_types().exc.type_error) {
                type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    file.class_name()
                ))
            } else {
                e
            }
        })?;
        if opener.is_none() {
            loop {
                // SAFETY: `p.c` is NUL-terminated.
                let fd = unsafe { libc::open(p.c.as_ptr(), flags, 0o666 as libc::c_uint) };
                if fd < 0 {
                    if errno() == libc::EINTR {
                        continue;
                    }
                    return Err(os_error_with(i, errno(), Some(&file), None));
                }
                break fd;
            }
        } else {
            let r = protocol::call0(i, &opener, &[file.clone(), Value::Int(i64::from(flags))])?;
            let Some(n) = protocol::as_index_opt(&r) else {
                return Err(type_error("expected integer from opener"));
            };
            if n < 0 {
                return Err(value_error(format!("opener returned {n}")));
            }
            n as i32
        }
    };
    f.fd.set(fd);
    f.readable.set(r);
    f.writable.set(w);
    f.appending.set(app);
    f.created.set(x);
    f.closefd.set(closefd);
    f.seekable.set(-1);
    // A directory opens fine for reading: refuse it as CPython does.
    // SAFETY: a zeroed stat is valid; fstat fills it.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `st` is a valid out-pointer.
    if unsafe { libc::fstat(fd, &mut st) } == 0 {
        if st.st_mode & libc::S_IFMT == libc::S_IFDIR {
            let _ = f.close_fd(i);
            return Err(os_error_with(i, libc::EISDIR, Some(&file), None));
        }
        if st.st_blksize > 1 {
            f.blksize.set(st.st_blksize);
        }
    } else if errno() == libc::EBADF {
        f.fd.set(-1);
        return Err(os_error_with(i, libc::EBADF, None, None));
    }
    *f.name.borrow_mut() = file;
    if app {
        // SAFETY: plain syscall; errors are ignored as CPython does.
        unsafe { libc::lseek(fd, 0, libc::SEEK_END) };
    }
    Ok(())
}

fn fileio_repr(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let Some(f) = native_ref::<FileIO>(v) else {
        return Ok(new_str("<_io.FileIO>"));
    };
    let cname = if v.as_obj().is_some_and(|o| o.class_is(&fileio_type())) {
        "_io.FileIO".to_owned()
    } else {
        v.class_name()
    };
    if f.fd.get() < 0 {
        return Ok(new_string(format!("<{cname} [closed]>")));
    }
    let name = f.name.borrow().clone();
    let closefd = if f.closefd.get() { "True" } else { "False" };
    let mode = f.mode_string();
    let shown = match name {
        Value::Int(n) => n.to_string(),
        v => protocol::repr_string(i, &v)?,
    };
    Ok(new_string(format!(
        "<{cname} name={shown} mode='{mode}' closefd={closefd}>"
    )))
}

fn setup(t: &TypeData) {
    t.slots.new.set(Some(fileio_new));
    t.slots.init.set(Some(fileio_init));
    t.slots.repr.set(Some(fileio_repr));
}

fn read(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (f, rest) = me_max::<FileIO>(&args, "read", TY, 1)?;
    let n = size_arg(i, rest.first())?;
    f.check_readable()?;
    if n < 0 {
        return Ok(new_bytes(f.read_all(i)?));
    }
    Ok(new_bytes(f.read_n(i, n as usize)?))
}

fn readall(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (f, _) = me_max::<FileIO>(&args, "readall", TY, 0)?;
    Ok(new_bytes(f.read_all(i)?))
}

fn readinto(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (f, _) = me::<FileIO>(&args, "readinto", TY)?;
    let dst = &super::util::one_arg(&args, "readinto")?;
    f.check_readable()?;
    let n = buffer_len(dst)?;
    let data = f.read_n(i, n)?;
    Ok(Value::Int(fill_buffer(dst, &data)? as i64))
}

fn write(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (f, _) = me::<FileIO>(&args, "write", TY)?;
    let b = &super::util::one_arg(&args, "write")?;
    let data = bytes_like(b)?;
    f.check_writable()?;
    Ok(Value::Int(f.write_bytes(i, &data)? as i64))
}

fn seek(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (f, rest) = me_max::<FileIO>(&args, "seek", TY, 2)?;
    if rest.is_empty() {
        return Err(type_error("seek expected at least 1 argument, got 0"));
    }
    f.check_open()?;
    if let Value::Float(_) = rest[0] {
        return Err(type_error("an integer is required"));
    }
    let pos = protocol::index_i64(i, &rest[0])?;
    let whence = match rest.get(1) {
        Some(w) => protocol::index_i64(i, w)? as i32,
        None => 0,
    };
    Ok(Value::Int(f.seek_to(i, pos, whence)?))
}

fn tell(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (f, _) = me_max::<FileIO>(&args, "tell", TY, 0)?;
    Ok(Value::Int(f.seek_to(i, 0, libc::SEEK_CUR)?))
}

fn truncate(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (f, rest) = me_max::<FileIO>(&args, "truncate", TY, 1)?;
    let fd = f.check_open()?;
    if !f.writable.get() {
        return Err(unsupported("File not open for writing"));
    }
    let size = match rest.first() {
        None | Some(Value::None) => f.seek_to(i, 0, libc::SEEK_CUR)?,
        Some(v) => protocol::index_i64(i, v)?,
    };
    // SAFETY: plain syscall.
    if unsafe { libc::ftruncate(fd, size) } != 0 {
        return Err(os_error_with(i, errno(), None, None));
    }
    Ok(Value::Int(size))
}

fn close(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (f, _) = me_max::<FileIO>(&args, "close", TY, 0)?;
    f.close_fd(i)?;
    Ok(Value::None)
}

fn fileno(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (f, _) = me_max::<FileIO>(&args, "fileno", TY, 0)?;
    Ok(Value::Int(i64::from(f.check_open()?)))
}

fn isatty(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (f, _) = me_max::<FileIO>(&args, "isatty", TY, 0)?;
    let fd = f.check_open()?;
    // SAFETY: plain syscall.
    Ok(Value::Bool(unsafe { libc::isatty(fd) } == 1))
}

fn readable(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (f, _) = me_max::<FileIO>(&args, "readable", TY, 0)?;
    f.check_open()?;
    Ok(Value::Bool(f.readable.get()))
}

fn writable(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (f, _) = me_max::<FileIO>(&args, "writable", TY, 0)?;
    f.check_open()?;
    Ok(Value::Bool(f.writable.get()))
}

pub fn is_seekable(f: &FileIO) -> PyResult<bool> {
    let fd = f.check_open()?;
    if f.seekable.get() < 0 {
        // SAFETY: plain syscall.
        let r = unsafe { libc::lseek(fd, 0, libc::SEEK_CUR) };
        f.seekable.set(i8::from(r >= 0));
    }
    Ok(f.seekable.get() == 1)
}

fn seekable(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (f, _) = me_max::<FileIO>(&args, "seekable", TY, 0)?;
    Ok(Value::Bool(is_seekable(f)?))
}

fn get_closed(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (f, _) = me::<FileIO>(&args, "closed", TY)?;
    Ok(Value::Bool(f.fd.get() < 0))
}

fn get_closefd(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (f, _) = me::<FileIO>(&args, "closefd", TY)?;
    Ok(Value::Bool(f.closefd.get()))
}

fn get_mode(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (f, _) = me::<FileIO>(&args, "mode", TY)?;
    Ok(new_str(f.mode_string()))
}

fn get_name(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (f, _) = me::<FileIO>(&args, "name", TY)?;
    Ok(f.name.borrow().clone())
}

fn set_name(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (f, rest) = me::<FileIO>(&args, "name", TY)?;
    *f.name.borrow_mut() = rest.first().cloned().unwrap_or(Value::None);
    Ok(Value::None)
}

fn get_blksize(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (f, _) = me::<FileIO>(&args, "_blksize", TY)?;
    Ok(Value::Int(f.blksize.get()))
}

static SPEC: TypeSpec = TypeSpec {
    flags: BASETYPE,
    base: Some(super::iobase::raw_iobase_type),
    methods: &[
        method!("read", read),
        method!("readall", readall),
        method!("readinto", readinto),
        method!("write", write),
        method!("seek", seek),
        method!("tell", tell),
        method!("truncate", truncate),
        method!("close", close),
        method!("fileno", fileno),
        method!("isatty", isatty),
        method!("readable", readable),
        method!("writable", writable),
        method!("seekable", seekable),
    ],
    getsets: &[
        GetSetDef {
            name: "closed",
            get: get_closed,
            set: None,
        },
        GetSetDef {
            name: "closefd",
            get: get_closefd,
            set: None,
        },
        GetSetDef {
            name: "mode",
            get: get_mode,
            set: None,
        },
        GetSetDef {
            name: "name",
            get: get_name,
            set: Some(set_name),
        },
        GetSetDef {
            name: "_blksize",
            get: get_blksize,
            set: None,
        },
    ],
    ..TypeSpec::new("FileIO", "_io", setup)
};

thread_local! {
    static TYPE: ObjRef = make_type(&SPEC);
}

pub fn fileio_type() -> ObjRef {
    TYPE.with(|t| t.clone())
}

/// A new FileIO over `fd` (for the standard streams and `open`).
pub fn new_fileio(
    i: &mut dyn Interp,
    file: Value,
    mode: &str,
    closefd: bool,
    opener: Value,
) -> PyResult<Value> {
    let v = new_native(fileio_type(), FileIO::blank());
    let vals = [file, new_str(mode), Value::Bool(closefd), opener];
    fileio_init(i, &v, Args::positional(&vals))?;
    Ok(v)
}
