//! `types.GenericAlias` (Objects/genericaliasobject.c): what `list[int]` makes — the
//! `__class_getitem__` of the builtin containers and of `type` — with its repr, equality,
//! hash, call (`list[int]()` is a list), attribute forwarding to the origin, type-variable
//! collection (`__parameters__`) and substitution (`dict[str, T][int]`).

use crate::args::Args;
use crate::error::{type_error, PyResult};
use crate::gc::traverse::{Busy, Visit};
use crate::interp::Interp;
use crate::native::{make_type, native_ref, new_native, visit_value, GetSetDef, NativeData};
use crate::native::{TypeSpec, BASETYPE};
use crate::object::{ObjRef, Payload};
use crate::protocol;
use crate::typeobj::{BinOp, CmpOp, TypeData};
use crate::types::str::{new_str, new_string};
use crate::types::tuple::{new_tuple, tuple_items};
use crate::types::{builtin_types, MethodDef};
use crate::value::Value;

/// `origin[args]`. `args` is always a tuple; `params` is computed on first use.
pub struct AliasData {
    pub origin: Value,
    pub args: Value,
    pub starred: bool,
    params: std::cell::RefCell<Value>,
}

impl NativeData for AliasData {
    fn traverse(&self, visit: Visit) -> Result<(), Busy> {
        visit_value(&self.origin, visit);
        visit_value(&self.args, visit);
        visit_value(&*self.params.try_borrow().map_err(|_| Busy)?, visit);
        Ok(())
    }
    fn clear_refs(&self, trash: &mut Vec<Value>) -> Result<(), Busy> {
        let p = std::mem::replace(
            &mut *self.params.try_borrow_mut().map_err(|_| Busy)?,
            Value::Null,
        );
        trash.push(p);
        Ok(())
    }
    fn tracked(&self) -> bool {
        true
    }
}

static METHODS: &[MethodDef] = &[
    crate::method!("__mro_entries__", ga_mro_entries),
    crate::method!("__instancecheck__", ga_instancecheck),
    crate::method!("__subclasscheck__", ga_subclasscheck),
    crate::method!("__reduce__", ga_reduce),
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "__origin__",
        get: |_, a| Ok(data(&a.pos()[0])?.origin.clone()),
        set: None,
    },
    GetSetDef {
        name: "__args__",
        get: |_, a| Ok(data(&a.pos()[0])?.args.clone()),
        set: None,
    },
    GetSetDef {
        name: "__unpacked__",
        get: |_, a| Ok(Value::Bool(data(&a.pos()[0])?.starred)),
        set: None,
    },
    GetSetDef {
        name: "__parameters__",
        get: |i, a| parameters(i, data(&a.pos()[0])?),
        set: None,
    },
];

static SPEC: TypeSpec = TypeSpec {
    flags: BASETYPE,
    methods: METHODS,
    getsets: GETSETS,
    ..TypeSpec::new("GenericAlias", "types", setup)
};

thread_local! {
    static GA_TYPE: ObjRef = make_type(&SPEC);
}

/// The `types.GenericAlias` type object.
pub fn generic_alias_type() -> ObjRef {
    GA_TYPE.with(Clone::clone)
}

fn data(v: &Value) -> PyResult<&AliasData> {
    native_ref::<AliasData>(v).ok_or_else(|| type_error("expected a types.GenericAlias"))
}

/// Whether `v` is a `types.GenericAlias`.
pub fn is_alias(v: &Value) -> bool {
    native_ref::<AliasData>(v).is_some()
}

/// `Py_GenericAlias(origin, args)`: a non-tuple `args` becomes a 1-tuple.
pub fn new_alias(origin: Value, args: Value) -> Value {
    new_alias_in(generic_alias_type(), origin, args, false)
}

fn new_alias_in(cls: ObjRef, origin: Value, args: Value, starred: bool) -> Value {
    let args = if matches!(args.payload(), Some(Payload::Tuple(_))) {
        args
    } else {
        new_tuple(vec![args])
    };
    new_native(
        cls,
        AliasData {
            origin,
            args,
            starred,
            params: std::cell::RefCell::new(Value::Null),
        },
    )
}

/// `cls.__class_getitem__(item)` of the builtin generic classes (a classmethod).
pub fn class_getitem(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.pos();
    if a.len() != 2 {
        return Err(type_error(format!(
            "__class_getitem__() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        )));
    }
    Ok(new_alias(a[0].clone(), a[1].clone()))
}

fn setup(t: &TypeData) {
    let s = &t.slots;
    s.new.set(Some(|_, cls, args| {
        if args.has_kwargs() {
            return Err(type_error("GenericAlias() takes no keyword arguments"));
        }
        let a = args.pos();
        if a.len() != 2 {
            return Err(type_error(format!(
                "GenericAlias expected 2 arguments, got {}",
                a.len()
            )));
        }
        Ok(new_alias_in(cls.clone(), a[0].clone(), a[1].clone(), false))
    }));
    s.repr
        .set(Some(|i, v| Ok(new_string(alias_repr(i, data(v)?)?))));
    s.richcompare.set(Some(ga_richcompare));
    s.hash.set(Some(|i, v| {
        let d = data(v)?;
        let h0 = protocol::hash(i, &d.origin)?;
        let h1 = protocol::hash(i, &d.args)?;
        let h = h0 ^ h1;
        Ok(if h == -1 { -2 } else { h })
    }));
    s.call.set(Some(|i, v, args| {
        let origin = data(v)?.origin.clone();
        let obj = protocol::call(i, &origin, args)?;
        if let Err(e) = protocol::setattr(i, &obj, &new_str("__orig_class__"), Some(v.clone())) {
            let et = &builtin_types().exc;
            if !e.matches(&et.attribute_error) && !e.matches(&et.type_error) {
                return Err(e);
            }
        }
        Ok(obj)
    }));
    s.getattro.set(Some(ga_getattr));
    s.getitem.set(Some(ga_getitem));
    s.nb[BinOp::Or as usize].set(Some(crate::types::union::union_or));
}

/// Attributes the alias answers itself; every other one is the origin's.
const OWN_ATTRS: &[&str] = &[
    "__class__",
    "__origin__",
    "__args__",
    "__unpacked__",
    "__parameters__",
    "__typing_unpacked_tuple_args__",
    "__mro_entries__",
    "__reduce_ex__",
    "__reduce__",
    "__copy__",
    "__deepcopy__",
];

fn ga_getattr(i: &mut dyn Interp, v: &Value, name: &Value) -> PyResult<Value> {
    if let Some(n) = name.as_str_data().and_then(|s| s.as_str()) {
        if !OWN_ATTRS.contains(&n) {
            let origin = data(v)?.origin.clone();
            return protocol::getattr(i, &origin, name);
        }
    }
    protocol::generic_getattr(i, v, name)
}

fn ga_richcompare(i: &mut dyn Interp, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (native_ref::<AliasData>(a), native_ref::<AliasData>(b)) else {
        return Ok(None);
    };
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(None);
    }
    let mut same = x.starred == y.starred;
    if same {
        same = protocol::eq(i, &x.origin, &y.origin)?;
    }
    if same {
        same = protocol::eq(i, &x.args, &y.args)?;
    }
    Ok(Some(Value::Bool(same == matches!(op, CmpOp::Eq))))
}

/// `ga_repr_item`: `...`, another alias's repr, `module.qualname` for classes (bare for
/// builtins), else `repr()`.
pub fn repr_item(i: &mut dyn Interp, p: &Value) -> PyResult<String> {
    if p.is(&builtin_types().ellipsis) {
        return Ok("...".into());
    }
    if let Some(Payload::List(items)) = p.payload() {
        let items = items.borrow().clone();
        let mut parts = Vec::with_capacity(items.len());
        for x in &items {
            parts.push(repr_item(i, x)?);
        }
        return Ok(format!("[{}]", parts.join(", ")));
    }
    let has = |i: &mut dyn Interp, n: &str| -> PyResult<Option<Value>> {
        match protocol::getattr_str(i, p, n) {
            Ok(v) => Ok(Some(v)),
            Err(e) if e.matches(&builtin_types().exc.attribute_error) => Ok(None),
            Err(e) => Err(e),
        }
    };
    if has(i, "__origin__")?.is_some() && has(i, "__args__")?.is_some() {
        return protocol::repr_string(i, p);
    }
    let Some(qualname) = has(i, "__qualname__")? else {
        return protocol::repr_string(i, p);
    };
    let Some(module) = has(i, "__module__")?.filter(|m| !m.is_none()) else {
        return protocol::repr_string(i, p);
    };
    let q = protocol::str_string(i, &qualname)?;
    let m = protocol::str_string(i, &module)?;
    Ok(if m == "builtins" {
        q
    } else {
        format!("{m}.{q}")
    })
}

fn alias_repr(i: &mut dyn Interp, d: &AliasData) -> PyResult<String> {
    let mut out = String::new();
    if d.starred {
        out.push('*');
    }
    out.push_str(&repr_item(i, &d.origin)?);
    out.push('[');
    let args = tuple_items(&d.args).to_vec();
    if args.is_empty() {
        out.push_str("()");
    }
    for (n, a) in args.iter().enumerate() {
        if n > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr_item(i, a)?);
    }
    out.push(']');
    Ok(out)
}

fn lookup_opt(i: &mut dyn Interp, v: &Value, name: &str) -> PyResult<Option<Value>> {
    match protocol::getattr_str(i, v, name) {
        Ok(x) => Ok(Some(x)),
        Err(e) if e.matches(&builtin_types().exc.attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `_Py_make_parameters`: the type variables among `args`, in order, without repeats.
pub fn make_parameters(i: &mut dyn Interp, args: &[Value]) -> PyResult<Value> {
    let mut out: Vec<Value> = Vec::new();
    let mut add = |x: Value| {
        if !out.iter().any(|o| o.is(&x)) {
            out.push(x);
        }
    };
    for t in args {
        if protocol::is_type(t) {
            continue;
        }
        if lookup_opt(i, t, "__typing_subst__")?.is_some() {
            add(t.clone());
        } else if let Some(sub) = lookup_opt(i, t, "__parameters__")? {
            if let Some(Payload::Tuple(items)) = sub.payload() {
                for x in items.iter() {
                    add(x.clone());
                }
            }
        }
    }
    Ok(new_tuple(out))
}

fn parameters(i: &mut dyn Interp, d: &AliasData) -> PyResult<Value> {
    let cur = d.params.borrow().clone();
    if !matches!(cur, Value::Null) {
        return Ok(cur);
    }
    let args = tuple_items(&d.args).to_vec();
    let p = make_parameters(i, &args)?;
    *d.params.borrow_mut() = p.clone();
    Ok(p)
}

/// `_Py_subs_parameters`: `args` with each type variable of `params` replaced by the
/// matching item of `item`.
pub fn subs_parameters(
    i: &mut dyn Interp,
    self_: &Value,
    args: &[Value],
    params: &[Value],
    item: &Value,
) -> PyResult<Vec<Value>> {
    if params.is_empty() {
        let r = protocol::repr_string(i, self_)?;
        return Err(type_error(format!("{r} is not a generic class")));
    }
    let items: Vec<Value> = match item.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![item.clone()],
    };
    if items.len() != params.len() {
        let r = protocol::repr_string(i, self_)?;
        return Err(type_error(format!(
            "Too {} arguments for {r}; actual {}, expected {}",
            if items.len() > params.len() {
                "many"
            } else {
                "few"
            },
            items.len(),
            params.len()
        )));
    }
    let find = |p: &Value| params.iter().position(|x| x.is(p));
    let mut out = Vec::with_capacity(args.len());
    for a in args {
        if protocol::is_type(a) {
            out.push(a.clone());
            continue;
        }
        if let Some(subst) = lookup_opt(i, a, "__typing_subst__")? {
            let arg = find(a).map_or(Value::None, |k| items[k].clone());
            out.push(protocol::call0(i, &subst, &[arg])?);
            continue;
        }
        let sub = lookup_opt(i, a, "__parameters__")?;
        match sub.as_ref().and_then(|s| match s.payload() {
            Some(Payload::Tuple(t)) if !t.is_empty() => Some(t.to_vec()),
            _ => None,
        }) {
            Some(subparams) => {
                let subargs: Vec<Value> = subparams
                    .iter()
                    .map(|p| find(p).map_or(Value::None, |k| items[k].clone()))
                    .collect();
                let key = if subargs.len() == 1 {
                    subargs[0].clone()
                } else {
                    new_tuple(subargs)
                };
                out.push(protocol::getitem(i, a, &key)?);
            }
            None => out.push(a.clone()),
        }
    }
    Ok(out)
}

fn ga_getitem(i: &mut dyn Interp, v: &Value, item: &Value) -> PyResult<Value> {
    let d = data(v)?;
    let params = tuple_items(&parameters(i, d)?).to_vec();
    let args = tuple_items(&d.args).to_vec();
    let new_args = subs_parameters(i, v, &args, &params, item)?;
    Ok(new_alias_in(
        v.class(),
        d.origin.clone(),
        new_tuple(new_args),
        d.starred,
    ))
}

fn ga_mro_entries(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("__mro_entries__", 2)?;
    Ok(new_tuple(vec![data(&a[0])?.origin.clone()]))
}

fn ga_instancecheck(_i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Err(type_error(
        "isinstance() argument 2 cannot be a parameterized generic",
    ))
}

fn ga_subclasscheck(_i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Err(type_error(
        "issubclass() argument 2 cannot be a parameterized generic",
    ))
}

fn ga_reduce(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("__reduce__", 1)?;
    let d = data(&a[0])?;
    Ok(new_tuple(vec![
        Value::Obj(a[0].class()),
        new_tuple(vec![d.origin.clone(), d.args.clone()]),
    ]))
}

/// Gives the builtin generic classes their `__class_getitem__` classmethod.
pub fn install_class_getitem(ct: &crate::descr::ClassTypes) {
    let bt = builtin_types();
    for cls in [
        &bt.type_,
        &bt.tuple,
        &bt.list,
        &bt.dict,
        &bt.set,
        &bt.frozenset,
        &bt.enumerate,
    ] {
        let t = protocol::td(cls);
        if t.dict.borrow().get_str("__class_getitem__").is_some() {
            continue;
        }
        let f = crate::descr::new_descr(
            &ct.classmethod,
            crate::descr::Descr::ClassMethod(crate::types::func::new_builtin(
                "__class_getitem__",
                class_getitem,
            )),
        );
        t.dict
            .borrow_mut()
            .set_str_key(new_str("__class_getitem__"), f);
    }
}
