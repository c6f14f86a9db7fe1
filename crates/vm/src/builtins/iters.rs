//! Iteration builtins: iter, next, sorted, min, max, sum, any, all. (`map`, `filter`,
//! `reversed`, `enumerate` and `zip` are types: `krait_object::types::functional`/`iter`.)

use krait_object::argparse::{kwonly, parse, Sig};
use krait_object::args::Args;
use krait_object::error::{stop_iteration, type_error, value_error, PyResult};
use krait_object::interp::Interp;
use krait_object::protocol;
use krait_object::typeobj::{BinOp, CmpOp};
use krait_object::types::functional::callable_iter;
use krait_object::types::list::{new_list, sort_values};
use krait_object::Value;

use super::FunctionTable;

pub static FUNCTIONS: FunctionTable = &[
    ("iter", iter),
    ("next", next),
    ("sorted", sorted),
    ("min", min),
    ("max", max),
    ("sum", sum),
    ("any", any),
    ("all", all),
];

fn iter(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.between("iter", 1, 2)?;
    if pos.len() == 2 {
        return callable_iter(&pos[0], &pos[1]);
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
    if let Some(r) = krait_object::types::gen::generator_next(i, &pos[0]) {
        // A generator's return value travels in its StopIteration.
        return match (r, pos.get(1)) {
            (Err(e), Some(d)) if e.matches(&krait_object::builtin_types().exc.stop_iteration) => {
                Ok(d.clone())
            }
            (r, _) => r,
        };
    }
    match protocol::next(i, &pos[0])? {
        Some(v) => Ok(v),
        None => pos.get(1).cloned().ok_or_else(stop_iteration),
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
    // The keywords go to list.sort, whose name the messages carry.
    let kw = kwonly(&args, "sort", &["key", "reverse"])?;
    let key = kw[0].clone().filter(|k| !k.is_none());
    // `reverse` is converted like a C int (`'float' object cannot be interpreted ...`).
    let rev = match &kw[1] {
        Some(r) => protocol::index_i64(i, r)? != 0,
        None => false,
    };
    Ok(new_list(sort_values(i, items, key.as_ref(), rev)?))
}

fn min_max(i: &mut dyn Interp, args: Args<'_>, name: &str, op: CmpOp) -> PyResult<Value> {
    let pos = args.pos();
    let kw = kwonly(&args, name, &["key", "default"])?;
    let key = kw[0].clone().filter(|k| !k.is_none());
    let default = kw[1].clone();
    let items = match pos.len() {
        0 => {
            return Err(type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => {
            let it = protocol::iter(i, &pos[0])?;
            let mut v = Vec::new();
            while let Some(x) = protocol::next(i, &it)? {
                v.push(x);
            }
            v
        }
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

static SUM: Sig = Sig {
    fname: "sum",
    names: &["iterable", "start"],
    posonly: 1,
    required: 1,
};

/// `sum(iterable, /, start=0)`. CPython 3.11 adds floats plainly, left to right (the
/// compensated summation is 3.12's).
fn sum(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse(&args, &SUM)?;
    let iterable = a[0].clone().unwrap_or_default();
    let mut acc = a[1].clone().unwrap_or(Value::Int(0));
    if acc.as_str_data().is_some() {
        return Err(type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    match acc.class_name().as_str() {
        "bytes" => {
            return Err(type_error(
                "sum() can't sum bytes [use b''.join(seq) instead]",
            ))
        }
        "bytearray" => {
            return Err(type_error(
                "sum() can't sum bytearray [use b''.join(seq) instead]",
            ))
        }
        _ => {}
    }
    let it = protocol::iter(i, &iterable)?;
    while let Some(x) = protocol::next(i, &it)? {
        acc = match (&acc, &x) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            (Value::Float(a), Value::Int(b)) => Value::Float(a + *b as f64),
            _ => protocol::binary_op(i, &acc, &x, BinOp::Add)?,
        };
    }
    Ok(acc)
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
