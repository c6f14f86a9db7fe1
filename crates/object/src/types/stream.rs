//! Native text streams (`sys.stdout`, `sys.stderr`): `write` and `flush` go to the VM's
//! buffered file descriptors through [`Interp::write_stream`].

use crate::args::Args;
use crate::error::{type_error, PyResult};
use crate::interp::Interp;
use crate::object::{Payload, PyObject};
use crate::typeobj::TypeData;
use crate::types::str::new_string;
use crate::types::{builtin_types, MethodDef};
use crate::value::Value;

pub fn new_stream(fd: u8) -> Value {
    Value::Obj(PyObject::new(
        builtin_types().text_io.clone(),
        Payload::Stream { fd },
    ))
}

fn fd_of(v: &Value) -> PyResult<u8> {
    match v.payload() {
        Some(Payload::Stream { fd }) => Ok(*fd),
        _ => Err(type_error("descriptor requires a stream")),
    }
}

/// `TextIOWrapper.method(...)` arity check (CPython's method-descriptor messages).
fn method_args<'a>(args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    args.no_kwargs(name)?;
    let pos = args.pos();
    if pos.len() != n + 1 {
        let given = pos.len().saturating_sub(1);
        return Err(type_error(match n {
            0 => format!("TextIOWrapper.{name}() takes no arguments ({given} given)"),
            _ => format!("TextIOWrapper.{name}() takes exactly one argument ({given} given)"),
        }));
    }
    Ok(pos)
}

fn write(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = method_args(&args, "write", 1)?;
    let fd = fd_of(&pos[0])?;
    let Some(s) = pos[1].as_str_data() else {
        return Err(type_error(format!(
            "write() argument must be str, not {}",
            pos[1].class_name()
        )));
    };
    i.write_stream(fd, &s.lossy())?;
    Ok(Value::Int(s.len() as i64))
}

fn flush(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = method_args(&args, "flush", 0)?;
    i.flush_stream(fd_of(&pos[0])?)?;
    Ok(Value::None)
}

/// Reads stdin's remaining lines (each with its `\n`), UTF-8 with replacement.
fn stdin_lines() -> Vec<Value> {
    use std::io::BufRead;
    let mut out = Vec::new();
    let mut buf = Vec::new();
    let mut lock = std::io::stdin().lock();
    loop {
        buf.clear();
        match lock.read_until(b'\n', &mut buf) {
            Ok(0) | Err(_) => break,
            Ok(_) => out.push(new_string(String::from_utf8_lossy(&buf).into_owned())),
        }
    }
    out
}

fn readline(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    use std::io::BufRead;
    let pos = args.between("readline", 1, 2)?;
    fd_of(&pos[0])?;
    let mut buf = Vec::new();
    let _ = std::io::stdin().lock().read_until(b'\n', &mut buf);
    Ok(new_string(String::from_utf8_lossy(&buf).into_owned()))
}

fn read(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    use std::io::Read;
    let pos = args.between("read", 1, 2)?;
    fd_of(&pos[0])?;
    let mut buf = Vec::new();
    let _ = std::io::stdin().lock().read_to_end(&mut buf);
    Ok(new_string(String::from_utf8_lossy(&buf).into_owned()))
}

pub fn setup(t: &TypeData) {
    t.slots.getattro.set(Some(stream_getattr));
    t.slots.iter.set(Some(|_, v| match v.payload() {
        Some(Payload::Stream { fd: 0 }) => Ok(crate::types::iter::values_iter(stdin_lines())),
        _ => Err(type_error("not readable")),
    }));
    t.slots.repr.set(Some(|_, v| {
        let name = match v.payload() {
            Some(Payload::Stream { fd: 2 }) => "<stderr>",
            Some(Payload::Stream { fd: 0 }) => "<stdin>",
            _ => "<stdout>",
        };
        let mode = if name == "<stdin>" { "r" } else { "w" };
        Ok(new_string(format!(
            "<_io.TextIOWrapper name='{name}' mode='{mode}' encoding='utf-8'>"
        )))
    }));
}

fn flag_method(args: Args<'_>, name: &str, f: fn(u8) -> bool) -> PyResult<Value> {
    let pos = method_args(&args, name, 0)?;
    Ok(Value::Bool(f(fd_of(&pos[0])?)))
}

fn writable(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    flag_method(args, "writable", |fd| fd != 0)
}

fn readable(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    flag_method(args, "readable", |fd| fd == 0)
}

fn isatty(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    use std::io::IsTerminal;
    flag_method(args, "isatty", |fd| match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    })
}

fn fileno(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = method_args(&args, "fileno", 0)?;
    Ok(Value::Int(i64::from(fd_of(&pos[0])?)))
}

/// `encoding`, `errors`, `name`, `mode`, `line_buffering` of a stream.
fn stream_getattr(i: &mut dyn Interp, v: &Value, name: &Value) -> PyResult<Value> {
    let fd = fd_of(v)?;
    let n = name.as_str_data().and_then(|s| s.as_str()).unwrap_or("");
    let s = |x: &str| Ok(crate::types::str::new_str(x));
    match n {
        "encoding" => s("utf-8"),
        "errors" => s(if fd == 2 {
            "backslashreplace"
        } else {
            "strict"
        }),
        "name" => s(["<stdin>", "<stdout>", "<stderr>"][usize::from(fd.min(2))]),
        "mode" => s(if fd == 0 { "r" } else { "w" }),
        "closed" => Ok(Value::Bool(false)),
        _ => crate::protocol::generic_getattr(i, v, name),
    }
}

pub static METHODS: &[MethodDef] = &[
    crate::method!("writable", writable),
    crate::method!("readable", readable),
    crate::method!("isatty", isatty),
    crate::method!("fileno", fileno),
    crate::method!("write", write),
    crate::method!("flush", flush),
    crate::method!("readline", readline),
    crate::method!("read", read),
];
