//! `SyntaxError` (and `IndentationError`, `TabError`): `SyntaxError(msg, (filename,
//! lineno, offset, text[, end_lineno, end_offset]))` exposes `msg`, `filename`, `lineno`,
//! `offset`, `text`, `end_lineno`, `end_offset` (None when not given) and prints
//! `msg (file, line N)`, as CPython's `SyntaxError_init`/`SyntaxError_str`.

use crate::args::Args;
use crate::error::{PyErr, PyResult};
use crate::exceptions::exc_data;
use crate::interp::Interp;
use crate::protocol;
use crate::typeobj::TypeData;
use crate::types::builtin_types;
use crate::types::str::{new_str, new_string};
use crate::types::tuple::tuple_items;
use crate::value::Value;

const ATTRS: [&str; 8] = [
    "msg",
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
    "print_file_and_line",
];

pub(crate) fn setup(t: &TypeData) {
    t.slots.init.set(Some(syntax_init));
    t.slots.str.set(Some(syntax_str));
    t.slots.getattro.set(Some(syntax_getattr));
}

fn syntax_init(_i: &mut dyn Interp, this: &Value, args: Args<'_>) -> PyResult<()> {
    let Some(obj) = this.as_obj() else {
        return Ok(());
    };
    let Some(e) = exc_data(obj) else {
        return Ok(());
    };
    let pos = args.pos();
    *e.args.borrow_mut() = crate::types::tuple::new_tuple(pos.to_vec());
    let mut d = e.dict.borrow_mut();
    if let Some(m) = pos.first() {
        d.set_str_key(new_str("msg"), m.clone());
    }
    if pos.len() == 2 {
        let info = tuple_items(&pos[1]).to_vec();
        if !(4..=6).contains(&info.len()) {
            drop(d);
            return Err(crate::error::index_error("tuple index out of range"));
        }
        let names = [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ];
        for (n, v) in names.iter().zip(info) {
            d.set_str_key(new_str(n), v);
        }
    }
    Ok(())
}

fn syntax_str(i: &mut dyn Interp, this: &Value) -> PyResult<Value> {
    let msg = protocol::getattr_str(i, this, "msg")?;
    let filename = protocol::getattr_str(i, this, "filename")?;
    let lineno = protocol::getattr_str(i, this, "lineno")?;
    let m = protocol::str_string(i, &msg)?;
    let file = filename.as_str_data().map(|s| {
        let full = s.lossy();
        match full.rfind('/') {
            Some(k) => full[k + 1..].to_string(),
            None => full.to_string(),
        }
    });
    let line = match lineno {
        Value::Int(n) => Some(n),
        _ => None,
    };
    Ok(new_string(match (file, line) {
        (Some(f), Some(l)) => format!("{m} ({f}, line {l})"),
        (Some(f), None) => format!("{m} ({f})"),
        (None, Some(l)) => format!("{m} (line {l})"),
        (None, None) => m,
    }))
}

fn syntax_getattr(i: &mut dyn Interp, this: &Value, name: &Value) -> PyResult<Value> {
    match crate::exceptions::exc_getattr(i, this, name) {
        Err(e) if is_default_attr(&e, name) => Ok(Value::None),
        r => r,
    }
}

fn is_default_attr(e: &PyErr, name: &Value) -> bool {
    let n = name.as_str_data().and_then(|s| s.as_str()).unwrap_or("");
    ATTRS.contains(&n) && e.matches(&builtin_types().exc.attribute_error)
}

/// A `SyntaxError`-family exception as `cls(msg, info)` makes it; `info` is
/// `(filename, lineno, offset, text, end_lineno, end_offset)`, or none for a bare message.
pub fn new_syntax_error(cls: &crate::object::ObjRef, msg: &str, info: Option<Vec<Value>>) -> PyErr {
    let mut args = vec![new_str(msg)];
    let obj = crate::exceptions::new_exception(cls, Vec::new());
    if let Some(e) = exc_data(&obj) {
        let mut d = e.dict.borrow_mut();
        d.set_str_key(new_str("msg"), new_str(msg));
        if let Some(info) = info {
            let names = [
                "filename",
                "lineno",
                "offset",
                "text",
                "end_lineno",
                "end_offset",
            ];
            for (n, v) in names.iter().zip(info.iter()) {
                d.set_str_key(new_str(n), v.clone());
            }
            args.push(crate::types::tuple::new_tuple(info));
        }
        drop(d);
        *e.args.borrow_mut() = crate::types::tuple::new_tuple(args);
    }
    PyErr::new(obj)
}
