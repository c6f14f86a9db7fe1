//! `_collections._deque_iterator` and `_deque_reverse_iterator`: an index into the deque,
//! the number of items left, and the deque's `state` when the iterator was made; a change
//! of `state` raises `deque mutated during iteration` (CPython's `dequeiter_next`).

use krait_object::args::Args;
use krait_object::error::{runtime_error, PyResult};
use krait_object::interp::Interp;
use krait_object::native::{native_ref, new_native, TypeSpec};
use krait_object::typeobj::TypeData;
use krait_object::types::MethodDef;
use krait_object::{method, Value};

use super::deque::Deque;
use crate::modules::support::{iter_slots, Cell, NativeIter, Refs};
use crate::native_type;

#[derive(Default)]
pub struct DequeIter {
    deque: Value,
    /// Position of the next item, counted from the left (or from the right when
    /// `reverse`).
    index: usize,
    counter: usize,
    state: u64,
    reverse: bool,
}
impl Refs for DequeIter {
    fn refs(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.deque);
    }
}
impl NativeIter for DequeIter {
    fn next(c: &Cell<Self>, _i: &mut dyn Interp) -> PyResult<Option<Value>> {
        let mut s = c.get_mut();
        let deque = s.deque.clone();
        let Some(dq) = native_ref::<Deque>(&deque) else {
            return Ok(None);
        };
        let d = dq.get();
        if d.state != s.state {
            s.counter = 0;
            return Err(runtime_error("deque mutated during iteration"));
        }
        if s.counter == 0 {
            return Ok(None);
        }
        let n = d.items.len();
        let k = if s.reverse {
            n.checked_sub(s.index + 1)
        } else {
            Some(s.index)
        };
        let Some(v) = k.and_then(|k| d.items.get(k)).cloned() else {
            s.counter = 0;
            return Ok(None);
        };
        s.index += 1;
        s.counter -= 1;
        Ok(Some(v))
    }
}

fn make(d: &Value, reverse: bool) -> PyResult<Value> {
    let dq = super::deque::this(d, "__iter__")?;
    let (counter, state) = {
        let s = dq.get();
        (s.items.len(), s.state)
    };
    let cls = if reverse {
        deque_reverse_iterator_type()
    } else {
        deque_iterator_type()
    };
    Ok(new_native(
        cls,
        Cell::new(DequeIter {
            deque: d.clone(),
            index: 0,
            counter,
            state,
            reverse,
        }),
    ))
}

pub fn deque_iter(d: &Value) -> PyResult<Value> {
    make(d, false)
}
pub fn deque_rev_iter(d: &Value) -> PyResult<Value> {
    make(d, true)
}

fn length_hint(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let c = crate::modules::support::this::<DequeIter>(
        &args.pos()[0],
        "__length_hint__",
        "_collections._deque_iterator",
    )?;
    let n = c.get().counter;
    Ok(Value::Int(n as i64))
}

fn setup(t: &TypeData) {
    iter_slots::<DequeIter>(t);
}
static METHODS: &[MethodDef] = &[method!("__length_hint__", length_hint)];
static ITER: TypeSpec = TypeSpec {
    methods: METHODS,
    ..TypeSpec::new("_deque_iterator", "_collections", setup)
};
static REV_ITER: TypeSpec = TypeSpec {
    methods: METHODS,
    ..TypeSpec::new("_deque_reverse_iterator", "_collections", setup)
};
native_type!(pub deque_iterator_type, ITER);
native_type!(pub deque_reverse_iterator_type, REV_ITER);
