//! Callables: Python functions, builtin functions and methods, method descriptors,
//! bound methods, and cells.

use std::cell::RefCell;
use std::rc::Rc;

use smallvec::SmallVec;

use crate::args::Args;
use crate::error::{type_error, PyResult};
use crate::interp::Interp;
use crate::object::{ObjRef, Payload, PyObject};
use crate::protocol;
use crate::typeobj::{NativeFn, TypeData};
use crate::types::code::Code;
use crate::types::dict::DictData;
use crate::types::str::{new_str, new_string};
use crate::types::{builtin_types, MethodDef};
use crate::value::Value;

/// A Python function (`MAKE_FUNCTION`).
pub struct FunctionData {
    /// `__code__` (replaceable by assignment, as `types.coroutine` does).
    pub code: RefCell<Rc<Code>>,
    /// The globals dict value.
    pub globals: Value,
    /// The builtins dict value (looked up from globals' `__builtins__` at creation).
    pub builtins: Value,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// `__defaults__`: a tuple or `None`.
    pub defaults: RefCell<Value>,
    /// `__kwdefaults__`: a dict or `None`.
    pub kwdefaults: RefCell<Value>,
    /// `__closure__`: the cells, or `None`.
    pub closure: Option<Box<[Value]>>,
    pub annotations: RefCell<Value>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    /// `__dict__`: a dict value made on first use (most functions never need one).
    pub dict: std::cell::OnceCell<Value>,
}

/// A builtin function, or a builtin method bound to `self_`.
pub struct BuiltinFunction {
    pub name: &'static str,
    pub func: NativeFn,
    pub self_: Option<Value>,
}

impl BuiltinFunction {
    /// Calls it, with `self_` prepended when bound.
    #[inline]
    pub fn call(&self, i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
        match &self.self_ {
            None => (self.func)(i, args),
            Some(s) => {
                let mut v: SmallVec<[Value; 8]> = SmallVec::with_capacity(args.values.len() + 1);
                v.push(s.clone());
                v.extend(args.values.iter().cloned());
                (self.func)(i, Args::new(&v, args.kwnames))
            }
        }
    }
}

/// A method of a builtin type, as found in the type's dict (`list.append`).
pub struct MethodDescr {
    pub def: &'static MethodDef,
    pub owner: ObjRef,
}

/// A function bound to an instance (`obj.method`).
pub struct BoundMethod {
    pub func: Value,
    pub self_: Value,
}

/// A new builtin function value.
pub fn new_builtin(name: &'static str, func: NativeFn) -> Value {
    Value::Obj(PyObject::new(
        builtin_types().builtin_function.clone(),
        Payload::BuiltinFunction(BuiltinFunction {
            name,
            func,
            self_: None,
        }),
    ))
}

pub fn new_bound_method(func: Value, self_: Value) -> Value {
    Value::Obj(PyObject::new(
        builtin_types().method.clone(),
        Payload::BoundMethod(BoundMethod { func, self_ }),
    ))
}

pub fn new_cell(v: Value) -> Value {
    Value::Obj(PyObject::new(
        builtin_types().cell.clone(),
        Payload::Cell(RefCell::new(v)),
    ))
}

fn func_name(v: &Value) -> String {
    match v.payload() {
        Some(Payload::Function(f)) => f
            .qualname
            .borrow()
            .as_str_data()
            .map(|s| s.lossy().into_owned())
            .unwrap_or_default(),
        _ => String::new(),
    }
}

pub fn setup_function(t: &TypeData) {
    let s = &t.slots;
    s.descr_get.set(Some(|_, f, obj, _| match obj {
        None | Some(Value::None) => Ok(f.clone()),
        Some(o) => Ok(new_bound_method(f.clone(), o.clone())),
    }));
    s.call.set(Some(|i, f, args| match f.as_obj() {
        Some(o) => i.call_function(o, args),
        None => Err(type_error("not a function")),
    }));
    s.repr.set(Some(|_, v| {
        Ok(new_string(format!(
            "<function {} at {:#x}>",
            func_name(v),
            v.id()
        )))
    }));
    s.getattro.set(Some(function_getattr));
    s.setattro.set(Some(function_setattr));
}

fn function_getattr(i: &mut dyn Interp, v: &Value, name: &Value) -> PyResult<Value> {
    if let Some(Payload::Function(f)) = v.payload() {
        match name.as_str_data().and_then(|s| s.as_str()).unwrap_or("") {
            "__name__" => return Ok(f.name.borrow().clone()),
            "__qualname__" => return Ok(f.qualname.borrow().clone()),
            "__defaults__" => return Ok(f.defaults.borrow().clone()),
            "__kwdefaults__" => return Ok(f.kwdefaults.borrow().clone()),
            "__doc__" => return Ok(f.doc.borrow().clone()),
            "__module__" => return Ok(f.module.borrow().clone()),
            "__globals__" => return Ok(f.globals.clone()),
            "__annotations__" => return annotations_dict(f),
            "__code__" => {
                return Ok(Value::Obj(PyObject::new(
                    builtin_types().code.clone(),
                    Payload::Code(f.code.borrow().clone()),
                )))
            }
            "__closure__" => {
                return Ok(match &f.closure {
                    Some(c) => crate::types::tuple::new_tuple(c.to_vec()),
                    None => Value::None,
                })
            }
            "__dict__" => return Ok(func_dict(f).clone()),
            _ => {}
        }
    }
    protocol::generic_getattr(i, v, name)
}

/// Setting (`Some`) or deleting (`None`) a function attribute, with CPython's type checks.
fn function_setattr(i: &mut dyn Interp, v: &Value, name: &Value, x: Option<Value>) -> PyResult<()> {
    let Some(Payload::Function(f)) = v.payload() else {
        return protocol::generic_setattr(i, v, name, x);
    };
    let attr = name.as_str_data().and_then(|s| s.as_str()).unwrap_or("");
    let is_str = |x: &Value| matches!(x.payload(), Some(Payload::Str(_)));
    let is_tuple = |x: &Value| matches!(x.payload(), Some(Payload::Tuple(_)));
    let is_dict = |x: &Value| crate::types::dict::as_dict(x).is_some();
    let must = |what: &str| type_error(format!("{attr} must be set to a {what} object"));
    let (slot, value) = match (attr, x) {
        ("__name__", Some(x)) if is_str(&x) => (&f.name, x),
        ("__qualname__", Some(x)) if is_str(&x) => (&f.qualname, x),
        ("__name__" | "__qualname__", _) => return Err(must("string")),
        ("__defaults__", Some(x)) if x.is_none() || is_tuple(&x) => (&f.defaults, x),
        ("__defaults__", None) => (&f.defaults, Value::None),
        ("__defaults__", _) => return Err(must("tuple")),
        ("__kwdefaults__", Some(x)) if x.is_none() || is_dict(&x) => (&f.kwdefaults, x),
        ("__kwdefaults__", None) => (&f.kwdefaults, Value::None),
        ("__kwdefaults__", _) => return Err(must("dict")),
        ("__annotations__", Some(x)) if x.is_none() || is_dict(&x) => (&f.annotations, x),
        ("__annotations__", None) => (&f.annotations, Value::None),
        ("__annotations__", _) => return Err(must("dict")),
        ("__doc__", x) => (&f.doc, x.unwrap_or(Value::None)),
        ("__module__", x) => (&f.module, x.unwrap_or(Value::None)),
        ("__code__", Some(x)) if !matches!(x.payload(), Some(Payload::Code(_))) => {
            return Err(must("code"))
        }
        ("__code__", None) => return Err(must("code")),
        ("__code__", Some(x)) => {
            let Some(Payload::Code(c)) = x.payload() else {
                return Err(must("code"));
            };
            let nfree = c.co.freevars.len();
            let nclosure = f.closure.as_ref().map_or(0, |c| c.len());
            if nfree != nclosure {
                return Err(crate::error::value_error(format!(
                    "{}() requires a code object with {nclosure} free vars, not {nfree}",
                    f.name
                        .borrow()
                        .as_str_data()
                        .map(|s| s.lossy().into_owned())
                        .unwrap_or_default()
                )));
            }
            *f.code.borrow_mut() = c.clone();
            return Ok(());
        }
        ("__closure__" | "__globals__" | "__builtins__", _) => {
            return Err(crate::error::attribute_error("readonly attribute"))
        }
        ("__dict__", None) => return Err(type_error("cannot delete __dict__")),
        ("__dict__", Some(x)) => {
            let Some(d) = crate::types::dict::as_dict(&x) else {
                return Err(type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    x.class_name()
                )));
            };
            // The dict object stays (it is made once); it takes the new contents.
            let copy = d.borrow().clone();
            if let Some(mine) = crate::types::dict::as_dict(func_dict(f)) {
                let old = std::mem::replace(&mut *mine.borrow_mut(), copy);
                drop(old);
            }
            return Ok(());
        }
        (_, x) => return protocol::generic_setattr(i, v, name, x),
    };
    *slot.borrow_mut() = value;
    Ok(())
}

/// The function's `__dict__` value, made empty on first use.
pub fn func_dict(f: &FunctionData) -> &Value {
    f.dict
        .get_or_init(|| crate::types::dict::new_dict(DictData::new()))
}

/// `__annotations__`: MAKE_FUNCTION stores a flat `(name, value, …)` tuple (3.10+); the
/// dict is built on first access and kept, as CPython's `func_get_annotations` does.
fn annotations_dict(f: &FunctionData) -> PyResult<Value> {
    let cur = f.annotations.borrow().clone();
    if crate::types::dict::as_dict(&cur).is_some() {
        return Ok(cur);
    }
    let mut d = DictData::new();
    if let Some(Payload::Tuple(t)) = cur.payload() {
        for pair in t.chunks(2) {
            if let [k, v] = pair {
                d.set_str_key(k.clone(), v.clone());
            }
        }
    }
    let d = crate::types::dict::new_dict(d);
    *f.annotations.borrow_mut() = d.clone();
    Ok(d)
}

pub fn setup_builtin(t: &TypeData) {
    let s = &t.slots;
    s.call.set(Some(|i, f, args| match f.payload() {
        Some(Payload::BuiltinFunction(b)) => b.call(i, args),
        _ => Err(type_error("not a builtin function")),
    }));
    s.repr.set(Some(|_, v| {
        let Some(Payload::BuiltinFunction(b)) = v.payload() else {
            return Ok(new_str("<built-in function>"));
        };
        Ok(new_string(match &b.self_ {
            None => format!("<built-in function {}>", b.name),
            Some(s) => format!(
                "<built-in method {} of {} object at {:#x}>",
                b.name,
                s.class_name(),
                s.id()
            ),
        }))
    }));
    s.getattro.set(Some(|i, v, name| {
        if let Some(Payload::BuiltinFunction(b)) = v.payload() {
            match name.as_str_data().and_then(|s| s.as_str()).unwrap_or("") {
                "__name__" => return Ok(new_str(b.name)),
                // `[].append.__qualname__` is 'list.append'; a class's own (bound
                // classmethod) is 'int.from_bytes'; a module-level builtin is its name.
                "__qualname__" => {
                    return Ok(match &b.self_ {
                        Some(s) if matches!(s.payload(), Some(Payload::Type(_))) => {
                            let t = s.as_obj().and_then(|o| o.as_type()).map(|t| t.name());
                            new_string(format!("{}.{}", t.unwrap_or_default(), b.name))
                        }
                        Some(s) if !matches!(s.payload(), Some(Payload::Module(_))) => {
                            new_string(format!("{}.{}", s.class_name(), b.name))
                        }
                        _ => new_str(b.name),
                    })
                }
                "__self__" => return Ok(b.self_.clone().unwrap_or(Value::None)),
                _ => {}
            }
        }
        protocol::generic_getattr(i, v, name)
    }));
}

pub fn setup_method_descr(t: &TypeData) {
    let s = &t.slots;
    s.descr_get.set(Some(|_, d, obj, _| {
        let Some(Payload::MethodDescr(m)) = d.payload() else {
            return Ok(d.clone());
        };
        match obj {
            None => Ok(d.clone()),
            Some(o) => Ok(Value::Obj(PyObject::new(
                builtin_types().builtin_function.clone(),
                Payload::BuiltinFunction(BuiltinFunction {
                    name: m.def.name,
                    func: m.def.func,
                    self_: Some(o.clone()),
                }),
            ))),
        }
    }));
    s.call.set(Some(|i, d, args| {
        let Some(Payload::MethodDescr(m)) = d.payload() else {
            return Err(type_error("not a method descriptor"));
        };
        // The owner's name is only built for an error (this runs on every `s.split()`).
        let owner = || protocol::td(&m.owner).name();
        match args.pos().first() {
            Some(s) if protocol::isinstance(s, &m.owner) => (m.def.func)(i, args),
            Some(s) => Err(type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                m.def.name,
                protocol::td(&m.owner).tp_name(),
                s.class_name()
            ))),
            None => Err(type_error(format!(
                "unbound method {}.{}() needs an argument",
                owner(),
                m.def.name
            ))),
        }
    }));
    s.getattro.set(Some(|i, d, name| {
        if let Some(Payload::MethodDescr(m)) = d.payload() {
            match name.as_str_data().and_then(|s| s.as_str()).unwrap_or("") {
                "__name__" => return Ok(new_str(m.def.name)),
                "__qualname__" => {
                    return Ok(new_string(format!(
                        "{}.{}",
                        protocol::td(&m.owner).name(),
                        m.def.name
                    )))
                }
                "__objclass__" => return Ok(Value::Obj(m.owner.clone())),
                _ => {}
            }
        }
        protocol::generic_getattr(i, d, name)
    }));
    s.repr.set(Some(|_, d| {
        let Some(Payload::MethodDescr(m)) = d.payload() else {
            return Ok(new_str("<method>"));
        };
        Ok(new_string(format!(
            "<method '{}' of '{}' objects>",
            m.def.name,
            protocol::td(&m.owner).name()
        )))
    }));
}

pub fn setup_method(t: &TypeData) {
    let s = &t.slots;
    // `types.MethodType(function, instance)`.
    s.new.set(Some(|_, _, args| {
        if args.has_kwargs() {
            return Err(type_error("method() takes no keyword arguments"));
        }
        let [func, self_] = args.pos() else {
            return Err(type_error(format!(
                "method expected 2 arguments, got {}",
                args.pos().len()
            )));
        };
        if !protocol::is_callable(func) {
            return Err(type_error("first argument must be callable"));
        }
        if self_.is_none() {
            return Err(type_error("instance must not be None"));
        }
        Ok(new_bound_method(func.clone(), self_.clone()))
    }));
    // Bound methods are equal when they bind the same object to equal functions.
    s.richcompare.set(Some(|i, a, b, op| {
        let (Some(Payload::BoundMethod(x)), Some(Payload::BoundMethod(y))) =
            (a.payload(), b.payload())
        else {
            return Ok(None);
        };
        let same = x.self_.is(&y.self_) && protocol::eq(i, &x.func, &y.func)?;
        Ok(match op {
            crate::typeobj::CmpOp::Eq => Some(Value::Bool(same)),
            crate::typeobj::CmpOp::Ne => Some(Value::Bool(!same)),
            _ => None,
        })
    }));
    s.call.set(Some(|i, m, args| {
        let Some(Payload::BoundMethod(b)) = m.payload() else {
            return Err(type_error("not a method"));
        };
        let mut v: SmallVec<[Value; 8]> = SmallVec::with_capacity(args.values.len() + 1);
        v.push(b.self_.clone());
        v.extend(args.values.iter().cloned());
        protocol::call(i, &b.func, Args::new(&v, args.kwnames))
    }));
    s.repr.set(Some(|i, m| {
        let Some(Payload::BoundMethod(b)) = m.payload() else {
            return Ok(new_str("<method>"));
        };
        let r = protocol::repr_string(i, &b.self_)?;
        Ok(new_string(format!(
            "<bound method {} of {r}>",
            func_name(&b.func)
        )))
    }));
    s.getattro.set(Some(|i, m, name| {
        if let Some(Payload::BoundMethod(b)) = m.payload() {
            match name.as_str_data().and_then(|s| s.as_str()).unwrap_or("") {
                "__self__" => return Ok(b.self_.clone()),
                "__func__" => return Ok(b.func.clone()),
                _ => return protocol::getattr(i, &b.func, name),
            }
        }
        protocol::generic_getattr(i, m, name)
    }));
}

pub fn setup_cell(t: &TypeData) {
    t.slots.repr.set(Some(|_, c| {
        let Some(Payload::Cell(v)) = c.payload() else {
            return Ok(new_str("<cell>"));
        };
        let inner = v.borrow().clone();
        Ok(new_string(if inner.is_null() {
            format!("<cell at {:#x}: empty>", c.id())
        } else {
            format!(
                "<cell at {:#x}: {} object at {:#x}>",
                c.id(),
                inner.class_name(),
                inner.id()
            )
        }))
    }));
    t.slots.getattro.set(Some(|i, c, name| {
        if let Some(Payload::Cell(v)) = c.payload() {
            if name.as_str_data().and_then(|s| s.as_str()) == Some("cell_contents") {
                let inner = v.borrow().clone();
                if inner.is_null() {
                    return Err(crate::error::value_error("Cell is empty"));
                }
                return Ok(inner);
            }
        }
        protocol::generic_getattr(i, c, name)
    }));
    t.slots.setattro.set(Some(|i, c, name, x| {
        if let Some(Payload::Cell(v)) = c.payload() {
            if name.as_str_data().and_then(|s| s.as_str()) == Some("cell_contents") {
                *v.borrow_mut() = x.unwrap_or(Value::Null);
                return Ok(());
            }
        }
        protocol::generic_setattr(i, c, name, x)
    }));
}
