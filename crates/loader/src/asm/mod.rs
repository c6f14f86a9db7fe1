//! `krait asm`: an assembly language for whole modules of CPython 3.10–3.13 bytecode, and
//! its inverse, `krait dis --asm`, lossless down to the byte (see `docs/asm.md`).
//!
//! - [`builder`]: the Rust API (labels, symbolic arguments, automatic tables, caches,
//!   EXTENDED_ARG, line/position and exception tables, stack size);
//! - [`parser`] (with [`lexer`]): the text form, a thin layer over the builder;
//! - [`encode_lines`], [`encode_exc`], [`stack`]: CPython's table encoders and the flow
//!   analysis;
//! - [`refs`]: marshal's `FLAG_REF`/back-reference/type-code choices, modelled and annotated;
//! - [`from_pyc`] and [`emit_text`]: a `.pyc` back into builder form and text.

pub mod builder;
pub mod emit_text;
pub mod encode_exc;
pub mod encode_lines;
pub mod error;
pub mod from_pyc;
pub mod lexer;
pub mod parser;
pub mod refs;
mod stack;
pub mod value;

pub use builder::{Arg, Built, CodeBuilder, Entry, Field, Label, ModuleBuilder};
pub use error::{AsmError, AsmResult, Span};
pub use value::{Form, Item, Marsh, Value};

/// Assembles a source text into `.pyc` bytes.
pub fn assemble(text: &str) -> AsmResult<Vec<u8>> {
    parser::parse(text)?.to_pyc()
}

/// The assembly text of a `.pyc` (`krait dis --asm`); assembling it gives `pyc` back
/// byte for byte (up to the end of the marshalled body).
pub fn disassemble(pyc: &[u8]) -> Result<String, String> {
    let m = from_pyc::module_from_pyc(pyc)?;
    Ok(emit_text::module_text(&m))
}
