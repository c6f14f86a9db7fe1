//! Creating classes: `type.__new__(meta, name, bases, ns, **kw)` (CPython's `type_new`):
//! the winning metaclass, the best base and instance layout, the C3 MRO, the class dict
//! (`__qualname__`, `__classcell__`, `__slots__`, implicit staticmethod/classmethod,
//! `__hash__ = None` beside `__eq__`), the slots, then `__set_name__` and
//! `__init_subclass__`.

use std::rc::Rc;

use crate::args::Args;
use crate::descr::{class_types, new_descr, Descr};
use crate::error::{runtime_error, type_error, PyErr, PyResult};
use crate::interp::Interp;
use crate::object::{ObjRef, Payload, PyObject};
use crate::protocol::{self, td};
use crate::slot_dunders::{fixup_slots, lookup};
use crate::typeobj::{flags, is_subtype, TypeData};
use crate::types::builtin_types;
use crate::types::dict::{as_dict, DictData};
use crate::types::str::new_str;
use crate::types::tuple::tuple_items;
use crate::value::Value;

fn name_of(t: &ObjRef) -> String {
    td(t).name()
}

/// The most derived metaclass of `meta` and the classes of `bases` (`_PyType_CalculateMetaclass`).
pub fn calculate_metaclass(meta: &ObjRef, bases: &[Value]) -> PyResult<ObjRef> {
    let mut winner = meta.clone();
    for b in bases {
        let t = b.class();
        if is_subtype(&winner, &t) {
            continue;
        }
        if is_subtype(&t, &winner) {
            winner = t;
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// The C3 linearization of a class with `bases` (without the class itself).
fn c3_mro(bases: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
    let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(|b| td(b).mro.borrow().clone()).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<ObjRef> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let pick = seqs.iter().map(|s| s[0].clone()).find(|cand| {
            !seqs
                .iter()
                .any(|s| s[1..].iter().any(|x| Rc::ptr_eq(x, cand)))
        });
        let Some(c) = pick else {
            let mut heads: Vec<ObjRef> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| Rc::ptr_eq(h, &s[0])) {
                    heads.push(s[0].clone());
                }
            }
            let names: Vec<String> = heads.iter().map(name_of).collect();
            return Err(type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// The base whose instance layout a class's instances use (`solid_base`).
fn solid_base(t: &ObjRef) -> ObjRef {
    let d = td(t);
    let object = &builtin_types().object;
    if d.has_flag(flags::HEAPTYPE) {
        if d.has_flag(flags::OWN_SLOTS) {
            return t.clone();
        }
        return match d.bases.borrow().first() {
            Some(b) => solid_base(b),
            None => object.clone(),
        };
    }
    // A builtin type: its topmost ancestor below `object`.
    let mro = d.mro.borrow();
    let n = mro.len();
    if n >= 2 {
        mro[n - 2].clone()
    } else {
        t.clone()
    }
}

fn best_base(bases: &[ObjRef]) -> PyResult<ObjRef> {
    let mut winner = bases[0].clone();
    let mut wsolid = solid_base(&winner);
    for b in &bases[1..] {
        let s = solid_base(b);
        if is_subtype(&wsolid, &s) {
            continue;
        }
        if is_subtype(&s, &wsolid) {
            winner = b.clone();
            wsolid = s;
            continue;
        }
        return Err(type_error("multiple bases have instance lay-out conflict"));
    }
    Ok(winner)
}

fn str_arg(v: &Value) -> Option<String> {
    v.as_str_data().map(|s| s.lossy().into_owned())
}

/// The `new` slot of `type`.
pub fn type_new(i: &mut dyn Interp, meta: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 3 {
        return Err(type_error("type() takes 1 or 3 arguments"));
    }
    let Some(name) = str_arg(&pos[0]) else {
        return Err(type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            pos[0].class_name()
        )));
    };
    if !matches!(pos[1].payload(), Some(Payload::Tuple(_))) {
        return Err(type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            pos[1].class_name()
        )));
    }
    let Some(ns) = as_dict(&pos[2]) else {
        return Err(type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            pos[2].class_name()
        )));
    };
    let base_vals = tuple_items(&pos[1]).to_vec();
    let winner = calculate_metaclass(meta, &base_vals)?;
    if !Rc::ptr_eq(&winner, meta) {
        let own = td(&winner)
            .slots
            .new
            .get()
            .is_some_and(|f| std::ptr::fn_addr_eq(f, type_new as crate::typeobj::NewFn));
        if !own {
            return protocol::call(i, &Value::Obj(winner), args);
        }
    }
    let meta = winner;
    let mut bases: Vec<ObjRef> = Vec::new();
    for b in &base_vals {
        let Some(bt) = b.as_obj().filter(|o| o.as_type().is_some()) else {
            return Err(type_error(format!(
                "bases must be types, not {}",
                b.class_name()
            )));
        };
        if !td(bt).has_flag(flags::BASETYPE) {
            return Err(type_error(format!(
                "type '{}' is not an acceptable base type",
                td(bt).tp_name()
            )));
        }
        if bases.iter().any(|x| Rc::ptr_eq(x, bt)) {
            return Err(type_error(format!("duplicate base class {}", name_of(bt))));
        }
        bases.push(bt.clone());
    }
    if bases.is_empty() {
        bases.push(builtin_types().object.clone());
    }
    let base = best_base(&bases)?;
    let mro_tail = c3_mro(&bases)?;
    let mut dict: DictData = ns.borrow().clone();
    let qualname = match dict.remove_str_key(&new_str("__qualname__")) {
        Some(q) => match str_arg(&q) {
            Some(q) => q,
            None => {
                return Err(type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    q.class_name()
                )))
            }
        },
        None => name.clone(),
    };
    let classcell = dict.remove_str_key(&new_str("__classcell__"));
    if dict.get_str("__module__").is_none() {
        let m = i.module_name();
        if !m.is_none() {
            dict.set_str_key(new_str("__module__"), m);
        }
    }
    // CPython checks `__slots__` against the namespace before defaulting `__doc__`.
    let doc_defaulted = dict.get_str("__doc__").is_none();
    if doc_defaulted {
        dict.set_str_key(new_str("__doc__"), Value::None);
    }
    let ct = class_types();
    for (n, wrap) in [
        ("__new__", &ct.staticmethod),
        ("__init_subclass__", &ct.classmethod),
        ("__class_getitem__", &ct.classmethod),
    ] {
        if let Some(f) = dict.get_str(n) {
            if matches!(f.payload(), Some(Payload::Function(_))) {
                let d = if n == "__new__" {
                    Descr::StaticMethod(f)
                } else {
                    Descr::ClassMethod(f)
                };
                dict.set_str_key(new_str(n), new_descr(wrap, d));
            }
        }
    }
    if dict.get_str("__eq__").is_some() && dict.get_str("__hash__").is_none() {
        dict.set_str_key(new_str("__hash__"), Value::None);
    }
    let mut fl = flags::HEAPTYPE | flags::BASETYPE | (td(&base).flags.get() & flags::EXC_SUBCLASS);
    let slots = dict.get_str("__slots__");
    let mut slot_names: Vec<Value> = Vec::new();
    if let Some(sv) = &slots {
        let names = if sv.as_str_data().is_some() {
            vec![sv.clone()]
        } else {
            protocol::collect(i, sv)?
        };
        let mut has_dict = false;
        for n in &names {
            let Some(s) = str_arg(n) else {
                return Err(type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    n.class_name()
                )));
            };
            if s == "__dict__" {
                has_dict = true;
                continue;
            }
            if s == "__weakref__" {
                continue;
            }
            if dict.get_str_key(n).is_some() && !(s == "__doc__" && doc_defaulted) {
                return Err(crate::error::value_error(format!(
                    "'{s}' in __slots__ conflicts with class variable"
                )));
            }
            slot_names.push(n.clone());
        }
        let bases_no_dict = bases.iter().all(|b| {
            let t = td(b);
            !t.has_flag(flags::HEAPTYPE) || t.has_flag(flags::NO_DICT)
        });
        if !has_dict && bases_no_dict {
            fl |= flags::NO_DICT;
        }
        if !slot_names.is_empty() {
            fl |= flags::OWN_SLOTS;
        }
    }
    let t = TypeData::new(&name, fl);
    *t.qualname.borrow_mut() = qualname;
    *t.bases.borrow_mut() = bases.clone();
    *t.dict.borrow_mut() = dict;
    let cls = PyObject::new(meta.clone(), Payload::Type(Box::new(t)));
    let t = td(&cls);
    let mut mro = vec![cls.clone()];
    mro.extend(mro_tail);
    *t.mro.borrow_mut() = mro;
    for n in slot_names {
        let m = new_descr(
            &ct.member,
            Descr::Member {
                name: n.clone(),
                owner: cls.clone(),
            },
        );
        t.dict.borrow_mut().set_str_key(n, m);
    }
    for b in &bases {
        td(b).subclasses.borrow_mut().push(Rc::downgrade(&cls));
    }
    fixup_slots(&cls);
    if let Some(cell) = classcell {
        match cell.payload() {
            Some(Payload::Cell(c)) => {
                *c.borrow_mut() = Value::Obj(cls.clone());
            }
            _ => {
                return Err(type_error(format!(
                    "__classcell__ must be a nonlocal cell, not {}",
                    protocol::repr_string(i, &Value::Obj(cell.class()))?
                )))
            }
        }
    }
    set_names(i, &cls)?;
    init_subclass(i, &cls, args)?;
    Ok(Value::Obj(cls))
}

/// Calls `__set_name__(cls, name)` on every attribute of the new class that has one.
fn set_names(i: &mut dyn Interp, cls: &ObjRef) -> PyResult<()> {
    let items = td(cls).dict.borrow().items();
    let clsv = Value::Obj(cls.clone());
    for (k, v) in items {
        if let Some(Descr::Property(p)) = crate::descr::descr(&v) {
            *p.name.borrow_mut() = k.clone();
            continue;
        }
        if lookup(&v, "__set_name__").is_none() {
            continue;
        }
        let r =
            crate::slot_dunders::call_special(i, &v, "__set_name__", &[clsv.clone(), k.clone()]);
        if let Err(e) = r {
            let err = runtime_error(format!(
                "Error calling __set_name__ on '{}' instance {} in '{}'",
                v.class_name(),
                protocol::repr_string(i, &k)?,
                name_of(cls)
            ));
            return Err(with_cause(err, e));
        }
    }
    Ok(())
}

fn with_cause(err: PyErr, cause: PyErr) -> PyErr {
    if let Some(d) = crate::exceptions::exc_data(&err.exc) {
        *d.cause.borrow_mut() = cause.value();
        d.suppress_context.set(true);
    }
    err
}

/// `super(cls, cls).__init_subclass__(**kwargs)`.
fn init_subclass(i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<()> {
    let mro: Vec<ObjRef> = td(cls).mro.borrow().clone();
    let key = new_str("__init_subclass__");
    for t in &mro[1..] {
        let found = td(t).dict.borrow().get_str_key(&key);
        if let Some(f) = found {
            let bound = crate::descr::bind(i, f, None, cls)?;
            let kw: Vec<Value> = args.kwargs().map(|(_, v)| v.clone()).collect();
            let names: Vec<Value> = args.kwargs().map(|(k, _)| k.clone()).collect();
            protocol::call(i, &bound, Args::new(&kw, &names))?;
            return Ok(());
        }
    }
    Ok(())
}

/// `object.__init_subclass__`: accepts no keyword arguments.
pub fn object_init_subclass(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    if args.has_kwargs() || args.pos().len() > 1 {
        let q = args
            .pos()
            .first()
            .and_then(|c| c.as_obj())
            .map(|c| td(c).qualname.borrow().clone())
            .unwrap_or_default();
        return Err(type_error(format!(
            "{q}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

/// `type.__prepare__(name, bases, **kw)`: a new dict.
pub fn type_prepare(_i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Ok(crate::types::dict::new_dict(DictData::new()))
}

/// `object.__init_subclass__` and `type.__prepare__` as classmethods in the type dicts.
pub fn install_class_hooks() {
    let bt = builtin_types();
    let ct = class_types();
    for (owner, name, f) in [
        (
            &bt.object,
            "__init_subclass__",
            object_init_subclass as crate::typeobj::NativeFn,
        ),
        (&bt.type_, "__prepare__", type_prepare),
    ] {
        let func = crate::types::func::new_builtin(name, f);
        let cm = new_descr(&ct.classmethod, Descr::ClassMethod(func));
        td(owner).dict.borrow_mut().set_str_key(new_str(name), cm);
    }
}
