//! "Did you mean" suggestions of 3.11 tracebacks (CPython's `Python/suggestions.c`),
//! computed when the traceback is printed: for an `AttributeError` (exactly), the closest
//! name in `dir(obj)`; for a `NameError` (exactly), the closest local variable name of the
//! innermost frame, then global, then builtin. Closeness is a Levenshtein distance with
//! CPython's costs (case change 1, other edits 2) and limits.

use std::rc::Rc;

use krait_object::exceptions::exc_data;
use krait_object::object::{ObjRef, Payload};
use krait_object::protocol;
use krait_object::types::builtin_types;
use krait_object::types::dict::{as_dict, DictData};
use krait_object::Value;

use crate::vm::Vm;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// `levenshtein_distance` of suggestions.c, giving up beyond `max_cost`.
fn distance<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut dist = bi * MOVE_COST;
        result = dist;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = dist + substitution_cost(code, ac);
            dist = buffer[ai];
            let insert_delete = result.min(dist) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// `calculate_suggestions`: the closest candidate (first of equals wins).
fn closest(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<&String> = None;
    let mut best_d = usize::MAX;
    for c in candidates {
        if c == name {
            continue;
        }
        let max = ((name.len() + c.len() + 3) * MOVE_COST / 6).min(best_d.saturating_sub(1));
        let d = distance(name.as_bytes(), c.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none() || d < best_d {
            best = Some(c);
            best_d = d;
        }
    }
    best.cloned()
}

fn keys(d: &DictData, out: &mut Vec<String>) {
    for k in d.keys() {
        if let Some(s) = k.as_str_data() {
            out.push(s.lossy().into_owned());
        }
    }
}

/// The names `dir(obj)` lists, sorted.
fn dir_names(obj: &Value) -> Vec<String> {
    let mut names = Vec::new();
    if let Some(Payload::Module(m)) = obj.payload() {
        if let Some(d) = as_dict(&m.dict) {
            keys(&d.borrow(), &mut names);
        }
    } else {
        if let Some(d) = protocol::instance_dict_value(obj) {
            if let Some(d) = as_dict(&d) {
                keys(&d.borrow(), &mut names);
            }
        }
        let cls = match obj {
            Value::Obj(o) if o.as_type().is_some() => o.clone(),
            _ => obj.class(),
        };
        let mro: Vec<ObjRef> = protocol::td(&cls).mro.borrow().clone();
        for t in &mro {
            keys(&protocol::td(t).dict.borrow(), &mut names);
        }
        if !matches!(obj, Value::Obj(o) if o.as_type().is_some()) {
            names.push("__class__".into());
        }
    }
    names.sort();
    names.dedup();
    names
}

fn dict_str(e: &krait_object::exceptions::ExcData, key: &str) -> Option<Value> {
    e.dict.borrow().get_str(key)
}

/// The suggestion for an uncaught `exc`, if any (`'name'` to append as
/// `. Did you mean: 'name'?`).
pub fn suggestion(vm: &Vm, exc: &ObjRef) -> Option<String> {
    let e = exc_data(exc)?;
    let cls = exc.class();
    let bt = builtin_types();
    let name_of = |v: &Value| v.as_str_data().map(|s| s.lossy().into_owned());
    if Rc::ptr_eq(&cls, &bt.exc.attribute_error) {
        let name = name_of(&dict_str(e, "name")?)?;
        let obj = dict_str(e, "obj")?;
        return closest(&dir_names(&obj), &name);
    }
    if Rc::ptr_eq(&cls, &bt.exc.name_error) {
        let name = match dict_str(e, "name").as_ref().and_then(name_of) {
            Some(n) => n,
            None => {
                // "name 'x' is not defined"
                let args = krait_object::exceptions::exc_args(exc);
                let msg = name_of(args.first()?)?;
                let rest = msg.strip_prefix("name '")?;
                rest[..rest.find('\'')?].to_string()
            }
        };
        let tb = e.traceback.borrow();
        let code = &tb.first()?.code;
        let varnames: Vec<String> = code.co.varnames.iter().map(|v| v.to_string()).collect();
        if let Some(s) = closest(&varnames, &name) {
            return Some(s);
        }
        for ns in [&vm.main_globals, &vm.builtins] {
            let mut names = Vec::new();
            if let Some(d) = as_dict(ns) {
                keys(&d.borrow(), &mut names);
            }
            if let Some(s) = closest(&names, &name) {
                return Some(s);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(distance(b"abc", b"abd", 10), 2);
        assert_eq!(distance(b"Abc", b"abc", 10), 1);
        assert_eq!(
            closest(&["apple".into(), "appel".into()], "appl"),
            Some("apple".into())
        );
    }
}
