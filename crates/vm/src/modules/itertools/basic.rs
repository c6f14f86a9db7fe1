//! The simple lazy iterators of `itertools`: count, cycle, repeat, accumulate, chain,
//! compress, dropwhile, takewhile, filterfalse, starmap, pairwise.
//!
//! Each state's `Default` is its exhausted form (what the cycle collector leaves behind).
//! No state borrow is held while a predicate, key or `next` of a source runs.

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::{type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::native::{new_native, TypeSpec, BASETYPE};
use krait_object::object::{ObjRef, Payload};
use krait_object::protocol::{self, td};
use krait_object::typeobj::{BinOp, TypeData};
use krait_object::types::str::new_string;
use krait_object::types::tuple::new_tuple;
use krait_object::types::MethodDef;
use krait_object::Value;

use crate::modules::support::{check_pos, iter_slots, new_no_kwargs, opt, Cell, NativeIter, Refs};
use crate::native_type;

/// A spec of an itertools iterator type (subclassable, like CPython 3.11's).
const fn spec(name: &'static str, setup: fn(&TypeData)) -> TypeSpec {
    TypeSpec {
        flags: BASETYPE,
        ..TypeSpec::new(name, "itertools", setup)
    }
}

fn short_name(v: &Value) -> String {
    td(&v.class()).name()
}

// ---- count ----

#[derive(Default)]
pub struct Count {
    cur: Value,
    step: Value,
}
impl Refs for Count {
    fn refs(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.cur);
        f(&self.step);
    }
}
impl NativeIter for Count {
    fn next(c: &Cell<Self>, i: &mut dyn Interp) -> PyResult<Option<Value>> {
        let (cur, step) = {
            let s = c.get();
            (s.cur.clone(), s.step.clone())
        };
        if cur.is_null() {
            return Ok(None);
        }
        let nxt = match (&cur, &step) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            _ => protocol::binary_op(i, &cur, &step, BinOp::Add)?,
        };
        c.get_mut().cur = nxt;
        Ok(Some(cur))
    }
}

/// `PyNumber_Check`: has `__index__`, `__int__` or `__float__`, or is complex.
fn is_number(v: &Value) -> bool {
    let cls = v.class();
    let s = &td(&cls).slots;
    s.index.get().is_some()
        || s.int.get().is_some()
        || s.float.get().is_some()
        || protocol::isinstance(v, &krait_object::builtin_types().complex)
}

fn count_new(_i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    let a = parse(
        &args,
        &Sig {
            fname: "count",
            names: &["start", "step"],
            posonly: 0,
            required: 0,
        },
    )?;
    let start = a[0].clone().unwrap_or(Value::Int(0));
    let step = a[1].clone().unwrap_or(Value::Int(1));
    if !is_number(&start) || !is_number(&step) {
        return Err(type_error("a number is required"));
    }
    Ok(new_native(
        cls.clone(),
        Cell::new(Count { cur: start, step }),
    ))
}

fn count_repr(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let c = crate::modules::support::this::<Count>(v, "__repr__", "itertools.count")?;
    let (cur, step) = {
        let s = c.get();
        (s.cur.clone(), s.step.clone())
    };
    let name = short_name(v);
    let cur = protocol::repr_string(i, &cur)?;
    if matches!(step, Value::Int(1) | Value::Bool(true)) {
        return Ok(new_string(format!("{name}({cur})")));
    }
    let step = protocol::repr_string(i, &step)?;
    Ok(new_string(format!("{name}({cur}, {step})")))
}

fn setup_count(t: &TypeData) {
    iter_slots::<Count>(t);
    t.slots.new.set(Some(count_new));
    t.slots.repr.set(Some(count_repr));
}
static COUNT: TypeSpec = spec("count", setup_count);
native_type!(pub count_type, COUNT);

// ---- cycle ----

#[derive(Default)]
pub struct Cycle {
    it: Option<Value>,
    saved: Vec<Value>,
    index: usize,
}
impl Refs for Cycle {
    fn refs(&self, f: &mut dyn FnMut(&Value)) {
        opt(&self.it, f);
        for v in self.saved.iter() {
            f(v);
        }
    }
}
impl NativeIter for Cycle {
    fn next(c: &Cell<Self>, i: &mut dyn Interp) -> PyResult<Option<Value>> {
        let it = c.get().it.clone();
        if let Some(it) = it {
            if let Some(x) = protocol::next(i, &it)? {
                c.get_mut().saved.push(x.clone());
                return Ok(Some(x));
            }
            c.get_mut().it = None;
        }
        let mut s = c.get_mut();
        if s.saved.is_empty() {
            return Ok(None);
        }
        let k = s.index % s.saved.len();
        s.index = k + 1;
        Ok(Some(s.saved[k].clone()))
    }
}
fn setup_cycle(t: &TypeData) {
    iter_slots::<Cycle>(t);
    t.slots.new.set(Some(|i, cls, args| {
        new_no_kwargs(cls, &cycle_type(), &args, "cycle")?;
        let a = check_pos(&args, "cycle", 1, 1)?;
        let it = protocol::iter(i, &a[0])?;
        Ok(new_native(
            cls.clone(),
            Cell::new(Cycle {
                it: Some(it),
                saved: Vec::new(),
                index: 0,
            }),
        ))
    }));
}
static CYCLE: TypeSpec = spec("cycle", setup_cycle);
native_type!(pub cycle_type, CYCLE);

// ---- repeat ----

#[derive(Default)]
pub struct Repeat {
    obj: Value,
    /// Remaining count; -1 repeats forever.
    cnt: i64,
}
impl Refs for Repeat {
    fn refs(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.obj);
    }
}
impl NativeIter for Repeat {
    fn next(c: &Cell<Self>, _i: &mut dyn Interp) -> PyResult<Option<Value>> {
        let mut s = c.get_mut();
        if s.obj.is_null() || s.cnt == 0 {
            return Ok(None);
        }
        if s.cnt > 0 {
            s.cnt -= 1;
        }
        Ok(Some(s.obj.clone()))
    }
}
fn repeat_new(i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    let a = parse(
        &args,
        &Sig {
            fname: "repeat",
            names: &["object", "times"],
            posonly: 0,
            required: 1,
        },
    )?;
    let obj = a[0].clone().unwrap_or_default();
    let cnt = match &a[1] {
        Some(t) => crate::modules::support::ssize(i, t)?.max(0),
        None => -1,
    };
    Ok(new_native(cls.clone(), Cell::new(Repeat { obj, cnt })))
}
fn repeat_repr(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let c = crate::modules::support::this::<Repeat>(v, "__repr__", "itertools.repeat")?;
    let (obj, cnt) = {
        let s = c.get();
        (s.obj.clone(), s.cnt)
    };
    let name = short_name(v);
    let r = if obj.is_null() {
        "None".to_string()
    } else {
        protocol::repr_string(i, &obj)?
    };
    Ok(new_string(if cnt < 0 {
        format!("{name}({r})")
    } else {
        format!("{name}({r}, {cnt})")
    }))
}
fn repeat_length_hint(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let c = crate::modules::support::this::<Repeat>(
        &args.pos()[0],
        "__length_hint__",
        "itertools.repeat",
    )?;
    let cnt = c.get().cnt;
    if cnt < 0 {
        return Err(type_error("len() of unsized object"));
    }
    Ok(Value::Int(cnt))
}
fn setup_repeat(t: &TypeData) {
    iter_slots::<Repeat>(t);
    t.slots.new.set(Some(repeat_new));
    t.slots.repr.set(Some(repeat_repr));
}
static REPEAT_METHODS: &[MethodDef] =
    &[krait_object::method!("__length_hint__", repeat_length_hint)];
static REPEAT: TypeSpec = TypeSpec {
    methods: REPEAT_METHODS,
    ..spec("repeat", setup_repeat)
};
native_type!(pub repeat_type, REPEAT);

// ---- accumulate ----

#[derive(Default)]
pub struct Accumulate {
    it: Value,
    func: Option<Value>,
    total: Option<Value>,
    initial: Option<Value>,
}
impl Refs for Accumulate {
    fn refs(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.it);
        opt(&self.func, f);
        opt(&self.total, f);
        opt(&self.initial, f);
    }
}
impl NativeIter for Accumulate {
    fn next(c: &Cell<Self>, i: &mut dyn Interp) -> PyResult<Option<Value>> {
        let (it, func, total) = {
            let mut s = c.get_mut();
            if let Some(init) = s.initial.take() {
                s.total = Some(init.clone());
                return Ok(Some(init));
            }
            (s.it.clone(), s.func.clone(), s.total.clone())
        };
        if it.is_null() {
            return Ok(None);
        }
        let Some(x) = protocol::next(i, &it)? else {
            return Ok(None);
        };
        let new = match total {
            None => x,
            Some(t) => match func {
                Some(f) => protocol::call0(i, &f, &[t, x])?,
                None => protocol::binary_op(i, &t, &x, BinOp::Add)?,
            },
        };
        c.get_mut().total = Some(new.clone());
        Ok(Some(new))
    }
}
fn accumulate_new(i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    let npos = args.pos().len();
    if npos > 2 {
        return Err(type_error(format!(
            "accumulate() takes at most 2 positional arguments ({npos} given)"
        )));
    }
    let a = parse(
        &args,
        &Sig {
            fname: "accumulate",
            names: &["iterable", "func", "initial"],
            posonly: 0,
            required: 1,
        },
    )?;
    let it = protocol::iter(i, a[0].as_ref().unwrap_or(&Value::None))?;
    let func = a[1].clone().filter(|f| !f.is_none());
    let initial = a[2].clone().filter(|f| !f.is_none());
    Ok(new_native(
        cls.clone(),
        Cell::new(Accumulate {
            it,
            func,
            total: None,
            initial,
        }),
    ))
}
fn setup_accumulate(t: &TypeData) {
    iter_slots::<Accumulate>(t);
    t.slots.new.set(Some(accumulate_new));
}
static ACCUMULATE: TypeSpec = spec("accumulate", setup_accumulate);
native_type!(pub accumulate_type, ACCUMULATE);

// ---- chain ----

#[derive(Default)]
pub struct Chain {
    /// The iterator over the iterables; `None` once exhausted.
    source: Option<Value>,
    active: Option<Value>,
}
impl Refs for Chain {
    fn refs(&self, f: &mut dyn FnMut(&Value)) {
        opt(&self.source, f);
        opt(&self.active, f);
    }
}
impl NativeIter for Chain {
    fn next(c: &Cell<Self>, i: &mut dyn Interp) -> PyResult<Option<Value>> {
        loop {
            let (source, active) = {
                let s = c.get();
                (s.source.clone(), s.active.clone())
            };
            if let Some(a) = active {
                if let Some(x) = protocol::next(i, &a)? {
                    return Ok(Some(x));
                }
                c.get_mut().active = None;
            }
            let Some(src) = source else {
                return Ok(None);
            };
            match protocol::next(i, &src)? {
                Some(iterable) => {
                    let it = protocol::iter(i, &iterable)?;
                    c.get_mut().active = Some(it);
                }
                None => {
                    c.get_mut().source = None;
                    return Ok(None);
                }
            }
        }
    }
}
fn chain_from_iterable(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if args.has_kwargs() {
        return Err(type_error(
            "chain.from_iterable() takes no keyword arguments",
        ));
    }
    if pos.len() != 2 {
        return Err(type_error(format!(
            "chain.from_iterable() takes exactly one argument ({} given)",
            pos.len().saturating_sub(1)
        )));
    }
    let cls = pos[0].as_obj().cloned().unwrap_or_else(chain_type);
    let source = protocol::iter(i, &pos[1])?;
    Ok(new_native(
        cls,
        Cell::new(Chain {
            source: Some(source),
            active: None,
        }),
    ))
}
fn setup_chain(t: &TypeData) {
    iter_slots::<Chain>(t);
    t.slots.new.set(Some(|i, cls, args| {
        new_no_kwargs(cls, &chain_type(), &args, "chain")?;
        let tuple = new_tuple(args.pos().to_vec());
        let source = protocol::iter(i, &tuple)?;
        Ok(new_native(
            cls.clone(),
            Cell::new(Chain {
                source: Some(source),
                active: None,
            }),
        ))
    }));
}
static CHAIN_CLASSMETHODS: &[MethodDef] =
    &[krait_object::method!("from_iterable", chain_from_iterable)];
static CHAIN: TypeSpec = TypeSpec {
    class_methods: CHAIN_CLASSMETHODS,
    ..spec("chain", setup_chain)
};
native_type!(pub chain_type, CHAIN);

// ---- compress ----

#[derive(Default)]
pub struct Compress {
    data: Value,
    selectors: Value,
}
impl Refs for Compress {
    fn refs(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.data);
        f(&self.selectors);
    }
}
impl NativeIter for Compress {
    fn next(c: &Cell<Self>, i: &mut dyn Interp) -> PyResult<Option<Value>> {
        let (data, sel) = {
            let s = c.get();
            (s.data.clone(), s.selectors.clone())
        };
        if data.is_null() {
            return Ok(None);
        }
        loop {
            let Some(d) = protocol::next(i, &data)? else {
                return Ok(None);
            };
            let Some(s) = protocol::next(i, &sel)? else {
                return Ok(None);
            };
            if protocol::truthy(i, &s)? {
                return Ok(Some(d));
            }
        }
    }
}
fn setup_compress(t: &TypeData) {
    iter_slots::<Compress>(t);
    t.slots.new.set(Some(|i, cls, args| {
        let a = parse(
            &args,
            &Sig {
                fname: "compress",
                names: &["data", "selectors"],
                posonly: 0,
                required: 2,
            },
        )?;
        let data = protocol::iter(i, a[0].as_ref().unwrap_or(&Value::None))?;
        let selectors = protocol::iter(i, a[1].as_ref().unwrap_or(&Value::None))?;
        Ok(new_native(
            cls.clone(),
            Cell::new(Compress { data, selectors }),
        ))
    }));
}
static COMPRESS: TypeSpec = spec("compress", setup_compress);
native_type!(pub compress_type, COMPRESS);

// ---- dropwhile / takewhile / filterfalse / starmap ----

/// Which predicate-driven iterator a [`Pred`] is.
#[derive(Default, Clone, Copy, PartialEq)]
enum PredKind {
    #[default]
    DropWhile,
    TakeWhile,
    FilterFalse,
    StarMap,
}

#[derive(Default)]
pub struct Pred {
    kind: PredKind,
    func: Value,
    it: Value,
    /// dropwhile: done dropping; takewhile: stopped.
    flag: bool,
}
impl Refs for Pred {
    fn refs(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.func);
        f(&self.it);
    }
}
impl NativeIter for Pred {
    fn next(c: &Cell<Self>, i: &mut dyn Interp) -> PyResult<Option<Value>> {
        let (kind, func, it, flag) = {
            let s = c.get();
            (s.kind, s.func.clone(), s.it.clone(), s.flag)
        };
        if it.is_null() || (kind == PredKind::TakeWhile && flag) {
            return Ok(None);
        }
        loop {
            let Some(x) = protocol::next(i, &it)? else {
                return Ok(None);
            };
            match kind {
                PredKind::StarMap => {
                    let args = match x.payload() {
                        Some(Payload::Tuple(t)) => t.to_vec(),
                        _ => protocol::collect(i, &x)?,
                    };
                    return protocol::call0(i, &func, &args).map(Some);
                }
                PredKind::DropWhile if flag => return Ok(Some(x)),
                _ => {}
            }
            let ok = if kind == PredKind::FilterFalse && func.is_none() {
                protocol::truthy(i, &x)?
            } else {
                let r = protocol::call0(i, &func, std::slice::from_ref(&x))?;
                protocol::truthy(i, &r)?
            };
            match kind {
                PredKind::DropWhile => {
                    if !ok {
                        c.get_mut().flag = true;
                        return Ok(Some(x));
                    }
                }
                PredKind::TakeWhile => {
                    if ok {
                        return Ok(Some(x));
                    }
                    c.get_mut().flag = true;
                    return Ok(None);
                }
                PredKind::FilterFalse => {
                    if !ok {
                        return Ok(Some(x));
                    }
                }
                PredKind::StarMap => {}
            }
        }
    }
}

fn pred_new(
    i: &mut dyn Interp,
    cls: &ObjRef,
    base: ObjRef,
    args: Args<'_>,
    name: &str,
    kind: PredKind,
) -> PyResult<Value> {
    new_no_kwargs(cls, &base, &args, name)?;
    let a = check_pos(&args, name, 2, 2)?;
    let it = protocol::iter(i, &a[1])?;
    Ok(new_native(
        cls.clone(),
        Cell::new(Pred {
            kind,
            func: a[0].clone(),
            it,
            flag: false,
        }),
    ))
}
fn setup_dropwhile(t: &TypeData) {
    iter_slots::<Pred>(t);
    t.slots.new.set(Some(|i, cls, args| {
        pred_new(
            i,
            cls,
            dropwhile_type(),
            args,
            "dropwhile",
            PredKind::DropWhile,
        )
    }));
}
fn setup_takewhile(t: &TypeData) {
    iter_slots::<Pred>(t);
    t.slots.new.set(Some(|i, cls, args| {
        pred_new(
            i,
            cls,
            takewhile_type(),
            args,
            "takewhile",
            PredKind::TakeWhile,
        )
    }));
}
fn setup_filterfalse(t: &TypeData) {
    iter_slots::<Pred>(t);
    t.slots.new.set(Some(|i, cls, args| {
        pred_new(
            i,
            cls,
            filterfalse_type(),
            args,
            "filterfalse",
            PredKind::FilterFalse,
        )
    }));
}
fn setup_starmap(t: &TypeData) {
    iter_slots::<Pred>(t);
    t.slots.new.set(Some(|i, cls, args| {
        pred_new(i, cls, starmap_type(), args, "starmap", PredKind::StarMap)
    }));
}
static DROPWHILE: TypeSpec = spec("dropwhile", setup_dropwhile);
static TAKEWHILE: TypeSpec = spec("takewhile", setup_takewhile);
static FILTERFALSE: TypeSpec = spec("filterfalse", setup_filterfalse);
static STARMAP: TypeSpec = spec("starmap", setup_starmap);
native_type!(pub dropwhile_type, DROPWHILE);
native_type!(pub takewhile_type, TAKEWHILE);
native_type!(pub filterfalse_type, FILTERFALSE);
native_type!(pub starmap_type, STARMAP);

// ---- pairwise ----

#[derive(Default)]
pub struct Pairwise {
    it: Option<Value>,
    old: Option<Value>,
}
impl Refs for Pairwise {
    fn refs(&self, f: &mut dyn FnMut(&Value)) {
        opt(&self.it, f);
        opt(&self.old, f);
    }
}
impl NativeIter for Pairwise {
    fn next(c: &Cell<Self>, i: &mut dyn Interp) -> PyResult<Option<Value>> {
        let (it, old) = {
            let s = c.get();
            (s.it.clone(), s.old.clone())
        };
        let Some(it) = it else {
            return Ok(None);
        };
        let old = match old {
            Some(o) => o,
            None => match protocol::next(i, &it)? {
                Some(o) => {
                    c.get_mut().old = Some(o.clone());
                    o
                }
                None => {
                    c.get_mut().it = None;
                    return Ok(None);
                }
            },
        };
        match protocol::next(i, &it)? {
            Some(new) => {
                c.get_mut().old = Some(new.clone());
                Ok(Some(new_tuple(vec![old, new])))
            }
            None => {
                let mut s = c.get_mut();
                s.it = None;
                s.old = None;
                Ok(None)
            }
        }
    }
}
fn setup_pairwise(t: &TypeData) {
    iter_slots::<Pairwise>(t);
    t.slots.new.set(Some(|i, cls, args| {
        new_no_kwargs(cls, &pairwise_type(), &args, "pairwise")?;
        let a = check_pos(&args, "pairwise", 1, 1)?;
        let it = protocol::iter(i, &a[0])?;
        Ok(new_native(
            cls.clone(),
            Cell::new(Pairwise {
                it: Some(it),
                old: None,
            }),
        ))
    }));
}
static PAIRWISE: TypeSpec = spec("pairwise", setup_pairwise);
native_type!(pub pairwise_type, PAIRWISE);
