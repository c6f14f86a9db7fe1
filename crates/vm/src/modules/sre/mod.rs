//! `_sre`: the regular-expression engine under the stdlib's pure-Python `re` package
//! (CPython's `Modules/_sre/`). `re._compiler` turns a pattern into code words and calls
//! `_sre.compile`, which builds a `re.Pattern`; matching runs the engine of this folder.
//!
//! Layout: the engine is pure Rust over a slice of code words and a [`state::Text`]
//! (`constants`, `chars`, `state`, `ops`, `engine`, `backtrack`, `search`; unit-tested in
//! `tests`); the Python objects are `pattern` (+ `pattern_ops`: sub/split/findall),
//! `match_` and `scanner`, over the shared runner of `subject`.

pub mod backtrack;
pub mod chars;
pub mod constants;
pub mod engine;
pub mod match_;
pub mod ops;
pub mod pattern;
pub mod pattern_ops;
pub mod scanner;
pub mod search;
pub mod state;
pub mod subject;
#[cfg(test)]
mod tests;

use krait_object::args::Args;
use krait_object::error::{overflow_error, type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::protocol;
use krait_object::Value;

use crate::modules::{new_module_with, set_attr};
use crate::vm::Vm;

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with("_sre", FUNCTIONS);
    set_attr(&m, "MAGIC", Value::Int(constants::MAGIC));
    set_attr(&m, "CODESIZE", Value::Int(constants::CODESIZE));
    set_attr(&m, "MAXREPEAT", Value::Int(constants::MAXREPEAT as i64));
    set_attr(&m, "MAXGROUPS", Value::Int(constants::MAXGROUPS));
    set_attr(
        &m,
        "copyright",
        krait_object::types::str::new_str(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "),
    );
    Ok(m)
}

static FUNCTIONS: crate::builtins::FunctionTable = &[
    ("compile", pattern::compile),
    ("getcodesize", getcodesize),
    ("ascii_iscased", ascii_iscased),
    ("unicode_iscased", unicode_iscased),
    ("ascii_tolower", ascii_tolower),
    ("unicode_tolower", unicode_tolower),
];

fn getcodesize(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("getcodesize", 0)?;
    Ok(Value::Int(constants::CODESIZE))
}

/// The character argument of the case helpers (an `int`, as `_sre` takes it).
fn char_arg(i: &mut dyn Interp, args: Args<'_>, name: &str) -> PyResult<u32> {
    let a = args.exact(name, 1)?;
    if !matches!(a[0], Value::Int(_) | Value::Bool(_)) && a[0].as_obj().is_none() {
        return Err(type_error("an integer is required"));
    }
    let n = protocol::index_i64(i, &a[0])?;
    u32::try_from(n).map_err(|_| overflow_error("character out of range"))
}

fn ascii_iscased(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(chars::ascii_iscased(char_arg(
        i,
        args,
        "ascii_iscased",
    )?)))
}

fn unicode_iscased(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(chars::unicode_iscased(char_arg(
        i,
        args,
        "unicode_iscased",
    )?)))
}

fn ascii_tolower(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(
        chars::lower_ascii(char_arg(i, args, "ascii_tolower")?) as i64,
    ))
}

fn unicode_tolower(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(
        chars::lower_unicode(char_arg(i, args, "unicode_tolower")?) as i64,
    ))
}

/// A method's `self` (always present when called through the method descriptor).
pub fn self_of<'a>(args: &Args<'a>) -> PyResult<&'a Value> {
    args.pos()
        .first()
        .ok_or_else(|| type_error("descriptor needs an argument"))
}
