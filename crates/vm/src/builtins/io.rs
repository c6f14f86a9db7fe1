//! Console builtins: `print`, `input`.

use krait_object::args::Args;
use krait_object::error::{runtime_error, type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::object::Payload;
use krait_object::protocol;
use krait_object::types::str::new_string;
use krait_object::Value;

use super::{vm_of, FunctionTable};

pub static FUNCTIONS: FunctionTable = &[("print", print), ("input", input)];

fn opt_str(i: &mut dyn Interp, v: Option<&Value>, dflt: &str, what: &str) -> PyResult<String> {
    match v {
        None | Some(Value::None) => Ok(dflt.to_owned()),
        Some(v) => match v.as_str_data() {
            Some(s) => Ok(s.lossy().into_owned()),
            None => {
                let _ = i;
                Err(type_error(format!(
                    "{what} must be None or a string, not {}",
                    v.class_name()
                )))
            }
        },
    }
}

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
fn print(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let kw = krait_object::argparse::kwonly(&args, "print", &["sep", "end", "file", "flush"])?;
    let sep = opt_str(i, kw[0].as_ref(), " ", "sep")?;
    let end = opt_str(i, kw[1].as_ref(), "\n", "end")?;
    let file = match kw[2].as_ref() {
        None | Some(Value::None) => {
            let Some(vm) = vm_of(i) else {
                return Err(runtime_error("lost sys.stdout"));
            };
            match super::sys::sys_attr(vm, "stdout") {
                Some(f) if !f.is_none() => f,
                _ => return Ok(Value::None),
            }
        }
        Some(f) => f.clone(),
    };
    let mut out = String::new();
    for (k, v) in args.pos().iter().enumerate() {
        if k > 0 {
            out.push_str(&sep);
        }
        out.push_str(&protocol::str_string(i, v)?);
    }
    out.push_str(&end);
    let flush = match kw[3].as_ref() {
        Some(v) => protocol::truthy(i, v)?,
        None => false,
    };
    if let Some(Payload::Stream { fd }) = file.payload() {
        i.write_stream(*fd, &out)?;
        if flush {
            i.flush_stream(*fd)?;
        }
        return Ok(Value::None);
    }
    let write = protocol::getattr_str(i, &file, "write")?;
    protocol::call0(i, &write, &[new_string(out)])?;
    if flush {
        let f = protocol::getattr_str(i, &file, "flush")?;
        protocol::call0(i, &f, &[])?;
    }
    Ok(Value::None)
}

/// `input([prompt])`: writes `str(prompt)` to stdout (flushed), reads a line from stdin
/// without its newline; `EOFError` at end of input.
fn input(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    use std::io::BufRead;
    let pos = args.between("input", 0, 1)?;
    if let Some(p) = pos.first() {
        let text = protocol::str_string(i, p)?;
        i.write_stream(1, &text)?;
    }
    i.flush_stream(2)?;
    i.flush_stream(1)?;
    let mut buf = Vec::new();
    let n = std::io::stdin()
        .lock()
        .read_until(b'\n', &mut buf)
        .unwrap_or(0);
    if n == 0 {
        return Err(krait_object::error::new_error(
            &krait_object::builtin_types().exc.eof_error,
            "EOF when reading a line",
        ));
    }
    if buf.last() == Some(&b'\n') {
        buf.pop();
    }
    Ok(new_string(String::from_utf8_lossy(&buf).into_owned()))
}
