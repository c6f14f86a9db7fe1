//! `BaseExceptionGroup` / `ExceptionGroup` (PEP 654) as CPython 3.11's
//! Objects/exceptions.c builds them: `__new__`'s checks and its choice of class,
//! `message`/`exceptions`, `str`, `derive`, and `split`/`subgroup` with their
//! metadata copying. The `except*` opcodes (CHECK_EG_MATCH, PREP_RERAISE_STAR) build on
//! [`split_group`] and [`project`].

use std::rc::Rc;

use crate::args::Args;
use crate::error::{attribute_error, type_error, value_error, PyResult};
use crate::exceptions::{exc_data, new_exception};
use crate::interp::Interp;
use crate::object::{ObjRef, Payload};
use crate::protocol;
use crate::typeobj::{is_subtype, TypeData};
use crate::types::builtin_types;
use crate::types::list::new_list;
use crate::types::str::new_str;
use crate::types::tuple::{new_tuple, tuple_items};
use crate::value::Value;

/// The fields of a group instance. Invariant: `exceptions` is a non-empty tuple of
/// exception instances (checked by `__new__`, never changed afterwards).
pub struct GroupFields {
    pub message: Value,
    pub exceptions: Value,
}

/// Fills BaseExceptionGroup's slots (ExceptionGroup inherits them).
pub fn setup(t: &TypeData) {
    let s = &t.slots;
    s.new.set(Some(group_new));
    s.init.set(Some(group_init));
    s.str.set(Some(group_str));
    s.getattro.set(Some(group_getattr));
    s.setattro.set(Some(group_setattr));
}

/// The methods of BaseExceptionGroup.
pub static METHODS: &[crate::types::MethodDef] = &[
    crate::method!("derive", derive),
    crate::method!("split", split),
    crate::method!("subgroup", subgroup),
];

/// The group fields of `v`, if it is an exception group instance.
pub fn group_fields(v: &Value) -> Option<&GroupFields> {
    exc_data(v.as_obj()?)?.group.get()
}

/// The sub-exceptions of a group (empty for anything else).
pub fn group_exceptions(v: &Value) -> Vec<Value> {
    group_fields(v).map_or_else(Vec::new, |g| tuple_items(&g.exceptions).to_vec())
}

/// `PySequence_Check`: a type with item access that is not a mapping (dict).
fn is_sequence(v: &Value) -> bool {
    let cls = v.class();
    let t = builtin_types();
    protocol::td(&cls).slots.getitem.get().is_some() && !is_subtype(&cls, &t.dict)
}

fn group_new(i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    let t = builtin_types();
    let cls_name = protocol::td(cls).name.borrow().clone();
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            pos.len()
        )));
    }
    let (message, excs) = (&pos[0], &pos[1]);
    if message.as_str_data().is_none() {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            if message.is_none() {
                "None".to_string()
            } else {
                message.class_name()
            }
        )));
    }
    if !is_sequence(excs) {
        return Err(type_error(
            "second argument (exceptions) must be a sequence",
        ));
    }
    let items = protocol::collect(i, excs)?;
    if items.is_empty() {
        return Err(value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let mut nested_base = false;
    for (n, e) in items.iter().enumerate() {
        if !crate::exceptions::is_exception_instance(e) {
            return Err(value_error(format!(
                "Item {n} of second argument (exceptions) is not an exception"
            )));
        }
        if !protocol::isinstance(e, &t.exc.exception) {
            nested_base = true;
        }
    }
    let mut cls = cls.clone();
    if Rc::ptr_eq(&cls, &t.exc.base_exception_group) {
        if !nested_base {
            cls = t.exc.exception_group.clone();
        }
    } else if Rc::ptr_eq(&cls, &t.exc.exception_group) {
        if nested_base {
            return Err(type_error(
                "Cannot nest BaseExceptions in an ExceptionGroup",
            ));
        }
    } else if nested_base && is_subtype(&cls, &t.exc.exception) {
        return Err(type_error(format!(
            "Cannot nest BaseExceptions in '{cls_name}'"
        )));
    }
    let obj = new_exception(&cls, pos.to_vec());
    if let Some(e) = exc_data(&obj) {
        let _ = e.group.set(GroupFields {
            message: message.clone(),
            exceptions: new_tuple(items),
        });
    }
    Ok(Value::Obj(obj))
}

/// `__init__`: no keywords (named after the class `__new__` chose), then `args`.
fn group_init(_i: &mut dyn Interp, this: &Value, args: Args<'_>) -> PyResult<()> {
    args.no_kwargs(&this.class_name())?;
    if let Some(e) = this.as_obj().and_then(exc_data) {
        *e.args.borrow_mut() = new_tuple(args.pos().to_vec());
    }
    Ok(())
}

/// `BaseExceptionGroup(message, excs)` called from native code (the class is
/// ExceptionGroup when every member is an Exception).
pub fn create_group(i: &mut dyn Interp, message: &str, excs: Value) -> PyResult<Value> {
    let t = builtin_types();
    let vals = [new_str(message), excs];
    group_new(i, &t.exc.base_exception_group, Args::positional(&vals))
}

/// `str(eg)`: `message (N sub-exception[s])`.
fn group_str(i: &mut dyn Interp, this: &Value) -> PyResult<Value> {
    let Some(g) = group_fields(this) else {
        return Ok(new_str(""));
    };
    let msg = protocol::str_string(i, &g.message)?;
    let n = tuple_items(&g.exceptions).len();
    Ok(new_str(&format!(
        "{msg} ({n} sub-exception{})",
        if n == 1 { "" } else { "s" }
    )))
}

fn group_getattr(i: &mut dyn Interp, this: &Value, name: &Value) -> PyResult<Value> {
    if let Some(g) = group_fields(this) {
        match name.as_str_data().and_then(|s| s.as_str()) {
            Some("message") => return Ok(g.message.clone()),
            Some("exceptions") => return Ok(g.exceptions.clone()),
            _ => {}
        }
    }
    crate::exceptions::exc_getattr(i, this, name)
}

fn group_setattr(i: &mut dyn Interp, this: &Value, name: &Value, v: Option<Value>) -> PyResult<()> {
    if matches!(
        name.as_str_data().and_then(|s| s.as_str()),
        Some("message" | "exceptions")
    ) {
        return Err(attribute_error("readonly attribute"));
    }
    crate::exceptions::exc_setattr(i, this, name, v)
}

fn self_group<'a>(args: &'a Args<'_>, name: &str) -> PyResult<&'a Value> {
    match args.pos().first() {
        Some(v) if group_fields(v).is_some() => Ok(v),
        _ => Err(type_error(format!(
            "descriptor '{name}' requires a 'BaseExceptionGroup' object"
        ))),
    }
}

/// `eg.derive(excs)`: `BaseExceptionGroup(eg.message, excs)`.
fn derive(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let this = self_group(&args, "derive")?;
    args.no_kwargs("derive")?;
    let pos = &args.pos()[1..];
    if pos.len() != 1 {
        return Err(type_error(format!(
            "function takes exactly 1 argument ({} given)",
            pos.len()
        )));
    }
    let msg = group_fields(this).map_or(Value::None, |g| g.message.clone());
    let t = builtin_types();
    let vals = [msg, pos[0].clone()];
    let cls = Value::Obj(t.exc.base_exception_group.clone());
    protocol::call0(i, &cls, &vals)
}

/// How `split` decides that a leaf matches.
pub enum Matcher {
    /// An exception class or a tuple of them (`PyErr_GivenExceptionMatches`).
    ByType(Value),
    /// A Python function called with each exception.
    Predicate(Value),
    /// The leaves whose identity is in the list (PREP_RERAISE_STAR's projection).
    Ids(Vec<*const crate::object::PyObject>),
}

fn matcher_of(v: &Value) -> PyResult<Matcher> {
    if matches!(v.payload(), Some(Payload::Function(_))) {
        return Ok(Matcher::Predicate(v.clone()));
    }
    if crate::exceptions::is_exception_class(v) {
        return Ok(Matcher::ByType(v.clone()));
    }
    if let Some(Payload::Tuple(items)) = v.payload() {
        if Rc::ptr_eq(&v.class(), &builtin_types().tuple)
            && items.iter().all(crate::exceptions::is_exception_class)
        {
            return Ok(Matcher::ByType(v.clone()));
        }
    }
    Err(type_error(
        "expected a function, exception type or tuple of exception types",
    ))
}

/// `PyErr_GivenExceptionMatches(exc, cls)` for a class or a (nested) tuple of classes.
pub fn given_matches(exc: &Value, cls: &Value) -> bool {
    match cls.payload() {
        Some(Payload::Tuple(items)) => items.iter().any(|c| given_matches(exc, c)),
        _ => cls.as_obj().is_some_and(|c| protocol::isinstance(exc, c)),
    }
}

fn leaf_matches(i: &mut dyn Interp, exc: &Value, m: &Matcher) -> PyResult<bool> {
    match m {
        Matcher::ByType(c) => Ok(given_matches(exc, c)),
        Matcher::Predicate(f) => {
            let r = protocol::call0(i, f, std::slice::from_ref(exc))?;
            protocol::truthy(i, &r)
        }
        Matcher::Ids(ids) => Ok(exc.as_obj().is_some_and(|o| ids.contains(&Rc::as_ptr(o)))),
    }
}

/// `exceptiongroup_split_recursive`: the matching part and (when `with_rest`) the rest
/// of `exc`, each `None` when empty.
pub fn split_group(
    i: &mut dyn Interp,
    exc: &Value,
    m: &Matcher,
    with_rest: bool,
) -> PyResult<(Value, Value)> {
    if leaf_matches(i, exc, m)? {
        return Ok((exc.clone(), Value::None));
    }
    let Some(g) = group_fields(exc) else {
        let rest = if with_rest { exc.clone() } else { Value::None };
        return Ok((Value::None, rest));
    };
    let members = tuple_items(&g.exceptions).to_vec();
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in &members {
        crate::recursion::enter(i, " in exceptiongroup_split_recursive")?;
        let r = split_group(i, e, m, with_rest);
        crate::recursion::leave();
        let (a, b) = r?;
        if !a.is_none() {
            matched.push(a);
        }
        if !b.is_none() {
            rest.push(b);
        }
    }
    let matched = subset(i, exc, matched)?;
    let rest = if with_rest {
        subset(i, exc, rest)?
    } else {
        Value::None
    };
    Ok((matched, rest))
}

/// `exceptiongroup_subset`: `orig.derive(excs)` with orig's traceback, context, cause and
/// a copy of its notes; `None` for no exceptions.
fn subset(i: &mut dyn Interp, orig: &Value, excs: Vec<Value>) -> PyResult<Value> {
    if excs.is_empty() {
        return Ok(Value::None);
    }
    let derive = protocol::getattr_str(i, orig, "derive")?;
    let eg = protocol::call0(i, &derive, &[new_list(excs)])?;
    if group_fields(&eg).is_none() {
        return Err(type_error(
            "derive must return an instance of BaseExceptionGroup",
        ));
    }
    if let (Some(o), Some(n)) = (
        orig.as_obj().and_then(exc_data),
        eg.as_obj().and_then(exc_data),
    ) {
        *n.traceback.borrow_mut() = o.traceback.borrow().clone();
        *n.context.borrow_mut() = o.context.borrow().clone();
        // PyException_SetCause also sets __suppress_context__.
        *n.cause.borrow_mut() = o.cause.borrow().clone();
        n.suppress_context.set(true);
    }
    match protocol::getattr_str(i, orig, "__notes__") {
        Ok(notes) => {
            if is_sequence(&notes) {
                let copy = new_list(protocol::collect(i, &notes)?);
                protocol::setattr(i, &eg, &new_str("__notes__"), Some(copy))?;
            }
        }
        Err(e) if e.matches(&builtin_types().exc.attribute_error) => {}
        Err(e) => return Err(e),
    }
    Ok(eg)
}

fn one_matcher<'a>(args: &'a Args<'_>, name: &str) -> PyResult<&'a Value> {
    args.no_kwargs(name)?;
    let pos = &args.pos()[1..];
    if pos.len() != 1 {
        return Err(type_error(format!(
            "{name} expected 1 argument, got {}",
            pos.len()
        )));
    }
    Ok(&pos[0])
}

/// `eg.split(matcher)`: `(match, rest)`.
fn split(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let this = self_group(&args, "split")?.clone();
    let m = matcher_of(one_matcher(&args, "split")?)?;
    let (a, b) = split_group(i, &this, &m, true)?;
    Ok(new_tuple(vec![a, b]))
}

/// `eg.subgroup(matcher)`: the matching part or None.
fn subgroup(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let this = self_group(&args, "subgroup")?.clone();
    let m = matcher_of(one_matcher(&args, "subgroup")?)?;
    Ok(split_group(i, &this, &m, false)?.0)
}

/// The identities of the leaf exceptions of `exc` (itself when it is not a group);
/// iterative, so a deeply nested group cannot overflow the native stack.
pub fn leaf_ids(exc: &Value, out: &mut Vec<*const crate::object::PyObject>) {
    let mut todo = vec![exc.clone()];
    while let Some(e) = todo.pop() {
        match group_fields(&e) {
            Some(g) => todo.extend(tuple_items(&g.exceptions).iter().rev().cloned()),
            None => {
                if let Some(o) = e.as_obj() {
                    out.push(Rc::as_ptr(o));
                }
            }
        }
    }
}

/// `exception_group_projection`: the part of `eg` whose leaves are leaves of `keep`.
pub fn project(i: &mut dyn Interp, eg: &Value, keep: &[Value]) -> PyResult<Value> {
    let mut ids = Vec::new();
    for k in keep {
        leaf_ids(k, &mut ids);
    }
    Ok(split_group(i, eg, &Matcher::Ids(ids), false)?.0)
}
