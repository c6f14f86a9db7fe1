//! `int` methods (`bit_length`, `to_bytes`, `as_integer_ratio`, `__round__` …), its data
//! attributes (`real`, `imag`, `numerator`, `denominator`) and the classmethod
//! `int.from_bytes`.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Pow, Signed, Zero};

use crate::args::Args;
use crate::error::{attribute_error, overflow_error, type_error, value_error, PyResult};
use crate::format_spec;
use crate::interp::Interp;
use crate::num::int::{self as nint, Int};
use crate::protocol;
use crate::types::int::{from_num, int_num, max_str_digits};
use crate::types::str::new_string;
use crate::types::tuple::new_tuple;
use crate::types::MethodDef;
use crate::value::Value;

/// `getattr(int, name)`: the data attributes, `is_integer` only from 3.12, then the
/// generic lookup (methods).
pub fn int_getattr(i: &mut dyn Interp, v: &Value, name: &Value) -> PyResult<Value> {
    let n = name.as_str_data().and_then(|s| s.as_str()).unwrap_or("");
    match n {
        "real" | "numerator" => return Ok(from_num(this(v, n)?)),
        "imag" => return Ok(Value::Int(0)),
        "denominator" => return Ok(Value::Int(1)),
        "is_integer" if i.version() < krait_loader::PyVersion::V3_12 => {
            return Err(attribute_error(format!(
                "'{}' object has no attribute 'is_integer'",
                v.class_name()
            )))
        }
        _ => {}
    }
    protocol::generic_getattr(i, v, name)
}

fn this(v: &Value, name: &str) -> PyResult<Int> {
    int_num(v).ok_or_else(|| {
        type_error(format!(
            "descriptor '{name}' requires a 'int' object but received a '{}'",
            v.class_name()
        ))
    })
}

/// `self` of a method taking no arguments.
fn self0(args: &Args<'_>, name: &str) -> PyResult<Int> {
    let pos = args.pos();
    if args.has_kwargs() {
        return Err(type_error(format!(
            "int.{name}() takes no keyword arguments"
        )));
    }
    if pos.len() != 1 {
        return Err(type_error(format!(
            "int.{name}() takes no arguments ({} given)",
            pos.len().saturating_sub(1)
        )));
    }
    this(&pos[0], name)
}

fn bit_length(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(
        nint::bit_length(&self0(&args, "bit_length")?) as i64
    ))
}

fn bit_count(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(
        nint::bit_count(&self0(&args, "bit_count")?) as i64
    ))
}

fn identity(name: &'static str) -> impl Fn(&Args<'_>) -> PyResult<Value> {
    move |args| Ok(from_num(self0(args, name)?))
}

fn conjugate(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    identity("conjugate")(&args)
}
fn trunc(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    identity("__trunc__")(&args)
}
fn floor(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    identity("__floor__")(&args)
}
fn ceil(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    identity("__ceil__")(&args)
}

fn is_integer(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    self0(&args, "is_integer")?;
    Ok(Value::Bool(true))
}

fn as_integer_ratio(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let n = self0(&args, "as_integer_ratio")?;
    Ok(new_tuple(vec![from_num(n), Value::Int(1)]))
}

fn getnewargs(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let n = self0(&args, "__getnewargs__")?;
    Ok(new_tuple(vec![from_num(n)]))
}

/// `round(n, ndigits)` of an int: exact, half to even at `10**-ndigits`.
pub fn round_int(n: &Int, ndigits: &Int) -> PyResult<Value> {
    let Some(nd) = ndigits.as_i64().filter(|d| *d < 0) else {
        return Ok(if ndigits.is_negative() {
            Value::Int(0)
        } else {
            from_num(n.clone())
        });
    };
    let x = n.to_big();
    // 10**k exceeds |x| once k is beyond its digit count: the result is 0.
    let k = nd.unsigned_abs();
    if k > (x.bits() / 3 + 2) {
        return Ok(Value::Int(0));
    }
    let p: BigInt = Pow::pow(BigInt::from(10u32), k);
    let (q, r) = x.div_mod_floor(&p);
    let twice: BigInt = &r * 2;
    let q = if twice > p || (twice == p && q.is_odd()) {
        q + 1
    } else {
        q
    };
    Ok(Value::from_bigint(q * p))
}

fn round(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.between("__round__", 1, 2)?;
    let n = this(&pos[0], "__round__")?;
    match pos.get(1) {
        None => Ok(from_num(n)),
        Some(nd) => {
            let nd = protocol::index(i, nd)?;
            round_int(&n, &int_num(&nd).unwrap_or_default())
        }
    }
}

fn format(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("__format__", 2)?;
    let Some(spec) = pos[1].as_str_data() else {
        return Err(type_error(format!(
            "__format__() argument must be str, not {}",
            pos[1].class_name()
        )));
    };
    format_int_value(i, &pos[0], &spec.lossy())
}

/// `format(v, spec)` of an int or bool (a bool with an empty spec is `str(v)`).
pub fn format_int_value(i: &mut dyn Interp, v: &Value, spec: &str) -> PyResult<Value> {
    if spec.is_empty() {
        return protocol::str_(i, v);
    }
    let n = this(v, "__format__")?;
    let name = v.class_name();
    Ok(new_string(format_spec::format_int_as(
        &n,
        spec,
        &name,
        i.version(),
        max_str_digits(),
    )?))
}

fn byteorder_little(v: Option<&Value>) -> PyResult<bool> {
    let Some(v) = v else { return Ok(false) };
    match v.as_str_data().map(|s| s.lossy().into_owned()) {
        Some(s) if s == "little" => Ok(true),
        Some(s) if s == "big" => Ok(false),
        Some(_) => Err(value_error("byteorder must be either 'little' or 'big'")),
        None => Err(type_error(format!(
            "to_bytes() argument 'byteorder' must be str, not {}",
            v.class_name()
        ))),
    }
}

/// The bytes of `n` in `length` bytes (`int.to_bytes`'s errors).
pub fn int_to_bytes(n: &Int, length: usize, little: bool, signed: bool) -> PyResult<Vec<u8>> {
    let x = n.to_big();
    if x.is_negative() && !signed {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let mut out = x.to_signed_bytes_le();
    if !x.is_negative() && !signed && out.len() > 1 && out.last() == Some(&0) {
        out.pop();
    }
    if x.is_zero() {
        out.clear();
    }
    if out.len() > length {
        return Err(overflow_error("int too big to convert"));
    }
    let fill = if x.is_negative() { 0xff } else { 0 };
    out.resize(length, fill);
    if !little {
        out.reverse();
    }
    Ok(out)
}

fn to_bytes(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 3 {
        return Err(type_error(format!(
            "to_bytes() takes at most 2 arguments ({} given)",
            pos.len() - 1
        )));
    }
    let n = this(&pos[0], "to_bytes")?;
    let length = match pos.get(1).or_else(|| args.kwarg("length")) {
        Some(l) => protocol::index_i64(i, l)?,
        None => 1,
    };
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    let little = byteorder_little(pos.get(2).or_else(|| args.kwarg("byteorder")))?;
    let signed = match args.kwarg("signed") {
        Some(s) => protocol::truthy(i, s)?,
        None => false,
    };
    let bytes = int_to_bytes(&n, length as usize, little, signed)?;
    crate::types::int_bytes::new_bytes(bytes)
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (bound to the class).
fn from_bytes(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(type_error(
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    }
    let data = crate::types::int_bytes::bytes_of(i, &pos[1])?;
    let little = byteorder_little(pos.get(2).or_else(|| args.kwarg("byteorder")))?;
    let signed = match args.kwarg("signed") {
        Some(s) => protocol::truthy(i, s)?,
        None => false,
    };
    let v = if signed {
        if little {
            BigInt::from_signed_bytes_le(&data)
        } else {
            BigInt::from_signed_bytes_be(&data)
        }
    } else if little {
        BigInt::from_bytes_le(Sign::Plus, &data)
    } else {
        BigInt::from_bytes_be(Sign::Plus, &data)
    };
    let v = Value::from_bigint(v);
    // A subclass (the bound class) gets `cls(value)`.
    match pos[0].as_obj() {
        Some(cls) if !std::rc::Rc::ptr_eq(cls, &crate::types::builtin_types().int) => {
            protocol::call0(i, &pos[0], &[v])
        }
        _ => Ok(v),
    }
}

pub static METHODS: &[MethodDef] = crate::number_methods!(
    crate::method!("bit_length", bit_length),
    crate::method!("bit_count", bit_count),
    crate::method!("to_bytes", to_bytes),
    crate::method!("conjugate", conjugate),
    crate::method!("as_integer_ratio", as_integer_ratio),
    crate::method!("is_integer", is_integer),
    crate::method!("__trunc__", trunc),
    crate::method!("__floor__", floor),
    crate::method!("__ceil__", ceil),
    crate::method!("__round__", round),
    crate::method!("__format__", format),
    crate::method!("__getnewargs__", getnewargs),
);

/// Classmethods, bound to `int` itself.
pub static CLASS_METHODS: &[MethodDef] = &[crate::method!("from_bytes", from_bytes)];
