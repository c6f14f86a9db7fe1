//! `_operator` (CPython's `Modules/_operator.c`): every function of `operator.py`, through
//! `krait_object::protocol` (no dunder is looked up by name for builtins), plus the
//! `itemgetter`, `attrgetter` and `methodcaller` types (`getters.rs`).

pub mod getters;

use krait_object::args::Args;
use krait_object::error::{type_error, value_error, PyResult};
use krait_object::interp::Interp;
use krait_object::object::Payload;
use krait_object::protocol::{self, td};
use krait_object::typeobj::{BinOp, CmpOp};
use krait_object::{builtin_types, Value};

use crate::modules::support::check_pos;
use crate::modules::{new_module_with, set_attr};
use crate::vm::Vm;

/// The two operands of a binary function (`add expected 2 arguments, got 1`).
fn two<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    args.no_kwargs(&format!("_operator.{name}"))?;
    check_pos(args, name, 2, 2)
}

/// The operand of a one-argument function (`_operator.neg() takes exactly one argument`).
fn one<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    args.no_kwargs(&format!("_operator.{name}"))?;
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(type_error(format!(
            "_operator.{name}() takes exactly one argument ({} given)",
            pos.len()
        )));
    }
    Ok(&pos[0])
}

macro_rules! binary {
    ($($f:ident $name:literal $op:ident $how:ident;)*) => {
        $(fn $f(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
            let a = two(&args, $name)?;
            protocol::$how(i, &a[0], &a[1], BinOp::$op)
        })*
    };
}
binary! {
    add "add" Add binary_op;
    and_ "and_" And binary_op;
    floordiv "floordiv" FloorDiv binary_op;
    lshift "lshift" LShift binary_op;
    mod_ "mod" Mod binary_op;
    mul "mul" Mul binary_op;
    matmul "matmul" MatMul binary_op;
    or_ "or_" Or binary_op;
    pow "pow" Pow binary_op;
    rshift "rshift" RShift binary_op;
    sub "sub" Sub binary_op;
    truediv "truediv" TrueDiv binary_op;
    xor "xor" Xor binary_op;
    iadd "iadd" Add inplace_op;
    iand "iand" And inplace_op;
    ifloordiv "ifloordiv" FloorDiv inplace_op;
    ilshift "ilshift" LShift inplace_op;
    imod "imod" Mod inplace_op;
    imul "imul" Mul inplace_op;
    imatmul "imatmul" MatMul inplace_op;
    ior "ior" Or inplace_op;
    ipow "ipow" Pow inplace_op;
    irshift "irshift" RShift inplace_op;
    isub "isub" Sub inplace_op;
    itruediv "itruediv" TrueDiv inplace_op;
    ixor "ixor" Xor inplace_op;
}

macro_rules! compare {
    ($($f:ident $op:ident;)*) => {
        $(fn $f(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
            let a = two(&args, stringify!($f))?;
            protocol::richcompare(i, &a[0], &a[1], CmpOp::$op)
        })*
    };
}
compare! { lt Lt; le Le; eq Eq; ne Ne; ge Ge; gt Gt; }

macro_rules! unary {
    ($($f:ident $name:literal |$i:ident, $v:ident| $body:expr;)*) => {
        $(fn $f($i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
            let $v = one(&args, $name)?;
            $body
        })*
    };
}
unary! {
    not_ "not_" |i, v| Ok(Value::Bool(!protocol::truthy(i, v)?));
    truth "truth" |i, v| Ok(Value::Bool(protocol::truthy(i, v)?));
    abs "abs" |i, v| protocol::abs(i, v);
    index "index" |i, v| protocol::index(i, v);
    inv "inv" |i, v| protocol::invert(i, v);
    invert "invert" |i, v| protocol::invert(i, v);
    neg "neg" |i, v| protocol::neg(i, v);
    pos "pos" |i, v| protocol::pos(i, v);
}

fn is_(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = two(&args, "is_")?;
    Ok(Value::Bool(a[0].is(&a[1])))
}
fn is_not(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = two(&args, "is_not")?;
    Ok(Value::Bool(!a[0].is(&a[1])))
}

/// `PySequence_Check`: indexable and not a dict.
fn is_sequence(v: &Value) -> bool {
    td(&v.class()).slots.getitem.get().is_some() && !protocol::isinstance(v, &builtin_types().dict)
}

fn concat_impl(i: &mut dyn Interp, args: Args<'_>, name: &str, in_place: bool) -> PyResult<Value> {
    let a = two(&args, name)?;
    if !is_sequence(&a[0]) {
        return Err(type_error(format!(
            "'{}' object can't be concatenated",
            a[0].class_name()
        )));
    }
    if in_place {
        protocol::inplace_op(i, &a[0], &a[1], BinOp::Add)
    } else {
        protocol::binary_op(i, &a[0], &a[1], BinOp::Add)
    }
}
fn concat(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    concat_impl(i, args, "concat", false)
}
fn iconcat(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    concat_impl(i, args, "iconcat", true)
}
fn contains(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = two(&args, "contains")?;
    Ok(Value::Bool(protocol::contains(i, &a[0], &a[1])?))
}

/// `_PySequence_IterSearch`: the count of items equal to `x`, or the first index.
fn iter_search(i: &mut dyn Interp, seq: &Value, x: &Value, first: bool) -> PyResult<Option<i64>> {
    let it = match protocol::iter(i, seq) {
        Ok(it) => it,
        Err(e) if e.matches(&builtin_types().exc.type_error) => {
            return Err(type_error(format!(
                "argument of type '{}' is not iterable",
                seq.class_name()
            )))
        }
        Err(e) => return Err(e),
    };
    let mut n = 0i64;
    let mut k = 0i64;
    while let Some(item) = protocol::next(i, &it)? {
        if item.is(x) || protocol::eq(i, &item, x)? {
            if first {
                return Ok(Some(k));
            }
            n += 1;
        }
        k += 1;
    }
    Ok(if first { None } else { Some(n) })
}
fn count_of(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = two(&args, "countOf")?;
    Ok(Value::Int(
        iter_search(i, &a[0], &a[1], false)?.unwrap_or(0),
    ))
}
fn index_of(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = two(&args, "indexOf")?;
    match iter_search(i, &a[0], &a[1], true)? {
        Some(k) => Ok(Value::Int(k)),
        None => Err(value_error("sequence.index(x): x not in sequence")),
    }
}
fn getitem(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = two(&args, "getitem")?;
    protocol::getitem(i, &a[0], &a[1])
}
fn delitem(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = two(&args, "delitem")?;
    protocol::delitem(i, &a[0], &a[1])?;
    Ok(Value::None)
}
fn setitem(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("_operator.setitem")?;
    let a = check_pos(&args, "setitem", 3, 3)?;
    protocol::setitem(i, &a[0], &a[1], a[2].clone())?;
    Ok(Value::None)
}

/// `operator.length_hint(obj, default=0)` (`PyObject_LengthHint`).
fn length_hint(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("_operator.length_hint")?;
    let a = check_pos(&args, "length_hint", 1, 2)?;
    let default = match a.get(1) {
        None => 0,
        Some(Value::Int(n)) => *n,
        Some(v) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.class_name()
            )))
        }
    };
    let o = &a[0];
    if td(&o.class()).slots.len.get().is_some() {
        match protocol::len(i, o) {
            Ok(n) => return Ok(Value::Int(n as i64)),
            Err(e) if e.matches(&builtin_types().exc.type_error) => {}
            Err(e) => return Err(e),
        }
    }
    if let Some(Payload::Iter(d)) = o.payload() {
        if let Some(n) = d.length_hint() {
            return Ok(Value::Int(n as i64));
        }
    }
    let Some(hint) = td(&o.class()).lookup_str("__length_hint__") else {
        return Ok(Value::Int(default));
    };
    let r = match krait_object::slot_wrappers::call_attr(i, &hint, o, &[]) {
        Ok(r) => r,
        Err(e) if e.matches(&builtin_types().exc.type_error) => return Ok(Value::Int(default)),
        Err(e) => return Err(e),
    };
    if r.is(&builtin_types().not_implemented) {
        return Ok(Value::Int(default));
    }
    if !protocol::isinstance(&r, &builtin_types().int) {
        return Err(type_error(format!(
            "__length_hint__ must be an integer, not {}",
            r.class_name()
        )));
    }
    let n = protocol::index_i64(i, &r)?;
    if n < 0 {
        return Err(value_error("__length_hint__() should return >= 0"));
    }
    Ok(Value::Int(n))
}

/// `operator.call(obj, /, *args, **kwargs)`.
fn call(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    if args.pos().is_empty() {
        return Err(type_error("call expected at least 1 argument, got 0"));
    }
    let f = args.values[0].clone();
    protocol::call(i, &f, Args::new(&args.values[1..], args.kwnames))
}

/// The bytes of a bytes-like object.
fn buffer_of(v: &Value) -> Option<Vec<u8>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.borrow().to_vec()),
        _ => None,
    }
}

/// `hmac.compare_digest`'s core: equal-length inputs are compared without an early exit.
fn compare_digest(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("_operator._compare_digest")?;
    let a = check_pos(&args, "_compare_digest", 2, 2)?;
    let (x, y) = (&a[0], &a[1]);
    let bytes = match (x.as_str_data(), y.as_str_data()) {
        (Some(s), Some(t)) => {
            if !s.is_ascii() || !t.is_ascii() {
                return Err(type_error(
                    "comparing strings with non-ASCII characters is not supported",
                ));
            }
            (s.as_bytes().to_vec(), t.as_bytes().to_vec())
        }
        _ => {
            let (bx, by) = (buffer_of(x), buffer_of(y));
            if bx.is_none() && by.is_none() {
                return Err(type_error(format!(
                    "unsupported operand types(s) or combination of types: '{}' and '{}'",
                    x.class_name(),
                    y.class_name()
                )));
            }
            let need = |v: &Value| {
                type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    v.class_name()
                ))
            };
            (bx.ok_or_else(|| need(x))?, by.ok_or_else(|| need(y))?)
        }
    };
    let (p, q) = bytes;
    // Constant time in the length of `q`: unequal lengths compare `q` with itself.
    let mut diff = u8::from(p.len() != q.len());
    let left = if p.len() == q.len() { &p } else { &q };
    for (u, w) in left.iter().zip(q.iter()) {
        diff |= u ^ w;
    }
    Ok(Value::Bool(diff == 0))
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with(
        "_operator",
        &[
            ("abs", abs),
            ("add", add),
            ("and_", and_),
            ("call", call),
            ("concat", concat),
            ("contains", contains),
            ("countOf", count_of),
            ("delitem", delitem),
            ("eq", eq),
            ("floordiv", floordiv),
            ("ge", ge),
            ("getitem", getitem),
            ("gt", gt),
            ("iadd", iadd),
            ("iand", iand),
            ("iconcat", iconcat),
            ("ifloordiv", ifloordiv),
            ("ilshift", ilshift),
            ("imatmul", imatmul),
            ("imod", imod),
            ("imul", imul),
            ("index", index),
            ("indexOf", index_of),
            ("inv", inv),
            ("invert", invert),
            ("ior", ior),
            ("ipow", ipow),
            ("irshift", irshift),
            ("is_", is_),
            ("is_not", is_not),
            ("isub", isub),
            ("itruediv", itruediv),
            ("ixor", ixor),
            ("le", le),
            ("length_hint", length_hint),
            ("lshift", lshift),
            ("lt", lt),
            ("matmul", matmul),
            ("mod", mod_),
            ("mul", mul),
            ("ne", ne),
            ("neg", neg),
            ("not_", not_),
            ("or_", or_),
            ("pos", pos),
            ("pow", pow),
            ("rshift", rshift),
            ("setitem", setitem),
            ("sub", sub),
            ("truediv", truediv),
            ("truth", truth),
            ("xor", xor),
            ("_compare_digest", compare_digest),
        ],
    );
    set_attr(&m, "itemgetter", Value::Obj(getters::itemgetter_type()));
    set_attr(&m, "attrgetter", Value::Obj(getters::attrgetter_type()));
    set_attr(&m, "methodcaller", Value::Obj(getters::methodcaller_type()));
    Ok(m)
}
