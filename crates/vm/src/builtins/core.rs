//! Core builtins: len, repr, isinstance, abs, min, max, sum, iter, next, id, hash, ord,
//! chr, callable, getattr/setattr/hasattr, sorted, reversed, any, all, divmod, format.

use krait_object::args::Args;
use krait_object::error::{stop_iteration, type_error, value_error, PyResult};
use krait_object::interp::Interp;
use krait_object::object::Payload;
use krait_object::protocol;
use krait_object::typeobj::{is_subtype, BinOp, CmpOp};
use krait_object::types::list::{new_list, sort_values};
use krait_object::types::str::{new_str_data, StrData};
use krait_object::types::tuple::new_tuple;
use krait_object::Value;

use super::FunctionTable;

pub static FUNCTIONS: FunctionTable = &[
    ("len", len),
    ("repr", repr),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("abs", abs),
    ("min", min),
    ("max", max),
    ("sum", sum),
    ("iter", iter),
    ("next", next),
    ("id", id),
    ("hash", hash),
    ("ord", ord),
    ("chr", chr),
    ("callable", callable),
    ("getattr", getattr),
    ("setattr", setattr),
    ("hasattr", hasattr),
    ("sorted", sorted),
    ("reversed", reversed),
    ("any", any),
    ("all", all),
    ("divmod", divmod),
    ("format", format),
    ("round", round),
];

fn len(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("len", 1)?;
    Ok(Value::Int(protocol::len(i, &pos[0])? as i64))
}

fn repr(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("repr", 1)?;
    protocol::repr(i, &pos[0])
}

/// `isinstance`/`issubclass` class-or-tuple argument check.
fn class_match(
    cls: &Value,
    test: &dyn Fn(&krait_object::ObjRef) -> bool,
    fname: &str,
) -> PyResult<bool> {
    match cls.payload() {
        Some(Payload::Type(_)) => Ok(cls.as_obj().is_some_and(test)),
        Some(Payload::Tuple(items)) => {
            for c in items.iter() {
                if class_match(c, test, fname)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error(format!(
            "{fname}() arg 2 must be a type, a tuple of types, or a union"
        ))),
    }
}

fn isinstance(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("isinstance", 2)?;
    let cls = pos[0].class();
    Ok(Value::Bool(class_match(
        &pos[1],
        &|c| is_subtype(&cls, c),
        "isinstance",
    )?))
}

fn issubclass(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("issubclass", 2)?;
    let Some(sub) = pos[0].as_obj().filter(|o| o.as_type().is_some()) else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::Bool(class_match(
        &pos[1],
        &|c| is_subtype(sub, c),
        "issubclass",
    )?))
}

fn abs(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("abs", 1)?;
    protocol::abs(i, &pos[0])
}

fn min_max(i: &mut dyn Interp, args: Args<'_>, name: &str, op: CmpOp) -> PyResult<Value> {
    let pos = args.pos();
    let key = args.kwarg("key").filter(|k| !k.is_none()).cloned();
    let default = args.kwarg("default").cloned();
    let items = match pos.len() {
        0 => {
            return Err(type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => protocol::collect(i, &pos[0])?,
        _ => {
            if default.is_some() {
                return Err(type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => protocol::call0(i, f, std::slice::from_ref(&it))?,
            None => it.clone(),
        };
        best = match best {
            None => Some((k, it)),
            Some((bk, bv)) => {
                if protocol::compare_bool(i, &k, &bk, op)? {
                    Some((k, it))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => default.ok_or_else(|| value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn min(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    min_max(i, args, "min", CmpOp::Lt)
}

fn max(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    min_max(i, args, "max", CmpOp::Gt)
}

fn sum(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.is_empty() || pos.len() > 2 {
        return Err(type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let mut acc = pos
        .get(1)
        .or_else(|| args.kwarg("start"))
        .cloned()
        .unwrap_or(Value::Int(0));
    if acc.as_str_data().is_some() {
        return Err(type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let it = protocol::iter(i, &pos[0])?;
    while let Some(x) = protocol::next(i, &it)? {
        acc = match (&acc, &x) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => protocol::binary_op(i, &acc, &x, BinOp::Add)?,
        };
    }
    Ok(acc)
}

fn iter(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.between("iter", 1, 2)?;
    if pos.len() == 2 {
        // iter(callable, sentinel), materialized eagerly is wrong for infinite sources;
        // supported later with a proper callable_iterator.
        return Err(type_error(
            "krait: iter(callable, sentinel) is not supported yet",
        ));
    }
    protocol::iter(i, &pos[0])
}

fn next(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.between("next", 1, 2)?;
    let cls = pos[0].class();
    if protocol::td(&cls).slots.next.get().is_none() {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            pos[0].class_name()
        )));
    }
    match protocol::next(i, &pos[0])? {
        Some(v) => Ok(v),
        None => pos.get(1).cloned().ok_or_else(stop_iteration),
    }
}

fn id(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("id", 1)?;
    Ok(Value::Int(pos[0].id()))
}

fn hash(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("hash", 1)?;
    Ok(Value::Int(protocol::hash(i, &pos[0])?))
}

fn ord(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("ord", 1)?;
    match pos[0].as_str_data() {
        Some(s) if s.len() == 1 => Ok(Value::Int(i64::from(s.char_at(0).unwrap_or(0)))),
        Some(s) => Err(type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.len()
        ))),
        None => Err(type_error(format!(
            "ord() expected string of length 1, but {} found",
            pos[0].class_name()
        ))),
    }
}

fn chr(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("chr", 1)?;
    let n = protocol::index_i64(i, &pos[0])?;
    if !(0..0x110000).contains(&n) {
        return Err(value_error("chr() arg not in range(0x110000)"));
    }
    Ok(new_str_data(StrData::from_code_points([n as u32])))
}

fn callable(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("callable", 1)?;
    Ok(Value::Bool(protocol::is_callable(&pos[0])))
}

fn attr_name(v: &Value) -> PyResult<&Value> {
    if v.as_str_data().is_none() {
        return Err(type_error(format!(
            "attribute name must be string, not '{}'",
            v.class_name()
        )));
    }
    Ok(v)
}

fn getattr(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.between("getattr", 2, 3)?;
    let name = attr_name(&pos[1])?;
    match protocol::getattr(i, &pos[0], name) {
        Ok(v) => Ok(v),
        Err(e)
            if pos.len() == 3 && e.matches(&krait_object::builtin_types().exc.attribute_error) =>
        {
            Ok(pos[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn setattr(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("setattr", 3)?;
    let name = attr_name(&pos[1])?;
    protocol::setattr(i, &pos[0], name, Some(pos[2].clone()))?;
    Ok(Value::None)
}

fn hasattr(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("hasattr", 2)?;
    let name = attr_name(&pos[1])?;
    match protocol::getattr(i, &pos[0], name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if e.matches(&krait_object::builtin_types().exc.attribute_error) => {
            Ok(Value::Bool(false))
        }
        Err(e) => Err(e),
    }
}

fn sorted(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(type_error(format!(
            "sorted expected 1 argument, got {}",
            pos.len()
        )));
    }
    let items = protocol::collect(i, &pos[0])?;
    let key = args.kwarg("key").filter(|k| !k.is_none()).cloned();
    let rev = match args.kwarg("reverse") {
        Some(r) => protocol::truthy(i, r)?,
        None => false,
    };
    Ok(new_list(sort_values(i, items, key.as_ref(), rev)?))
}

fn reversed(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("reversed", 1)?;
    match krait_object::types::iter::reversed_of(i, &pos[0])? {
        Some(it) => Ok(it),
        None => Err(type_error(format!(
            "'{}' object is not reversible",
            pos[0].class_name()
        ))),
    }
}

fn any(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("any", 1)?;
    let it = protocol::iter(i, &pos[0])?;
    while let Some(x) = protocol::next(i, &it)? {
        if protocol::truthy(i, &x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("all", 1)?;
    let it = protocol::iter(i, &pos[0])?;
    while let Some(x) = protocol::next(i, &it)? {
        if !protocol::truthy(i, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn divmod(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("divmod", 2)?;
    let q = protocol::binary_op(i, &pos[0], &pos[1], BinOp::FloorDiv)?;
    let r = protocol::binary_op(i, &pos[0], &pos[1], BinOp::Mod)?;
    Ok(new_tuple(vec![q, r]))
}

fn format(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.between("format", 1, 2)?;
    super::format::format(i, &pos[0], pos.get(1))
}

/// `round(x[, ndigits])`: half-even, on the exact binary value for floats.
fn round(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let x = pos
        .first()
        .or_else(|| args.kwarg("number"))
        .cloned()
        .unwrap_or(Value::None);
    let nd = pos
        .get(1)
        .or_else(|| args.kwarg("ndigits"))
        .filter(|v| !v.is_none())
        .cloned();
    match (&x, nd) {
        (Value::Float(f), None) => {
            let r = f.round_ties_even();
            krait_object::types::int::float_to_int(r)
        }
        (Value::Float(f), Some(n)) => {
            let n = protocol::index_i64(i, &n)?;
            if !f.is_finite() || n > 323 {
                return Ok(Value::Float(*f));
            }
            if n < -308 {
                return Ok(Value::Float(0.0f64.copysign(*f)));
            }
            if n >= 0 {
                // Rust's fixed formatting rounds the exact binary value half-even.
                let s = format!("{:.*}", n as usize, f);
                return Ok(Value::Float(s.parse().unwrap_or(*f)));
            }
            let p = 10f64.powi((-n) as i32);
            let y = (f / p).round_ties_even() * p;
            Ok(Value::Float(if y.is_finite() { y } else { *f }))
        }
        (Value::Int(_) | Value::Bool(_), None) => protocol::index(i, &x),
        (Value::Int(v), Some(n)) => {
            let n = protocol::index_i64(i, &n)?;
            if !(-18..0).contains(&n) {
                return Ok(if n >= 0 {
                    Value::Int(*v)
                } else {
                    Value::Int(0)
                });
            }
            let p = 10i128.pow((-n) as u32);
            let v = i128::from(*v);
            let (q, r) = (v.div_euclid(p), v.rem_euclid(p));
            let q = if 2 * r > p || (2 * r == p && q % 2 != 0) {
                q + 1
            } else {
                q
            };
            Ok(Value::Int((q * p) as i64))
        }
        _ => Err(type_error(format!(
            "type {} doesn't define __round__ method",
            x.class_name()
        ))),
    }
}
