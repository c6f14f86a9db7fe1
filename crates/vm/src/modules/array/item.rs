//! Converting between Python values and the machine items of an `array.array`
//! (CPython's `*_getitem`/`*_setitem` in `Modules/arraymodule.c`, with their messages).

use krait_object::error::{overflow_error, type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::num::int::Int;
use krait_object::protocol;
use krait_object::types::int::{big_to_f64, from_num, int_num};
use krait_object::Value;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

pub const TYPECODES: &str = "bBuhHiIlLqQfd";

/// The item size of a valid typecode.
pub fn itemsize(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'u' | b'i' | b'I' | b'f' => 4,
        _ => 8,
    }
}

/// The item at `bytes` (exactly one item) as a Python value.
pub fn get(code: u8, b: &[u8]) -> Value {
    let mut w = [0u8; 8];
    w[..b.len()].copy_from_slice(b);
    let u = u64::from_ne_bytes(w);
    let b4 = [w[0], w[1], w[2], w[3]];
    let b2 = [w[0], w[1]];
    match code {
        b'b' => Value::Int(i64::from(w[0] as i8)),
        b'B' => Value::Int(i64::from(w[0])),
        b'h' => Value::Int(i64::from(i16::from_ne_bytes(b2))),
        b'H' => Value::Int(i64::from(u16::from_ne_bytes(b2))),
        b'i' => Value::Int(i64::from(i32::from_ne_bytes(b4))),
        b'I' => Value::Int(i64::from(u32::from_ne_bytes(b4))),
        b'l' | b'q' => Value::Int(u as i64),
        b'L' | b'Q' => match i64::try_from(u) {
            Ok(n) => Value::Int(n),
            Err(_) => from_num(Int::Big(BigInt::from(u))),
        },
        b'f' => Value::Float(f64::from(f32::from_ne_bytes(b4))),
        b'd' => Value::Float(f64::from_ne_bytes(w)),
        b'u' => {
            let c = u32::from_ne_bytes(b4);
            match char::from_u32(c) {
                Some(ch) => krait_object::types::str::new_string(ch.to_string()),
                None => krait_object::types::str::new_str_data(
                    krait_object::types::str::StrData::from_code_points([c]),
                ),
            }
        }
        _ => Value::None,
    }
}

fn as_int(i: &mut dyn Interp, v: &Value) -> PyResult<BigInt> {
    let n = protocol::index(i, v)?;
    Ok(match int_num(&n) {
        Some(Int::Small(k)) => BigInt::from(k),
        Some(Int::Big(b)) => b,
        None => BigInt::from(0),
    })
}

fn c_long(n: &BigInt) -> PyResult<i64> {
    n.to_i64()
        .ok_or_else(|| overflow_error("Python int too large to convert to C long"))
}

fn range(n: i64, lo: i64, hi: i64, what: &str) -> PyResult<i64> {
    if n < lo {
        return Err(overflow_error(format!("{what} is less than minimum")));
    }
    if n > hi {
        return Err(overflow_error(format!("{what} is greater than maximum")));
    }
    Ok(n)
}

fn unsigned_long(n: &BigInt) -> PyResult<u64> {
    if n.is_negative() {
        return Err(overflow_error(
            "can't convert negative value to unsigned int",
        ));
    }
    n.to_u64()
        .ok_or_else(|| overflow_error("Python int too large to convert to C unsigned long"))
}

fn real(i: &mut dyn Interp, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => return Ok(*f),
        Value::Int(n) => return Ok(*n as f64),
        Value::Bool(b) => return Ok(f64::from(u8::from(*b))),
        _ => {}
    }
    if let Some(Int::Big(b)) = int_num(v) {
        return big_to_f64(&b);
    }
    let cls = Value::Obj(v.class());
    let has = |i: &mut dyn Interp, n: &str| protocol::lookup_attr(i, &cls, n).map(|x| x.is_some());
    if has(i, "__float__")? || has(i, "__index__")? {
        let float = Value::Obj(krait_object::types::builtin_types().float.clone());
        let f = protocol::call0(i, &float, std::slice::from_ref(v))?;
        if let Value::Float(x) = f {
            return Ok(x);
        }
    }
    Err(type_error(format!(
        "must be real number, not {}",
        v.class_name()
    )))
}

/// The machine bytes of `v` as an item of `code`, or CPython's conversion error.
pub fn encode(i: &mut dyn Interp, code: u8, v: &Value) -> PyResult<Vec<u8>> {
    Ok(match code {
        b'b' => {
            let n = c_long(&as_int(i, v)?)?;
            let n = range(n, i16::MIN.into(), i16::MAX.into(), "signed short integer")?;
            let n = range(n, i8::MIN.into(), i8::MAX.into(), "signed char")?;
            vec![n as i8 as u8]
        }
        b'B' => {
            let n = c_long(&as_int(i, v)?)?;
            vec![range(n, 0, 255, "unsigned byte integer")? as u8]
        }
        b'h' => {
            let n = c_long(&as_int(i, v)?)?;
            let n = range(n, i16::MIN.into(), i16::MAX.into(), "signed short integer")?;
            (n as i16).to_ne_bytes().to_vec()
        }
        b'H' => {
            let n = c_long(&as_int(i, v)?)?;
            let n = range(n, i32::MIN.into(), i32::MAX.into(), "signed integer")?;
            let n = range(n, 0, u16::MAX.into(), "unsigned short")?;
            (n as u16).to_ne_bytes().to_vec()
        }
        b'i' => {
            let n = c_long(&as_int(i, v)?)?;
            let n = range(n, i32::MIN.into(), i32::MAX.into(), "signed integer")?;
            (n as i32).to_ne_bytes().to_vec()
        }
        b'I' => {
            let n = unsigned_long(&as_int(i, v)?)?;
            if n > u64::from(u32::MAX) {
                return Err(overflow_error("unsigned int is greater than maximum"));
            }
            (n as u32).to_ne_bytes().to_vec()
        }
        b'l' => c_long(&as_int(i, v)?)?.to_ne_bytes().to_vec(),
        b'L' => unsigned_long(&as_int(i, v)?)?.to_ne_bytes().to_vec(),
        b'q' => as_int(i, v)?
            .to_i64()
            .ok_or_else(|| overflow_error("int too big to convert"))?
            .to_ne_bytes()
            .to_vec(),
        b'Q' => {
            let n = as_int(i, v)?;
            if n.is_negative() {
                return Err(overflow_error("can't convert negative int to unsigned"));
            }
            n.to_u64()
                .ok_or_else(|| overflow_error("int too big to convert"))?
                .to_ne_bytes()
                .to_vec()
        }
        b'f' => (real(i, v)? as f32).to_ne_bytes().to_vec(),
        b'd' => real(i, v)?.to_ne_bytes().to_vec(),
        b'u' => match v.as_str_data() {
            Some(s) if s.len() == 1 => s.char_at(0).unwrap_or(0).to_ne_bytes().to_vec(),
            _ => return Err(type_error("array item must be unicode character")),
        },
        _ => return Err(type_error("bad typecode")),
    })
}
