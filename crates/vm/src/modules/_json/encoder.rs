//! `_json.make_encoder` (Modules/_json.c `PyEncoderObject`): the one-shot encoder
//! `JSONEncoder.iterencode` uses when `indent is None`. Calling it with `(obj, level)`
//! returns the list of chunks. Observable through CPython's messages ("Out of range float
//! values are not JSON compliant" without the value, "keys must be str, int, float, bool
//! or None, not X") and through tracebacks: `default` is called straight from
//! `encoder.py`'s `iterencode` line, with no generator frames in between.

use std::cell::RefCell;

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::{type_error, value_error, PyResult};
use krait_object::gc::traverse::{Busy, Visit};
use krait_object::native::{make_type, native_ref, new_native, visit_value, NativeData, TypeSpec};
use krait_object::object::Payload;
use krait_object::typeobj::TypeData;
use krait_object::types::int::int_to_string;
use krait_object::types::list::{new_list, sort_values};
use krait_object::types::str::{new_str, new_str_data, StrData};
use krait_object::types::tuple::new_tuple;
use krait_object::{protocol, recursion, Interp, ObjRef, Value};

use super::encode_str;

/// The encoder's settings, fixed at construction.
struct Encoder {
    /// `markers, default, encoder, indent, key_separator, item_separator`.
    refs: RefCell<Vec<Value>>,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
    /// `encoder` is `encode_basestring(_ascii)` itself: `Some(ascii)`.
    fast: Option<bool>,
}

impl NativeData for Encoder {
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
    static ENCODER: ObjRef = make_type(&ENCODER_SPEC);
}

pub fn encoder_type() -> ObjRef {
    ENCODER.with(Clone::clone)
}

static ENCODER_SPEC: TypeSpec = TypeSpec::new("make_encoder", "_json", encoder_setup);

fn encoder_setup(t: &TypeData) {
    t.slots.new.set(Some(encoder_new));
    t.slots.call.set(Some(encoder_call));
}

fn encoder_new(i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    const SIG: Sig = Sig {
        fname: "make_encoder",
        names: &[
            "markers",
            "default",
            "encoder",
            "indent",
            "key_separator",
            "item_separator",
            "sort_keys",
            "skipkeys",
            "allow_nan",
        ],
        posonly: 0,
        required: 9,
    };
    let a = parse(&args, &SIG)?;
    let v: Vec<Value> = a.into_iter().map(|x| x.unwrap_or(Value::None)).collect();
    let markers = &v[0];
    if !markers.is_none() && !matches!(markers.payload(), Some(Payload::Dict(_))) {
        return Err(type_error(format!(
            "make_encoder() argument 1 must be dict or None, not {:.200}",
            markers.class_name()
        )));
    }
    for (k, name) in [(4, "5"), (5, "6")] {
        if v[k].as_str_data().is_none() {
            return Err(type_error(format!(
                "make_encoder() argument {name} must be str, not {:.200}",
                v[k].class_name()
            )));
        }
    }
    let fast = super::fast_kind(&v[2]);
    let sort_keys = protocol::truthy(i, &v[6])?;
    let skipkeys = protocol::truthy(i, &v[7])?;
    let allow_nan = protocol::truthy(i, &v[8])?;
    Ok(new_native(
        cls.clone(),
        Encoder {
            refs: RefCell::new(v[..6].to_vec()),
            sort_keys,
            skipkeys,
            allow_nan,
            fast,
        },
    ))
}

/// The run's state: the settings and the ids of the containers being encoded.
struct Run<'a> {
    enc: &'a Encoder,
    refs: Vec<Value>,
    check_circular: bool,
    markers: Vec<i64>,
    out: Vec<Value>,
}

fn encoder_call(i: &mut dyn Interp, this: &Value, args: Args<'_>) -> PyResult<Value> {
    const SIG: Sig = Sig {
        fname: "_iterencode",
        names: &["obj", "_current_indent_level"],
        posonly: 0,
        required: 2,
    };
    let a = parse(&args, &SIG)?;
    let enc = native_ref::<Encoder>(this).ok_or_else(|| type_error("not a make_encoder"))?;
    let refs = enc.refs.borrow().clone();
    let mut run = Run {
        enc,
        check_circular: !refs[0].is_none(),
        refs,
        markers: Vec::new(),
        out: Vec::new(),
    };
    let obj = a[0].clone().unwrap_or(Value::None);
    run.obj(i, &obj)?;
    // CPython 3.11 accumulates the chunks and returns them joined, as a one-item list.
    let mut text: Vec<u8> = Vec::new();
    for c in &run.out {
        if let Some(d) = c.as_str_data() {
            text.extend_from_slice(d.as_bytes());
        }
    }
    let joined = new_str_data(StrData::from_wtf8(&text));
    Ok(new_list(vec![joined]))
}

fn float_text(allow_nan: bool, x: f64) -> PyResult<String> {
    if !x.is_finite() {
        if !allow_nan {
            return Err(value_error(
                "Out of range float values are not JSON compliant",
            ));
        }
        return Ok(if x.is_nan() {
            "NaN".into()
        } else if x > 0.0 {
            "Infinity".into()
        } else {
            "-Infinity".into()
        });
    }
    Ok(krait_loader::repr::float_repr(x))
}

fn float_of(v: &Value) -> Option<f64> {
    match v {
        Value::Float(x) => Some(*x),
        Value::Obj(o) => match &o.payload {
            Payload::Float(x) => Some(*x),
            _ => None,
        },
        _ => None,
    }
}

fn is_int(v: &Value) -> bool {
    match v {
        Value::Int(_) => true,
        Value::Obj(o) => matches!(o.payload, Payload::Int(_)),
        _ => false,
    }
}

impl Run<'_> {
    fn string(&mut self, i: &mut dyn Interp, s: &Value) -> PyResult<Value> {
        if let (Some(ascii), Some(d)) = (self.enc.fast, s.as_str_data()) {
            return Ok(encode_str(d, ascii));
        }
        let f = self.refs[2].clone();
        let r = protocol::call0(i, &f, std::slice::from_ref(s))?;
        if r.as_str_data().is_none() {
            return Err(type_error(format!(
                "encoder() must return a string, not {:.80}",
                r.class_name()
            )));
        }
        Ok(r)
    }

    fn enter(&mut self, o: &Value) -> PyResult<Option<i64>> {
        if !self.check_circular {
            return Ok(None);
        }
        let id = o.id();
        if self.markers.contains(&id) {
            return Err(value_error("Circular reference detected"));
        }
        self.markers.push(id);
        Ok(Some(id))
    }

    fn leave(&mut self, id: Option<i64>) {
        if let Some(id) = id {
            if let Some(p) = self.markers.iter().rposition(|&m| m == id) {
                self.markers.remove(p);
            }
        }
    }

    fn obj(&mut self, i: &mut dyn Interp, o: &Value) -> PyResult<()> {
        match o {
            Value::None => return self.push("null"),
            Value::Bool(true) => return self.push("true"),
            Value::Bool(false) => return self.push("false"),
            _ => {}
        }
        if o.as_str_data().is_some() {
            let s = self.string(i, o)?;
            self.out.push(s);
            return Ok(());
        }
        if is_int(o) {
            return self.push(&int_to_string(o));
        }
        if let Some(x) = float_of(o) {
            let t = float_text(self.enc.allow_nan, x)?;
            return self.push(&t);
        }
        let r = match o.payload() {
            Some(Payload::List(_)) | Some(Payload::Tuple(_)) => {
                recursion::enter(i, " while encoding a JSON object")?;
                let r = self.list(i, o);
                recursion::leave();
                r
            }
            Some(Payload::Dict(_)) => {
                recursion::enter(i, " while encoding a JSON object")?;
                let r = self.dict(i, o);
                recursion::leave();
                r
            }
            _ => {
                let id = self.enter(o)?;
                let default = self.refs[1].clone();
                let new = protocol::call0(i, &default, std::slice::from_ref(o))?;
                recursion::enter(i, " while encoding a JSON object")?;
                let r = self.obj(i, &new);
                recursion::leave();
                r?;
                self.leave(id);
                Ok(())
            }
        };
        r
    }

    fn push(&mut self, s: &str) -> PyResult<()> {
        self.out.push(new_str(s));
        Ok(())
    }

    fn list(&mut self, i: &mut dyn Interp, o: &Value) -> PyResult<()> {
        let items: Vec<Value> = match o.payload() {
            Some(Payload::List(l)) => l.borrow().clone(),
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        if items.is_empty() {
            return self.push("[]");
        }
        let id = self.enter(o)?;
        self.push("[")?;
        let sep = self.refs[5].clone();
        for (k, v) in items.iter().enumerate() {
            if k > 0 {
                self.out.push(sep.clone());
            }
            self.obj(i, v)?;
        }
        self.leave(id);
        self.push("]")
    }

    fn dict(&mut self, i: &mut dyn Interp, o: &Value) -> PyResult<()> {
        let Some(Payload::Dict(d)) = o.payload() else {
            return Ok(());
        };
        let mut items = d.borrow().items();
        if items.is_empty() {
            return self.push("{}");
        }
        let id = self.enter(o)?;
        self.push("{")?;
        if self.enc.sort_keys {
            let tuples = items
                .into_iter()
                .map(|(k, v)| new_tuple(vec![k, v]))
                .collect();
            let sorted = sort_values(i, tuples, None, false)?;
            items = sorted
                .into_iter()
                .filter_map(|t| match t.payload() {
                    Some(Payload::Tuple(p)) if p.len() == 2 => Some((p[0].clone(), p[1].clone())),
                    _ => None,
                })
                .collect();
        }
        let (key_sep, item_sep) = (self.refs[4].clone(), self.refs[5].clone());
        let mut first = true;
        for (k, v) in items {
            let key = if k.as_str_data().is_some() {
                k
            } else if let Some(x) = float_of(&k) {
                new_str(&float_text(self.enc.allow_nan, x)?)
            } else if matches!(k, Value::Bool(_) | Value::None) {
                new_str(match k {
                    Value::Bool(true) => "true",
                    Value::Bool(false) => "false",
                    _ => "null",
                })
            } else if is_int(&k) {
                new_str(&int_to_string(&k))
            } else if self.enc.skipkeys {
                continue;
            } else {
                return Err(type_error(format!(
                    "keys must be str, int, float, bool or None, not {:.100}",
                    k.class_name()
                )));
            };
            if !first {
                self.out.push(item_sep.clone());
            }
            first = false;
            let ks = self.string(i, &key)?;
            self.out.push(ks);
            self.out.push(key_sep.clone());
            self.obj(i, &v)?;
        }
        self.leave(id);
        self.push("}")
    }
}
