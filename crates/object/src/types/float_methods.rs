//! `float` methods (`is_integer`, `as_integer_ratio`, `hex`, `__round__` …), its data
//! attributes (`real`, `imag`) and the classmethod `float.fromhex`.

use crate::args::Args;
use crate::error::{type_error, PyResult};
use crate::format_spec;
use crate::interp::Interp;
use crate::num::float as nfloat;
use crate::num::int as nint;
use crate::protocol;
use crate::types::float::{f, is_float};
use crate::types::int::{float_to_int, from_num, int_num};
use crate::types::str::new_string;
use crate::types::tuple::new_tuple;
use crate::types::MethodDef;
use crate::value::Value;

/// `getattr(float, name)`: `real`/`imag`, then the generic lookup.
pub fn float_getattr(i: &mut dyn Interp, v: &Value, name: &Value) -> PyResult<Value> {
    match name.as_str_data().and_then(|s| s.as_str()).unwrap_or("") {
        "real" => return Ok(Value::Float(f(v))),
        "imag" => return Ok(Value::Float(0.0)),
        _ => {}
    }
    protocol::generic_getattr(i, v, name)
}

fn self0(args: &Args<'_>, name: &str) -> PyResult<f64> {
    let pos = args.pos();
    if args.has_kwargs() {
        return Err(type_error(format!(
            "float.{name}() takes no keyword arguments"
        )));
    }
    if pos.len() != 1 {
        return Err(type_error(format!(
            "float.{name}() takes no arguments ({} given)",
            pos.len().saturating_sub(1)
        )));
    }
    if !is_float(&pos[0]) {
        return Err(type_error(format!(
            "descriptor '{name}' for 'float' objects doesn't apply to a '{}' object",
            pos[0].class_name()
        )));
    }
    Ok(f(&pos[0]))
}

fn is_integer(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(nfloat::is_integer(self0(&args, "is_integer")?)))
}

fn as_integer_ratio(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (n, d) = nfloat::as_integer_ratio(self0(&args, "as_integer_ratio")?)?;
    Ok(new_tuple(vec![from_num(n), from_num(d)]))
}

fn hex(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(new_string(nfloat::to_hex(self0(&args, "hex")?)))
}

fn conjugate(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Float(self0(&args, "conjugate")?))
}

fn trunc(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    float_to_int(self0(&args, "__trunc__")?)
}

fn floor(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    float_to_int(self0(&args, "__floor__")?.floor())
}

fn ceil(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    float_to_int(self0(&args, "__ceil__")?.ceil())
}

fn getnewargs(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(new_tuple(vec![Value::Float(self0(
        &args,
        "__getnewargs__",
    )?)]))
}

/// `round(x)` (an int, half to even) or `round(x, ndigits)` (a float).
pub fn round_float(i: &mut dyn Interp, x: f64, ndigits: Option<&Value>) -> PyResult<Value> {
    match ndigits {
        None => Ok(from_num(nfloat::round_to_int(x)?)),
        Some(nd) => {
            let nd = protocol::index(i, nd)?;
            let nd = match int_num(&nd).unwrap_or_default() {
                nint::Int::Small(n) => n,
                big if big.is_negative() => i64::MIN,
                _ => i64::MAX,
            };
            Ok(Value::Float(nfloat::round_ndigits(x, nd)?))
        }
    }
}

fn round(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.between("__round__", 1, 2)?;
    if !is_float(&pos[0]) {
        return Err(type_error(
            "descriptor '__round__' requires a 'float' object",
        ));
    }
    let nd = pos.get(1).filter(|v| !v.is_none());
    round_float(i, f(&pos[0]), nd)
}

fn format(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("__format__", 2)?;
    let Some(spec) = pos[1].as_str_data() else {
        return Err(type_error(format!(
            "__format__() argument must be str, not {}",
            pos[1].class_name()
        )));
    };
    format_float_value(i, &pos[0], &spec.lossy())
}

/// `format(x, spec)` of a float.
pub fn format_float_value(i: &mut dyn Interp, v: &Value, spec: &str) -> PyResult<Value> {
    if spec.is_empty() {
        return protocol::str_(i, v);
    }
    let name = v.class_name();
    Ok(new_string(format_spec::format_float_as(
        f(v),
        spec,
        &name,
        i.version(),
    )?))
}

/// `float.fromhex(s)` (bound to the class).
fn fromhex(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("fromhex", 2)?;
    let Some(s) = pos[1].as_str_data() else {
        return Err(type_error("bad argument type for built-in operation"));
    };
    let v = Value::Float(nfloat::from_hex(&s.lossy())?);
    match pos[0].as_obj() {
        Some(cls) if !std::rc::Rc::ptr_eq(cls, &crate::types::builtin_types().float) => {
            protocol::call0(i, &pos[0], &[v])
        }
        _ => Ok(v),
    }
}

pub static METHODS: &[MethodDef] = crate::number_methods!(
    crate::method!("is_integer", is_integer),
    crate::method!("as_integer_ratio", as_integer_ratio),
    crate::method!("hex", hex),
    crate::method!("conjugate", conjugate),
    crate::method!("__trunc__", trunc),
    crate::method!("__floor__", floor),
    crate::method!("__ceil__", ceil),
    crate::method!("__round__", round),
    crate::method!("__format__", format),
    crate::method!("__getnewargs__", getnewargs),
);

/// Classmethods, bound to `float` itself.
pub static CLASS_METHODS: &[MethodDef] = &[crate::method!("fromhex", fromhex)];
