//! Output builtins: `print`.

use krait_object::args::Args;
use krait_object::error::{runtime_error, type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::object::Payload;
use krait_object::protocol;
use krait_object::types::str::new_string;
use krait_object::Value;

use super::{vm_of, FunctionTable};

pub static FUNCTIONS: FunctionTable = &[("print", print)];

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
    for (k, _) in args.kwargs() {
        let n = k
            .as_str_data()
            .map(|s| s.lossy().into_owned())
            .unwrap_or_default();
        if !matches!(n.as_str(), "sep" | "end" | "file" | "flush") {
            return Err(type_error(format!(
                "'{n}' is an invalid keyword argument for print()"
            )));
        }
    }
    let sep = opt_str(i, args.kwarg("sep"), " ", "sep")?;
    let end = opt_str(i, args.kwarg("end"), "\n", "end")?;
    let file = match args.kwarg("file") {
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
    let flush = match args.kwarg("flush") {
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
