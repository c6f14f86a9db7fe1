//! The `__dict__` of instances of user subclasses of builtin types (`class L(list)`),
//! whose payload is the builtin's and so has no room for one. They live in a side table
//! keyed by object address; each entry holds a `Weak` to its object, which keeps the
//! allocation (and so the address) from being reused while the entry exists. Entries of
//! dead objects are swept as the table grows.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use crate::object::{ObjRef, PyObject};
use crate::types::dict::{new_dict, DictData};
use crate::value::Value;

struct Table {
    map: HashMap<usize, (Weak<PyObject>, Value)>,
    /// Sweep when the table reaches this size.
    next_sweep: usize,
}

thread_local! {
    static TABLE: RefCell<Table> = RefCell::new(Table { map: HashMap::new(), next_sweep: 64 });
}

fn key(o: &ObjRef) -> usize {
    Rc::as_ptr(o) as usize
}

/// The side dict of `o`, if one was created.
pub fn get(o: &ObjRef) -> Option<Value> {
    TABLE.with(|t| {
        let t = t.borrow();
        let (w, d) = t.map.get(&key(o))?;
        (w.as_ptr() == Rc::as_ptr(o)).then(|| d.clone())
    })
}

/// The side dict of `o`, created empty on first use.
pub fn get_or_create(o: &ObjRef) -> Value {
    if let Some(d) = get(o) {
        return d;
    }
    let d = new_dict(DictData::new());
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        if t.map.len() >= t.next_sweep {
            t.map.retain(|_, (w, _)| w.strong_count() > 0);
            t.next_sweep = (t.map.len() * 2).max(64);
        }
        t.map.insert(key(o), (Rc::downgrade(o), d.clone()));
    });
    d
}
