//! `array` (CPython's `Modules/arraymodule.c`): typed arrays of machine values stored
//! as native-endian bytes; items are converted on access (`item.rs`), the sequence and
//! number slots live in `seq.rs`.

mod item;
mod seq;

use std::cell::RefCell;

use krait_object::args::Args;
use krait_object::error::{index_error, type_error, value_error, PyResult};
use krait_object::interp::Interp;
use krait_object::native::{native_ref, new_native, GetSetDef, NativeData, TypeSpec, BASETYPE};
use krait_object::object::ObjRef;
use krait_object::protocol;
use krait_object::types::bytes::{bytes_of, new_bytes};
use krait_object::types::list::new_list;
use krait_object::types::str::new_str;
use krait_object::types::tuple::new_tuple;
use krait_object::types::MethodDef;
use krait_object::Value;

use crate::vm::Vm;

use super::{new_module_with, set_attr};

pub use item::{encode, get, itemsize, TYPECODES};

/// An array's items: `data.len()` is always a multiple of `itemsize(code)`.
pub struct Array {
    pub code: u8,
    pub data: RefCell<Vec<u8>>,
}

impl NativeData for Array {}

impl Array {
    pub fn size(&self) -> usize {
        itemsize(self.code)
    }
    pub fn len(&self) -> usize {
        self.data.borrow().len() / self.size()
    }
    pub fn is_empty(&self) -> bool {
        self.data.borrow().is_empty()
    }
    pub fn item(&self, k: usize) -> Value {
        let n = self.size();
        get(self.code, &self.data.borrow()[k * n..(k + 1) * n])
    }
    pub fn items(&self) -> Vec<Value> {
        (0..self.len()).map(|k| self.item(k)).collect()
    }
}

macro_rules! m {
    ($($name:literal => $f:ident),* $(,)?) => { &[$(MethodDef { name: $name, func: $f }),*] };
}

static SPEC: TypeSpec = TypeSpec {
    name: "array",
    module: "array",
    flags: BASETYPE | krait_object::typeobj::flags::UNHASHABLE,
    base: None,
    setup: seq::setup,
    methods: m![
        "append" => append, "buffer_info" => buffer_info, "byteswap" => byteswap,
        "count" => count, "extend" => extend, "frombytes" => frombytes,
        "fromlist" => fromlist, "fromunicode" => fromunicode, "index" => index,
        "insert" => insert, "pop" => pop, "remove" => remove, "reverse" => reverse,
        "tobytes" => tobytes, "tofile" => tofile, "fromfile" => fromfile, "tolist" => tolist, "tounicode" => tounicode,
        "__copy__" => copy, "__deepcopy__" => deepcopy, "__reduce_ex__" => reduce_ex,
    ],
    class_methods: &[],
    static_methods: &[],
    getsets: &[
        GetSetDef {
            name: "itemsize",
            get: get_itemsize,
            set: None,
        },
        GetSetDef {
            name: "typecode",
            get: get_typecode,
            set: None,
        },
    ],
    doc: None,
};

crate::native_type!(pub array_type, SPEC);

pub fn as_array(v: &Value) -> Option<&Array> {
    native_ref::<Array>(v)
}

pub fn new_array(cls: ObjRef, code: u8, data: Vec<u8>) -> Value {
    new_native(
        cls,
        Array {
            code,
            data: RefCell::new(data),
        },
    )
}

fn this<'a>(a: &Args<'a>, name: &str) -> PyResult<&'a Array> {
    krait_object::native::expect_native::<Array>(
        a.pos().first().unwrap_or(&Value::None),
        name,
        "array.array",
    )
}

/// `self` and exactly one argument.
fn one<'a>(a: &Args<'a>, name: &str) -> PyResult<(&'a Array, &'a Value)> {
    let s = this(a, name)?;
    let pos = a.pos();
    if pos.len() != 2 {
        return Err(type_error(format!(
            "array.{name}() takes exactly one argument ({} given)",
            pos.len() - 1
        )));
    }
    Ok((s, &pos[1]))
}

fn get_itemsize(_: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this(&a, "itemsize")?.size() as i64))
}

fn get_typecode(_: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let c = this(&a, "typecode")?.code;
    Ok(new_str(&(c as char).to_string()))
}

/// Appends the items of iterable `v` (converted one by one; stops at the first error,
/// keeping the items already appended, as CPython does).
pub fn extend_iter(i: &mut dyn Interp, s: &Array, v: &Value) -> PyResult<()> {
    let it = protocol::iter(i, v)?;
    while let Some(x) = protocol::next(i, &it)? {
        let b = encode(i, s.code, &x)?;
        s.data.borrow_mut().extend_from_slice(&b);
    }
    Ok(())
}

fn append(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let (s, v) = one(&a, "append")?;
    let b = encode(i, s.code, v)?;
    s.data.borrow_mut().extend_from_slice(&b);
    Ok(Value::None)
}

fn buffer_info(_: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let s = this(&a, "buffer_info")?;
    let addr = s.data.borrow().as_ptr() as usize as i64;
    Ok(new_tuple(vec![
        Value::Int(addr),
        Value::Int(s.len() as i64),
    ]))
}

fn byteswap(_: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let s = this(&a, "byteswap")?;
    let n = s.size();
    for chunk in s.data.borrow_mut().chunks_mut(n) {
        chunk.reverse();
    }
    Ok(Value::None)
}

fn count(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let (s, v) = one(&a, "count")?;
    let mut c = 0;
    for x in s.items() {
        if protocol::eq(i, &x, v)? {
            c += 1;
        }
    }
    Ok(Value::Int(c))
}

pub fn extend_from(i: &mut dyn Interp, s: &Array, v: &Value) -> PyResult<()> {
    if let Some(o) = as_array(v) {
        if o.code != s.code {
            return Err(type_error("can only extend with array of same kind"));
        }
        let b = o.data.borrow().clone();
        s.data.borrow_mut().extend_from_slice(&b);
        return Ok(());
    }
    extend_iter(i, s, v)
}

fn extend(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let (s, v) = one(&a, "extend")?;
    extend_from(i, s, v)?;
    Ok(Value::None)
}

fn frombytes(_: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let (s, v) = one(&a, "frombytes")?;
    let Some(b) = bytes_of(v).or_else(|| as_array(v).map(|o| o.data.borrow().clone())) else {
        return Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            v.class_name()
        )));
    };
    if b.len() % s.size() != 0 {
        return Err(value_error("bytes length not a multiple of item size"));
    }
    s.data.borrow_mut().extend_from_slice(&b);
    Ok(Value::None)
}

fn fromlist(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let (s, v) = one(&a, "fromlist")?;
    if !protocol::isinstance(v, &krait_object::types::builtin_types().list) {
        return Err(type_error("arg must be list"));
    }
    // All or nothing: CPython restores the old size on a bad item.
    let items = protocol::collect(i, v)?;
    let mut buf = Vec::new();
    for x in &items {
        buf.extend_from_slice(&encode(i, s.code, x)?);
    }
    s.data.borrow_mut().extend_from_slice(&buf);
    Ok(Value::None)
}

fn fromunicode(_: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let (s, v) = one(&a, "fromunicode")?;
    let Some(text) = v.as_str_data() else {
        return Err(type_error(format!(
            "fromunicode() argument must be str, not {}",
            v.class_name()
        )));
    };
    if s.code != b'u' {
        return Err(value_error(
            "fromunicode() may only be called on unicode type arrays",
        ));
    }
    let mut d = s.data.borrow_mut();
    for c in text.code_points() {
        d.extend_from_slice(&c.to_ne_bytes());
    }
    Ok(Value::None)
}

fn index(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let s = this(&a, "index")?;
    let pos = a.pos();
    if pos.len() < 2 || pos.len() > 4 {
        return Err(type_error(format!(
            "index expected at {} argument{}, got {}",
            if pos.len() < 2 { "least 1" } else { "most 3" },
            if pos.len() < 2 { "" } else { "s" },
            pos.len() - 1
        )));
    }
    let n = s.len() as i64;
    let bound = |i: &mut dyn Interp, v: Option<&Value>, d: i64| -> PyResult<i64> {
        match v {
            None => Ok(d),
            Some(v) => {
                let mut k = super::support::ssize(i, v)?;
                if k < 0 {
                    k = (k + n).max(0);
                }
                Ok(k.min(n))
            }
        }
    };
    let start = bound(i, pos.get(2), 0)?;
    let stop = bound(i, pos.get(3), n)?;
    let mut k = start;
    while k < stop && k < s.len() as i64 {
        let x = s.item(k as usize);
        if protocol::eq(i, &x, &pos[1])? {
            return Ok(Value::Int(k));
        }
        k += 1;
    }
    Err(value_error("array.index(x): x not in array"))
}

fn insert(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let s = this(&a, "insert")?;
    let pos = a.pos();
    if pos.len() != 3 {
        return Err(type_error(format!(
            "insert expected 2 arguments, got {}",
            pos.len().saturating_sub(1)
        )));
    }
    let mut k = super::support::ssize(i, &pos[1])?;
    let b = encode(i, s.code, &pos[2])?;
    let n = s.len() as i64;
    if k < 0 {
        k = (k + n).max(0);
    }
    let k = k.min(n) as usize * s.size();
    let mut d = s.data.borrow_mut();
    d.splice(k..k, b);
    Ok(Value::None)
}

fn pop(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let s = this(&a, "pop")?;
    let pos = a.pos();
    if pos.len() > 2 {
        return Err(type_error(format!(
            "pop expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    let mut k = match pos.get(1) {
        Some(v) => super::support::ssize(i, v)?,
        None => -1,
    };
    let n = s.len() as i64;
    if n == 0 {
        return Err(index_error("pop from empty array"));
    }
    if k < 0 {
        k += n;
    }
    if k < 0 || k >= n {
        return Err(index_error("pop index out of range"));
    }
    let k = k as usize;
    let v = s.item(k);
    let sz = s.size();
    s.data.borrow_mut().drain(k * sz..(k + 1) * sz);
    Ok(v)
}

fn remove(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let (s, v) = one(&a, "remove")?;
    for k in 0..s.len() {
        let x = s.item(k);
        if protocol::eq(i, &x, v)? {
            let sz = s.size();
            s.data.borrow_mut().drain(k * sz..(k + 1) * sz);
            return Ok(Value::None);
        }
    }
    Err(value_error("array.remove(x): x not in array"))
}

fn reverse(_: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let s = this(&a, "reverse")?;
    let sz = s.size();
    let mut d = s.data.borrow_mut();
    let rev: Vec<u8> = d.chunks(sz).rev().flatten().copied().collect();
    *d = rev;
    Ok(Value::None)
}

fn tobytes(_: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let s = this(&a, "tobytes")?;
    let b = s.data.borrow().clone();
    Ok(new_bytes(b))
}

fn tofile(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let (s, f) = one(&a, "tofile")?;
    let data = s.data.borrow().clone();
    let write = protocol::getattr_str(i, f, "write")?;
    // CPython writes in blocks of 64 KiB.
    for chunk in data.chunks(64 * 1024) {
        protocol::call0(i, &write, &[new_bytes(chunk.to_vec())])?;
    }
    Ok(Value::None)
}

fn fromfile(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let s = this(&a, "fromfile")?;
    let pos = a.pos();
    if pos.len() != 3 {
        return Err(type_error(format!(
            "fromfile expected 2 arguments, got {}",
            pos.len().saturating_sub(1)
        )));
    }
    let n = super::support::ssize(i, &pos[2])?;
    if n < 0 {
        return Err(value_error("negative count"));
    }
    let want = n as usize * s.size();
    let read = protocol::getattr_str(i, &pos[1], "read")?;
    let got = protocol::call0(i, &read, &[Value::Int(want as i64)])?;
    let Some(b) = krait_object::types::bytes::bytes_of(&got)
        .filter(|_| !krait_object::types::bytes::is_bytearray(&got))
    else {
        return Err(type_error("read() didn't return bytes"));
    };
    let whole = b.len() / s.size() * s.size();
    s.data.borrow_mut().extend_from_slice(&b[..whole]);
    if b.len() != want {
        let eof = krait_object::types::builtin_types().exc.eof_error.clone();
        return Err(krait_object::error::new_error(
            &eof,
            "read() didn't return enough bytes",
        ));
    }
    Ok(Value::None)
}

fn tolist(_: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    Ok(new_list(this(&a, "tolist")?.items()))
}

fn tounicode(_: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let s = this(&a, "tounicode")?;
    if s.code != b'u' {
        return Err(value_error(
            "tounicode() may only be called on unicode type arrays",
        ));
    }
    let cps: Vec<u32> = s
        .data
        .borrow()
        .chunks(4)
        .map(|c| u32::from_ne_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    if let Some(bad) = cps.iter().find(|&&c| c > 0x10ffff) {
        return Err(value_error(format!(
            "character U+{bad:x} is not in range [U+0000; U+10ffff]"
        )));
    }
    Ok(krait_object::types::str::new_str_data(
        krait_object::types::str::StrData::from_code_points(cps),
    ))
}

fn copy(_: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let s = this(&a, "__copy__")?;
    Ok(new_array(array_type(), s.code, s.data.borrow().clone()))
}

fn deepcopy(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let (_, _) = one(&a, "__deepcopy__")?;
    copy(i, Args::positional(&a.pos()[..1]))
}

/// `(array, (typecode, list))` plus the instance dict: enough for `copy` and `pickle`.
fn reduce_ex(_: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let s = this(&a, "__reduce_ex__")?;
    let me = &a.pos()[0];
    let code = new_str(&(s.code as char).to_string());
    let dict = protocol::instance_dict_value(me).unwrap_or(Value::None);
    Ok(new_tuple(vec![
        Value::Obj(me.class()),
        new_tuple(vec![code, new_list(s.items())]),
        dict,
    ]))
}

/// `array(typecode[, initializer])`.
pub(super) fn array_new(i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    super::support::new_no_kwargs(cls, &array_type(), &args, "array.array")?;
    let pos = args.pos();
    if pos.is_empty() {
        return Err(type_error("array() takes at least 1 argument (0 given)"));
    }
    if pos.len() > 2 {
        return Err(type_error(format!(
            "array() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let code = match pos[0].as_str_data() {
        Some(s) if s.len() == 1 => s.char_at(0).unwrap_or(0),
        _ => {
            return Err(type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                pos[0].class_name()
            )))
        }
    };
    let code = match char::from_u32(code) {
        Some(c) if c.is_ascii() && TYPECODES.contains(c) => c as u8,
        _ => {
            return Err(value_error(
                "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)",
            ))
        }
    };
    let v = new_array(cls.clone(), code, Vec::new());
    let Some(init) = pos.get(1) else { return Ok(v) };
    let s = as_array(&v).ok_or_else(|| type_error("array"))?;
    if let Some(text) = init.as_str_data() {
        if code != b'u' {
            return Err(type_error(format!(
                "cannot use a str to initialize an array with typecode '{}'",
                code as char
            )));
        }
        let mut d = s.data.borrow_mut();
        for c in text.code_points() {
            d.extend_from_slice(&c.to_ne_bytes());
        }
    } else if let Some(o) = as_array(init) {
        if o.code == b'u' && code != b'u' {
            return Err(type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{}'",
                code as char
            )));
        }
        let items = o.items();
        let mut buf = Vec::new();
        for x in &items {
            buf.extend_from_slice(&encode(i, code, x)?);
        }
        *s.data.borrow_mut() = buf;
    } else if let Some(b) = bytes_of(init) {
        if b.len() % s.size() != 0 {
            return Err(value_error("bytes length not a multiple of item size"));
        }
        *s.data.borrow_mut() = b;
    } else {
        extend_iter(i, s, init)?;
    }
    Ok(v)
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with("array", &[]);
    let t = Value::Obj(array_type());
    set_attr(&m, "array", t.clone());
    set_attr(&m, "ArrayType", t);
    set_attr(&m, "typecodes", new_str(TYPECODES));
    Ok(m)
}
