//! `dis`: exactly what CPython's `dis.dis(code)` prints, for the version that wrote the
//! code object — the module's disassembly, then for each code object among `co_consts`
//! (depth first, in `co_consts` order) a blank line, `Disassembly of <code object ...>:`
//! and its own disassembly (`dis._disassemble_recursive`).
//!
//! - [`classic`]: 3.10–3.12's `_disassemble_bytes` (offsets, `>>` jump-target markers);
//! - [`labeled`]: 3.13's `Formatter` (`L1:` labels, `  --` for lines without a number);
//! - [`decode`]: the shared `_unpack_opargs` / `findlabels` / `findlinestarts`;
//! - [`argrepr`] with [`kinds`]: each version's argument descriptions as data;
//! - [`ops`]: the opcode facts taken from [`crate::opcodes`].
//!
//! The only intended difference from CPython is the address in `<code object ... at 0x...>`.

mod argrepr;
mod classic;
mod decode;
mod kinds;
mod labeled;
mod ops;
mod setorder;

use crate::{repr, CodeObject, Const, PyVersion};

/// Options of `dis.dis`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DisOptions {
    /// `show_caches=True` (3.11+; ignored for 3.10, whose `dis` has no such option).
    pub show_caches: bool,
    /// `depth=`: how many levels of nested code objects to disassemble (`None`: all).
    pub depth: Option<usize>,
}

/// `dis.dis(code, show_caches=..., depth=...)` as a string.
pub fn dis(code: &CodeObject, opts: &DisOptions) -> String {
    let mut out = String::new();
    recursive(code, opts, opts.depth, &mut out);
    out
}

/// `dis.disassemble(code)`: one code object, without its nested code objects.
pub fn disassemble(code: &CodeObject, show_caches: bool) -> String {
    let mut out = String::new();
    disassemble_into(code, show_caches, &mut out);
    out
}

fn disassemble_into(code: &CodeObject, show_caches: bool, out: &mut String) {
    if code.version >= PyVersion::V3_13 {
        labeled::disassemble(code, show_caches, out);
    } else {
        classic::disassemble(code, show_caches, out);
    }
}

fn recursive(code: &CodeObject, opts: &DisOptions, depth: Option<usize>, out: &mut String) {
    disassemble_into(code, opts.show_caches, out);
    if depth == Some(0) {
        return;
    }
    let depth = depth.map(|d| d - 1);
    for c in &code.consts {
        if let Const::Code(inner) = c {
            out.push('\n');
            out.push_str("Disassembly of ");
            repr::write_code_repr(out, inner);
            out.push_str(":\n");
            recursive(inner, opts, depth, out);
        }
    }
}
