//! `_opcode` (CPython's `Modules/_opcode.c`): `stack_effect` from the loader's opcode
//! table (the 3.11 column, the bytecode krait runs).

use krait_loader::opcodes::Op;
use krait_loader::version::PyVersion;
use krait_object::args::Args;
use krait_object::error::{overflow_error, type_error, value_error, PyResult};
use krait_object::interp::Interp;
use krait_object::Value;

use crate::vm::Vm;

use super::new_module_with;

/// `HAVE_ARGUMENT` of 3.11: opcodes from here on take an argument.
const HAVE_ARGUMENT: i64 = 90;

/// Argument Clinic's C `int` converter.
fn c_int(i: &mut dyn Interp, v: &Value) -> PyResult<i64> {
    let n = super::support::ssize(i, v).map_err(|e| {
        if e.matches(&krait_object::types::builtin_types().exc.overflow_error) {
            overflow_error("Python int too large to convert to C int")
        } else {
            e
        }
    })?;
    if n > i64::from(i32::MAX) || n < i64::from(i32::MIN) {
        return Err(overflow_error("Python int too large to convert to C int"));
    }
    Ok(n)
}

/// `stack_effect(opcode, oparg=None, /, *, jump=None)`.
fn stack_effect(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.is_empty() || pos.len() > 2 {
        let msg = if pos.is_empty() {
            "stack_effect() takes at least 1 positional argument (0 given)".to_string()
        } else {
            format!(
                "stack_effect() takes at most 2 positional arguments ({} given)",
                pos.len()
            )
        };
        return Err(type_error(msg));
    }
    let mut jump = Value::None;
    for (k, v) in args.kwargs() {
        let name = k
            .as_str_data()
            .map(|s| s.lossy().into_owned())
            .unwrap_or_default();
        if name != "jump" {
            return Err(type_error(format!(
                "'{name}' is an invalid keyword argument for stack_effect()"
            )));
        }
        jump = v.clone();
    }
    let opcode = c_int(i, &pos[0])?;
    let oparg = match pos.get(1) {
        Some(v) if !matches!(v, Value::None) => Some(v),
        _ => None,
    };
    let arg = if opcode >= HAVE_ARGUMENT {
        match oparg {
            None => {
                return Err(value_error(
                    "stack_effect: opcode requires oparg but oparg was not specified",
                ))
            }
            Some(v) => c_int(i, v)?,
        }
    } else {
        if oparg.is_some() {
            return Err(value_error(
                "stack_effect: opcode does not permit oparg but oparg was specified",
            ));
        }
        0
    };
    let jump = match jump {
        Value::None => None,
        Value::Bool(b) => Some(b),
        _ => {
            return Err(value_error(
                "stack_effect: jump must be False, True or None",
            ))
        }
    };
    let effect = u8::try_from(opcode)
        .ok()
        .and_then(|n| Op::from_number(PyVersion::V3_11, n))
        .and_then(|op| {
            u32::try_from(arg)
                .ok()
                .and_then(|a| op.stack_effect(PyVersion::V3_11, a, jump))
        });
    match effect {
        Some(e) => Ok(Value::Int(i64::from(e))),
        None => Err(value_error("invalid opcode or oparg")),
    }
}

fn get_specialization_stats(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let n = args.pos().len() + args.kwnames.len();
    if n > 0 {
        return Err(type_error(format!(
            "get_specialization_stats() takes no arguments ({n} given)"
        )));
    }
    Ok(Value::None)
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with(
        "_opcode",
        &[
            ("get_specialization_stats", get_specialization_stats),
            ("stack_effect", stack_effect),
        ],
    );
    super::set_attr(
        &m,
        "__doc__",
        krait_object::types::str::new_str("Opcode support module."),
    );
    Ok(m)
}
