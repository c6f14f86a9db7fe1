//! The Python-level methods and attributes of `TextIOWrapper` (the engine — reading,
//! decoding, newline translation, `tell` — is in `textio`).

use krait_object::args::Args;
use krait_object::error::{attribute_error, type_error, value_error, PyResult};
use krait_object::interp::Interp;
use krait_object::protocol;
use krait_object::types::str::new_str;
use krait_object::Value;

use super::newline::{cps_of, newlines_value, str_of, Newline};
use super::textio::{opt_string, set_encoding, write_cps, TextIO, TY};
use super::util::{call_method, me, size_arg, unsupported};

pub(super) fn this<'a>(args: &Args<'a>, m: &str) -> PyResult<(&'a TextIO, &'a [Value])> {
    me::<TextIO>(args, m, TY)
}

pub(super) fn m_read(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (t, rest) = this(&args, "read")?;
    super::util::check_count("read", rest.len(), 0, 1)?;
    let n = size_arg(i, rest.first())?;
    t.prepare_read(i)?;
    let limit = if n < 0 { usize::MAX } else { n as usize };
    Ok(str_of(&t.read_chars(i, limit, false)?))
}

pub(super) fn m_readline(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (t, rest) = this(&args, "readline")?;
    super::util::check_count("readline", rest.len(), 0, 1)?;
    let n = size_arg(i, rest.first())?;
    t.prepare_read(i)?;
    let limit = if n < 0 { usize::MAX } else { n as usize };
    Ok(str_of(&t.read_chars(i, limit, true)?))
}

pub(super) fn m_write(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (t, _) = this(&args, "write")?;
    let v = &super::util::one_arg(&args, "write")?;
    let text = cps_of(v, || {
        format!("write() argument must be str, not {}", v.class_name())
    })?;
    t.check_closed(i)?;
    if !t.writable.get() {
        return Err(unsupported("not writable"));
    }
    write_cps(i, t, &text)?;
    Ok(Value::Int(text.len() as i64))
}

pub(super) fn m_flush(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (t, _) = this(&args, "flush")?;
    t.check_closed(i)?;
    t.telling.set(t.seekable.get());
    t.flush_pending(i)?;
    let b = t.buffer()?;
    call_method(i, &b, "flush", &[])
}

pub(super) fn m_close(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (t, _) = this(&args, "close")?;
    let b = t.buffer()?;
    if super::util::is_closed(i, &b)? {
        return Ok(Value::None);
    }
    let flushed = call_method(i, &args.pos()[0], "flush", &[]);
    let closed = call_method(i, &b, "close", &[]);
    flushed?;
    closed.map(|_| Value::None)
}

pub(super) fn m_tell(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (t, _) = this(&args, "tell")?;
    Ok(Value::Int(t.tell(i)?))
}

pub(super) fn m_seek(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (t, rest) = this(&args, "seek")?;
    super::util::check_count("seek", rest.len(), 1, 2)?;
    let whence = match rest.get(1) {
        Some(w) => protocol::index_i64(i, w)?,
        None => 0,
    };
    t.check_closed(i)?;
    if !t.seekable.get() {
        return Err(unsupported("underlying stream is not seekable"));
    }
    let b = t.buffer()?;
    let cookie = &rest[0];
    let mut pos = match whence {
        0..=2 => protocol::index_i64(i, cookie)?,
        _ => {
            return Err(value_error(format!(
                "invalid whence ({whence}, should be 0, 1 or 2)"
            )))
        }
    };
    match whence {
        1 => {
            if pos != 0 {
                return Err(unsupported("can't do nonzero cur-relative seeks"));
            }
            pos = t.tell(i)?;
        }
        2 => {
            if pos != 0 {
                return Err(unsupported("can't do nonzero end-relative seeks"));
            }
            t.flush_pending(i)?;
            call_method(i, &b, "flush", &[])?;
            t.reset_read();
            let end = call_method(i, &b, "seek", &[Value::Int(0), Value::Int(2)])?;
            let at0 = matches!(end, Value::Int(0));
            t.bom_due.set(t.sig.get() && at0);
            return Ok(end);
        }
        _ => {}
    }
    if pos < 0 {
        return Err(value_error(format!("negative seek position {pos}")));
    }
    t.flush_pending(i)?;
    call_method(i, &b, "flush", &[])?;
    call_method(i, &b, "seek", &[Value::Int(pos)])?;
    t.bom_due.set(t.sig.get() && pos == 0);
    t.reset_read();
    t.telling.set(t.seekable.get());
    Ok(Value::Int(pos))
}

pub(super) fn m_truncate(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (t, rest) = this(&args, "truncate")?;
    let s = &args.pos()[0];
    call_method(i, s, "flush", &[])?;
    let b = t.buffer()?;
    let pos = rest.first().cloned().unwrap_or(Value::None);
    call_method(i, &b, "truncate", &[pos])
}

pub(super) fn m_detach(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (t, _) = this(&args, "detach")?;
    let b = t.buffer()?;
    call_method(i, &args.pos()[0], "flush", &[])?;
    t.detached.set(true);
    *t.buffer.borrow_mut() = Value::None;
    Ok(b)
}

macro_rules! delegate {
    ($name:ident, $py:literal) => {
        pub(super) fn $name(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
            let (t, _) = this(&args, $py)?;
            let b = t.buffer()?;
            call_method(i, &b, $py, &[])
        }
    };
}

delegate!(m_fileno, "fileno");
delegate!(m_isatty, "isatty");
delegate!(m_readable, "readable");
delegate!(m_writable, "writable");
delegate!(m_seekable, "seekable");

static RECONF: &[&str] = &[
    "encoding",
    "errors",
    "newline",
    "line_buffering",
    "write_through",
];

pub(super) fn m_reconfigure(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (t, rest) = this(&args, "reconfigure")?;
    if !rest.is_empty() {
        return Err(type_error(format!(
            "reconfigure() takes 0 positional arguments but {} were given",
            rest.len()
        )));
    }
    let kw = krait_object::argparse::kwonly(&args, "reconfigure", RECONF)?;
    let enc = opt_string(kw[0].as_ref(), "encoding")?;
    let errors = opt_string(kw[1].as_ref(), "errors")?;
    if (enc.is_some() || errors.is_some() || kw[2].is_some()) && t.snapshot.get() {
        return Err(unsupported(
            "It is not possible to set the encoding or newline of stream after the first read",
        ));
    }
    call_method(i, &args.pos()[0], "flush", &[])?;
    if enc.is_some() {
        set_encoding(t, enc)?;
        *t.errors.borrow_mut() = errors.clone().unwrap_or_else(|| "strict".into());
    }
    if let Some(e) = errors {
        *t.errors.borrow_mut() = e;
    }
    if let Some(nl) = &kw[2] {
        t.newline.set(Newline::parse(Some(nl), false)?);
    }
    if let Some(v) = &kw[3] {
        if !v.is_none() {
            t.line_buffering.set(protocol::truthy(i, v)?);
        }
    }
    if let Some(v) = &kw[4] {
        if !v.is_none() {
            t.write_through.set(protocol::truthy(i, v)?);
        }
    }
    Ok(Value::None)
}

pub(super) fn g_encoding(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (t, _) = this(&args, "encoding")?;
    Ok(new_str(&t.encoding.borrow()))
}

pub(super) fn g_errors(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (t, _) = this(&args, "errors")?;
    Ok(new_str(&t.errors.borrow()))
}

pub(super) fn g_line_buffering(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (t, _) = this(&args, "line_buffering")?;
    Ok(Value::Bool(t.line_buffering.get()))
}

pub(super) fn g_write_through(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (t, _) = this(&args, "write_through")?;
    Ok(Value::Bool(t.write_through.get()))
}

pub(super) fn g_buffer(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (t, _) = this(&args, "buffer")?;
    t.buffer()
}

pub(super) fn g_newlines(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (t, _) = this(&args, "newlines")?;
    if !t.newline.get().universal() || !t.readable.get() {
        return Ok(Value::None);
    }
    Ok(newlines_value(t.seen.get()))
}

pub(super) fn g_closed(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (t, _) = this(&args, "closed")?;
    let b = t.buffer()?;
    protocol::getattr_str(i, &b, "closed")
}

pub(super) fn g_name(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (t, _) = this(&args, "name")?;
    let b = t.buffer()?;
    protocol::getattr_str(i, &b, "name")
}

pub(super) fn g_mode(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (t, _) = this(&args, "mode")?;
    t.mode
        .borrow()
        .clone()
        .ok_or_else(|| attribute_error("'_io.TextIOWrapper' object has no attribute 'mode'"))
}

pub(super) fn s_mode(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (t, rest) = this(&args, "mode")?;
    *t.mode.borrow_mut() = rest.first().cloned();
    Ok(Value::None)
}

pub(super) fn g_chunk(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (t, _) = this(&args, "_CHUNK_SIZE")?;
    Ok(Value::Int(t.chunk_size.get() as i64))
}

pub(super) fn s_chunk(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (t, rest) = this(&args, "_CHUNK_SIZE")?;
    let n = protocol::index_i64(i, rest.first().unwrap_or(&Value::None))?;
    if n <= 0 {
        return Err(value_error("a strictly positive integer is required"));
    }
    t.chunk_size.set(n as usize);
    Ok(Value::None)
}
