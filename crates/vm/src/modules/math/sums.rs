//! `fsum` (Shewchuk's exact partials, correctly rounded), `prod`, and the vector norms
//! `hypot`/`dist` (CPython's scaled, compensated `vector_norm`).

use krait_object::args::Args;
use krait_object::error::{overflow_error, value_error, PyResult};
use krait_object::interp::Interp;
use krait_object::protocol;
use krait_object::typeobj::BinOp;
use krait_object::Value;

use super::{as_f64, libm};

pub fn fsum(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.exact("math.fsum", 1)?;
    let it = protocol::iter(i, &a[0])?;
    let mut p: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(item) = protocol::next(i, &it)? {
        let mut x = as_f64(i, &item)?;
        let xsave = x;
        let mut k = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                p[k] = lo;
                k += 1;
            }
            x = hi;
        }
        p.truncate(k);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special_sum));
    }
    let mut hi = 0.0f64;
    let mut n = p.len();
    if n > 0 {
        n -= 1;
        hi = p[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Half-even rounding across partials (sum([1e-16, 1, 1e16]) rounds up).
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

pub fn prod(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(krait_object::error::type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            pos.len()
        )));
    }
    let kw = krait_object::argparse::kwonly(&args, "prod", &["start"])?;
    let mut result = kw[0].clone().unwrap_or(Value::Int(1));
    let it = protocol::iter(i, &pos[0])?;
    while let Some(item) = protocol::next(i, &it)? {
        result = protocol::binary_op(i, &result, &item, BinOp::Mul)?;
    }
    Ok(result)
}

/// CPython's `vector_norm`: `vec` holds absolute values, `max` the largest of them.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0;
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = libm::frexp(max);
    let mut csum = 1.0f64;
    let mut frac1 = 0.0f64;
    let mut frac2 = 0.0f64;
    let mut frac3 = 0.0f64;
    if max_e >= -1023 {
        let scale = libm::ldexp(1.0, -max_e);
        for &v in vec {
            let x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            let x = hi * hi;
            let old = csum;
            csum += x;
            frac1 += (old - csum) + x;
            let x = 2.0 * hi * lo;
            let old = csum;
            csum += x;
            frac2 += (old - csum) + x;
            frac3 += lo * lo;
        }
        let h = libm::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
        let t = h * T27;
        let hi = t - (t - h);
        let lo = h - hi;
        let x = -hi * hi;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        let x = -2.0 * hi * lo;
        let old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        let x = -lo * lo;
        let old = csum;
        csum += x;
        frac3 += (old - csum) + x;
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    for &v in vec {
        let x = v / max;
        let x = x * x;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
    }
    max * libm::sqrt(csum - 1.0 + frac1)
}

pub fn hypot(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    args.no_kwargs("hypot")?;
    let mut coords = Vec::with_capacity(args.pos().len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for v in args.pos() {
        let x = as_f64(i, v)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(Value::Float(vector_norm(&coords, max, found_nan)))
}

pub fn dist(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.exact("dist", 2)?;
    let p = protocol::collect(i, &a[0])?;
    let q = protocol::collect(i, &a[1])?;
    if p.len() != q.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let mut max = 0.0f64;
    let mut found_nan = false;
    for (pv, qv) in p.iter().zip(&q) {
        let px = as_f64(i, pv)?;
        let qx = as_f64(i, qv)?;
        let x = (px - qx).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(Value::Float(vector_norm(&diffs, max, found_nan)))
}
