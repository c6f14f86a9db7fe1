//! CPython's `repr()` of the values a code object can hold, for `dis` and for the
//! object crate to reuse.
//!
//! STUB: filled in by the repr work.

use crate::{Const, PyStr};

/// `repr(float)`: shortest round-trip digits with CPython's layout (`1e+16`, `1e-05`, `-0.0`).
pub fn float_repr(x: f64) -> String {
    let _ = x;
    todo!("repr helper")
}

/// `repr(str)`: quotes chosen like CPython, escapes for non-printable code points.
pub fn str_repr(s: &PyStr) -> String {
    let _ = s;
    todo!("repr helper")
}

/// `repr(bytes)`: `b'...'` with CPython's escapes.
pub fn bytes_repr(b: &[u8]) -> String {
    let _ = b;
    todo!("repr helper")
}

/// `repr(complex)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let _ = (re, im);
    todo!("repr helper")
}

/// `repr()` of any constant; code objects render as
/// `<code object NAME at 0xADDR, file "FILE", line N>`.
pub fn const_repr(c: &Const) -> String {
    let _ = c;
    todo!("repr helper")
}
