//! `_struct` (CPython's `Modules/_struct.c`): `pack`, `unpack`, `pack_into`,
//! `unpack_from`, `iter_unpack`, `calcsize`, the `Struct` type and `struct.error`.
//! Format parsing and per-item codecs are in `format.rs`.

mod format;

use std::cell::RefCell;

use krait_object::argparse::{parse as parse_args, Sig};
use krait_object::args::Args;
use krait_object::error::{new_error, type_error, PyErr, PyResult};
use krait_object::interp::Interp;
use krait_object::native::{
    make_type, native_ref, new_native, GetSetDef, NativeData, TypeSpec, BASETYPE,
};
use krait_object::object::{ObjRef, Payload};
use krait_object::protocol;
use krait_object::typeobj::TypeData;
use krait_object::types::builtin_types;
use krait_object::types::bytes::new_bytes;
use krait_object::types::str::new_string;
use krait_object::types::tuple::new_tuple;
use krait_object::types::MethodDef;
use krait_object::Value;

use crate::vm::Vm;

use super::{new_module_with, set_attr};
use format::{pack_one, unpack_one, Layout};

thread_local! {
    static ERROR: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
}

/// A `struct.error` with `msg`.
pub fn struct_error(msg: impl Into<String>) -> PyErr {
    let cls = ERROR
        .with(|e| e.borrow().clone())
        .unwrap_or_else(|| builtin_types().exc.exception.clone());
    new_error(&cls, msg)
}

// ---- packing and unpacking a whole layout ----

fn pack_into_buf(i: &mut dyn Interp, l: &Layout, vals: &[Value], out: &mut [u8]) -> PyResult<()> {
    let mut vi = 0;
    for code in &l.codes {
        let at = code.offset;
        match code.c {
            b'x' => {}
            b's' | b'p' => {
                let v = &vals[vi];
                vi += 1;
                let Some(data) = krait_object::types::bytes::bytes_of(v) else {
                    return Err(struct_error(format!(
                        "argument for '{}' must be a bytes object",
                        code.c as char
                    )));
                };
                let n = code.count;
                if code.c == b's' {
                    let k = data.len().min(n);
                    out[at..at + k].copy_from_slice(&data[..k]);
                } else if n > 0 {
                    // All of min(len, count-1) bytes are stored; the length byte caps at 255.
                    let k = data.len().min(n - 1);
                    out[at + 1..at + 1 + k].copy_from_slice(&data[..k]);
                    out[at] = k.min(255) as u8;
                }
            }
            c => {
                for j in 0..code.count {
                    let start = at + j * code.size;
                    pack_one(i, l.order, c, &vals[vi], &mut out[start..start + code.size])?;
                    vi += 1;
                }
            }
        }
    }
    Ok(())
}

fn pack_layout(i: &mut dyn Interp, l: &Layout, vals: &[Value], fname: &str) -> PyResult<Vec<u8>> {
    if vals.len() != l.len {
        return Err(struct_error(format!(
            "{fname} expected {} items for packing (got {})",
            l.len,
            vals.len()
        )));
    }
    let mut out = vec![0u8; l.size];
    pack_into_buf(i, l, vals, &mut out)?;
    Ok(out)
}

fn unpack_layout(l: &Layout, b: &[u8]) -> PyResult<Value> {
    let mut items = Vec::with_capacity(l.len);
    for code in &l.codes {
        let at = code.offset;
        match code.c {
            b'x' => {}
            b's' => items.push(new_bytes(b[at..at + code.count].to_vec())),
            b'p' => {
                let n = code.count;
                if n == 0 {
                    // CPython 3.11 computes a length of -1 here.
                    return Err(krait_object::error::system_error(
                        "Negative size passed to PyBytes_FromStringAndSize",
                    ));
                } else {
                    let k = usize::from(b[at]).min(n - 1);
                    items.push(new_bytes(b[at + 1..at + 1 + k].to_vec()));
                }
            }
            c => {
                for j in 0..code.count {
                    let s = at + j * code.size;
                    items.push(unpack_one(code_order(l), c, &b[s..s + code.size]));
                }
            }
        }
    }
    Ok(new_tuple(items))
}

fn code_order(l: &Layout) -> format::Order {
    l.order
}

/// The bytes of a buffer argument (`a bytes-like object is required, not 'str'`).
fn buffer(v: &Value) -> PyResult<Vec<u8>> {
    krait_object::types::bytes::buffer_arg(v)
}

fn unpack_exact(l: &Layout, b: &[u8]) -> PyResult<Value> {
    if b.len() != l.size {
        return Err(struct_error(format!(
            "unpack requires a buffer of {} bytes",
            l.size
        )));
    }
    unpack_layout(l, b)
}

fn unpack_from_impl(
    i: &mut dyn Interp,
    l: &Layout,
    buf: &Value,
    offset: Option<&Value>,
) -> PyResult<Value> {
    let b = buffer(buf)?;
    let orig = match offset {
        Some(v) => protocol::index_i64(i, v)?,
        None => 0,
    };
    let len = b.len() as i64;
    let mut off = orig;
    if off < 0 {
        if off + len < 0 {
            return Err(struct_error(format!(
                "offset {orig} out of range for {len}-byte buffer"
            )));
        }
        off += len;
    }
    if len - off < l.size as i64 {
        if orig < 0 {
            return Err(struct_error(format!(
                "not enough data to unpack {} bytes at offset {orig}",
                l.size
            )));
        }
        return Err(struct_error(format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {orig} (actual buffer size is {len})",
            l.size as i64 + orig,
            l.size
        )));
    }
    let off = off as usize;
    unpack_layout(l, &b[off..off + l.size])
}

fn pack_into_impl(i: &mut dyn Interp, l: &Layout, args: &[Value]) -> PyResult<Value> {
    if args.len() != l.len + 2 {
        return Err(match args.len() {
            0 => struct_error("pack_into expected buffer argument"),
            1 => struct_error("pack_into expected offset argument"),
            n => struct_error(format!(
                "pack_into expected {} items for packing (got {})",
                l.len,
                n - 2
            )),
        });
    }
    let target = &args[0];
    let Some(Payload::ByteArray(cell)) = target.payload() else {
        return Err(type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            target.class_name()
        )));
    };
    let orig = protocol::index_i64(i, &args[1])?;
    let len = cell.borrow().len() as i64;
    let mut off = orig;
    if off < 0 {
        if off + len < 0 {
            return Err(struct_error(format!(
                "offset {orig} out of range for {len}-byte buffer"
            )));
        }
        off += len;
    }
    if len - off < l.size as i64 {
        if orig < 0 {
            return Err(struct_error(format!(
                "no space to pack {} bytes at offset {orig}",
                l.size
            )));
        }
        return Err(struct_error(format!(
            "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {orig} (actual buffer size is {len})",
            l.size as i64 + orig,
            l.size
        )));
    }
    // Pack into a zeroed scratch buffer first (pad bytes are zeros, as in CPython):
    // packing may run Python code (__index__), which must not see the bytearray borrowed.
    let mut scratch = vec![0u8; l.size];
    pack_into_buf(i, l, &args[2..], &mut scratch)?;
    let off = off as usize;
    let mut buf = cell.borrow_mut();
    if off + l.size <= buf.len() {
        buf[off..off + l.size].copy_from_slice(&scratch);
    }
    Ok(Value::None)
}

// ---- the Struct type ----

pub struct StructObj {
    format: RefCell<String>,
    layout: RefCell<Layout>,
}

impl NativeData for StructObj {}

fn format_text(i: &mut dyn Interp, v: &Value) -> PyResult<String> {
    let _ = i;
    if let Some(s) = v.as_str_data() {
        let text = s.lossy().into_owned();
        if !text.is_ascii() {
            return Err(krait_object::error::new_error(
                &builtin_types().exc.unicode_encode_error,
                "'ascii' codec can't encode character",
            ));
        }
        return Ok(text);
    }
    if let Some(Payload::Bytes(b)) = v.payload() {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    Err(type_error(format!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        v.class_name()
    )))
}

fn layout_of(i: &mut dyn Interp, fmt: &Value) -> PyResult<(String, Layout)> {
    let text = format_text(i, fmt)?;
    let l = format::parse(text.as_bytes())?;
    Ok((text, l))
}

fn struct_setup(t: &TypeData) {
    t.slots.new.set(Some(struct_new));
    t.slots.init.set(Some(struct_init));
}

static STRUCT_SPEC: TypeSpec = TypeSpec {
    name: "Struct",
    module: "_struct",
    flags: BASETYPE,
    base: None,
    setup: struct_setup,
    methods: &[
        MethodDef {
            name: "pack",
            func: s_pack,
        },
        MethodDef {
            name: "pack_into",
            func: s_pack_into,
        },
        MethodDef {
            name: "unpack",
            func: s_unpack,
        },
        MethodDef {
            name: "unpack_from",
            func: s_unpack_from,
        },
        MethodDef {
            name: "iter_unpack",
            func: s_iter_unpack,
        },
    ],
    class_methods: &[],
    static_methods: &[],
    getsets: &[
        GetSetDef {
            name: "format",
            get: s_format,
            set: None,
        },
        GetSetDef {
            name: "size",
            get: s_size,
            set: None,
        },
    ],
    doc: Some("Struct(fmt) --> compiled struct object\n\n"),
};

thread_local! {
    static STRUCT: ObjRef = make_type(&STRUCT_SPEC);
}

static STRUCT_SIG: Sig = Sig {
    fname: "Struct",
    names: &["format"],
    posonly: 0,
    required: 1,
};

/// `Struct(format)`: Argument Clinic says "at most" for the optional-looking signature.
fn struct_args(args: &Args<'_>) -> PyResult<Vec<Option<Value>>> {
    let n = args.pos().len() + args.kwnames.len();
    if n > 1 {
        return Err(type_error(format!(
            "Struct() takes at most 1 argument ({n} given)"
        )));
    }
    parse_args(args, &STRUCT_SIG)
}

fn struct_new(i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    let p = struct_args(&args)?;
    let (text, l) = layout_of(i, p[0].as_ref().unwrap_or(&Value::None))?;
    Ok(new_native(
        cls.clone(),
        StructObj {
            format: RefCell::new(text),
            layout: RefCell::new(l),
        },
    ))
}

fn struct_init(i: &mut dyn Interp, this: &Value, args: Args<'_>) -> PyResult<()> {
    let p = struct_args(&args)?;
    let (text, l) = layout_of(i, p[0].as_ref().unwrap_or(&Value::None))?;
    if let Some(s) = native_ref::<StructObj>(this) {
        *s.format.borrow_mut() = text;
        *s.layout.borrow_mut() = l;
    }
    Ok(())
}

fn this_struct<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a StructObj> {
    let v = args
        .pos()
        .first()
        .ok_or_else(|| type_error(format!("{method}() needs an argument")))?;
    krait_object::native::expect_native::<StructObj>(v, method, "_struct.Struct")
}

fn s_format(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    Ok(new_string(
        this_struct(&args, "format")?.format.borrow().clone(),
    ))
}

fn s_size(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        this_struct(&args, "size")?.layout.borrow().size as i64,
    ))
}

fn s_pack(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let s = this_struct(&args, "pack")?;
    args.no_kwargs("pack")?;
    let l = s.layout.borrow().clone();
    Ok(new_bytes(pack_layout(i, &l, &args.pos()[1..], "pack")?))
}

fn s_pack_into(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let s = this_struct(&args, "pack_into")?;
    args.no_kwargs("pack_into")?;
    let l = s.layout.borrow().clone();
    pack_into_impl(i, &l, &args.pos()[1..])
}

fn s_unpack(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let s = this_struct(&args, "unpack")?;
    let a = args.skip_self().exact("Struct.unpack", 1)?;
    let l = s.layout.borrow().clone();
    unpack_exact(&l, &buffer(&a[0])?)
}

static UNPACK_FROM_SIG: Sig = Sig {
    fname: "unpack_from",
    names: &["buffer", "offset"],
    posonly: 0,
    required: 1,
};

fn s_unpack_from(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let s = this_struct(&args, "unpack_from")?;
    let p = parse_args(&args.skip_self(), &UNPACK_FROM_SIG)?;
    let l = s.layout.borrow().clone();
    unpack_from_impl(i, &l, p[0].as_ref().unwrap_or(&Value::None), p[1].as_ref())
}

fn s_iter_unpack(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let s = this_struct(&args, "iter_unpack")?;
    let a = args.skip_self().exact("Struct.iter_unpack", 1)?;
    let l = s.layout.borrow().clone();
    iter_unpack_impl(l, &a[0])
}

// ---- the unpack iterator ----

pub struct UnpackIter {
    layout: Layout,
    data: Vec<u8>,
    pos: std::cell::Cell<usize>,
}

impl NativeData for UnpackIter {}

fn iter_setup(t: &TypeData) {
    t.slots.iter.set(Some(|_i, v| Ok(v.clone())));
    t.slots.next.set(Some(iter_next));
}

fn iter_next(_i: &mut dyn Interp, v: &Value) -> PyResult<Option<Value>> {
    let Some(it) = native_ref::<UnpackIter>(v) else {
        return Ok(None);
    };
    let p = it.pos.get();
    if p + it.layout.size > it.data.len() {
        return Ok(None);
    }
    it.pos.set(p + it.layout.size);
    unpack_layout(&it.layout, &it.data[p..p + it.layout.size]).map(Some)
}

fn iter_length_hint(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let v = args.pos().first().cloned().unwrap_or(Value::None);
    let Some(it) = native_ref::<UnpackIter>(&v) else {
        return Ok(Value::Int(0));
    };
    let left = (it.data.len() - it.pos.get()) / it.layout.size.max(1);
    Ok(Value::Int(left as i64))
}

static ITER_SPEC: TypeSpec = TypeSpec {
    name: "unpack_iterator",
    module: "_struct",
    flags: 0,
    base: None,
    setup: iter_setup,
    methods: &[MethodDef {
        name: "__length_hint__",
        func: iter_length_hint,
    }],
    class_methods: &[],
    static_methods: &[],
    getsets: &[],
    doc: None,
};

thread_local! {
    static UNPACK_ITER: ObjRef = make_type(&ITER_SPEC);
}

fn iter_unpack_impl(l: Layout, buf: &Value) -> PyResult<Value> {
    if l.size == 0 {
        return Err(struct_error(
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    let data = buffer(buf)?;
    if data.len() % l.size != 0 {
        return Err(struct_error(format!(
            "iterative unpacking requires a buffer of a multiple of {} bytes",
            l.size
        )));
    }
    Ok(new_native(
        UNPACK_ITER.with(|t| t.clone()),
        UnpackIter {
            layout: l,
            data,
            pos: std::cell::Cell::new(0),
        },
    ))
}

// ---- module functions ----

const MODULE_DOC: &str = r#"Functions to convert between Python values and C structs.
Python bytes objects are used to hold the data representing the C struct
and also as format strings (explained below) to describe the layout of data
in the C struct.

The optional first format char indicates byte order, size and alignment:
  @: native order, size & alignment (default)
  =: native order, std. size & alignment
  <: little-endian, std. size & alignment
  >: big-endian, std. size & alignment
  !: same as >

The remaining chars indicate types of args and must match exactly;
these can be preceded by a decimal repeat count:
  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;
  ?: _Bool (requires C99; if not available, char is used instead)
  h:short; H:unsigned short; i:int; I:unsigned int;
  l:long; L:unsigned long; f:float; d:double; e:half-float.
Special cases (preceding decimal count indicates length):
  s:string (array of char); p: pascal string (with count byte).
Special cases (only available in native format):
  n:ssize_t; N:size_t;
  P:an integer type that is wide enough to hold a pointer.
Special case (not in native mode unless 'long long' in platform C):
  q:long long; Q:unsigned long long
Whitespace between formats is ignored.

The variable struct.error is an exception raised on errors.
"#;

fn fmt_layout(i: &mut dyn Interp, fmt: &Value) -> PyResult<Layout> {
    Ok(layout_of(i, fmt)?.1)
}

fn m_pack(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    args.no_kwargs("pack")?;
    let pos = args.pos();
    let Some(fmt) = pos.first() else {
        return Err(type_error("missing format argument"));
    };
    let l = fmt_layout(i, fmt)?;
    Ok(new_bytes(pack_layout(i, &l, &pos[1..], "pack")?))
}

fn m_pack_into(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    args.no_kwargs("pack_into")?;
    let pos = args.pos();
    let Some(fmt) = pos.first() else {
        return Err(type_error("missing format argument"));
    };
    let l = fmt_layout(i, fmt)?;
    pack_into_impl(i, &l, &pos[1..])
}

fn m_unpack(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.exact("unpack", 2)?;
    let l = fmt_layout(i, &a[0])?;
    unpack_exact(&l, &buffer(&a[1])?)
}

static M_UNPACK_FROM_SIG: Sig = Sig {
    fname: "unpack_from",
    names: &["format", "buffer", "offset"],
    posonly: 1,
    required: 2,
};

fn m_unpack_from(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let p = parse_args(&args, &M_UNPACK_FROM_SIG)?;
    let l = fmt_layout(i, p[0].as_ref().unwrap_or(&Value::None))?;
    unpack_from_impl(i, &l, p[1].as_ref().unwrap_or(&Value::None), p[2].as_ref())
}

fn m_iter_unpack(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.exact("iter_unpack", 2)?;
    let l = fmt_layout(i, &a[0])?;
    iter_unpack_impl(l, &a[1])
}

fn m_calcsize(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.exact("_struct.calcsize", 1)?;
    Ok(Value::Int(fmt_layout(i, &a[0])?.size as i64))
}

fn m_clearcache(_i: &mut dyn Interp, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with(
        "_struct",
        &[
            ("_clearcache", m_clearcache),
            ("calcsize", m_calcsize),
            ("iter_unpack", m_iter_unpack),
            ("pack", m_pack),
            ("pack_into", m_pack_into),
            ("unpack", m_unpack),
            ("unpack_from", m_unpack_from),
        ],
    );
    let exc = builtin_types().exc.exception.clone();
    let err = super::exc_class::new_exception_class(vm, "struct", "error", &[exc])?;
    ERROR.with(|e| *e.borrow_mut() = Some(err.clone()));
    set_attr(&m, "error", Value::Obj(err));
    set_attr(&m, "Struct", STRUCT.with(|t| Value::Obj(t.clone())));
    set_attr(&m, "__doc__", krait_object::types::str::new_str(MODULE_DOC));
    Ok(m)
}
