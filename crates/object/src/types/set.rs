//! `set` and `frozenset`: CPython's set table ([`krait_loader::settable::SetTable`], the
//! same code `dis` uses for frozenset constants), so iteration order equals CPython's for
//! the same sequence of insertions and deletions.
//!
//! This file holds the entry-level primitives (`set_add_entry`, `set_contains_entry`,
//! `set_discard_entry`, `set_merge`, `set_update_internal`); the operations and methods
//! are in `set_ops.rs`. Keys are compared with no borrow of the table held: a lookup
//! copies the candidate key, compares, and restarts when the table was replaced or the
//! candidate slot changed meanwhile (CPython's rule).

use std::cell::{Cell, RefCell};

use krait_loader::settable::{Probe, SetTable};

use crate::error::{type_error, PyResult};
use crate::interp::Interp;
use crate::object::{ObjRef, Payload, PyObject};
use crate::protocol;
use crate::typeobj::is_subtype;
use crate::types::builtin_types;
use crate::types::dict::fast_eq;
use crate::value::Value;

pub struct SetData {
    pub table: SetTable<Value>,
    /// A frozenset's hash, once computed.
    pub hash: Cell<Option<i64>>,
}

impl SetData {
    pub fn new() -> SetData {
        SetData {
            table: SetTable::new(),
            hash: Cell::new(None),
        }
    }
}

impl Default for SetData {
    fn default() -> Self {
        SetData::new()
    }
}

pub type SetCell = RefCell<SetData>;

/// A new, empty set (or frozenset, by `cls`).
pub fn new_empty(cls: &ObjRef) -> Value {
    Value::Obj(PyObject::new(
        cls.clone(),
        Payload::Set(Box::new(RefCell::new(SetData::new()))),
    ))
}

/// The table of a set or frozenset (or subclass instance).
pub fn as_set(v: &Value) -> Option<&SetCell> {
    match v.payload()? {
        Payload::Set(s) => Some(s),
        _ => None,
    }
}

/// `PySet_Check`: a set (not a frozenset), subclasses included.
pub fn is_mutable_set(v: &Value) -> bool {
    as_set(v).is_some() && is_subtype(&v.class(), &builtin_types().set)
}

/// `make_new_set_basetype`: `set` for set subclasses, `frozenset` otherwise.
pub fn base_type(v: &Value) -> ObjRef {
    let t = builtin_types();
    if is_subtype(&v.class(), &t.set) {
        t.set.clone()
    } else {
        t.frozenset.clone()
    }
}

/// A lookup's outcome: the slot of the equal key, or where it would be inserted.
enum Found {
    At(usize),
    Vacant(usize),
}

/// `set_lookkey`: compares candidates with no borrow held; restarts when the table was
/// replaced or the candidate's slot changed during a comparison.
fn lookup(i: &mut dyn Interp, s: &SetCell, key: &Value, hash: i64) -> PyResult<Found> {
    'restart: loop {
        let mut cur = s.borrow().table.cursor(hash);
        loop {
            let (slot, cand, generation) = {
                let b = s.borrow();
                match b.table.next_candidate(&mut cur) {
                    Probe::Vacant(slot) => return Ok(Found::Vacant(slot)),
                    Probe::Candidate(slot, k) => match fast_eq(k, key) {
                        Some(true) => return Ok(Found::At(slot)),
                        Some(false) => continue,
                        None => (slot, k.clone(), b.table.generation()),
                    },
                }
            };
            let eq = protocol::eq(i, &cand, key)?;
            {
                let b = s.borrow();
                let unchanged = b.table.generation() == generation
                    && b.table.key_at(slot).is_some_and(|k| k.is(&cand));
                if !unchanged {
                    continue 'restart;
                }
            }
            if eq {
                return Ok(Found::At(slot));
            }
        }
    }
}

/// `set_add_entry`.
pub fn add_entry(i: &mut dyn Interp, s: &SetCell, key: Value, hash: i64) -> PyResult<()> {
    if let Found::Vacant(slot) = lookup(i, s, &key, hash)? {
        let mut b = s.borrow_mut();
        b.table.insert_at(slot, hash, key);
        b.hash.set(None);
    }
    Ok(())
}

/// `set_contains_entry`.
pub fn contains_entry(i: &mut dyn Interp, s: &SetCell, key: &Value, hash: i64) -> PyResult<bool> {
    Ok(matches!(lookup(i, s, key, hash)?, Found::At(_)))
}

/// `set_discard_entry`: whether the key was there.
pub fn discard_entry(i: &mut dyn Interp, s: &SetCell, key: &Value, hash: i64) -> PyResult<bool> {
    match lookup(i, s, key, hash)? {
        Found::At(slot) => {
            // The old key is dropped after the borrow ends (its __del__ may run code).
            let old = s.borrow_mut().table.remove_at(slot);
            drop(old);
            Ok(true)
        }
        Found::Vacant(_) => Ok(false),
    }
}

pub fn add_key(i: &mut dyn Interp, s: &SetCell, key: Value) -> PyResult<()> {
    let hash = protocol::hash(i, &key)?;
    add_entry(i, s, key, hash)
}

/// The hash of a key for `in`/`remove`/`discard`: an unhashable set is looked up as the
/// equal frozenset (`set_contains`'s retry).
fn key_hash(i: &mut dyn Interp, key: &Value) -> PyResult<(Value, i64)> {
    match protocol::hash(i, key) {
        Ok(h) => Ok((key.clone(), h)),
        Err(e) if is_mutable_set(key) && e.matches(&builtin_types().exc.type_error) => {
            let frozen = new_from(i, &builtin_types().frozenset, Some(key))?;
            let h = protocol::hash(i, &frozen)?;
            Ok((frozen, h))
        }
        Err(e) => Err(e),
    }
}

/// `set_contains` (with the frozenset retry).
pub fn contains_key(i: &mut dyn Interp, s: &SetCell, key: &Value) -> PyResult<bool> {
    let (key, hash) = key_hash(i, key)?;
    contains_entry(i, s, &key, hash)
}

/// `set_discard_key` (with the frozenset retry).
pub fn discard_key(i: &mut dyn Interp, s: &SetCell, key: &Value) -> PyResult<bool> {
    let (key, hash) = key_hash(i, key)?;
    discard_entry(i, s, &key, hash)
}

/// The `(hash, key)` entries in iteration order (a snapshot: comparisons may mutate).
pub fn entries(s: &SetCell) -> Vec<(i64, Value)> {
    s.borrow()
        .table
        .iter()
        .map(|(h, k)| (h, k.clone()))
        .collect()
}

/// `set_merge`: adds every key of another set.
pub fn merge(i: &mut dyn Interp, s: &SetCell, other: &SetCell) -> PyResult<()> {
    if std::ptr::eq(s, other) || other.borrow().table.is_empty() {
        return Ok(());
    }
    let other_table = other.borrow().table.clone();
    {
        let mut b = s.borrow_mut();
        b.hash.set(None);
        b.table.reserve_for(other_table.len());
        if b.table.merge_into_empty(&other_table) {
            return Ok(());
        }
    }
    for (h, k) in other_table.iter() {
        add_entry(i, s, k.clone(), h)?;
    }
    Ok(())
}

/// `set_update_internal`: a set, a dict (its keys) or any iterable.
pub fn update_internal(i: &mut dyn Interp, s: &SetCell, other: &Value) -> PyResult<()> {
    if let Some(o) = as_set(other) {
        return merge(i, s, o);
    }
    if let (Some(d), true) = (
        crate::types::dict::as_dict(other),
        other
            .as_obj()
            .is_some_and(|o| std::rc::Rc::ptr_eq(&o.class(), &builtin_types().dict)),
    ) {
        let keys = d.borrow().keys();
        s.borrow_mut().table.reserve_for(keys.len());
        for k in keys {
            add_key(i, s, k)?;
        }
        return Ok(());
    }
    let it = protocol::iter(i, other)?;
    while let Some(k) = protocol::next(i, &it)? {
        add_key(i, s, k)?;
    }
    Ok(())
}

/// `make_new_set(cls, iterable)`.
pub fn new_from(i: &mut dyn Interp, cls: &ObjRef, iterable: Option<&Value>) -> PyResult<Value> {
    let v = new_empty(cls);
    if let (Some(src), Some(s)) = (iterable, as_set(&v)) {
        update_internal(i, s, src)?;
    }
    Ok(v)
}

/// A set value from already collected items (BUILD_SET).
pub fn set_from_values(i: &mut dyn Interp, items: Vec<Value>) -> PyResult<Value> {
    let v = new_empty(&builtin_types().set);
    if let Some(s) = as_set(&v) {
        for k in items {
            add_key(i, s, k)?;
        }
    }
    Ok(v)
}

/// The set of `v`, or the "descriptor requires" error.
pub fn this<'a>(v: &'a Value, name: &str) -> PyResult<&'a SetCell> {
    as_set(v).ok_or_else(|| type_error(format!("descriptor requires a '{name}' object")))
}

/// `hash(frozenset)`, cached.
pub fn frozenset_hash(s: &SetCell) -> i64 {
    let b = s.borrow();
    if let Some(h) = b.hash.get() {
        return h;
    }
    let h = krait_loader::settable::frozenset_hash(b.table.iter().map(|(h, _)| h));
    b.hash.set(Some(h));
    h
}

/// The hash of a constant (int, float, str, tuple and frozenset of them, ...) computed
/// without running Python code; identity-based for anything else.
fn const_hash(v: &Value) -> i64 {
    use crate::hash;
    match v {
        Value::Int(n) => hash::hash_i64(*n),
        Value::Bool(b) => i64::from(*b),
        Value::Float(f) => hash::hash_f64(*f),
        Value::Null | Value::None => hash::hash_pointer(v.id() as usize),
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) => s.hash(),
            Payload::Bytes(b) => crate::types::hash_secret().hash_bytes(b),
            Payload::Int(b) => hash::hash_bigint(b),
            Payload::Tuple(items) => {
                hash::hash_tuple(items.iter().map(const_hash).collect::<Vec<_>>().into_iter())
            }
            Payload::Set(s) => frozenset_hash(s),
            _ => hash::hash_pointer(v.id() as usize),
        },
    }
}

/// A frozenset constant: the (distinct) items added in the order given, as CPython's
/// marshal adds them, so the table comes out as CPython's.
pub fn frozenset_from_consts(items: Vec<Value>) -> Value {
    let v = new_empty(&builtin_types().frozenset);
    if let Some(s) = as_set(&v) {
        let mut b = s.borrow_mut();
        for k in items {
            let h = const_hash(&k);
            b.table.add_distinct(h, k);
        }
    }
    v
}
