//! The lossless marshal tree.
//!
//! Every byte a marshal stream holds has a place in a [`Node`]: the type code (including
//! which of several equivalent codes was used, e.g. `'z'` vs `'a'` vs `'u'` for a string),
//! the `FLAG_REF` bit, back-references as explicit [`Kind::Ref`] nodes, float text as text,
//! long digits as the 15-bit digits stored, and a dict's `NULL` terminator. Writing a tree
//! read from bytes gives back exactly those bytes.

use std::rc::Rc;

use num_bigint::{BigInt, BigUint, Sign};

use crate::PyStr;

/// The type codes (the low 7 bits of the type byte).
pub mod tc {
    pub const NULL: u8 = b'0';
    pub const NONE: u8 = b'N';
    pub const FALSE: u8 = b'F';
    pub const TRUE: u8 = b'T';
    pub const STOPITER: u8 = b'S';
    pub const ELLIPSIS: u8 = b'.';
    pub const INT: u8 = b'i';
    /// Not written by CPython 3 any more, but still read by 3.10–3.13.
    pub const INT64: u8 = b'I';
    pub const FLOAT: u8 = b'f';
    pub const BINARY_FLOAT: u8 = b'g';
    pub const COMPLEX: u8 = b'x';
    pub const BINARY_COMPLEX: u8 = b'y';
    pub const LONG: u8 = b'l';
    pub const STRING: u8 = b's';
    pub const INTERNED: u8 = b't';
    pub const REF: u8 = b'r';
    pub const TUPLE: u8 = b'(';
    pub const LIST: u8 = b'[';
    pub const DICT: u8 = b'{';
    pub const CODE: u8 = b'c';
    pub const UNICODE: u8 = b'u';
    pub const SET: u8 = b'<';
    pub const FROZENSET: u8 = b'>';
    pub const ASCII: u8 = b'a';
    pub const ASCII_INTERNED: u8 = b'A';
    pub const SMALL_TUPLE: u8 = b')';
    pub const SHORT_ASCII: u8 = b'z';
    pub const SHORT_ASCII_INTERNED: u8 = b'Z';
}

/// The bit of the type byte that adds the object to the reference table.
pub const FLAG_REF: u8 = 0x80;

/// CPython's `MAX_MARSHAL_STACK_DEPTH` (non-Windows): the deepest nesting it reads.
pub const MAX_DEPTH: usize = 2000;

/// One marshalled object.
///
/// Equality compares `kind` and `flag_ref`, not `offset`, so a tree read from bytes equals
/// the same tree built by hand.
#[derive(Clone, Debug)]
pub struct Node {
    pub kind: Kind,
    /// `FLAG_REF` was set on the type byte. For kinds that CPython registers (see
    /// [`Kind::takes_ref_index`]) the object gets the next reference index; on the others
    /// (singletons, `NULL`, `Ref`) the bit is kept but means nothing.
    pub flag_ref: bool,
    /// Byte offset of the type byte in the file (0 for hand-built nodes); used in errors.
    pub offset: usize,
}

impl PartialEq for Node {
    fn eq(&self, other: &Self) -> bool {
        self.flag_ref == other.flag_ref && self.kind == other.kind
    }
}

impl Eq for Node {}

/// Which of marshal's six string codes holds a `str`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StrForm {
    /// `'u'`: UTF-8 (surrogatepass), 4-byte length.
    Unicode,
    /// `'t'`: like `'u'`, interned.
    Interned,
    /// `'a'`: one byte per code point (CPython decodes it as Latin-1), 4-byte length.
    Ascii,
    /// `'A'`: like `'a'`, interned.
    AsciiInterned,
    /// `'z'`: like `'a'` with a 1-byte length.
    ShortAscii,
    /// `'Z'`: like `'z'`, interned.
    ShortAsciiInterned,
}

impl StrForm {
    pub fn type_code(self) -> u8 {
        match self {
            Self::Unicode => tc::UNICODE,
            Self::Interned => tc::INTERNED,
            Self::Ascii => tc::ASCII,
            Self::AsciiInterned => tc::ASCII_INTERNED,
            Self::ShortAscii => tc::SHORT_ASCII,
            Self::ShortAsciiInterned => tc::SHORT_ASCII_INTERNED,
        }
    }

    pub fn from_type_code(code: u8) -> Option<Self> {
        Some(match code {
            tc::UNICODE => Self::Unicode,
            tc::INTERNED => Self::Interned,
            tc::ASCII => Self::Ascii,
            tc::ASCII_INTERNED => Self::AsciiInterned,
            tc::SHORT_ASCII => Self::ShortAscii,
            tc::SHORT_ASCII_INTERNED => Self::ShortAsciiInterned,
            _ => return None,
        })
    }

    /// The one-byte-per-code-point forms (`a`, `A`, `z`, `Z`).
    pub fn is_one_byte(self) -> bool {
        !matches!(self, Self::Unicode | Self::Interned)
    }

    pub fn is_interned(self) -> bool {
        matches!(
            self,
            Self::Interned | Self::AsciiInterned | Self::ShortAsciiInterned
        )
    }

    /// The form CPython's writer picks for a string.
    pub fn for_str(s: &PyStr, interned: bool) -> Self {
        match (s.is_ascii(), s.as_bytes().len() < 256, interned) {
            (true, true, false) => Self::ShortAscii,
            (true, true, true) => Self::ShortAsciiInterned,
            (true, false, false) => Self::Ascii,
            (true, false, true) => Self::AsciiInterned,
            (false, _, false) => Self::Unicode,
            (false, _, true) => Self::Interned,
        }
    }
}

/// What a node is, with everything needed to write it back exactly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `'0'`: only legal as a dict terminator (and, with a dangling key, as a dict value).
    Null,
    None,
    False,
    True,
    StopIteration,
    Ellipsis,
    /// `'i'`: a 32-bit signed int.
    Int(i32),
    /// `'I'`: a 64-bit signed int (legacy; still readable).
    Int64(i64),
    /// `'l'`: sign and base-2**15 digits, least significant first, exactly as stored
    /// (the top digit is nonzero; no digits for zero).
    Long {
        negative: bool,
        digits: Vec<u16>,
    },
    /// `'f'`: a float as decimal text (marshal versions 0–1).
    FloatText(Vec<u8>),
    /// `'g'`: a float's IEEE-754 bits.
    Float(u64),
    /// `'x'`: a complex as two decimal texts.
    ComplexText {
        re: Vec<u8>,
        im: Vec<u8>,
    },
    /// `'y'`: a complex's two IEEE-754 bit patterns.
    Complex {
        re: u64,
        im: u64,
    },
    /// `'s'`: bytes.
    Bytes(Rc<[u8]>),
    /// A `str` in one of six forms; `raw` is the stored bytes (UTF-8 with surrogatepass for
    /// `u`/`t`, one byte per code point for the others).
    Str {
        form: StrForm,
        raw: Rc<[u8]>,
    },
    /// `'('` (`small == false`, 4-byte count) or `')'` (`small == true`, 1-byte count).
    Tuple {
        small: bool,
        items: Vec<Node>,
    },
    List(Vec<Node>),
    /// Keys and values alternating, then the terminating [`Kind::Null`] node (whose own
    /// `flag_ref` bit is kept). A `Null` in a value position also ends the dict, dropping
    /// the key before it, as CPython does.
    Dict(Vec<Node>),
    Set(Vec<Node>),
    /// Elements in stored order.
    FrozenSet(Vec<Node>),
    Code(Box<CodeNode>),
    /// `'r'`: the object with this reference index.
    Ref(u32),
}

impl Kind {
    /// The type code without `FLAG_REF`.
    pub fn type_code(&self) -> u8 {
        match self {
            Kind::Null => tc::NULL,
            Kind::None => tc::NONE,
            Kind::False => tc::FALSE,
            Kind::True => tc::TRUE,
            Kind::StopIteration => tc::STOPITER,
            Kind::Ellipsis => tc::ELLIPSIS,
            Kind::Int(_) => tc::INT,
            Kind::Int64(_) => tc::INT64,
            Kind::Long { .. } => tc::LONG,
            Kind::FloatText(_) => tc::FLOAT,
            Kind::Float(_) => tc::BINARY_FLOAT,
            Kind::ComplexText { .. } => tc::COMPLEX,
            Kind::Complex { .. } => tc::BINARY_COMPLEX,
            Kind::Bytes(_) => tc::STRING,
            Kind::Str { form, .. } => form.type_code(),
            Kind::Tuple { small: true, .. } => tc::SMALL_TUPLE,
            Kind::Tuple { small: false, .. } => tc::TUPLE,
            Kind::List(_) => tc::LIST,
            Kind::Dict(_) => tc::DICT,
            Kind::Set(_) => tc::SET,
            Kind::FrozenSet(_) => tc::FROZENSET,
            Kind::Code(_) => tc::CODE,
            Kind::Ref(_) => tc::REF,
        }
    }

    /// Whether `FLAG_REF` on this kind reserves a reference index (CPython's `R_REF` /
    /// `r_ref_reserve`). Singletons, `NULL` and references ignore the flag.
    pub fn takes_ref_index(&self) -> bool {
        !matches!(
            self,
            Kind::Null
                | Kind::None
                | Kind::False
                | Kind::True
                | Kind::StopIteration
                | Kind::Ellipsis
                | Kind::Ref(_)
        )
    }

    /// A short name for messages ("tuple", "str", "code object"…).
    pub fn describe(&self) -> &'static str {
        match self {
            Kind::Null => "NULL",
            Kind::None => "None",
            Kind::False | Kind::True => "bool",
            Kind::StopIteration => "StopIteration",
            Kind::Ellipsis => "Ellipsis",
            Kind::Int(_) | Kind::Int64(_) | Kind::Long { .. } => "int",
            Kind::FloatText(_) | Kind::Float(_) => "float",
            Kind::ComplexText { .. } | Kind::Complex { .. } => "complex",
            Kind::Bytes(_) => "bytes",
            Kind::Str { .. } => "str",
            Kind::Tuple { .. } => "tuple",
            Kind::List(_) => "list",
            Kind::Dict(_) => "dict",
            Kind::Set(_) => "set",
            Kind::FrozenSet(_) => "frozenset",
            Kind::Code(_) => "code object",
            Kind::Ref(_) => "reference",
        }
    }
}

/// A code object's fields in marshal order. The fixed-width integers are raw 32-bit
/// values (CPython reads them as C `int`s); the rest are nodes of any kind (often
/// references).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeNode {
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub stacksize: u32,
    pub flags: u32,
    pub code: Node,
    pub consts: Node,
    pub names: Node,
    pub filename: Node,
    pub name: Node,
    pub firstlineno: u32,
    pub linetable: Node,
    /// The fields whose presence depends on the version.
    pub layout: CodeLayout,
}

/// The version-dependent part of a code object.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeLayout {
    /// 3.10: `nlocals` after `kwonlyargcount`; `varnames`, `freevars`, `cellvars` after
    /// `names`.
    V310 {
        nlocals: u32,
        varnames: Node,
        freevars: Node,
        cellvars: Node,
    },
    /// 3.11–3.13: `localsplusnames`, `localspluskinds` after `names`; `qualname` after
    /// `name`; `exceptiontable` last.
    V311 {
        localsplusnames: Node,
        localspluskinds: Node,
        qualname: Node,
        exceptiontable: Node,
    },
}

impl Node {
    /// A node of this kind, without `FLAG_REF`, at offset 0.
    pub fn new(kind: Kind) -> Self {
        Self {
            kind,
            flag_ref: false,
            offset: 0,
        }
    }

    /// The same node with `FLAG_REF` set.
    pub fn with_ref(mut self) -> Self {
        self.flag_ref = true;
        self
    }

    /// The type byte as written: type code plus `FLAG_REF`.
    pub fn type_byte(&self) -> u8 {
        self.kind.type_code() | if self.flag_ref { FLAG_REF } else { 0 }
    }

    pub fn null() -> Self {
        Self::new(Kind::Null)
    }

    pub fn none() -> Self {
        Self::new(Kind::None)
    }

    pub fn bool(b: bool) -> Self {
        Self::new(if b { Kind::True } else { Kind::False })
    }

    pub fn ellipsis() -> Self {
        Self::new(Kind::Ellipsis)
    }

    pub fn stop_iteration() -> Self {
        Self::new(Kind::StopIteration)
    }

    /// An int as CPython writes it: `'i'` when it fits 32 bits, else `'l'`.
    pub fn int(v: i64) -> Self {
        match i32::try_from(v) {
            Ok(small) => Self::new(Kind::Int(small)),
            Err(_) => Self::big_int(&BigInt::from(v)),
        }
    }

    /// Any int as CPython writes it (`'i'` when it fits 32 bits, else `'l'`).
    pub fn big_int(v: &BigInt) -> Self {
        if let Ok(small) = i32::try_from(v) {
            return Self::new(Kind::Int(small));
        }
        let negative = v.sign() == Sign::Minus;
        Self::new(Kind::Long {
            negative,
            digits: long_digits(v.magnitude()),
        })
    }

    /// A float as `'g'` (what marshal version 4 writes).
    pub fn float(v: f64) -> Self {
        Self::new(Kind::Float(v.to_bits()))
    }

    /// A complex as `'y'`.
    pub fn complex(re: f64, im: f64) -> Self {
        Self::new(Kind::Complex {
            re: re.to_bits(),
            im: im.to_bits(),
        })
    }

    pub fn bytes(b: &[u8]) -> Self {
        Self::new(Kind::Bytes(b.into()))
    }

    /// A `str` in the form CPython's writer picks (ASCII and short → `'z'`/`'Z'`, ASCII
    /// → `'a'`/`'A'`, else `'u'`/`'t'`).
    pub fn str(s: impl Into<PyStr>, interned: bool) -> Self {
        let s = s.into();
        let form = StrForm::for_str(&s, interned);
        Self::new(Kind::Str {
            form,
            raw: s.as_bytes().into(),
        })
    }

    /// A tuple as CPython writes it (`')'` under 256 items, else `'('`).
    pub fn tuple(items: Vec<Node>) -> Self {
        Self::new(Kind::Tuple {
            small: items.len() < 256,
            items,
        })
    }

    /// A tuple of strings (`co_names` and the like), none interned.
    pub fn str_tuple<S: Into<PyStr>>(items: impl IntoIterator<Item = S>) -> Self {
        Self::tuple(items.into_iter().map(|s| Self::str(s, false)).collect())
    }

    pub fn list(items: Vec<Node>) -> Self {
        Self::new(Kind::List(items))
    }

    /// A dict from key/value pairs (the terminator is added).
    pub fn dict(pairs: Vec<(Node, Node)>) -> Self {
        let mut items = Vec::with_capacity(pairs.len() * 2 + 1);
        for (k, v) in pairs {
            items.push(k);
            items.push(v);
        }
        items.push(Self::null());
        Self::new(Kind::Dict(items))
    }

    pub fn set(items: Vec<Node>) -> Self {
        Self::new(Kind::Set(items))
    }

    pub fn frozenset(items: Vec<Node>) -> Self {
        Self::new(Kind::FrozenSet(items))
    }

    pub fn code(code: CodeNode) -> Self {
        Self::new(Kind::Code(Box::new(code)))
    }

    /// A back-reference to reference index `index`.
    pub fn reference(index: u32) -> Self {
        Self::new(Kind::Ref(index))
    }

    /// The string's value for `Str` nodes (`None` for other kinds or invalid UTF-8).
    pub fn as_str(&self) -> Option<PyStr> {
        match &self.kind {
            Kind::Str { form, raw } => str_value(*form, raw),
            _ => None,
        }
    }

    /// The children in stream order (code object fields included).
    pub fn children(&self) -> Vec<&Node> {
        match &self.kind {
            Kind::Tuple { items, .. }
            | Kind::List(items)
            | Kind::Dict(items)
            | Kind::Set(items)
            | Kind::FrozenSet(items) => items.iter().collect(),
            Kind::Code(c) => c.children(),
            _ => Vec::new(),
        }
    }
}

impl CodeNode {
    /// The object fields in stream order.
    pub fn children(&self) -> Vec<&Node> {
        match &self.layout {
            CodeLayout::V310 {
                varnames,
                freevars,
                cellvars,
                ..
            } => vec![
                &self.code,
                &self.consts,
                &self.names,
                varnames,
                freevars,
                cellvars,
                &self.filename,
                &self.name,
                &self.linetable,
            ],
            CodeLayout::V311 {
                localsplusnames,
                localspluskinds,
                qualname,
                exceptiontable,
            } => vec![
                &self.code,
                &self.consts,
                &self.names,
                localsplusnames,
                localspluskinds,
                &self.filename,
                &self.name,
                qualname,
                &self.linetable,
                exceptiontable,
            ],
        }
    }
}

/// Decodes a stored string: UTF-8 with surrogatepass for `u`/`t`, Latin-1 for the
/// one-byte forms (as CPython's `PyUnicode_FromKindAndData(1BYTE_KIND, …)`).
pub(crate) fn str_value(form: StrForm, raw: &[u8]) -> Option<PyStr> {
    if form.is_one_byte() {
        if raw.is_ascii() {
            PyStr::from_utf8_surrogatepass(raw)
        } else {
            Some(PyStr::from_code_points(raw.iter().map(|&b| u32::from(b))))
        }
    } else {
        PyStr::from_utf8_surrogatepass(raw)
    }
}

/// The magnitude in base-2**15 digits, least significant first (empty for zero).
pub(crate) fn long_digits(mag: &BigUint) -> Vec<u16> {
    let bytes = mag.to_bytes_le();
    let nbits = mag.bits() as usize;
    let mut digits = Vec::with_capacity(nbits.div_ceil(15));
    let mut acc: u32 = 0;
    let mut have = 0;
    for b in bytes {
        acc |= u32::from(b) << have;
        have += 8;
        if have >= 15 {
            digits.push((acc & 0x7FFF) as u16);
            acc >>= 15;
            have -= 15;
        }
    }
    if have > 0 {
        digits.push((acc & 0x7FFF) as u16);
    }
    while digits.last() == Some(&0) {
        digits.pop();
    }
    digits
}

/// The int a `'l'` node holds, in linear time.
pub(crate) fn long_value(negative: bool, digits: &[u16]) -> BigInt {
    let mut bytes = Vec::with_capacity(digits.len() * 15 / 8 + 2);
    let mut acc: u32 = 0;
    let mut have = 0;
    for &d in digits {
        acc |= u32::from(d & 0x7FFF) << have;
        have += 15;
        while have >= 8 {
            bytes.push((acc & 0xFF) as u8);
            acc >>= 8;
            have -= 8;
        }
    }
    if have > 0 {
        bytes.push((acc & 0xFF) as u8);
    }
    let mag = BigUint::from_bytes_le(&bytes);
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    BigInt::from_biguint(sign, mag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_digits_round_trip() {
        for v in [
            BigInt::from(0),
            BigInt::from(1),
            BigInt::from(0x7FFF),
            BigInt::from(0x8000),
            BigInt::from(u64::MAX),
            BigInt::from(1) << 1000usize,
            (BigInt::from(1) << 1000usize) - 1,
        ] {
            let d = long_digits(v.magnitude());
            assert_eq!(long_value(false, &d), v);
            assert!(d.iter().all(|&x| x < 0x8000));
            assert_ne!(d.last(), Some(&0));
        }
        assert_eq!(long_digits(&BigUint::from(0x8000u32)), vec![0, 1]);
    }
}
