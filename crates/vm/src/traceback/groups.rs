//! The cause/context chain and exception groups, as CPython 3.11's pythonrun.c prints
//! them (`print_exception_recursive`, `print_chained`, `print_exception_group`): a group's
//! members are drawn in nested boxes, each level indented by two spaces with a `| `
//! margin; a group's traceback header gets a `+ ` margin at the top level; at most
//! [`MAX_WIDTH`] members are shown ("and N more exceptions") and [`MAX_DEPTH`] levels
//! ("... (max_group_depth is 10)"). At depth 0 (no group around) every margin is empty,
//! so plain exceptions print exactly as before.
//!
//! Margins follow C, not traceback.py: an exception message containing newlines is
//! written as is (only its first line gets the margin); notes get it on every line.

use std::rc::Rc;

use krait_object::exc_group::group_exceptions;
use krait_object::exceptions::exc_data;
use krait_object::object::ObjRef;
use krait_object::{PyObject, Value};

use crate::vm::Vm;

const MAX_WIDTH: usize = 15;
const MAX_DEPTH: usize = 10;

const CAUSE: &str = "The above exception was the direct cause of the following exception:\n";
const CONTEXT: &str = "During handling of the above exception, another exception occurred:\n";

struct Ctx {
    depth: usize,
    need_close: bool,
    /// Every exception printed so far (a chain never prints one twice).
    seen: Vec<*const PyObject>,
}

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    fn margin(&self) -> &'static str {
        if self.depth > 0 {
            "| "
        } else {
            ""
        }
    }

    /// `write_indented_margin`.
    fn write_margin(&self, out: &mut String) {
        out.push_str(&self.indent());
        out.push_str(self.margin());
    }

    /// Every line of `text` with the margin; the first with `first` instead when given.
    fn margined(&self, text: &str, first: Option<&str>, out: &mut String) {
        for (k, line) in text.split_inclusive('\n').enumerate() {
            out.push_str(&self.indent());
            out.push_str(match (k, first) {
                (0, Some(m)) => m,
                _ => self.margin(),
            });
            out.push_str(line);
        }
    }
}

/// The whole report of `exc`: its chain, then itself.
pub(super) fn format_exception(vm: &mut Vm, exc: &ObjRef, out: &mut String) {
    let mut ctx = Ctx {
        depth: 0,
        need_close: false,
        seen: Vec::new(),
    };
    print_recursive(vm, exc, &mut ctx, out);
}

fn print_recursive(vm: &mut Vm, exc: &ObjRef, ctx: &mut Ctx, out: &mut String) {
    cause_and_context(vm, exc, ctx, out);
    if group_exceptions(&Value::Obj(exc.clone())).is_empty() {
        print_one(vm, exc, false, ctx, out);
    } else {
        print_group(vm, exc, ctx, out);
    }
}

/// `print_exception_cause_and_context`: the cause (when set), else the context (unless
/// suppressed), each only when not printed yet.
fn cause_and_context(vm: &mut Vm, exc: &ObjRef, ctx: &mut Ctx, out: &mut String) {
    ctx.seen.push(Rc::as_ptr(exc));
    let Some(e) = exc_data(exc) else { return };
    let cause = e.cause.borrow().clone();
    let context = e.context.borrow().clone();
    let suppress = e.suppress_context.get();
    let (chained, message) = match (cause, context) {
        (Value::Obj(c), _) => (c, CAUSE),
        (_, Value::Obj(c)) if !suppress => (c, CONTEXT),
        _ => return,
    };
    if ctx.seen.contains(&Rc::as_ptr(&chained)) {
        return;
    }
    let need_close = ctx.need_close;
    print_recursive(vm, &chained, ctx, out);
    ctx.write_margin(out);
    out.push('\n');
    ctx.write_margin(out);
    out.push_str(message);
    ctx.write_margin(out);
    out.push('\n');
    ctx.need_close = need_close;
}

/// One exception without its members: traceback, `Type: message`, notes.
fn print_one(vm: &mut Vm, exc: &ObjRef, is_group: bool, ctx: &Ctx, out: &mut String) {
    let mut buf = String::new();
    let header = if is_group {
        "Exception Group Traceback (most recent call last):\n"
    } else {
        "Traceback (most recent call last):\n"
    };
    super::format_stack(vm, exc, header, &mut buf);
    let first = (is_group && ctx.depth == 1).then_some("+ ");
    ctx.margined(&buf, first, out);
    buf.clear();
    super::format_message(vm, exc, &mut buf);
    ctx.write_margin(out);
    out.push_str(&buf);
    buf.clear();
    super::format_notes(vm, &Value::Obj(exc.clone()), &mut buf);
    ctx.margined(&buf, None, out);
}

fn print_group(vm: &mut Vm, exc: &ObjRef, ctx: &mut Ctx, out: &mut String) {
    if ctx.depth > MAX_DEPTH {
        ctx.write_margin(out);
        out.push_str(&format!("... (max_group_depth is {MAX_DEPTH})\n"));
        return;
    }
    let top = ctx.depth == 0;
    if top {
        ctx.depth += 1;
    }
    print_one(vm, exc, true, ctx, out);
    let members = group_exceptions(&Value::Obj(exc.clone()));
    let n = members.len().min(MAX_WIDTH + 1);
    ctx.need_close = false;
    for (i, member) in members.iter().take(n).enumerate() {
        let last = i == n - 1;
        if last {
            ctx.need_close = true;
        }
        out.push_str(&ctx.indent());
        out.push_str(if i == 0 { "+-" } else { "  " });
        let truncated = i >= MAX_WIDTH;
        if truncated {
            out.push_str("+---------------- ... ----------------\n");
        } else {
            out.push_str(&format!("+---------------- {} ----------------\n", i + 1));
        }
        ctx.depth += 1;
        if truncated {
            let remaining = members.len() - MAX_WIDTH;
            ctx.write_margin(out);
            out.push_str(&format!(
                "and {remaining} more exception{}\n",
                if remaining > 1 { "s" } else { "" }
            ));
        } else if let Value::Obj(m) = member {
            print_recursive(vm, m, ctx, out);
        }
        if last && ctx.need_close {
            out.push_str(&ctx.indent());
            out.push_str("+------------------------------------\n");
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if ctx.depth == 1 {
        ctx.depth -= 1;
    }
}
