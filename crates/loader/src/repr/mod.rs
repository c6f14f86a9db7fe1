//! CPython's `repr()` of the values a code object can hold, for `dis` and for the
//! object crate to reuse.
//!
//! Everything is a plain function on primitive inputs, with a `write_*` form appending to
//! a `String`:
//! - [`float_repr`], [`complex_repr`] and the general [`format_float`]
//!   (`PyOS_double_to_string` for `e`, `f`, `g`, `r`);
//! - [`str_repr`] / [`str_repr_v`] (escapes depend on the CPython version's Unicode
//!   database, see [`is_printable`]) and [`bytes_repr`];
//! - [`int_repr`] and [`const_repr`] / [`const_repr_v`] for any [`Const`], containers
//!   included.

mod float;
#[rustfmt::skip]
mod printable;
mod text;

use std::fmt::Write as _;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

pub use float::{
    complex_repr, complex_str, float_repr, float_str, format_float, write_complex_repr,
    write_float, write_float_repr, DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0, DTSF_SIGN,
};
pub use text::{
    bytes_repr, is_printable, str_repr, str_repr_v, write_bytes_repr, write_str_repr,
    write_str_repr_utf8,
};

use crate::{CodeObject, Const, PyVersion};

/// `repr(int)`: the decimal digits (no limit on their number is applied; CPython's
/// `sys.set_int_max_str_digits` check is the caller's business).
pub fn int_repr(i: &BigInt) -> String {
    let mut out = String::new();
    write_int_repr(&mut out, i);
    out
}

/// Appends `repr(int)` to `out`.
pub fn write_int_repr(out: &mut String, i: &BigInt) {
    match i.to_i64() {
        Some(small) => {
            let _ = write!(out, "{small}");
        }
        None => {
            let _ = write!(out, "{i}");
        }
    }
}

/// `repr(code)`: `<code object NAME at 0xADDR, file "FILE", line N>` with NAME and FILE
/// raw. The address is a stable stand-in derived from the object's location in memory.
pub fn code_repr(code: &std::rc::Rc<CodeObject>) -> String {
    let mut out = String::new();
    write_code_repr(&mut out, code);
    out
}

/// Appends [`code_repr`] to `out`.
pub fn write_code_repr(out: &mut String, code: &std::rc::Rc<CodeObject>) {
    // A plausible user-space address, unique per live code object.
    let addr = 0x7f00_0000_0000u64 | (std::rc::Rc::as_ptr(code) as usize as u64 & 0xff_ffff_fff0);
    // co_firstlineno 0 prints as -1; the C field is an int.
    let line = match code.firstlineno {
        0 => -1,
        n => n as i32 as i64,
    };
    let _ = write!(
        out,
        "<code object {} at {:#x}, file \"{}\", line {}>",
        code.name, addr, code.filename, line
    );
}

/// `repr()` of a constant as the newest supported CPython prints it.
pub fn const_repr(c: &Const) -> String {
    const_repr_v(c, PyVersion::V3_13)
}

/// `repr()` of a constant as CPython `v` prints it (only `str` escapes vary by version).
pub fn const_repr_v(c: &Const, v: PyVersion) -> String {
    let mut out = String::new();
    write_const_repr(&mut out, c, v);
    out
}

/// One step of the iterative container walk (no recursion, so no depth limit).
enum Step<'a> {
    Value(&'a Const),
    Text(&'static str),
}

/// Appends `repr(c)` to `out` as CPython `v` prints it; see [`const_repr_v`].
pub fn write_const_repr(out: &mut String, c: &Const, v: PyVersion) {
    let mut stack = vec![Step::Value(c)];
    // Pushes `open item sep item ... close` in reverse, so the stack pops it in order.
    fn seq<'a>(stack: &mut Vec<Step<'a>>, items: &'a [Const], close: &'static str) {
        stack.push(Step::Text(close));
        for (k, item) in items.iter().enumerate().rev() {
            stack.push(Step::Value(item));
            if k > 0 {
                stack.push(Step::Text(", "));
            }
        }
    }
    while let Some(step) = stack.pop() {
        let c = match step {
            Step::Text(t) => {
                out.push_str(t);
                continue;
            }
            Step::Value(c) => c,
        };
        match c {
            Const::None => out.push_str("None"),
            Const::Bool(true) => out.push_str("True"),
            Const::Bool(false) => out.push_str("False"),
            Const::Ellipsis => out.push_str("Ellipsis"),
            Const::StopIteration => out.push_str("<class 'StopIteration'>"),
            Const::Null => out.push_str("<NULL>"),
            Const::Int(i) => write_int_repr(out, i),
            Const::Float(x) => write_float_repr(out, *x),
            Const::Complex { re, im } => write_complex_repr(out, *re, *im),
            Const::Str(s) => write_str_repr(out, s, v),
            Const::Bytes(b) => write_bytes_repr(out, b),
            Const::Tuple(items) => {
                out.push('(');
                if items.len() == 1 {
                    stack.push(Step::Text(",)"));
                    stack.push(Step::Value(&items[0]));
                } else {
                    seq(&mut stack, items, ")");
                }
            }
            Const::List(items) => {
                out.push('[');
                seq(&mut stack, items, "]");
            }
            Const::Set(items) if items.is_empty() => out.push_str("set()"),
            Const::Set(items) => {
                out.push('{');
                seq(&mut stack, items, "}");
            }
            Const::FrozenSet(items) if items.is_empty() => out.push_str("frozenset()"),
            Const::FrozenSet(items) => {
                out.push_str("frozenset({");
                seq(&mut stack, items, "})");
            }
            Const::Dict(pairs) => {
                out.push('{');
                stack.push(Step::Text("}"));
                for (k, (key, value)) in pairs.iter().enumerate().rev() {
                    stack.push(Step::Value(value));
                    stack.push(Step::Text(": "));
                    stack.push(Step::Value(key));
                    if k > 0 {
                        stack.push(Step::Text(", "));
                    }
                }
            }
            Const::Code(code) => write_code_repr(out, code),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::PyStr;
    use std::rc::Rc;

    fn int(i: i64) -> Const {
        Const::Int(BigInt::from(i))
    }

    #[test]
    fn containers() {
        let t = |v: Vec<Const>| Const::Tuple(v.into());
        assert_eq!(const_repr(&t(vec![])), "()");
        assert_eq!(const_repr(&t(vec![int(1)])), "(1,)");
        assert_eq!(const_repr(&t(vec![int(1), int(2)])), "(1, 2)");
        assert_eq!(
            const_repr(&t(vec![t(vec![t(vec![])]), Const::Str(PyStr::from("a"))])),
            "(((),), 'a')"
        );
        assert_eq!(
            const_repr(&Const::FrozenSet(Rc::from(vec![]))),
            "frozenset()"
        );
        assert_eq!(
            const_repr(&Const::FrozenSet(vec![int(1), int(2)].into())),
            "frozenset({1, 2})"
        );
        assert_eq!(const_repr(&Const::Set(vec![].into())), "set()");
        assert_eq!(const_repr(&Const::List(vec![].into())), "[]");
        assert_eq!(
            const_repr(&Const::Dict(vec![(int(1), Const::None)].into())),
            "{1: None}"
        );
        assert_eq!(const_repr(&Const::Dict(vec![].into())), "{}");
        assert_eq!(
            const_repr(&Const::Int(
                "-123456789012345678901234567890".parse().unwrap()
            )),
            "-123456789012345678901234567890"
        );
        assert_eq!(const_repr(&Const::StopIteration), "<class 'StopIteration'>");
        assert_eq!(
            const_repr(&t(vec![
                Const::Ellipsis,
                Const::Bool(true),
                Const::Complex { re: 0.0, im: 1.0 }
            ])),
            "(Ellipsis, True, 1j)"
        );
    }

    fn code(name: &str, filename: &str, firstlineno: u32) -> Rc<CodeObject> {
        Rc::new(CodeObject {
            firstlineno,
            ..CodeObject::empty(PyVersion::V3_12, name, filename)
        })
    }

    #[test]
    fn code_objects() {
        let c = code("<lambda>", "/tmp/a b.py", 7);
        let r = const_repr(&Const::Code(c.clone()));
        let (head, tail) = r.split_once(" at 0x").unwrap();
        assert_eq!(head, "<code object <lambda>");
        let (addr, tail) = tail.split_once(',').unwrap();
        assert_eq!(addr.len(), 12, "{r}");
        assert!(addr.starts_with("7f"), "{r}");
        assert_eq!(tail, " file \"/tmp/a b.py\", line 7>");
        // Stable for one object, distinct for two live ones.
        assert_eq!(code_repr(&c), r);
        let d = code("<lambda>", "/tmp/a b.py", 7);
        assert_ne!(code_repr(&d), r);
        assert!(code_repr(&code("m", "f'\"", 0)).ends_with(", file \"f'\"\", line -1>"));
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let mut c = Const::None;
        for _ in 0..100_000 {
            c = Const::Tuple(vec![c].into());
        }
        assert_eq!(const_repr(&c).len(), 4 + 3 * 100_000);
        // The derived Drop would recurse that deep: leak it instead.
        std::mem::forget(c);
    }
}
