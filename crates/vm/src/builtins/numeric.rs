//! Numeric builtins: `pow`, `divmod`, `round`, `bin`, `oct`, `hex`, over int, bool,
//! float and complex (through the object crate's numeric types).

use krait_object::args::Args;
use krait_object::error::{type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::num::int as nint;
use krait_object::protocol;
use krait_object::typeobj::BinOp;
use krait_object::types::float::{f, float_divmod, float_operand, is_float};
use krait_object::types::float_methods::round_float;
use krait_object::types::int::{from_num, int_num};
use krait_object::types::int_methods::round_int;
use krait_object::types::str::new_string;
use krait_object::types::tuple::new_tuple;
use krait_object::Value;

use super::FunctionTable;

pub static FUNCTIONS: FunctionTable = &[
    ("pow", pow),
    ("divmod", divmod),
    ("round", round),
    ("bin", bin),
    ("oct", oct),
    ("hex", hex),
];

/// Positional-or-keyword parameters `names` of builtin `fname`, `required` of them
/// mandatory (CPython's argument-clinic messages).
fn params<'a>(
    args: &Args<'a>,
    fname: &str,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<&'a Value>>> {
    let pos = args.pos();
    if pos.len() > names.len() {
        return Err(type_error(format!(
            "{fname}() takes at most {} arguments ({} given)",
            names.len(),
            pos.len() + args.kwnames.len()
        )));
    }
    let mut out: Vec<Option<&Value>> = names.iter().map(|_| None).collect();
    for (k, v) in pos.iter().enumerate() {
        out[k] = Some(v);
    }
    for (k, v) in args.kwargs() {
        let name = k
            .as_str_data()
            .map(|s| s.lossy().into_owned())
            .unwrap_or_default();
        match names.iter().position(|n| *n == name) {
            Some(idx) if out[idx].is_none() => out[idx] = Some(v),
            Some(idx) => {
                return Err(type_error(format!(
                    "argument for {fname}() given by name ('{name}') and position ({})",
                    idx + 1
                )))
            }
            None => {
                return Err(type_error(format!(
                    "{fname}() got an unexpected keyword argument '{name}'"
                )))
            }
        }
    }
    for (idx, name) in names.iter().enumerate().take(required) {
        if out[idx].is_none() {
            return Err(type_error(format!(
                "{fname}() missing required argument '{name}' (pos {})",
                idx + 1
            )));
        }
    }
    Ok(out)
}

/// `pow(base, exp, mod=None)`.
fn pow(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let p = params(&args, "pow", &["base", "exp", "mod"], 2)?;
    let (Some(base), Some(exp)) = (p[0], p[1]) else {
        return Err(type_error("pow() missing required argument"));
    };
    match p[2].filter(|m| !m.is_none()) {
        None => protocol::binary_op(i, base, exp, BinOp::Pow),
        Some(m) => match (int_num(base), int_num(exp), int_num(m)) {
            (Some(a), Some(b), Some(c)) => Ok(from_num(nint::pow_mod(&a, &b, &c)?)),
            _ => {
                let any_number = |v: &Value| {
                    int_num(v).is_some()
                        || is_float(v)
                        || krait_object::types::complex::complex_val(v).is_some()
                };
                if any_number(base) && any_number(exp) && any_number(m) {
                    if krait_object::types::complex::complex_val(base).is_some()
                        || krait_object::types::complex::complex_val(exp).is_some()
                    {
                        return Err(krait_object::error::value_error("complex modulo"));
                    }
                    return Err(type_error(
                        "pow() 3rd argument not allowed unless all arguments are integers",
                    ));
                }
                Err(type_error(format!(
                    "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                    base.class_name(),
                    exp.class_name(),
                    m.class_name()
                )))
            }
        },
    }
}

/// `divmod(a, b)`.
fn divmod(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("divmod", 2)?;
    let (a, b) = (&pos[0], &pos[1]);
    if let (Some(x), Some(y)) = (int_num(a), int_num(b)) {
        let (q, r) = nint::divmod(&x, &y)?;
        return Ok(new_tuple(vec![from_num(q), from_num(r)]));
    }
    if is_float(a) || is_float(b) {
        if let (Some(x), Some(y)) = (float_operand(a)?, float_operand(b)?) {
            let (q, r) = float_divmod(x, y)?;
            return Ok(new_tuple(vec![Value::Float(q), Value::Float(r)]));
        }
    }
    let _ = i;
    Err(type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        a.class_name(),
        b.class_name()
    )))
}

/// `round(number, ndigits=None)`.
fn round(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let p = params(&args, "round", &["number", "ndigits"], 1)?;
    let Some(x) = p[0] else {
        return Err(type_error("round() missing required argument"));
    };
    let nd = p[1].filter(|v| !v.is_none());
    if let Some(n) = int_num(x) {
        return match nd {
            None => Ok(from_num(n)),
            Some(d) => {
                let d = protocol::index(i, d)?;
                round_int(&n, &int_num(&d).unwrap_or_default())
            }
        };
    }
    if is_float(x) {
        return round_float(i, f(x), nd);
    }
    Err(type_error(format!(
        "type {} doesn't define __round__ method",
        x.class_name()
    )))
}

fn radix(i: &mut dyn Interp, args: Args<'_>, name: &str, base: u32) -> PyResult<Value> {
    let pos = args.exact(name, 1)?;
    let v = protocol::index(i, &pos[0])?;
    let n = int_num(&v).unwrap_or_default();
    Ok(new_string(nint::to_prefixed_string(&n, base)))
}

fn bin(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    radix(i, args, "bin", 2)
}

fn oct(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    radix(i, args, "oct", 8)
}

fn hex(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    radix(i, args, "hex", 16)
}
