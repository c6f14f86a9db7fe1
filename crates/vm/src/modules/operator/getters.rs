//! `operator.itemgetter`, `operator.attrgetter` (dotted names) and
//! `operator.methodcaller`, with CPython's reprs and `__reduce__`.

use krait_object::args::Args;
use krait_object::error::{type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::native::{new_native, TypeSpec};
use krait_object::protocol::{self, td};
use krait_object::typeobj::TypeData;
use krait_object::types::str::{new_str, new_string};
use krait_object::types::tuple::new_tuple;
use krait_object::types::MethodDef;
use krait_object::{method, Value};

use crate::modules::support::{check_pos, Cell, Refs};
use crate::native_type;

/// The object a getter is applied to: exactly one positional argument.
fn target<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    args.no_kwargs(name)?;
    Ok(&check_pos(args, name, 1, 1)?[0])
}

fn reprs(i: &mut dyn Interp, items: &[Value]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(items.len());
    for v in items {
        parts.push(protocol::repr_string(i, v)?);
    }
    Ok(parts.join(", "))
}

// ---- itemgetter ----

#[derive(Default)]
pub struct ItemGetter {
    items: Vec<Value>,
}
impl Refs for ItemGetter {
    fn refs(&self, f: &mut dyn FnMut(&Value)) {
        for v in self.items.iter() {
            f(v);
        }
    }
}
fn ig(v: &Value) -> PyResult<Vec<Value>> {
    let c = crate::modules::support::this::<ItemGetter>(v, "__call__", "operator.itemgetter")?;
    let items = c.get().items.clone();
    Ok(items)
}
fn setup_itemgetter(t: &TypeData) {
    let s = &t.slots;
    s.new.set(Some(|_, cls, args| {
        args.no_kwargs("itemgetter")?;
        if args.pos().is_empty() {
            return Err(type_error("itemgetter expected 1 argument, got 0"));
        }
        Ok(new_native(
            cls.clone(),
            Cell::new(ItemGetter {
                items: args.pos().to_vec(),
            }),
        ))
    }));
    s.call.set(Some(|i, v, args| {
        let obj = target(&args, "itemgetter")?;
        let items = ig(v)?;
        if let [one] = items.as_slice() {
            return protocol::getitem(i, obj, one);
        }
        let mut out = Vec::with_capacity(items.len());
        for k in &items {
            out.push(protocol::getitem(i, obj, k)?);
        }
        Ok(new_tuple(out))
    }));
    s.repr.set(Some(|i, v| {
        let Some(_g) = krait_object::types::reprguard::enter(v) else {
            return Ok(new_str("operator.itemgetter(...)"));
        };
        let items = ig(v)?;
        let name = td(&v.class()).tp_name();
        Ok(new_string(format!("{name}({})", reprs(i, &items)?)))
    }));
}
fn ig_reduce(_i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let v = &a.pos()[0];
    Ok(new_tuple(vec![Value::Obj(v.class()), new_tuple(ig(v)?)]))
}
static IG_METHODS: &[MethodDef] = &[method!("__reduce__", ig_reduce)];
static ITEMGETTER: TypeSpec = TypeSpec {
    methods: IG_METHODS,
    ..TypeSpec::new("itemgetter", "operator", setup_itemgetter)
};
native_type!(pub itemgetter_type, ITEMGETTER);

// ---- attrgetter ----

#[derive(Default)]
pub struct AttrGetter {
    /// The names as given (`'a.b'`), for repr and reduce.
    names: Vec<Value>,
    /// Each name split at dots, as str values.
    paths: Vec<Vec<Value>>,
}
impl Refs for AttrGetter {
    fn refs(&self, f: &mut dyn FnMut(&Value)) {
        for v in self.names.iter() {
            f(v);
        }
        for v in self.paths.iter().flatten() {
            f(v);
        }
    }
}
fn ag(v: &Value) -> PyResult<(Vec<Value>, Vec<Vec<Value>>)> {
    let c = crate::modules::support::this::<AttrGetter>(v, "__call__", "operator.attrgetter")?;
    let s = c.get();
    Ok((s.names.clone(), s.paths.clone()))
}
fn setup_attrgetter(t: &TypeData) {
    let s = &t.slots;
    s.new.set(Some(|_, cls, args| {
        args.no_kwargs("attrgetter")?;
        if args.pos().is_empty() {
            return Err(type_error("attrgetter expected 1 argument, got 0"));
        }
        let mut paths = Vec::new();
        for n in args.pos() {
            let Some(sd) = n.as_str_data() else {
                return Err(type_error("attribute name must be a string"));
            };
            let text = sd.lossy().into_owned();
            paths.push(text.split('.').map(new_str).collect());
        }
        Ok(new_native(
            cls.clone(),
            Cell::new(AttrGetter {
                names: args.pos().to_vec(),
                paths,
            }),
        ))
    }));
    s.call.set(Some(|i, v, args| {
        let obj = target(&args, "attrgetter")?;
        let (_, paths) = ag(v)?;
        let mut out = Vec::with_capacity(paths.len());
        for path in &paths {
            let mut cur = obj.clone();
            for name in path {
                cur = protocol::getattr(i, &cur, name)?;
            }
            out.push(cur);
        }
        if out.len() == 1 {
            return Ok(out.pop().unwrap_or_default());
        }
        Ok(new_tuple(out))
    }));
    s.repr.set(Some(|i, v| {
        let Some(_g) = krait_object::types::reprguard::enter(v) else {
            return Ok(new_str("operator.attrgetter(...)"));
        };
        let (names, _) = ag(v)?;
        let name = td(&v.class()).tp_name();
        Ok(new_string(format!("{name}({})", reprs(i, &names)?)))
    }));
}
fn ag_reduce(_i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let v = &a.pos()[0];
    Ok(new_tuple(vec![Value::Obj(v.class()), new_tuple(ag(v)?.0)]))
}
static AG_METHODS: &[MethodDef] = &[method!("__reduce__", ag_reduce)];
static ATTRGETTER: TypeSpec = TypeSpec {
    methods: AG_METHODS,
    ..TypeSpec::new("attrgetter", "operator", setup_attrgetter)
};
native_type!(pub attrgetter_type, ATTRGETTER);

// ---- methodcaller ----

#[derive(Default)]
pub struct MethodCaller {
    name: Value,
    args: Vec<Value>,
    kwnames: Vec<Value>,
    kwvalues: Vec<Value>,
}
impl Refs for MethodCaller {
    fn refs(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.name);
        for v in self.args.iter() {
            f(v);
        }
        for v in self.kwnames.iter() {
            f(v);
        }
        for v in self.kwvalues.iter() {
            f(v);
        }
    }
}
type McParts = (Value, Vec<Value>, Vec<Value>, Vec<Value>);
fn mc(v: &Value) -> PyResult<McParts> {
    let c = crate::modules::support::this::<MethodCaller>(v, "__call__", "operator.methodcaller")?;
    let s = c.get();
    Ok((
        s.name.clone(),
        s.args.clone(),
        s.kwnames.clone(),
        s.kwvalues.clone(),
    ))
}
fn setup_methodcaller(t: &TypeData) {
    let s = &t.slots;
    s.new.set(Some(|_, cls, args| {
        let pos = args.pos();
        let Some(name) = pos.first() else {
            return Err(type_error(
                "methodcaller needs at least one argument, the method name",
            ));
        };
        if name.as_str_data().is_none() {
            return Err(type_error("method name must be a string"));
        }
        let (kwnames, kwvalues) = args.kwargs().map(|(k, v)| (k.clone(), v.clone())).unzip();
        Ok(new_native(
            cls.clone(),
            Cell::new(MethodCaller {
                name: name.clone(),
                args: pos[1..].to_vec(),
                kwnames,
                kwvalues,
            }),
        ))
    }));
    s.call.set(Some(|i, v, args| {
        let obj = target(&args, "methodcaller")?;
        let (name, mut margs, kwnames, kwvalues) = mc(v)?;
        let f = protocol::getattr(i, obj, &name)?;
        margs.extend(kwvalues);
        protocol::call(i, &f, Args::new(&margs, &kwnames))
    }));
    s.repr.set(Some(|i, v| {
        let Some(_g) = krait_object::types::reprguard::enter(v) else {
            return Ok(new_str("operator.methodcaller(...)"));
        };
        let (name, margs, kwnames, kwvalues) = mc(v)?;
        let mut parts = vec![protocol::repr_string(i, &name)?];
        for a in &margs {
            parts.push(protocol::repr_string(i, a)?);
        }
        for (k, x) in kwnames.iter().zip(&kwvalues) {
            parts.push(format!(
                "{}={}",
                protocol::str_string(i, k)?,
                protocol::repr_string(i, x)?
            ));
        }
        let tname = td(&v.class()).tp_name();
        Ok(new_string(format!("{tname}({})", parts.join(", "))))
    }));
}
fn mc_reduce(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let v = &a.pos()[0];
    let (name, margs, kwnames, kwvalues) = mc(v)?;
    let cls = Value::Obj(v.class());
    if kwnames.is_empty() {
        let mut all = vec![name];
        all.extend(margs);
        return Ok(new_tuple(vec![cls, new_tuple(all)]));
    }
    let mut pvals = vec![cls, name];
    pvals.extend(kwvalues);
    let partial = Value::Obj(crate::modules::functools::partial::partial_type());
    let p = protocol::call(i, &partial, Args::new(&pvals, &kwnames))?;
    Ok(new_tuple(vec![p, new_tuple(margs)]))
}
static MC_METHODS: &[MethodDef] = &[method!("__reduce__", mc_reduce)];
static METHODCALLER: TypeSpec = TypeSpec {
    methods: MC_METHODS,
    ..TypeSpec::new("methodcaller", "operator", setup_methodcaller)
};
native_type!(pub methodcaller_type, METHODCALLER);
