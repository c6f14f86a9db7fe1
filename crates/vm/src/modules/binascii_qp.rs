//! `binascii.a2b_qp` / `b2a_qp`: quoted-printable, following CPython's scanner (76-column
//! soft line breaks, CRLF kept when the first line ends in one, trailing whitespace
//! protected).

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::PyResult;
use krait_object::interp::Interp;
use krait_object::protocol;
use krait_object::types::bytes::{buffer_arg, new_bytes};
use krait_object::Value;

use super::binascii::ascii_data;

const MAXLINESIZE: usize = 76;
const HEXU: &[u8; 16] = b"0123456789ABCDEF";

fn flag(i: &mut dyn Interp, v: &Option<Value>, default: bool) -> PyResult<bool> {
    match v {
        Some(v) => protocol::truthy(i, v),
        None => Ok(default),
    }
}

static A2B_SIG: Sig = Sig {
    fname: "a2b_qp",
    names: &["data", "header"],
    posonly: 0,
    required: 1,
};

pub fn a2b_qp(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let p = parse(&args, &A2B_SIG)?;
    let data = ascii_data(p[0].as_ref().unwrap_or(&Value::None))?;
    let header = flag(i, &p[1], false)?;
    let n = data.len();
    let mut out = Vec::with_capacity(n);
    let mut k = 0;
    while k < n {
        let c = data[k];
        if c == b'=' {
            k += 1;
            if k >= n {
                break;
            }
            if data[k] == b'\n' || data[k] == b'\r' {
                if data[k] != b'\n' {
                    while k < n && data[k] != b'\n' {
                        k += 1;
                    }
                }
                if k < n {
                    k += 1;
                }
            } else if data[k] == b'=' {
                out.push(b'=');
                k += 1;
            } else if k + 1 < n && data[k].is_ascii_hexdigit() && data[k + 1].is_ascii_hexdigit() {
                let h = |b: u8| (b as char).to_digit(16).unwrap_or(0) as u8;
                out.push((h(data[k]) << 4) | h(data[k + 1]));
                k += 2;
            } else {
                out.push(b'=');
            }
        } else if header && c == b'_' {
            out.push(b' ');
            k += 1;
        } else {
            out.push(c);
            k += 1;
        }
    }
    Ok(new_bytes(out))
}

static B2A_SIG: Sig = Sig {
    fname: "b2a_qp",
    names: &["data", "quotetabs", "istext", "header"],
    posonly: 0,
    required: 1,
};

pub fn b2a_qp(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let p = parse(&args, &B2A_SIG)?;
    let data = buffer_arg(p[0].as_ref().unwrap_or(&Value::None))?;
    let quotetabs = flag(i, &p[1], false)?;
    let istext = flag(i, &p[2], true)?;
    let header = flag(i, &p[3], false)?;
    Ok(new_bytes(encode(&data, quotetabs, istext, header)))
}

fn encode(d: &[u8], quotetabs: bool, istext: bool, header: bool) -> Vec<u8> {
    let n = d.len();
    let crlf = match d.iter().position(|&b| b == b'\n') {
        Some(p) => p > 0 && d[p - 1] == b'\r',
        None => false,
    };
    let soft_break = |out: &mut Vec<u8>| {
        out.push(b'=');
        if crlf {
            out.push(b'\r');
        }
        out.push(b'\n');
    };
    let mut out = Vec::with_capacity(n * 2);
    let mut k = 0;
    let mut linelen = 0;
    while k < n {
        let c = d[k];
        let next = d.get(k + 1).copied();
        let must_quote = c > 126
            || c == b'='
            || (header && c == b'_')
            || (c == b'.' && linelen == 0 && matches!(next, None | Some(b'\n' | b'\r' | 0)))
            || (!istext && (c == b'\r' || c == b'\n'))
            || ((c == b'\t' || c == b' ') && k + 1 == n)
            || (c < 33 && c != b'\r' && c != b'\n' && (quotetabs || (c != b'\t' && c != b' ')));
        if must_quote {
            if linelen + 3 >= MAXLINESIZE {
                soft_break(&mut out);
                linelen = 0;
            }
            out.extend_from_slice(&[b'=', HEXU[usize::from(c >> 4)], HEXU[usize::from(c & 15)]]);
            k += 1;
            linelen += 3;
        } else if istext && (c == b'\n' || (c == b'\r' && next == Some(b'\n'))) {
            linelen = 0;
            if let Some(&last) = out.last() {
                if last == b' ' || last == b'\t' {
                    out.pop();
                    out.extend_from_slice(&[
                        b'=',
                        HEXU[usize::from(last >> 4)],
                        HEXU[usize::from(last & 15)],
                    ]);
                }
            }
            if crlf {
                out.push(b'\r');
            }
            out.push(b'\n');
            k += if c == b'\r' { 2 } else { 1 };
        } else {
            if k + 1 != n && next != Some(b'\n') && linelen + 1 >= MAXLINESIZE {
                soft_break(&mut out);
                linelen = 0;
            }
            linelen += 1;
            if header && c == b' ' {
                out.push(b'_');
            } else {
                out.push(c);
            }
            k += 1;
        }
    }
    out
}
