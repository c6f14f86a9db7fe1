//! The builtin iterators (`list_iterator`, `tuple_iterator`, `range_iterator`,
//! `str_iterator`, `dict_keyiterator` …, `enumerate`, `zip`) and dict views. Iterator
//! state is in `Cell`s; `next` returns `None` at exhaustion (no StopIteration object).

use std::cell::{Cell, RefCell};

use crate::args::Args;
use crate::error::{runtime_error, type_error, PyResult};
use crate::interp::Interp;
use crate::object::{ObjRef, Payload, PyObject};
use crate::protocol;
use crate::typeobj::TypeData;
use crate::types::builtin_types;
use crate::types::str::{new_str_data, new_string, StrData};
use crate::types::tuple::new_tuple;
use crate::value::Value;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

pub enum IterData {
    /// Over a list or tuple; `idx == usize::MAX` once exhausted (the sequence is then
    /// never looked at again, like CPython dropping its reference).
    Seq {
        seq: Value,
        idx: Cell<usize>,
    },
    ListReverse {
        seq: Value,
        idx: Cell<isize>,
    },
    Range {
        next: Cell<i64>,
        remaining: Cell<u64>,
        step: i64,
    },
    /// Over a str: the byte position of the next code point.
    Str {
        s: Value,
        pos: Cell<usize>,
    },
    Dict {
        dict: Value,
        pos: Cell<usize>,
        kind: DictIterKind,
        len: usize,
    },
    /// Over a set or frozenset: the next slot, and the size it must keep (`-1` once it
    /// changed: the error is sticky, like CPython's).
    Set {
        set: Value,
        pos: Cell<usize>,
        used: Cell<isize>,
    },
    Enumerate {
        it: Value,
        count: Cell<i64>,
    },
    Zip {
        its: Box<[Value]>,
        strict: bool,
    },
    /// `iter(callable, sentinel)` and other lazily produced sequences: a materialized list.
    Values {
        items: RefCell<std::vec::IntoIter<Value>>,
    },
    /// `map`, `filter`, `reversed`, `callable_iterator` (types/functional.rs).
    Func(Box<crate::types::functional::FuncIter>),
}

impl IterData {
    /// The items left, where cheaply known (`__length_hint__` of list, tuple, range and
    /// str iterators; `operator.length_hint` uses it).
    pub fn length_hint(&self) -> Option<usize> {
        match self {
            IterData::Seq { seq, idx } => {
                let k = idx.get();
                let n = match seq.payload() {
                    Some(Payload::List(l)) => l.borrow().len(),
                    Some(Payload::Tuple(t)) => t.len(),
                    _ => 0,
                };
                Some(if k == usize::MAX {
                    0
                } else {
                    n.saturating_sub(k)
                })
            }
            IterData::ListReverse { seq, idx } => {
                let n = match seq.payload() {
                    Some(Payload::List(l)) => l.borrow().len() as isize,
                    _ => 0,
                };
                let k = idx.get();
                Some(if k < 0 || k >= n { 0 } else { (k + 1) as usize })
            }
            IterData::Range { remaining, .. } => usize::try_from(remaining.get()).ok(),
            IterData::Str { s, pos } => {
                let rest = s.as_str_data()?.as_bytes().get(pos.get()..)?;
                Some(rest.iter().filter(|&&b| (b & 0xC0) != 0x80).count())
            }
            _ => None,
        }
    }

    /// The next item, `None` when exhausted.
    #[inline]
    pub fn next(&self, i: &mut dyn Interp) -> PyResult<Option<Value>> {
        match self {
            IterData::Seq { seq, idx } => {
                let k = idx.get();
                let item = match seq.payload() {
                    Some(Payload::List(l)) => l.borrow().get(k).cloned(),
                    Some(Payload::Tuple(t)) => t.get(k).cloned(),
                    _ => None,
                };
                idx.set(if item.is_some() { k + 1 } else { usize::MAX });
                Ok(item)
            }
            IterData::ListReverse { seq, idx } => {
                let k = idx.get();
                let item = match seq.payload() {
                    Some(Payload::List(l)) if k >= 0 => l.borrow().get(k as usize).cloned(),
                    _ => None,
                };
                idx.set(if item.is_some() { k - 1 } else { -1 });
                Ok(item)
            }
            IterData::Range {
                next,
                remaining,
                step,
            } => {
                let r = remaining.get();
                if r == 0 {
                    return Ok(None);
                }
                remaining.set(r - 1);
                let v = next.get();
                next.set(v.wrapping_add(*step));
                Ok(Some(Value::Int(v)))
            }
            IterData::Str { s, pos } => {
                let Some(d) = s.as_str_data() else {
                    return Ok(None);
                };
                let bytes = d.as_bytes();
                let p = pos.get();
                let Some(&b0) = bytes.get(p) else {
                    return Ok(None);
                };
                let n = match b0 {
                    0x00..=0x7F => 1,
                    0xC0..=0xDF => 2,
                    0xE0..=0xEF => 3,
                    _ => 4,
                };
                let end = (p + n).min(bytes.len());
                pos.set(end);
                Ok(Some(new_str_data(StrData::from_wtf8(&bytes[p..end]))))
            }
            IterData::Dict {
                dict,
                pos,
                kind,
                len,
            } => {
                let Some(d) = crate::types::dict::as_dict(dict) else {
                    return Ok(None);
                };
                let b = d.borrow();
                if b.len() != *len {
                    pos.set(usize::MAX);
                    return Err(runtime_error("dictionary changed size during iteration"));
                }
                if pos.get() == usize::MAX {
                    return Ok(None);
                }
                match b.next_entry(pos.get()) {
                    Some((p, k, v)) => {
                        pos.set(p);
                        Ok(Some(match kind {
                            DictIterKind::Keys => k,
                            DictIterKind::Values => v,
                            DictIterKind::Items => new_tuple(vec![k, v]),
                        }))
                    }
                    None => {
                        pos.set(usize::MAX);
                        Ok(None)
                    }
                }
            }
            IterData::Set { set, pos, used } => {
                let Some(s) = crate::types::set::as_set(set) else {
                    return Ok(None);
                };
                if pos.get() == usize::MAX {
                    return Ok(None);
                }
                let b = s.borrow();
                if used.get() != b.table.len() as isize {
                    used.set(-1);
                    return Err(runtime_error("Set changed size during iteration"));
                }
                match b.table.next_active(pos.get()) {
                    Some((p, _, k)) => {
                        pos.set(p);
                        Ok(Some(k.clone()))
                    }
                    None => {
                        pos.set(usize::MAX);
                        Ok(None)
                    }
                }
            }
            IterData::Enumerate { it, count } => match protocol::next(i, it)? {
                Some(x) => {
                    let c = count.get();
                    count.set(c + 1);
                    Ok(Some(new_tuple(vec![Value::Int(c), x])))
                }
                None => Ok(None),
            },
            IterData::Zip { its, strict } => {
                if its.is_empty() {
                    return Ok(None);
                }
                let mut items = Vec::with_capacity(its.len());
                for (k, it) in its.iter().enumerate() {
                    match protocol::next(i, it)? {
                        Some(x) => items.push(x),
                        None => {
                            if *strict {
                                if k > 0 {
                                    let plural = if k == 1 { "" } else { "s" };
                                    return Err(crate::error::value_error(format!(
                                        "zip() argument {} is shorter than argument{plural} 1{}",
                                        k + 1,
                                        if k == 1 {
                                            String::new()
                                        } else {
                                            format!("-{k}")
                                        }
                                    )));
                                }
                                for (m, other) in its.iter().enumerate().skip(1) {
                                    if protocol::next(i, other)?.is_some() {
                                        let plural = if m == 1 { "" } else { "s" };
                                        return Err(crate::error::value_error(format!(
                                            "zip() argument {} is longer than argument{plural} 1{}",
                                            m + 1,
                                            if m == 1 {
                                                String::new()
                                            } else {
                                                format!("-{m}")
                                            }
                                        )));
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(new_tuple(items)))
            }
            IterData::Values { items } => Ok(items.borrow_mut().next()),
            IterData::Func(f) => f.next(i),
        }
    }
}

pub(crate) fn new_iter(cls: &ObjRef, d: IterData) -> Value {
    Value::Obj(PyObject::new(cls.clone(), Payload::Iter(d)))
}

/// An iterator over a list or tuple value.
pub fn seq_iter(seq: &Value, cls: &ObjRef) -> Value {
    new_iter(
        cls,
        IterData::Seq {
            seq: seq.clone(),
            idx: Cell::new(0),
        },
    )
}

pub fn list_reverse_iter(seq: &Value, len: usize) -> Value {
    new_iter(
        &builtin_types().list_reverseiterator,
        IterData::ListReverse {
            seq: seq.clone(),
            idx: Cell::new(len as isize - 1),
        },
    )
}

pub fn range_iter(start: i64, stop: i64, step: i64) -> Value {
    new_iter(
        &builtin_types().range_iterator,
        IterData::Range {
            next: Cell::new(start),
            remaining: Cell::new(crate::types::range::range_len(start, stop, step)),
            step,
        },
    )
}

pub fn str_iter(_i: &mut dyn Interp, s: &Value) -> PyResult<Value> {
    let t = builtin_types();
    let ascii = s.as_str_data().is_some_and(|d| d.as_bytes().is_ascii());
    Ok(new_iter(
        if ascii {
            &t.str_ascii_iterator
        } else {
            &t.str_iterator
        },
        IterData::Str {
            s: s.clone(),
            pos: Cell::new(0),
        },
    ))
}

pub fn dict_iter(d: &Value, kind: DictIterKind) -> Value {
    let t = builtin_types();
    let cls = match kind {
        DictIterKind::Keys => &t.dict_keyiterator,
        DictIterKind::Values => &t.dict_valueiterator,
        DictIterKind::Items => &t.dict_itemiterator,
    };
    let len = crate::types::dict::as_dict(d).map_or(0, |x| x.borrow().len());
    new_iter(
        cls,
        IterData::Dict {
            dict: d.clone(),
            pos: Cell::new(0),
            kind,
            len,
        },
    )
}

/// An iterator over a set or frozenset.
pub fn set_iter(v: &Value) -> Value {
    let used = crate::types::set::as_set(v).map_or(0, |s| s.borrow().table.len());
    new_iter(
        &builtin_types().set_iterator,
        IterData::Set {
            set: v.clone(),
            pos: Cell::new(0),
            used: Cell::new(used as isize),
        },
    )
}

/// An iterator of class `cls` over already computed values.
pub fn values_iter_with(cls: &ObjRef, items: Vec<Value>) -> Value {
    new_iter(
        cls,
        IterData::Values {
            items: RefCell::new(items.into_iter()),
        },
    )
}

/// `reversed(d)` for a dict or dict view, with CPython's iterator types
/// (`dict_reversekeyiterator` ...); `None` for anything else.
pub fn reversed_dict(i: &mut dyn Interp, v: &Value) -> PyResult<Option<Value>> {
    let t = builtin_types();
    Ok(Some(match v.payload() {
        Some(Payload::Dict(d)) => {
            let mut keys = d.borrow().keys();
            keys.reverse();
            values_iter_with(&t.dict_reversekeyiterator, keys)
        }
        Some(Payload::DictView { dict, kind }) => {
            let dv = Value::Obj(dict.clone());
            let mut items = protocol::collect(i, &dict_iter(&dv, *kind))?;
            items.reverse();
            let cls = match kind {
                DictIterKind::Keys => &t.dict_reversekeyiterator,
                DictIterKind::Values => &t.dict_reversevalueiterator,
                DictIterKind::Items => &t.dict_reverseitemiterator,
            };
            values_iter_with(cls, items)
        }
        _ => return Ok(None),
    }))
}

/// An iterator over already computed values.
pub fn values_iter(items: Vec<Value>) -> Value {
    new_iter(
        &builtin_types().list_iterator,
        IterData::Values {
            items: RefCell::new(items.into_iter()),
        },
    )
}

pub fn setup_iter(t: &TypeData) {
    let s = &t.slots;
    s.iter.set(Some(|_, v| Ok(v.clone())));
    s.next.set(Some(|i, v| match v.payload() {
        Some(Payload::Iter(d)) => d.next(i),
        _ => Ok(None),
    }));
}

pub fn setup_enumerate(t: &TypeData) {
    setup_iter(t);
    t.slots.new.set(Some(|i, _, args: Args<'_>| {
        // CPython 3.11's enumerate_vectorcall, message for message.
        let nkw = args.kwnames.len();
        let all = args.values;
        let bad_kw = |k: &Value| {
            type_error(format!(
                "'{}' is an invalid keyword argument for enumerate()",
                k.as_str_data()
                    .map(|s| s.lossy().into_owned())
                    .unwrap_or_default()
            ))
        };
        let is_start = |k: &Value| crate::types::str::str_value_eq(k, "start");
        match (all.len(), nkw) {
            (0, _) => {
                return Err(type_error(
                    "enumerate() missing required argument 'iterable'",
                ))
            }
            (1, 1) => return Err(bad_kw(&args.kwnames[0])),
            (2, 1) if !is_start(&args.kwnames[0]) => return Err(bad_kw(&args.kwnames[0])),
            (2, 2) if is_start(&args.kwnames[0]) => return Err(bad_kw(&args.kwnames[0])),
            (1 | 2, _) => {}
            (n, _) => {
                return Err(type_error(format!(
                    "enumerate() takes at most 2 arguments ({n} given)"
                )))
            }
        }
        let iterable = &all[0];
        let start = match all.get(1) {
            Some(v) => protocol::index_i64(i, v)?,
            None => 0,
        };
        let it = protocol::iter(i, iterable)?;
        Ok(new_iter(
            &builtin_types().enumerate,
            IterData::Enumerate {
                it,
                count: Cell::new(start),
            },
        ))
    }));
}

pub fn setup_zip(t: &TypeData) {
    setup_iter(t);
    t.slots.new.set(Some(|i, _, args: Args<'_>| {
        let kw = crate::argparse::kwonly(&args, "zip", &["strict"])?;
        let strict = match &kw[0] {
            Some(v) => protocol::truthy(i, v)?,
            None => false,
        };
        let mut its = Vec::new();
        for a in args.pos() {
            its.push(protocol::iter(i, a)?);
        }
        Ok(new_iter(
            &builtin_types().zip,
            IterData::Zip {
                its: its.into_boxed_slice(),
                strict,
            },
        ))
    }));
}

/// `d.keys()` / `d.values()` / `d.items()`.
pub fn dict_view(d: &Value, kind: DictIterKind) -> Value {
    let t = builtin_types();
    let cls = match kind {
        DictIterKind::Keys => &t.dict_keys,
        DictIterKind::Values => &t.dict_values,
        DictIterKind::Items => &t.dict_items,
    };
    let Some(dict) = d.as_obj() else {
        return Value::None;
    };
    Value::Obj(PyObject::new(
        cls.clone(),
        Payload::DictView {
            dict: dict.clone(),
            kind,
        },
    ))
}

fn view_parts(v: &Value) -> Option<(Value, DictIterKind)> {
    match v.payload()? {
        Payload::DictView { dict, kind } => Some((Value::Obj(dict.clone()), *kind)),
        _ => None,
    }
}

pub fn setup_dict_view(t: &TypeData) {
    let s = &t.slots;
    s.iter.set(Some(|_, v| match view_parts(v) {
        Some((d, k)) => Ok(dict_iter(&d, k)),
        None => Err(type_error("not a dict view")),
    }));
    s.len.set(Some(|_, v| {
        Ok(view_parts(v)
            .and_then(|(d, _)| crate::types::dict::as_dict(&d).map(|x| x.borrow().len()))
            .unwrap_or(0))
    }));
    s.contains.set(Some(|i, v, x| {
        let Some((d, kind)) = view_parts(v) else {
            return Ok(false);
        };
        let Some(dd) = crate::types::dict::as_dict(&d) else {
            return Ok(false);
        };
        match kind {
            DictIterKind::Keys => Ok(crate::types::dict::dict_get(i, dd, x)?.is_some()),
            DictIterKind::Items => {
                let items = crate::types::tuple::tuple_items(x);
                if items.len() != 2 {
                    return Ok(false);
                }
                match crate::types::dict::dict_get(i, dd, &items[0])? {
                    Some(v) => protocol::eq(i, &v, &items[1]),
                    None => Ok(false),
                }
            }
            DictIterKind::Values => {
                let vals = dd.borrow().values();
                for v in &vals {
                    if protocol::eq(i, v, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }));
    s.repr.set(Some(|i, v| {
        let Some((d, kind)) = view_parts(v) else {
            return Ok(new_string(String::new()));
        };
        let it = dict_iter(&d, kind);
        let items = protocol::collect(i, &it)?;
        let inner = crate::types::tuple::seq_repr(i, &items, "[", "]")?;
        Ok(new_string(format!("{}({inner})", v.class_name())))
    }));
}
