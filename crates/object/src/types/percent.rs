//! printf-style formatting: `str % args` and `bytes % args` (CPython's
//! `PyUnicode_Format` / `_PyBytes_FormatEx`): `%(key)s` with mappings, flags `-+ #0`,
//! `*` widths and precisions, conversions `s r a d i u o x X e E f F g G c %`, and
//! CPython's error messages. Both work on units (code points; bytes as values < 256).

use crate::error::{overflow_error, type_error, value_error, PyResult};
use crate::interp::Interp;
use crate::object::Payload;
use crate::protocol;
use crate::types::int::{int_val, IntVal};
use crate::types::str_methods::this;
use crate::value::Value;
use krait_loader::repr::{format_float, DTSF_ALT};

#[derive(Default)]
struct Spec {
    left: bool,
    sign: bool,
    space: bool,
    alt: bool,
    zero: bool,
    width: usize,
    prec: Option<usize>,
}

/// Formats `fmt % args`; `bytes` selects the bytes semantics of `%s`/`%r`/`%c`.
pub fn percent_format(
    i: &mut dyn Interp,
    fmt: &[u32],
    args: &Value,
    bytes: bool,
) -> PyResult<Vec<u32>> {
    let tuple: Option<Vec<Value>> = match args.payload() {
        Some(Payload::Tuple(t)) => Some(t.to_vec()),
        _ => None,
    };
    let is_mapping = tuple.is_none()
        && args.as_str_data().is_none()
        && protocol::td(&args.class()).slots.getitem.get().is_some()
        && !matches!(args.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_)) if !bytes);
    let items: Vec<Value> = tuple.unwrap_or_else(|| vec![args.clone()]);
    let arglen = items.len();
    let mut argidx = 0usize;
    let mut used_dict = false;
    let mut out: Vec<u32> = Vec::with_capacity(fmt.len() + 16);
    let mut k = 0;
    let next_arg = |argidx: &mut usize| -> PyResult<Value> {
        if *argidx < arglen {
            *argidx += 1;
            Ok(items[*argidx - 1].clone())
        } else {
            Err(type_error("not enough arguments for format string"))
        }
    };
    while k < fmt.len() {
        if fmt[k] != 0x25 {
            out.push(fmt[k]);
            k += 1;
            continue;
        }
        let start = k;
        k += 1;
        let mut mapped: Option<Value> = None;
        if fmt.get(k) == Some(&0x28) {
            if !is_mapping {
                return Err(type_error("format requires a mapping"));
            }
            let mut depth = 1;
            let ks = k + 1;
            k += 1;
            while k < fmt.len() && depth > 0 {
                if fmt[k] == 0x28 {
                    depth += 1;
                } else if fmt[k] == 0x29 {
                    depth -= 1;
                }
                k += 1;
            }
            if depth > 0 {
                return Err(value_error("incomplete format key"));
            }
            let key_units = &fmt[ks..k - 1];
            let key = if bytes {
                crate::types::bytes::new_bytes(key_units.iter().map(|&c| c as u8).collect())
            } else {
                crate::types::str::new_str_data(crate::types::str::StrData::from_code_points(
                    key_units.iter().copied(),
                ))
            };
            mapped = Some(protocol::getitem(i, args, &key)?);
            used_dict = true;
            // After a keyed conversion an unkeyed one finds no argument left.
            argidx = arglen;
        }
        let mut spec = Spec::default();
        while let Some(&c) = fmt.get(k) {
            match c {
                0x2d => spec.left = true,
                0x2b => spec.sign = true,
                0x20 => spec.space = true,
                0x23 => spec.alt = true,
                0x30 => spec.zero = true,
                _ => break,
            }
            k += 1;
        }
        let num = |k: &mut usize, argidx: &mut usize, what: &str| -> PyResult<Option<i64>> {
            if fmt.get(*k) == Some(&0x2a) {
                *k += 1;
                let v = if *argidx < arglen {
                    *argidx += 1;
                    items[*argidx - 1].clone()
                } else {
                    return Err(type_error("not enough arguments for format string"));
                };
                return match protocol::as_index_opt(&v) {
                    Some(n) if matches!(v, Value::Int(_)) => Ok(Some(n)),
                    _ => Err(type_error(format!("* wants int{what}"))),
                };
            }
            let mut n: Option<i64> = None;
            while let Some(&c) = fmt.get(*k) {
                if !(0x30..0x3a).contains(&c) {
                    break;
                }
                let d = i64::from(c - 0x30);
                n = Some(
                    n.unwrap_or(0)
                        .checked_mul(10)
                        .and_then(|x| x.checked_add(d))
                        .filter(|&x| x <= i64::from(i32::MAX))
                        .ok_or_else(|| {
                            value_error(format!(
                                "{}too big",
                                if what.is_empty() {
                                    "width "
                                } else {
                                    "precision "
                                }
                            ))
                        })?,
                );
                *k += 1;
            }
            Ok(n)
        };
        if let Some(w) = num(&mut k, &mut argidx, "")? {
            if w < 0 {
                spec.left = true;
            }
            spec.width = w.unsigned_abs() as usize;
        }
        if fmt.get(k) == Some(&0x2e) {
            k += 1;
            spec.prec = Some(num(&mut k, &mut argidx, "")?.unwrap_or(0).max(0) as usize);
        }
        while matches!(fmt.get(k), Some(0x68 | 0x6c | 0x4c)) {
            k += 1;
        }
        let Some(&conv) = fmt.get(k) else {
            return Err(value_error("incomplete format"));
        };
        k += 1;
        if conv == 0x25 {
            out.push(0x25);
            continue;
        }
        let v = match mapped.take() {
            Some(v) => v,
            None => next_arg(&mut argidx)?,
        };
        let body = convert(i, &v, conv, &spec, bytes, k - 1)?;
        let _ = start;
        pad_into(&mut out, body, &spec, conv);
    }
    if argidx < arglen && !used_dict && !is_mapping {
        return Err(type_error(if bytes {
            "not all arguments converted during bytes formatting"
        } else {
            "not all arguments converted during string formatting"
        }));
    }
    Ok(out)
}

fn units(s: &str) -> Vec<u32> {
    s.chars().map(u32::from).collect()
}

/// The converted text before width padding: `(sign_or_prefix_len, units)`, where the
/// first `n` units are a sign/prefix that zero padding goes after.
fn convert(
    i: &mut dyn Interp,
    v: &Value,
    conv: u32,
    spec: &Spec,
    bytes: bool,
    at: usize,
) -> PyResult<(usize, Vec<u32>)> {
    let c = char::from_u32(conv).unwrap_or('?');
    match c {
        's' | 'r' | 'a' => {
            let mut u: Vec<u32> = if bytes {
                match c {
                    's' => match v.payload() {
                        Some(Payload::Bytes(b)) => b.iter().map(|&x| u32::from(x)).collect(),
                        Some(Payload::ByteArray(b)) => b.borrow().iter().map(|&x| u32::from(x)).collect(),
                        _ => {
                            return Err(type_error(format!(
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                v.class_name()
                            )))
                        }
                    },
                    _ => this(&crate::types::str_format::ascii_of(i, v)?)?.code_points().collect(),
                }
            } else {
                let r = match c {
                    's' => protocol::str_(i, v)?,
                    'r' => protocol::repr(i, v)?,
                    _ => crate::types::str_format::ascii_of(i, v)?,
                };
                this(&r)?.code_points().collect()
            };
            if let Some(p) = spec.prec {
                u.truncate(p);
            }
            Ok((0, u))
        }
        'b' if bytes => convert(i, v, u32::from(b's'), spec, bytes, at),
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let iv = int_val(v).map(|iv| iv.to_big().into_owned());
            let n = match iv {
                Some(n) => n,
                None => {
                    let is_num = matches!(v, Value::Float(_))
                        || matches!(v.payload(), Some(Payload::Float(_)));
                    if is_num && matches!(c, 'd' | 'i' | 'u') {
                        let f = crate::types::float::to_f64(i, v)?;
                        match crate::types::int::float_to_int(f)? {
                            Value::Int(n) => num_bigint::BigInt::from(n),
                            other => match int_val(&other) {
                                Some(IntVal::Big(b)) => b.clone(),
                                _ => num_bigint::BigInt::from(0),
                            },
                        }
                    } else if matches!(c, 'd' | 'i' | 'u') {
                        return Err(type_error(format!(
                            "%{c} format: a real number is required, not {}",
                            v.class_name()
                        )));
                    } else {
                        return Err(type_error(format!(
                            "%{c} format: an integer is required, not {}",
                            v.class_name()
                        )));
                    }
                }
            };
            let neg = n.sign() == num_bigint::Sign::Minus;
            let mag = if neg { -n } else { n };
            let mut digits = match c {
                'o' => mag.to_str_radix(8),
                'x' => mag.to_str_radix(16),
                'X' => mag.to_str_radix(16).to_uppercase(),
                _ => mag.to_str_radix(10),
            };
            if let Some(p) = spec.prec {
                if digits.len() < p {
                    digits = "0".repeat(p - digits.len()) + &digits;
                }
            }
            let mut prefix = String::new();
            if neg {
                prefix.push('-');
            } else if spec.sign {
                prefix.push('+');
            } else if spec.space {
                prefix.push(' ');
            }
            if spec.alt {
                match c {
                    'o' => prefix.push_str("0o"),
                    'x' => prefix.push_str("0x"),
                    'X' => prefix.push_str("0X"),
                    _ => {}
                }
            }
            let plen = prefix.chars().count();
            Ok((plen, units(&(prefix + &digits))))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = match v {
                Value::Float(x) => *x,
                _ => match v.payload() {
                    Some(Payload::Float(x)) => *x,
                    _ => match int_val(v) {
                        Some(iv) => iv.to_f64()?,
                        None => {
                            if protocol::td(&v.class()).slots.float.get().is_none() {
                                return Err(type_error(format!(
                                    "must be real number, not {}",
                                    v.class_name()
                                )));
                            }
                            crate::types::float::to_f64(i, v)?
                        }
                    },
                },
            };
            let prec = spec.prec.unwrap_or(6);
            let flags = if spec.alt { DTSF_ALT } else { 0 };
            let s = format_float(x, c, prec, flags);
            let (neg, body) = match s.strip_prefix('-') {
                Some(b) => (true, b.to_owned()),
                None => (false, s),
            };
            let prefix = if neg {
                "-"
            } else if spec.sign {
                "+"
            } else if spec.space {
                " "
            } else {
                ""
            };
            Ok((prefix.len(), units(&(prefix.to_owned() + &body))))
        }
        'c' => {
            if bytes {
                if let Some(n) = protocol::as_index_opt(v) {
                    if !(0..256).contains(&n) {
                        return Err(overflow_error("%c arg not in range(256)"));
                    }
                    return Ok((0, vec![n as u32]));
                }
                match v.payload() {
                    Some(Payload::Bytes(b)) if b.len() == 1 => {
                        return Ok((0, vec![u32::from(b[0])]))
                    }
                    Some(Payload::ByteArray(b)) if b.borrow().len() == 1 => {
                        return Ok((0, vec![u32::from(b.borrow()[0])]))
                    }
                    _ => {
                        return Err(type_error(
                            "%c requires an integer in range(256) or a single byte",
                        ))
                    }
                }
            }
            if let Some(s) = v.as_str_data() {
                if s.len() != 1 {
                    return Err(type_error("%c requires int or char"));
                }
                return Ok((0, s.code_points().collect()));
            }
            match int_val(v) {
                Some(IntVal::Small(n)) if (0..0x110000).contains(&n) => Ok((0, vec![n as u32])),
                Some(_) => Err(overflow_error("%c arg not in range(0x110000)")),
                None => Err(type_error("%c requires int or char")),
            }
        }
        _ => {
            let shown = if (0x20..0x7f).contains(&conv) { c } else { '?' };
            Err(value_error(format!(
                "unsupported format character '{shown}' (0x{conv:x}) at index {at}"
            )))
        }
    }
}

fn pad_into(out: &mut Vec<u32>, (plen, body): (usize, Vec<u32>), spec: &Spec, conv: u32) {
    let numeric = !matches!(conv, 0x73 | 0x72 | 0x61 | 0x63 | 0x62);
    let len = body.len();
    if len >= spec.width {
        out.extend(body);
        return;
    }
    let fill = spec.width - len;
    if spec.left {
        out.extend(body);
        out.extend(std::iter::repeat_n(32, fill));
    } else if spec.zero && numeric {
        out.extend_from_slice(&body[..plen]);
        out.extend(std::iter::repeat_n(0x30, fill));
        out.extend_from_slice(&body[plen..]);
    } else {
        out.extend(std::iter::repeat_n(32, fill));
        out.extend(body);
    }
}
