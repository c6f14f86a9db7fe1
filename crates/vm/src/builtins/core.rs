//! Core builtins: len, repr, ascii, isinstance, issubclass, id, hash, callable, format.

use krait_object::args::Args;
use krait_object::error::{type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::protocol;
use krait_object::types::str::new_string;
use krait_object::Value;

use super::FunctionTable;

pub static FUNCTIONS: FunctionTable = &[
    ("len", len),
    ("repr", repr),
    ("ascii", ascii),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("id", id),
    ("hash", hash),
    ("callable", callable),
    ("format", format),
];

fn len(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("len", 1)?;
    Ok(Value::Int(protocol::len(i, &pos[0])? as i64))
}

fn repr(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("repr", 1)?;
    protocol::repr(i, &pos[0])
}

/// `ascii(x)`: `repr(x)` with every non-ASCII code point escaped (`\xhh`, `\uhhhh`,
/// `\Uhhhhhhhh`).
fn ascii(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("ascii", 1)?;
    let r = protocol::repr(i, &pos[0])?;
    let Some(s) = r.as_str_data() else {
        return Ok(r);
    };
    if s.is_ascii() {
        return Ok(r.clone());
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.code_points() {
        match c {
            0..=0x7f => out.push(char::from(c as u8)),
            0x80..=0xff => out.push_str(&format!("\\x{c:02x}")),
            0x100..=0xffff => out.push_str(&format!("\\u{c:04x}")),
            _ => out.push_str(&format!("\\U{c:08x}")),
        }
    }
    Ok(new_string(out))
}

fn two_args<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    args.no_kwargs(name)?;
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(type_error(format!(
            "{name} expected 2 arguments, got {}",
            pos.len()
        )));
    }
    Ok(pos)
}

fn isinstance(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = two_args(&args, "isinstance")?;
    Ok(Value::Bool(super::instancecheck::isinstance(
        i, &pos[0], &pos[1],
    )?))
}

fn issubclass(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = two_args(&args, "issubclass")?;
    Ok(Value::Bool(super::instancecheck::issubclass(
        i, &pos[0], &pos[1],
    )?))
}

fn id(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("id", 1)?;
    Ok(Value::Int(pos[0].id()))
}

fn hash(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("hash", 1)?;
    Ok(Value::Int(protocol::hash(i, &pos[0])?))
}

fn callable(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("callable", 1)?;
    Ok(Value::Bool(protocol::is_callable(&pos[0])))
}

fn format(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.between("format", 1, 2)?;
    super::format::format(i, &pos[0], pos.get(1))
}
