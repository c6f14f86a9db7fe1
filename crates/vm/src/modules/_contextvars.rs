//! `_contextvars` (Python/context.c): `ContextVar`, `Token`, `Context`, `copy_context`.
//!
//! A context maps variables (by identity) to values. CPython's mapping is an immutable
//! HAMT that `ContextVar.set` replaces in the current context; here each context owns
//! its own vector, changed in place, which is the same thing as long as `copy` copies.
//! The current context is the top of a per-thread stack (`Context.run` pushes).

use std::cell::{Cell, RefCell};

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::{runtime_error, type_error, value_error, PyResult};
use krait_object::gc::traverse::{Busy, Visit};
use krait_object::native::{
    make_type, native_ref, new_native, visit_value, GetSetDef, NativeData, TypeSpec,
};
use krait_object::typeobj::TypeData;
use krait_object::types::list::new_list;
use krait_object::types::str::new_string;
use krait_object::types::tuple::new_tuple;
use krait_object::{protocol, Interp, ObjRef, Value};

use super::{new_module_with, set_attr};
use crate::vm::Vm;

struct VarData {
    name: Value,
    /// `Value::Null`: no default.
    default: Value,
}
impl NativeData for VarData {
    fn traverse(&self, visit: Visit) -> Result<(), Busy> {
        visit_value(&self.name, visit);
        visit_value(&self.default, visit);
        Ok(())
    }
    fn tracked(&self) -> bool {
        true
    }
}

struct TokenData {
    ctx: Value,
    var: Value,
    /// `Value::Null`: the variable had no value (`Token.MISSING`).
    old: Value,
    used: Cell<bool>,
}
impl NativeData for TokenData {
    fn traverse(&self, visit: Visit) -> Result<(), Busy> {
        visit_value(&self.ctx, visit);
        visit_value(&self.var, visit);
        visit_value(&self.old, visit);
        Ok(())
    }
    fn tracked(&self) -> bool {
        true
    }
}

#[derive(Default)]
struct CtxData {
    vars: RefCell<Vec<(Value, Value)>>,
    entered: Cell<bool>,
}
impl NativeData for CtxData {
    fn traverse(&self, visit: Visit) -> Result<(), Busy> {
        for (k, v) in self.vars.try_borrow().map_err(|_| Busy)?.iter() {
            visit_value(k, visit);
            visit_value(v, visit);
        }
        Ok(())
    }
    fn clear_refs(&self, trash: &mut Vec<Value>) -> Result<(), Busy> {
        for (k, v) in self.vars.try_borrow_mut().map_err(|_| Busy)?.drain(..) {
            trash.push(k);
            trash.push(v);
        }
        Ok(())
    }
    fn tracked(&self) -> bool {
        true
    }
}

struct Missing;
impl NativeData for Missing {}

static VAR_SPEC: TypeSpec = TypeSpec {
    methods: &[
        krait_object::method!("get", var_get),
        krait_object::method!("set", var_set),
        krait_object::method!("reset", var_reset),
    ],
    getsets: &[GetSetDef {
        name: "name",
        get: var_name,
        set: None,
    }],
    ..TypeSpec::new("ContextVar", "_contextvars", var_setup)
};
static TOKEN_SPEC: TypeSpec = TypeSpec {
    getsets: &[
        GetSetDef {
            name: "var",
            get: token_var,
            set: None,
        },
        GetSetDef {
            name: "old_value",
            get: token_old,
            set: None,
        },
    ],
    ..TypeSpec::new("Token", "_contextvars", token_setup)
};
static CTX_SPEC: TypeSpec = TypeSpec {
    methods: &[
        krait_object::method!("run", ctx_run),
        krait_object::method!("copy", ctx_copy),
        krait_object::method!("get", ctx_get),
        krait_object::method!("keys", ctx_keys),
        krait_object::method!("values", ctx_values),
        krait_object::method!("items", ctx_items),
    ],
    ..TypeSpec::new("Context", "_contextvars", ctx_setup)
};
static MISSING_SPEC: TypeSpec = TypeSpec::new("Token.MISSING", "", missing_setup);

thread_local! {
    static VAR_T: ObjRef = make_type(&VAR_SPEC);
    static TOKEN_T: ObjRef = make_type(&TOKEN_SPEC);
    static CTX_T: ObjRef = make_type(&CTX_SPEC);
    static MISSING: Value = new_native(make_type(&MISSING_SPEC), Missing);
    /// Entered contexts; the bottom one is made on first use.
    static STACK: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

fn missing() -> Value {
    MISSING.with(Clone::clone)
}

fn new_ctx(vars: Vec<(Value, Value)>) -> Value {
    new_native(
        CTX_T.with(Clone::clone),
        CtxData {
            vars: RefCell::new(vars),
            entered: Cell::new(false),
        },
    )
}

/// The current context.
fn current() -> Value {
    STACK.with(|s| {
        let mut s = s.borrow_mut();
        if s.is_empty() {
            let c = new_ctx(Vec::new());
            if let Some(d) = native_ref::<CtxData>(&c) {
                d.entered.set(true);
            }
            s.push(c);
        }
        s.last().cloned().unwrap_or(Value::None)
    })
}

fn ctx(v: &Value) -> PyResult<&CtxData> {
    native_ref::<CtxData>(v).ok_or_else(|| type_error("a Context object is required"))
}

fn var(v: &Value) -> PyResult<&VarData> {
    native_ref::<VarData>(v).ok_or_else(|| type_error("a ContextVar object is required"))
}

fn lookup(c: &CtxData, key: &Value) -> Option<Value> {
    c.vars
        .borrow()
        .iter()
        .find(|(k, _)| k.is(key))
        .map(|(_, v)| v.clone())
}

fn store(c: &CtxData, key: &Value, val: Value) -> Option<Value> {
    let mut vars = c.vars.borrow_mut();
    match vars.iter_mut().find(|(k, _)| k.is(key)) {
        Some(slot) => Some(std::mem::replace(&mut slot.1, val)),
        None => {
            vars.push((key.clone(), val));
            None
        }
    }
}

fn remove(c: &CtxData, key: &Value) -> Option<Value> {
    let mut vars = c.vars.borrow_mut();
    let k = vars.iter().position(|(k, _)| k.is(key))?;
    Some(vars.remove(k).1)
}

fn var_setup(t: &TypeData) {
    t.slots.new.set(Some(|_, cls, args| {
        static SIG: Sig = Sig {
            fname: "ContextVar",
            names: &["name", "default"],
            posonly: 0,
            required: 1,
        };
        let a = parse(&args, &SIG)?;
        let name = a[0].clone().unwrap_or(Value::None);
        if name.as_str_data().is_none() {
            return Err(type_error("context variable name must be a str"));
        }
        let default = a[1].clone().unwrap_or(Value::Null);
        Ok(new_native(cls.clone(), VarData { name, default }))
    }));
    t.slots.hash.set(Some(|_, v| Ok(v.id() >> 4)));
    t.slots.repr.set(Some(|i, v| {
        let d = var(v)?;
        let mut s = format!("<ContextVar name={}", protocol::repr_string(i, &d.name)?);
        if !d.default.is_null() {
            s.push_str(&format!(
                " default={}",
                protocol::repr_string(i, &d.default)?
            ));
        }
        s.push_str(&format!(" at {:#x}>", v.id()));
        Ok(new_string(s))
    }));
}

fn var_name(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(var(&args.pos()[0])?.name.clone())
}

fn var_get(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(type_error(format!(
            "get expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    let me = &pos[0];
    let d = var(me)?;
    let c = current();
    if let Some(v) = lookup(ctx(&c)?, me) {
        return Ok(v);
    }
    if let Some(dflt) = pos.get(1) {
        return Ok(dflt.clone());
    }
    if !d.default.is_null() {
        return Ok(d.default.clone());
    }
    Err(krait_object::PyErr::new(
        krait_object::exceptions::new_exception(
            &krait_object::builtin_types().exc.lookup_error,
            vec![me.clone()],
        ),
    ))
}

fn var_set(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("set", 2)?;
    var(&pos[0])?;
    let c = current();
    let old = store(ctx(&c)?, &pos[0], pos[1].clone()).unwrap_or(Value::Null);
    Ok(new_native(
        TOKEN_T.with(Clone::clone),
        TokenData {
            ctx: c,
            var: pos[0].clone(),
            old,
            used: Cell::new(false),
        },
    ))
}

fn var_reset(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("reset", 2)?;
    var(&pos[0])?;
    let Some(tok) = native_ref::<TokenData>(&pos[1]) else {
        return Err(type_error(format!(
            "expected an instance of Token, got '{}'",
            pos[1].class_name()
        )));
    };
    let r = protocol::repr_string(i, &pos[1])?;
    if tok.used.get() {
        return Err(runtime_error(format!("{r} has already been used once")));
    }
    if !tok.var.is(&pos[0]) {
        return Err(value_error(format!(
            "{r} was created by a different ContextVar"
        )));
    }
    let c = current();
    if !tok.ctx.is(&c) {
        return Err(value_error(format!(
            "{r} was created in a different Context"
        )));
    }
    tok.used.set(true);
    let old = if tok.old.is_null() {
        remove(ctx(&c)?, &pos[0])
    } else {
        store(ctx(&c)?, &pos[0], tok.old.clone())
    };
    drop(old);
    Ok(Value::None)
}

fn token_setup(t: &TypeData) {
    t.slots.new.set(Some(|_, _, _| {
        Err(runtime_error("Tokens can only be created by ContextVars"))
    }));
    t.slots.repr.set(Some(|i, v| {
        let d = native_ref::<TokenData>(v).ok_or_else(|| type_error("not a Token"))?;
        let used = if d.used.get() { " used" } else { "" };
        let vr = protocol::repr_string(i, &d.var)?;
        Ok(new_string(format!(
            "<Token{used} var={vr} at {:#x}>",
            v.id()
        )))
    }));
}

fn token_var(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = native_ref::<TokenData>(&args.pos()[0]).ok_or_else(|| type_error("not a Token"))?;
    Ok(d.var.clone())
}

fn token_old(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = native_ref::<TokenData>(&args.pos()[0]).ok_or_else(|| type_error("not a Token"))?;
    Ok(if d.old.is_null() {
        missing()
    } else {
        d.old.clone()
    })
}

fn missing_setup(t: &TypeData) {
    t.slots
        .repr
        .set(Some(|_, _| Ok(new_string("<Token.MISSING>".into()))));
}

fn key_check(i: &mut dyn Interp, v: &Value) -> PyResult<()> {
    if native_ref::<VarData>(v).is_none() {
        let r = protocol::repr_string(i, v)?;
        return Err(type_error(format!(
            "a ContextVar key was expected, got {r}"
        )));
    }
    Ok(())
}

fn ctx_setup(t: &TypeData) {
    t.slots.new.set(Some(|_, cls, args| {
        if !args.values.is_empty() {
            return Err(type_error("Context() does not accept any arguments"));
        }
        Ok(new_native(cls.clone(), CtxData::default()))
    }));
    t.slots.getitem.set(Some(|i, c, k| {
        key_check(i, k)?;
        lookup(ctx(c)?, k).ok_or_else(|| krait_object::error::key_error(k.clone()))
    }));
    t.slots.contains.set(Some(|i, c, k| {
        key_check(i, k)?;
        Ok(lookup(ctx(c)?, k).is_some())
    }));
    t.slots
        .len
        .set(Some(|_, c| Ok(ctx(c)?.vars.borrow().len())));
    t.slots.iter.set(Some(|i, c| {
        let keys: Vec<Value> = ctx(c)?
            .vars
            .borrow()
            .iter()
            .map(|(k, _)| k.clone())
            .collect();
        protocol::iter(i, &new_list(keys))
    }));
}

fn ctx_get(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.between("get", 2, 3)?;
    key_check(i, &pos[1])?;
    Ok(
        lookup(ctx(&pos[0])?, &pos[1])
            .unwrap_or_else(|| pos.get(2).cloned().unwrap_or(Value::None)),
    )
}

fn ctx_keys(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let c = ctx(&args.pos()[0])?;
    Ok(new_list(
        c.vars.borrow().iter().map(|(k, _)| k.clone()).collect(),
    ))
}

fn ctx_values(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let c = ctx(&args.pos()[0])?;
    Ok(new_list(
        c.vars.borrow().iter().map(|(_, v)| v.clone()).collect(),
    ))
}

fn ctx_items(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let c = ctx(&args.pos()[0])?;
    let items = c
        .vars
        .borrow()
        .iter()
        .map(|(k, v)| new_tuple(vec![k.clone(), v.clone()]))
        .collect();
    Ok(new_list(items))
}

fn ctx_copy(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let c = ctx(&args.pos()[0])?;
    let vars = c.vars.borrow().clone();
    Ok(new_ctx(vars))
}

fn ctx_run(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(type_error("run() missing 1 required positional argument"));
    }
    let me = &pos[0];
    let c = ctx(me)?;
    if c.entered.get() {
        let r = protocol::repr_string(i, me)?;
        return Err(runtime_error(format!(
            "cannot enter context: {r} is already entered"
        )));
    }
    c.entered.set(true);
    STACK.with(|s| {
        let mut s = s.borrow_mut();
        if s.is_empty() {
            drop(s);
            let _ = current();
            STACK.with(|s| s.borrow_mut().push(me.clone()));
        } else {
            s.push(me.clone());
        }
    });
    let rest = Args::new(&args.values[2..], args.kwnames);
    let r = protocol::call(i, &pos[1], rest);
    let popped = STACK.with(|s| s.borrow_mut().pop());
    drop(popped);
    c.entered.set(false);
    r
}

fn copy_context(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("copy_context", 0)?;
    let c = current();
    let vars = ctx(&c)?.vars.borrow().clone();
    Ok(new_ctx(vars))
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with("_contextvars", &[("copy_context", copy_context)]);
    set_attr(&m, "ContextVar", Value::Obj(VAR_T.with(Clone::clone)));
    set_attr(&m, "Context", Value::Obj(CTX_T.with(Clone::clone)));
    let tok = TOKEN_T.with(Clone::clone);
    if let Some(t) = tok.as_type() {
        t.dict
            .borrow_mut()
            .set_str_key(krait_object::types::str::new_str("MISSING"), missing());
    }
    set_attr(&m, "Token", Value::Obj(tok));
    Ok(m)
}
