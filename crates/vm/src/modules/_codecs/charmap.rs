//! The charmap codec (`cp1252`, `mac_roman`, … are charmap codecs written in Python):
//! `charmap_decode(data, errors, table_or_mapping)`, `charmap_encode(str, errors,
//! encoding_map_or_mapping)` and `charmap_build(decoding_table)`, which makes the
//! `EncodingMap` the encoders look characters up in.

use std::collections::HashMap;

use krait_object::args::Args;
use krait_object::error::{type_error, PyErr, PyResult};
use krait_object::exceptions_unicode::encode_error_obj;
use krait_object::native::{native_ref, new_native, no_slots, NativeData, TypeSpec};
use krait_object::types::builtin_types;
use krait_object::types::bytes::{bytes_of, new_bytes};
use krait_object::types::codecs::{
    decode_error, encode_error, encode_with, str_value, Codec, EncRepl,
};
use krait_object::types::dict::new_dict;
use krait_object::types::MethodDef;
use krait_object::{protocol, Interp, Value};

use super::funcs::{buffer_param, errors_param, pair, pos_args, str_of, str_param};

/// `charmap_build`'s result: character → byte.
struct EncodingMap {
    map: HashMap<u32, u8>,
}

impl NativeData for EncodingMap {}

fn size(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let n = args
        .pos()
        .first()
        .and_then(native_ref::<EncodingMap>)
        .map_or(0, |m| m.map.len());
    Ok(Value::Int(n as i64))
}

static METHODS: &[MethodDef] = &[MethodDef {
    name: "size",
    func: size,
}];

static SPEC: TypeSpec = TypeSpec {
    methods: METHODS,
    ..TypeSpec::new("EncodingMap", "builtins", no_slots)
};
crate::native_type!(encoding_map_type, SPEC);

/// `charmap_build(map: str)`: an EncodingMap for a 256-character table, else a dict.
pub fn charmap_build(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(&args, "charmap_build", 1, 1)?;
    let cps = str_param(&a[0], "charmap_build", 1)?;
    if cps.len() != 256 {
        let d = new_dict(Default::default());
        for (k, &c) in cps.iter().enumerate() {
            protocol::setitem(i, &d, &Value::Int(i64::from(c)), Value::Int(k as i64))?;
        }
        return Ok(d);
    }
    let mut map = HashMap::new();
    for (k, &c) in cps.iter().enumerate() {
        if c != 0xfffe {
            map.insert(c, k as u8);
        }
    }
    Ok(new_native(encoding_map_type(), EncodingMap { map }))
}

/// `mapping[key]`, with LookupError meaning "undefined".
fn map_get(i: &mut dyn Interp, mapping: &Value, key: u32) -> PyResult<Option<Value>> {
    match protocol::getitem(i, mapping, &Value::Int(i64::from(key))) {
        Ok(Value::None) => Ok(None),
        Ok(v) => Ok(Some(v)),
        Err(e) if e.matches(&builtin_types().exc.lookup_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `charmap_decode(data, errors=None, mapping=None)`.
pub fn charmap_decode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(&args, "charmap_decode", 1, 3)?;
    let b = buffer_param(&a[0])?;
    let errors = errors_param(a, 1, "charmap_decode")?;
    let mapping = a.get(2).cloned().unwrap_or(Value::None);
    if matches!(mapping, Value::None) {
        return Ok(pair(
            str_of(b.iter().map(|&x| u32::from(x)).collect()),
            b.len(),
        ));
    }
    let table: Option<Vec<u32>> = mapping.as_str_data().map(|s| s.code_points().collect());
    let mut out = Vec::with_capacity(b.len());
    let mut k = 0;
    let mut ih = Some(i);
    while k < b.len() {
        let x = b[k];
        let got: Option<Vec<u32>> = match &table {
            Some(t) => t
                .get(usize::from(x))
                .filter(|&&c| c != 0xfffe)
                .map(|&c| vec![c]),
            None => {
                let Some(i) = ih.as_deref_mut() else { break };
                match map_get(i, &mapping, u32::from(x))? {
                    None => None,
                    Some(v) => match v {
                        Value::Int(n) => {
                            if !(0..0x110000).contains(&n) {
                                return Err(type_error(
                                    "character mapping must be in range(0x110000)",
                                ));
                            }
                            (n != 0xfffe).then(|| vec![n as u32])
                        }
                        v => match v.as_str_data() {
                            Some(s) => {
                                let c: Vec<u32> = s.code_points().collect();
                                (c != [0xfffe]).then_some(c)
                            }
                            None => {
                                return Err(type_error(
                                    "character mapping must return integer, None or str",
                                ))
                            }
                        },
                    },
                }
            }
        };
        match got {
            Some(c) => {
                out.extend(c);
                k += 1;
            }
            None => {
                let r = "character maps to <undefined>";
                k = decode_error(&mut ih, &errors, "charmap", &b, k, k + 1, r, &mut out, None)?;
            }
        }
    }
    Ok(pair(str_of(out), b.len()))
}

/// The bytes of one character under `mapping` (None: undefined).
fn enc_char(i: &mut dyn Interp, mapping: &Value, c: u32) -> PyResult<Option<Vec<u8>>> {
    if let Some(m) = native_ref::<EncodingMap>(mapping) {
        return Ok(m.map.get(&c).map(|&x| vec![x]));
    }
    match map_get(i, mapping, c)? {
        None => Ok(None),
        Some(Value::Int(n)) => {
            if !(0..256).contains(&n) {
                return Err(type_error("character mapping must be in range(256)"));
            }
            Ok(Some(vec![n as u8]))
        }
        Some(v) => match v.payload() {
            Some(krait_object::object::Payload::Bytes(_)) => Ok(bytes_of(&v)),
            _ => Err(type_error(format!(
                "character mapping must return integer, bytes or None, not {}",
                v.class_name()
            ))),
        },
    }
}

/// `charmap_encode(str, errors=None, mapping=None)`.
pub fn charmap_encode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(&args, "charmap_encode", 1, 3)?;
    let cps = str_param(&a[0], "charmap_encode", 1)?;
    let errors = errors_param(a, 1, "charmap_encode")?;
    let mapping = a.get(2).cloned().unwrap_or(Value::None);
    if matches!(mapping, Value::None) {
        let b = encode_with(&mut Some(i), &cps, Codec::Latin1, &errors)?;
        return Ok(pair(new_bytes(b), cps.len()));
    }
    let mut out = Vec::with_capacity(cps.len());
    let mut k = 0;
    while k < cps.len() {
        if let Some(b) = enc_char(i, &mapping, cps[k])? {
            out.extend(b);
            k += 1;
            continue;
        }
        let mut end = k + 1;
        while end < cps.len() && enc_char(i, &mapping, cps[end])?.is_none() {
            end += 1;
        }
        let r = "character maps to <undefined>";
        let (repl, newpos) = encode_error(
            &mut Some(&mut *i),
            &errors,
            "charmap",
            &cps,
            k,
            end,
            r,
            None,
        )?;
        match repl {
            EncRepl::Bytes(b) => out.extend(b),
            EncRepl::Str(s) => {
                for c in s {
                    match enc_char(i, &mapping, c)? {
                        Some(b) => out.extend(b),
                        None => {
                            let exc = encode_error_obj("charmap", str_value(&cps), k, end, r);
                            return Err(PyErr::new(exc));
                        }
                    }
                }
            }
        }
        k = newpos;
    }
    Ok(pair(new_bytes(out), cps.len()))
}
