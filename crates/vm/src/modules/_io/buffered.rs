//! `BufferedReader`, `BufferedWriter`, `BufferedRandom` (one state, three method sets)
//! over any raw stream; a native `FileIO` raw is driven directly, anything else through
//! its Python methods (CPython's `bufferedio.c`).

use std::cell::{Cell, RefCell};

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::{type_error, value_error, PyErr, PyResult};
use krait_object::interp::Interp;
use krait_object::method;
use krait_object::native::{
    make_type, native_ref, new_native, visit_value, GetSetDef, NativeData, TypeSpec, BASETYPE,
};
use krait_object::object::ObjRef;
use krait_object::protocol;
use krait_object::typeobj::TypeData;
use krait_object::types::bytes::{bytes_of, new_bytes};
use krait_object::types::str::new_string;
use krait_object::Value;

use super::fileio::FileIO;
use super::util::{buffer_len, bytes_like, call_method, fill_buffer, me, size_arg};

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Reader,
    Writer,
    Random,
}

pub struct Buffered {
    /// The raw stream; `None` once detached (or before `__init__`).
    raw: RefCell<Value>,
    kind: Cell<Kind>,
    ready: Cell<bool>,
    detached: Cell<bool>,
    size: Cell<usize>,
    rbuf: RefCell<Vec<u8>>,
    rpos: Cell<usize>,
    wbuf: RefCell<Vec<u8>>,
    /// For the standard streams (1, 2): writes go to the VM's stream buffers
    /// (`Interp::write_stream_bytes`), so text, bytes and tracebacks stay in order. -1
    /// otherwise.
    std_fd: Cell<i8>,
}

impl NativeData for Buffered {
    fn traverse(
        &self,
        visit: krait_object::gc::traverse::Visit,
    ) -> Result<(), krait_object::gc::traverse::Busy> {
        let r = self
            .raw
            .try_borrow()
            .map_err(|_| krait_object::gc::traverse::Busy)?;
        visit_value(&r, visit);
        Ok(())
    }
    fn clear_refs(&self, trash: &mut Vec<Value>) -> Result<(), krait_object::gc::traverse::Busy> {
        let mut r = self
            .raw
            .try_borrow_mut()
            .map_err(|_| krait_object::gc::traverse::Busy)?;
        trash.push(std::mem::replace(&mut *r, Value::None));
        Ok(())
    }
    fn tracked(&self) -> bool {
        true
    }
}

fn type_name(k: Kind) -> &'static str {
    match k {
        Kind::Reader => "BufferedReader",
        Kind::Writer => "BufferedWriter",
        Kind::Random => "BufferedRandom",
    }
}

impl Buffered {
    fn blank(kind: Kind) -> Buffered {
        Buffered {
            raw: RefCell::new(Value::None),
            kind: Cell::new(kind),
            ready: Cell::new(false),
            detached: Cell::new(false),
            size: Cell::new(super::DEFAULT_BUFFER_SIZE as usize),
            rbuf: RefCell::new(Vec::new()),
            rpos: Cell::new(0),
            wbuf: RefCell::new(Vec::new()),
            std_fd: Cell::new(-1),
        }
    }

    /// The buffered layer of a standard stream over `raw`.
    pub fn for_std(kind: Kind, raw: Value, fd: i8) -> Buffered {
        let b = Buffered::blank(kind);
        *b.raw.borrow_mut() = raw;
        b.ready.set(true);
        if kind == Kind::Writer {
            b.std_fd.set(fd);
        }
        b
    }

    /// The raw stream (`ValueError` when detached or uninitialized).
    pub fn raw(&self) -> PyResult<Value> {
        if self.detached.get() {
            return Err(value_error("raw stream has been detached"));
        }
        if !self.ready.get() {
            return Err(value_error("I/O operation on uninitialized object"));
        }
        Ok(self.raw.borrow().clone())
    }

    fn unread(&self) -> usize {
        self.rbuf.borrow().len() - self.rpos.get()
    }

    fn take_unread(&self, n: usize) -> Vec<u8> {
        let b = self.rbuf.borrow();
        let pos = self.rpos.get();
        let n = n.min(b.len() - pos);
        self.rpos.set(pos + n);
        b[pos..pos + n].to_vec()
    }

    fn clear_read(&self) {
        self.rbuf.borrow_mut().clear();
        self.rpos.set(0);
    }

    pub fn is_closed(&self, i: &mut dyn Interp) -> PyResult<bool> {
        let raw = self.raw()?;
        if let Some(f) = native_ref::<FileIO>(&raw) {
            return Ok(f.fd.get() < 0);
        }
        super::util::is_closed(i, &raw)
    }

    fn check_closed(&self, i: &mut dyn Interp, msg: &str) -> PyResult<()> {
        if self.is_closed(i)? {
            // Pending reads may still be served from a closed stream's buffer (CPython
            // checks only when the buffer is empty); keep it simple: closed is closed.
            return Err(value_error(msg));
        }
        Ok(())
    }

    /// One raw read of up to `n` bytes (`None`: would block).
    fn raw_read(&self, i: &mut dyn Interp, n: usize) -> PyResult<Option<Vec<u8>>> {
        let raw = self.raw()?;
        if let Some(f) = native_ref::<FileIO>(&raw) {
            return f.read_n(i, n).map(Some);
        }
        let r = call_method(i, &raw, "read", &[Value::Int(n as i64)])?;
        if r.is_none() {
            return Ok(None);
        }
        match bytes_of(&r) {
            Some(b) => Ok(Some(b)),
            None => Err(type_error(format!(
                "read() should return bytes, not {}",
                r.class_name()
            ))),
        }
    }

    fn raw_readall(&self, i: &mut dyn Interp) -> PyResult<Option<Vec<u8>>> {
        let raw = self.raw()?;
        if let Some(f) = native_ref::<FileIO>(&raw) {
            return f.read_all(i).map(Some);
        }
        let r = call_method(i, &raw, "readall", &[])?;
        if r.is_none() {
            return Ok(None);
        }
        Ok(Some(bytes_like(&r)?))
    }

    fn raw_write(&self, i: &mut dyn Interp, data: &[u8]) -> PyResult<usize> {
        let raw = self.raw()?;
        if let Some(f) = native_ref::<FileIO>(&raw) {
            return f.write_bytes(i, data);
        }
        let r = call_method(i, &raw, "write", &[new_bytes(data.to_vec())])?;
        if r.is_none() {
            return Err(krait_object::error::new_error(
                &krait_object::types::builtin_types().exc.blocking_io_error,
                "write could not complete without blocking",
            ));
        }
        let n = protocol::index_i64(i, &r)?;
        if n < 0 || n as usize > data.len() {
            return Err(krait_object::error::new_error(
                &krait_object::types::builtin_types().exc.os_error,
                format!(
                    "raw write() returned invalid length {n} (should have been between 0 and {})",
                    data.len()
                ),
            ));
        }
        Ok(n as usize)
    }

    fn raw_seek(&self, i: &mut dyn Interp, pos: i64, whence: i64) -> PyResult<i64> {
        let raw = self.raw()?;
        if let Some(f) = native_ref::<FileIO>(&raw) {
            return f.seek_to(i, pos, whence as i32);
        }
        let r = call_method(i, &raw, "seek", &[Value::Int(pos), Value::Int(whence)])?;
        let n = protocol::index_i64(i, &r)?;
        if n < 0 {
            return Err(krait_object::error::new_error(
                &krait_object::types::builtin_types().exc.os_error,
                format!("Raw stream returned invalid position {n}"),
            ));
        }
        Ok(n)
    }

    /// Writes the write buffer out.
    pub fn flush_writes(&self, i: &mut dyn Interp) -> PyResult<()> {
        if self.std_fd.get() >= 0 {
            return i.flush_stream(self.std_fd.get() as u8);
        }
        loop {
            let data = {
                let w = self.wbuf.borrow();
                if w.is_empty() {
                    return Ok(());
                }
                w.clone()
            };
            let n = self.raw_write(i, &data)?;
            self.wbuf.borrow_mut().drain(..n);
            if n == 0 {
                return Ok(());
            }
        }
    }

    /// Before writing in a random-access stream: give back unread read-ahead.
    fn rewind_reads(&self, i: &mut dyn Interp) -> PyResult<()> {
        let unread = self.unread();
        if unread > 0 {
            self.raw_seek(i, -(unread as i64), 1)?;
        }
        self.clear_read();
        Ok(())
    }

    /// Refills the (empty) read buffer; returns false at EOF / would-block.
    fn fill(&self, i: &mut dyn Interp, want: usize) -> PyResult<bool> {
        let n = want.max(self.size.get());
        let chunk = self.raw_read(i, n)?;
        let Some(chunk) = chunk.filter(|c| !c.is_empty()) else {
            return Ok(false);
        };
        let mut b = self.rbuf.borrow_mut();
        let pos = self.rpos.get();
        b.drain(..pos);
        b.extend_from_slice(&chunk);
        self.rpos.set(0);
        Ok(true)
    }

    pub fn read(&self, i: &mut dyn Interp, n: i64) -> PyResult<Option<Vec<u8>>> {
        if self.kind.get() == Kind::Random {
            self.flush_writes(i)?;
        }
        if n < 0 {
            let mut out = self.take_unread(usize::MAX);
            self.clear_read();
            match self.raw_readall(i)? {
                Some(rest) => out.extend_from_slice(&rest),
                None if out.is_empty() => return Ok(None),
                None => {}
            }
            return Ok(Some(out));
        }
        let n = n as usize;
        while self.unread() < n {
            if !self.fill(i, n - self.unread())? {
                break;
            }
        }
        Ok(Some(self.take_unread(n)))
    }

    pub fn read1(&self, i: &mut dyn Interp, n: usize) -> PyResult<Vec<u8>> {
        if self.kind.get() == Kind::Random {
            self.flush_writes(i)?;
        }
        if n == 0 {
            return Ok(Vec::new());
        }
        if self.unread() == 0 {
            self.fill(i, n)?;
        }
        Ok(self.take_unread(n))
    }

    pub fn readline(&self, i: &mut dyn Interp, limit: i64) -> PyResult<Vec<u8>> {
        if self.kind.get() == Kind::Random {
            self.flush_writes(i)?;
        }
        loop {
            let found = {
                let b = self.rbuf.borrow();
                let pos = self.rpos.get();
                b[pos..].iter().position(|&c| c == b'\n')
            };
            let unread = self.unread();
            if let Some(k) = found {
                let n = if limit >= 0 {
                    (k + 1).min(limit as usize)
                } else {
                    k + 1
                };
                return Ok(self.take_unread(n));
            }
            if limit >= 0 && unread >= limit as usize {
                return Ok(self.take_unread(limit as usize));
            }
            if !self.fill(i, 0)? {
                return Ok(self.take_unread(usize::MAX));
            }
        }
    }

    pub fn write(&self, i: &mut dyn Interp, data: &[u8]) -> PyResult<usize> {
        if self.std_fd.get() >= 0 {
            i.write_stream_bytes(self.std_fd.get() as u8, data)?;
            return Ok(data.len());
        }
        if self.kind.get() == Kind::Random {
            self.rewind_reads(i)?;
        }
        self.wbuf.borrow_mut().extend_from_slice(data);
        if self.wbuf.borrow().len() >= self.size.get() {
            self.flush_writes(i)?;
        }
        Ok(data.len())
    }

    pub fn tell(&self, i: &mut dyn Interp) -> PyResult<i64> {
        let raw = self.raw_seek(i, 0, 1)?;
        let pos = raw - self.unread() as i64 + self.wbuf.borrow().len() as i64;
        Ok(pos.max(0))
    }

    pub fn seek(&self, i: &mut dyn Interp, pos: i64, whence: i64) -> PyResult<i64> {
        self.flush_writes(i)?;
        let target = if whence == 1 {
            pos - self.unread() as i64
        } else {
            pos
        };
        let r = self.raw_seek(i, target, whence)?;
        self.clear_read();
        Ok(r)
    }
}

fn this<'a>(args: &Args<'a>, m: &str) -> PyResult<(&'a Buffered, &'a [Value])> {
    let pos = args.pos();
    let name = pos
        .first()
        .and_then(native_ref::<Buffered>)
        .map_or("BufferedReader", |b| type_name(b.kind.get()));
    me::<Buffered>(args, m, &format!("_io.{name}"))
}

fn new_reader(_i: &mut dyn Interp, cls: &ObjRef, _args: Args<'_>) -> PyResult<Value> {
    Ok(new_native(cls.clone(), Buffered::blank(Kind::Reader)))
}

fn new_writer(_i: &mut dyn Interp, cls: &ObjRef, _args: Args<'_>) -> PyResult<Value> {
    Ok(new_native(cls.clone(), Buffered::blank(Kind::Writer)))
}

fn new_random(_i: &mut dyn Interp, cls: &ObjRef, _args: Args<'_>) -> PyResult<Value> {
    Ok(new_native(cls.clone(), Buffered::blank(Kind::Random)))
}

fn init(i: &mut dyn Interp, this: &Value, args: Args<'_>) -> PyResult<()> {
    let Some(b) = native_ref::<Buffered>(this) else {
        return Err(type_error("Buffered.__init__ needs a buffered object"));
    };
    let sig = Sig {
        fname: type_name(b.kind.get()),
        names: &["raw", "buffer_size"],
        posonly: 0,
        required: 1,
    };
    let a = parse(&args, &sig)?;
    let raw = a[0].clone().unwrap_or(Value::None);
    let size = match &a[1] {
        None => super::DEFAULT_BUFFER_SIZE,
        Some(v) => protocol::index_i64(i, v)?,
    };
    match b.kind.get() {
        Kind::Reader => {
            call_method(i, &raw, "_checkReadable", &[])?;
        }
        Kind::Writer => {
            call_method(i, &raw, "_checkWritable", &[])?;
        }
        Kind::Random => {
            call_method(i, &raw, "_checkSeekable", &[])?;
            call_method(i, &raw, "_checkReadable", &[])?;
            call_method(i, &raw, "_checkWritable", &[])?;
        }
    }
    if size <= 0 {
        return Err(value_error("buffer size must be strictly positive"));
    }
    *b.raw.borrow_mut() = raw;
    b.size.set(size as usize);
    b.ready.set(true);
    b.detached.set(false);
    b.clear_read();
    b.wbuf.borrow_mut().clear();
    Ok(())
}

fn repr(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let cls = v.class();
    let cname = match native_ref::<Buffered>(v) {
        Some(b)
            if v.as_obj()
                .is_some_and(|o| o.class_is(&type_of(b.kind.get()))) =>
        {
            format!("_io.{}", type_name(b.kind.get()))
        }
        _ => protocol::td(&cls).name(),
    };
    match protocol::getattr_str(i, v, "name") {
        Ok(name) => {
            let r = protocol::repr_string(i, &name)?;
            Ok(new_string(format!("<{cname} name={r}>")))
        }
        Err(e) if e.matches(&krait_object::types::builtin_types().exc.exception) => {
            Ok(new_string(format!("<{cname}>")))
        }
        Err(e) => Err(e),
    }
}

fn next_slot(i: &mut dyn Interp, v: &Value) -> PyResult<Option<Value>> {
    let line = call_method(i, v, "readline", &[])?;
    Ok((protocol::len(i, &line)? > 0).then_some(line))
}

fn setup_common(t: &TypeData) {
    t.slots.init.set(Some(init));
    t.slots.repr.set(Some(repr));
    t.slots.iter.set(Some(|i, v| {
        if let Some(b) = native_ref::<Buffered>(v) {
            if b.is_closed(i)? {
                return Err(super::util::closed_error());
            }
        }
        Ok(v.clone())
    }));
    t.slots.next.set(Some(next_slot));
}

fn setup_reader(t: &TypeData) {
    setup_common(t);
    t.slots.new.set(Some(new_reader));
}

fn setup_writer(t: &TypeData) {
    setup_common(t);
    t.slots.new.set(Some(new_writer));
}

fn setup_random(t: &TypeData) {
    setup_common(t);
    t.slots.new.set(Some(new_random));
}

fn opt_bytes(v: Option<Vec<u8>>) -> Value {
    v.map_or(Value::None, new_bytes)
}

fn m_read(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, rest) = this(&args, "read")?;
    args.no_kwargs("read")?;
    super::util::check_count("read", rest.len(), 0, 1)?;
    let n = size_arg(i, rest.first())?;
    if n < -1 {
        return Err(value_error("read length must be non-negative or -1"));
    }
    b.check_closed(i, "read of closed file")?;
    Ok(opt_bytes(b.read(i, n)?))
}

fn m_read1(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, rest) = this(&args, "read1")?;
    super::util::check_count("read1", rest.len(), 0, 1)?;
    let mut n = size_arg(i, rest.first())?;
    b.check_closed(i, "read of closed file")?;
    if n < 0 {
        n = b.size.get() as i64;
    }
    Ok(new_bytes(b.read1(i, n as usize)?))
}

fn m_peek(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, rest) = this(&args, "peek")?;
    super::util::check_count("peek", rest.len(), 0, 1)?;
    b.check_closed(i, "peek of closed file")?;
    if b.kind.get() == Kind::Random {
        b.flush_writes(i)?;
    }
    if b.unread() == 0 {
        b.fill(i, 0)?;
    }
    let bb = b.rbuf.borrow();
    Ok(new_bytes(bb[b.rpos.get()..].to_vec()))
}

fn m_readinto(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, _) = this(&args, "readinto")?;
    let dst = &super::util::one_arg(&args, "readinto")?;
    b.check_closed(i, "readinto of closed file")?;
    let n = buffer_len(dst)?;
    let data = b.read(i, n as i64)?.unwrap_or_default();
    Ok(Value::Int(fill_buffer(dst, &data)? as i64))
}

fn m_readinto1(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, _) = this(&args, "readinto1")?;
    let dst = &super::util::one_arg(&args, "readinto1")?;
    b.check_closed(i, "readinto of closed file")?;
    let n = buffer_len(dst)?;
    let data = b.read1(i, n)?;
    Ok(Value::Int(fill_buffer(dst, &data)? as i64))
}

fn m_readline(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, rest) = this(&args, "readline")?;
    super::util::check_count("readline", rest.len(), 0, 1)?;
    let n = size_arg(i, rest.first())?;
    b.check_closed(i, "readline of closed file")?;
    Ok(new_bytes(b.readline(i, n)?))
}

fn m_write(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, _) = this(&args, "write")?;
    let v = &super::util::one_arg(&args, "write")?;
    let data = bytes_like(v)?;
    b.check_closed(i, "write to closed file")?;
    Ok(Value::Int(b.write(i, &data)? as i64))
}

fn m_flush(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, _) = this(&args, "flush")?;
    let raw = b.raw()?;
    if b.kind.get() == Kind::Reader {
        return call_method(i, &raw, "flush", &[]);
    }
    b.check_closed(i, "flush of closed file")?;
    b.flush_writes(i)?;
    if b.kind.get() == Kind::Random {
        b.rewind_reads(i)?;
    }
    Ok(Value::None)
}

fn m_seek(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, rest) = this(&args, "seek")?;
    super::util::check_count("seek", rest.len(), 1, 2)?;
    let pos = protocol::index_i64(i, &rest[0])?;
    let whence = match rest.get(1) {
        Some(w) => protocol::index_i64(i, w)?,
        None => 0,
    };
    if !(0..=2).contains(&whence) && !(3..=4).contains(&whence) {
        return Err(value_error(format!("whence value {whence} unsupported")));
    }
    if whence > 2 {
        return Err(value_error(format!("whence value {whence} unsupported")));
    }
    b.check_closed(i, "seek of closed file")?;
    call_method(i, &b.raw()?, "_checkSeekable", &[])?;
    Ok(Value::Int(b.seek(i, pos, whence)?))
}

fn m_tell(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, _) = this(&args, "tell")?;
    Ok(Value::Int(b.tell(i)?))
}

fn m_truncate(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, rest) = this(&args, "truncate")?;
    let raw = b.raw()?;
    b.check_closed(i, "truncate of closed file")?;
    if b.kind.get() == Kind::Reader {
        return call_method(i, &raw, "truncate", rest);
    }
    b.flush_writes(i)?;
    let pos = match rest.first() {
        None | Some(Value::None) => Value::Int(b.tell(i)?),
        Some(v) => v.clone(),
    };
    b.rewind_reads(i)?;
    call_method(i, &raw, "truncate", &[pos])
}

fn m_close(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, _) = this(&args, "close")?;
    let raw = b.raw()?;
    if b.is_closed(i)? {
        return Ok(Value::None);
    }
    let flushed: Result<(), PyErr> = if b.kind.get() == Kind::Reader {
        Ok(())
    } else {
        b.flush_writes(i)
    };
    b.clear_read();
    let closed = call_method(i, &raw, "close", &[]);
    flushed?;
    closed.map(|_| Value::None)
}

fn m_detach(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, _) = this(&args, "detach")?;
    let raw = b.raw()?;
    if b.kind.get() != Kind::Reader {
        b.flush_writes(i)?;
    }
    b.detached.set(true);
    *b.raw.borrow_mut() = Value::None;
    Ok(raw)
}

macro_rules! delegate {
    ($name:ident, $py:literal) => {
        fn $name(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
            let (b, _) = this(&args, $py)?;
            let raw = b.raw()?;
            call_method(i, &raw, $py, &[])
        }
    };
}

delegate!(m_fileno, "fileno");
delegate!(m_isatty, "isatty");
delegate!(m_readable, "readable");
delegate!(m_writable, "writable");
delegate!(m_seekable, "seekable");

macro_rules! delegate_attr {
    ($name:ident, $py:literal) => {
        fn $name(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
            let (b, _) = this(&args, $py)?;
            let raw = b.raw()?;
            protocol::getattr_str(i, &raw, $py)
        }
    };
}

delegate_attr!(g_closed, "closed");
delegate_attr!(g_name, "name");
delegate_attr!(g_mode, "mode");

fn g_raw(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, _) = this(&args, "raw")?;
    Ok(b.raw.borrow().clone())
}

const GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "closed",
        get: g_closed,
        set: None,
    },
    GetSetDef {
        name: "name",
        get: g_name,
        set: None,
    },
    GetSetDef {
        name: "mode",
        get: g_mode,
        set: None,
    },
    GetSetDef {
        name: "raw",
        get: g_raw,
        set: None,
    },
];

static READER_SPEC: TypeSpec = TypeSpec {
    flags: BASETYPE,
    base: Some(super::iobase::buffered_iobase_type),
    methods: &[
        method!("read", m_read),
        method!("read1", m_read1),
        method!("peek", m_peek),
        method!("readinto", m_readinto),
        method!("readinto1", m_readinto1),
        method!("readline", m_readline),
        method!("flush", m_flush),
        method!("seek", m_seek),
        method!("tell", m_tell),
        method!("truncate", m_truncate),
        method!("close", m_close),
        method!("detach", m_detach),
        method!("fileno", m_fileno),
        method!("isatty", m_isatty),
        method!("readable", m_readable),
        method!("writable", m_writable),
        method!("seekable", m_seekable),
    ],
    getsets: GETSETS,
    ..TypeSpec::new("BufferedReader", "_io", setup_reader)
};

static WRITER_SPEC: TypeSpec = TypeSpec {
    flags: BASETYPE,
    base: Some(super::iobase::buffered_iobase_type),
    methods: &[
        method!("write", m_write),
        method!("flush", m_flush),
        method!("seek", m_seek),
        method!("tell", m_tell),
        method!("truncate", m_truncate),
        method!("close", m_close),
        method!("detach", m_detach),
        method!("fileno", m_fileno),
        method!("isatty", m_isatty),
        method!("readable", m_readable),
        method!("writable", m_writable),
        method!("seekable", m_seekable),
    ],
    getsets: GETSETS,
    ..TypeSpec::new("BufferedWriter", "_io", setup_writer)
};

static RANDOM_SPEC: TypeSpec = TypeSpec {
    flags: BASETYPE,
    base: Some(super::iobase::buffered_iobase_type),
    methods: &[
        method!("read", m_read),
        method!("read1", m_read1),
        method!("peek", m_peek),
        method!("readinto", m_readinto),
        method!("readinto1", m_readinto1),
        method!("readline", m_readline),
        method!("write", m_write),
        method!("flush", m_flush),
        method!("seek", m_seek),
        method!("tell", m_tell),
        method!("truncate", m_truncate),
        method!("close", m_close),
        method!("detach", m_detach),
        method!("fileno", m_fileno),
        method!("isatty", m_isatty),
        method!("readable", m_readable),
        method!("writable", m_writable),
        method!("seekable", m_seekable),
    ],
    getsets: GETSETS,
    ..TypeSpec::new("BufferedRandom", "_io", setup_random)
};

thread_local! {
    static READER: ObjRef = make_type(&READER_SPEC);
    static WRITER: ObjRef = make_type(&WRITER_SPEC);
    static RANDOM: ObjRef = make_type(&RANDOM_SPEC);
}

pub fn type_of(k: Kind) -> ObjRef {
    match k {
        Kind::Reader => READER.with(|t| t.clone()),
        Kind::Writer => WRITER.with(|t| t.clone()),
        Kind::Random => RANDOM.with(|t| t.clone()),
    }
}

/// A new buffered object of `kind` over `raw`.
pub fn new_buffered(i: &mut dyn Interp, kind: Kind, raw: Value, size: i64) -> PyResult<Value> {
    let v = new_native(type_of(kind), Buffered::blank(kind));
    init(i, &v, Args::positional(&[raw, Value::Int(size)]))?;
    Ok(v)
}
