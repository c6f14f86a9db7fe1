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

pub fn setup(t: &TypeData) {
    t.slots.repr.set(Some(|_, v| {
        let name = match v.payload() {
            Some(Payload::Stream { fd: 2 }) => "<stderr>",
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
];
