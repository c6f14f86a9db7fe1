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

fn write(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("write", 2)?;
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
    let pos = args.exact("flush", 1)?;
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
        Ok(new_string(format!(
            "<_io.TextIOWrapper name='{name}' mode='w' encoding='utf-8'>"
        )))
    }));
}

pub static METHODS: &[MethodDef] = &[
    crate::method!("write", write),
    crate::method!("flush", flush),
    crate::method!("readline", readline),
    crate::method!("read", read),
];
