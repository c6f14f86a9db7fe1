//! Struct format strings: parsing (sizes, native alignment) and packing/unpacking of
//! single items, with the error messages of CPython's `_struct.c` — which depend on the
//! table an item goes through: native (`@`), little-endian (`<`, `=`; on a little-endian
//! host its integer entries of native size are the native functions) or big-endian
//! (`>`, `!`).

use krait_object::error::{overflow_error, PyErr, PyResult};
use krait_object::interp::Interp;
use krait_object::protocol;
use krait_object::types::bytes::new_bytes;
use krait_object::types::int::{from_num, int_num};
use krait_object::Value;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::struct_error;
use crate::modules::math::as_f64;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Order {
    Native,
    Little,
    Big,
}

/// One format code with its repeat count and byte offset.
#[derive(Clone, Debug)]
pub struct Code {
    pub c: u8,
    pub count: usize,
    pub offset: usize,
    pub size: usize,
}

#[derive(Clone, Debug)]
pub struct Layout {
    pub order: Order,
    pub codes: Vec<Code>,
    /// Total size in bytes.
    pub size: usize,
    /// Number of values packed/unpacked.
    pub len: usize,
}

/// `(size, alignment)` of a code, `None` when the table lacks it.
fn entry(c: u8, order: Order) -> Option<(usize, usize)> {
    let native = order == Order::Native;
    let size = match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    };
    let align = if native { size } else { 1 };
    Some((size, align))
}

pub fn parse(fmt: &[u8]) -> PyResult<Layout> {
    let (order, body) = match fmt.first() {
        Some(b'@') => (Order::Native, &fmt[1..]),
        Some(b'<' | b'=') => (Order::Little, &fmt[1..]),
        Some(b'>' | b'!') => (Order::Big, &fmt[1..]),
        _ => (Order::Native, fmt),
    };
    let too_long = || struct_error("total struct size too long");
    let mut codes = Vec::new();
    let mut size: usize = 0;
    let mut len = 0usize;
    let mut k = 0;
    while k < body.len() {
        let mut c = body[k];
        k += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let count = if c.is_ascii_digit() {
            let mut num = usize::from(c - b'0');
            loop {
                let Some(&d) = body.get(k) else {
                    return Err(struct_error("repeat count given without format specifier"));
                };
                k += 1;
                if !d.is_ascii_digit() {
                    c = d;
                    break;
                }
                num = num
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(usize::from(d - b'0')))
                    .filter(|&n| n <= isize::MAX as usize)
                    .ok_or_else(too_long)?;
            }
            num
        } else {
            1
        };
        let Some((isize_, align)) = entry(c, order) else {
            return Err(struct_error("bad char in struct format"));
        };
        match c {
            b's' | b'p' => len += 1,
            b'x' => {}
            _ => len += count,
        }
        if align > 1 {
            size = size
                .div_ceil(align)
                .checked_mul(align)
                .ok_or_else(too_long)?;
        }
        let total = count.checked_mul(isize_).ok_or_else(too_long)?;
        let offset = size;
        size = size
            .checked_add(total)
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(too_long)?;
        codes.push(Code {
            c,
            count,
            offset,
            size: isize_,
        });
    }
    Ok(Layout {
        order,
        codes,
        size,
        len,
    })
}

fn not_int() -> PyErr {
    struct_error("required argument is not an integer")
}

fn out_of_range() -> PyErr {
    struct_error("argument out of range")
}

/// `get_pylong`: an int, through `__index__`, else `required argument is not an integer`.
fn get_int(i: &mut dyn Interp, v: &Value) -> PyResult<BigInt> {
    if let Some(n) = int_num(v) {
        return Ok(n.into_big());
    }
    let cls = v.class();
    if protocol::td(&cls).slots.index.get().is_none() {
        return Err(not_int());
    }
    let r = protocol::index(i, v)?;
    Ok(int_num(&r).map(|n| n.into_big()).unwrap_or_default())
}

fn get_long(n: &BigInt) -> PyResult<i64> {
    n.to_i64().ok_or_else(out_of_range)
}

fn get_ulong(n: &BigInt) -> PyResult<u64> {
    if n.is_negative() {
        return Err(out_of_range());
    }
    n.to_u64().ok_or_else(out_of_range)
}

fn range_msg(c: u8, lo: i128, hi: i128) -> PyErr {
    struct_error(format!(
        "'{}' format requires {lo} <= number <= {hi}",
        c as char
    ))
}

fn write_int(out: &mut [u8], x: i128, order: Order) {
    let le = x.to_le_bytes();
    let n = out.len();
    if order == Order::Big {
        for (k, b) in out.iter_mut().enumerate() {
            *b = le[n - 1 - k];
        }
    } else {
        out.copy_from_slice(&le[..n]);
    }
}

fn pack_int(i: &mut dyn Interp, order: Order, c: u8, v: &Value, out: &mut [u8]) -> PyResult<()> {
    let n = get_int(i, v)?;
    let big = order == Order::Big;
    let x: i128 = match c {
        b'b' => {
            let x = get_long(&n)?;
            if !(-128..=127).contains(&x) {
                return Err(struct_error("byte format requires -128 <= number <= 127"));
            }
            x.into()
        }
        b'B' => {
            let x = get_long(&n)?;
            if !(0..=255).contains(&x) {
                return Err(struct_error("ubyte format requires 0 <= number <= 255"));
            }
            x.into()
        }
        b'h' => {
            let x = get_long(&n)?;
            if !(-32768..=32767).contains(&x) {
                return Err(if big {
                    range_msg(c, -32768, 32767)
                } else {
                    struct_error("short format requires -32768 <= number <= 32767")
                });
            }
            x.into()
        }
        b'H' => {
            if big {
                let x = get_ulong(&n)?;
                if x > 65535 {
                    return Err(range_msg(c, 0, 65535));
                }
                x.into()
            } else {
                let x = get_long(&n)?;
                if !(0..=65535).contains(&x) {
                    return Err(struct_error("ushort format requires 0 <= number <= 65535"));
                }
                x.into()
            }
        }
        b'i' => {
            let x = get_long(&n)?;
            if i32::try_from(x).is_err() {
                return Err(range_msg(c, i32::MIN.into(), i32::MAX.into()));
            }
            x.into()
        }
        b'I' => {
            let x = get_ulong(&n)?;
            if x > u64::from(u32::MAX) {
                return Err(range_msg(c, 0, u32::MAX.into()));
            }
            x.into()
        }
        b'l' if order != Order::Native => {
            let x = get_long(&n)?;
            if i32::try_from(x).is_err() {
                return Err(range_msg(c, i32::MIN.into(), i32::MAX.into()));
            }
            x.into()
        }
        b'L' if order != Order::Native => {
            let x = get_ulong(&n)?;
            if x > u64::from(u32::MAX) {
                return Err(range_msg(c, 0, u32::MAX.into()));
            }
            x.into()
        }
        b'l' | b'n' => get_long(&n)?.into(),
        b'L' | b'N' => get_ulong(&n)?.into(),
        b'q' => {
            if big {
                n.to_i64()
                    .ok_or_else(|| struct_error("int too large to convert"))?
                    .into()
            } else {
                get_long(&n)?.into()
            }
        }
        b'Q' => {
            if big {
                if n.is_negative() {
                    return Err(struct_error("int too large to convert"));
                }
                n.to_u64()
                    .ok_or_else(|| struct_error("int too large to convert"))?
                    .into()
            } else {
                get_ulong(&n)?.into()
            }
        }
        // 'P': PyLong_AsVoidPtr takes signed or unsigned 64-bit values.
        _ => match n.to_i64() {
            Some(x) => x.into(),
            None => match n.to_u64() {
                Some(x) => x.into(),
                None => return Err(struct_error("int too large to convert")),
            },
        },
    };
    write_int(out, x, order);
    Ok(())
}

fn get_float(i: &mut dyn Interp, v: &Value) -> PyResult<f64> {
    as_f64(i, v).map_err(|_| struct_error("required argument is not a float"))
}

/// `PyFloat_Pack2`: IEEE 754 binary16, rounded half to even.
pub fn pack_half(x: f64) -> PyResult<u16> {
    let too_large = || overflow_error("float too large to pack with e format");
    let (sign, e, bits): (u16, i32, u16);
    if x == 0.0 {
        sign = u16::from(x.is_sign_negative());
        e = 0;
        bits = 0;
    } else if x.is_infinite() {
        sign = u16::from(x < 0.0);
        e = 0x1f;
        bits = 0;
    } else if x.is_nan() {
        sign = u16::from(x.is_sign_negative());
        e = 0x1f;
        bits = 512;
    } else {
        sign = u16::from(x < 0.0);
        let ax = x.abs();
        let (f0, e0) = crate::modules::math::libm::frexp(ax);
        let mut f = f0 * 2.0;
        let mut ee = e0 - 1;
        if ee >= 16 {
            return Err(too_large());
        } else if ee < -25 {
            f = 0.0;
            ee = 0;
        } else if ee < -14 {
            f = crate::modules::math::libm::ldexp(f, 14 + ee);
            ee = 0;
        } else {
            ee += 15;
            f -= 1.0;
        }
        f *= 1024.0;
        let mut b = f as u16;
        let frac = f - f64::from(b);
        if frac > 0.5 || (frac == 0.5 && b % 2 == 1) {
            b += 1;
            if b == 1024 {
                b = 0;
                ee += 1;
                if ee == 31 {
                    return Err(too_large());
                }
            }
        }
        e = ee;
        bits = b;
    }
    Ok(bits | ((e as u16) << 10) | (sign << 15))
}

pub fn unpack_half(h: u16) -> f64 {
    let sign = h >> 15;
    let e = i32::from((h >> 10) & 0x1f);
    let f = h & 0x3ff;
    if e == 0x1f {
        let r = if f == 0 { f64::INFINITY } else { f64::NAN };
        return if sign == 1 { -r } else { r };
    }
    let mut x = f64::from(f) / 1024.0;
    let ee = if e == 0 {
        -14
    } else {
        x += 1.0;
        e - 15
    };
    x = crate::modules::math::libm::ldexp(x, ee);
    if sign == 1 {
        -x
    } else {
        x
    }
}

fn put(out: &mut [u8], le_bytes: &[u8], order: Order) {
    if order == Order::Big {
        for (k, b) in out.iter_mut().enumerate() {
            *b = le_bytes[le_bytes.len() - 1 - k];
        }
    } else {
        out.copy_from_slice(le_bytes);
    }
}

/// Packs one value of a non-string code into `out` (`out.len()` is the item size).
pub fn pack_one(
    i: &mut dyn Interp,
    order: Order,
    c: u8,
    v: &Value,
    out: &mut [u8],
) -> PyResult<()> {
    match c {
        b'c' => match v.payload() {
            Some(krait_object::object::Payload::Bytes(b)) if b.len() == 1 => {
                out[0] = b[0];
                Ok(())
            }
            _ => Err(struct_error(
                "char format requires a bytes object of length 1",
            )),
        },
        b'?' => {
            out[0] = u8::from(protocol::truthy(i, v)?);
            Ok(())
        }
        b'e' => {
            let x = get_float(i, v)?;
            put(out, &pack_half(x)?.to_le_bytes(), order);
            Ok(())
        }
        b'f' => {
            let x = get_float(i, v)?;
            let y = x as f32;
            if order != Order::Native && y.is_infinite() && !x.is_infinite() {
                return Err(overflow_error("float too large to pack with f format"));
            }
            put(out, &y.to_le_bytes(), order);
            Ok(())
        }
        b'd' => {
            let x = get_float(i, v)?;
            put(out, &x.to_le_bytes(), order);
            Ok(())
        }
        _ => pack_int(i, order, c, v, out),
    }
}

fn read_uint(b: &[u8], order: Order) -> u64 {
    let mut x: u64 = 0;
    if order == Order::Big {
        for &byte in b {
            x = (x << 8) | u64::from(byte);
        }
    } else {
        for &byte in b.iter().rev() {
            x = (x << 8) | u64::from(byte);
        }
    }
    x
}

fn le_array<const N: usize>(b: &[u8], order: Order) -> [u8; N] {
    let mut a = [0u8; N];
    a.copy_from_slice(b);
    if order == Order::Big {
        a.reverse();
    }
    a
}

/// Unpacks one value of a non-string code from `b` (`b.len()` is the item size).
pub fn unpack_one(order: Order, c: u8, b: &[u8]) -> Value {
    match c {
        b'c' => new_bytes(vec![b[0]]),
        b'?' => Value::Bool(b[0] != 0),
        b'e' => Value::Float(unpack_half(u16::from_le_bytes(le_array::<2>(b, order)))),
        b'f' => Value::Float(f64::from(f32::from_le_bytes(le_array::<4>(b, order)))),
        b'd' => Value::Float(f64::from_le_bytes(le_array::<8>(b, order))),
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
            let u = read_uint(b, order);
            let shift = 64 - 8 * b.len() as u32;
            Value::Int(((u << shift) as i64) >> shift)
        }
        _ => {
            let u = read_uint(b, order);
            match i64::try_from(u) {
                Ok(x) => Value::Int(x),
                Err(_) => from_num(krait_object::num::int::Int::from_big(BigInt::from(u))),
            }
        }
    }
}
