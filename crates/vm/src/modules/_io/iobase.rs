//! The abstract bases `_IOBase`, `_RawIOBase`, `_BufferedIOBase`, `_TextIOBase`
//! (CPython's `iobase.c`, `bufferedio.c`, `textio.c`): their default methods work through
//! the concrete object's own methods (`self.read`, `self.readinto`, `self.closed` …), so
//! Python subclasses (the `io` module's ABCs and user streams) get CPython's behaviour.
//! A Python subclass's closed flag is `__IOBase_closed` in its `__dict__`, as in CPython.

use krait_object::args::Args;
use krait_object::error::{not_implemented_error, type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::method;
use krait_object::native::{make_type, no_slots, GetSetDef, TypeSpec, BASETYPE};
use krait_object::object::{ObjRef, Payload};
use krait_object::protocol;
use krait_object::typeobj::TypeData;
use krait_object::types::bytes::{new_bytearray, new_bytes};
use krait_object::types::list::new_list;
use krait_object::types::str::new_str;
use krait_object::Value;

use super::util::{call_method, closed_error, is_closed, size_arg, unsupported};

const CLOSED_KEY: &str = "__IOBase_closed";

fn this<'a>(args: &Args<'a>, m: &str) -> PyResult<&'a Value> {
    args.pos().first().ok_or_else(|| {
        type_error(format!(
            "descriptor '{m}' of '_io._IOBase' object needs an argument"
        ))
    })
}

/// `self.__IOBase_closed` (absent: open).
fn own_closed(v: &Value) -> bool {
    protocol::instance_get(v, &new_str(CLOSED_KEY)).is_some_and(|c| matches!(c, Value::Bool(true)))
}

/// Raises `ValueError` when `self.closed` is true.
pub fn check_closed(i: &mut dyn Interp, v: &Value) -> PyResult<()> {
    if is_closed(i, v)? {
        return Err(closed_error());
    }
    Ok(())
}

fn seek(_i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported("seek"))
}

fn truncate(_i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported("truncate"))
}

fn fileno(_i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported("fileno"))
}

fn tell(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "tell")?;
    call_method(i, s, "seek", &[Value::Int(0), Value::Int(1)])
}

fn flush(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "flush")?;
    // A native stream (FileIO) keeps its closed state itself.
    let native_closed = || matches!(s.payload(), Some(Payload::Native(_)));
    if own_closed(s) || (native_closed() && is_closed(_i, s)?) {
        return Err(closed_error());
    }
    Ok(Value::None)
}

fn close(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "close")?;
    if own_closed(s) {
        return Ok(Value::None);
    }
    let r = call_method(i, s, "flush", &[]);
    protocol::setattr(i, s, &new_str(CLOSED_KEY), Some(Value::Bool(true)))?;
    r.map(|_| Value::None)
}

fn get_closed(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(own_closed(this(&args, "closed")?)))
}

fn false_(_i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn isatty(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    check_closed(i, this(&args, "isatty")?)?;
    Ok(Value::Bool(false))
}

fn check_flag(i: &mut dyn Interp, args: Args<'_>, m: &str, what: &str) -> PyResult<Value> {
    let s = this(&args, m)?;
    let r = call_method(i, s, m, &[])?;
    if !matches!(r, Value::Bool(true)) {
        return Err(unsupported(&format!("File or stream is not {what}.")));
    }
    Ok(Value::Bool(true))
}

fn check_seekable(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    check_flag(i, args, "seekable", "seekable")
}

fn check_readable(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    check_flag(i, args, "readable", "readable")
}

fn check_writable(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    check_flag(i, args, "writable", "writable")
}

fn check_closed_m(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    check_closed(i, this(&args, "_checkClosed")?)?;
    Ok(Value::None)
}

fn enter(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "__enter__")?;
    check_closed(i, s)?;
    Ok(s.clone())
}

fn exit(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "__exit__")?;
    call_method(i, s, "close", &[])
}

/// `readline(size=-1)` over `self.peek`/`self.read(1)` (bytes).
fn readline(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "readline")?;
    let limit = size_arg(i, args.pos().get(1))?;
    let has_peek = protocol::getattr_str(i, s, "peek").is_ok();
    let mut out: Vec<u8> = Vec::new();
    while limit < 0 || (out.len() as i64) < limit {
        let mut nreadahead = 1usize;
        if has_peek {
            let ahead = call_method(i, s, "peek", &[Value::Int(1)])?;
            if let Some(b) = krait_object::types::bytes::bytes_of(&ahead) {
                if !b.is_empty() {
                    let mut n = 0;
                    while n < b.len() && (limit < 0 || (n as i64) < limit - out.len() as i64) {
                        n += 1;
                        if b[n - 1] == b'\n' {
                            break;
                        }
                    }
                    nreadahead = n.max(1);
                }
            }
        }
        let chunk = call_method(i, s, "read", &[Value::Int(nreadahead as i64)])?;
        let Some(b) = krait_object::types::bytes::bytes_of(&chunk) else {
            return Err(krait_object::error::new_error(
                &krait_object::types::builtin_types().exc.os_error,
                format!(
                    "read() should have returned a bytes object, not '{}'",
                    chunk.class_name()
                ),
            ));
        };
        if b.is_empty() {
            break;
        }
        out.extend_from_slice(&b);
        if out.ends_with(b"\n") {
            break;
        }
    }
    Ok(new_bytes(out))
}

fn iter_slot(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    check_closed(i, v)?;
    Ok(v.clone())
}

fn next_slot(i: &mut dyn Interp, v: &Value) -> PyResult<Option<Value>> {
    let line = call_method(i, v, "readline", &[])?;
    let empty = match line.payload() {
        Some(Payload::Str(s)) => s.is_empty(),
        Some(Payload::Bytes(b)) => b.is_empty(),
        Some(Payload::ByteArray(b)) => b.borrow().is_empty(),
        _ => protocol::len(i, &line)? == 0,
    };
    Ok(if empty { None } else { Some(line) })
}

fn readlines(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "readlines")?;
    let hint = size_arg(i, args.pos().get(1))?;
    let it = protocol::iter(i, s)?;
    let mut out = Vec::new();
    let mut total = 0usize;
    while let Some(line) = protocol::next(i, &it)? {
        if hint > 0 {
            total += protocol::len(i, &line)?;
        }
        out.push(line);
        if hint > 0 && total as i64 >= hint {
            break;
        }
    }
    Ok(new_list(out))
}

fn writelines(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "writelines")?;
    let lines = &super::util::one_arg(&args, "writelines")?;
    check_closed(i, s)?;
    let it = protocol::iter(i, lines)?;
    while let Some(line) = protocol::next(i, &it)? {
        call_method(i, s, "write", &[line])?;
    }
    Ok(Value::None)
}

fn iobase_setup(t: &TypeData) {
    t.slots.iter.set(Some(iter_slot));
    t.slots.next.set(Some(next_slot));
}

static IOBASE_SPEC: TypeSpec = TypeSpec {
    flags: BASETYPE,
    methods: &[
        method!("seek", seek),
        method!("tell", tell),
        method!("truncate", truncate),
        method!("flush", flush),
        method!("close", close),
        method!("seekable", false_),
        method!("readable", false_),
        method!("writable", false_),
        method!("_checkClosed", check_closed_m),
        method!("_checkSeekable", check_seekable),
        method!("_checkReadable", check_readable),
        method!("_checkWritable", check_writable),
        method!("fileno", fileno),
        method!("isatty", isatty),
        method!("__enter__", enter),
        method!("__exit__", exit),
        method!("readline", readline),
        method!("readlines", readlines),
        method!("writelines", writelines),
    ],
    getsets: &[GetSetDef {
        name: "closed",
        get: get_closed,
        set: None,
    }],
    ..TypeSpec::new("_IOBase", "_io", iobase_setup)
};

/// `_RawIOBase.read(size=-1)`: `readall()`, or `readinto` a fresh bytearray.
fn raw_read(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "read")?;
    let n = size_arg(i, args.pos().get(1))?;
    if n < 0 {
        return call_method(i, s, "readall", &[]);
    }
    if n > 1 << 31 {
        return Err(krait_object::error::memory_error());
    }
    let b = new_bytearray(vec![0; n as usize]);
    let got = call_method(i, s, "readinto", std::slice::from_ref(&b))?;
    if got.is_none() {
        return Ok(Value::None);
    }
    let k = protocol::index_i64(i, &got)?;
    if k < 0 || k > n {
        return Err(krait_object::error::value_error(format!(
            "readinto returned {k} outside buffer size {n}"
        )));
    }
    let data = krait_object::types::bytes::bytes_of(&b).unwrap_or_default();
    Ok(new_bytes(data[..k as usize].to_vec()))
}

fn raw_readall(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(&args, "readall")?;
    let mut out = Vec::new();
    loop {
        let chunk = call_method(i, s, "read", &[Value::Int(super::DEFAULT_BUFFER_SIZE)])?;
        if chunk.is_none() {
            if out.is_empty() {
                return Ok(Value::None);
            }
            break;
        }
        let Some(b) = krait_object::types::bytes::bytes_of(&chunk) else {
            return Err(type_error("read() should return bytes"));
        };
        if b.is_empty() {
            break;
        }
        out.extend_from_slice(&b);
    }
    Ok(new_bytes(out))
}

fn not_impl(_i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Err(not_implemented_error(""))
}

static RAW_SPEC: TypeSpec = TypeSpec {
    flags: BASETYPE,
    base: Some(iobase_type),
    methods: &[
        method!("read", raw_read),
        method!("readall", raw_readall),
        method!("readinto", not_impl),
        method!("write", not_impl),
    ],
    ..TypeSpec::new("_RawIOBase", "_io", no_slots)
};

fn buf_read(_i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported("read"))
}

fn buf_read1(_i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported("read1"))
}

fn buf_write(_i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported("write"))
}

fn detach(_i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported("detach"))
}

fn readinto_via(i: &mut dyn Interp, args: Args<'_>, m: &str) -> PyResult<Value> {
    let s = this(&args, "readinto")?;
    let dst = &super::util::one_arg(&args, "readinto")?;
    let n = super::util::buffer_len(dst)?;
    let data = call_method(i, s, m, &[Value::Int(n as i64)])?;
    let b = super::util::bytes_like(&data)?;
    Ok(Value::Int(super::util::fill_buffer(dst, &b)? as i64))
}

fn buf_readinto(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    readinto_via(i, args, "read")
}

fn buf_readinto1(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    readinto_via(i, args, "read1")
}

static BUFFERED_SPEC: TypeSpec = TypeSpec {
    flags: BASETYPE,
    base: Some(iobase_type),
    methods: &[
        method!("read", buf_read),
        method!("read1", buf_read1),
        method!("write", buf_write),
        method!("detach", detach),
        method!("readinto", buf_readinto),
        method!("readinto1", buf_readinto1),
    ],
    ..TypeSpec::new("_BufferedIOBase", "_io", no_slots)
};

fn none_(_i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::None)
}

fn text_readline(_i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Err(unsupported("readline"))
}

static TEXT_SPEC: TypeSpec = TypeSpec {
    flags: BASETYPE,
    base: Some(iobase_type),
    methods: &[
        method!("read", buf_read),
        method!("readline", text_readline),
        method!("write", buf_write),
        method!("detach", detach),
    ],
    getsets: &[
        GetSetDef {
            name: "encoding",
            get: none_,
            set: None,
        },
        GetSetDef {
            name: "newlines",
            get: none_,
            set: None,
        },
        GetSetDef {
            name: "errors",
            get: none_,
            set: None,
        },
    ],
    ..TypeSpec::new("_TextIOBase", "_io", no_slots)
};

thread_local! {
    static IOBASE: ObjRef = make_type(&IOBASE_SPEC);
    static RAW: ObjRef = make_type(&RAW_SPEC);
    static BUFFERED: ObjRef = make_type(&BUFFERED_SPEC);
    static TEXT: ObjRef = make_type(&TEXT_SPEC);
}

pub fn iobase_type() -> ObjRef {
    IOBASE.with(|t| t.clone())
}

pub fn raw_iobase_type() -> ObjRef {
    RAW.with(|t| t.clone())
}

pub fn buffered_iobase_type() -> ObjRef {
    BUFFERED.with(|t| t.clone())
}

pub fn text_iobase_type() -> ObjRef {
    TEXT.with(|t| t.clone())
}
