//! `object`: the root type. Identity hash and equality, the generic attribute protocol,
//! and the default `repr`.

use crate::args::Args;
use crate::error::{type_error, PyResult};
use crate::interp::Interp;
use crate::object::{ObjRef, Payload, PyObject};
use crate::protocol;
use crate::typeobj::{CmpOp, TypeData};
use crate::types::str::new_string;
use crate::types::MethodDef;
use crate::value::Value;

pub fn setup(t: &TypeData) {
    let s = &t.slots;
    s.repr.set(Some(object_repr));
    s.hash
        .set(Some(|_, v| Ok(crate::hash::hash_pointer(v.id() as usize))));
    s.richcompare.set(Some(object_richcompare));
    s.getattro.set(Some(protocol::generic_getattr));
    s.setattro.set(Some(protocol::generic_setattr));
    s.new.set(Some(object_new));
    // `object.__init__` does nothing, so its slot stays empty: an empty `init` slot means
    // "object's own", which `object_new` tests without comparing function pointers (fn
    // pointer identity is not reliable once LLVM merges or duplicates functions).
}

/// `<module.Name object at 0x...>`.
pub fn object_repr(_i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let cls = v.class();
    let t = protocol::td(&cls);
    let module = type_module(&cls);
    let name = t.qualname.borrow().clone();
    let full = if module == "builtins" {
        name
    } else {
        format!("{module}.{name}")
    };
    Ok(new_string(format!("<{full} object at {:#x}>", v.id())))
}

/// The `__module__` of a class.
pub fn type_module(cls: &ObjRef) -> String {
    let t = protocol::td(cls);
    if let Some(m) = t.dict.borrow().get_str("__module__") {
        if let Some(s) = m.as_str_data() {
            return s.lossy().into_owned();
        }
    }
    if t.module.is_empty() {
        "builtins".into()
    } else {
        t.module.into()
    }
}

fn object_richcompare(
    i: &mut dyn Interp,
    a: &Value,
    b: &Value,
    op: CmpOp,
) -> PyResult<Option<Value>> {
    match op {
        CmpOp::Eq => Ok(if a.is(b) {
            Some(Value::Bool(true))
        } else {
            None
        }),
        CmpOp::Ne => {
            // `!=` is the negation of `==` when the class defines `__eq__`.
            let cls = a.class();
            let eq = protocol::td(&cls).slots.richcompare.get();
            match eq {
                Some(f)
                    if !std::ptr::fn_addr_eq(
                        f,
                        object_richcompare as crate::typeobj::RichCmpFn,
                    ) =>
                {
                    match f(i, a, b, CmpOp::Eq)? {
                        Some(r) => Ok(Some(Value::Bool(!protocol::truthy(i, &r)?))),
                        None => Ok(None),
                    }
                }
                _ => Ok(if a.is(b) {
                    Some(Value::Bool(false))
                } else {
                    None
                }),
            }
        }
        _ => Ok(None),
    }
}

/// `object.__init__` (reached through its slot wrapper; the slot itself stays empty).
pub(crate) fn object_init(_i: &mut dyn Interp, v: &Value, args: Args<'_>) -> PyResult<()> {
    if !args.values.is_empty() {
        let cls = v.class();
        let t = protocol::td(&cls);
        let own_init = t.slots.init.get().is_none();
        if !own_init {
            return Err(type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        let own_new = t
            .slots
            .new
            .get()
            .is_some_and(|f| std::ptr::fn_addr_eq(f, object_new as crate::typeobj::NewFn));
        if own_new {
            return Err(type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                t.name()
            )));
        }
    }
    Ok(())
}

/// Whether `f` is `object.__new__`'s slot (a false "no" only costs a fast path).
pub fn is_object_new(f: crate::typeobj::NewFn) -> bool {
    std::ptr::fn_addr_eq(f, object_new as crate::typeobj::NewFn)
}

/// `object.__new__(cls)` for a class whose `__init__` is overridden (so the call's
/// arguments need no checking here): the VM's instance-creation fast path.
pub fn new_instance(i: &mut dyn Interp, cls: &ObjRef) -> PyResult<Value> {
    object_new(i, cls, Args::new(&[], &[]))
}

fn object_new(_i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    let t = protocol::td(cls);
    if !args.values.is_empty() {
        let own_new = t
            .slots
            .new
            .get()
            .is_some_and(|f| std::ptr::fn_addr_eq(f, object_new as crate::typeobj::NewFn));
        if !own_new {
            return Err(type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        let default_init = t.slots.init.get().is_none();
        if default_init {
            return Err(type_error(format!("{}() takes no arguments", t.name())));
        }
    }
    if t.has_flag(crate::typeobj::flags::HEAPTYPE) {
        // A user class whose nearest builtin base is not `object` (`class A(int)`) must
        // be created by that base's `__new__`.
        let mro = t.mro.borrow();
        if let Some(b) = mro
            .iter()
            .find(|c| !protocol::td(c).has_flag(crate::typeobj::flags::HEAPTYPE))
        {
            if !std::rc::Rc::ptr_eq(b, &crate::types::builtin_types().object) {
                let static_base = mro
                    .iter()
                    .find(|c| {
                        !protocol::td(c)
                            .slots
                            .new
                            .get()
                            .is_some_and(crate::slot_dunders::is_new_trampoline)
                    })
                    .map_or_else(|| t.name(), |c| protocol::td(c).name());
                return Err(type_error(format!(
                    "object.__new__({}) is not safe, use {static_base}.__new__()",
                    t.name(),
                )));
            }
        }
    } else if !std::rc::Rc::ptr_eq(cls, &crate::types::builtin_types().object) {
        return Err(type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            t.name(),
            t.name()
        )));
    }
    if t.has_flag(crate::typeobj::flags::HEAPTYPE) {
        abstract_check(t)?;
    }
    let payload = if std::rc::Rc::ptr_eq(cls, &crate::types::builtin_types().object) {
        Payload::Object
    } else {
        Payload::Instance(crate::types::dict::new_dict(Default::default()))
    };
    Ok(Value::Obj(PyObject::new(cls.clone(), payload)))
}

/// CPython's `Py_TPFLAGS_IS_ABSTRACT` check: a class whose own `__abstractmethods__`
/// (set by `abc`) is non-empty cannot be instantiated.
fn abstract_check(t: &crate::typeobj::TypeData) -> PyResult<()> {
    let am = t.dict.borrow().get_str("__abstractmethods__");
    let Some(am) = am else { return Ok(()) };
    let mut names: Vec<String> = match crate::types::set::as_set(&am) {
        Some(s) => crate::types::set::entries(s)
            .into_iter()
            .filter_map(|(_, v)| v.as_str_data().map(|d| d.lossy().into_owned()))
            .collect(),
        None => return Ok(()),
    };
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    Err(type_error(format!(
        "Can't instantiate abstract class {} with abstract method{} {}",
        t.name(),
        if names.len() == 1 { "" } else { "s" },
        names.join(", ")
    )))
}

pub static METHODS: &[MethodDef] = &[];
