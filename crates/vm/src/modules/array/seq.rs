//! The slots of `array.array`: indexing and slicing (with slice assignment and
//! deletion), `+ * += *=`, comparisons, `in`, iteration and the repr.

use krait_object::error::{index_error, type_error, value_error, PyResult};
use krait_object::interp::Interp;
use krait_object::object::Payload;
use krait_object::protocol;
use krait_object::typeobj::{BinOp, CmpOp, TypeData};
use krait_object::types::list::new_list;
use krait_object::types::slice::indices;
use krait_object::types::str::new_string;
use krait_object::types::tuple::repeat_count;
use krait_object::Value;

use super::{as_array, encode, new_array, Array};
use crate::modules::support::{Cell, NativeIter, Refs};

pub fn setup(t: &TypeData) {
    let s = &t.slots;
    s.new.set(Some(super::array_new));
    s.repr.set(Some(repr));
    s.len
        .set(Some(|_, v| Ok(as_array(v).map_or(0, Array::len))));
    s.getitem.set(Some(getitem));
    s.setitem.set(Some(setitem));
    s.contains.set(Some(|i, v, x| {
        let items = as_array(v).map(Array::items).unwrap_or_default();
        for y in &items {
            if protocol::eq(i, y, x)? {
                return Ok(true);
            }
        }
        Ok(false)
    }));
    s.iter.set(Some(|_, v| {
        Ok(krait_object::native::new_native(
            iter_type(),
            Cell::new(ArrIter {
                arr: Some(v.clone()),
                pos: 0,
            }),
        ))
    }));
    s.richcompare.set(Some(richcompare));
    s.nb[BinOp::Add as usize].set(Some(|_, a, b| {
        let (Some(x), Some(y)) = (as_array(a), as_array(b)) else {
            return Ok(None);
        };
        if x.code != y.code {
            return Err(type_error("bad argument type for built-in operation"));
        }
        let mut d = x.data.borrow().clone();
        d.extend_from_slice(&y.data.borrow());
        Ok(Some(new_array(super::array_type(), x.code, d)))
    }));
    s.sq_concat.set(Some(|_, _, b| {
        Err(type_error(format!(
            "can only append array (not \"{}\") to array",
            b.class_name()
        )))
    }));
    s.sq_repeat.set(Some(|i, a, n| {
        let Some(k) = repeat_count(i, n)? else {
            return Ok(None);
        };
        let Some(x) = as_array(a) else {
            return Ok(None);
        };
        let d = repeat(&x.data.borrow(), k)?;
        Ok(Some(new_array(super::array_type(), x.code, d)))
    }));
    s.nb_inplace[BinOp::Add as usize].set(Some(|i, a, b| {
        let Some(x) = as_array(a) else {
            return Ok(None);
        };
        if as_array(b).is_none() {
            return Err(type_error(format!(
                "can only extend array with array (not \"{}\")",
                b.class_name()
            )));
        }
        super::extend_from(i, x, b)?;
        Ok(Some(a.clone()))
    }));
    s.nb_inplace[BinOp::Mul as usize].set(Some(|i, a, n| {
        let Some(x) = as_array(a) else {
            return Ok(None);
        };
        let Some(k) = repeat_count(i, n)? else {
            return Ok(None);
        };
        let d = repeat(&x.data.borrow(), k)?;
        *x.data.borrow_mut() = d;
        Ok(Some(a.clone()))
    }));
}

fn repeat(d: &[u8], k: usize) -> PyResult<Vec<u8>> {
    // MemoryError (not an abort) when the result cannot be allocated.
    let n = d
        .len()
        .checked_mul(k)
        .filter(|&n| n <= isize::MAX as usize)
        .ok_or_else(krait_object::error::memory_error)?;
    let mut out = Vec::new();
    out.try_reserve_exact(n)
        .map_err(|_| krait_object::error::memory_error())?;
    for _ in 0..k {
        out.extend_from_slice(d);
    }
    Ok(out)
}

fn repr(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let Some(a) = as_array(v) else {
        return Ok(new_string("array()".into()));
    };
    let name = protocol::td(&v.class()).name.borrow().clone();
    let code = a.code as char;
    if a.is_empty() {
        return Ok(new_string(format!("{name}('{code}')")));
    }
    let body = if a.code == b'u' {
        let s = super::tounicode(i, krait_object::Args::positional(std::slice::from_ref(v)))?;
        protocol::repr_string(i, &s)?
    } else {
        protocol::repr_string(i, &new_list(a.items()))?
    };
    Ok(new_string(format!("{name}('{code}', {body})")))
}

fn norm_index(a: &Array, k: i64, msg: &str) -> PyResult<usize> {
    let n = a.len() as i64;
    let j = if k < 0 { k + n } else { k };
    if j < 0 || j >= n {
        return Err(index_error(msg.to_string()));
    }
    Ok(j as usize)
}

fn is_slice(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Slice { .. }))
}

fn key_index(i: &mut dyn Interp, k: &Value) -> PyResult<Option<i64>> {
    if protocol::as_index_opt(k).is_some() || protocol::td(&k.class()).slots.index.get().is_some() {
        return Ok(Some(crate::modules::support::ssize(i, k)?));
    }
    Ok(None)
}

fn getitem(i: &mut dyn Interp, v: &Value, k: &Value) -> PyResult<Value> {
    let Some(a) = as_array(v) else {
        return Err(type_error("array"));
    };
    if let Some(n) = key_index(i, k)? {
        let j = norm_index(a, n, "array index out of range")?;
        return Ok(a.item(j));
    }
    if !is_slice(k) {
        return Err(type_error("array indices must be integers"));
    }
    let (start, _stop, step, count) = indices(i, k, a.len())?;
    let sz = a.size();
    let d = a.data.borrow();
    let mut out = Vec::with_capacity(count * sz);
    for m in 0..count as i64 {
        let j = (start + m * step) as usize;
        out.extend_from_slice(&d[j * sz..(j + 1) * sz]);
    }
    drop(d);
    Ok(new_array(super::array_type(), a.code, out))
}

fn setitem(i: &mut dyn Interp, v: &Value, k: &Value, x: Option<Value>) -> PyResult<()> {
    let Some(a) = as_array(v) else {
        return Err(type_error("array"));
    };
    let sz = a.size();
    if let Some(n) = key_index(i, k)? {
        let j = norm_index(a, n, "array assignment index out of range")?;
        match x {
            Some(x) => {
                let b = encode(i, a.code, &x)?;
                a.data.borrow_mut()[j * sz..(j + 1) * sz].copy_from_slice(&b);
            }
            None => {
                a.data.borrow_mut().drain(j * sz..(j + 1) * sz);
            }
        }
        return Ok(());
    }
    if !is_slice(k) {
        return Err(type_error("array indices must be integers"));
    }
    let (start, stop, step, count) = indices(i, k, a.len())?;
    let positions: Vec<usize> = (0..count as i64)
        .map(|m| (start + m * step) as usize)
        .collect();
    let Some(x) = x else {
        // Deletion: keep every item not selected.
        let mut sel = vec![false; a.len()];
        for p in &positions {
            sel[*p] = true;
        }
        let old = a.data.borrow().clone();
        let new: Vec<u8> = old
            .chunks(sz)
            .zip(sel)
            .filter(|(_, s)| !s)
            .flat_map(|(c, _)| c.iter().copied())
            .collect();
        *a.data.borrow_mut() = new;
        return Ok(());
    };
    let Some(src) = as_array(&x) else {
        return Err(type_error(format!(
            "can only assign array (not \"{}\") to array slice",
            x.class_name()
        )));
    };
    if src.code != a.code {
        return Err(type_error("bad argument type for built-in operation"));
    }
    let bytes = src.data.borrow().clone();
    if step == 1 {
        let lo = start as usize;
        let hi = (stop.max(start)) as usize;
        a.data.borrow_mut().splice(lo * sz..hi * sz, bytes);
        return Ok(());
    }
    let n = bytes.len() / sz;
    if n != count {
        return Err(value_error(format!(
            "attempt to assign array of size {n} to extended slice of size {count}"
        )));
    }
    let mut d = a.data.borrow_mut();
    for (m, p) in positions.iter().enumerate() {
        d[p * sz..(p + 1) * sz].copy_from_slice(&bytes[m * sz..(m + 1) * sz]);
    }
    Ok(())
}

fn richcompare(i: &mut dyn Interp, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (as_array(a), as_array(b)) else {
        return Ok(None);
    };
    if x.len() != y.len() && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Some(Value::Bool(matches!(op, CmpOp::Ne))));
    }
    let (l, r) = (new_list(x.items()), new_list(y.items()));
    protocol::richcompare(i, &l, &r, op).map(Some)
}

// ---- the iterator ----

#[derive(Default)]
pub struct ArrIter {
    arr: Option<Value>,
    pos: usize,
}

impl Refs for ArrIter {
    fn refs(&self, f: &mut dyn FnMut(&Value)) {
        crate::modules::support::opt(&self.arr, f);
    }
}

impl NativeIter for ArrIter {
    fn next(this: &Cell<Self>, _i: &mut dyn Interp) -> PyResult<Option<Value>> {
        let mut s = this.get_mut();
        let Some(arr) = s.arr.clone() else {
            return Ok(None);
        };
        let Some(a) = as_array(&arr) else {
            return Ok(None);
        };
        if s.pos >= a.len() {
            s.arr = None;
            return Ok(None);
        }
        let v = a.item(s.pos);
        s.pos += 1;
        Ok(Some(v))
    }
}

static ITER_SPEC: krait_object::native::TypeSpec = krait_object::native::TypeSpec::new(
    "arrayiterator",
    "array",
    crate::modules::support::iter_slots::<ArrIter>,
);

crate::native_type!(iter_type, ITER_SPEC);
