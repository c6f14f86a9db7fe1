//! `memoryview` over `bytes`/`bytearray` (format `'B'`, one dimension): a window
//! `[start, stop)` of the underlying object, read afresh on each access so a view of a
//! bytearray sees its changes. Enough for `_collections_abc` and byte-oriented stdlib
//! code: `len`, indexing, slicing (step 1), `tobytes`, `tolist`, `release`, the
//! context-manager protocol and the read-only attributes.

use std::cell::Cell;

use crate::args::Args;
use crate::error::{index_error, type_error, value_error, PyResult};
use crate::gc::traverse::{Busy, Visit};
use crate::interp::Interp;
use crate::native::TypeSpec;
use crate::native::{make_type, native_ref, new_native, visit_value, GetSetDef, NativeData};
use crate::object::{ObjRef, Payload};
use crate::protocol;
use crate::typeobj::{CmpOp, TypeData};
use crate::types::bytes::{bytes_of, is_bytearray, new_bytes};
use crate::types::str::new_string;
use crate::types::MethodDef;
use crate::value::Value;

pub struct View {
    obj: Value,
    start: usize,
    stop: usize,
    released: Cell<bool>,
    /// The struct format of the items (`'B'` unless `cast`).
    fmt: u8,
}

/// Item size and signedness of the formats `cast` accepts.
fn fmt_info(f: u8) -> Option<(usize, bool)> {
    Some(match f {
        b'B' => (1, false),
        b'b' => (1, true),
        b'H' => (2, false),
        b'h' => (2, true),
        b'I' => (4, false),
        b'i' => (4, true),
        b'L' | b'Q' | b'N' => (8, false),
        b'l' | b'q' | b'n' => (8, true),
        _ => return None,
    })
}

/// The items of `data` in format `fmt` (native byte order).
fn items(data: &[u8], fmt: u8) -> Vec<Value> {
    let (size, signed) = fmt_info(fmt).unwrap_or((1, false));
    data.chunks_exact(size)
        .map(|c| {
            let mut buf = [0u8; 8];
            buf[..size].copy_from_slice(c);
            let u = u64::from_ne_bytes(buf);
            let v = if signed {
                let shift = 64 - 8 * size as u32;
                ((u << shift) as i64) >> shift
            } else {
                u as i64
            };
            if !signed && size == 8 && u > i64::MAX as u64 {
                Value::from_bigint(num_bigint::BigInt::from(u))
            } else {
                Value::Int(v)
            }
        })
        .collect()
}

impl NativeData for View {
    fn traverse(&self, visit: Visit) -> Result<(), Busy> {
        visit_value(&self.obj, visit);
        Ok(())
    }
    fn tracked(&self) -> bool {
        true
    }
}

static METHODS: &[MethodDef] = &[
    crate::method!("tobytes", mv_tobytes),
    crate::method!("tolist", mv_tolist),
    crate::method!("cast", mv_cast),
    crate::method!("release", mv_release),
    crate::method!("__enter__", mv_enter),
    crate::method!("__exit__", mv_exit),
];

static GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "obj",
        get: |_, a| Ok(view(&a.pos()[0])?.obj.clone()),
        set: None,
    },
    GetSetDef {
        name: "nbytes",
        get: |_, a| Ok(Value::Int(contents(view(&a.pos()[0])?)?.len() as i64)),
        set: None,
    },
    GetSetDef {
        name: "readonly",
        get: |_, a| Ok(Value::Bool(!is_bytearray(&view(&a.pos()[0])?.obj))),
        set: None,
    },
    GetSetDef {
        name: "format",
        get: |_, a| Ok(new_string(char::from(view(&a.pos()[0])?.fmt).to_string())),
        set: None,
    },
    GetSetDef {
        name: "itemsize",
        get: |_, a| {
            Ok(Value::Int(
                fmt_info(view(&a.pos()[0])?.fmt).map_or(1, |f| f.0) as i64,
            ))
        },
        set: None,
    },
    GetSetDef {
        name: "ndim",
        get: |_, _| Ok(Value::Int(1)),
        set: None,
    },
];

static SPEC: TypeSpec = TypeSpec {
    methods: METHODS,
    getsets: GETSETS,
    ..TypeSpec::new("memoryview", "", setup)
};

thread_local! {
    static MV_TYPE: ObjRef = make_type(&SPEC);
}

/// The `memoryview` type object.
pub fn memoryview_type() -> ObjRef {
    MV_TYPE.with(Clone::clone)
}

fn view(v: &Value) -> PyResult<&View> {
    let w = native_ref::<View>(v).ok_or_else(|| type_error("expected a memoryview"))?;
    if w.released.get() {
        return Err(value_error(
            "operation forbidden on released memoryview object",
        ));
    }
    Ok(w)
}

/// The bytes the view shows now.
fn contents(w: &View) -> PyResult<Vec<u8>> {
    let all = bytes_of(&w.obj).unwrap_or_default();
    let stop = w.stop.min(all.len());
    Ok(all.get(w.start.min(stop)..stop).unwrap_or(&[]).to_vec())
}

/// The bytes of a memoryview (for `bytes(mv)` and bytes-like arguments).
pub fn view_bytes(v: &Value) -> Option<Vec<u8>> {
    let w = native_ref::<View>(v)?;
    contents(w).ok()
}

fn setup(t: &TypeData) {
    let s = &t.slots;
    s.new.set(Some(|_, cls, args| {
        let a = crate::argparse::parse(
            &args,
            &crate::argparse::Sig {
                fname: "memoryview",
                names: &["object"],
                posonly: 0,
                required: 1,
            },
        )?;
        let obj = a[0].clone().unwrap_or(Value::None);
        if let Some(w) = native_ref::<View>(&obj) {
            return Ok(new_native(
                cls.clone(),
                View {
                    obj: w.obj.clone(),
                    start: w.start,
                    stop: w.stop,
                    released: Cell::new(false),
                    fmt: w.fmt,
                },
            ));
        }
        let Some(b) = bytes_of(&obj) else {
            return Err(type_error(format!(
                "memoryview: a bytes-like object is required, not '{}'",
                obj.class_name()
            )));
        };
        Ok(new_native(
            cls.clone(),
            View {
                obj,
                start: 0,
                stop: b.len(),
                released: Cell::new(false),
                fmt: b'B',
            },
        ))
    }));
    s.len.set(Some(|_, v| {
        let w = view(v)?;
        Ok(contents(w)?.len() / fmt_info(w.fmt).map_or(1, |f| f.0))
    }));
    s.repr.set(Some(|_, v| {
        let released = native_ref::<View>(v).is_some_and(|w| w.released.get());
        Ok(new_string(format!(
            "<{}memory at {:#x}>",
            if released { "released " } else { "" },
            v.id()
        )))
    }));
    s.getitem.set(Some(mv_getitem));
    s.richcompare.set(Some(|_, a, b, op| {
        if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
            return Ok(None);
        }
        let Some(x) = view_bytes(a) else {
            return Ok(None);
        };
        let Some(y) = view_bytes(b).or_else(|| bytes_of(b)) else {
            return Ok(None);
        };
        Ok(Some(Value::Bool((x == y) == (op == CmpOp::Eq))))
    }));
}

fn mv_getitem(i: &mut dyn Interp, v: &Value, key: &Value) -> PyResult<Value> {
    let w = view(v)?;
    let data = contents(w)?;
    if w.fmt != b'B' {
        let all = items(&data, w.fmt);
        if let Some(k) = protocol::as_index_opt(key) {
            let n = all.len() as i64;
            let k = if k < 0 { k + n } else { k };
            return all
                .get(k.max(0) as usize)
                .filter(|_| k >= 0)
                .cloned()
                .ok_or_else(|| index_error("index out of bounds on dimension 1"));
        }
        return Err(type_error(
            "krait: slicing a cast memoryview is not supported yet",
        ));
    }
    if let Some(k) = protocol::as_index_opt(key) {
        let n = data.len() as i64;
        let k = if k < 0 { k + n } else { k };
        if k < 0 || k >= n {
            return Err(index_error("index out of bounds on dimension 1"));
        }
        return Ok(Value::Int(i64::from(data[k as usize])));
    }
    if let Some(Payload::Slice { .. }) = key.payload() {
        let (start, stop, step, _) = crate::types::slice::indices(i, key, data.len())?;
        if step != 1 {
            return Err(type_error(
                "krait: memoryview slices with a step are not supported yet",
            ));
        }
        let (a, b) = (start.max(0) as usize, stop.max(start).max(0) as usize);
        return Ok(new_native(
            v.class(),
            View {
                obj: w.obj.clone(),
                start: w.start + a,
                stop: w.start + b,
                released: Cell::new(false),
                fmt: w.fmt,
            },
        ));
    }
    Err(type_error("memoryview: invalid slice key"))
}

fn mv_tobytes(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(new_bytes(contents(view(&args.pos()[0])?)?))
}

fn mv_tolist(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let w = view(&args.pos()[0])?;
    Ok(crate::types::list::new_list(items(&contents(w)?, w.fmt)))
}

/// `cast(format)`: one-dimensional casts from bytes to the integer formats and back.
fn mv_cast(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.between("cast", 2, 3)?;
    let w = view(&a[0])?;
    let f = a[1]
        .as_str_data()
        .map(|s| s.lossy().into_owned())
        .ok_or_else(|| {
            type_error(format!(
                "cast() argument 'format' must be str, not {}",
                a[1].class_name()
            ))
        })?;
    let fb = f.trim_start_matches('@').as_bytes();
    let Some((&fmt, [])) = fb.split_first().filter(|(c, _)| fmt_info(**c).is_some()) else {
        return Err(value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    if w.fmt != b'B' && fmt != b'B' {
        return Err(type_error(
            "memoryview: cannot cast between two non-byte formats",
        ));
    }
    let size = fmt_info(fmt).map_or(1, |f| f.0);
    if (w.stop - w.start) % size != 0 {
        return Err(type_error(
            "memoryview: length is not a multiple of itemsize",
        ));
    }
    Ok(new_native(
        a[0].class(),
        View {
            obj: w.obj.clone(),
            start: w.start,
            stop: w.stop,
            released: Cell::new(false),
            fmt,
        },
    ))
}

fn mv_release(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    if let Some(w) = native_ref::<View>(&args.pos()[0]) {
        w.released.set(true);
    }
    Ok(Value::None)
}

fn mv_enter(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    view(&args.pos()[0])?;
    Ok(args.pos()[0].clone())
}

fn mv_exit(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    mv_release(i, args)
}
