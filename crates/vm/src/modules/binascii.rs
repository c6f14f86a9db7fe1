//! `binascii` (CPython's `Modules/binascii.c`): hex, base64, uuencode, quoted-printable
//! (`binascii_qp.rs`), CRC-32 and CRC-CCITT, with `binascii.Error`/`Incomplete`.

use std::cell::RefCell;

use krait_object::argparse::{kwonly, parse, Sig};
use krait_object::args::Args;
use krait_object::error::{new_error, type_error, value_error, PyErr, PyResult};
use krait_object::interp::Interp;
use krait_object::object::ObjRef;
use krait_object::protocol;
use krait_object::types::builtin_types;
use krait_object::types::bytes::{buffer_arg, bytes_of, new_bytes};
use krait_object::types::int::int_num;
use krait_object::Value;
use num_bigint::BigInt;

use crate::vm::Vm;

use super::{new_module_with, set_attr};

thread_local! {
    static ERROR: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
}

pub fn error(msg: impl Into<String>) -> PyErr {
    let cls = ERROR
        .with(|e| e.borrow().clone())
        .unwrap_or_else(|| builtin_types().exc.value_error.clone());
    new_error(&cls, msg)
}

/// The data of an `a2b_*` argument: bytes-like, or a str of ASCII characters.
pub fn ascii_data(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = v.as_str_data() {
        if !s.is_ascii() {
            return Err(value_error(
                "string argument should contain only ASCII characters",
            ));
        }
        return Ok(s.as_bytes().to_vec());
    }
    bytes_of(v).ok_or_else(|| {
        type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            v.class_name()
        ))
    })
}

/// An `unsigned_int(bitwise=True)` argument: any int, reduced modulo 2**32.
fn bitwise_u32(i: &mut dyn Interp, v: &Value) -> PyResult<u32> {
    let n = protocol::index(i, v)?;
    let b: BigInt = int_num(&n).map(|x| x.into_big()).unwrap_or_default();
    let m: BigInt = b & BigInt::from(u32::MAX);
    Ok(u32::try_from(m).unwrap_or(0))
}

// ---- hex ----

const HEX: &[u8; 16] = b"0123456789abcdef";

static HEXLIFY_SIG: Sig = Sig {
    fname: "hexlify",
    names: &["data", "sep", "bytes_per_sep"],
    posonly: 0,
    required: 1,
};

fn hexlify_impl(i: &mut dyn Interp, args: &Args, fname: &'static str) -> PyResult<Value> {
    let sig = Sig {
        fname,
        ..HEXLIFY_SIG
    };
    let p = parse(args, &sig)?;
    let data = buffer_arg(p[0].as_ref().unwrap_or(&Value::None))?;
    let sep = match &p[1] {
        None => None,
        Some(v) => {
            let s: Vec<u8> = if let Some(s) = v.as_str_data() {
                let cps: Vec<u32> = s.code_points().collect();
                if cps.len() == 1 && cps[0] > 255 {
                    return Err(value_error("sep must be ASCII."));
                }
                cps.iter().map(|&c| c as u8).collect()
            } else {
                buffer_arg(v)?
            };
            if s.len() != 1 {
                return Err(value_error("sep must be length 1."));
            }
            Some(s[0])
        }
    };
    let per = match &p[2] {
        None => 1,
        Some(v) => protocol::index_i64(i, v)?,
    };
    Ok(new_bytes(hex_with_sep(&data, sep, per)))
}

/// Hex digits of `data`, with `sep` every `per` bytes (counted from the right when
/// `per > 0`, from the left when negative).
pub fn hex_with_sep(data: &[u8], sep: Option<u8>, per: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    let n = data.len();
    for (k, &b) in data.iter().enumerate() {
        if let Some(s) = sep {
            if k > 0 && group > 0 {
                let boundary = if per > 0 {
                    (n - k).is_multiple_of(group)
                } else {
                    k % group == 0
                };
                if boundary {
                    out.push(s);
                }
            }
        }
        out.push(HEX[usize::from(b >> 4)]);
        out.push(HEX[usize::from(b & 15)]);
    }
    out
}

fn hexlify(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    hexlify_impl(i, &args, "hexlify")
}

fn b2a_hex(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    hexlify_impl(i, &args, "b2a_hex")
}

fn unhex(data: &[u8]) -> PyResult<Vec<u8>> {
    if data.len() % 2 == 1 {
        return Err(error("Odd-length string"));
    }
    let digit = |c: u8| (c as char).to_digit(16);
    data.chunks(2)
        .map(|p| match (digit(p[0]), digit(p[1])) {
            (Some(a), Some(b)) => Ok((a * 16 + b) as u8),
            _ => Err(error("Non-hexadecimal digit found")),
        })
        .collect()
}

fn unhexlify(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.exact("unhexlify", 1)?;
    Ok(new_bytes(unhex(&ascii_data(&a[0])?)?))
}

fn a2b_hex(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.exact("a2b_hex", 1)?;
    Ok(new_bytes(unhex(&ascii_data(&a[0])?)?))
}

// ---- base64 ----

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_value(c: u8) -> Option<u8> {
    B64.iter().position(|&x| x == c).map(|p| p as u8)
}

fn b2a_base64(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(type_error(format!(
            "b2a_base64() takes exactly 1 positional argument ({} given)",
            pos.len()
        )));
    }
    let kw = kwonly(&args, "b2a_base64", &["newline"])?;
    let newline = match &kw[0] {
        Some(v) => protocol::truthy(i, v)?,
        None => true,
    };
    let data = buffer_arg(&pos[0])?;
    let mut out = Vec::with_capacity(data.len() / 3 * 4 + 5);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        out.push(B64[(n >> 18) as usize & 63]);
        out.push(B64[(n >> 12) as usize & 63]);
        out.push(if chunk.len() > 1 {
            B64[(n >> 6) as usize & 63]
        } else {
            b'='
        });
        out.push(if chunk.len() > 2 {
            B64[n as usize & 63]
        } else {
            b'='
        });
    }
    if newline {
        out.push(b'\n');
    }
    Ok(new_bytes(out))
}

fn a2b_base64(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(type_error(format!(
            "a2b_base64() takes exactly 1 positional argument ({} given)",
            pos.len()
        )));
    }
    let kw = kwonly(&args, "a2b_base64", &["strict_mode"])?;
    let strict = match &kw[0] {
        Some(v) => protocol::truthy(i, v)?,
        None => false,
    };
    let data = ascii_data(&pos[0])?;
    Ok(new_bytes(decode_base64(&data, strict)?))
}

/// CPython's `binascii_a2b_base64_impl`: invalid characters skipped (or errors in strict
/// mode), decoding stops at a complete pad sequence.
fn decode_base64(data: &[u8], strict: bool) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 3);
    if strict && data.first() == Some(&b'=') {
        return Err(error("Leading padding not allowed"));
    }
    let mut quad_pos = 0;
    let mut pads = 0;
    let mut padding_started = false;
    let mut left: u8 = 0;
    for (k, &ch) in data.iter().enumerate() {
        if ch == b'=' {
            padding_started = true;
            if quad_pos >= 2 {
                pads += 1;
                if quad_pos + pads >= 4 {
                    if strict && k + 1 < data.len() {
                        return Err(error("Excess data after padding"));
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = b64_value(ch) else {
            if strict {
                return Err(error("Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(error("Discontinuous padding not allowed"));
        }
        pads = 0;
        match quad_pos {
            0 => {
                quad_pos = 1;
                left = v;
            }
            1 => {
                quad_pos = 2;
                out.push((left << 2) | (v >> 4));
                left = v & 0x0f;
            }
            2 => {
                quad_pos = 3;
                out.push((left << 4) | (v >> 2));
                left = v & 0x03;
            }
            _ => {
                quad_pos = 0;
                out.push((left << 6) | v);
                left = 0;
            }
        }
    }
    match quad_pos {
        0 => Ok(out),
        1 => Err(error(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
            out.len() / 3 * 4 + 1
        ))),
        _ => Err(error("Incorrect padding")),
    }
}

// ---- uuencode ----

fn b2a_uu(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(type_error(format!(
            "b2a_uu() takes exactly 1 positional argument ({} given)",
            pos.len()
        )));
    }
    let kw = kwonly(&args, "b2a_uu", &["backtick"])?;
    let backtick = match &kw[0] {
        Some(v) => protocol::truthy(i, v)?,
        None => false,
    };
    let data = buffer_arg(&pos[0])?;
    if data.len() > 45 {
        return Err(error("At most 45 bytes at once"));
    }
    let enc = |c: u32| -> u8 {
        if backtick && c == 0 {
            b'`'
        } else {
            b' ' + c as u8
        }
    };
    let mut out = vec![if backtick && data.is_empty() {
        b'`'
    } else {
        b' ' + data.len() as u8
    }];
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for shift in [18, 12, 6, 0] {
            out.push(enc((n >> shift) & 63));
        }
    }
    out.push(b'\n');
    Ok(new_bytes(out))
}

fn a2b_uu(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.exact("a2b_uu", 1)?;
    let data = ascii_data(&a[0])?;
    // The length byte (a missing one reads as NUL, as CPython reads the terminator).
    let first = data.first().copied().unwrap_or(0);
    let mut bin_len = usize::from(first.wrapping_sub(b' ') & 0o77);
    let mut rest = data.get(1..).unwrap_or(&[]).iter();
    let mut out = Vec::with_capacity(bin_len);
    let (mut leftchar, mut leftbits) = (0u32, 0u32);
    while bin_len > 0 {
        let ch = rest.next().copied();
        let v = match ch {
            None | Some(b'\n' | b'\r') => 0,
            Some(c) => {
                if !(b' '..=b' ' + 64).contains(&c) {
                    return Err(error("Illegal char"));
                }
                u32::from((c - b' ') & 0o77)
            }
        };
        leftchar = (leftchar << 6) | v;
        leftbits += 6;
        if leftbits >= 8 {
            leftbits -= 8;
            out.push((leftchar >> leftbits) as u8);
            leftchar &= (1 << leftbits) - 1;
            bin_len -= 1;
        }
    }
    for &c in rest {
        if c != b' ' && c != b' ' + 64 && c != b'\n' && c != b'\r' {
            return Err(error("Trailing garbage"));
        }
    }
    Ok(new_bytes(out))
}

// ---- CRCs ----

pub fn crc32_update(mut crc: u32, data: &[u8]) -> u32 {
    thread_local!(static TABLE: [u32; 256] = {
        let mut t = [0u32; 256];
        for (n, slot) in t.iter_mut().enumerate() {
            let mut c = n as u32;
            for _ in 0..8 {
                c = if c & 1 == 1 { 0xedb8_8320 ^ (c >> 1) } else { c >> 1 };
            }
            *slot = c;
        }
        t
    });
    TABLE.with(|t| {
        crc = !crc;
        for &b in data {
            crc = t[((crc ^ u32::from(b)) & 0xff) as usize] ^ (crc >> 8);
        }
        !crc
    })
}

fn crc32(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.between("crc32", 1, 2)?;
    let data = buffer_arg(&a[0])?;
    let start = match a.get(1) {
        Some(v) => bitwise_u32(i, v)?,
        None => 0,
    };
    Ok(Value::Int(i64::from(crc32_update(start, &data))))
}

fn crc_hqx(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.exact("crc_hqx", 2)?;
    let data = buffer_arg(&a[0])?;
    let mut crc = bitwise_u32(i, &a[1])? & 0xffff;
    for &b in &data {
        crc ^= u32::from(b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                ((crc << 1) ^ 0x1021) & 0xffff
            } else {
                (crc << 1) & 0xffff
            };
        }
    }
    Ok(Value::Int(i64::from(crc)))
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with(
        "binascii",
        &[
            ("a2b_base64", a2b_base64),
            ("a2b_hex", a2b_hex),
            ("a2b_qp", super::binascii_qp::a2b_qp),
            ("a2b_uu", a2b_uu),
            ("b2a_base64", b2a_base64),
            ("b2a_hex", b2a_hex),
            ("b2a_qp", super::binascii_qp::b2a_qp),
            ("b2a_uu", b2a_uu),
            ("crc32", crc32),
            ("crc_hqx", crc_hqx),
            ("hexlify", hexlify),
            ("unhexlify", unhexlify),
        ],
    );
    let exc = &builtin_types().exc;
    let err = super::exc_class::new_exception_class(
        vm,
        "binascii",
        "Error",
        std::slice::from_ref(&exc.value_error),
    )?;
    let inc = super::exc_class::new_exception_class(
        vm,
        "binascii",
        "Incomplete",
        std::slice::from_ref(&exc.exception),
    )?;
    ERROR.with(|e| *e.borrow_mut() = Some(err.clone()));
    set_attr(&m, "Error", Value::Obj(err));
    set_attr(&m, "Incomplete", Value::Obj(inc));
    Ok(m)
}
