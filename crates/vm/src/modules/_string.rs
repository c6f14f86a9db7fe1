//! `_string` (Objects/stringlib/unicode_format.h's iterators): `formatter_parser` and
//! `formatter_field_name_split`, which `string.Formatter` is built on.
//!
//! Both parse the whole string up front; the iterators hand out the pieces parsed
//! before an error and raise the error where CPython's lazy parser would.

use std::cell::{Cell, RefCell};

use krait_object::args::Args;
use krait_object::error::{type_error, value_error, PyResult};
use krait_object::gc::traverse::{Busy, Visit};
use krait_object::native::{make_type, native_ref, new_native, visit_value, NativeData, TypeSpec};
use krait_object::typeobj::TypeData;
use krait_object::types::str::new_string;
use krait_object::types::tuple::new_tuple;
use krait_object::{Interp, ObjRef, Value};

use super::new_module_with;
use crate::vm::Vm;

/// Pieces already parsed, then maybe the error that stopped the parse.
struct PieceIter {
    items: RefCell<Vec<Value>>,
    pos: Cell<usize>,
    error: RefCell<Option<String>>,
}

impl NativeData for PieceIter {
    fn traverse(&self, visit: Visit) -> Result<(), Busy> {
        for v in self.items.try_borrow().map_err(|_| Busy)?.iter() {
            visit_value(v, visit);
        }
        Ok(())
    }
    fn clear_refs(&self, trash: &mut Vec<Value>) -> Result<(), Busy> {
        trash.append(&mut *self.items.try_borrow_mut().map_err(|_| Busy)?);
        Ok(())
    }
    fn tracked(&self) -> bool {
        true
    }
}

fn iter_setup(t: &TypeData) {
    t.slots.iter.set(Some(|_, v| Ok(v.clone())));
    t.slots.next.set(Some(|_, v| {
        let Some(it) = native_ref::<PieceIter>(v) else {
            return Err(type_error("not a formatter iterator"));
        };
        let k = it.pos.get();
        let item = it.items.borrow().get(k).cloned();
        if let Some(x) = item {
            it.pos.set(k + 1);
            return Ok(Some(x));
        }
        match it.error.borrow_mut().take() {
            Some(msg) => Err(value_error(msg)),
            None => Ok(None),
        }
    }));
}

static PARSER_SPEC: TypeSpec = TypeSpec::new("formatteriterator", "", iter_setup);
static FIELD_SPEC: TypeSpec = TypeSpec::new("fieldnameiterator", "", iter_setup);

thread_local! {
    static PARSER_T: ObjRef = make_type(&PARSER_SPEC);
    static FIELD_T: ObjRef = make_type(&FIELD_SPEC);
}

fn new_iter(cls: ObjRef, items: Vec<Value>, error: Option<String>) -> Value {
    new_native(
        cls,
        PieceIter {
            items: RefCell::new(items),
            pos: Cell::new(0),
            error: RefCell::new(error),
        },
    )
}

fn text(cs: &[char]) -> Value {
    new_string(cs.iter().collect())
}

fn str_arg(v: &Value, fname: &str) -> PyResult<Vec<char>> {
    match v.as_str_data() {
        Some(s) => Ok(s.lossy().chars().collect()),
        None => Err(type_error(format!(
            "{fname}() argument must be str, not {}",
            v.class_name()
        ))),
    }
}

/// One `(literal, field_name, format_spec, conversion)` piece (CPython's
/// `MarkupIterator_next` + `parse_field`); `Ok(None)` at the end.
fn next_piece(s: &[char], at: &mut usize) -> Result<Option<Value>, String> {
    if *at >= s.len() {
        return Ok(None);
    }
    let start = *at;
    let mut c = '\0';
    let mut markup = false;
    while *at < s.len() {
        c = s[*at];
        *at += 1;
        if c == '{' || c == '}' {
            markup = true;
            break;
        }
    }
    let at_end = *at >= s.len();
    let mut len = *at - start;
    if c == '}' && (at_end || s[*at] != c) {
        return Err("Single '}' encountered in format string".into());
    }
    if at_end && c == '{' {
        return Err("Single '{' encountered in format string".into());
    }
    if !at_end && markup {
        if s[*at] == c {
            *at += 1;
            markup = false;
        } else {
            len -= 1;
        }
    }
    let literal = text(&s[start..start + len]);
    if !markup {
        return Ok(Some(new_tuple(vec![
            literal,
            Value::None,
            Value::None,
            Value::None,
        ])));
    }
    // The field name ends at ':', '!' or '}' (brackets may hold them).
    let name_start = *at;
    c = '\0';
    while *at < s.len() {
        c = s[*at];
        *at += 1;
        match c {
            '{' => return Err("unexpected '{' in field name".into()),
            '[' => {
                while *at < s.len() && s[*at] != ']' {
                    *at += 1;
                }
                c = '\0';
            }
            '}' | ':' | '!' => break,
            _ => c = '\0',
        }
    }
    let name_end = if c == '\0' { *at } else { *at - 1 };
    let name = text(&s[name_start..name_end]);
    let mut conversion = Value::None;
    if c == '!' || c == ':' {
        if c == '!' {
            if *at >= s.len() {
                return Err("end of string while looking for conversion specifier".into());
            }
            conversion = text(&s[*at..*at + 1]);
            *at += 1;
            if *at < s.len() {
                let c2 = s[*at];
                *at += 1;
                if c2 == '}' {
                    return Ok(Some(new_tuple(vec![literal, name, text(&[]), conversion])));
                }
                if c2 != ':' {
                    return Err("expected ':' after conversion specifier".into());
                }
            }
        }
        let spec_start = *at;
        let mut count = 1;
        while *at < s.len() {
            let c2 = s[*at];
            *at += 1;
            if c2 == '{' {
                count += 1;
            } else if c2 == '}' {
                count -= 1;
                if count == 0 {
                    let spec = text(&s[spec_start..*at - 1]);
                    return Ok(Some(new_tuple(vec![literal, name, spec, conversion])));
                }
            }
        }
        return Err("unmatched '{' in format spec".into());
    }
    if c != '}' {
        return Err("expected '}' before end of string".into());
    }
    Ok(Some(new_tuple(vec![literal, name, text(&[]), conversion])))
}

fn formatter_parser(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("formatter_parser", 1)?;
    let s = str_arg(&pos[0], "formatter_parser")?;
    let mut at = 0;
    let mut items = Vec::new();
    let error = loop {
        match next_piece(&s, &mut at) {
            Ok(Some(p)) => items.push(p),
            Ok(None) => break None,
            Err(e) => break Some(e),
        }
    };
    Ok(new_iter(PARSER_T.with(Clone::clone), items, error))
}

/// An int for an all-digit key (a Py_ssize_t, like CPython), else the str.
fn key_value(cs: &[char]) -> Result<Value, String> {
    if !cs.is_empty() && cs.iter().all(char::is_ascii_digit) {
        let s: String = cs.iter().collect();
        return s
            .parse::<i64>()
            .map(Value::Int)
            .map_err(|_| "Too many decimal digits in format string".to_owned());
    }
    Ok(text(cs))
}

fn formatter_field_name_split(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("formatter_field_name_split", 1)?;
    let s = str_arg(&pos[0], "formatter_field_name_split")?;
    let first_end = s
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(s.len());
    let first = key_value(&s[..first_end]).map_err(value_error)?;
    let mut at = first_end;
    let mut items = Vec::new();
    let mut error = None;
    while at < s.len() {
        let c = s[at];
        at += 1;
        match c {
            '.' => {
                let st = at;
                while at < s.len() && s[at] != '.' && s[at] != '[' {
                    at += 1;
                }
                if at == st {
                    error = Some("Empty attribute in format string".to_owned());
                    break;
                }
                items.push(new_tuple(vec![Value::Bool(true), text(&s[st..at])]));
            }
            '[' => {
                let st = at;
                while at < s.len() && s[at] != ']' {
                    at += 1;
                }
                if at >= s.len() {
                    error = Some("Missing ']' in format string".to_owned());
                    break;
                }
                let key = &s[st..at];
                at += 1;
                if key.is_empty() {
                    error = Some("Empty attribute in format string".to_owned());
                    break;
                }
                match key_value(key) {
                    Ok(k) => items.push(new_tuple(vec![Value::Bool(false), k])),
                    Err(e) => {
                        error = Some(e);
                        break;
                    }
                }
                if at < s.len() && s[at] != '.' && s[at] != '[' {
                    error =
                        Some("Only '.' or '[' may follow ']' in format field specifier".to_owned());
                    break;
                }
            }
            _ => {
                error = Some("Only '.' or '[' may follow ']' in format field specifier".to_owned());
                break;
            }
        }
    }
    let rest = new_iter(FIELD_T.with(Clone::clone), items, error);
    Ok(new_tuple(vec![first, rest]))
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    Ok(new_module_with(
        "_string",
        &[
            ("formatter_parser", formatter_parser),
            ("formatter_field_name_split", formatter_field_name_split),
        ],
    ))
}
