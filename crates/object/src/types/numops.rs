//! The number dunders of builtin numeric types as methods (`(5).__add__(3)`,
//! `x.__lt__(y)`, `x.__neg__()` …), generated from the type's slots: each calls the slot
//! of `self`'s class, so `int`, `float` and `complex` share one table shape.
//! NotImplemented from a slot is returned as the `NotImplemented` singleton.

use crate::args::Args;
use crate::error::{type_error, PyResult};
use crate::interp::Interp;
use crate::protocol;
use crate::typeobj::{BinOp, CmpOp, Slots};
use crate::types::builtin_types;
use crate::value::Value;

fn self_and_one<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    let pos = args.pos();
    if args.has_kwargs() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    match pos {
        [s, o] => Ok((s, o)),
        _ => Err(type_error(format!(
            "expected 1 argument, got {}",
            pos.len().saturating_sub(1)
        ))),
    }
}

fn not_implemented() -> Value {
    builtin_types().not_implemented.clone()
}

/// `self.__op__(other)` (`REFL`: `self.__rop__(other)` = `other op self`).
pub fn bin_dunder<const OP: u8, const REFL: bool>(
    i: &mut dyn Interp,
    args: Args<'_>,
) -> PyResult<Value> {
    let op = BinOp::ALL[OP as usize];
    let (s, o) = self_and_one(&args, op.dunder())?;
    let cls = s.class();
    let Some(f) = protocol::td(&cls).slots.nb[op as usize].get() else {
        return Ok(not_implemented());
    };
    let r = if REFL { f(i, o, s)? } else { f(i, s, o)? };
    Ok(r.unwrap_or_else(not_implemented))
}

/// `self.__divmod__(other)` (`REFL`: `__rdivmod__`) of ints and floats.
pub fn divmod_dunder<const REFL: bool>(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    use crate::types::float::{float_divmod, float_operand, is_float};
    use crate::types::int::{from_num, int_num};
    let (s, o) = self_and_one(&args, "__divmod__")?;
    let (a, b) = if REFL { (o, s) } else { (s, o) };
    if let (Some(x), Some(y)) = (int_num(a), int_num(b)) {
        let (q, r) = crate::num::int::divmod(&x, &y)?;
        return Ok(crate::types::tuple::new_tuple(vec![
            from_num(q),
            from_num(r),
        ]));
    }
    // Only a float `self` takes a foreign int/float operand (int's slot refuses floats).
    if is_float(s) {
        if let (Some(x), Some(y)) = (float_operand(a)?, float_operand(b)?) {
            let (q, r) = float_divmod(x, y)?;
            return Ok(crate::types::tuple::new_tuple(vec![
                Value::Float(q),
                Value::Float(r),
            ]));
        }
    }
    Ok(not_implemented())
}

/// `self.__lt__(other)` … through the class's `richcompare` slot.
pub fn cmp_dunder<const OP: u8>(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let op = CmpOp::from_arg(u32::from(OP)).unwrap_or(CmpOp::Eq);
    let (s, o) = self_and_one(&args, "__eq__")?;
    let cls = s.class();
    let Some(f) = protocol::td(&cls).slots.richcompare.get() else {
        return Ok(not_implemented());
    };
    Ok(f(i, s, o, op)?.unwrap_or_else(not_implemented))
}

fn unary_slot(
    i: &mut dyn Interp,
    args: Args<'_>,
    name: &str,
    pick: fn(&Slots) -> Option<crate::typeobj::UnaryFn>,
) -> PyResult<Value> {
    let pos = args.exact(name, 1)?;
    let cls = pos[0].class();
    match pick(&protocol::td(&cls).slots) {
        Some(f) => f(i, &pos[0]),
        None => Err(type_error(format!(
            "bad operand type for {name}: '{}'",
            pos[0].class_name()
        ))),
    }
}

pub fn neg(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    unary_slot(i, a, "__neg__", |s| s.neg.get())
}
pub fn pos(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    unary_slot(i, a, "__pos__", |s| s.pos.get())
}
pub fn abs(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    unary_slot(i, a, "__abs__", |s| s.abs.get())
}
pub fn invert(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    unary_slot(i, a, "__invert__", |s| s.invert.get())
}
pub fn index(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    unary_slot(i, a, "__index__", |s| s.index.get())
}
pub fn int(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    unary_slot(i, a, "__int__", |s| s.int.get())
}
pub fn float(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    unary_slot(i, a, "__float__", |s| s.float.get())
}
pub fn bool_(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let pos = a.exact("__bool__", 1)?;
    Ok(Value::Bool(protocol::truthy(i, &pos[0])?))
}
pub fn hash(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let pos = a.exact("__hash__", 1)?;
    Ok(Value::Int(protocol::hash(i, &pos[0])?))
}
pub fn repr(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let pos = a.exact("__repr__", 1)?;
    protocol::repr(i, &pos[0])
}

/// `setattr`/`delattr` of a numeric type whose data attributes `names` are read-only:
/// getset descriptors of `owner` (`attribute 'real' of 'int' objects is not writable`) or,
/// with `owner` `None`, members (`readonly attribute`).
pub fn readonly_attrs(
    i: &mut dyn Interp,
    v: &Value,
    name: &Value,
    x: Option<Value>,
    names: &[&str],
    owner: Option<&str>,
) -> PyResult<()> {
    let n = name.as_str_data().and_then(|s| s.as_str()).unwrap_or("");
    if names.contains(&n) {
        return Err(crate::error::attribute_error(match owner {
            Some(t) => format!("attribute '{n}' of '{t}' objects is not writable"),
            None => "readonly attribute".to_string(),
        }));
    }
    protocol::generic_setattr(i, v, name, x)
}

/// The rows every numeric type shares: `$extra` adds the type's own methods. The slot
/// dunders (`__add__`, `__lt__`, `__neg__` …) are slot wrappers (`slot_wrappers`).
#[macro_export]
macro_rules! number_methods {
    ($($extra:expr),* $(,)?) => {{
        use $crate::types::numops as n;
        &[
            $($extra,)*
            $crate::method!("__divmod__", n::divmod_dunder::<false>),
            $crate::method!("__rdivmod__", n::divmod_dunder::<true>),
        ]
    }};
}
