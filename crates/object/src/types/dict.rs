//! `dict`: CPython's compact ordered dict. Entries are kept in insertion order in
//! `entries`; `indices` is the open-addressing table (CPython's probe sequence) pointing
//! into it. Keys are hashed through the hash slot and compared through `richcompare`;
//! str and int keys take a native fast path that never runs Python code.

use std::cell::RefCell;

use crate::args::Args;
use crate::error::{key_error, type_error, PyResult};
use crate::interp::Interp;
use crate::method;
use crate::object::{ObjRef, Payload, PyObject};
use crate::protocol;
use crate::typeobj::{CmpOp, TypeData};
use crate::types::str::{new_str, str_eq};
use crate::types::{builtin_types, hash_secret, MethodDef};
use crate::value::Value;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
struct Entry {
    hash: i64,
    /// `Value::Null` for a deleted entry.
    key: Value,
    value: Value,
}

/// The table of a dict (also used for type and instance `__dict__`s).
#[derive(Clone, Default)]
pub struct DictData {
    indices: Vec<u32>,
    entries: Vec<Entry>,
    used: usize,
    /// Changed by every mutation of the key layout (insert, delete, resize, clear; not a
    /// value replacement): a lookup that ran Python code restarts if it changed. Each new
    /// value is unique among all dicts (`next_version`), so `LOAD_GLOBAL`'s cache can key
    /// an entry index on it.
    version: u64,
}

thread_local! {
    static DICT_VERSION: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A dict version never handed out before (0 is the version of a new, empty dict).
#[inline]
fn next_version() -> u64 {
    DICT_VERSION.with(|c| {
        let v = c.get() + 1;
        c.set(v);
        v
    })
}

/// Native key equality when it needs no Python code: `Some(answer)`, or `None` when a
/// `__eq__` must be called.
#[inline]
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Obj(x), Value::Obj(y)) => {
            if std::rc::Rc::ptr_eq(x, y) {
                return Some(true);
            }
            match (&x.payload, &y.payload) {
                (Payload::Str(p), Payload::Str(q)) => Some(str_eq(p, q)),
                (Payload::Str(_), Payload::Int(_)) | (Payload::Int(_), Payload::Str(_)) => {
                    Some(false)
                }
                (Payload::Int(p), Payload::Int(q)) => Some(p == q),
                _ => None,
            }
        }
        (Value::Obj(x), Value::Int(_) | Value::None | Value::Bool(_) | Value::Float(_))
        | (Value::Int(_) | Value::None | Value::Bool(_) | Value::Float(_), Value::Obj(x))
            if matches!(x.payload, Payload::Str(_)) =>
        {
            Some(false)
        }
        (Value::None, Value::None) => Some(true),
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::Int(x), Value::Bool(y)) | (Value::Bool(y), Value::Int(x)) => {
            Some(*x == i64::from(*y))
        }
        // Identity first, as PyObject_RichCompareBool: a NaN is equal to itself here
        // (`n in [n]`, `d[n]`), since unboxed floats with the same bits are `is`.
        (Value::Float(x), Value::Float(y)) => Some(x.to_bits() == y.to_bits() || x == y),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => {
            Some(crate::types::float::int_float_cmp(*x, *y) == Some(std::cmp::Ordering::Equal))
        }
        (Value::None, Value::Int(_) | Value::Bool(_) | Value::Float(_))
        | (Value::Int(_) | Value::Bool(_) | Value::Float(_), Value::None) => Some(false),
        _ => None,
    }
}

impl DictData {
    pub fn new() -> DictData {
        DictData::default()
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    pub fn version(&self) -> u64 {
        self.version
    }

    /// Probes for `hash`; calls `visit(entry_index)` for each candidate with an equal
    /// hash until it returns `Some`. Returns the slot where a new key would go as `Err`.
    fn probe(
        &self,
        hash: i64,
        mut visit: impl FnMut(usize) -> Option<bool>,
    ) -> Result<usize, usize> {
        let mask = self.indices.len().wrapping_sub(1);
        if self.indices.is_empty() {
            return Err(usize::MAX);
        }
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut free = None;
        loop {
            match self.indices[i] {
                EMPTY => return Err(free.unwrap_or(i)),
                DUMMY => {
                    free.get_or_insert(i);
                }
                ix => {
                    let e = &self.entries[ix as usize];
                    if e.hash == hash && visit(ix as usize) == Some(true) {
                        return Ok(ix as usize);
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    /// Entry index of a key that [`fast_eq`] can decide; `Err(None)` if absent, `Err(Some)`
    /// if a Python `__eq__` would be needed.
    fn find_fast(&self, key: &Value, hash: i64) -> Result<usize, Option<()>> {
        let mut undecided = false;
        match self.probe(hash, |ix| {
            let r = fast_eq(&self.entries[ix].key, key);
            if r.is_none() {
                undecided = true;
            }
            r
        }) {
            Ok(ix) => Ok(ix),
            Err(_) if undecided => Err(Some(())),
            Err(_) => Err(None),
        }
    }

    fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        if self.entries.len() + 1 > self.indices.len() * 2 / 3 {
            self.resize((self.used + 1) * 3);
        }
        let slot = match self.probe(hash, |_| Some(false)) {
            Err(slot) => slot,
            Ok(_) => return,
        };
        self.indices[slot] = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
        self.version = next_version();
    }

    fn resize(&mut self, min: usize) {
        let mut size = 8;
        while size <= min {
            size *= 2;
        }
        self.entries.retain(|e| !e.key.is_null());
        self.indices = vec![EMPTY; size];
        let mask = size - 1;
        for (n, e) in self.entries.iter().enumerate() {
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while self.indices[i] != EMPTY {
                perturb >>= PERTURB_SHIFT;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(perturb as usize)
                    .wrapping_add(1))
                    & mask;
            }
            self.indices[i] = n as u32;
        }
        self.version = next_version();
    }

    fn remove_at(&mut self, ix: usize) -> Value {
        let e = &mut self.entries[ix];
        let hash = e.hash;
        e.key = Value::Null;
        let v = std::mem::take(&mut e.value);
        // Mark the index slot pointing at `ix` as a dummy.
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if self.indices[i] == ix as u32 {
                self.indices[i] = DUMMY;
                break;
            }
            if self.indices[i] == EMPTY {
                break;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        self.used -= 1;
        self.version = next_version();
        v
    }

    // ---- str keys: never run Python code (type dicts, globals, instance dicts) ----

    /// The value of a str key (non-str keys with the same hash count as different).
    pub fn get_str_key(&self, key: &Value) -> Option<Value> {
        let s = key.as_str_data()?;
        let hash = s.hash();
        self.probe(hash, |ix| {
            Some(
                self.entries[ix]
                    .key
                    .as_str_data()
                    .is_some_and(|k| str_eq(k, s)),
            )
        })
        .ok()
        .map(|ix| self.entries[ix].value.clone())
    }

    /// The entry index of a str key, valid while `version()` is unchanged (for
    /// `value_at`).
    pub fn find_str_key(&self, key: &Value) -> Option<usize> {
        let s = key.as_str_data()?;
        self.probe(s.hash(), |ix| {
            Some(
                self.entries[ix]
                    .key
                    .as_str_data()
                    .is_some_and(|k| str_eq(k, s)),
            )
        })
        .ok()
    }

    /// The key and value of the live entry at `ix`: an index from `find_str_key` kept as
    /// a hint (the attribute caches), so the caller checks the key.
    #[inline]
    pub fn entry_at(&self, ix: usize) -> Option<(&Value, &Value)> {
        self.entries
            .get(ix)
            .filter(|e| !e.key.is_null())
            .map(|e| (&e.key, &e.value))
    }

    /// Replaces the value of the live entry at `ix` (the layout and version stay);
    /// returns the old value, for the caller to drop after releasing the borrow.
    #[inline]
    pub fn replace_value_at(&mut self, ix: usize, v: Value) -> Option<Value> {
        let e = self.entries.get_mut(ix).filter(|e| !e.key.is_null())?;
        Some(std::mem::replace(&mut e.value, v))
    }

    /// The value of the live entry at index `ix` (from `find_str_key`).
    #[inline]
    pub fn value_at(&self, ix: usize) -> Option<&Value> {
        self.entries
            .get(ix)
            .filter(|e| !e.key.is_null())
            .map(|e| &e.value)
    }

    /// The value of the key `name` (a Rust string).
    pub fn get_str(&self, name: &str) -> Option<Value> {
        let hash = hash_secret().hash_str(name);
        self.probe(hash, |ix| {
            Some(
                self.entries[ix]
                    .key
                    .as_str_data()
                    .is_some_and(|k| k.as_bytes() == name.as_bytes()),
            )
        })
        .ok()
        .map(|ix| self.entries[ix].value.clone())
    }

    /// Sets a str key.
    pub fn set_str_key(&mut self, key: Value, value: Value) {
        let Some(s) = key.as_str_data() else { return };
        let hash = s.hash();
        match self.probe(hash, |ix| {
            Some(
                self.entries[ix]
                    .key
                    .as_str_data()
                    .is_some_and(|k| str_eq(k, s)),
            )
        }) {
            Ok(ix) => self.entries[ix].value = value,
            Err(_) => self.insert_new(hash, key, value),
        }
    }

    pub fn remove_str_key(&mut self, key: &Value) -> Option<Value> {
        let s = key.as_str_data()?;
        let hash = s.hash();
        let ix = self
            .probe(hash, |ix| {
                Some(
                    self.entries[ix]
                        .key
                        .as_str_data()
                        .is_some_and(|k| str_eq(k, s)),
                )
            })
            .ok()?;
        Some(self.remove_at(ix))
    }

    // ---- iteration by position (iterators keep a position, as CPython's do) ----

    /// The live entry at or after position `pos`: `(next_pos, key, value)`.
    pub fn next_entry(&self, mut pos: usize) -> Option<(usize, Value, Value)> {
        while let Some(e) = self.entries.get(pos) {
            pos += 1;
            if !e.key.is_null() {
                return Some((pos, e.key.clone(), e.value.clone()));
            }
        }
        None
    }

    pub fn keys(&self) -> Vec<Value> {
        self.entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| e.key.clone())
            .collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| e.value.clone())
            .collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    /// Visits every key and value (the cycle collector's traversal; runs no Python code).
    pub fn for_each_ref(&self, f: &mut dyn FnMut(&Value)) {
        for e in self.entries.iter().filter(|e| !e.key.is_null()) {
            f(&e.key);
            f(&e.value);
        }
    }

    /// Moves every key and value into `out` (the cycle collector's clearing).
    pub fn into_refs(self, out: &mut Vec<Value>) {
        for e in self.entries {
            out.push(e.key);
            out.push(e.value);
        }
    }

    pub fn clear(&mut self) {
        *self = DictData {
            version: next_version(),
            ..DictData::default()
        };
    }

    /// Removes and returns the last item (`popitem`).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let ix = self.entries.iter().rposition(|e| !e.key.is_null())?;
        let k = self.entries[ix].key.clone();
        let v = self.remove_at(ix);
        Some((k, v))
    }
}

// ---- generic operations on a dict cell: may run Python code (`__hash__`, `__eq__`) ----

/// Finds the entry of `key`; runs `__eq__` with no borrow held and restarts if the dict
/// changed meanwhile (CPython's rule).
fn lookup(
    i: &mut dyn Interp,
    d: &RefCell<DictData>,
    key: &Value,
    hash: i64,
) -> PyResult<Option<usize>> {
    'restart: loop {
        match d.borrow().find_fast(key, hash) {
            Ok(ix) => return Ok(Some(ix)),
            Err(None) => return Ok(None),
            Err(Some(())) => {}
        }
        // Slow path: walk the candidates, calling __eq__ on each undecided one.
        let (version, candidates) = {
            let b = d.borrow();
            let mut c = Vec::new();
            let _ = b.probe(hash, |ix| {
                c.push((ix, b.entries[ix].key.clone()));
                Some(false)
            });
            (b.version, c)
        };
        for (ix, k) in candidates {
            let eq = match fast_eq(&k, key) {
                Some(r) => r,
                None => protocol::eq(i, &k, key)?,
            };
            if d.borrow().version != version {
                continue 'restart;
            }
            if eq {
                return Ok(Some(ix));
            }
        }
        return Ok(None);
    }
}

/// `d[key]` or `None` when absent.
pub fn dict_get(i: &mut dyn Interp, d: &RefCell<DictData>, key: &Value) -> PyResult<Option<Value>> {
    if let Some(s) = key.as_str_data() {
        if let Ok(ix) = d.borrow().find_fast(key, s.hash()) {
            return Ok(Some(d.borrow().entries[ix].value.clone()));
        }
    }
    let hash = protocol::hash(i, key)?;
    Ok(lookup(i, d, key, hash)?.and_then(|ix| d.borrow().entries.get(ix).map(|e| e.value.clone())))
}

/// `d[key] = value`.
pub fn dict_set(
    i: &mut dyn Interp,
    d: &RefCell<DictData>,
    key: Value,
    value: Value,
) -> PyResult<()> {
    let hash = protocol::hash(i, &key)?;
    match lookup(i, d, &key, hash)? {
        Some(ix) => {
            if let Some(e) = d.borrow_mut().entries.get_mut(ix) {
                e.value = value;
            }
        }
        None => d.borrow_mut().insert_new(hash, key, value),
    }
    Ok(())
}

/// `del d[key]`, returning the value, or `None` when absent.
pub fn dict_del(i: &mut dyn Interp, d: &RefCell<DictData>, key: &Value) -> PyResult<Option<Value>> {
    let hash = protocol::hash(i, key)?;
    match lookup(i, d, key, hash)? {
        Some(ix) => Ok(Some(d.borrow_mut().remove_at(ix))),
        None => Ok(None),
    }
}

/// A new dict object.
pub fn new_dict(data: DictData) -> Value {
    Value::Obj(PyObject::new(
        builtin_types().dict.clone(),
        Payload::Dict(Box::new(RefCell::new(data))),
    ))
}

/// The dict payload of `v`.
pub fn as_dict(v: &Value) -> Option<&RefCell<DictData>> {
    match v.payload()? {
        Payload::Dict(d) => Some(d),
        _ => None,
    }
}

fn this(v: &Value) -> PyResult<&RefCell<DictData>> {
    as_dict(v).ok_or_else(|| type_error("descriptor requires a 'dict' object"))
}

pub fn setup(t: &TypeData) {
    let s = &t.slots;
    s.getitem
        .set(Some(|i, d, k| match dict_get(i, this(d)?, k)? {
            Some(v) => Ok(v),
            // A subclass's `__missing__(key)` supplies absent keys.
            None => match crate::slot_dunders::user_special(d, "__missing__") {
                Some(f) => crate::slot_wrappers::call_attr(i, &f, d, std::slice::from_ref(k)),
                None => Err(key_error(k.clone())),
            },
        }));
    s.setitem.set(Some(|i, d, k, v| {
        let d = this(d)?;
        match v {
            Some(v) => dict_set(i, d, k.clone(), v),
            None => match dict_del(i, d, k)? {
                Some(_) => Ok(()),
                None => Err(key_error(k.clone())),
            },
        }
    }));
    s.contains
        .set(Some(|i, d, k| Ok(dict_get(i, this(d)?, k)?.is_some())));
    s.len.set(Some(|_, d| Ok(this(d)?.borrow().len())));
    s.bool_.set(Some(|_, d| Ok(!this(d)?.borrow().is_empty())));
    s.iter.set(Some(|_, d| {
        Ok(crate::types::iter::dict_iter(
            d,
            crate::types::iter::DictIterKind::Keys,
        ))
    }));
    s.repr.set(Some(dict_repr));
    s.richcompare.set(Some(dict_richcompare));
    s.new.set(Some(dict_new));
    s.init.set(Some(dict_init));
    crate::types::dict_ops::setup_operators(t);
}

fn dict_repr(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let Some(_guard) = crate::types::reprguard::enter(v) else {
        return Ok(crate::types::str::new_string("{...}".into()));
    };
    let items = this(v)?.borrow().items();
    let mut out = String::from("{");
    for (n, (k, val)) in items.iter().enumerate() {
        if n > 0 {
            out.push_str(", ");
        }
        out.push_str(&protocol::repr_string(i, k)?);
        out.push_str(": ");
        out.push_str(&protocol::repr_string(i, val)?);
    }
    out.push('}');
    Ok(crate::types::str::new_string(out))
}

fn dict_richcompare(
    i: &mut dyn Interp,
    a: &Value,
    b: &Value,
    op: CmpOp,
) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (as_dict(a), as_dict(b)) else {
        return Ok(None);
    };
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(None);
    }
    let mut equal = x.borrow().len() == y.borrow().len();
    if equal {
        for (k, v) in x.borrow().items() {
            match dict_get(i, y, &k)? {
                Some(w) if protocol::eq(i, &v, &w)? => {}
                _ => {
                    equal = false;
                    break;
                }
            }
        }
    }
    Ok(Some(Value::Bool(equal == (op == CmpOp::Eq))))
}

fn dict_new(_i: &mut dyn Interp, cls: &ObjRef, _args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Obj(PyObject::new(
        cls.clone(),
        Payload::Dict(Box::new(RefCell::new(DictData::new()))),
    )))
}

/// `d.update(other)`: a mapping (dict) or an iterable of pairs.
pub fn update_from(i: &mut dyn Interp, d: &RefCell<DictData>, other: &Value) -> PyResult<()> {
    if let Some(src) = as_dict(other) {
        let items = src.borrow().items();
        for (k, v) in items {
            dict_set(i, d, k, v)?;
        }
        return Ok(());
    }
    // A mapping (anything with `keys`, like CPython's PyDict_Merge): other[k] for each key.
    if let Ok(keys) = protocol::getattr_str(i, other, "keys") {
        let ks = protocol::call0(i, &keys, &[])?;
        for k in protocol::collect(i, &ks)? {
            let v = protocol::getitem(i, other, &k)?;
            dict_set(i, d, k, v)?;
        }
        return Ok(());
    }
    let items = protocol::collect(i, other)?;
    for (n, item) in items.iter().enumerate() {
        let pair = protocol::collect(i, item).map_err(|_| {
            type_error(format!(
                "cannot convert dictionary update sequence element #{n} to a sequence"
            ))
        })?;
        if pair.len() != 2 {
            return Err(crate::error::value_error(format!(
                "dictionary update sequence element #{n} has length {}; 2 is required",
                pair.len()
            )));
        }
        dict_set(i, d, pair[0].clone(), pair[1].clone())?;
    }
    Ok(())
}

fn dict_init(i: &mut dyn Interp, this_v: &Value, args: Args<'_>) -> PyResult<()> {
    let d = this(this_v)?;
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(type_error(format!(
            "dict expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    if let Some(src) = pos.first() {
        update_from(i, d, src)?;
    }
    for (k, v) in args.kwargs() {
        dict_set(i, d, k.clone(), v.clone())?;
    }
    Ok(())
}

fn get(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = crate::types::list::method_between(&args, "get", 1, 2)?;
    Ok(dict_get(i, this(&pos[0])?, &pos[1])?
        .unwrap_or_else(|| pos.get(2).cloned().unwrap_or(Value::None)))
}

fn setdefault(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = crate::types::list::method_between(&args, "setdefault", 1, 2)?;
    let d = this(&pos[0])?;
    if let Some(v) = dict_get(i, d, &pos[1])? {
        return Ok(v);
    }
    let dflt = pos.get(2).cloned().unwrap_or(Value::None);
    dict_set(i, d, pos[1].clone(), dflt.clone())?;
    Ok(dflt)
}

fn pop(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = crate::types::list::method_between(&args, "pop", 1, 2)?;
    match dict_del(i, this(&pos[0])?, &pos[1])? {
        Some(v) => Ok(v),
        None => pos.get(2).cloned().ok_or_else(|| key_error(pos[1].clone())),
    }
}

fn popitem(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = crate::types::list::no_arg(&args, "dict.popitem")?;
    match this(&pos[0])?.borrow_mut().pop_last() {
        Some((k, v)) => Ok(crate::types::tuple::new_tuple(vec![k, v])),
        None => Err(crate::error::new_error(
            &builtin_types().exc.key_error,
            "popitem(): dictionary is empty",
        )),
    }
}

fn view(args: Args<'_>, kind: crate::types::iter::DictIterKind, name: &str) -> PyResult<Value> {
    let pos = args.exact(name, 1)?;
    this(&pos[0])?;
    Ok(crate::types::iter::dict_view(&pos[0], kind))
}

fn keys(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    view(args, crate::types::iter::DictIterKind::Keys, "keys")
}
fn values(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    view(args, crate::types::iter::DictIterKind::Values, "values")
}
fn items(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    view(args, crate::types::iter::DictIterKind::Items, "items")
}

fn update(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    let Some(first) = pos.first() else {
        return Err(type_error(
            "descriptor 'update' of 'dict' object needs an argument",
        ));
    };
    this(first)?;
    if args.pos().len() > 2 {
        return Err(type_error(format!(
            "update expected at most 1 argument, got {}",
            args.pos().len() - 1
        )));
    }
    dict_init(i, first, args.skip_self())?;
    Ok(Value::None)
}

fn copy(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = crate::types::list::no_arg(&args, "dict.copy")?;
    Ok(new_dict(this(&pos[0])?.borrow().clone()))
}

fn clear(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = crate::types::list::no_arg(&args, "dict.clear")?;
    this(&pos[0])?.borrow_mut().clear();
    Ok(Value::None)
}

pub static METHODS: &[MethodDef] = &[
    method!("get", get),
    method!("setdefault", setdefault),
    method!("pop", pop),
    method!("popitem", popitem),
    method!("keys", keys),
    method!("values", values),
    method!("items", items),
    method!("update", update),
    method!("copy", copy),
    method!("clear", clear),
];

/// A str-keyed lookup by Rust name on a dict value (globals, builtins).
pub fn get_by_name(d: &Value, name: &str) -> Option<Value> {
    as_dict(d)?.borrow().get_str(name)
}

/// Sets `d[name] = v` with a Rust-string key.
pub fn set_by_name(d: &Value, name: &str, v: Value) {
    if let Some(d) = as_dict(d) {
        d.borrow_mut().set_str_key(new_str(name), v);
    }
}
