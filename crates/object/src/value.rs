//! `Value`: what a Python variable, stack slot or container element holds.
//!
//! 16 bytes: small ints, floats, bools and `None` are unboxed (arithmetic on them never
//! allocates); everything else is an `Rc` to a heap [`PyObject`]. See docs/vm.md.

use num_bigint::BigInt;

use crate::object::{ObjRef, Payload, PyObject};
use crate::types::builtin_types;

/// A Python value.
///
/// Canonical forms (enforced by the constructors [`Value::from_bigint`] and
/// [`Value::from_bool`]): an `int` that fits `i64` is always `Value::Int`, never a heap
/// `BigInt` of class `int`; `bool` is always `Value::Bool`.
#[derive(Default)]
pub enum Value {
    /// The VM's NULL: an unbound local, an empty cell, the NULL of a call sequence
    /// (`PUSH_NULL`). Never visible to Python code: anything that would hand it to Python
    /// is a VM bug.
    #[default]
    Null,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(ObjRef),
}

impl Clone for Value {
    /// One test instead of a match over every variant: only `Obj` owns anything (LOAD_FAST
    /// and LOAD_CONST clone on every execution).
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            Value::Obj(o) => Value::Obj(o.clone()),
            // SAFETY: every other variant holds plain `Copy` data (no pointer, no drop
            // glue), so a bitwise copy is a complete, independent clone.
            _ => unsafe { std::ptr::read(self) },
        }
    }
}

impl Value {
    /// The class of the value (`type(v)`).
    #[inline]
    pub fn class(&self) -> ObjRef {
        let t = builtin_types();
        match self {
            Value::Null | Value::None => t.none_type.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Obj(o) => o.class(),
        }
    }

    /// An int from a big integer, normalized to `Value::Int` when it fits.
    pub fn from_bigint(i: BigInt) -> Value {
        match i64::try_from(&i) {
            Ok(small) => Value::Int(small),
            Err(_) => Value::Obj(PyObject::new(builtin_types().int.clone(), Payload::Int(i))),
        }
    }

    pub fn from_bool(b: bool) -> Value {
        Value::Bool(b)
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// The heap object, if the value is one.
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// The payload of a heap value.
    pub fn payload(&self) -> Option<&Payload> {
        self.as_obj().map(|o| &o.payload)
    }

    /// `a is b`: identity for heap objects, tag and bits for unboxed values.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null) | (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => std::rc::Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// `id(v)`: the address for heap objects; for unboxed values a stable number derived
    /// from the bits, kept odd-aligned so it never equals a heap address.
    pub fn id(&self) -> i64 {
        match self {
            Value::Obj(o) => std::rc::Rc::as_ptr(o) as usize as i64,
            Value::Null => 1,
            Value::None => 3,
            Value::Bool(b) => 5 + 2 * i64::from(*b),
            Value::Int(i) => (i.wrapping_mul(16)) | 9,
            Value::Float(f) => (f.to_bits() as i64).wrapping_mul(16) | 13,
        }
    }

    /// The str payload, if the value is a str (or a str subclass instance).
    pub fn as_str_data(&self) -> Option<&crate::types::str::StrData> {
        match self.payload()? {
            Payload::Str(s) => Some(s),
            _ => None,
        }
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<ObjRef> for Value {
    fn from(o: ObjRef) -> Value {
        Value::Obj(o)
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Null => f.write_str("<NULL>"),
            Value::None => f.write_str("None"),
            Value::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::Obj(o) => write!(f, "<{} object>", o.class_name()),
        }
    }
}
