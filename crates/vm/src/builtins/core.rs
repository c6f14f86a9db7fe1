//! Core builtins: len, repr, ascii, isinstance, issubclass, id, hash, callable, format.

use krait_object::args::Args;
use krait_object::error::{type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::object::Payload;
use krait_object::protocol;
use krait_object::typeobj::is_subtype;
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

/// `isinstance`/`issubclass` class-or-tuple argument check (nested tuples recurse);
/// the error comes only when no earlier entry matched, like CPython.
fn class_match(
    cls: &Value,
    test: &dyn Fn(&krait_object::ObjRef) -> bool,
    err: &dyn Fn() -> krait_object::PyErr,
) -> PyResult<bool> {
    match cls.payload() {
        Some(Payload::Type(_)) => Ok(cls.as_obj().is_some_and(test)),
        Some(Payload::Tuple(items)) => {
            for c in items.iter() {
                if class_match(c, test, err)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(err()),
    }
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

fn isinstance(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = two_args(&args, "isinstance")?;
    let cls = pos[0].class();
    Ok(Value::Bool(class_match(
        &pos[1],
        &|c| is_subtype(&cls, c),
        &|| type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"),
    )?))
}

fn issubclass(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = two_args(&args, "issubclass")?;
    let Some(sub) = pos[0].as_obj().filter(|o| o.as_type().is_some()) else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::Bool(class_match(
        &pos[1],
        &|c| is_subtype(sub, c),
        &|| type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"),
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
