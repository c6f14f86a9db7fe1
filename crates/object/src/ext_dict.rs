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

/// Hashes an (address, which) key with one multiply (SipHash cost more than the rest
/// of an attribute access).
#[derive(Default)]
struct AddrHasher(u64);

impl std::hash::Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        // The multiply leaves the low bits (the table index) depending only on the
        // key's low bits, which are zero for aligned addresses: fold the high bits in.
        self.0 ^ (self.0 >> 29)
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.write_u64(*b as u64);
        }
    }
    fn write_u8(&mut self, n: u8) {
        self.write_u64(n as u64);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

type Map = HashMap<(usize, u8), (Weak<PyObject>, Value), std::hash::BuildHasherDefault<AddrHasher>>;

struct Table {
    /// Keyed by (address, which): which 0 is the `__dict__`, 1 the `__slots__` storage.
    map: Map,
    /// Sweep when the table reaches this size.
    next_sweep: usize,
}

thread_local! {
    static TABLE: RefCell<Table> = RefCell::new(Table { map: Map::default(), next_sweep: 64 });
}

fn key(o: &ObjRef, which: u8) -> (usize, u8) {
    (Rc::as_ptr(o) as usize, which)
}

/// Drops the entries of dead objects (run after each cycle collection, so the dicts of
/// objects freed since are released too).
pub fn sweep() {
    TABLE.with(|t| {
        // The dropped dicts can hold anything: release them outside the borrow.
        let dead: Vec<Value> = {
            let mut t = t.borrow_mut();
            let keys: Vec<(usize, u8)> = t
                .map
                .iter()
                .filter(|(_, (w, _))| w.strong_count() == 0)
                .map(|(k, _)| *k)
                .collect();
            keys.iter()
                .filter_map(|k| t.map.remove(k).map(|(_, d)| d))
                .collect()
        };
        drop(dead);
    });
}

/// The side dict of `o`, if one was created.
pub fn get(o: &ObjRef) -> Option<Value> {
    get_which(o, 0)
}

/// The `__slots__` member storage of `o`, if created.
pub fn get_slots(o: &ObjRef) -> Option<Value> {
    get_which(o, 1)
}

fn get_which(o: &ObjRef, which: u8) -> Option<Value> {
    TABLE.with(|t| {
        let t = t.borrow();
        let (w, d) = t.map.get(&key(o, which))?;
        (w.as_ptr() == Rc::as_ptr(o)).then(|| d.clone())
    })
}

/// The side dict of `o`, created empty on first use.
pub fn get_or_create(o: &ObjRef) -> Value {
    get_or_create_which(o, 0)
}

/// The `__slots__` member storage of `o`, created empty on first use.
pub fn slots_or_create(o: &ObjRef) -> Value {
    get_or_create_which(o, 1)
}

fn get_or_create_which(o: &ObjRef, which: u8) -> Value {
    if let Some(d) = get_which(o, which) {
        return d;
    }
    let d = new_dict(DictData::new());
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        if t.map.len() >= t.next_sweep {
            t.map.retain(|_, (w, _)| w.strong_count() > 0);
            t.next_sweep = (t.map.len() * 2).max(64);
        }
        t.map.insert(key(o, which), (Rc::downgrade(o), d.clone()));
    });
    d
}
