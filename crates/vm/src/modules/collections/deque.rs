//! `collections.deque` (CPython's `dequeobject`): a `VecDeque` with an optional `maxlen`
//! and a mutation counter `state`, bumped by every change of length (and by rotations),
//! which iterators and searches check: `deque mutated during iteration`.
//!
//! Invariant: no borrow of a deque's state is held while an element's `__eq__`, `__repr__`
//! or a source iterator runs; searches re-read the element at each step and compare
//! `state` afterwards.

use std::collections::VecDeque;

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::{index_error, type_error, value_error, PyResult};
use krait_object::interp::Interp;
use krait_object::native::{native_ref, new_native, GetSetDef, TypeSpec, BASETYPE};
use krait_object::object::ObjRef;
use krait_object::protocol::{self, td};
use krait_object::typeobj::{flags, BinOp, CmpOp, TypeData};
use krait_object::types::list::new_list;
use krait_object::types::str::new_string;
use krait_object::types::tuple::new_tuple;
use krait_object::types::MethodDef;
use krait_object::{method, Value};

use super::deque_iter::{deque_iter, deque_rev_iter};
use super::{meth_noargs, meth_o};
use crate::modules::support::{Cell, Refs};
use crate::native_type;

#[derive(Default)]
pub struct DequeState {
    pub items: VecDeque<Value>,
    pub maxlen: Option<usize>,
    pub state: u64,
}
impl Refs for DequeState {
    fn refs(&self, f: &mut dyn FnMut(&Value)) {
        for v in self.items.iter() {
            f(v);
        }
    }
}
pub type Deque = Cell<DequeState>;

const TNAME: &str = "collections.deque";

pub fn this<'a>(v: &'a Value, method: &str) -> PyResult<&'a Deque> {
    krait_object::native::expect_native::<Deque>(v, method, TNAME)
}

fn mutated() -> krait_object::PyErr {
    krait_object::error::runtime_error("deque mutated during iteration")
}

impl DequeState {
    /// Appends on the right, trimming on the left past `maxlen`.
    fn push_back(&mut self, v: Value) -> Option<Value> {
        self.state = self.state.wrapping_add(1);
        if self.maxlen == Some(0) {
            return Some(v);
        }
        self.items.push_back(v);
        if self.maxlen.is_some_and(|m| self.items.len() > m) {
            return self.items.pop_front();
        }
        None
    }
    fn push_front(&mut self, v: Value) -> Option<Value> {
        self.state = self.state.wrapping_add(1);
        if self.maxlen == Some(0) {
            return Some(v);
        }
        self.items.push_front(v);
        if self.maxlen.is_some_and(|m| self.items.len() > m) {
            return self.items.pop_back();
        }
        None
    }
    fn rotate(&mut self, n: i64) {
        let len = self.items.len();
        self.state = self.state.wrapping_add(1);
        if len <= 1 {
            return;
        }
        let k = n.rem_euclid(len as i64) as usize;
        self.items.rotate_right(k);
    }
}

/// A new empty deque of class `cls`.
fn new_deque(cls: &ObjRef, maxlen: Option<usize>) -> Value {
    new_native(
        cls.clone(),
        Deque::new(DequeState {
            maxlen,
            ..DequeState::default()
        }),
    )
}

/// Appends every item of `iterable` (a copy first when it is the deque itself).
fn extend(i: &mut dyn Interp, d: &Value, iterable: &Value, left: bool) -> PyResult<()> {
    let dq = this(d, if left { "extendleft" } else { "extend" })?;
    let src = if iterable.is(d) {
        new_list(dq.get().items.iter().cloned().collect())
    } else {
        iterable.clone()
    };
    let it = protocol::iter(i, &src)?;
    while let Some(x) = protocol::next(i, &it)? {
        let old = {
            let mut s = dq.get_mut();
            if left {
                s.push_front(x)
            } else {
                s.push_back(x)
            }
        };
        drop(old);
    }
    Ok(())
}

/// `maxlen` as CPython's `deque.__init__` parses it.
fn parse_maxlen(i: &mut dyn Interp, v: &Option<Value>) -> PyResult<Option<usize>> {
    let Some(v) = v.as_ref().filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    if !protocol::isinstance(v, &krait_object::builtin_types().int) {
        return Err(type_error("an integer is required"));
    }
    let n = crate::modules::support::ssize(i, v)?;
    if n < 0 {
        return Err(value_error("maxlen must be non-negative"));
    }
    Ok(Some(n as usize))
}

fn deque_init(i: &mut dyn Interp, v: &Value, args: Args<'_>) -> PyResult<()> {
    let a = parse(
        &args,
        &Sig {
            fname: "deque",
            names: &["iterable", "maxlen"],
            posonly: 0,
            required: 0,
        },
    )?;
    let maxlen = parse_maxlen(i, &a[1])?;
    let dq = this(v, "__init__")?;
    let old = {
        let mut s = dq.get_mut();
        s.maxlen = maxlen;
        s.state = s.state.wrapping_add(1);
        std::mem::take(&mut s.items)
    };
    drop(old);
    if let Some(it) = &a[0] {
        extend(i, v, it, false)?;
    }
    Ok(())
}

/// `copy()`: a deque of the same class (subclasses are called: `type(d)(d, maxlen)`).
fn copy_of(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let dq = this(v, "copy")?;
    let cls = v.class();
    let maxlen = dq.get().maxlen;
    if std::rc::Rc::ptr_eq(&cls, &deque_type()) {
        let items = dq.get().items.clone();
        let out = new_deque(&cls, maxlen);
        if let Some(o) = native_ref::<Deque>(&out) {
            o.get_mut().items = items;
        }
        return Ok(out);
    }
    let m = maxlen.map_or(Value::None, |m| Value::Int(m as i64));
    let args = match maxlen {
        Some(_) => vec![v.clone(), m],
        None => vec![v.clone()],
    };
    protocol::call0(i, &Value::Obj(cls), &args)
}

/// The index of an item (`PyNumber_AsSsize_t(key, IndexError)` after the int check).
fn item_index(i: &mut dyn Interp, dq: &Deque, k: &Value) -> PyResult<usize> {
    if td(&k.class()).slots.index.get().is_none() && protocol::as_index_opt(k).is_none() {
        return Err(type_error(format!(
            "sequence index must be integer, not '{}'",
            k.class_name()
        )));
    }
    let n = match protocol::index(i, k)? {
        Value::Int(n) => n,
        _ => {
            return Err(index_error(format!(
                "cannot fit '{}' into an index-sized integer",
                k.class_name()
            )))
        }
    };
    let len = dq.get().items.len() as i64;
    let j = if n < 0 { n + len } else { n };
    if j < 0 || j >= len {
        return Err(index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn deque_repr(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let dq = this(v, "__repr__")?;
    let Some(_guard) = krait_object::types::reprguard::enter(v) else {
        return Ok(new_string("[...]".into()));
    };
    let (items, maxlen) = {
        let s = dq.get();
        (s.items.iter().cloned().collect::<Vec<_>>(), s.maxlen)
    };
    let list = protocol::repr_string(i, &new_list(items))?;
    let name = td(&v.class()).name();
    Ok(new_string(match maxlen {
        Some(m) => format!("{name}({list}, maxlen={m})"),
        None => format!("{name}({list})"),
    }))
}

/// Compares `x` with each item, from `start`; the first equal index.
fn find(
    i: &mut dyn Interp,
    dq: &Deque,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let state = dq.get().state;
    for k in start..stop {
        let Some(item) = dq.get().items.get(k).cloned() else {
            break;
        };
        let eq = protocol::eq(i, &item, x)?;
        if dq.get().state != state {
            return Err(mutated());
        }
        if eq {
            return Ok(Some(k));
        }
    }
    Ok(None)
}

fn deque_richcompare(
    i: &mut dyn Interp,
    a: &Value,
    b: &Value,
    op: CmpOp,
) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (native_ref::<Deque>(a), native_ref::<Deque>(b)) else {
        return Ok(None);
    };
    let xs: Vec<Value> = x.get().items.iter().cloned().collect();
    let ys: Vec<Value> = y.get().items.iter().cloned().collect();
    krait_object::types::tuple::seq_richcompare(i, &xs, &ys, op).map(Some)
}

fn repeat(i: &mut dyn Interp, d: &Value, n: &Value, in_place: bool) -> PyResult<Value> {
    let n = protocol::index_i64(i, n)?;
    let target = if in_place { d.clone() } else { copy_of(i, d)? };
    let dq = this(&target, "__imul__")?;
    let old = {
        let mut s = dq.get_mut();
        if n <= 0 || s.items.is_empty() {
            s.state = s.state.wrapping_add(1);
            std::mem::take(&mut s.items)
        } else {
            let base: Vec<Value> = s.items.iter().cloned().collect();
            let size = base.len() as u128;
            let mut n = n as u128;
            if let Some(m) = s.maxlen {
                if n * size > m as u128 {
                    n = (m as u128).div_ceil(size);
                }
            } else if n * size > (isize::MAX as u128) / 16 {
                return Err(krait_object::error::memory_error());
            }
            // Trimmed items are dropped after the borrow ends.
            let mut trash = VecDeque::new();
            for _ in 1..n {
                for x in &base {
                    trash.extend(s.push_back(x.clone()));
                }
            }
            trash
        }
    };
    drop(old);
    Ok(target)
}

fn setup(t: &TypeData) {
    let s = &t.slots;
    s.new.set(Some(|_, cls, _| Ok(new_deque(cls, None))));
    s.init.set(Some(deque_init));
    s.repr.set(Some(deque_repr));
    s.len
        .set(Some(|_, v| Ok(this(v, "__len__")?.get().items.len())));
    s.bool_.set(Some(|_, v| {
        Ok(!this(v, "__bool__")?.get().items.is_empty())
    }));
    s.iter.set(Some(|_, v| deque_iter(v)));
    s.getitem.set(Some(|i, v, k| {
        let dq = this(v, "__getitem__")?;
        let j = item_index(i, dq, k)?;
        let v = dq.get().items.get(j).cloned();
        v.ok_or_else(|| index_error("deque index out of range"))
    }));
    s.setitem.set(Some(|i, v, k, x| {
        let dq = this(v, "__setitem__")?;
        let j = item_index(i, dq, k)?;
        // `__index__` may have resized the deque: check `j` again.
        let old = match x {
            Some(x) => match dq.get_mut().items.get_mut(j) {
                Some(slot) => std::mem::replace(slot, x),
                None => return Err(index_error("deque index out of range")),
            },
            None => {
                let mut st = dq.get_mut();
                st.state = st.state.wrapping_add(1);
                st.items.remove(j).unwrap_or_default()
            }
        };
        drop(old);
        Ok(())
    }));
    s.contains.set(Some(|i, v, x| {
        let dq = this(v, "__contains__")?;
        let n = dq.get().items.len();
        Ok(find(i, dq, x, 0, n)?.is_some())
    }));
    s.richcompare.set(Some(deque_richcompare));
    s.nb[BinOp::Add as usize].set(Some(|i, a, b| {
        if native_ref::<Deque>(a).is_none() {
            return Ok(None);
        }
        if native_ref::<Deque>(b).is_none() {
            return Err(type_error(format!(
                "can only concatenate deque (not \"{}\") to deque",
                b.class_name()
            )));
        }
        let out = copy_of(i, a)?;
        extend(i, &out, b, false)?;
        Ok(Some(out))
    }));
    s.nb_inplace[BinOp::Add as usize].set(Some(|i, a, b| {
        if native_ref::<Deque>(a).is_none() {
            return Ok(None);
        }
        extend(i, a, b, false)?;
        Ok(Some(a.clone()))
    }));
    s.sq_repeat
        .set(Some(|i, a, n| repeat(i, a, n, false).map(Some)));
    s.nb_inplace[BinOp::Mul as usize].set(Some(|i, a, n| {
        if native_ref::<Deque>(a).is_none() {
            return Ok(None);
        }
        if td(&n.class()).slots.index.get().is_none() && protocol::as_index_opt(n).is_none() {
            return Err(type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                n.class_name()
            )));
        }
        repeat(i, a, n, true).map(Some)
    }));
}

// ---- methods ----

fn append(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = meth_o(&args, "deque.append")?;
    let old = this(&args.pos()[0], "append")?
        .get_mut()
        .push_back(a.clone());
    drop(old);
    Ok(Value::None)
}
fn appendleft(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = meth_o(&args, "deque.appendleft")?;
    let old = this(&args.pos()[0], "appendleft")?
        .get_mut()
        .push_front(a.clone());
    drop(old);
    Ok(Value::None)
}
fn pop_impl(args: &Args<'_>, name: &str, left: bool) -> PyResult<Value> {
    meth_noargs(args, name)?;
    let dq = this(&args.pos()[0], name)?;
    let mut s = dq.get_mut();
    let v = if left {
        s.items.pop_front()
    } else {
        s.items.pop_back()
    };
    s.state = s.state.wrapping_add(1);
    v.ok_or_else(|| index_error("pop from an empty deque"))
}
fn pop(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    pop_impl(&args, "deque.pop", false)
}
fn popleft(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    pop_impl(&args, "deque.popleft", true)
}
fn extend_m(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = meth_o(&args, "deque.extend")?;
    extend(i, &args.pos()[0], a, false)?;
    Ok(Value::None)
}
fn extendleft(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = meth_o(&args, "deque.extendleft")?;
    extend(i, &args.pos()[0], a, true)?;
    Ok(Value::None)
}
fn clear(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    meth_noargs(&args, "deque.clear")?;
    let old = {
        let mut s = this(&args.pos()[0], "clear")?.get_mut();
        s.state = s.state.wrapping_add(1);
        std::mem::take(&mut s.items)
    };
    drop(old);
    Ok(Value::None)
}
fn copy(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    meth_noargs(&args, "deque.copy")?;
    copy_of(i, &args.pos()[0])
}
fn dunder_copy(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    meth_noargs(&args, "deque.__copy__")?;
    copy_of(i, &args.pos()[0])
}
fn count(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let x = meth_o(&args, "deque.count")?;
    let dq = this(&args.pos()[0], "count")?;
    let state = dq.get().state;
    let mut n = 0;
    let mut k = 0;
    loop {
        let item = dq.get().items.get(k).cloned();
        let Some(item) = item else { break };
        let eq = protocol::eq(i, &item, x)?;
        if dq.get().state != state {
            return Err(mutated());
        }
        n += eq as i64;
        k += 1;
    }
    Ok(Value::Int(n))
}
fn index(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("index")?;
    let a = crate::modules::support::check_pos(&args.skip_self(), "index", 1, 3)?;
    let dq = this(&args.pos()[0], "index")?;
    let len = dq.get().items.len() as i64;
    let bound = |i: &mut dyn Interp, v: Option<&Value>, dflt: i64| -> PyResult<usize> {
        let n = match v {
            None => dflt,
            Some(v) => {
                if td(&v.class()).slots.index.get().is_none() && protocol::as_index_opt(v).is_none()
                {
                    return Err(type_error(
                        "slice indices must be integers or have an __index__ method",
                    ));
                }
                match protocol::index(i, v)? {
                    Value::Int(n) => n,
                    big => {
                        if protocol::compare_bool(i, &big, &Value::Int(0), CmpOp::Lt)? {
                            i64::MIN
                        } else {
                            i64::MAX
                        }
                    }
                }
            }
        };
        let n = if n < 0 {
            (n.saturating_add(len)).max(0)
        } else {
            n
        };
        Ok(n.min(len) as usize)
    };
    let start = bound(i, a.get(1), 0)?;
    let stop = bound(i, a.get(2), len)?;
    match find(i, dq, &a[0], start, stop)? {
        Some(k) => Ok(Value::Int(k as i64)),
        None => Err(value_error(format!(
            "{} is not in deque",
            protocol::repr_string(i, &a[0])?
        ))),
    }
}
fn insert(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("insert")?;
    let a = args.skip_self().pos();
    if a.len() != 2 {
        return Err(type_error(format!(
            "insert() takes exactly 2 arguments ({} given)",
            a.len()
        )));
    }
    let idx = protocol::index_i64(i, &a[0])?;
    let dq = this(&args.pos()[0], "insert")?;
    let mut s = dq.get_mut();
    if s.maxlen == Some(s.items.len()) {
        return Err(index_error("deque already at its maximum size"));
    }
    let len = s.items.len() as i64;
    let j = if idx < 0 {
        (idx + len).max(0)
    } else {
        idx.min(len)
    };
    s.items.insert(j as usize, a[1].clone());
    s.state = s.state.wrapping_add(1);
    Ok(Value::None)
}
fn remove(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let x = meth_o(&args, "deque.remove")?;
    let dq = this(&args.pos()[0], "remove")?;
    let n = dq.get().items.len();
    let state = dq.get().state;
    for k in 0..n {
        let Some(item) = dq.get().items.get(k).cloned() else {
            break;
        };
        let eq = protocol::eq(i, &item, x)?;
        if dq.get().state != state {
            return Err(index_error("deque mutated during remove()."));
        }
        if eq {
            let old = {
                let mut s = dq.get_mut();
                s.state = s.state.wrapping_add(1);
                s.items.remove(k)
            };
            drop(old);
            return Ok(Value::None);
        }
    }
    Err(value_error(format!(
        "{} is not in deque",
        protocol::repr_string(i, x)?
    )))
}
fn reverse(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    meth_noargs(&args, "deque.reverse")?;
    let dq = this(&args.pos()[0], "reverse")?;
    dq.get_mut().items.make_contiguous().reverse();
    Ok(Value::None)
}
fn rotate(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("rotate")?;
    let a = crate::modules::support::check_pos(&args.skip_self(), "rotate", 0, 1)?;
    let n = match a.first() {
        Some(v) => protocol::index_i64(i, v)?,
        None => 1,
    };
    this(&args.pos()[0], "rotate")?.get_mut().rotate(n);
    Ok(Value::None)
}
fn reversed_m(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    meth_noargs(&args, "deque.__reversed__")?;
    deque_rev_iter(&args.pos()[0])
}
fn reduce(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    meth_noargs(&args, "deque.__reduce__")?;
    let v = &args.pos()[0];
    let maxlen = this(v, "__reduce__")?.get().maxlen;
    let state = protocol::instance_dict_value(v).unwrap_or(Value::None);
    let cargs = match maxlen {
        Some(m) => new_tuple(vec![new_tuple(Vec::new()), Value::Int(m as i64)]),
        None => new_tuple(Vec::new()),
    };
    let it = protocol::iter(i, v)?;
    Ok(new_tuple(vec![Value::Obj(v.class()), cargs, state, it]))
}
fn maxlen_get(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let m = this(&args.pos()[0], "maxlen")?.get().maxlen;
    Ok(m.map_or(Value::None, |m| Value::Int(m as i64)))
}

static METHODS: &[MethodDef] = &[
    method!("append", append),
    method!("appendleft", appendleft),
    method!("clear", clear),
    method!("copy", copy),
    method!("__copy__", dunder_copy),
    method!("count", count),
    method!("extend", extend_m),
    method!("extendleft", extendleft),
    method!("index", index),
    method!("insert", insert),
    method!("pop", pop),
    method!("popleft", popleft),
    method!("remove", remove),
    method!("reverse", reverse),
    method!("rotate", rotate),
    method!("__reversed__", reversed_m),
    method!("__reduce__", reduce),
];
static GETSETS: &[GetSetDef] = &[GetSetDef {
    name: "maxlen",
    get: maxlen_get,
    set: None,
}];
static DEQUE: TypeSpec = TypeSpec {
    flags: BASETYPE | flags::UNHASHABLE,
    methods: METHODS,
    class_methods: &[method!(
        "__class_getitem__",
        krait_object::types::genericalias::class_getitem
    )],
    getsets: GETSETS,
    doc: Some("A list-like sequence optimized for data accesses near its endpoints."),
    ..TypeSpec::new("deque", "collections", setup)
};
native_type!(pub deque_type, DEQUE);
