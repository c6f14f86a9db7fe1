//! `_io.BytesIO`: an in-memory bytes stream (CPython's `bytesio.c`; no `getbuffer`).

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
use krait_object::types::list::new_list;
use krait_object::Value;

use super::util::{buffer_len, bytes_like, closed_error, fill_buffer, me, me_max, size_arg};

const TY: &str = "_io.BytesIO";

#[derive(Default)]
pub struct BytesIO {
    buf: RefCell<Vec<u8>>,
    pos: Cell<usize>,
    closed: Cell<bool>,
}

impl NativeData for BytesIO {}

impl BytesIO {
    fn check(&self) -> PyResult<()> {
        if self.closed.get() {
            return Err(closed_error());
        }
        Ok(())
    }

    /// Reads up to `n` bytes (all when negative).
    fn read_n(&self, n: i64) -> Vec<u8> {
        let b = self.buf.borrow();
        let pos = self.pos.get().min(b.len());
        let end = if n < 0 {
            b.len()
        } else {
            (pos + n as usize).min(b.len())
        };
        self.pos.set(end.max(self.pos.get()));
        b[pos..end].to_vec()
    }

    fn read_line(&self, limit: i64) -> Vec<u8> {
        let b = self.buf.borrow();
        let pos = self.pos.get().min(b.len());
        let mut end = match b[pos..].iter().position(|&c| c == b'\n') {
            Some(k) => pos + k + 1,
            None => b.len(),
        };
        if limit >= 0 {
            end = end.min(pos + limit as usize);
        }
        self.pos.set(end.max(self.pos.get()));
        b[pos..end].to_vec()
    }

    fn write_bytes(&self, data: &[u8]) -> PyResult<usize> {
        let pos = self.pos.get();
        if pos.saturating_add(data.len()) > 1 << 40 {
            return Err(krait_object::error::memory_error());
        }
        let mut b = self.buf.borrow_mut();
        if pos > b.len() {
            b.resize(pos, 0);
        }
        let end = pos + data.len();
        if end > b.len() {
            b.resize(end, 0);
        }
        b[pos..end].copy_from_slice(data);
        self.pos.set(end);
        Ok(data.len())
    }
}

fn new(_i: &mut dyn Interp, cls: &ObjRef, _args: Args<'_>) -> PyResult<Value> {
    Ok(new_native(cls.clone(), BytesIO::default()))
}

static INIT_SIG: Sig = Sig {
    fname: "BytesIO",
    names: &["initial_bytes"],
    posonly: 0,
    required: 0,
};

fn init(_i: &mut dyn Interp, this: &Value, args: Args<'_>) -> PyResult<()> {
    let a = parse(&args, &INIT_SIG)?;
    let Some(b) = native_ref::<BytesIO>(this) else {
        return Err(type_error("BytesIO.__init__ needs a BytesIO"));
    };
    let data = match &a[0] {
        None | Some(Value::None) => Vec::new(),
        Some(v) => bytes_like(v)?,
    };
    *b.buf.borrow_mut() = data;
    b.pos.set(0);
    Ok(())
}

fn setup(t: &TypeData) {
    t.slots.new.set(Some(new));
    t.slots.init.set(Some(init));
    t.slots.iter.set(Some(|_, v| {
        if let Some(b) = native_ref::<BytesIO>(v) {
            b.check()?;
        }
        Ok(v.clone())
    }));
    t.slots
        .next
        .set(Some(|i, v| match native_ref::<BytesIO>(v) {
            Some(b) if v.class_is_exact_native() => {
                b.check()?;
                let line = b.read_line(-1);
                Ok((!line.is_empty()).then(|| new_bytes(line)))
            }
            _ => {
                let line = super::util::call_method(i, v, "readline", &[])?;
                Ok((protocol::len(i, &line)? > 0).then_some(line))
            }
        }));
}

trait Exact {
    fn class_is_exact_native(&self) -> bool;
}

impl Exact for Value {
    fn class_is_exact_native(&self) -> bool {
        self.as_obj().is_some_and(|o| o.class_is(&bytesio_type()))
    }
}

fn getvalue(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, _) = me_max::<BytesIO>(&args, "getvalue", TY, 0)?;
    b.check()?;
    Ok(new_bytes(b.buf.borrow().clone()))
}

/// `getbuffer()`: a memoryview of the contents. krait's view is over a snapshot (writes
/// through the view do not reach the buffer; reading it, what pickle does, is exact).
fn getbuffer(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, _) = me_max::<BytesIO>(&args, "getbuffer", TY, 0)?;
    b.check()?;
    let snapshot = new_bytes(b.buf.borrow().clone());
    let mv = Value::Obj(krait_object::types::memoryview::memoryview_type());
    krait_object::protocol::call(i, &mv, Args::positional(&[snapshot]))
}

fn read(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, rest) = me_max::<BytesIO>(&args, "read", TY, 1)?;
    b.check()?;
    let n = size_arg(i, rest.first())?;
    Ok(new_bytes(b.read_n(n)))
}

fn readline(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, rest) = me_max::<BytesIO>(&args, "readline", TY, 1)?;
    b.check()?;
    let n = size_arg(i, rest.first())?;
    Ok(new_bytes(b.read_line(n)))
}

fn readlines(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, rest) = me_max::<BytesIO>(&args, "readlines", TY, 1)?;
    b.check()?;
    let hint = size_arg(i, rest.first())?;
    let mut out = Vec::new();
    let mut total = 0usize;
    loop {
        let line = b.read_line(-1);
        if line.is_empty() {
            break;
        }
        total += line.len();
        out.push(new_bytes(line));
        if hint > 0 && total as i64 >= hint {
            break;
        }
    }
    Ok(new_list(out))
}

fn readinto(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, _) = me::<BytesIO>(&args, "readinto", TY)?;
    let dst = &super::util::one_arg(&args, "readinto")?;
    b.check()?;
    let n = buffer_len(dst)?;
    let data = b.read_n(n as i64);
    Ok(Value::Int(fill_buffer(dst, &data)? as i64))
}

fn write(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, _) = me::<BytesIO>(&args, "write", TY)?;
    let v = &super::util::one_arg(&args, "write")?;
    b.check()?;
    let data = bytes_like(v)?;
    Ok(Value::Int(b.write_bytes(&data)? as i64))
}

fn writelines(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, _) = me::<BytesIO>(&args, "writelines", TY)?;
    let v = &super::util::one_arg(&args, "writelines")?;
    b.check()?;
    let it = protocol::iter(i, v)?;
    while let Some(line) = protocol::next(i, &it)? {
        let data = bytes_like(&line)?;
        b.write_bytes(&data)?;
    }
    Ok(Value::None)
}

fn seek(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, rest) = me_max::<BytesIO>(&args, "seek", TY, 2)?;
    if rest.is_empty() {
        return Err(type_error("seek expected at least 1 argument, got 0"));
    }
    let pos = protocol::index_i64(i, &rest[0])?;
    let whence = match rest.get(1) {
        Some(w) => protocol::index_i64(i, w)?,
        None => 0,
    };
    b.check()?;
    let new = match whence {
        0 => {
            if pos < 0 {
                return Err(value_error(format!("negative seek value {pos}")));
            }
            pos
        }
        1 => (b.pos.get() as i64 + pos).max(0),
        2 => (b.buf.borrow().len() as i64 + pos).max(0),
        _ => {
            return Err(value_error(format!(
                "invalid whence ({whence}, should be 0, 1 or 2)"
            )))
        }
    };
    b.pos.set(new as usize);
    Ok(Value::Int(new))
}

fn tell(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, _) = me_max::<BytesIO>(&args, "tell", TY, 0)?;
    b.check()?;
    Ok(Value::Int(b.pos.get() as i64))
}

fn truncate(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, rest) = me_max::<BytesIO>(&args, "truncate", TY, 1)?;
    b.check()?;
    let size = match rest.first() {
        None | Some(Value::None) => b.pos.get() as i64,
        Some(v) => protocol::index_i64(i, v)?,
    };
    if size < 0 {
        return Err(value_error(format!("negative size value {size}")));
    }
    let mut buf = b.buf.borrow_mut();
    if (size as usize) < buf.len() {
        buf.truncate(size as usize);
    }
    Ok(Value::Int(size))
}

fn true_if_open(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, _) = me_max::<BytesIO>(&args, "readable", TY, 0)?;
    b.check()?;
    Ok(Value::Bool(true))
}

fn isatty(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, _) = me_max::<BytesIO>(&args, "isatty", TY, 0)?;
    b.check()?;
    Ok(Value::Bool(false))
}

fn flush(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, _) = me_max::<BytesIO>(&args, "flush", TY, 0)?;
    b.check()?;
    Ok(Value::None)
}

fn close(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, _) = me_max::<BytesIO>(&args, "close", TY, 0)?;
    b.closed.set(true);
    b.buf.borrow_mut().clear();
    b.buf.borrow_mut().shrink_to_fit();
    Ok(Value::None)
}

fn get_closed(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (b, _) = me::<BytesIO>(&args, "closed", TY)?;
    Ok(Value::Bool(b.closed.get()))
}

static SPEC: TypeSpec = TypeSpec {
    flags: BASETYPE,
    base: Some(super::iobase::buffered_iobase_type),
    methods: &[
        method!("getvalue", getvalue),
        method!("getbuffer", getbuffer),
        method!("read", read),
        method!("read1", read),
        method!("readline", readline),
        method!("readlines", readlines),
        method!("readinto", readinto),
        method!("readinto1", readinto),
        method!("write", write),
        method!("writelines", writelines),
        method!("seek", seek),
        method!("tell", tell),
        method!("truncate", truncate),
        method!("readable", true_if_open),
        method!("writable", true_if_open),
        method!("seekable", true_if_open),
        method!("isatty", isatty),
        method!("flush", flush),
        method!("close", close),
    ],
    getsets: &[GetSetDef {
        name: "closed",
        get: get_closed,
        set: None,
    }],
    ..TypeSpec::new("BytesIO", "_io", setup)
};

thread_local! {
    static TYPE: ObjRef = make_type(&SPEC);
}

pub fn bytesio_type() -> ObjRef {
    TYPE.with(|t| t.clone())
}
