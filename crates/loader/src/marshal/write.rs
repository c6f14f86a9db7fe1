//! Writing a [`Node`] tree back to marshal bytes.
//!
//! A tree read from bytes is written back byte for byte. Hand-built trees are written as
//! they are, with two repairs so the output is always readable: a `'z'`/`'Z'` string or a
//! `')'` tuple too long for its 1-byte length is written in the 4-byte form (`'a'`/`'A'`,
//! `'('`), and a dict whose item list does not end in `Null` gets the terminator.

use super::node::{tc, CodeLayout, CodeNode, Kind, Node, StrForm, FLAG_REF};
use crate::PyVersion;

/// Writes a node tree. Each code node is written in its own [`CodeLayout`]; `version`
/// is accepted for symmetry with [`super::read`].
pub fn write(node: &Node, version: PyVersion) -> Vec<u8> {
    let _ = version;
    let mut out = Vec::new();
    write_into(&mut out, node);
    out
}

/// Appends a node's bytes to `out`.
///
/// Iterative (an explicit stack of pending pieces), so deep trees do not use native
/// stack.
pub fn write_into(out: &mut Vec<u8>, node: &Node) {
    let mut todo: Vec<Piece<'_>> = vec![Piece::Node(node)];
    while let Some(piece) = todo.pop() {
        match piece {
            Piece::Node(n) => head(out, n, &mut todo),
            Piece::U32(v) => out.extend_from_slice(&v.to_le_bytes()),
            Piece::Byte(b) => out.push(b),
        }
    }
}

/// What remains to be written, last first.
enum Piece<'a> {
    Node(&'a Node),
    U32(u32),
    Byte(u8),
}

/// Writes a node's own bytes and schedules its children (pushed in reverse).
fn head<'a>(out: &mut Vec<u8>, node: &'a Node, todo: &mut Vec<Piece<'a>>) {
    let flag = if node.flag_ref { FLAG_REF } else { 0 };
    let code = node.kind.type_code();
    let children = |todo: &mut Vec<Piece<'a>>, items: &'a [Node]| {
        todo.extend(items.iter().rev().map(Piece::Node));
    };
    match &node.kind {
        Kind::Null
        | Kind::None
        | Kind::False
        | Kind::True
        | Kind::StopIteration
        | Kind::Ellipsis => out.push(code | flag),
        Kind::Int(v) => {
            out.push(code | flag);
            out.extend_from_slice(&v.to_le_bytes());
        }
        Kind::Int64(v) => {
            out.push(code | flag);
            out.extend_from_slice(&v.to_le_bytes());
        }
        Kind::Long { negative, digits } => {
            out.push(code | flag);
            let n = digits.len() as u32 as i32;
            let n = if *negative && n != 0 { -n } else { n };
            out.extend_from_slice(&n.to_le_bytes());
            for d in digits {
                out.extend_from_slice(&d.to_le_bytes());
            }
        }
        Kind::FloatText(text) => {
            out.push(code | flag);
            float_text(out, text);
        }
        Kind::Float(bits) => {
            out.push(code | flag);
            out.extend_from_slice(&bits.to_le_bytes());
        }
        Kind::ComplexText { re, im } => {
            out.push(code | flag);
            float_text(out, re);
            float_text(out, im);
        }
        Kind::Complex { re, im } => {
            out.push(code | flag);
            out.extend_from_slice(&re.to_le_bytes());
            out.extend_from_slice(&im.to_le_bytes());
        }
        Kind::Bytes(b) => {
            out.push(code | flag);
            size(out, b.len());
            out.extend_from_slice(b);
        }
        Kind::Str { form, raw } => {
            let form = match form {
                StrForm::ShortAscii if raw.len() > 255 => StrForm::Ascii,
                StrForm::ShortAsciiInterned if raw.len() > 255 => StrForm::AsciiInterned,
                f => *f,
            };
            out.push(form.type_code() | flag);
            match form {
                StrForm::ShortAscii | StrForm::ShortAsciiInterned => out.push(raw.len() as u8),
                _ => size(out, raw.len()),
            }
            out.extend_from_slice(raw);
        }
        Kind::Tuple { small, items } => {
            if *small && items.len() < 256 {
                out.push(tc::SMALL_TUPLE | flag);
                out.push(items.len() as u8);
            } else {
                out.push(tc::TUPLE | flag);
                size(out, items.len());
            }
            children(todo, items);
        }
        Kind::List(items) | Kind::Set(items) | Kind::FrozenSet(items) => {
            out.push(code | flag);
            size(out, items.len());
            children(todo, items);
        }
        Kind::Dict(items) => {
            out.push(code | flag);
            if items.last().is_none_or(|n| n.kind != Kind::Null) {
                todo.push(Piece::Byte(tc::NULL));
            }
            children(todo, items);
        }
        Kind::Code(c) => {
            out.push(code | flag);
            code_object(out, c, todo);
        }
        Kind::Ref(i) => {
            out.push(code | flag);
            out.extend_from_slice(&i.to_le_bytes());
        }
    }
}

fn size(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(&(n as u32).to_le_bytes());
}

fn float_text(out: &mut Vec<u8>, text: &[u8]) {
    let text = &text[..text.len().min(255)];
    out.push(text.len() as u8);
    out.extend_from_slice(text);
}

fn code_object<'a>(out: &mut Vec<u8>, c: &'a CodeNode, todo: &mut Vec<Piece<'a>>) {
    let ints: &[u32] = match &c.layout {
        CodeLayout::V310 { nlocals, .. } => &[
            c.argcount,
            c.posonlyargcount,
            c.kwonlyargcount,
            *nlocals,
            c.stacksize,
            c.flags,
        ],
        CodeLayout::V311 { .. } => &[
            c.argcount,
            c.posonlyargcount,
            c.kwonlyargcount,
            c.stacksize,
            c.flags,
        ],
    };
    for v in ints {
        out.extend_from_slice(&v.to_le_bytes());
    }
    // Children in stream order, with co_firstlineno just before co_linetable.
    let mut pieces: Vec<Piece<'a>> = Vec::with_capacity(11);
    for child in c.children() {
        if std::ptr::eq(child, &c.linetable) {
            pieces.push(Piece::U32(c.firstlineno));
        }
        pieces.push(Piece::Node(child));
    }
    todo.extend(pieces.into_iter().rev());
}
