//! The UTF-8, ASCII, Latin-1, UTF-16 and UTF-32 codec functions of `_codecs`
//! (`utf_8_encode(str, errors=None)` → `(bytes, len(str))`,
//! `utf_8_decode(data, errors=None, final=False)` → `(str, consumed)` …), as the
//! `encodings.*` modules call them, with Argument Clinic's messages.

use krait_object::args::Args;
use krait_object::error::{type_error, PyResult};
use krait_object::types::bytes::{bytes_of, new_bytes};
use krait_object::types::codecs::{
    decode_stateful, encode_with, utf16_decode, utf32_decode, Codec,
};
use krait_object::types::str::{new_str_data, StrData};
use krait_object::types::tuple::new_tuple;
use krait_object::{protocol, Interp, Value};

use crate::modules::support::check_pos;

/// Positional-only arguments `min..=max` of `fname`.
pub(super) fn pos_args<'a>(
    args: &Args<'a>,
    fname: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    args.no_kwargs(fname)?;
    check_pos(args, fname, min, max)
}

/// A `str` parameter.
pub(super) fn str_param(v: &Value, fname: &str, n: usize) -> PyResult<Vec<u32>> {
    match v.as_str_data() {
        Some(s) => Ok(s.code_points().collect()),
        None => Err(type_error(format!(
            "{fname}() argument {n} must be str, not {}",
            v.class_name()
        ))),
    }
}

/// The `errors` parameter (`str` or None; None means strict).
pub(super) fn errors_param(a: &[Value], k: usize, fname: &str) -> PyResult<String> {
    match a.get(k) {
        None | Some(Value::None) => Ok("strict".into()),
        Some(v) => match v.as_str_data() {
            Some(s) => Ok(s.lossy().into_owned()),
            None => Err(type_error(format!(
                "{fname}() argument {} must be str or None, not {}",
                k + 1,
                v.class_name()
            ))),
        },
    }
}

/// A bytes-like parameter (`Py_buffer`).
pub(super) fn buffer_param(v: &Value) -> PyResult<Vec<u8>> {
    bytes_of(v).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.class_name()
        ))
    })
}

/// An int flag parameter (`final`, `byteorder`).
fn int_param(i: &mut dyn Interp, a: &[Value], k: usize, default: i64) -> PyResult<i64> {
    match a.get(k) {
        None => Ok(default),
        Some(v) => {
            if matches!(v, Value::Float(_)) {
                return Err(type_error(
                    "'float' object cannot be interpreted as an integer",
                ));
            }
            match protocol::index(i, v)? {
                Value::Int(n) => Ok(n),
                _ => Ok(1),
            }
        }
    }
}

pub(super) fn pair(a: Value, n: usize) -> Value {
    new_tuple(vec![a, Value::Int(n as i64)])
}

pub(super) fn str_of(cps: Vec<u32>) -> Value {
    new_str_data(StrData::from_code_points(cps))
}

fn enc(i: &mut dyn Interp, args: Args<'_>, fname: &str, codec: Codec) -> PyResult<Value> {
    let a = pos_args(&args, fname, 1, 2)?;
    let cps = str_param(&a[0], fname, 1)?;
    let errors = errors_param(a, 1, fname)?;
    let b = encode_with(&mut Some(i), &cps, codec, &errors)?;
    Ok(pair(new_bytes(b), cps.len()))
}

fn dec(
    i: &mut dyn Interp,
    args: Args<'_>,
    fname: &str,
    codec: Codec,
    has_final: bool,
) -> PyResult<Value> {
    let a = pos_args(&args, fname, 1, if has_final { 3 } else { 2 })?;
    let data = buffer_param(&a[0])?;
    let errors = errors_param(a, 1, fname)?;
    let final_ = !has_final || int_param(i, a, 2, 0)? != 0;
    let (cps, n) = decode_stateful(&mut Some(i), &data, codec, &errors, final_)?;
    Ok(pair(str_of(cps), n))
}

pub fn utf_8_encode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    enc(i, args, "utf_8_encode", Codec::Utf8)
}
pub fn utf_8_decode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    dec(i, args, "utf_8_decode", Codec::Utf8, true)
}
pub fn ascii_encode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    enc(i, args, "ascii_encode", Codec::Ascii)
}
pub fn ascii_decode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    dec(i, args, "ascii_decode", Codec::Ascii, false)
}
pub fn latin_1_encode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    enc(i, args, "latin_1_encode", Codec::Latin1)
}
pub fn latin_1_decode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    dec(i, args, "latin_1_decode", Codec::Latin1, false)
}

/// `utf_16_encode(str, errors=None, byteorder=0)` and the UTF-32 twin.
fn enc_bo(i: &mut dyn Interp, args: Args<'_>, fname: &str, wide: bool) -> PyResult<Value> {
    let a = pos_args(&args, fname, 1, 3)?;
    let cps = str_param(&a[0], fname, 1)?;
    let errors = errors_param(a, 1, fname)?;
    let bo = int_param(i, a, 2, 0)?.signum() as i8;
    let codec = if wide {
        Codec::Utf32(bo)
    } else {
        Codec::Utf16(bo)
    };
    let b = encode_with(&mut Some(i), &cps, codec, &errors)?;
    Ok(pair(new_bytes(b), cps.len()))
}

pub fn utf_16_encode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    enc_bo(i, args, "utf_16_encode", false)
}
pub fn utf_32_encode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    enc_bo(i, args, "utf_32_encode", true)
}
pub fn utf_16_le_encode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    enc(i, args, "utf_16_le_encode", Codec::Utf16(-1))
}
pub fn utf_16_be_encode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    enc(i, args, "utf_16_be_encode", Codec::Utf16(1))
}
pub fn utf_32_le_encode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    enc(i, args, "utf_32_le_encode", Codec::Utf32(-1))
}
pub fn utf_32_be_encode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    enc(i, args, "utf_32_be_encode", Codec::Utf32(1))
}
pub fn utf_16_decode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    dec(i, args, "utf_16_decode", Codec::Utf16(0), true)
}
pub fn utf_16_le_decode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    dec(i, args, "utf_16_le_decode", Codec::Utf16(-1), true)
}
pub fn utf_16_be_decode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    dec(i, args, "utf_16_be_decode", Codec::Utf16(1), true)
}
pub fn utf_32_decode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    dec(i, args, "utf_32_decode", Codec::Utf32(0), true)
}
pub fn utf_32_le_decode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    dec(i, args, "utf_32_le_decode", Codec::Utf32(-1), true)
}
pub fn utf_32_be_decode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    dec(i, args, "utf_32_be_decode", Codec::Utf32(1), true)
}

/// `utf_16_ex_decode(data, errors=None, byteorder=0, final=False)` →
/// `(str, consumed, byteorder)`; the UTF-32 twin.
fn ex_decode(i: &mut dyn Interp, args: Args<'_>, fname: &str, wide: bool) -> PyResult<Value> {
    let a = pos_args(&args, fname, 1, 4)?;
    let data = buffer_param(&a[0])?;
    let errors = errors_param(a, 1, fname)?;
    let mut bo = int_param(i, a, 2, 0)?.signum() as i32;
    let final_ = int_param(i, a, 3, 0)? != 0;
    let (cps, n) = if wide {
        utf32_decode(&mut Some(i), &data, &errors, &mut bo, final_)?
    } else {
        utf16_decode(&mut Some(i), &data, &errors, &mut bo, final_)?
    };
    Ok(new_tuple(vec![
        str_of(cps),
        Value::Int(n as i64),
        Value::Int(i64::from(bo)),
    ]))
}

pub fn utf_16_ex_decode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    ex_decode(i, args, "utf_16_ex_decode", false)
}
pub fn utf_32_ex_decode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    ex_decode(i, args, "utf_32_ex_decode", true)
}

/// `readbuffer_encode(data, errors=None)`: a str (as UTF-8) or bytes-like, as bytes.
pub fn readbuffer_encode(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = pos_args(&args, "readbuffer_encode", 1, 2)?;
    errors_param(a, 1, "readbuffer_encode")?;
    let b = match a[0].as_str_data() {
        Some(s) => s.as_bytes().to_vec(),
        None => buffer_param(&a[0])?,
    };
    let n = b.len();
    Ok(pair(new_bytes(b), n))
}
