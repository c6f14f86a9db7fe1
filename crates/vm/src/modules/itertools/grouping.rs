//! `groupby` (with its `_grouper`s), `islice` and `zip_longest`.

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::{type_error, value_error, PyResult};
use krait_object::interp::Interp;
use krait_object::native::{native_ref, new_native, TypeSpec, BASETYPE};
use krait_object::object::ObjRef;
use krait_object::protocol;
use krait_object::typeobj::TypeData;
use krait_object::types::tuple::new_tuple;
use krait_object::Value;

use crate::modules::support::{
    check_pos, iter_slots, new_no_kwargs, opt, ssize_or_minus1, Cell, NativeIter, Refs,
};
use crate::native_type;

// ---- groupby ----

/// CPython's `groupbyobject`. A `_grouper` is live while `current` equals its `id`
/// (CPython compares the `currgrouper` pointer; advancing the groupby invalidates it).
#[derive(Default)]
pub struct GroupBy {
    it: Value,
    keyfunc: Value,
    tgtkey: Option<Value>,
    currkey: Option<Value>,
    currvalue: Option<Value>,
    current: u64,
    next_id: u64,
}
impl Refs for GroupBy {
    fn refs(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.it);
        f(&self.keyfunc);
        opt(&self.tgtkey, f);
        opt(&self.currkey, f);
        opt(&self.currvalue, f);
    }
}

/// `groupby_step`: reads the next value and its key; `false` when the source is done.
fn step(c: &Cell<GroupBy>, i: &mut dyn Interp) -> PyResult<bool> {
    let (it, keyfunc) = {
        let s = c.get();
        (s.it.clone(), s.keyfunc.clone())
    };
    if it.is_null() {
        return Ok(false);
    }
    let Some(v) = protocol::next(i, &it)? else {
        return Ok(false);
    };
    let k = if keyfunc.is_none() {
        v.clone()
    } else {
        protocol::call0(i, &keyfunc, std::slice::from_ref(&v))?
    };
    let mut s = c.get_mut();
    s.currvalue = Some(v);
    s.currkey = Some(k);
    Ok(true)
}

/// Skips to the start of the next group (`groupby_next`'s loop); `false` at the end.
fn skip_group(c: &Cell<GroupBy>, i: &mut dyn Interp) -> PyResult<bool> {
    c.get_mut().current = 0;
    {
        loop {
            let (currkey, tgtkey) = {
                let s = c.get();
                (s.currkey.clone(), s.tgtkey.clone())
            };
            if let Some(ck) = currkey {
                match tgtkey {
                    None => break,
                    Some(tk) => {
                        if !protocol::eq(i, &tk, &ck)? {
                            break;
                        }
                    }
                }
            }
            if !step(c, i)? {
                return Ok(false);
            }
        }
        Ok(true)
    }
}

/// `groupby.__next__` needs the groupby object itself (its groupers point back to it).
fn groupby_next(i: &mut dyn Interp, v: &Value) -> PyResult<Option<Value>> {
    let Some(c) = native_ref::<Cell<GroupBy>>(v) else {
        return Ok(None);
    };
    if !skip_group(c, i)? {
        return Ok(None);
    }
    let (key, id) = {
        let mut s = c.get_mut();
        let Some(key) = s.currkey.clone() else {
            return Ok(None);
        };
        s.tgtkey = Some(key.clone());
        s.next_id += 1;
        let id = s.next_id;
        s.current = id;
        (key, id)
    };
    let g = new_native(
        grouper_type(),
        Cell::new(Grouper {
            parent: v.clone(),
            tgtkey: key.clone(),
            id,
        }),
    );
    Ok(Some(new_tuple(vec![key, g])))
}

fn setup_groupby(t: &TypeData) {
    t.slots.iter.set(Some(|_, v| Ok(v.clone())));
    t.slots.next.set(Some(groupby_next));
    t.slots.new.set(Some(|i, cls, args| {
        let a = parse(
            &args,
            &Sig {
                fname: "groupby",
                names: &["iterable", "key"],
                posonly: 0,
                required: 1,
            },
        )?;
        let it = protocol::iter(i, a[0].as_ref().unwrap_or(&Value::None))?;
        let keyfunc = a[1].clone().unwrap_or(Value::None);
        Ok(new_native(
            cls.clone(),
            Cell::new(GroupBy {
                it,
                keyfunc,
                ..GroupBy::default()
            }),
        ))
    }));
}
static GROUPBY: TypeSpec = TypeSpec {
    flags: BASETYPE,
    ..TypeSpec::new("groupby", "itertools", setup_groupby)
};
native_type!(pub groupby_type, GROUPBY);

#[derive(Default)]
pub struct Grouper {
    parent: Value,
    tgtkey: Value,
    id: u64,
}
impl Refs for Grouper {
    fn refs(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.parent);
        f(&self.tgtkey);
    }
}
impl NativeIter for Grouper {
    fn next(c: &Cell<Self>, i: &mut dyn Interp) -> PyResult<Option<Value>> {
        let (parent, tgtkey, id) = {
            let s = c.get();
            (s.parent.clone(), s.tgtkey.clone(), s.id)
        };
        let Some(g) = native_ref::<Cell<GroupBy>>(&parent) else {
            return Ok(None);
        };
        if g.get().current != id {
            return Ok(None);
        }
        if g.get().currvalue.is_none() && !step(g, i)? {
            return Ok(None);
        }
        let Some(ck) = g.get().currkey.clone() else {
            return Ok(None);
        };
        if !protocol::eq(i, &tgtkey, &ck)? {
            return Ok(None);
        }
        let mut s = g.get_mut();
        s.currkey = None;
        Ok(s.currvalue.take())
    }
}
fn setup_grouper(t: &TypeData) {
    iter_slots::<Grouper>(t);
}
static GROUPER: TypeSpec = TypeSpec::new("_grouper", "itertools", setup_grouper);
native_type!(pub grouper_type, GROUPER);

// ---- islice ----

#[derive(Default)]
pub struct ISlice {
    it: Option<Value>,
    /// Index of the next item to yield.
    next: i64,
    /// -1: no stop.
    stop: i64,
    step: i64,
    /// Items consumed so far.
    cnt: i64,
}
impl Refs for ISlice {
    fn refs(&self, f: &mut dyn FnMut(&Value)) {
        opt(&self.it, f);
    }
}
impl NativeIter for ISlice {
    fn next(c: &Cell<Self>, i: &mut dyn Interp) -> PyResult<Option<Value>> {
        let (it, stop) = {
            let s = c.get();
            (s.it.clone(), s.stop)
        };
        let Some(it) = it else {
            return Ok(None);
        };
        loop {
            let (cnt, next) = {
                let s = c.get();
                (s.cnt, s.next)
            };
            if cnt >= next {
                break;
            }
            if protocol::next(i, &it)?.is_none() {
                c.get_mut().it = None;
                return Ok(None);
            }
            c.get_mut().cnt += 1;
        }
        if stop != -1 && c.get().cnt >= stop {
            c.get_mut().it = None;
            return Ok(None);
        }
        let Some(item) = protocol::next(i, &it)? else {
            c.get_mut().it = None;
            return Ok(None);
        };
        let mut s = c.get_mut();
        s.cnt += 1;
        let old = s.next;
        s.next = s.next.wrapping_add(s.step);
        if s.next < old || (stop != -1 && s.next > stop) {
            s.next = stop;
        }
        Ok(Some(item))
    }
}

const STOP_MSG: &str =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

fn islice_new(i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    new_no_kwargs(cls, &islice_type(), &args, "islice")?;
    let a = check_pos(&args, "islice", 2, 4)?;
    let (mut start, mut step) = (0, 1);
    let stop_of = |i: &mut dyn Interp, v: &Value| -> PyResult<i64> {
        if v.is_none() {
            return Ok(-1);
        }
        match ssize_or_minus1(i, v) {
            -1 => Err(value_error(STOP_MSG)),
            n => Ok(n),
        }
    };
    let stop = if a.len() == 2 {
        stop_of(i, &a[1])?
    } else {
        if !a[1].is_none() {
            start = ssize_or_minus1(i, &a[1]);
        }
        stop_of(i, &a[2])?
    };
    if start < 0 || stop < -1 {
        return Err(value_error(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        ));
    }
    if a.len() == 4 && !a[3].is_none() {
        step = ssize_or_minus1(i, &a[3]);
    }
    if step < 1 {
        return Err(value_error(
            "Step for islice() must be a positive integer or None.",
        ));
    }
    let it = protocol::iter(i, &a[0])?;
    Ok(new_native(
        cls.clone(),
        Cell::new(ISlice {
            it: Some(it),
            next: start,
            stop,
            step,
            cnt: 0,
        }),
    ))
}
fn setup_islice(t: &TypeData) {
    iter_slots::<ISlice>(t);
    t.slots.new.set(Some(islice_new));
}
static ISLICE: TypeSpec = TypeSpec {
    flags: BASETYPE,
    ..TypeSpec::new("islice", "itertools", setup_islice)
};
native_type!(pub islice_type, ISLICE);

// ---- zip_longest ----

#[derive(Default)]
pub struct ZipLongest {
    /// `None` entries are exhausted sources.
    its: Vec<Option<Value>>,
    active: usize,
    fill: Value,
}
impl Refs for ZipLongest {
    fn refs(&self, f: &mut dyn FnMut(&Value)) {
        self.its.iter().for_each(|v| opt(v, f));
        f(&self.fill);
    }
}
impl NativeIter for ZipLongest {
    fn next(c: &Cell<Self>, i: &mut dyn Interp) -> PyResult<Option<Value>> {
        let (its, fill) = {
            let s = c.get();
            if s.its.is_empty() || s.active == 0 {
                return Ok(None);
            }
            (s.its.clone(), s.fill.clone())
        };
        let mut out = Vec::with_capacity(its.len());
        for (k, it) in its.iter().enumerate() {
            let Some(it) = it else {
                out.push(fill.clone());
                continue;
            };
            match protocol::next(i, it) {
                Ok(Some(x)) => out.push(x),
                Ok(None) => {
                    let mut s = c.get_mut();
                    s.active = s.active.saturating_sub(1);
                    if s.active == 0 {
                        return Ok(None);
                    }
                    if let Some(slot) = s.its.get_mut(k) {
                        *slot = None;
                    }
                    out.push(fill.clone());
                }
                Err(e) => {
                    c.get_mut().active = 0;
                    return Err(e);
                }
            }
        }
        Ok(Some(new_tuple(out)))
    }
}
fn setup_zip_longest(t: &TypeData) {
    iter_slots::<ZipLongest>(t);
    t.slots.new.set(Some(|i, cls, args| {
        let mut fill = Value::None;
        let kws: Vec<_> = args.kwargs().collect();
        if !kws.is_empty() {
            match kws.as_slice() {
                [(k, v)] if k.as_str_data().and_then(|s| s.as_str()) == Some("fillvalue") => {
                    fill = (*v).clone();
                }
                _ => {
                    return Err(type_error(
                        "zip_longest() got an unexpected keyword argument",
                    ))
                }
            }
        }
        let mut its = Vec::new();
        for a in args.pos() {
            its.push(Some(protocol::iter(i, a)?));
        }
        let active = its.len();
        Ok(new_native(
            cls.clone(),
            Cell::new(ZipLongest { its, active, fill }),
        ))
    }));
}
static ZIP_LONGEST: TypeSpec = TypeSpec {
    flags: BASETYPE,
    ..TypeSpec::new("zip_longest", "itertools", setup_zip_longest)
};
native_type!(pub zip_longest_type, ZIP_LONGEST);
