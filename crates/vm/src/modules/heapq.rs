//! `_heapq` (CPython's `Modules/_heapqmodule.c`): the heap operations on lists, with the
//! same comparisons in the same order as CPython (so ties end up in the same places),
//! the cache-friendly heapify for large lists, and the `_max` variants.
//!
//! Comparisons can run Python code, so no borrow of the list is held across them; after
//! each one the size is checked (`list changed size during iteration`).

use std::cell::RefCell;

use krait_object::args::Args;
use krait_object::error::{index_error, runtime_error, type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::protocol;
use krait_object::typeobj::CmpOp;
use krait_object::types::list::as_list;
use krait_object::types::str::new_str;
use krait_object::Value;

use crate::vm::Vm;

use super::{new_module_with, set_attr};

type Heap = RefCell<Vec<Value>>;

fn list_arg<'a>(v: &'a Value, fname: &str, single: bool) -> PyResult<&'a Heap> {
    as_list(v).ok_or_else(|| {
        type_error(if single {
            format!("{fname}() argument must be list, not {}", v.class_name())
        } else {
            format!("{fname}() argument 1 must be list, not {}", v.class_name())
        })
    })
}

fn get(h: &Heap, k: usize) -> PyResult<Value> {
    h.borrow()
        .get(k)
        .cloned()
        .ok_or_else(|| index_error("list index out of range"))
}

/// `a < b` (min-heap) or `b < a` (max-heap).
fn less(i: &mut dyn Interp, a: &Value, b: &Value, max: bool) -> PyResult<bool> {
    if max {
        protocol::compare_bool(i, b, a, CmpOp::Lt)
    } else {
        protocol::compare_bool(i, a, b, CmpOp::Lt)
    }
}

fn changed() -> krait_object::error::PyErr {
    runtime_error("list changed size during iteration")
}

fn siftdown(i: &mut dyn Interp, h: &Heap, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = h.borrow().len();
    if pos >= size {
        return Err(index_error("index out of range"));
    }
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let newitem = get(h, pos)?;
        let parent = get(h, parentpos)?;
        let lt = less(i, &newitem, &parent, max)?;
        if size != h.borrow().len() {
            return Err(changed());
        }
        if !lt {
            break;
        }
        h.borrow_mut().swap(parentpos, pos);
        pos = parentpos;
    }
    Ok(())
}

fn siftup(i: &mut dyn Interp, h: &Heap, mut pos: usize, max: bool) -> PyResult<()> {
    let endpos = h.borrow().len();
    let start = pos;
    if pos >= endpos {
        return Err(index_error("index out of range"));
    }
    let limit = endpos >> 1;
    while pos < limit {
        let mut childpos = 2 * pos + 1;
        if childpos + 1 < endpos {
            let a = get(h, childpos)?;
            let b = get(h, childpos + 1)?;
            let lt = less(i, &a, &b, max)?;
            if !lt {
                childpos += 1;
            }
            if endpos != h.borrow().len() {
                return Err(changed());
            }
        }
        h.borrow_mut().swap(childpos, pos);
        pos = childpos;
    }
    siftdown(i, h, start, pos, max)
}

fn heappush(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.exact("heappush", 2)?;
    let h = list_arg(&a[0], "heappush", false)?;
    let n = {
        let mut v = h.borrow_mut();
        v.push(a[1].clone());
        v.len()
    };
    siftdown(i, h, 0, n - 1, false)?;
    Ok(Value::None)
}

fn pop_impl(i: &mut dyn Interp, args: &Args, fname: &str, max: bool) -> PyResult<Value> {
    let a = args.exact(fname, 1)?;
    let h = list_arg(&a[0], fname, true)?;
    let (last, first) = {
        let mut v = h.borrow_mut();
        let Some(last) = v.pop() else {
            return Err(index_error("index out of range"));
        };
        if v.is_empty() {
            return Ok(last);
        }
        let first = std::mem::replace(&mut v[0], last.clone());
        (last, first)
    };
    drop(last);
    siftup(i, h, 0, max)?;
    Ok(first)
}

fn heappop(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    pop_impl(i, &args, "heappop", false)
}

fn heappop_max(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    pop_impl(i, &args, "_heappop_max", true)
}

fn replace_impl(i: &mut dyn Interp, args: &Args, fname: &str, max: bool) -> PyResult<Value> {
    let a = args.exact(fname, 2)?;
    let h = list_arg(&a[0], fname, false)?;
    let old = {
        let mut v = h.borrow_mut();
        if v.is_empty() {
            return Err(index_error("index out of range"));
        }
        std::mem::replace(&mut v[0], a[1].clone())
    };
    siftup(i, h, 0, max)?;
    Ok(old)
}

fn heapreplace(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    replace_impl(i, &args, "heapreplace", false)
}

fn heapreplace_max(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    replace_impl(i, &args, "_heapreplace_max", true)
}

fn heappushpop(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.exact("heappushpop", 2)?;
    let h = list_arg(&a[0], "heappushpop", false)?;
    let item = a[1].clone();
    let Some(top) = h.borrow().first().cloned() else {
        return Ok(item);
    };
    if !protocol::compare_bool(i, &top, &item, CmpOp::Lt)? {
        return Ok(item);
    }
    let old = {
        let mut v = h.borrow_mut();
        if v.is_empty() {
            return Err(index_error("index out of range"));
        }
        std::mem::replace(&mut v[0], item)
    };
    siftup(i, h, 0, false)?;
    Ok(old)
}

fn keep_top_bit(mut n: usize) -> usize {
    let mut i = 0;
    while n > 1 {
        n >>= 1;
        i += 1;
    }
    n << i
}

fn heapify_impl(i: &mut dyn Interp, h: &Heap, max: bool) -> PyResult<()> {
    let n = h.borrow().len();
    if n > 2500 {
        // CPython's cache-friendly order (same siftups, visited row by row).
        let m = n >> 1;
        let leftmost = keep_top_bit(m + 1) - 1;
        let mhalf = m >> 1;
        let mut run = |from: usize, to: usize| -> PyResult<()> {
            let mut k = from;
            while k > to {
                k -= 1;
                let mut j = k;
                loop {
                    siftup(i, h, j, max)?;
                    if j & 1 == 0 {
                        break;
                    }
                    j >>= 1;
                }
            }
            Ok(())
        };
        run(leftmost, mhalf)?;
        run(m, leftmost)?;
        return Ok(());
    }
    for k in (0..n / 2).rev() {
        siftup(i, h, k, max)?;
    }
    Ok(())
}

fn heapify(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.exact("heapify", 1)?;
    let h = list_arg(&a[0], "heapify", true)?;
    heapify_impl(i, h, false)?;
    Ok(Value::None)
}

fn heapify_max(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.exact("_heapify_max", 1)?;
    let h = list_arg(&a[0], "_heapify_max", true)?;
    heapify_impl(i, h, true)?;
    Ok(Value::None)
}

const ABOUT: &str = include_str!("heapq_about.txt");
const DOC: &str = include_str!("heapq_doc.txt");

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with(
        "_heapq",
        &[
            ("_heapify_max", heapify_max),
            ("_heappop_max", heappop_max),
            ("_heapreplace_max", heapreplace_max),
            ("heapify", heapify),
            ("heappop", heappop),
            ("heappush", heappush),
            ("heappushpop", heappushpop),
            ("heapreplace", heapreplace),
        ],
    );
    set_attr(&m, "__about__", new_str(ABOUT));
    set_attr(&m, "__doc__", new_str(DOC));
    Ok(m)
}
