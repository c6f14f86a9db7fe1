//! Constants as the assembler sees them: a value plus how marshal writes it.
//!
//! A [`Value`] is what a constant *is* (the same for every way of writing it); a [`Marsh`]
//! says how one occurrence is written where that differs from CPython's own choice (see
//! [`super::refs`]): its `FLAG_REF` bit, whether it is a back-reference, and the type code
//! when several would do.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::marshal::StrForm;
use crate::PyStr;

/// A constant value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    None,
    True,
    False,
    Ellipsis,
    StopIteration,
    Int(BigInt),
    /// IEEE-754 bits, so `-0.0` and NaN payloads are kept.
    Float(u64),
    Complex(u64, u64),
    Str(PyStr),
    Bytes(Rc<[u8]>),
    Tuple(Vec<Item>),
    /// Elements in stored order.
    FrozenSet(Vec<Item>),
    /// A nested code object: the index among the enclosing code object's children.
    Code(usize),
}

/// One occurrence of a value in a marshal stream.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub value: Value,
    pub marsh: Marsh,
}

impl Item {
    pub fn new(value: Value) -> Self {
        Self {
            value,
            marsh: Marsh::default(),
        }
    }
}

impl From<Value> for Item {
    fn from(value: Value) -> Self {
        Item::new(value)
    }
}

/// How an occurrence deviates from the default marshal choices; all `None`/`false` means
/// "as CPython would write it".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Marsh {
    /// `FLAG_REF` set (`Some(true)`) or clear (`Some(false)`) against the default.
    pub flag: Option<bool>,
    /// Written as a new object even though an equal one could be referenced.
    pub fresh: bool,
    /// Written as a back-reference to this reference index.
    pub backref: Option<u32>,
    /// A type code other than the default one.
    pub form: Option<Form>,
}

impl Marsh {
    pub fn is_default(&self) -> bool {
        *self == Marsh::default()
    }
}

/// A non-default type code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Str(StrForm),
    /// A tuple with the 4-byte count `'('` although it has fewer than 256 items.
    BigTuple,
    /// An int as the legacy 64-bit `'I'`.
    Int64,
    /// An int as `'l'` although it fits 32 bits.
    Long,
}

impl Value {
    pub fn str(s: impl Into<PyStr>) -> Self {
        Value::Str(s.into())
    }

    pub fn int(i: impl Into<BigInt>) -> Self {
        Value::Int(i.into())
    }

    pub fn float(f: f64) -> Self {
        Value::Float(f.to_bits())
    }

    /// A key that is equal exactly for values CPython's compiler treats as the same
    /// constant (type and value, floats by bits); `None` for code objects, which are never
    /// merged.
    pub fn key(&self) -> Option<Vec<u8>> {
        let mut out = Vec::new();
        self.key_into(&mut out).then_some(out)
    }

    fn key_into(&self, out: &mut Vec<u8>) -> bool {
        let len = |out: &mut Vec<u8>, n: usize| out.extend_from_slice(&(n as u64).to_le_bytes());
        match self {
            Value::None => out.push(b'N'),
            Value::True => out.push(b'T'),
            Value::False => out.push(b'F'),
            Value::Ellipsis => out.push(b'.'),
            Value::StopIteration => out.push(b'S'),
            Value::Int(i) => {
                out.push(b'i');
                let b = i.to_signed_bytes_le();
                len(out, b.len());
                out.extend_from_slice(&b);
            }
            Value::Float(f) => {
                out.push(b'g');
                out.extend_from_slice(&f.to_le_bytes());
            }
            Value::Complex(re, im) => {
                out.push(b'y');
                out.extend_from_slice(&re.to_le_bytes());
                out.extend_from_slice(&im.to_le_bytes());
            }
            Value::Str(s) => {
                out.push(b'u');
                len(out, s.as_bytes().len());
                out.extend_from_slice(s.as_bytes());
            }
            Value::Bytes(b) => {
                out.push(b's');
                len(out, b.len());
                out.extend_from_slice(b);
            }
            Value::Tuple(items) | Value::FrozenSet(items) => {
                out.push(if matches!(self, Value::Tuple(_)) {
                    b'('
                } else {
                    b'>'
                });
                len(out, items.len());
                for it in items {
                    if !it.value.key_into(out) {
                        return false;
                    }
                }
            }
            Value::Code(_) => return false,
        }
        true
    }

    /// A short name for messages.
    pub fn describe(&self) -> &'static str {
        match self {
            Value::None => "None",
            Value::True | Value::False => "bool",
            Value::Ellipsis => "Ellipsis",
            Value::StopIteration => "StopIteration",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Complex(..) => "complex",
            Value::Str(_) => "str",
            Value::Bytes(_) => "bytes",
            Value::Tuple(_) => "tuple",
            Value::FrozenSet(_) => "frozenset",
            Value::Code(_) => "code object",
        }
    }
}
