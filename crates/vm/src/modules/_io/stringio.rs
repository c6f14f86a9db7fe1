//! `_io.StringIO`: an in-memory text stream of code points (CPython's `stringio.c`).
//! With `newline=None` or `''` writes go through universal-newline decoding (translated
//! for `None`) and record `.newlines`; `'\r'`/`'\r\n'` translate `\n` on write.

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
use krait_object::types::list::new_list;
use krait_object::Value;

use super::newline::{
    cps_of, find_line_end, newlines_value, replace_lf, scan_seen, str_of, translate, Newline,
};
use super::util::{me, me_max, size_arg};

const TY: &str = "_io.StringIO";

pub struct StringIO {
    buf: RefCell<Vec<u32>>,
    pos: Cell<usize>,
    closed: Cell<bool>,
    newline: Cell<Newline>,
    seen: Cell<u8>,
}

impl NativeData for StringIO {}

impl Default for StringIO {
    fn default() -> Self {
        StringIO {
            buf: RefCell::new(Vec::new()),
            pos: Cell::new(0),
            closed: Cell::new(false),
            newline: Cell::new(Newline::Lf),
            seen: Cell::new(0),
        }
    }
}

fn closed_err() -> krait_object::error::PyErr {
    value_error("I/O operation on closed file")
}

impl StringIO {
    fn check(&self) -> PyResult<()> {
        if self.closed.get() {
            return Err(closed_err());
        }
        Ok(())
    }

    fn write_cps(&self, s: &[u32]) -> PyResult<usize> {
        if self.pos.get().saturating_add(s.len()) > 1 << 38 {
            return Err(krait_object::error::memory_error());
        }
        let n = s.len();
        let nl = self.newline.get();
        let mut owned;
        let mut data = s;
        if nl.universal() {
            self.seen.set(self.seen.get() | scan_seen(data));
            if nl == Newline::Universal {
                owned = translate(data);
                data = &owned;
            }
        }
        if let Some(w) = nl.write_nl() {
            owned = replace_lf(data, w);
            data = &owned;
        }
        let mut b = self.buf.borrow_mut();
        let pos = self.pos.get();
        if pos > b.len() {
            b.resize(pos, 0);
        }
        let end = pos + data.len();
        if end > b.len() {
            b.resize(end, 0);
        }
        b[pos..end].copy_from_slice(data);
        self.pos.set(end);
        Ok(n)
    }

    fn read_n(&self, n: i64) -> Vec<u32> {
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

    fn read_line(&self, limit: i64) -> Vec<u32> {
        let b = self.buf.borrow();
        let pos = self.pos.get().min(b.len());
        let nl = self.newline.get();
        let rest = &b[pos..];
        let mut end =
            match find_line_end(rest, nl == Newline::Universal, nl.universal(), nl.read_nl()) {
                Some(k) => pos + k,
                None => b.len(),
            };
        if limit >= 0 {
            end = end.min(pos + limit as usize);
        }
        self.pos.set(end.max(self.pos.get()));
        b[pos..end].to_vec()
    }
}

fn new(_i: &mut dyn Interp, cls: &ObjRef, _args: Args<'_>) -> PyResult<Value> {
    Ok(new_native(cls.clone(), StringIO::default()))
}

static INIT_SIG: Sig = Sig {
    fname: "StringIO",
    names: &["initial_value", "newline"],
    posonly: 0,
    required: 0,
};

fn init(_i: &mut dyn Interp, this: &Value, args: Args<'_>) -> PyResult<()> {
    let a = parse(&args, &INIT_SIG)?;
    let Some(s) = native_ref::<StringIO>(this) else {
        return Err(type_error("StringIO.__init__ needs a StringIO"));
    };
    let nl = match &a[1] {
        None => Newline::Lf,
        Some(v) => Newline::parse(Some(v), true)?,
    };
    let initial = match &a[0] {
        None | Some(Value::None) => Vec::new(),
        Some(v) => cps_of(v, || {
            format!("initial_value must be str or None, not {}", v.class_name())
        })?,
    };
    s.newline.set(nl);
    s.buf.borrow_mut().clear();
    s.pos.set(0);
    s.seen.set(0);
    s.closed.set(false);
    if !initial.is_empty() {
        s.write_cps(&initial)?;
        s.pos.set(0);
    }
    Ok(())
}

fn setup(t: &TypeData) {
    t.slots.new.set(Some(new));
    t.slots.init.set(Some(init));
    t.slots.iter.set(Some(|_, v| {
        if let Some(s) = native_ref::<StringIO>(v) {
            s.check()?;
        }
        Ok(v.clone())
    }));
    t.slots.next.set(Some(|i, v| {
        let exact = v.as_obj().is_some_and(|o| o.class_is(&stringio_type()));
        match native_ref::<StringIO>(v) {
            Some(s) if exact => {
                s.check()?;
                let line = s.read_line(-1);
                Ok((!line.is_empty()).then(|| str_of(&line)))
            }
            _ => {
                let line = super::util::call_method(i, v, "readline", &[])?;
                if line.as_str_data().is_none() {
                    return Err(krait_object::error::new_error(
                        &krait_object::types::builtin_types().exc.os_error,
                        format!(
                            "readline() should have returned a str object, not '{}'",
                            line.class_name()
                        ),
                    ));
                }
                Ok((protocol::len(i, &line)? > 0).then_some(line))
            }
        }
    }));
}

fn getvalue(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = me_max::<StringIO>(&args, "getvalue", TY, 0)?;
    s.check()?;
    Ok(str_of(&s.buf.borrow()))
}

fn read(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (s, rest) = me_max::<StringIO>(&args, "read", TY, 1)?;
    s.check()?;
    let n = size_arg(i, rest.first())?;
    Ok(str_of(&s.read_n(n)))
}

fn readline(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (s, rest) = me_max::<StringIO>(&args, "readline", TY, 1)?;
    s.check()?;
    let n = size_arg(i, rest.first())?;
    Ok(str_of(&s.read_line(n)))
}

fn readlines(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (s, rest) = me_max::<StringIO>(&args, "readlines", TY, 1)?;
    s.check()?;
    let hint = size_arg(i, rest.first())?;
    let mut out = Vec::new();
    let mut total = 0usize;
    loop {
        let line = s.read_line(-1);
        if line.is_empty() {
            break;
        }
        total += line.len();
        out.push(str_of(&line));
        if hint > 0 && total as i64 >= hint {
            break;
        }
    }
    Ok(new_list(out))
}

fn write(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = me::<StringIO>(&args, "write", TY)?;
    let v = &super::util::one_arg(&args, "write")?;
    s.check()?;
    let cps = cps_of(v, || {
        format!("string argument expected, got '{}'", v.class_name())
    })?;
    Ok(Value::Int(s.write_cps(&cps)? as i64))
}

fn seek(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (s, rest) = me_max::<StringIO>(&args, "seek", TY, 2)?;
    if rest.is_empty() {
        return Err(type_error("seek expected at least 1 argument, got 0"));
    }
    let pos = protocol::index_i64(i, &rest[0])?;
    let whence = match rest.get(1) {
        Some(w) => protocol::index_i64(i, w)?,
        None => 0,
    };
    s.check()?;
    if !(0..=2).contains(&whence) {
        return Err(value_error(format!(
            "Invalid whence ({whence}, should be 0, 1 or 2)"
        )));
    }
    if pos < 0 && whence == 0 {
        return Err(value_error(format!("Negative seek position {pos}")));
    }
    if whence != 0 && pos != 0 {
        return Err(krait_object::error::new_error(
            &krait_object::types::builtin_types().exc.os_error,
            if whence == 1 {
                "Can't do nonzero cur-relative seeks"
            } else {
                "Can't do nonzero end-relative seeks"
            },
        ));
    }
    let new = match whence {
        0 => pos as usize,
        1 => s.pos.get(),
        _ => s.buf.borrow().len(),
    };
    s.pos.set(new);
    Ok(Value::Int(new as i64))
}

fn tell(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = me_max::<StringIO>(&args, "tell", TY, 0)?;
    s.check()?;
    Ok(Value::Int(s.pos.get() as i64))
}

fn truncate(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (s, rest) = me_max::<StringIO>(&args, "truncate", TY, 1)?;
    s.check()?;
    let size = match rest.first() {
        None | Some(Value::None) => s.pos.get() as i64,
        Some(v) => protocol::index_i64(i, v)?,
    };
    if size < 0 {
        return Err(value_error(format!("Negative size value {size}")));
    }
    let mut b = s.buf.borrow_mut();
    if (size as usize) < b.len() {
        b.truncate(size as usize);
    }
    Ok(Value::Int(size))
}

fn true_if_open(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = me_max::<StringIO>(&args, "readable", TY, 0)?;
    s.check()?;
    Ok(Value::Bool(true))
}

fn close(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = me_max::<StringIO>(&args, "close", TY, 0)?;
    s.closed.set(true);
    *s.buf.borrow_mut() = Vec::new();
    Ok(Value::None)
}

fn get_closed(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = me::<StringIO>(&args, "closed", TY)?;
    Ok(Value::Bool(s.closed.get()))
}

fn get_line_buffering(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = me::<StringIO>(&args, "line_buffering", TY)?;
    s.check()?;
    Ok(Value::Bool(false))
}

fn get_newlines(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (s, _) = me::<StringIO>(&args, "newlines", TY)?;
    s.check()?;
    if !s.newline.get().universal() {
        return Ok(Value::None);
    }
    Ok(newlines_value(s.seen.get()))
}

static SPEC: TypeSpec = TypeSpec {
    flags: BASETYPE,
    base: Some(super::iobase::text_iobase_type),
    methods: &[
        method!("getvalue", getvalue),
        method!("read", read),
        method!("readline", readline),
        method!("readlines", readlines),
        method!("write", write),
        method!("seek", seek),
        method!("tell", tell),
        method!("truncate", truncate),
        method!("readable", true_if_open),
        method!("writable", true_if_open),
        method!("seekable", true_if_open),
        method!("close", close),
    ],
    getsets: &[
        GetSetDef {
            name: "closed",
            get: get_closed,
            set: None,
        },
        GetSetDef {
            name: "line_buffering",
            get: get_line_buffering,
            set: None,
        },
        GetSetDef {
            name: "newlines",
            get: get_newlines,
            set: None,
        },
    ],
    ..TypeSpec::new("StringIO", "_io", setup)
};

thread_local! {
    static TYPE: ObjRef = make_type(&SPEC);
}

pub fn stringio_type() -> ObjRef {
    TYPE.with(|t| t.clone())
}

/// A new, empty StringIO (for `redirect_stdout` tests and internal use).
pub fn new_stringio() -> Value {
    new_native(stringio_type(), StringIO::default())
}
