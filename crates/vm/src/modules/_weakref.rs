//! `_weakref` (Modules/_weakref.c + Objects/weakrefobject.c): `ref` (`ReferenceType`,
//! subclassable), `proxy` (`ProxyType`/`CallableProxyType`), `getweakrefcount`,
//! `getweakrefs`, `_remove_dead_weakref`.
//!
//! A weakref object holds a `std::rc::Weak` to its referent; `krait_object::weakref`
//! records which weakref objects point at which referent and queues those with a
//! callback when the referent dies. [`run_pending`] calls the callbacks at the VM's safe
//! points. Proxies (`proxy.rs`) forward every operation to the referent.

mod proxy;

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use krait_object::args::Args;
use krait_object::error::{new_error, type_error, PyResult};
use krait_object::gc::traverse::{Busy, Visit};
use krait_object::native::{
    make_type, native_ref, new_native, visit_value, GetSetDef, NativeData, TypeSpec, BASETYPE,
};
use krait_object::typeobj::{flags, CmpOp, TypeData};
use krait_object::types::str::new_string;
use krait_object::{protocol, Interp, ObjRef, Payload, Value};

use super::{new_module_with, set_attr};
use crate::vm::Vm;

/// Which of the three weakref types an object is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Ref,
    Proxy,
    CallableProxy,
}

/// The state of a weakref object (`ref`, a subclass of it, or a proxy).
pub struct WeakRef {
    pub target: Weak<krait_object::PyObject>,
    /// The callback (None once called or absent).
    callback: RefCell<Value>,
    /// The referent's hash, cached on first use (CPython's `wr->hash`).
    hash: Cell<Option<i64>>,
    pub kind: Kind,
}

impl NativeData for WeakRef {
    fn traverse(&self, visit: Visit) -> Result<(), Busy> {
        let cb = self.callback.try_borrow().map_err(|_| Busy)?;
        visit_value(&cb, visit);
        Ok(())
    }
    fn clear_refs(&self, trash: &mut Vec<Value>) -> Result<(), Busy> {
        let mut cb = self.callback.try_borrow_mut().map_err(|_| Busy)?;
        trash.push(std::mem::replace(&mut *cb, Value::None));
        Ok(())
    }
    fn tracked(&self) -> bool {
        true
    }
}

impl WeakRef {
    /// The referent, if alive.
    pub fn get(&self) -> Option<Value> {
        self.target.upgrade().map(Value::Obj)
    }
}

static REF_SPEC: TypeSpec = TypeSpec {
    flags: BASETYPE,
    getsets: &[GetSetDef {
        name: "__callback__",
        get: ref_callback,
        set: None,
    }],
    ..TypeSpec::new("ReferenceType", "weakref", ref_setup)
};

thread_local! {
    static REF_TYPE: ObjRef = make_type(&REF_SPEC);
}

/// `weakref.ReferenceType`.
pub fn ref_type() -> ObjRef {
    REF_TYPE.with(Clone::clone)
}

/// Whether `v` can be weakly referenced (CPython: the type has a `tp_weaklistoffset`).
fn weakrefable(v: &Value) -> Option<&ObjRef> {
    let o = v.as_obj()?;
    let cls = o.class();
    let t = protocol::td(&cls);
    if t.has_flag(flags::HEAPTYPE) {
        // A class with `__slots__` all the way down has a weakref slot only when one of
        // them names `__weakref__`.
        if t.has_flag(flags::NO_DICT) && !slots_name_weakref(t) {
            return None;
        }
        return Some(o);
    }
    let ok = matches!(
        &o.payload,
        Payload::Set(_)
            | Payload::Function(_)
            | Payload::BuiltinFunction(_)
            | Payload::BoundMethod(_)
            | Payload::Code(_)
            | Payload::Type(_)
            | Payload::Module(_)
            | Payload::Generator(_)
            | Payload::Native(_)
            | Payload::Instance(_)
    );
    ok.then_some(o)
}

fn slots_name_weakref(t: &TypeData) -> bool {
    t.mro.borrow().iter().any(|c| {
        let Some(ct) = c.as_type() else { return false };
        let Some(slots) = ct
            .dict
            .borrow()
            .get_str_key(&krait_object::types::str::new_str("__slots__"))
        else {
            return false;
        };
        let has = |x: &Value| {
            x.as_str_data()
                .is_some_and(|s| s.as_bytes() == b"__weakref__")
        };
        match slots.payload() {
            Some(Payload::Tuple(items)) => items.iter().any(has),
            Some(Payload::List(items)) => items.borrow().iter().any(has),
            _ => has(&slots),
        }
    })
}

/// Makes a weakref object of class `cls` (kind `kind`) to `target`; reuses the basic
/// ref/proxy when no callback is given, like CPython.
pub fn make_ref(cls: &ObjRef, kind: Kind, target: &Value, callback: Value) -> PyResult<Value> {
    let Some(t) = weakrefable(target) else {
        return Err(type_error(format!(
            "cannot create weak reference to '{}' object",
            target.class_name()
        )));
    };
    let basic = callback.is_none()
        && match kind {
            Kind::Ref => Rc::ptr_eq(cls, &ref_type()),
            _ => true,
        };
    if basic {
        for wr in krait_object::weakref::refs_to(t) {
            let w = Value::Obj(wr.clone());
            if let Some(d) = native_ref::<WeakRef>(&w) {
                if d.kind == kind && d.callback.borrow().is_none() && wr.class_is(cls) {
                    return Ok(w);
                }
            }
        }
    }
    let has_cb = !callback.is_none();
    let v = new_native(
        cls.clone(),
        WeakRef {
            target: Rc::downgrade(t),
            callback: RefCell::new(callback),
            hash: Cell::new(None),
            kind,
        },
    );
    if let Value::Obj(o) = &v {
        krait_object::weakref::register(t, o, has_cb);
    }
    Ok(v)
}

fn data(v: &Value) -> PyResult<&WeakRef> {
    native_ref::<WeakRef>(v).ok_or_else(|| type_error("not a weakref"))
}

fn ref_setup(t: &TypeData) {
    let s = &t.slots;
    s.new.set(Some(|_, cls, args| {
        let pos = args.pos();
        if pos.is_empty() {
            return Err(type_error(format!(
                "__new__ expected at least 1 argument, got {}",
                pos.len()
            )));
        }
        if pos.len() > 2 && Rc::ptr_eq(cls, &ref_type()) {
            return Err(type_error(format!(
                "__new__ expected at most 2 arguments, got {}",
                pos.len()
            )));
        }
        let cb = pos.get(1).cloned().unwrap_or(Value::None);
        make_ref(cls, Kind::Ref, &pos[0], cb)
    }));
    s.init.set(Some(|_, _, _| Ok(())));
    s.call.set(Some(|_, v, args: Args<'_>| {
        if args.has_kwargs() {
            return Err(type_error("weakref() takes no keyword arguments"));
        }
        if !args.pos().is_empty() {
            return Err(type_error(format!(
                "weakref expected 0 arguments, got {}",
                args.pos().len()
            )));
        }
        Ok(data(v)?.get().unwrap_or(Value::None))
    }));
    s.hash.set(Some(|i, v| {
        let d = data(v)?;
        if let Some(h) = d.hash.get() {
            return Ok(h);
        }
        let Some(obj) = d.get() else {
            return Err(type_error("weak object has gone away"));
        };
        let h = protocol::hash(i, &obj)?;
        d.hash.set(Some(h));
        Ok(h)
    }));
    s.richcompare.set(Some(ref_richcompare));
    s.repr.set(Some(|i, v| {
        let d = data(v)?;
        let me = v.id();
        let Some(obj) = d.get() else {
            return Ok(new_string(format!("<weakref at {me:#x}; dead>")));
        };
        let tname = obj.class_name();
        let name = protocol::getattr_str(i, &obj, "__name__")
            .ok()
            .and_then(|n| n.as_str_data().map(|s| s.lossy().into_owned()));
        Ok(new_string(match name {
            Some(n) => format!(
                "<weakref at {me:#x}; to '{tname}' at {:#x} ({n})>",
                obj.id()
            ),
            None => format!("<weakref at {me:#x}; to '{tname}' at {:#x}>", obj.id()),
        }))
    }));
}

fn ref_richcompare(i: &mut dyn Interp, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(None);
    }
    let (Some(da), Some(db)) = (native_ref::<WeakRef>(a), native_ref::<WeakRef>(b)) else {
        return Ok(None);
    };
    if da.kind != Kind::Ref || db.kind != Kind::Ref {
        return Ok(None);
    }
    match (da.get(), db.get()) {
        (Some(x), Some(y)) => protocol::richcompare(i, &x, &y, op).map(Some),
        _ => {
            let same = a.is(b);
            Ok(Some(Value::Bool(same == (op == CmpOp::Eq))))
        }
    }
}

fn ref_callback(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let d = data(&args.pos()[0])?;
    let cb = d.callback.borrow().clone();
    Ok(cb)
}

/// Calls the callbacks of the weakref objects whose referents died (newest first per
/// referent, like CPython). A failing callback is reported as CPython's
/// "Exception ignored in: <callback>" and does not propagate.
pub fn run_pending(vm: &mut Vm) {
    while krait_object::weakref::has_pending() {
        for wr in krait_object::weakref::take_pending() {
            let w = Value::Obj(wr);
            let Some(d) = native_ref::<WeakRef>(&w) else {
                continue;
            };
            let cb = std::mem::replace(&mut *d.callback.borrow_mut(), Value::None);
            if cb.is_none() {
                continue;
            }
            if let Err(e) = protocol::call0(vm, &cb, std::slice::from_ref(&w)) {
                report_unraisable(vm, "Exception ignored in: ", &cb, &e);
            }
        }
    }
}

/// CPython's `PyErr_WriteUnraisable` output: `{what}{repr(obj)}` then the traceback.
pub fn report_unraisable(vm: &mut Vm, what: &str, obj: &Value, e: &krait_object::PyErr) {
    let r = protocol::repr_string(vm, obj).unwrap_or_else(|_| "<object repr() failed>".into());
    let tb = crate::traceback::format_exception(vm, &e.exc);
    vm.stdout.flush();
    vm.stderr.write(&format!("{what}{r}\n{tb}"));
}

fn getweakrefcount(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("getweakrefcount", 1)?;
    let n = match &pos[0] {
        Value::Obj(o) => krait_object::weakref::refs_to(o).len(),
        _ => 0,
    };
    Ok(Value::Int(n as i64))
}

fn getweakrefs(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("getweakrefs", 1)?;
    let refs = match &pos[0] {
        Value::Obj(o) => krait_object::weakref::refs_to(o),
        _ => Vec::new(),
    };
    Ok(krait_object::types::list::new_list(
        refs.into_iter().map(Value::Obj).collect(),
    ))
}

/// `_remove_dead_weakref(dict, key)`: deletes `dict[key]` if it is a dead weakref.
fn remove_dead_weakref(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("_remove_dead_weakref", 2)?;
    let Some(dd) = krait_object::types::dict::as_dict(&pos[0]) else {
        return Err(type_error(format!(
            "_remove_dead_weakref() argument 1 must be dict, not {}",
            pos[0].class_name()
        )));
    };
    let cur = {
        let found = krait_object::types::dict::dict_get(i, dd, &pos[1])?;
        match found {
            Some(v) => v,
            None => return Ok(Value::None),
        }
    };
    let Some(d) = native_ref::<WeakRef>(&cur) else {
        return Err(type_error("not a weakref"));
    };
    if d.get().is_none() {
        krait_object::types::dict::dict_del(i, dd, &pos[1])?;
    }
    Ok(Value::None)
}

fn proxy_fn(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.between("proxy", 1, 2)?;
    args.no_kwargs("proxy")?;
    let cb = pos.get(1).cloned().unwrap_or(Value::None);
    let callable = protocol::is_callable(&pos[0]);
    let (cls, kind) = if callable {
        (proxy::callable_proxy_type(), Kind::CallableProxy)
    } else {
        (proxy::proxy_type(), Kind::Proxy)
    };
    make_ref(&cls, kind, &pos[0], cb)
}

/// The `ReferenceError` for a dead proxy.
pub fn dead_error() -> krait_object::PyErr {
    new_error(
        &krait_object::builtin_types().exc.reference_error,
        "weakly-referenced object no longer exists",
    )
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with(
        "_weakref",
        &[
            ("getweakrefcount", getweakrefcount),
            ("getweakrefs", getweakrefs),
            ("_remove_dead_weakref", remove_dead_weakref),
            ("proxy", proxy_fn),
        ],
    );
    let r = Value::Obj(ref_type());
    set_attr(&m, "ref", r.clone());
    set_attr(&m, "ReferenceType", r);
    set_attr(&m, "ProxyType", Value::Obj(proxy::proxy_type()));
    set_attr(
        &m,
        "CallableProxyType",
        Value::Obj(proxy::callable_proxy_type()),
    );
    Ok(m)
}
