//! `except*` (PEP 654) as CPython 3.11's ceval.c runs it: CHECK_EG_MATCH splits the
//! exception being handled by one clause's type (wrapping a naked exception in
//! `ExceptionGroup("", (exc,))`), and PREP_RERAISE_STAR combines what the clauses raised
//! and left unhandled into the exception to re-raise (`_PyExc_PrepReraiseStar`).

use std::rc::Rc;

use krait_object::error::{type_error, PyResult};
use krait_object::exc_group::{create_group, given_matches, group_fields, project};
use krait_object::exceptions::{exc_data, is_exception_class};
use krait_object::object::Payload;
use krait_object::types::builtin_types;
use krait_object::types::list::new_list;
use krait_object::types::tuple::new_tuple;
use krait_object::Value;

use super::OpResult;
use crate::vm::Vm;

/// `check_except_star_type_valid`: classes deriving from BaseException, none of them a
/// BaseExceptionGroup.
fn check_star_type(v: &Value) -> PyResult<()> {
    let items: Vec<Value> = match v.payload() {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => vec![v.clone()],
    };
    if !items.iter().all(is_exception_class) {
        return Err(type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        ));
    }
    let eg = &builtin_types().exc.base_exception_group;
    let is_eg = |c: &Value| {
        c.as_obj()
            .is_some_and(|c| krait_object::typeobj::is_subtype(c, eg))
    };
    if items.iter().any(is_eg) {
        return Err(type_error(
            "catching ExceptionGroup with except* is not allowed. Use except instead.",
        ));
    }
    Ok(())
}

/// `exception_group_match`: `(match, rest)`, both None when nothing matches.
fn group_match(vm: &mut Vm, exc: &Value, typ: &Value) -> PyResult<(Value, Value)> {
    if exc.is_none() {
        return Ok((Value::None, Value::None));
    }
    if given_matches(exc, typ) {
        if group_fields(exc).is_some() {
            return Ok((exc.clone(), Value::None));
        }
        let wrapped = create_group(vm, "", new_tuple(vec![exc.clone()]))?;
        return Ok((wrapped, Value::None));
    }
    if group_fields(exc).is_some() {
        let split = krait_object::protocol::getattr_str(vm, exc, "split")?;
        let pair = krait_object::protocol::call0(vm, &split, std::slice::from_ref(typ))?;
        if let Some(Payload::Tuple(t)) = pair.payload() {
            if t.len() == 2 {
                return Ok((t[0].clone(), t[1].clone()));
            }
        }
        return Err(type_error("split must return a 2-tuple"));
    }
    Ok((Value::None, Value::None))
}

/// CHECK_EG_MATCH: `[exc, type]` → `[exc, None]` on no match, else `[rest, match]` with
/// `match` becoming the handled exception.
pub fn CHECK_EG_MATCH(vm: &mut Vm, _arg: u32) -> OpResult {
    let typ = vm.pop();
    check_star_type(&typ)?;
    let exc = vm.peek(0);
    let (matched, rest) = group_match(vm, &exc, &typ)?;
    if matched.is_none() {
        vm.push(Value::None);
        return Ok(());
    }
    if let Some(top) = vm.top_mut() {
        *top = rest;
    }
    vm.push(matched.clone());
    vm.exc_info = matched;
    Ok(())
}

/// `is_same_exception_metadata`: a re-raised part of `orig` (same traceback, cause and
/// context) rather than a newly raised exception. CPython compares traceback objects by
/// identity; the entry lists compare equal exactly when no frame was added since.
fn same_metadata(a: &Value, b: &Value) -> bool {
    let (Some(x), Some(y)) = (a.as_obj().and_then(exc_data), b.as_obj().and_then(exc_data)) else {
        return false;
    };
    let (tx, ty) = (x.traceback.borrow(), y.traceback.borrow());
    tx.len() == ty.len()
        && tx
            .iter()
            .zip(ty.iter())
            .all(|(p, q)| Rc::ptr_eq(&p.code, &q.code) && p.lasti == q.lasti)
        && x.cause.borrow().is(&y.cause.borrow())
        && x.context.borrow().is(&y.context.borrow())
}

/// `_PyExc_PrepReraiseStar(orig, excs)`.
fn prep_reraise_star(vm: &mut Vm, orig: &Value, excs: &[Value]) -> PyResult<Value> {
    if excs.is_empty() {
        return Ok(Value::None);
    }
    if group_fields(orig).is_none() {
        // A naked exception was caught and wrapped: at most one clause ran.
        return Ok(excs[0].clone());
    }
    let mut raised = Vec::new();
    let mut reraised = Vec::new();
    for e in excs.iter().filter(|e| !e.is_none()) {
        if same_metadata(e, orig) {
            reraised.push(e.clone());
        } else {
            raised.push(e.clone());
        }
    }
    let reraised_eg = project(vm, orig, &reraised)?;
    if raised.is_empty() {
        return Ok(reraised_eg);
    }
    if !reraised_eg.is_none() {
        raised.push(reraised_eg);
    }
    if raised.len() > 1 {
        create_group(vm, "", new_list(raised))
    } else {
        Ok(raised.swap_remove(0))
    }
}

/// PREP_RERAISE_STAR: `[orig, excs]` → `[exception to re-raise or None]`.
pub fn PREP_RERAISE_STAR(vm: &mut Vm, _arg: u32) -> OpResult {
    let excs = vm.pop();
    let orig = vm.pop();
    let items = match excs.payload() {
        Some(Payload::List(l)) => l.borrow().clone(),
        _ => Vec::new(),
    };
    let v = prep_reraise_star(vm, &orig, &items)?;
    vm.push(v);
    Ok(())
}
