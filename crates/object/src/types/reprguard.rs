//! `Py_ReprEnter`/`Py_ReprLeave`: the containers whose repr is in progress on this thread,
//! so a container that contains itself prints `[...]`, `{...}`, `set(...)`.

use std::cell::RefCell;

use crate::value::Value;

thread_local! {
    static IN_REPR: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Leaves the repr of its object when dropped.
pub struct Guard(usize);

impl Drop for Guard {
    fn drop(&mut self) {
        IN_REPR.with(|r| {
            let mut r = r.borrow_mut();
            if let Some(p) = r.iter().rposition(|&x| x == self.0) {
                r.remove(p);
            }
        });
    }
}

/// Enters the repr of `v`: `None` when it is already in progress (a recursive repr).
pub fn enter(v: &Value) -> Option<Guard> {
    let id = v.id() as usize;
    IN_REPR.with(|r| {
        let mut r = r.borrow_mut();
        if r.contains(&id) {
            return None;
        }
        r.push(id);
        Some(Guard(id))
    })
}
