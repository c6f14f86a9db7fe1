//! The abstract object protocol (CPython's `abstract.c`/`object.c`): operators, attribute
//! access, calls, iteration and conversions, dispatched through type slots. Nothing here
//! looks up a dunder by name on a builtin type.

use std::rc::Rc;

use crate::args::Args;
use crate::error::{attribute_error, type_error, PyResult};
use crate::interp::Interp;
use crate::object::{ObjRef, Payload};
use crate::typeobj::{is_subtype, BinOp, BinaryFn, CmpOp, TypeData};
use crate::types::builtin_types;
use crate::types::str::{new_str, StrData};
use crate::value::Value;

/// The type data of a class object (every class is a type).
#[inline]
pub fn td(cls: &ObjRef) -> &TypeData {
    match &cls.payload {
        Payload::Type(t) => t,
        // Classes are always types; fall back to `object`'s data rather than panic.
        _ => builtin_types()
            .object
            .as_type()
            .unwrap_or_else(|| unreachable_type()),
    }
}

#[cold]
fn unreachable_type() -> &'static TypeData {
    // `object` is built as a type at bootstrap; this cannot be reached.
    std::process::abort()
}

impl Value {
    /// `type(v).__name__`.
    pub fn class_name(&self) -> String {
        match self {
            Value::Null | Value::None => "NoneType".into(),
            Value::Bool(_) => "bool".into(),
            Value::Int(_) => "int".into(),
            Value::Float(_) => "float".into(),
            Value::Obj(o) => o.class_name(),
        }
    }
}

// ---- repr / str / hash ----

pub fn repr(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let r = raw_repr(i, v)?;
    if r.as_str_data().is_none() {
        return Err(type_error(format!(
            "__repr__ returned non-string (type {})",
            r.class_name()
        )));
    }
    Ok(r)
}

/// The repr slot's result, unchecked (`object.__str__` checks it as `__str__`'s).
fn raw_repr(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let cls = v.class();
    match td(&cls).slots.repr.get() {
        Some(f) if matches!(v, Value::Obj(_)) => {
            crate::recursion::enter(i, " while getting the repr of an object")?;
            let r = f(i, v);
            crate::recursion::leave();
            r
        }
        Some(f) => f(i, v),
        None => Ok(new_str(&format!("<{} object>", v.class_name()))),
    }
}

pub fn repr_string(i: &mut dyn Interp, v: &Value) -> PyResult<String> {
    match v {
        Value::Int(n) => return Ok(n.to_string()),
        Value::None => return Ok("None".into()),
        Value::Bool(b) => return Ok(if *b { "True" } else { "False" }.into()),
        Value::Float(f) => return Ok(krait_loader::repr::float_repr(*f)),
        _ => {}
    }
    let r = repr(i, v)?;
    Ok(str_payload(&r)?.lossy().into_owned())
}

fn str_payload(v: &Value) -> PyResult<&StrData> {
    v.as_str_data().ok_or_else(|| {
        type_error(format!(
            "__str__ returned non-string (type {})",
            v.class_name()
        ))
    })
}

pub fn str_(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let cls = v.class();
    let r = match td(&cls).slots.str.get() {
        Some(f) if matches!(v, Value::Obj(_)) => {
            crate::recursion::enter(i, " while getting the str of an object")?;
            let r = f(i, v);
            crate::recursion::leave();
            r?
        }
        Some(f) => f(i, v)?,
        None => raw_repr(i, v)?,
    };
    if r.as_str_data().is_none() {
        return Err(type_error(format!(
            "__str__ returned non-string (type {})",
            r.class_name()
        )));
    }
    Ok(r)
}

/// `str(v)` as Rust text (lone surrogates become U+FFFD).
pub fn str_string(i: &mut dyn Interp, v: &Value) -> PyResult<String> {
    match v {
        Value::Int(n) => return Ok(n.to_string()),
        Value::Obj(o) => {
            // Exact str only: a subclass may define `__str__` (a `(str, Enum)` member).
            if let Payload::Str(s) = &o.payload {
                if o.class_is(&crate::types::builtin_types().str) {
                    return Ok(s.lossy().into_owned());
                }
            }
        }
        _ => {}
    }
    let r = str_(i, v)?;
    Ok(str_payload(&r)?.lossy().into_owned())
}

pub fn hash(i: &mut dyn Interp, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(n) => return Ok(crate::hash::hash_i64(*n)),
        Value::Obj(o) => {
            // Exact str only: a subclass may define `__hash__`.
            if let Payload::Str(s) = &o.payload {
                if o.class_is(&crate::types::builtin_types().str) {
                    return Ok(s.hash());
                }
            }
        }
        _ => {}
    }
    let cls = v.class();
    let t = td(&cls);
    match t.slots.hash.get() {
        Some(f) if !t.has_flag(crate::typeobj::flags::UNHASHABLE) => f(i, v),
        _ => Err(type_error(format!("unhashable type: '{}'", v.class_name()))),
    }
}

// ---- comparisons ----

/// `a op b` (`do_richcompare`): the reflected operation of a subclass first, then `a`'s,
/// then `b`'s reflected; `==`/`!=` fall back to identity.
pub fn richcompare(i: &mut dyn Interp, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    let ca = a.class();
    let cb = b.class();
    let sa = td(&ca).slots.richcompare.get();
    let sb = td(&cb).slots.richcompare.get();
    let mut checked_reverse = false;
    if !Rc::ptr_eq(&ca, &cb) && is_subtype(&cb, &ca) {
        if let Some(f) = sb {
            checked_reverse = true;
            if let Some(r) = f(i, b, a, op.swapped())? {
                return Ok(r);
            }
        }
    }
    if let Some(f) = sa {
        if let Some(r) = f(i, a, b, op)? {
            return Ok(r);
        }
    }
    if !checked_reverse {
        if let Some(f) = sb {
            if let Some(r) = f(i, b, a, op.swapped())? {
                return Ok(r);
            }
        }
    }
    match op {
        CmpOp::Eq => Ok(Value::Bool(a.is(b))),
        CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            a.class_name(),
            b.class_name()
        ))),
    }
}

/// `bool(a op b)`, with the identity shortcut of `PyObject_RichCompareBool` for `==`/`!=`.
pub fn compare_bool(i: &mut dyn Interp, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    if a.is(b) && !matches!(a, Value::Float(_)) {
        match op {
            CmpOp::Eq => return Ok(true),
            CmpOp::Ne => return Ok(false),
            _ => {}
        }
    }
    let r = richcompare(i, a, b, op)?;
    truthy(i, &r)
}

pub fn eq(i: &mut dyn Interp, a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(r) = crate::types::dict::fast_eq(a, b) {
        return Ok(r);
    }
    compare_bool(i, a, b, CmpOp::Eq)
}

// ---- truth ----

pub fn truthy(i: &mut dyn Interp, v: &Value) -> PyResult<bool> {
    match v {
        Value::Null | Value::None => Ok(false),
        Value::Bool(b) => Ok(*b),
        Value::Int(n) => Ok(*n != 0),
        Value::Float(f) => Ok(*f != 0.0),
        Value::Obj(o) => {
            let cls = o.class();
            let t = td(&cls);
            if let Some(f) = t.slots.bool_.get() {
                return f(i, v);
            }
            if let Some(f) = t.slots.len.get() {
                return Ok(f(i, v)? > 0);
            }
            Ok(true)
        }
    }
}

// ---- arithmetic ----

fn slot_of(cls: &ObjRef, op: BinOp) -> Option<BinaryFn> {
    td(cls).slots.nb[op as usize].get()
}

/// `binary_op1`: `a`'s slot and `b`'s, the subclass's reflected one first.
pub fn binary_op1(i: &mut dyn Interp, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let ca = a.class();
    let cb = b.class();
    let sa = slot_of(&ca, op);
    let mut sb = if Rc::ptr_eq(&ca, &cb) {
        None
    } else {
        slot_of(&cb, op)
    };
    if let (Some(x), Some(y)) = (sa, sb) {
        if std::ptr::fn_addr_eq(x, y) {
            sb = None;
        }
    }
    if let Some(f) = sa {
        if let Some(g) = sb {
            if is_subtype(&cb, &ca) {
                if let Some(r) = g(i, a, b)? {
                    return Ok(Some(r));
                }
                sb = None;
            }
        }
        if let Some(r) = f(i, a, b)? {
            return Ok(Some(r));
        }
    }
    if let Some(g) = sb {
        return g(i, a, b);
    }
    Ok(None)
}

fn unsupported(a: &Value, b: &Value, op: BinOp, inplace: bool) -> crate::error::PyErr {
    let sym = match (op, inplace) {
        (BinOp::Pow, false) => "** or pow()".to_string(),
        (_, false) => op.symbol().to_string(),
        (_, true) => format!("{}=", op.symbol()),
    };
    type_error(format!(
        "unsupported operand type(s) for {sym}: '{}' and '{}'",
        a.class_name(),
        b.class_name()
    ))
}

fn sequence_fallback(
    i: &mut dyn Interp,
    a: &Value,
    b: &Value,
    op: BinOp,
) -> PyResult<Option<Value>> {
    match op {
        BinOp::Add => {
            if let Some(f) = td(&a.class()).slots.sq_concat.get() {
                return f(i, a, b);
            }
        }
        BinOp::Mul => {
            for (seq, n) in [(a, b), (b, a)] {
                let f = td(&seq.class()).slots.sq_repeat.get();
                if f.is_none() && seq.as_str_data().is_none() {
                    continue;
                }
                // `sequence_repeat`: the count must have `__index__`.
                if td(&n.class()).slots.index.get().is_none() {
                    return Err(type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        n.class_name()
                    )));
                }
                if let Some(f) = f {
                    return f(i, seq, n);
                }
            }
        }
        _ => {}
    }
    Ok(None)
}

/// `a op b`.
pub fn binary_op(i: &mut dyn Interp, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if let Some(r) = binary_op1(i, a, b, op)? {
        return Ok(r);
    }
    if let Some(r) = sequence_fallback(i, a, b, op)? {
        return Ok(r);
    }
    Err(unsupported(a, b, op, false))
}

/// `a op= b`: the in-place slot of `a`, then the binary operation.
pub fn inplace_op(i: &mut dyn Interp, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let ca = a.class();
    if let Some(f) = td(&ca).slots.nb_inplace[op as usize].get() {
        if let Some(r) = f(i, a, b)? {
            return Ok(r);
        }
    }
    if let Some(r) = binary_op1(i, a, b, op)? {
        return Ok(r);
    }
    if let Some(r) = sequence_fallback(i, a, b, op)? {
        return Ok(r);
    }
    Err(unsupported(a, b, op, true))
}

fn unary(
    i: &mut dyn Interp,
    v: &Value,
    pick: fn(&crate::typeobj::Slots) -> Option<crate::typeobj::UnaryFn>,
    sym: &str,
) -> PyResult<Value> {
    let cls = v.class();
    match pick(&td(&cls).slots) {
        Some(f) => f(i, v),
        None => Err(type_error(format!(
            "bad operand type for {sym}: '{}'",
            v.class_name()
        ))),
    }
}

pub fn neg(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    unary(i, v, |s| s.neg.get(), "unary -")
}
pub fn pos(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    unary(i, v, |s| s.pos.get(), "unary +")
}
pub fn invert(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    unary(i, v, |s| s.invert.get(), "unary ~")
}
pub fn abs(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    unary(i, v, |s| s.abs.get(), "abs()")
}

// ---- integers ----

/// The value of an int or bool that fits `i64`, without calling Python code.
#[inline]
pub fn as_index_opt(v: &Value) -> Option<i64> {
    match v {
        Value::Int(n) => Some(*n),
        Value::Bool(b) => Some(i64::from(*b)),
        _ => None,
    }
}

/// `operator.index(v)`: an int value.
pub fn index(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    match v {
        Value::Int(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(i64::from(*b))),
        _ => {
            let cls = v.class();
            match td(&cls).slots.index.get() {
                Some(f) => f(i, v),
                None => Err(type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    v.class_name()
                ))),
            }
        }
    }
}

/// `index(v)` as an `i64`; `OverflowError` beyond (CPython's `Py_ssize_t` message).
pub fn index_i64(i: &mut dyn Interp, v: &Value) -> PyResult<i64> {
    match index(i, v)? {
        Value::Int(n) => Ok(n),
        other => Err(crate::error::overflow_error(format!(
            "cannot fit '{}' into an index-sized integer",
            other.class_name()
        ))),
    }
}

// ---- attributes ----

/// `getattr(v, name)`; `name` is a str value.
pub fn getattr(i: &mut dyn Interp, v: &Value, name: &Value) -> PyResult<Value> {
    let cls = v.class();
    let r = match td(&cls).slots.getattro.get() {
        Some(f) => f(i, v, name),
        None => generic_getattr(i, v, name),
    };
    if let Err(e) = &r {
        attribute_error_context(e, v, name);
    }
    r
}

/// Records `name` and `obj` on an `AttributeError` (exactly) that lacks them
/// (`set_attribute_error_context`; the traceback's "Did you mean" uses them).
fn attribute_error_context(e: &crate::error::PyErr, v: &Value, name: &Value) {
    if !Rc::ptr_eq(&e.exc.class(), &builtin_types().exc.attribute_error) {
        return;
    }
    if let Some(d) = crate::exceptions::exc_data(&e.exc) {
        let mut dd = d.dict.borrow_mut();
        if dd.get_str("obj").is_none() {
            dd.set_str_key(new_str("name"), name.clone());
            dd.set_str_key(new_str("obj"), v.clone());
        }
    }
}

pub fn getattr_str(i: &mut dyn Interp, v: &Value, name: &str) -> PyResult<Value> {
    getattr(i, v, &new_str(name))
}

/// `getattr(v, name)`, or `None` when that raises AttributeError
/// (CPython's `_PyObject_LookupAttr`).
pub fn lookup_attr(i: &mut dyn Interp, v: &Value, name: &str) -> PyResult<Option<Value>> {
    match getattr_str(i, v, name) {
        Ok(x) => Ok(Some(x)),
        Err(e) if e.matches(&builtin_types().exc.attribute_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// The instance dict of `v`, if its representation has one (`None` for instances of a
/// class with `__slots__` and no `__dict__`, and for builtin-subclass instances, whose
/// dict is in [`crate::ext_dict`]: see [`instance_get`]).
pub fn instance_dict(v: &Value) -> Option<&std::cell::RefCell<crate::types::dict::DictData>> {
    match v.payload()? {
        Payload::Instance(d) => {
            if td(&v.class()).has_flag(crate::typeobj::flags::NO_DICT) {
                return None;
            }
            crate::types::dict::as_dict(d)
        }
        Payload::Module(m) => crate::types::dict::as_dict(&m.dict),
        Payload::Function(f) => crate::types::dict::as_dict(crate::types::func::func_dict(f)),
        _ => None,
    }
}

/// Whether instances of `cls` get a side `__dict__` (user subclasses of builtin types).
fn has_ext_dict(v: &Value, cls: &ObjRef) -> bool {
    let t = td(cls);
    (t.has_flag(crate::typeobj::flags::HEAPTYPE) || t.has_flag(crate::typeobj::flags::NATIVE_DICT))
        && !t.has_flag(crate::typeobj::flags::NO_DICT)
        && !matches!(
            v.payload(),
            Some(Payload::Instance(_) | Payload::Module(_) | Payload::Function(_))
        )
}

/// `v.__dict__` as a dict value, when `v` has one.
pub fn instance_dict_value(v: &Value) -> Option<Value> {
    let cls = v.class();
    match v.payload()? {
        Payload::Instance(d) if !td(&cls).has_flag(crate::typeobj::flags::NO_DICT) => {
            Some(d.clone())
        }
        Payload::Module(m) => Some(m.dict.clone()),
        Payload::Function(f) => Some(crate::types::func::func_dict(f).clone()),
        _ if has_ext_dict(v, &cls) => v.as_obj().map(crate::ext_dict::get_or_create),
        _ => None,
    }
}

/// `v.__dict__[name]`, without running Python code.
pub fn instance_get(v: &Value, name: &Value) -> Option<Value> {
    if let Some(d) = instance_dict(v) {
        return d.borrow().get_str_key(name);
    }
    let o = v.as_obj()?;
    if has_ext_dict(v, &o.class()) {
        let d = crate::ext_dict::get(o)?;
        return crate::types::dict::as_dict(&d)?.borrow().get_str_key(name);
    }
    None
}

fn name_is(name: &Value, s: &str) -> bool {
    name.as_str_data()
        .is_some_and(|n| n.as_bytes() == s.as_bytes())
}

/// Whether a user class along the MRO defines `__class__` before `object` does.
fn class_attr_overridden(t: &TypeData, name: &Value) -> bool {
    if !t.has_flag(crate::typeobj::flags::HEAPTYPE) {
        return false;
    }
    let mro = t.mro.borrow();
    for c in mro.iter() {
        let ct = td(c);
        if ct.dict.borrow().get_str_key(name).is_some() {
            return ct.has_flag(crate::typeobj::flags::HEAPTYPE);
        }
    }
    false
}

/// `object.__getattribute__`: a data descriptor on the type, the instance dict, then
/// the type attribute (bound through its `__get__`).
pub fn generic_getattr(i: &mut dyn Interp, v: &Value, name: &Value) -> PyResult<Value> {
    let cls = v.class();
    let t = td(&cls);
    // A user class may override `__class__` (a property, a plain attribute).
    if name_is(name, "__class__") && !class_attr_overridden(t, name) {
        return Ok(Value::Obj(cls));
    }
    let descr = t.lookup(name);
    let mut get = None;
    if let Some(d) = &descr {
        let dcls = d.class();
        let dt = td(&dcls);
        get = dt.slots.descr_get.get();
        if let (Some(g), Some(_)) = (get, dt.slots.descr_set.get()) {
            return g(i, d, Some(v), &cls);
        }
    }
    if let Some(x) = instance_get(v, name) {
        return Ok(x);
    }
    if let Some(d) = descr {
        if let Some(g) = get {
            return g(i, &d, Some(v), &cls);
        }
        return Ok(d);
    }
    if name_is(name, "__dict__") {
        if let Some(d) = instance_dict_value(v) {
            return Ok(d);
        }
    }
    Err(no_attribute(v, name))
}

/// `AttributeError: 'X' object has no attribute 'name'`.
pub fn no_attribute(v: &Value, name: &Value) -> crate::error::PyErr {
    let n = name
        .as_str_data()
        .map(|s| s.lossy().into_owned())
        .unwrap_or_default();
    if let Some(Payload::Module(m)) = v.payload() {
        return attribute_error(format!("module '{}' has no attribute '{n}'", m.name));
    }
    attribute_error(format!(
        "'{}' object has no attribute '{n}'",
        v.class_name()
    ))
}

/// `setattr(v, name, x)` / `delattr(v, name)` (`x` = `None`).
pub fn setattr(i: &mut dyn Interp, v: &Value, name: &Value, x: Option<Value>) -> PyResult<()> {
    let cls = v.class();
    match td(&cls).slots.setattro.get() {
        Some(f) => f(i, v, name, x),
        None => generic_setattr(i, v, name, x),
    }
}

/// `object.__setattr__`: a data descriptor on the type, else the instance dict.
pub fn generic_setattr(
    i: &mut dyn Interp,
    v: &Value,
    name: &Value,
    x: Option<Value>,
) -> PyResult<()> {
    let cls = v.class();
    let descr = td(&cls).lookup(name);
    if let Some(d) = &descr {
        if let Some(set) = td(&d.class()).slots.descr_set.get() {
            return set(i, d, v, x);
        }
    }
    let dict_val;
    let d = match instance_dict(v) {
        Some(d) => d,
        None => match instance_dict_value(v) {
            Some(dv) => {
                dict_val = dv;
                match crate::types::dict::as_dict(&dict_val) {
                    Some(d) => d,
                    None => return Err(no_attribute(v, name)),
                }
            }
            None => {
                let n = name
                    .as_str_data()
                    .map(|s| s.lossy().into_owned())
                    .unwrap_or_default();
                let builtin = !td(&cls).has_flag(crate::typeobj::flags::HEAPTYPE);
                return Err(attribute_error(if descr.is_some() && builtin {
                    format!("'{}' object attribute '{n}' is read-only", v.class_name())
                } else {
                    format!("'{}' object has no attribute '{n}'", v.class_name())
                }));
            }
        },
    };
    match x {
        Some(x) => d.borrow_mut().set_str_key(name.clone(), x),
        None => {
            if d.borrow_mut().remove_str_key(name).is_none() {
                return Err(no_attribute(v, name));
            }
        }
    }
    Ok(())
}

// ---- calls ----

/// `callable(*args)`.
pub fn call(i: &mut dyn Interp, callable: &Value, args: Args<'_>) -> PyResult<Value> {
    if let Value::Obj(o) = callable {
        match &o.payload {
            Payload::Function(_) => return i.call_function(o, args),
            Payload::BuiltinFunction(b) => return b.call(i, args),
            _ => {}
        }
    }
    let cls = callable.class();
    match td(&cls).slots.call.get() {
        Some(f) => f(i, callable, args),
        None => Err(type_error(format!(
            "'{}' object is not callable",
            callable.class_name()
        ))),
    }
}

/// `callable(*pos)` with positional arguments only.
pub fn call0(i: &mut dyn Interp, callable: &Value, pos: &[Value]) -> PyResult<Value> {
    call(i, callable, Args::positional(pos))
}

/// Whether `v` is callable.
pub fn is_callable(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Function(_) | Payload::BuiltinFunction(_)) => true,
        _ => td(&v.class()).slots.call.get().is_some(),
    }
}

// ---- iteration and containers ----

pub fn iter(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let cls = v.class();
    match td(&cls).slots.iter.get() {
        Some(f) => f(i, v),
        None if td(&cls).slots.getitem.get().is_some() && !is_type(v) => {
            Ok(crate::descr::new_seq_iter(v))
        }
        None => Err(type_error(format!(
            "'{}' object is not iterable",
            v.class_name()
        ))),
    }
}

/// `next(it)`: `None` when exhausted.
#[inline]
pub fn next(i: &mut dyn Interp, it: &Value) -> PyResult<Option<Value>> {
    if let Some(Payload::Iter(d)) = it.payload() {
        return d.next(i);
    }
    let cls = it.class();
    match td(&cls).slots.next.get() {
        Some(f) => f(i, it),
        None => Err(type_error(format!(
            "'{}' object is not an iterator",
            it.class_name()
        ))),
    }
}

/// Every item of an iterable (`list(v)`); tuples and lists are copied directly.
pub fn collect(i: &mut dyn Interp, v: &Value) -> PyResult<Vec<Value>> {
    match v.payload() {
        Some(Payload::Tuple(t)) => return Ok(t.to_vec()),
        Some(Payload::List(l)) => return Ok(l.borrow().clone()),
        _ => {}
    }
    let it = iter(i, v)?;
    let mut out = Vec::new();
    while let Some(x) = next(i, &it)? {
        out.push(x);
    }
    Ok(out)
}

pub fn len(i: &mut dyn Interp, v: &Value) -> PyResult<usize> {
    let cls = v.class();
    match td(&cls).slots.len.get() {
        Some(f) => f(i, v),
        None => Err(type_error(format!(
            "object of type '{}' has no len()",
            v.class_name()
        ))),
    }
}

pub fn getitem(i: &mut dyn Interp, c: &Value, k: &Value) -> PyResult<Value> {
    let cls = c.class();
    match td(&cls).slots.getitem.get() {
        Some(f) => f(i, c, k),
        None => {
            if let Some(Payload::Type(t)) = c.payload() {
                // `type[int]`: type itself is generic (CPython's PyObject_GetItem).
                if c.as_obj()
                    .is_some_and(|o| Rc::ptr_eq(o, &builtin_types().type_))
                {
                    return Ok(crate::types::genericalias::new_alias(c.clone(), k.clone()));
                }
                if let Some(f) = t.lookup_str("__class_getitem__") {
                    let f = crate::descr::bind(i, f, None, c.as_obj().unwrap_or(&cls))?;
                    return call0(i, &f, std::slice::from_ref(k));
                }
                return Err(type_error(format!(
                    "type '{}' is not subscriptable",
                    c.as_obj()
                        .and_then(|o| o.as_type())
                        .map(|t| t.name())
                        .unwrap_or_default()
                )));
            }
            Err(type_error(format!(
                "'{}' object is not subscriptable",
                c.class_name()
            )))
        }
    }
}

pub fn setitem(i: &mut dyn Interp, c: &Value, k: &Value, v: Value) -> PyResult<()> {
    let cls = c.class();
    match td(&cls).slots.setitem.get() {
        Some(f) => f(i, c, k, Some(v)),
        None => Err(type_error(format!(
            "'{}' object does not support item assignment",
            c.class_name()
        ))),
    }
}

pub fn delitem(i: &mut dyn Interp, c: &Value, k: &Value) -> PyResult<()> {
    let cls = c.class();
    match td(&cls).slots.setitem.get() {
        Some(f) => f(i, c, k, None),
        None => {
            // CPython words it differently when the type has sequence methods
            // (tp_as_sequence: approximated by len/contains/getitem, or a heap type) and
            // the key is an index (PySequence_DelItem's message).
            let t = td(&cls);
            let seqish = t.slots.len.get().is_some()
                || t.slots.contains.get().is_some()
                || t.slots.getitem.get().is_some()
                || t.has_flag(crate::typeobj::flags::HEAPTYPE);
            let index_key = as_index_opt(k).is_some() || td(&k.class()).slots.index.get().is_some();
            if seqish && index_key {
                // PyNumber_AsSsize_t(key, IndexError) runs before the message.
                if let Value::Obj(_) = index(i, k)? {
                    return Err(crate::error::index_error(format!(
                        "cannot fit '{}' into an index-sized integer",
                        k.class_name()
                    )));
                }
            }
            let verb = if seqish && index_key {
                "doesn't"
            } else {
                "does not"
            };
            Err(type_error(format!(
                "'{}' object {verb} support item deletion",
                c.class_name()
            )))
        }
    }
}

/// `item in c`.
pub fn contains(i: &mut dyn Interp, c: &Value, item: &Value) -> PyResult<bool> {
    let cls = c.class();
    if let Some(f) = td(&cls).slots.contains.get() {
        return f(i, c, item);
    }
    if td(&cls).slots.iter.get().is_none() {
        return Err(type_error(format!(
            "argument of type '{}' is not iterable",
            c.class_name()
        )));
    }
    let it = iter(i, c)?;
    while let Some(x) = next(i, &it)? {
        if eq(i, &x, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

// ---- types ----

/// `isinstance(v, cls)` for a single class.
pub fn isinstance(v: &Value, cls: &ObjRef) -> bool {
    is_subtype(&v.class(), cls)
}

/// Whether `v` is a type object.
pub fn is_type(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Type(_)))
}
