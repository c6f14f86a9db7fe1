//! `str`: code-point semantics over UTF-8 storage. Strings without lone surrogates are a
//! Rust `str`; a string with one is kept in generalized UTF-8 (the loader's `PyStr`
//! encoding). The code-point length and the hash are cached; indexing is O(1) for ASCII.

use std::borrow::Cow;
use std::cell::Cell;

use krait_loader::pystr::push_code_point;
use krait_loader::PyStr;

use crate::args::Args;
use crate::error::{index_error, type_error, PyResult};
use crate::interp::Interp;
use crate::method;
use crate::object::{ObjRef, Payload, PyObject};
use crate::protocol;
use crate::typeobj::{BinOp, CmpOp, TypeData};
use crate::types::{builtin_types, hash_secret, MethodDef};
use crate::value::Value;

enum Repr {
    Utf8(Box<str>),
    /// Generalized UTF-8 with at least one lone surrogate.
    Wtf8(Box<[u8]>),
}

pub struct StrData {
    repr: Repr,
    /// Length in code points.
    len: usize,
    /// Cached hash; -1 until computed (a CPython hash is never -1).
    hash: Cell<i64>,
}

impl StrData {
    pub fn new(s: &str) -> StrData {
        StrData::from_string(s.to_owned())
    }

    pub fn from_string(s: String) -> StrData {
        let len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        StrData {
            repr: Repr::Utf8(s.into_boxed_str()),
            len,
            hash: Cell::new(-1),
        }
    }

    /// From generalized UTF-8 bytes (as `PyStr` stores them).
    pub fn from_wtf8(bytes: &[u8]) -> StrData {
        match std::str::from_utf8(bytes) {
            Ok(s) => StrData::new(s),
            Err(_) => StrData {
                len: bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count(),
                repr: Repr::Wtf8(bytes.into()),
                hash: Cell::new(-1),
            },
        }
    }

    pub fn from_pystr(s: &PyStr) -> StrData {
        StrData::from_wtf8(s.as_bytes())
    }

    pub fn from_code_points(cps: impl IntoIterator<Item = u32>) -> StrData {
        let mut out = Vec::new();
        for cp in cps {
            push_code_point(&mut out, cp);
        }
        StrData::from_wtf8(&out)
    }

    /// The text, unless it holds a lone surrogate.
    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        match &self.repr {
            Repr::Utf8(s) => Some(s),
            Repr::Wtf8(_) => None,
        }
    }

    /// The generalized UTF-8 bytes.
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        match &self.repr {
            Repr::Utf8(s) => s.as_bytes(),
            Repr::Wtf8(b) => b,
        }
    }

    /// The text with lone surrogates as U+FFFD.
    pub fn lossy(&self) -> Cow<'_, str> {
        match &self.repr {
            Repr::Utf8(s) => Cow::Borrowed(s),
            Repr::Wtf8(b) => Cow::Owned(
                PyStr::from_utf8_surrogatepass(b)
                    .map(|p| p.to_string_lossy())
                    .unwrap_or_default(),
            ),
        }
    }

    pub fn to_pystr(&self) -> PyStr {
        PyStr::from_utf8_surrogatepass(self.as_bytes()).unwrap_or_default()
    }

    /// Length in code points (`len(s)`).
    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.len == self.as_bytes().len()
    }

    pub fn code_points(&self) -> impl Iterator<Item = u32> + '_ {
        let p = self.as_bytes();
        krait_loader::pystr::CodePoints::new(p)
    }

    /// The code point at index `i` (O(1) for ASCII).
    pub fn char_at(&self, i: usize) -> Option<u32> {
        if self.is_ascii() {
            return self.as_bytes().get(i).map(|&b| u32::from(b));
        }
        self.code_points().nth(i)
    }

    /// `hash(s)`, cached.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let secret = hash_secret();
        let h = match &self.repr {
            Repr::Utf8(s) => secret.hash_str(s),
            Repr::Wtf8(_) => {
                let cps: Vec<u32> = self.code_points().collect();
                secret.hash_code_points(&cps)
            }
        };
        self.hash.set(h);
        h
    }
}

/// A new str value.
pub fn new_str(s: &str) -> Value {
    Value::Obj(PyObject::new(
        builtin_types().str.clone(),
        Payload::Str(StrData::new(s)),
    ))
}

/// A new str value owning `s`.
pub fn new_string(s: String) -> Value {
    new_str_data(StrData::from_string(s))
}

pub fn new_str_data(d: StrData) -> Value {
    Value::Obj(PyObject::new(builtin_types().str.clone(), Payload::Str(d)))
}

/// A str with an explicit class (bootstrap, before `builtin_types()` exists).
pub fn new_str_with_class(class: &ObjRef, s: &str) -> Value {
    Value::Obj(PyObject::new(class.clone(), Payload::Str(StrData::new(s))))
}

/// Whether `v` is a str equal to `s`.
pub fn str_value_eq(v: &Value, s: &str) -> bool {
    v.as_str_data()
        .is_some_and(|d| d.as_bytes() == s.as_bytes())
}

/// Equality of two str payloads (code points).
#[inline]
pub fn str_eq(a: &StrData, b: &StrData) -> bool {
    std::ptr::eq(a, b) || (a.len == b.len && a.as_bytes() == b.as_bytes())
}

fn this(v: &Value) -> PyResult<&StrData> {
    v.as_str_data()
        .ok_or_else(|| type_error("descriptor requires a 'str' object"))
}

pub fn setup(t: &TypeData) {
    let s = &t.slots;
    s.nb[BinOp::Add as usize].set(Some(str_add));
    s.sq_concat.set(Some(|_, a, b| match a.as_str_data() {
        Some(_) => Err(type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            b.class_name()
        ))),
        None => Ok(None),
    }));
    s.nb[BinOp::Mul as usize].set(Some(str_mul));
    // `sq_repeat`: after both operands declined `*`, an `__index__` count or the error.
    s.sq_repeat.set(Some(|i, a, n| {
        if crate::protocol::td(&n.class()).slots.index.get().is_none() {
            return Err(type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                n.class_name()
            )));
        }
        let k = crate::protocol::index(i, n)?;
        str_mul(i, a, &k)
    }));
    s.nb[BinOp::Mod as usize].set(Some(str_mod));
    s.richcompare.set(Some(str_richcompare));
    s.hash.set(Some(|_, v| Ok(this(v)?.hash())));
    s.repr.set(Some(str_repr));
    s.str.set(Some(str_str));
    s.len.set(Some(|_, v| Ok(this(v)?.len())));
    s.bool_.set(Some(|_, v| Ok(!this(v)?.is_empty())));
    s.getitem.set(Some(str_getitem));
    s.contains.set(Some(str_contains));
    s.iter.set(Some(crate::types::iter::str_iter));
    s.new.set(Some(str_new));
}

fn str_new(i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    let r = if args.pos().len() <= 1 && !args.has_kwargs() {
        match args.pos().first() {
            None => new_str(""),
            Some(v) => protocol::str_(i, v)?,
        }
    } else {
        crate::types::str_translate::str_decode_new(i, args)?
    };
    if std::rc::Rc::ptr_eq(cls, &builtin_types().str) {
        return Ok(r);
    }
    let d = this(&r)?;
    Ok(Value::Obj(PyObject::new(
        cls.clone(),
        Payload::Str(StrData::from_wtf8(d.as_bytes())),
    )))
}

fn str_mod(i: &mut dyn Interp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let Some(f) = a.as_str_data() else {
        return Ok(None);
    };
    if let Some(v) = percent_fast(f, b) {
        return Ok(Some(v));
    }
    let units: Vec<u32> = f.code_points().collect();
    let out = crate::types::percent::percent_format(i, &units, b, false)?;
    Ok(Some(new_str_data(StrData::from_code_points(out))))
}

/// Whether `v` is a heap object whose class is exactly `cls`.
fn exact(v: &Value, cls: &ObjRef) -> bool {
    v.as_obj()
        .is_some_and(|o| std::rc::Rc::ptr_eq(&o.class(), cls))
}

/// `fmt % args` when every conversion is `%s`, `%d`, `%i` or `%%` without flags, the
/// arguments are small ints (or exact strs for `%s`) in an exact tuple or alone, and their
/// number matches. The text is built in one `String`; anything else (`None`) takes
/// `percent_format`, which also produces every error.
fn percent_fast(f: &StrData, args: &Value) -> Option<Value> {
    let fmt = f.as_str()?;
    let t = builtin_types();
    let items: &[Value] = match args {
        Value::Int(_) => std::slice::from_ref(args),
        Value::Obj(o) => match &o.payload {
            Payload::Tuple(items) if exact(args, &t.tuple) => items,
            Payload::Str(_) if exact(args, &t.str) => std::slice::from_ref(args),
            _ => return None,
        },
        _ => return None,
    };
    let bytes = fmt.as_bytes();
    let mut out = String::with_capacity(fmt.len() + 8 * items.len());
    let mut next = items.iter();
    let mut last = 0;
    while let Some(p) = bytes[last..].iter().position(|&c| c == b'%') {
        let at = last + p;
        out.push_str(&fmt[last..at]);
        match bytes.get(at + 1) {
            Some(b'%') => out.push('%'),
            Some(b's') => match next.next()? {
                Value::Int(n) => {
                    use std::fmt::Write;
                    let _ = write!(out, "{n}");
                }
                v @ Value::Obj(_) if exact(v, &t.str) => out.push_str(v.as_str_data()?.as_str()?),
                _ => return None,
            },
            Some(b'd' | b'i') => match next.next()? {
                Value::Int(n) => {
                    use std::fmt::Write;
                    let _ = write!(out, "{n}");
                }
                _ => return None,
            },
            _ => return None,
        }
        last = at + 2;
    }
    out.push_str(&fmt[last..]);
    if next.next().is_some() {
        return None;
    }
    Some(new_string(out))
}

fn str_add(_i: &mut dyn Interp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    // A non-str right operand: NotImplemented, so its reflected `__radd__` runs; the
    // "can only concatenate" error comes from `sq_concat` after both sides declined.
    let (Some(x), Some(y)) = (a.as_str_data(), b.as_str_data()) else {
        return Ok(None);
    };
    Ok(Some(concat(x, y)))
}

/// `a + b` of two strs.
pub fn concat(x: &StrData, y: &StrData) -> Value {
    match (x.as_str(), y.as_str()) {
        (Some(a), Some(b)) => {
            let mut s = String::with_capacity(a.len() + b.len());
            s.push_str(a);
            s.push_str(b);
            new_str_data(StrData {
                len: x.len + y.len,
                repr: Repr::Utf8(s.into_boxed_str()),
                hash: Cell::new(-1),
            })
        }
        _ => {
            let mut v = x.as_bytes().to_vec();
            v.extend_from_slice(y.as_bytes());
            new_str_data(StrData::from_wtf8(&v))
        }
    }
}

fn str_mul(_i: &mut dyn Interp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (s, n) = match (a.as_str_data(), b.as_str_data()) {
        (Some(s), _) => (s, b),
        // `seq * 'x'` with another sequence on the left: its own repeat reports the error
        // (CPython's str has only sq_repeat, tried after the left operand's).
        (None, Some(_))
            if crate::protocol::td(&a.class())
                .slots
                .sq_repeat
                .get()
                .is_some() =>
        {
            return Ok(None)
        }
        (None, Some(s)) => (s, a),
        _ => return Ok(None),
    };
    let n = match crate::types::tuple::repeat_count(_i, n)? {
        Some(n) => n,
        None => {
            return Err(type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                n.class_name()
            )))
        }
    };
    let bytes = repeat_bytes(s.as_bytes(), n, "repeated string is too long")?;
    Ok(Some(new_str_data(StrData::from_wtf8(&bytes))))
}

/// `b * n` without aborting on a huge `n`: OverflowError `too_long` when the length
/// overflows (CPython's check on the character count), MemoryError when it cannot be
/// allocated.
pub fn repeat_bytes(b: &[u8], n: usize, too_long: &str) -> PyResult<Vec<u8>> {
    let Some(total) = b.len().checked_mul(n).filter(|t| *t <= isize::MAX as usize) else {
        return Err(crate::error::overflow_error(too_long));
    };
    let mut v = Vec::new();
    v.try_reserve_exact(total)
        .map_err(|_| crate::error::memory_error())?;
    for _ in 0..n {
        v.extend_from_slice(b);
    }
    Ok(v)
}

fn str_richcompare(
    _i: &mut dyn Interp,
    a: &Value,
    b: &Value,
    op: CmpOp,
) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (a.as_str_data(), b.as_str_data()) else {
        return Ok(None);
    };
    // Generalized UTF-8 byte order is code-point order.
    let r = match op {
        CmpOp::Eq => str_eq(x, y),
        CmpOp::Ne => !str_eq(x, y),
        _ => op.test(Some(x.as_bytes().cmp(y.as_bytes()))),
    };
    Ok(Some(Value::Bool(r)))
}

fn str_repr(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let s = this(v)?;
    let mut out = String::with_capacity(s.as_bytes().len() + 2);
    krait_loader::repr::write_str_repr_utf8(&mut out, s.as_bytes(), i.version());
    Ok(new_string(out))
}

fn str_str(_i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let s = this(v)?;
    match v.as_obj() {
        Some(o) if std::rc::Rc::ptr_eq(&o.class(), &builtin_types().str) => Ok(v.clone()),
        _ => Ok(new_str_data(StrData::from_wtf8(s.as_bytes()))),
    }
}

/// Whether `v`'s class is exactly `cls` (not a subclass).
pub fn is_exact(v: &Value, cls: &ObjRef) -> bool {
    v.as_obj()
        .is_some_and(|o| std::rc::Rc::ptr_eq(&o.class(), cls))
}

fn str_getitem(i: &mut dyn Interp, v: &Value, key: &Value) -> PyResult<Value> {
    let s = this(v)?;
    // An object with `__index__` (not a slice) indexes like its int.
    let has_index = !matches!(key.payload(), Some(Payload::Slice { .. }))
        && protocol::td(&key.class()).slots.index.get().is_some();
    let idx = match protocol::as_index_opt(key) {
        Some(n) => Some(n),
        None if has_index => Some(protocol::index_i64(i, key)?),
        None => None,
    };
    if let Some(idx) = idx {
        let n = s.len() as i64;
        let k = if idx < 0 { idx + n } else { idx };
        if k < 0 || k >= n {
            return Err(index_error("string index out of range"));
        }
        let cp = s.char_at(k as usize).unwrap_or(0);
        return Ok(new_str_data(StrData::from_code_points([cp])));
    }
    if let Some(Payload::Slice { .. }) = key.payload() {
        let (start, _stop, step, count) = crate::types::slice::indices(i, key, s.len())?;
        // A full slice of an exact str is the str itself (CPython's unicode_subscript).
        if start == 0 && step == 1 && count == s.len() && is_exact(v, &builtin_types().str) {
            return Ok(v.clone());
        }
        if s.is_ascii() && step == 1 {
            let b = &s.as_bytes()[start as usize..start as usize + count];
            return Ok(new_str(std::str::from_utf8(b).unwrap_or("")));
        }
        let cps: Vec<u32> = s.code_points().collect();
        let out = (0..count).map(|k| cps[(start + k as i64 * step) as usize]);
        return Ok(new_str_data(StrData::from_code_points(out)));
    }
    Err(type_error(format!(
        "string indices must be integers, not '{}'",
        key.class_name()
    )))
}

fn str_contains(_i: &mut dyn Interp, v: &Value, item: &Value) -> PyResult<bool> {
    let s = this(v)?;
    let Some(sub) = item.as_str_data() else {
        return Err(type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            item.class_name()
        )));
    };
    Ok(find_bytes(s.as_bytes(), sub.as_bytes()).is_some())
}

/// Byte position of `needle` in `hay` (both generalized UTF-8, so a match is always at a
/// code point boundary).
pub fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

// ---- methods (in str_methods.rs, str_case.rs, str_format.rs, str_translate.rs) ----

use crate::types::{str_case as case, str_format as fmt, str_methods as m, str_translate as tr};

pub static METHODS: &[MethodDef] = &[
    method!("join", m::join),
    method!("split", m::split),
    method!("rsplit", m::rsplit),
    method!("splitlines", m::splitlines),
    method!("partition", m::partition),
    method!("rpartition", m::rpartition),
    method!("strip", m::strip),
    method!("lstrip", m::lstrip),
    method!("rstrip", m::rstrip),
    method!("startswith", m::startswith),
    method!("endswith", m::endswith),
    method!("replace", m::replace),
    method!("find", m::find),
    method!("rfind", m::rfind),
    method!("index", m::index),
    method!("rindex", m::rindex),
    method!("count", m::count),
    method!("removeprefix", m::removeprefix),
    method!("removesuffix", m::removesuffix),
    method!("ljust", m::ljust),
    method!("rjust", m::rjust),
    method!("center", m::center),
    method!("zfill", m::zfill),
    method!("expandtabs", m::expandtabs),
    method!("upper", case::upper),
    method!("lower", case::lower),
    method!("casefold", case::casefold),
    method!("swapcase", case::swapcase),
    method!("title", case::title),
    method!("capitalize", case::capitalize),
    method!("isalpha", case::isalpha),
    method!("isalnum", case::isalnum),
    method!("isdecimal", case::isdecimal),
    method!("isdigit", case::isdigit),
    method!("isnumeric", case::isnumeric),
    method!("isspace", case::isspace),
    method!("isascii", case::isascii),
    method!("isprintable", case::isprintable),
    method!("isidentifier", case::isidentifier),
    method!("islower", case::islower),
    method!("isupper", case::isupper),
    method!("istitle", case::istitle),
    method!("format", fmt::format),
    method!("format_map", fmt::format_map),
    method!("__format__", fmt::dunder_format),
    method!("encode", tr::encode),
    method!("translate", tr::translate),
];

/// Repeated `+` helper for BUILD_STRING / f-strings: concatenates str values.
pub fn join_values(parts: &[Value]) -> PyResult<Value> {
    let mut bytes = 0;
    let mut all_utf8 = true;
    for p in parts {
        let s = this(p)?;
        bytes += s.as_bytes().len();
        all_utf8 &= s.as_str().is_some();
    }
    if all_utf8 {
        // One allocation; the code-point length is the sum of the parts'.
        let mut out = String::with_capacity(bytes);
        let mut len = 0;
        for p in parts {
            let s = this(p)?;
            out.push_str(s.as_str().unwrap_or_default());
            len += s.len();
        }
        return Ok(new_str_data(StrData {
            repr: Repr::Utf8(out.into_boxed_str()),
            len,
            hash: Cell::new(-1),
        }));
    }
    let mut out: Vec<u8> = Vec::with_capacity(bytes);
    for p in parts {
        out.extend_from_slice(this(p)?.as_bytes());
    }
    Ok(new_str_data(StrData::from_wtf8(&out)))
}
