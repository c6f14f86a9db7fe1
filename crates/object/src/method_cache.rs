//! The type attribute cache (CPython's `_PyType_Lookup` method cache): `TypeData::lookup`
//! results keyed by (type version tag, name object).
//!
//! Invariants (docs/dispatch.md, round 3):
//! - A type's version tag ([`TypeData::version`]) is non-zero only while its dict and the
//!   dicts of its whole MRO are unchanged since the tag was assigned: every change of a
//!   type dict goes through [`TypeDict::borrow_mut`], whose guard calls
//!   [`TypeData::modified`] when dropped, and `modified` clears the tag of the type and of
//!   every subclass (reached through `TypeData::subclasses`). A tag is assigned only when
//!   every base has one and lists the type among its subclasses, so clearing a base's tag
//!   always reaches every type whose MRO holds it.
//! - Tags come from one counter and are never reused, so an entry of a type that has been
//!   modified or freed can never match again.
//! - An entry holds its name *weakly*: the string dies as usual (the cache keeps no
//!   object alive), but its allocation, and so its address, cannot be reused by another
//!   string while the entry exists, which makes the address an exact key. The value is
//!   *borrowed*: it is owned by a type dict that cannot have changed while the entry's
//!   tag is current.

use std::cell::{Cell, Ref, RefCell, RefMut};
use std::mem::ManuallyDrop;

use std::rc::{Rc, Weak};

use crate::object::{ObjRef, PyObject};
use crate::protocol::td;
use crate::typeobj::TypeData;
use crate::types::dict::DictData;
use crate::value::Value;

const SIZE: usize = 4096;

struct Entry {
    version: u32,
    /// Compared by address only (see the module comment).
    name: Weak<PyObject>,
    /// Borrowed from the type dict that holds it (never dropped); `Value::Null` caches
    /// "not found".
    value: ManuallyDrop<Value>,
}

thread_local! {
    static CACHE: RefCell<Vec<Entry>> = const { RefCell::new(Vec::new()) };
    static NEXT_VERSION: Cell<u32> = const { Cell::new(1) };
}

#[inline]
fn slot(version: u32, name: &ObjRef) -> usize {
    ((version as usize) ^ ((Rc::as_ptr(name) as usize) >> 4)) & (SIZE - 1)
}

/// `lookup(name)` on a type with tag `version`, through the cache.
#[inline]
pub(crate) fn cached(t: &TypeData, version: u32, name: &ObjRef) -> Option<Value> {
    let hit = CACHE.with(|c| {
        let c = c.try_borrow().ok()?;
        let e = c.get(slot(version, name))?;
        (e.version == version && std::ptr::eq(e.name.as_ptr(), Rc::as_ptr(name)))
            .then(|| (*e.value).clone())
    });
    if let Some(v) = hit {
        debug_assert!(
            t.lookup_uncached(&Value::Obj(name.clone()))
                .unwrap_or(Value::Null)
                .is(&v),
            "stale type attribute cache entry: a type dict changed without TypeData::modified"
        );
        return (!v.is_null()).then_some(v);
    }
    let found = t.lookup_uncached(&Value::Obj(name.clone()));
    CACHE.with(|c| {
        let Ok(mut c) = c.try_borrow_mut() else {
            return;
        };
        if c.is_empty() {
            c.resize_with(SIZE, || Entry {
                version: 0,
                name: Weak::new(),
                value: ManuallyDrop::new(Value::Null),
            });
        }
        let e = &mut c[slot(version, name)];
        e.version = version;
        e.name = Rc::downgrade(name);
        // SAFETY (borrowed value): see the module invariants; the bits are copied without
        // a reference count and never dropped.
        e.value = ManuallyDrop::new(match &found {
            Some(v) => unsafe { std::ptr::read(v) },
            None => Value::Null,
        });
    });
    found
}

/// A fresh version tag (0 once the counter is exhausted: the type then stays uncached).
pub(crate) fn next_version() -> u32 {
    NEXT_VERSION.with(|n| {
        let v = n.get();
        if v == u32::MAX {
            return 0;
        }
        n.set(v + 1);
        v
    })
}

/// Whether `sub` is listed among `base`'s subclasses.
pub(crate) fn lists_subclass(base: &TypeData, sub: &TypeData) -> bool {
    let Ok(subs) = base.subclasses.try_borrow() else {
        return false;
    };
    subs.iter().any(|w| {
        w.upgrade()
            .is_some_and(|o| std::ptr::eq(td(&o) as *const TypeData, sub))
    })
}

/// A type's `__dict__`. Reading borrows it like a `RefCell`; every mutable borrow
/// invalidates the type's attribute cache tag (and its subclasses') when released.
pub struct TypeDict {
    inner: RefCell<DictData>,
}

/// A mutable borrow of a [`TypeDict`]: derefs to the `DictData`; dropping it calls
/// [`TypeData::modified`] on the owning type.
pub struct TypeDictMut<'a> {
    inner: RefMut<'a, DictData>,
    owner: &'a TypeData,
}

impl TypeDict {
    /// Only `TypeData::new` builds one, so every `TypeDict` is the `dict` field of a
    /// `TypeData` (which implements `Drop`, so the field cannot be moved out of it).
    pub(crate) fn new() -> TypeDict {
        TypeDict {
            inner: RefCell::new(DictData::new()),
        }
    }

    #[inline]
    pub fn borrow(&self) -> Ref<'_, DictData> {
        self.inner.borrow()
    }

    pub fn try_borrow(&self) -> Result<Ref<'_, DictData>, std::cell::BorrowError> {
        self.inner.try_borrow()
    }

    pub fn borrow_mut(&self) -> TypeDictMut<'_> {
        TypeDictMut {
            inner: self.inner.borrow_mut(),
            owner: self.owner(),
        }
    }

    pub fn try_borrow_mut(&self) -> Result<TypeDictMut<'_>, std::cell::BorrowMutError> {
        Ok(TypeDictMut {
            inner: self.inner.try_borrow_mut()?,
            owner: self.owner(),
        })
    }

    fn owner(&self) -> &TypeData {
        let off = std::mem::offset_of!(TypeData, dict);
        // SAFETY: every TypeDict is the `dict` field of a live TypeData (see `new`), so
        // stepping back by the field's offset gives the TypeData that contains `self`,
        // alive for as long as `self` is borrowed.
        unsafe { &*((self as *const TypeDict as *const u8).sub(off) as *const TypeData) }
    }
}

impl std::ops::Deref for TypeDictMut<'_> {
    type Target = DictData;
    fn deref(&self) -> &DictData {
        &self.inner
    }
}

impl std::ops::DerefMut for TypeDictMut<'_> {
    fn deref_mut(&mut self) -> &mut DictData {
        &mut self.inner
    }
}

impl Drop for TypeDictMut<'_> {
    fn drop(&mut self) {
        self.owner.modified();
    }
}

/// Clears the tags of `t` and its subclasses (CPython's `PyType_Modified`).
pub(crate) fn invalidate(t: &TypeData) {
    if t.version.get() == 0 {
        // Invariant: no subclass of a type without a tag has one.
        return;
    }
    t.version.set(0);
    let subs: smallvec::SmallVec<[ObjRef; 8]> = match t.subclasses.try_borrow() {
        Ok(s) => s.iter().filter_map(|w| w.upgrade()).collect(),
        // The list is only borrowed mutably to push a new class, never around a dict
        // change; nothing to reach then.
        Err(_) => return,
    };
    for s in &subs {
        invalidate(td(s));
    }
}
