//! `_json.make_scanner` (Modules/_json.c `PyScannerObject`): `scan_once(string, idx)`
//! returns `(value, end)` or raises `StopIteration(idx)` where no value starts. A value
//! missing inside an array or object propagates that StopIteration to
//! `JSONDecoder.raw_decode`, which reports "Expecting value" (so a traceback out of
//! `json.loads` ends in `raw_decode`, as in CPython); the delimiter errors are raised here.

use std::cell::RefCell;

use krait_object::args::Args;
use krait_object::error::{type_error, value_error, PyErr, PyResult};
use krait_object::gc::traverse::{Busy, Visit};
use krait_object::native::{make_type, native_ref, new_native, visit_value, NativeData, TypeSpec};
use krait_object::typeobj::TypeData;
use krait_object::types::builtin_types;
use krait_object::types::list::new_list;
use krait_object::types::str::{new_str, new_str_data, StrData};
use krait_object::types::tuple::new_tuple;
use krait_object::{protocol, recursion, Interp, ObjRef, Value};

use super::{decode_error, scan_string};

/// `strict` and the hooks: `object_hook, object_pairs_hook, parse_float, parse_int,
/// parse_constant`.
struct Scanner {
    strict: bool,
    refs: RefCell<Vec<Value>>,
}

impl NativeData for Scanner {
    fn traverse(&self, visit: Visit) -> Result<(), Busy> {
        for v in self.refs.try_borrow().map_err(|_| Busy)?.iter() {
            visit_value(v, visit);
        }
        Ok(())
    }
    fn clear_refs(&self, trash: &mut Vec<Value>) -> Result<(), Busy> {
        trash.append(&mut *self.refs.try_borrow_mut().map_err(|_| Busy)?);
        Ok(())
    }
    fn tracked(&self) -> bool {
        true
    }
}

thread_local! {
    static SCANNER: ObjRef = make_type(&SCANNER_SPEC);
}

pub fn scanner_type() -> ObjRef {
    SCANNER.with(Clone::clone)
}

static SCANNER_SPEC: TypeSpec = TypeSpec::new("make_scanner", "_json", scanner_setup);

fn scanner_setup(t: &TypeData) {
    t.slots.new.set(Some(scanner_new));
    t.slots.call.set(Some(scanner_call));
}

fn scanner_new(i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 || !args.kwnames.is_empty() {
        return Err(type_error(format!(
            "make_scanner() takes exactly 1 argument ({} given)",
            pos.len() + args.kwnames.len()
        )));
    }
    let ctx = &pos[0];
    let strict_v = protocol::getattr_str(i, ctx, "strict")?;
    let strict = protocol::truthy(i, &strict_v)?;
    let mut refs = Vec::new();
    for name in [
        "object_hook",
        "object_pairs_hook",
        "parse_float",
        "parse_int",
        "parse_constant",
    ] {
        refs.push(protocol::getattr_str(i, ctx, name)?);
    }
    Ok(new_native(
        cls.clone(),
        Scanner {
            strict,
            refs: RefCell::new(refs),
        },
    ))
}

fn stop(idx: usize) -> PyErr {
    let exc = krait_object::exceptions::new_exception(
        &builtin_types().exc.stop_iteration,
        vec![Value::Int(idx as i64)],
    );
    PyErr::new(exc)
}

struct Scan<'a> {
    strict: bool,
    hooks: Vec<Value>,
    s: &'a Value,
    buf: Vec<u32>,
}

fn scanner_call(i: &mut dyn Interp, this: &Value, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 2 || !args.kwnames.is_empty() {
        return Err(type_error(format!(
            "scan_once() takes exactly 2 arguments ({} given)",
            pos.len() + args.kwnames.len()
        )));
    }
    let sc = native_ref::<Scanner>(this).ok_or_else(|| type_error("not a make_scanner"))?;
    let Some(d) = pos[0].as_str_data() else {
        return Err(type_error(format!(
            "first argument must be a string, not {:.80}",
            pos[0].class_name()
        )));
    };
    let idx = match protocol::index(i, &pos[1])? {
        Value::Int(n) => n,
        _ => {
            return Err(krait_object::error::overflow_error(
                "Python int too large to convert to C ssize_t",
            ))
        }
    };
    if idx < 0 {
        return Err(value_error("idx cannot be negative"));
    }
    let mut scan = Scan {
        strict: sc.strict,
        hooks: sc.refs.borrow().clone(),
        s: &pos[0],
        buf: d.code_points().collect(),
    };
    let (v, end) = scan.once(i, idx as usize)?;
    Ok(new_tuple(vec![v, Value::Int(end as i64)]))
}

fn is_ws(c: u32) -> bool {
    matches!(c, 0x20 | 0x09 | 0x0a | 0x0d)
}

fn is_digit(c: u32) -> bool {
    (0x30..=0x39).contains(&c)
}

impl Scan<'_> {
    fn at(&self, k: usize) -> u32 {
        self.buf.get(k).copied().unwrap_or(0)
    }

    fn has(&self, k: usize, lit: &str) -> bool {
        lit.chars()
            .enumerate()
            .all(|(j, c)| self.buf.get(k + j) == Some(&(c as u32)))
    }

    fn ws(&self, mut k: usize) -> usize {
        while k < self.buf.len() && is_ws(self.buf[k]) {
            k += 1;
        }
        k
    }

    fn once(&mut self, i: &mut dyn Interp, idx: usize) -> PyResult<(Value, usize)> {
        if idx >= self.buf.len() {
            return Err(stop(idx));
        }
        match char::from_u32(self.buf[idx]).unwrap_or('\0') {
            '"' => return scan_string(i, self.s, &self.buf, idx + 1, self.strict),
            '{' => {
                recursion::enter(i, " while decoding a JSON object from a unicode string")?;
                let r = self.object(i, idx + 1);
                recursion::leave();
                return r;
            }
            '[' => {
                recursion::enter(i, " while decoding a JSON array from a unicode string")?;
                let r = self.array(i, idx + 1);
                recursion::leave();
                return r;
            }
            'n' if self.has(idx, "null") => return Ok((Value::None, idx + 4)),
            't' if self.has(idx, "true") => return Ok((Value::Bool(true), idx + 4)),
            'f' if self.has(idx, "false") => return Ok((Value::Bool(false), idx + 5)),
            'N' if self.has(idx, "NaN") => return self.constant(i, "NaN", idx),
            'I' if self.has(idx, "Infinity") => return self.constant(i, "Infinity", idx),
            '-' if self.has(idx, "-Infinity") => return self.constant(i, "-Infinity", idx),
            _ => {}
        }
        self.number(i, idx)
    }

    fn constant(&mut self, i: &mut dyn Interp, name: &str, idx: usize) -> PyResult<(Value, usize)> {
        let f = self.hooks[4].clone();
        let v = protocol::call0(i, &f, &[new_str(name)])?;
        Ok((v, idx + name.chars().count()))
    }

    fn number(&mut self, i: &mut dyn Interp, start: usize) -> PyResult<(Value, usize)> {
        let len = self.buf.len();
        let mut idx = start;
        if self.at(idx) == u32::from(b'-') {
            idx += 1;
            if idx >= len {
                return Err(stop(start));
            }
        }
        let c = self.at(idx);
        if (0x31..=0x39).contains(&c) {
            idx += 1;
            while idx < len && is_digit(self.buf[idx]) {
                idx += 1;
            }
        } else if c == u32::from(b'0') {
            idx += 1;
        } else {
            return Err(stop(start));
        }
        let mut is_float = false;
        if idx + 1 < len && self.buf[idx] == u32::from(b'.') && is_digit(self.buf[idx + 1]) {
            is_float = true;
            idx += 2;
            while idx < len && is_digit(self.buf[idx]) {
                idx += 1;
            }
        }
        if idx + 1 < len && (self.buf[idx] == u32::from(b'e') || self.buf[idx] == u32::from(b'E')) {
            let e_start = idx;
            idx += 1;
            if idx + 1 < len
                && (self.buf[idx] == u32::from(b'-') || self.buf[idx] == u32::from(b'+'))
            {
                idx += 1;
            }
            while idx < len && is_digit(self.buf[idx]) {
                idx += 1;
            }
            if is_digit(self.buf[idx - 1]) {
                is_float = true;
            } else {
                idx = e_start;
            }
        }
        let text = new_str_data(StrData::from_code_points(self.buf[start..idx].to_vec()));
        let f = self.hooks[if is_float { 2 } else { 3 }].clone();
        let v = protocol::call0(i, &f, &[text])?;
        Ok((v, idx))
    }

    fn object(&mut self, i: &mut dyn Interp, idx: usize) -> PyResult<(Value, usize)> {
        let pairs_hook = self.hooks[1].clone();
        let has_pairs = !pairs_hook.is_none();
        let mut pairs: Vec<Value> = Vec::new();
        let dict = krait_object::types::dict::new_dict(Default::default());
        let len = self.buf.len();
        let mut idx = self.ws(idx);
        if idx >= len || self.buf[idx] != u32::from(b'}') {
            loop {
                if idx >= len || self.buf[idx] != u32::from(b'"') {
                    return Err(decode_error(
                        i,
                        "Expecting property name enclosed in double quotes",
                        self.s,
                        idx,
                    ));
                }
                let (key, next) = scan_string(i, self.s, &self.buf, idx + 1, self.strict)?;
                idx = self.ws(next);
                if idx >= len || self.buf[idx] != u32::from(b':') {
                    return Err(decode_error(i, "Expecting ':' delimiter", self.s, idx));
                }
                idx = self.ws(idx + 1);
                let (val, next) = self.once(i, idx)?;
                if has_pairs {
                    pairs.push(new_tuple(vec![key, val]));
                } else {
                    protocol::setitem(i, &dict, &key, val)?;
                }
                idx = self.ws(next);
                if idx < len && self.buf[idx] == u32::from(b'}') {
                    break;
                }
                if idx >= len || self.buf[idx] != u32::from(b',') {
                    return Err(decode_error(i, "Expecting ',' delimiter", self.s, idx));
                }
                idx = self.ws(idx + 1);
            }
        }
        let end = idx + 1;
        if has_pairs {
            let v = protocol::call0(i, &pairs_hook, &[new_list(pairs)])?;
            return Ok((v, end));
        }
        let hook = self.hooks[0].clone();
        if !hook.is_none() {
            let v = protocol::call0(i, &hook, &[dict])?;
            return Ok((v, end));
        }
        Ok((dict, end))
    }

    fn array(&mut self, i: &mut dyn Interp, idx: usize) -> PyResult<(Value, usize)> {
        let mut items = Vec::new();
        let len = self.buf.len();
        let mut idx = self.ws(idx);
        if idx >= len || self.buf[idx] != u32::from(b']') {
            loop {
                let (val, next) = self.once(i, idx)?;
                items.push(val);
                idx = self.ws(next);
                if idx < len && self.buf[idx] == u32::from(b']') {
                    break;
                }
                if idx >= len || self.buf[idx] != u32::from(b',') {
                    return Err(decode_error(i, "Expecting ',' delimiter", self.s, idx));
                }
                idx = self.ws(idx + 1);
            }
        }
        Ok((new_list(items), idx + 1))
    }
}
