//! `_io.BufferedRWPair(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE)`: a
//! `BufferedReader` and a `BufferedWriter` joined into one stream.

use std::cell::RefCell;

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::{type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::method;
use krait_object::native::{
    make_type, native_ref, new_native, visit_value, GetSetDef, NativeData, TypeSpec, BASETYPE,
};
use krait_object::object::ObjRef;
use krait_object::protocol;
use krait_object::typeobj::TypeData;
use krait_object::Value;

use super::buffered::{new_buffered, Kind};
use super::util::{call_bool, call_method, me, unsupported};

struct RwPair {
    reader: RefCell<Value>,
    writer: RefCell<Value>,
}

impl NativeData for RwPair {
    fn traverse(
        &self,
        visit: krait_object::gc::traverse::Visit,
    ) -> Result<(), krait_object::gc::traverse::Busy> {
        let r = self
            .reader
            .try_borrow()
            .map_err(|_| krait_object::gc::traverse::Busy)?;
        let w = self
            .writer
            .try_borrow()
            .map_err(|_| krait_object::gc::traverse::Busy)?;
        visit_value(&r, visit);
        visit_value(&w, visit);
        Ok(())
    }
    fn clear_refs(&self, trash: &mut Vec<Value>) -> Result<(), krait_object::gc::traverse::Busy> {
        let mut r = self
            .reader
            .try_borrow_mut()
            .map_err(|_| krait_object::gc::traverse::Busy)?;
        let mut w = self
            .writer
            .try_borrow_mut()
            .map_err(|_| krait_object::gc::traverse::Busy)?;
        trash.push(std::mem::replace(&mut *r, Value::None));
        trash.push(std::mem::replace(&mut *w, Value::None));
        Ok(())
    }
    fn tracked(&self) -> bool {
        true
    }
}

fn new(_i: &mut dyn Interp, cls: &ObjRef, _args: Args<'_>) -> PyResult<Value> {
    Ok(new_native(
        cls.clone(),
        RwPair {
            reader: RefCell::new(Value::None),
            writer: RefCell::new(Value::None),
        },
    ))
}

static INIT_SIG: Sig = Sig {
    fname: "BufferedRWPair",
    names: &["reader", "writer", "buffer_size"],
    posonly: 3,
    required: 2,
};

fn init(i: &mut dyn Interp, this: &Value, args: Args<'_>) -> PyResult<()> {
    args.no_kwargs("BufferedRWPair")?;
    let a = parse(&args, &INIT_SIG)?;
    let Some(p) = native_ref::<RwPair>(this) else {
        return Err(type_error("BufferedRWPair.__init__ needs a BufferedRWPair"));
    };
    let reader = a[0].clone().unwrap_or(Value::None);
    let writer = a[1].clone().unwrap_or(Value::None);
    let size = match &a[2] {
        Some(v) => protocol::index_i64(i, v)?,
        None => super::DEFAULT_BUFFER_SIZE,
    };
    if !call_bool(i, &reader, "readable")? {
        return Err(unsupported("\"reader\" argument must be readable."));
    }
    if !call_bool(i, &writer, "writable")? {
        return Err(unsupported("\"writer\" argument must be writable."));
    }
    *p.reader.borrow_mut() = new_buffered(i, Kind::Reader, reader, size)?;
    *p.writer.borrow_mut() = new_buffered(i, Kind::Writer, writer, size)?;
    Ok(())
}

fn setup(t: &TypeData) {
    t.slots.new.set(Some(new));
    t.slots.init.set(Some(init));
}

fn sides<'a>(args: &Args<'a>, m: &str) -> PyResult<(Value, Value, &'a [Value])> {
    let (p, rest) = me::<RwPair>(args, m, "_io.BufferedRWPair")?;
    let r = p.reader.borrow().clone();
    let w = p.writer.borrow().clone();
    if r.is_none() {
        return Err(krait_object::error::value_error(
            "I/O operation on uninitialized object",
        ));
    }
    Ok((r, w, rest))
}

macro_rules! on_reader {
    ($name:ident, $py:literal) => {
        fn $name(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
            let (r, _, rest) = sides(&args, $py)?;
            call_method(i, &r, $py, rest)
        }
    };
}

macro_rules! on_writer {
    ($name:ident, $py:literal) => {
        fn $name(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
            let (_, w, rest) = sides(&args, $py)?;
            call_method(i, &w, $py, rest)
        }
    };
}

on_reader!(read, "read");
on_reader!(peek, "peek");
on_reader!(read1, "read1");
on_reader!(readinto, "readinto");
on_reader!(readinto1, "readinto1");
on_reader!(readable, "readable");
on_writer!(write, "write");
on_writer!(flush, "flush");
on_writer!(writable, "writable");

fn close(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (r, w, _) = sides(&args, "close")?;
    let a = call_method(i, &w, "close", &[]);
    let b = call_method(i, &r, "close", &[]);
    a?;
    b
}

fn isatty(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (r, w, _) = sides(&args, "isatty")?;
    if call_bool(i, &w, "isatty")? {
        return Ok(Value::Bool(true));
    }
    call_method(i, &r, "isatty", &[])
}

fn closed(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (_, w, _) = sides(&args, "closed")?;
    protocol::getattr_str(i, &w, "closed")
}

static SPEC: TypeSpec = TypeSpec {
    flags: BASETYPE,
    base: Some(super::iobase::buffered_iobase_type),
    methods: &[
        method!("read", read),
        method!("peek", peek),
        method!("read1", read1),
        method!("readinto", readinto),
        method!("readinto1", readinto1),
        method!("readable", readable),
        method!("write", write),
        method!("flush", flush),
        method!("writable", writable),
        method!("close", close),
        method!("isatty", isatty),
    ],
    getsets: &[GetSetDef {
        name: "closed",
        get: closed,
        set: None,
    }],
    ..TypeSpec::new("BufferedRWPair", "_io", setup)
};

thread_local! {
    static TYPE: ObjRef = make_type(&SPEC);
}

pub fn rwpair_type() -> ObjRef {
    TYPE.with(|t| t.clone())
}
