//! `_functools` (CPython's `Modules/_functoolsmodule.c`): `reduce`, `partial`,
//! `cmp_to_key` (its `KeyWrapper` objects) and `_lru_cache_wrapper`.

pub mod lru;
pub mod partial;

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::{type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::native::{native_ref, new_native, GetSetDef, TypeSpec};
use krait_object::protocol;
use krait_object::typeobj::{flags, TypeData};
use krait_object::{builtin_types, Value};

use crate::modules::support::{check_pos, opt, Cell, Refs};
use crate::modules::{new_module_with, set_attr};
use crate::native_type;
use crate::vm::Vm;

/// `reduce(function, iterable[, initial])`.
fn reduce(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("reduce")?;
    let a = check_pos(&args, "reduce", 2, 3)?;
    let it = match protocol::iter(i, &a[1]) {
        Ok(it) => it,
        Err(e) if e.matches(&builtin_types().exc.type_error) => {
            return Err(type_error("reduce() arg 2 must support iteration"))
        }
        Err(e) => return Err(e),
    };
    let mut acc = a.get(2).cloned();
    while let Some(x) = protocol::next(i, &it)? {
        acc = Some(match acc {
            None => x,
            Some(v) => protocol::call0(i, &a[0], &[v, x])?,
        });
    }
    acc.ok_or_else(|| type_error("reduce() of empty iterable with no initial value"))
}

// ---- cmp_to_key ----

/// A `functools.KeyWrapper`: `cmp_to_key(f)` is one without `obj`; calling it wraps an
/// object, and wrapped objects compare through `cmp(a, b) <op> 0`.
#[derive(Default)]
pub struct KeyWrapper {
    cmp: Value,
    obj: Option<Value>,
}
impl Refs for KeyWrapper {
    fn refs(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.cmp);
        opt(&self.obj, f);
    }
}

fn key_parts(v: &Value) -> Option<(Value, Value)> {
    let k = native_ref::<Cell<KeyWrapper>>(v)?;
    let s = k.get();
    Some((s.cmp.clone(), s.obj.clone().unwrap_or(Value::None)))
}

fn setup_keywrapper(t: &TypeData) {
    let s = &t.slots;
    s.call.set(Some(|_, v, args| {
        let a = parse(
            &args,
            &Sig {
                fname: "K",
                names: &["obj"],
                posonly: 0,
                required: 1,
            },
        )?;
        let cmp = key_parts(v).map(|p| p.0).unwrap_or(Value::None);
        Ok(new_native(
            keywrapper_type(),
            Cell::new(KeyWrapper {
                cmp,
                obj: a[0].clone(),
            }),
        ))
    }));
    s.richcompare.set(Some(|i, a, b, op| {
        let Some((cmp, x)) = key_parts(a) else {
            return Ok(None);
        };
        let Some((_, y)) = key_parts(b) else {
            return Err(type_error("other argument must be K instance"));
        };
        let r = protocol::call0(i, &cmp, &[x, y])?;
        protocol::richcompare(i, &r, &Value::Int(0), op).map(Some)
    }));
}
fn key_obj(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let k =
        crate::modules::support::this::<KeyWrapper>(&args.pos()[0], "obj", "functools.KeyWrapper")?;
    let o = k.get().obj.clone();
    o.ok_or_else(|| krait_object::error::attribute_error("obj"))
}
fn key_obj_set(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if let (Some(v), Some(x)) = (pos.first(), pos.get(1)) {
        if let Some(k) = native_ref::<Cell<KeyWrapper>>(v) {
            k.get_mut().obj = Some(x.clone());
        }
    }
    Ok(Value::None)
}
static KEY_GETSETS: &[GetSetDef] = &[GetSetDef {
    name: "obj",
    get: key_obj,
    set: Some(key_obj_set),
}];
static KEYWRAPPER: TypeSpec = TypeSpec {
    flags: flags::UNHASHABLE,
    getsets: KEY_GETSETS,
    ..TypeSpec::new("KeyWrapper", "functools", setup_keywrapper)
};
native_type!(pub keywrapper_type, KEYWRAPPER);

fn cmp_to_key(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = parse(
        &args,
        &Sig {
            fname: "cmp_to_key",
            names: &["mycmp"],
            posonly: 0,
            required: 1,
        },
    )?;
    Ok(new_native(
        keywrapper_type(),
        Cell::new(KeyWrapper {
            cmp: a[0].clone().unwrap_or(Value::None),
            obj: None,
        }),
    ))
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with(
        "_functools",
        &[("reduce", reduce), ("cmp_to_key", cmp_to_key)],
    );
    set_attr(&m, "partial", Value::Obj(partial::partial_type()));
    set_attr(&m, "_lru_cache_wrapper", Value::Obj(lru::lru_type()));
    Ok(m)
}
