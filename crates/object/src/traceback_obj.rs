//! `exc.__traceback__`: traceback and frame objects made on demand from an exception's
//! recorded entries ([`TbEntry`], innermost first). A traceback object is an instance of
//! the builtin `traceback` type whose attributes are `tb_frame`, `tb_lineno`, `tb_lasti`
//! (a byte offset, like CPython's) and `tb_next`; its frame has `f_code`, `f_lineno`,
//! `f_lasti`. `with_traceback(tb)` / assigning `__traceback__` convert back.

use std::rc::Rc;

use crate::error::{type_error, PyResult};
use crate::exceptions::TbEntry;
use crate::object::{ObjRef, Payload, PyObject};
use crate::typeobj::TypeData;
use crate::types::dict::DictData;
use crate::types::str::new_str;
use crate::types::{builtin_types, TypeBuilder};
use crate::value::Value;

struct TbTypes {
    traceback: ObjRef,
    frame: ObjRef,
}

fn no_slots(_: &TypeData) {}

thread_local! {
    static TB_TYPES: TbTypes = {
        let t = builtin_types();
        let b = TypeBuilder { type_: t.type_.clone() };
        TbTypes {
            traceback: b.make("traceback", std::slice::from_ref(&t.object), 0, no_slots),
            frame: b.make("frame", std::slice::from_ref(&t.object), 0, no_slots),
        }
    };
}

fn instance(cls: ObjRef, attrs: &[(&str, Value)]) -> Value {
    let mut d = DictData::new();
    for (k, v) in attrs {
        d.set_str_key(new_str(k), v.clone());
    }
    Value::Obj(PyObject::new(
        cls,
        Payload::Instance(crate::types::dict::new_dict(d)),
    ))
}

/// The traceback object of `entries` (innermost first), `None` when empty.
pub fn traceback_object(entries: &[TbEntry]) -> Value {
    let (tb_cls, frame_cls) = TB_TYPES.with(|t| (t.traceback.clone(), t.frame.clone()));
    let mut next = Value::None;
    for e in entries {
        let line = e
            .code
            .line_of(e.lasti)
            .map_or(Value::None, |l| Value::Int(i64::from(l)));
        let offset = e.code.offsets.get(e.lasti as usize).copied().unwrap_or(0);
        let code = Value::Obj(PyObject::new(
            builtin_types().code.clone(),
            Payload::Code(e.code.clone()),
        ));
        let lasti = Value::Int(i64::from(offset));
        let frame = instance(
            frame_cls.clone(),
            &[
                ("f_code", code),
                ("f_lineno", line.clone()),
                ("f_lasti", lasti.clone()),
                ("f_globals", e.globals.clone()),
                ("f_locals", e.globals.clone()),
                ("f_back", Value::None),
                ("f_trace", Value::None),
            ],
        );
        next = instance(
            tb_cls.clone(),
            &[
                ("tb_frame", frame),
                ("tb_lineno", line),
                ("tb_lasti", lasti),
                ("tb_next", next),
            ],
        );
    }
    next
}

fn attr(v: &Value, name: &str) -> Option<Value> {
    match v.payload()? {
        Payload::Instance(d) => crate::types::dict::as_dict(d)?.borrow().get_str(name),
        _ => None,
    }
}

/// Whether `v` is a traceback object.
pub fn is_traceback(v: &Value) -> bool {
    TB_TYPES.with(|t| {
        v.as_obj()
            .is_some_and(|o| Rc::ptr_eq(&o.class(), &t.traceback))
    })
}

/// The entries (innermost first) of a traceback object or `None`; a TypeError otherwise.
pub fn traceback_entries(v: &Value) -> PyResult<Vec<TbEntry>> {
    if v.is_none() {
        return Ok(Vec::new());
    }
    if !is_traceback(v) {
        return Err(type_error("__traceback__ must be a traceback or None"));
    }
    let mut out = Vec::new();
    let mut cur = v.clone();
    while is_traceback(&cur) {
        let frame = attr(&cur, "tb_frame").unwrap_or(Value::None);
        let code = match attr(&frame, "f_code").as_ref().and_then(Value::payload) {
            Some(Payload::Code(c)) => Some(c.clone()),
            _ => None,
        };
        let offset = match attr(&cur, "tb_lasti") {
            Some(Value::Int(i)) => u32::try_from(i).unwrap_or(0),
            _ => 0,
        };
        if let Some(code) = code {
            let lasti = code.offsets.partition_point(|&o| o < offset) as u32;
            let globals = attr(&frame, "f_globals").unwrap_or(Value::None);
            out.push(TbEntry {
                code,
                lasti,
                globals,
            });
        }
        cur = attr(&cur, "tb_next").unwrap_or(Value::None);
    }
    out.reverse();
    Ok(out)
}

/// A frame object for `code` at instruction `lasti` (`gi_frame` of a suspended generator:
/// a snapshot with `f_code`, `f_lineno`, `f_lasti`).
pub fn frame_snapshot(code: &Rc<crate::types::code::Code>, lasti: u32) -> Value {
    let frame_cls = TB_TYPES.with(|t| t.frame.clone());
    let line = code
        .line_of(lasti)
        .map_or(Value::None, |l| Value::Int(i64::from(l)));
    let offset = code.offsets.get(lasti as usize).copied().unwrap_or(0);
    let co = Value::Obj(PyObject::new(
        builtin_types().code.clone(),
        Payload::Code(code.clone()),
    ));
    instance(
        frame_cls,
        &[
            ("f_code", co),
            ("f_lineno", line),
            ("f_lasti", Value::Int(i64::from(offset))),
        ],
    )
}

/// A frame object (`sys._getframe()`): a snapshot of a running frame's code, position,
/// globals and locals, linked to its caller's snapshot by `f_back`.
pub fn frame_object(
    code: &Rc<crate::types::code::Code>,
    lasti: u32,
    globals: Value,
    locals: Value,
    builtins: Value,
    back: Value,
) -> Value {
    let frame_cls = TB_TYPES.with(|t| t.frame.clone());
    let line = code
        .line_of(lasti)
        .map_or(Value::None, |l| Value::Int(i64::from(l)));
    let offset = code.offsets.get(lasti as usize).copied().unwrap_or(0);
    let co = Value::Obj(PyObject::new(
        builtin_types().code.clone(),
        Payload::Code(code.clone()),
    ));
    instance(
        frame_cls,
        &[
            ("f_code", co),
            ("f_lineno", line),
            ("f_lasti", Value::Int(i64::from(offset))),
            ("f_globals", globals),
            ("f_locals", locals),
            ("f_builtins", builtins),
            ("f_back", back),
            ("f_trace", Value::None),
            ("f_trace_lines", Value::Bool(true)),
            ("f_trace_opcodes", Value::Bool(false)),
        ],
    )
}
