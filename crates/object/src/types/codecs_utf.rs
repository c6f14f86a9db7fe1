//! The decoding loops of the native codecs (UTF-8, ASCII, Latin-1, UTF-16, UTF-32),
//! stateful like CPython's `*DecodeStateful`: with `final == false` an incomplete
//! sequence at the end is left unconsumed instead of being an error, and the number of
//! bytes consumed is returned.

use crate::error::PyResult;
use crate::types::codecs::{decode_error, Codec, Ih, SurrogatePass};

/// Decodes `b` with `codec`; returns the code points and the bytes consumed.
pub fn decode_stateful(
    ih: &mut Ih<'_>,
    b: &[u8],
    codec: Codec,
    errors: &str,
    final_: bool,
) -> PyResult<(Vec<u32>, usize)> {
    match codec {
        Codec::Latin1 => Ok((b.iter().map(|&x| u32::from(x)).collect(), b.len())),
        Codec::Ascii => {
            let mut out = Vec::with_capacity(b.len());
            let mut k = 0;
            while k < b.len() {
                if b[k] < 0x80 {
                    out.push(u32::from(b[k]));
                    k += 1;
                } else {
                    let r = "ordinal not in range(128)";
                    k = decode_error(ih, errors, "ascii", b, k, k + 1, r, &mut out, None)?;
                }
            }
            Ok((out, b.len()))
        }
        Codec::Utf8 => utf8_decode(ih, b, errors, final_),
        Codec::Utf16(bo) => {
            let mut bo = i32::from(bo);
            utf16_decode(ih, b, errors, &mut bo, final_)
        }
        Codec::Utf32(bo) => {
            let mut bo = i32::from(bo);
            utf32_decode(ih, b, errors, &mut bo, final_)
        }
    }
}

fn utf8_surrogate(b: &[u8], k: usize) -> Option<(u32, usize)> {
    if b.len() >= k + 3
        && b[k] == 0xed
        && (0xa0..0xc0).contains(&b[k + 1])
        && (0x80..0xc0).contains(&b[k + 2])
    {
        Some((
            0xd000 | (u32::from(b[k + 1] & 0x3f) << 6) | u32::from(b[k + 2] & 0x3f),
            3,
        ))
    } else {
        None
    }
}

fn utf8_decode(
    ih: &mut Ih<'_>,
    b: &[u8],
    errors: &str,
    final_: bool,
) -> PyResult<(Vec<u32>, usize)> {
    let mut out: Vec<u32> = Vec::with_capacity(b.len());
    let mut k = 0;
    while k < b.len() {
        match std::str::from_utf8(&b[k..]) {
            Ok(s) => {
                out.extend(s.chars().map(u32::from));
                k = b.len();
            }
            Err(e) => {
                let good = e.valid_up_to();
                if let Ok(s) = std::str::from_utf8(&b[k..k + good]) {
                    out.extend(s.chars().map(u32::from));
                }
                k += good;
                let (n, reason) = match e.error_len() {
                    None => {
                        if !final_ {
                            return Ok((out, k));
                        }
                        (b.len() - k, "unexpected end of data")
                    }
                    Some(n) => {
                        let x = b[k];
                        if (0x80..0xc2).contains(&x) || x > 0xf4 {
                            (n, "invalid start byte")
                        } else {
                            (n, "invalid continuation byte")
                        }
                    }
                };
                let pass: &SurrogatePass = &utf8_surrogate;
                k = decode_error(
                    ih,
                    errors,
                    "utf-8",
                    b,
                    k,
                    k + n,
                    reason,
                    &mut out,
                    Some(pass),
                )?;
            }
        }
    }
    Ok((out, k))
}

fn unit16(b: &[u8], k: usize, be: bool) -> u32 {
    let pair = [b[k], b[k + 1]];
    u32::from(if be {
        u16::from_be_bytes(pair)
    } else {
        u16::from_le_bytes(pair)
    })
}

/// UTF-16 with byte order `*bo` (0: read a BOM if there is one, and set `*bo` from it).
pub fn utf16_decode(
    ih: &mut Ih<'_>,
    b: &[u8],
    errors: &str,
    bo: &mut i32,
    final_: bool,
) -> PyResult<(Vec<u32>, usize)> {
    let mut k = 0;
    if *bo == 0 && b.len() >= 2 {
        match (b[0], b[1]) {
            (0xff, 0xfe) => {
                *bo = -1;
                k = 2;
            }
            (0xfe, 0xff) => {
                *bo = 1;
                k = 2;
            }
            _ => {}
        }
    }
    let be = *bo > 0;
    let name = if be { "utf-16-be" } else { "utf-16-le" };
    let pass = move |d: &[u8], s: usize| -> Option<(u32, usize)> {
        if d.len() >= s + 2 {
            let u = unit16(d, s, be);
            if (0xd800..0xe000).contains(&u) {
                return Some((u, 2));
            }
        }
        None
    };
    let mut out = Vec::with_capacity(b.len() / 2);
    while k < b.len() {
        if k + 1 >= b.len() {
            if !final_ {
                break;
            }
            k = decode_error(
                ih,
                errors,
                name,
                b,
                k,
                b.len(),
                "truncated data",
                &mut out,
                Some(&pass),
            )?;
            continue;
        }
        let u = unit16(b, k, be);
        if !(0xd800..0xe000).contains(&u) {
            out.push(u);
            k += 2;
            continue;
        }
        let (start, end, reason) = if u >= 0xdc00 {
            (k, k + 2, "illegal encoding")
        } else if k + 3 >= b.len() {
            if !final_ {
                break;
            }
            (k, b.len(), "unexpected end of data")
        } else {
            let lo = unit16(b, k + 2, be);
            if (0xdc00..0xe000).contains(&lo) {
                out.push(0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00));
                k += 4;
                continue;
            }
            (k, k + 2, "illegal UTF-16 surrogate")
        };
        k = decode_error(
            ih,
            errors,
            name,
            b,
            start,
            end,
            reason,
            &mut out,
            Some(&pass),
        )?;
    }
    Ok((out, k))
}

/// UTF-32 with byte order `*bo` (0: read a BOM if there is one, and set `*bo` from it).
pub fn utf32_decode(
    ih: &mut Ih<'_>,
    b: &[u8],
    errors: &str,
    bo: &mut i32,
    final_: bool,
) -> PyResult<(Vec<u32>, usize)> {
    let mut k = 0;
    if *bo == 0 && b.len() >= 4 {
        match (b[0], b[1], b[2], b[3]) {
            (0xff, 0xfe, 0, 0) => {
                *bo = -1;
                k = 4;
            }
            (0, 0, 0xfe, 0xff) => {
                *bo = 1;
                k = 4;
            }
            _ => {}
        }
    }
    let be = *bo > 0;
    let name = if be { "utf-32-be" } else { "utf-32-le" };
    let word = move |d: &[u8], s: usize| -> u32 {
        let w = [d[s], d[s + 1], d[s + 2], d[s + 3]];
        if be {
            u32::from_be_bytes(w)
        } else {
            u32::from_le_bytes(w)
        }
    };
    let pass = move |d: &[u8], s: usize| -> Option<(u32, usize)> {
        if d.len() >= s + 4 {
            let c = word(d, s);
            if (0xd800..0xe000).contains(&c) {
                return Some((c, 4));
            }
        }
        None
    };
    let mut out = Vec::with_capacity(b.len() / 4);
    while k < b.len() {
        if k + 3 >= b.len() {
            if !final_ {
                break;
            }
            k = decode_error(
                ih,
                errors,
                name,
                b,
                k,
                b.len(),
                "truncated data",
                &mut out,
                Some(&pass),
            )?;
            continue;
        }
        let c = word(b, k);
        let reason = if c >= 0x110000 {
            "code point not in range(0x110000)"
        } else if (0xd800..0xe000).contains(&c) {
            "code point in surrogate code point range(0xd800, 0xe000)"
        } else {
            out.push(c);
            k += 4;
            continue;
        };
        k = decode_error(ih, errors, name, b, k, k + 4, reason, &mut out, Some(&pass))?;
    }
    Ok((out, k))
}
