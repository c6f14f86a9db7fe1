//! `types.UnionType` (Objects/unionobject.c): `int | str`, made by `type.__or__` and
//! `GenericAlias.__or__`. `isinstance`/`issubclass` accept one as a tuple of its
//! arguments ([`union_args`]).

use crate::error::{type_error, PyResult};
use crate::gc::traverse::{Busy, Visit};
use crate::interp::Interp;
use crate::native::TypeSpec;
use crate::native::{make_type, native_ref, new_native, visit_value, GetSetDef, NativeData};
use crate::object::ObjRef;
use crate::protocol;
use crate::typeobj::{BinOp, CmpOp, TypeData};
use crate::types::builtin_types;
use crate::types::genericalias::{is_alias, make_parameters, repr_item};
use crate::types::str::new_string;
use crate::types::tuple::{new_tuple, tuple_items};
use crate::value::Value;

struct UnionData {
    /// A tuple of at least two distinct members; `None` is stored as `NoneType`.
    args: Value,
}

impl NativeData for UnionData {
    fn traverse(&self, visit: Visit) -> Result<(), Busy> {
        visit_value(&self.args, visit);
        Ok(())
    }
    fn tracked(&self) -> bool {
        true
    }
}

static GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "__args__",
        get: |_, a| Ok(data(&a.pos()[0])?.args.clone()),
        set: None,
    },
    GetSetDef {
        name: "__parameters__",
        get: |i, a| {
            let args = tuple_items(&data(&a.pos()[0])?.args).to_vec();
            make_parameters(i, &args)
        },
        set: None,
    },
];

static SPEC: TypeSpec = TypeSpec {
    getsets: GETSETS,
    ..TypeSpec::new("UnionType", "types", setup)
};

thread_local! {
    static UNION_TYPE: ObjRef = make_type(&SPEC);
}

fn data(v: &Value) -> PyResult<&UnionData> {
    native_ref::<UnionData>(v).ok_or_else(|| type_error("expected a types.UnionType"))
}

/// The members of `v` when it is a `types.UnionType`.
pub fn union_args(v: &Value) -> Option<Value> {
    native_ref::<UnionData>(v).map(|d| d.args.clone())
}

fn unionable(v: &Value) -> bool {
    v.is_none() || protocol::is_type(v) || is_alias(v) || union_args(v).is_some()
}

/// `nb_or` of `type`, `GenericAlias` and `UnionType`: `a | b`.
pub fn union_or(i: &mut dyn Interp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !unionable(a) || !unionable(b) {
        return Ok(None);
    }
    // Flatten nested unions, map None to NoneType, drop repeats (aliases by ==).
    let mut members: Vec<Value> = Vec::new();
    for x in [a, b] {
        let parts = match union_args(x) {
            Some(t) => tuple_items(&t).to_vec(),
            None => vec![x.clone()],
        };
        for p in parts {
            let p = if p.is_none() {
                Value::Obj(builtin_types().none_type.clone())
            } else {
                p
            };
            let mut dup = false;
            for m in &members {
                if m.is(&p) || (is_alias(m) && is_alias(&p) && protocol::eq(i, m, &p)?) {
                    dup = true;
                    break;
                }
            }
            if !dup {
                members.push(p);
            }
        }
    }
    if members.len() == 1 {
        return Ok(members.pop());
    }
    Ok(Some(new_native(
        UNION_TYPE.with(Clone::clone),
        UnionData {
            args: new_tuple(members),
        },
    )))
}

fn setup(t: &TypeData) {
    let s = &t.slots;
    s.repr.set(Some(|i, v| {
        let args = tuple_items(&data(v)?.args).to_vec();
        let none_t = Value::Obj(builtin_types().none_type.clone());
        let mut parts = Vec::with_capacity(args.len());
        for a in &args {
            parts.push(if a.is(&none_t) {
                "None".to_string()
            } else {
                repr_item(i, a)?
            });
        }
        Ok(new_string(parts.join(" | ")))
    }));
    s.richcompare.set(Some(union_richcompare));
    s.hash.set(Some(|i, v| {
        let args = tuple_items(&data(v)?.args).to_vec();
        let mut hs = Vec::with_capacity(args.len());
        for a in &args {
            hs.push(protocol::hash(i, a)?);
        }
        Ok(crate::hash::hash_frozenset(hs.into_iter()))
    }));
    s.nb[BinOp::Or as usize].set(Some(union_or));
}

/// Unions are equal when they have the same members in any order.
fn union_richcompare(
    i: &mut dyn Interp,
    a: &Value,
    b: &Value,
    op: CmpOp,
) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (native_ref::<UnionData>(a), native_ref::<UnionData>(b)) else {
        return Ok(None);
    };
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(None);
    }
    let xs = tuple_items(&x.args).to_vec();
    let ys = tuple_items(&y.args).to_vec();
    let mut same = true;
    for (p, q) in [(&xs, &ys), (&ys, &xs)] {
        for m in p.iter() {
            let mut found = false;
            for n in q.iter() {
                if protocol::eq(i, m, n)? {
                    found = true;
                    break;
                }
            }
            if !found {
                same = false;
            }
        }
    }
    Ok(Some(Value::Bool(same == matches!(op, CmpOp::Eq))))
}
