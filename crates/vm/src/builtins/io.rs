//! Console builtins: `print`, `input`.

use krait_object::args::Args;
use krait_object::error::{runtime_error, type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::object::Payload;
use krait_object::protocol;
use krait_object::types::str::new_string;
use krait_object::Value;

use super::{vm_of, FunctionTable};

pub static FUNCTIONS: FunctionTable = &[
    ("print", print),
    ("input", input),
    ("open", crate::modules::_io::open),
];

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
    let flush = match kw[3].as_ref() {
        Some(v) => protocol::truthy(i, v)?,
        None => false,
    };
    let std = crate::modules::_io::textio::is_std_stream(&file);
    if std || matches!(file.payload(), Some(Payload::Stream { .. })) {
        let mut out = String::new();
        for (k, v) in args.pos().iter().enumerate() {
            if k > 0 {
                out.push_str(&sep);
            }
            out.push_str(&protocol::str_string(i, v)?);
        }
        out.push_str(&end);
        if let Some(r) = crate::modules::_io::textio::std_write(i, &file, &out, flush) {
            return r.map(|_| Value::None);
        }
        if let Some(Payload::Stream { fd }) = file.payload() {
            i.write_stream(*fd, &out)?;
            if flush {
                i.flush_stream(*fd)?;
            }
        }
        return Ok(Value::None);
    }
    // Any other file: one `write` per piece, as CPython's `PyFile_WriteObject`.
    let put = |i: &mut dyn Interp, piece: Value| -> PyResult<()> {
        let write = protocol::getattr_str(i, &file, "write")?;
        protocol::call0(i, &write, &[piece])?;
        Ok(())
    };
    for (k, v) in args.pos().iter().enumerate() {
        if k > 0 {
            put(i, new_string(sep.clone()))?;
        }
        let s = protocol::str_(i, v)?;
        put(i, s)?;
    }
    put(i, new_string(end))?;
    if flush {
        let f = protocol::getattr_str(i, &file, "flush")?;
        protocol::call0(i, &f, &[])?;
    }
    Ok(Value::None)
}

/// `input([prompt])`: writes `str(prompt)` to `sys.stdout` (flushed), reads a line with
/// `sys.stdin.readline()` and strips its newline; `EOFError` at end of input.
fn input(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.between("input", 0, 1)?;
    let Some(vm) = vm_of(i) else {
        return Err(runtime_error("input(): lost sys.stdin"));
    };
    let stdin = super::sys::sys_attr(vm, "stdin").filter(|v| !v.is_none());
    let stdout = super::sys::sys_attr(vm, "stdout").filter(|v| !v.is_none());
    let stderr = super::sys::sys_attr(vm, "stderr");
    let Some(stdin) = stdin else {
        return Err(runtime_error("input(): lost sys.stdin"));
    };
    let Some(stdout) = stdout else {
        return Err(runtime_error("input(): lost sys.stdout"));
    };
    if let Some(err) = stderr.filter(|v| !v.is_none()) {
        if let Ok(f) = protocol::getattr_str(i, &err, "flush") {
            let _ = protocol::call0(i, &f, &[]);
        }
    }
    if let Some(p) = pos.first() {
        let text = protocol::str_(i, p)?;
        let w = protocol::getattr_str(i, &stdout, "write")?;
        protocol::call0(i, &w, &[text])?;
    }
    let f = protocol::getattr_str(i, &stdout, "flush")?;
    protocol::call0(i, &f, &[])?;
    let rl = protocol::getattr_str(i, &stdin, "readline")?;
    let line = protocol::call0(i, &rl, &[])?;
    let Some(s) = line.as_str_data() else {
        return Err(type_error("object.readline() returned non-string"));
    };
    if s.is_empty() {
        return Err(krait_object::error::new_error(
            &krait_object::builtin_types().exc.eof_error,
            "EOF when reading a line",
        ));
    }
    let text = s.lossy();
    Ok(new_string(
        text.strip_suffix('\n').unwrap_or(&text).to_owned(),
    ))
}
