//! Argument binding for native functions with named parameters, with the messages of
//! CPython's Argument Clinic (`_PyArg_UnpackKeywords` in `Python/getargs.c`):
//!
//! - `round() takes at most 2 arguments (3 given)` (positional + keyword count),
//! - `sum() takes at least 1 positional argument (0 given)` (a positional-only required
//!   parameter missing),
//! - `round() missing required argument 'number' (pos 1)`,
//! - `argument for round() given by name ('number') and position (1)`,
//! - `'x' is an invalid keyword argument for pow()`.
//!
//! And [`kwonly`] for functions whose only keywords are keyword-only (`sorted`, `min`,
//! `max`, `zip`): `max() takes at most 2 keyword arguments (3 given)`.

use crate::args::Args;
use crate::error::{type_error, PyResult};
use crate::value::Value;

/// A native function's signature: `names[..posonly]` are positional-only, the first
/// `required` are required, every parameter can be passed by position.
pub struct Sig {
    pub fname: &'static str,
    pub names: &'static [&'static str],
    pub posonly: usize,
    pub required: usize,
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn kw_name(k: &Value) -> String {
    k.as_str_data()
        .map(|s| s.lossy().into_owned())
        .unwrap_or_default()
}

/// Binds `args` to `sig`: one entry per parameter, `None` when not given.
pub fn parse(args: &Args<'_>, sig: &Sig) -> PyResult<Vec<Option<Value>>> {
    let f = sig.fname;
    let pos = args.pos();
    let nkw = args.kwnames.len();
    let max = sig.names.len();
    if pos.len() + nkw > max {
        return Err(type_error(format!(
            "{f}() takes {} {max} argument{} ({} given)",
            if sig.required == max {
                "exactly"
            } else {
                "at most"
            },
            plural(max),
            pos.len() + nkw
        )));
    }
    if pos.len() < sig.posonly.min(sig.required) {
        let need = sig.posonly.min(sig.required);
        return Err(type_error(format!(
            "{f}() takes {} {need} positional argument{} ({} given)",
            if need < max { "at least" } else { "exactly" },
            plural(need),
            pos.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; max];
    for (k, v) in pos.iter().enumerate() {
        out[k] = Some(v.clone());
    }
    for (k, v) in args.kwargs() {
        let name = kw_name(k);
        let idx = sig.names.iter().position(|n| *n == name);
        match idx {
            Some(j) if j >= sig.posonly => {
                if j < pos.len() {
                    return Err(type_error(format!(
                        "argument for {f}() given by name ('{name}') and position ({})",
                        j + 1
                    )));
                }
                out[j] = Some(v.clone());
            }
            _ => {
                return Err(type_error(format!(
                    "'{name}' is an invalid keyword argument for {f}()"
                )))
            }
        }
    }
    for (j, slot) in out.iter().enumerate().take(sig.required) {
        if slot.is_none() {
            return Err(type_error(format!(
                "{f}() missing required argument '{}' (pos {})",
                sig.names[j],
                j + 1
            )));
        }
    }
    Ok(out)
}

/// Checks the keyword arguments of a function whose keywords are all keyword-only
/// (`names`); returns them in `names` order. `fname` names the function in messages.
pub fn kwonly(args: &Args<'_>, fname: &str, names: &[&str]) -> PyResult<Vec<Option<Value>>> {
    let nkw = args.kwnames.len();
    if nkw > names.len() {
        return Err(type_error(format!(
            "{fname}() takes at most {} keyword argument{} ({nkw} given)",
            names.len(),
            plural(names.len())
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (k, v) in args.kwargs() {
        let name = kw_name(k);
        match names.iter().position(|n| *n == name) {
            Some(j) => out[j] = Some(v.clone()),
            None => {
                return Err(type_error(format!(
                    "'{name}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    Ok(out)
}
