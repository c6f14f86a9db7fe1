//! Numeric builtins: abs, round, divmod, pow, bin, oct, hex, ord, chr. The numeric
//! semantics live in the object crate (`num`, the int/float types); these wrappers bind
//! arguments like CPython 3.11. (round/divmod/pow of floats and complex: the numbers
//! area's `float_methods`, `int_methods`, `complex`.)

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::{from_num_error, type_error, value_error, PyResult};
use krait_object::interp::Interp;
use krait_object::num::int::{self as numint, Int};
use krait_object::protocol;
use krait_object::typeobj::BinOp;
use krait_object::types::complex::complex_val;
use krait_object::types::float::{f as float_value, float_divmod, float_operand, is_float};
use krait_object::types::float_methods::round_float;
use krait_object::types::int::{int_val, IntVal};
use krait_object::types::int_methods::round_int;
use krait_object::types::str::{new_str_data, new_string, StrData};
use krait_object::types::tuple::new_tuple;
use krait_object::Value;

use super::FunctionTable;

pub static FUNCTIONS: FunctionTable = &[
    ("abs", abs),
    ("round", round),
    ("divmod", divmod),
    ("pow", pow),
    ("bin", bin),
    ("oct", oct),
    ("hex", hex),
    ("ord", ord),
    ("chr", chr),
];

fn to_int(v: &Value) -> Option<Int> {
    Some(match int_val(v)? {
        IntVal::Small(n) => Int::Small(n),
        IntVal::Big(b) => Int::from_big(b.clone()),
    })
}

fn int_value(n: Int) -> Value {
    match n {
        Int::Small(n) => Value::Int(n),
        Int::Big(b) => Value::from_bigint(b),
    }
}

fn abs(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("abs", 1)?;
    protocol::abs(i, &pos[0])
}

fn divmod(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("divmod")?;
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(type_error(format!(
            "divmod expected 2 arguments, got {}",
            pos.len()
        )));
    }
    let (a, b) = (&pos[0], &pos[1]);
    if let (Some(x), Some(y)) = (to_int(a), to_int(b)) {
        let (q, r) = numint::divmod(&x, &y).map_err(from_num_error)?;
        return Ok(new_tuple(vec![int_value(q), int_value(r)]));
    }
    if is_float(a) || is_float(b) {
        if let (Some(x), Some(y)) = (float_operand(a)?, float_operand(b)?) {
            let (q, r) = float_divmod(x, y)?;
            return Ok(new_tuple(vec![Value::Float(q), Value::Float(r)]));
        }
    }
    // Other types: their `//` and `%` (user `__divmod__` comes with classes).
    let q = protocol::binary_op1(i, a, b, BinOp::FloorDiv)?;
    // `%` only when `//` worked: str's `%` is formatting and raises its own errors.
    let r = match q {
        Some(_) => protocol::binary_op1(i, a, b, BinOp::Mod)?,
        None => None,
    };
    match (q, r) {
        (Some(q), Some(r)) => Ok(new_tuple(vec![q, r])),
        _ => Err(type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            a.class_name(),
            b.class_name()
        ))),
    }
}

static POW: Sig = Sig {
    fname: "pow",
    names: &["base", "exp", "mod"],
    posonly: 0,
    required: 2,
};

fn pow(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse(&args, &POW)?;
    let (base, exp) = (
        a[0].clone().unwrap_or_default(),
        a[1].clone().unwrap_or_default(),
    );
    match a[2].as_ref().filter(|m| !m.is_none()) {
        None => protocol::binary_op(i, &base, &exp, BinOp::Pow),
        Some(m) => {
            let (Some(x), Some(y), Some(z)) = (to_int(&base), to_int(&exp), to_int(m)) else {
                let numeric =
                    |v: &Value| is_float(v) || int_val(v).is_some() || complex_val(v).is_some();
                if numeric(&base) && numeric(&exp) && numeric(m) {
                    if complex_val(&base).is_some() || complex_val(&exp).is_some() {
                        return Err(value_error("complex modulo"));
                    }
                    return Err(type_error(
                        "pow() 3rd argument not allowed unless all arguments are integers",
                    ));
                }
                return Err(type_error(format!(
                    "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                    base.class_name(),
                    exp.class_name(),
                    m.class_name()
                )));
            };
            numint::pow_mod(&x, &y, &z)
                .map(int_value)
                .map_err(from_num_error)
        }
    }
}

fn radix(i: &mut dyn Interp, args: Args<'_>, name: &str, base: u32) -> PyResult<Value> {
    let pos = args.exact(name, 1)?;
    let n = protocol::index(i, &pos[0])?;
    let n = to_int(&n).unwrap_or(Int::Small(0));
    Ok(new_string(numint::to_prefixed_string(&n, base)))
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

fn ord(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("ord", 1)?;
    if let Some(s) = pos[0].as_str_data() {
        return match s.len() {
            1 => Ok(Value::Int(i64::from(s.char_at(0).unwrap_or(0)))),
            n => Err(type_error(format!(
                "ord() expected a character, but string of length {n} found"
            ))),
        };
    }
    let byte = |b: &[u8]| match b {
        [c] => Ok(Value::Int(i64::from(*c))),
        _ => Err(type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        ))),
    };
    match pos[0].payload() {
        Some(krait_object::object::Payload::Bytes(b)) => return byte(b),
        Some(krait_object::object::Payload::ByteArray(b)) => return byte(&b.borrow()),
        _ => {}
    }
    Err(type_error(format!(
        "ord() expected string of length 1, but {} found",
        pos[0].class_name()
    )))
}

fn chr(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("chr", 1)?;
    let n = protocol::index(i, &pos[0])?;
    let Value::Int(n) = n else {
        return Err(krait_object::error::overflow_error(
            "Python int too large to convert to C int",
        ));
    };
    if n > i64::from(i32::MAX) || n < i64::from(i32::MIN) {
        return Err(krait_object::error::overflow_error(
            "Python int too large to convert to C int",
        ));
    }
    if !(0..0x110000).contains(&n) {
        return Err(value_error("chr() arg not in range(0x110000)"));
    }
    Ok(new_str_data(StrData::from_code_points([n as u32])))
}

static ROUND: Sig = Sig {
    fname: "round",
    names: &["number", "ndigits"],
    posonly: 0,
    required: 1,
};

/// `round(number, ndigits=None)`: half-even, on the exact binary value for floats.
fn round(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse(&args, &ROUND)?;
    let x = a[0].clone().unwrap_or_default();
    let nd = a[1].clone().filter(|v| !v.is_none());
    if let Some(f) = krait_object::slot_dunders::user_special(&x, "__round__") {
        let rest: Vec<Value> = nd.into_iter().collect();
        return krait_object::slot_wrappers::call_attr(i, &f, &x, &rest);
    }
    if let Some(n) = to_int(&x) {
        return match nd {
            None => Ok(int_value(n)),
            Some(d) => {
                let d = protocol::index(i, &d)?;
                round_int(&n, &to_int(&d).unwrap_or_default())
            }
        };
    }
    if is_float(&x) {
        return round_float(i, float_value(&x), nd.as_ref());
    }
    Err(type_error(format!(
        "type {} doesn't define __round__ method",
        x.class_name()
    )))
}
