//! Printing an uncaught exception like CPython 3.11's `PyErr_Display`: the chain of
//! causes/contexts, `Traceback (most recent call last):`, one `File "…", line N, in f`
//! entry per frame with its source line, repeated-line collapsing, and `Type: message`.
//! The `^^^` position markers are `display`'s; `anchors` finds the `~~^~~` operator.

mod anchors;
pub mod display;
mod groups;

use krait_object::exceptions::{exc_data, TbEntry};
use krait_object::object::ObjRef;
use krait_object::protocol;
use krait_object::types::object::type_module;
use krait_object::Value;

use crate::vm::Vm;

/// The full report of an uncaught exception (exception groups drawn in boxes by
/// `groups`, which also walks the cause/context chain).
pub fn format_exception(vm: &mut Vm, exc: &ObjRef) -> String {
    let mut out = String::new();
    groups::format_exception(vm, exc, &mut out);
    out
}

/// `sys.tracebacklimit` as CPython reads it: an int, else the default 1000.
fn traceback_limit(vm: &mut Vm) -> i64 {
    let sys = vm.sys.clone();
    match protocol::getattr_str(vm, &sys, "tracebacklimit") {
        Ok(Value::Int(n)) => n,
        Ok(Value::Bool(b)) => i64::from(b),
        Ok(Value::Obj(o)) => match &o.payload {
            krait_object::object::Payload::Int(b) if b.sign() == num_bigint::Sign::Minus => 0,
            krait_object::object::Payload::Int(_) => i64::MAX,
            _ => 1000,
        },
        _ => 1000,
    }
}

/// `header` and the traceback entries of `exc`; nothing when it has none (or
/// `sys.tracebacklimit` is not positive).
pub(super) fn format_stack(vm: &mut Vm, exc: &ObjRef, header: &str, out: &mut String) {
    let tb: Vec<TbEntry> = exc_data(exc)
        .map(|e| e.traceback.borrow().clone())
        .unwrap_or_default();
    let limit = if tb.is_empty() {
        1000
    } else {
        traceback_limit(vm)
    };
    if !tb.is_empty() && limit > 0 {
        out.push_str(header);
        let skip = tb
            .len()
            .saturating_sub(usize::try_from(limit).unwrap_or(usize::MAX));
        let mut last: Option<(String, i64, String)> = None;
        let mut count = 0;
        for entry in tb.iter().rev().skip(skip) {
            let filename = entry.code.co.filename.to_string();
            let line = entry.code.line_of(entry.lasti).map_or(-1, i64::from);
            let name = entry.code.co.name.to_string();
            let key = (filename.clone(), line, name.clone());
            if last.as_ref() != Some(&key) || line == -1 {
                flush_repeats(out, count);
                last = Some(key);
                count = 0;
            }
            count += 1;
            if count > 3 {
                continue;
            }
            out.push_str(&format!("  File \"{filename}\", line {line}, in {name}\n"));
            if let Some(src) = u32::try_from(line)
                .ok()
                .and_then(|l| display::read_line(&filename, l))
            {
                display::source_lines(&src, entry_position(entry), out);
            }
        }
        flush_repeats(out, count);
    }
}

/// `Type: message` (or `Type` for an empty message), with a newline.
pub(super) fn format_message(vm: &mut Vm, exc: &ObjRef, out: &mut String) {
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

/// The `co_positions()` entry of the instruction a traceback entry points at.
fn entry_position(entry: &TbEntry) -> Option<krait_loader::linetable::Position> {
    let off = *entry.code.offsets.get(entry.lasti as usize)?;
    let positions = krait_loader::linetable::co_positions(&entry.code.co);
    positions.get(off as usize / 2).copied()
}

/// `__notes__` (3.11 `print_exception_notes`): each str note on its own line(s); a
/// non-sequence `__notes__` printed by repr.
pub(super) fn format_notes(vm: &mut Vm, v: &Value, out: &mut String) {
    let Ok(notes) = protocol::getattr_str(vm, v, "__notes__") else {
        return;
    };
    let items = match notes.payload() {
        Some(krait_object::object::Payload::List(l)) => l.borrow().clone(),
        Some(krait_object::object::Payload::Tuple(t)) => t.to_vec(),
        _ if notes.as_str_data().is_some() => notes
            .as_str_data()
            .and_then(|s| s.as_str())
            .unwrap_or("")
            .chars()
            .map(|c| krait_object::types::str::new_str(&c.to_string()))
            .collect(),
        _ => {
            match protocol::repr_string(vm, &notes) {
                Ok(s) => out.push_str(&s),
                Err(_) => out.push_str("<__notes__ repr() failed>"),
            }
            out.push('\n');
            return;
        }
    };
    for note in items {
        match protocol::str_string(vm, &note) {
            Ok(s) => out.push_str(&s),
            Err(_) => out.push_str("<note str() failed>"),
        }
        out.push('\n');
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
