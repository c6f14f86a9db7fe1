//! `str.translate`, `str.maketrans`, `str.encode` and `str(bytes, encoding, errors)`.

use crate::args::Args;
use crate::error::{type_error, value_error, PyResult};
use crate::interp::Interp;
use crate::protocol;
use crate::types::bytes::bytes_of;
use crate::types::codecs;
use crate::types::dict::{as_dict, dict_set, new_dict, DictData};
use crate::types::seqalgo::{keywords, keywords_of, positional};
use crate::types::str::{new_str_data, StrData};
use crate::types::str_methods::this;
use crate::value::Value;

fn text_arg(v: Option<&Value>, fname: &str, name: &str, dflt: &str) -> PyResult<String> {
    match v {
        None => Ok(dflt.to_owned()),
        Some(x) => x
            .as_str_data()
            .map(|s| s.lossy().into_owned())
            .ok_or_else(|| {
                type_error(format!(
                    "{fname}() argument '{name}' must be str, not {}",
                    x.class_name()
                ))
            }),
    }
}

pub fn encode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(args.pos().first().unwrap_or(&Value::None))?;
    let a = keywords(args, "encode()", &["encoding", "errors"], 0)?;
    let enc = text_arg(a[0], "encode", "encoding", "utf-8")?;
    let errors = text_arg(a[1], "encode", "errors", "strict")?;
    codecs::encode_text(i, s, &enc, &errors)
}

/// `str(object, encoding, errors)` (two or more arguments, or keywords).
pub fn str_decode_new(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = keywords_of(
        args.pos(),
        args,
        "str()",
        &["object", "encoding", "errors"],
        0,
    )?;
    let Some(obj) = a[0] else {
        return Ok(crate::types::str::new_str(""));
    };
    if a[1].is_none() && a[2].is_none() {
        return protocol::str_(i, obj);
    }
    let enc = text_arg(a[1], "str", "encoding", "utf-8")?;
    let errors = text_arg(a[2], "str", "errors", "strict")?;
    let Some(b) = bytes_of(obj) else {
        if obj.as_str_data().is_some() {
            return Err(type_error("decoding str is not supported"));
        }
        return Err(type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            obj.class_name()
        )));
    };
    codecs::decode_text(i, &b, &enc, &errors)
}

pub fn translate(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let s = this(args.pos().first().unwrap_or(&Value::None))?;
    let rest = positional(args, "str.translate", 1, 1)?;
    let table = &rest[0];
    let mut out: Vec<u32> = Vec::with_capacity(s.len());
    let exc = &crate::types::builtin_types().exc;
    for c in s.code_points() {
        let r = match protocol::getitem(i, table, &Value::Int(i64::from(c))) {
            Ok(r) => r,
            Err(e) if e.matches(&exc.lookup_error) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        if r.is_none() {
            continue;
        }
        if let Some(n) = protocol::as_index_opt(&r) {
            if !(0..0x110000).contains(&n) {
                return Err(value_error("character mapping must be in range(0x110000)"));
            }
            out.push(n as u32);
        } else if let Some(t) = r.as_str_data() {
            out.extend(t.code_points());
        } else {
            return Err(type_error(
                "character mapping must return integer, None or str",
            ));
        }
    }
    Ok(new_str_data(StrData::from_code_points(out)))
}

/// `str.maketrans(x[, y[, z]])` (a static method: no `self`).
pub fn maketrans(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.between("maketrans", 1, 3)?;
    let d = new_dict(DictData::new());
    let Some(dd) = as_dict(&d) else {
        return Ok(d);
    };
    if pos.len() == 1 {
        let Some(src) = as_dict(&pos[0]) else {
            return Err(type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        let items = src.borrow().items();
        for (k, v) in items {
            let key = if let Some(s) = k.as_str_data() {
                if s.len() != 1 {
                    return Err(value_error(
                        "string keys in translate table must be of length 1",
                    ));
                }
                Value::Int(i64::from(s.char_at(0).unwrap_or(0)))
            } else if protocol::as_index_opt(&k).is_some() {
                k.clone()
            } else {
                return Err(type_error(
                    "keys in translate table must be strings or integers",
                ));
            };
            dict_set(i, dd, key, v)?;
        }
        return Ok(d);
    }
    let arg = |k: usize| {
        pos[k].as_str_data().ok_or_else(|| {
            type_error(format!(
                "maketrans() argument {} must be str, not {}",
                k + 1,
                pos[k].class_name()
            ))
        })
    };
    let (x, y) = (arg(0)?, arg(1)?);
    if x.len() != y.len() {
        return Err(value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (a, b) in x.code_points().zip(y.code_points()) {
        dict_set(i, dd, Value::Int(i64::from(a)), Value::Int(i64::from(b)))?;
    }
    if pos.len() == 3 {
        for c in arg(2)?.code_points() {
            dict_set(i, dd, Value::Int(i64::from(c)), Value::None)?;
        }
    }
    Ok(d)
}
