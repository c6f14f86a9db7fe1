//! `functools._lru_cache_wrapper`: the cache is a dict from CPython's call keys
//! (`lru_cache_make_key`) to results; for a bounded cache, the dict's insertion order is
//! the recency order (a hit moves its key to the end; the first key is the oldest).
//!
//! Invariant: no borrow of the wrapper's state is held while the user function, a key's
//! `__hash__`/`__eq__` or `cache_info_type` runs.

use std::cell::RefCell;

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::{type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::native::{new_native, TypeSpec};
use krait_object::object::{ObjRef, Payload, PyObject};
use krait_object::protocol;
use krait_object::typeobj::{flags, TypeData};
use krait_object::types::dict::{as_dict, dict_del, dict_get, dict_set, new_dict, DictData};
use krait_object::types::tuple::new_tuple;
use krait_object::types::MethodDef;
use krait_object::{builtin_types, method, Value};

use crate::modules::support::{Cell, Refs};
use crate::native_type;

#[derive(Default)]
pub struct Lru {
    func: Value,
    /// A dict.
    cache: Value,
    /// `None`: unbounded; `Some(0)`: no caching.
    maxsize: Option<usize>,
    typed: bool,
    hits: i64,
    misses: i64,
    info_type: Value,
}
impl Refs for Lru {
    fn refs(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.func);
        f(&self.cache);
        f(&self.info_type);
    }
}
type L = Cell<Lru>;

fn this(v: &Value) -> PyResult<&L> {
    crate::modules::support::this::<Lru>(v, "__call__", "functools._lru_cache_wrapper")
}

thread_local! {
    /// `kwd_mark`: separates positional arguments from keyword items in a key.
    static KWD_MARK: RefCell<Option<Value>> = const { RefCell::new(None) };
}

fn kwd_mark() -> Value {
    KWD_MARK.with(|m| {
        m.borrow_mut()
            .get_or_insert_with(|| {
                Value::Obj(PyObject::new(
                    builtin_types().object.clone(),
                    Payload::Object,
                ))
            })
            .clone()
    })
}

fn exact_int_or_str(v: &Value) -> bool {
    let t = builtin_types();
    match v {
        Value::Int(_) => true,
        Value::Obj(o) => o.class_is(&t.str) || o.class_is(&t.int),
        _ => false,
    }
}

/// CPython's `lru_cache_make_key`.
fn make_key(args: &Args<'_>, typed: bool) -> Value {
    let pos = args.pos();
    if !typed && !args.has_kwargs() {
        if pos.len() == 1 && exact_int_or_str(&pos[0]) {
            return pos[0].clone();
        }
        return new_tuple(pos.to_vec());
    }
    let mut key: Vec<Value> = pos.to_vec();
    if args.has_kwargs() {
        key.push(kwd_mark());
        for (k, v) in args.kwargs() {
            key.push(k.clone());
            key.push(v.clone());
        }
    }
    if typed {
        for v in pos {
            key.push(Value::Obj(v.class()));
        }
        for (_, v) in args.kwargs() {
            key.push(Value::Obj(v.class()));
        }
    }
    new_tuple(key)
}

fn lru_call(i: &mut dyn Interp, v: &Value, args: Args<'_>) -> PyResult<Value> {
    let l = this(v)?;
    let (func, cache, maxsize, typed) = {
        let s = l.get();
        (s.func.clone(), s.cache.clone(), s.maxsize, s.typed)
    };
    if maxsize == Some(0) {
        l.get_mut().misses += 1;
        return protocol::call(i, &func, args);
    }
    let Some(d) = as_dict(&cache) else {
        return protocol::call(i, &func, args);
    };
    let key = make_key(&args, typed);
    if let Some(r) = dict_get(i, d, &key)? {
        l.get_mut().hits += 1;
        if maxsize.is_some() {
            // Move to the most recent end.
            dict_del(i, d, &key)?;
            dict_set(i, d, key, r.clone())?;
        }
        return Ok(r);
    }
    l.get_mut().misses += 1;
    let r = protocol::call(i, &func, args)?;
    if let Some(m) = maxsize {
        if dict_get(i, d, &key)?.is_some() {
            // A recursive call cached it meanwhile.
            return Ok(r);
        }
        if d.borrow().len() >= m {
            let oldest = d.borrow().next_entry(0).map(|(_, k, _)| k);
            if let Some(k) = oldest {
                dict_del(i, d, &k)?;
            }
        }
    }
    dict_set(i, d, key, r.clone())?;
    Ok(r)
}

fn lru_new(_i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    let a = parse(
        &args,
        &Sig {
            fname: "lru_cache",
            names: &["user_function", "maxsize", "typed", "cache_info_type"],
            posonly: 0,
            required: 4,
        },
    )?;
    let get = |k: usize| a[k].clone().unwrap_or(Value::None);
    let func = get(0);
    if !protocol::is_callable(&func) {
        return Err(type_error("the first argument must be callable"));
    }
    let maxsize = match get(1) {
        Value::None => None,
        Value::Int(n) => Some(n.max(0) as usize),
        Value::Bool(b) => Some(b as usize),
        m if protocol::isinstance(&m, &builtin_types().int) => Some(usize::MAX),
        _ => return Err(type_error("maxsize should be integer or None")),
    };
    let typed = protocol::truthy(_i, &get(2))?;
    Ok(new_native(
        cls.clone(),
        Cell::new(Lru {
            func,
            cache: new_dict(DictData::new()),
            maxsize,
            typed,
            hits: 0,
            misses: 0,
            info_type: get(3),
        }),
    ))
}

fn cache_info(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let l = this(&a.pos()[0])?;
    let (info, hits, misses, maxsize, cache) = {
        let s = l.get();
        (
            s.info_type.clone(),
            s.hits,
            s.misses,
            s.maxsize,
            s.cache.clone(),
        )
    };
    let size = as_dict(&cache).map_or(0, |d| d.borrow().len()) as i64;
    let m = maxsize.map_or(Value::None, |m| Value::Int(m as i64));
    protocol::call0(
        i,
        &info,
        &[Value::Int(hits), Value::Int(misses), m, Value::Int(size)],
    )
}

fn cache_clear(_i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let l = this(&a.pos()[0])?;
    let cache = {
        let mut s = l.get_mut();
        s.hits = 0;
        s.misses = 0;
        s.cache.clone()
    };
    let old = as_dict(&cache).map(|d| std::mem::take(&mut *d.borrow_mut()));
    drop(old);
    Ok(Value::None)
}

fn reduce(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    protocol::getattr_str(i, &a.pos()[0], "__qualname__")
}
fn copy_self(_i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    Ok(a.pos()[0].clone())
}

fn setup(t: &TypeData) {
    let s = &t.slots;
    s.new.set(Some(lru_new));
    s.call.set(Some(lru_call));
    s.descr_get.set(Some(|_, d, obj, _| match obj {
        Some(o) if !o.is_none() => Ok(krait_object::types::func::new_bound_method(
            d.clone(),
            o.clone(),
        )),
        _ => Ok(d.clone()),
    }));
}

static METHODS: &[MethodDef] = &[
    method!("cache_info", cache_info),
    method!("cache_clear", cache_clear),
    method!("__reduce__", reduce),
    method!("__copy__", copy_self),
    method!("__deepcopy__", copy_self),
];
static LRU: TypeSpec = TypeSpec {
    flags: flags::NATIVE_DICT,
    methods: METHODS,
    ..TypeSpec::new("_lru_cache_wrapper", "functools", setup)
};
native_type!(pub lru_type, LRU);
