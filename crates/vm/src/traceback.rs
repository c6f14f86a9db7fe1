//! Printing an uncaught exception like CPython 3.11's `PyErr_Display`: the chain of
//! causes/contexts, `Traceback (most recent call last):`, one `File "…", line N, in f`
//! entry per frame with its source line, repeated-line collapsing, and `Type: message`.
//! The `^^^` position markers come later: each entry keeps its instruction index, from
//! which `co_positions` gives the columns.

use std::rc::Rc;

use krait_object::exceptions::{exc_data, TbEntry};
use krait_object::object::ObjRef;
use krait_object::protocol;
use krait_object::types::object::type_module;
use krait_object::Value;

use crate::vm::Vm;

/// The full report of an uncaught exception.
pub fn format_exception(vm: &mut Vm, exc: &ObjRef) -> String {
    let mut out = String::new();
    let mut seen: Vec<*const krait_object::PyObject> = Vec::new();
    format_chain(vm, exc, &mut out, &mut seen);
    out
}

fn format_chain(
    vm: &mut Vm,
    exc: &ObjRef,
    out: &mut String,
    seen: &mut Vec<*const krait_object::PyObject>,
) {
    seen.push(Rc::as_ptr(exc));
    if let Some(e) = exc_data(exc) {
        let cause = e.cause.borrow().clone();
        let context = e.context.borrow().clone();
        if let Value::Obj(c) = cause {
            if !seen.contains(&Rc::as_ptr(&c)) {
                format_chain(vm, &c, out, seen);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            }
        } else if let (Value::Obj(c), false) = (context, e.suppress_context.get()) {
            if !seen.contains(&Rc::as_ptr(&c)) {
                format_chain(vm, &c, out, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
    }
    format_one(vm, exc, out);
}

fn source_line(filename: &str, line: u32) -> Option<String> {
    let text = std::fs::read(filename).ok()?;
    let text = String::from_utf8_lossy(&text);
    let l = text.lines().nth(line.checked_sub(1)? as usize)?;
    let t = l.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

fn format_one(vm: &mut Vm, exc: &ObjRef, out: &mut String) {
    let tb: Vec<TbEntry> = exc_data(exc)
        .map(|e| e.traceback.borrow().clone())
        .unwrap_or_default();
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        let mut last: Option<(String, Option<u32>, String)> = None;
        let mut count = 0;
        for entry in tb.iter().rev() {
            let filename = entry.code.co.filename.to_string();
            let line = entry.code.line_of(entry.lasti);
            let name = entry.code.co.name.to_string();
            let key = (filename.clone(), line, name.clone());
            if last.as_ref() == Some(&key) {
                count += 1;
                if count > 3 {
                    continue;
                }
            } else {
                flush_repeats(out, count);
                last = Some(key);
                count = 1;
            }
            let line_s = line.map_or("None".to_string(), |l| l.to_string());
            out.push_str(&format!(
                "  File \"{filename}\", line {line_s}, in {name}\n"
            ));
            if let Some(src) = line.and_then(|l| source_line(&filename, l)) {
                out.push_str(&format!("    {src}\n"));
            }
        }
        flush_repeats(out, count);
    }
    let cls = exc.class();
    let t = protocol::td(&cls);
    let module = type_module(&cls);
    let qual = t.qualname.borrow().clone();
    let name = if module == "builtins" || module == "__main__" {
        qual
    } else {
        format!("{module}.{qual}")
    };
    let v = Value::Obj(exc.clone());
    let hint = crate::suggestions::suggestion(vm, exc)
        .map(|s| format!(". Did you mean: '{s}'?"))
        .unwrap_or_default();
    match protocol::str_string(vm, &v) {
        Ok(msg) if msg.is_empty() && hint.is_empty() => out.push_str(&format!("{name}\n")),
        Ok(msg) => out.push_str(&format!("{name}: {msg}{hint}\n")),
        Err(_) => out.push_str(&format!("{name}: <exception str() failed>\n")),
    }
}

fn flush_repeats(out: &mut String, count: usize) {
    if count > 3 {
        let n = count - 3;
        out.push_str(&format!(
            "  [Previous line repeated {n} more time{}]\n",
            if n == 1 { "" } else { "s" }
        ));
    }
}
