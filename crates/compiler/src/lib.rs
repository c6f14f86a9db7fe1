//! krait's Python compiler: source text into CPython 3.11 code objects, for the `eval`,
//! `exec` and `compile` builtins.
//!
//! Pipeline: [`tokenizer`] → [`parser`] (an [`ast`]) → [`symtable`] (scopes and bindings)
//! → [`codegen`] (through `krait_loader::asm`'s builder) → a `.pyc` image loaded back into
//! a [`CodeObject`] (the loader's own reader, so the VM gets exactly what it gets from a
//! file).

pub mod ast;
pub mod codegen;
pub mod error;
pub mod parser;
pub mod symtable;
pub mod tokenizer;

use std::rc::Rc;

use krait_loader::asm::builder::pyc_bytes;
use krait_loader::asm::Value;
use krait_loader::opcodes::Op;
use krait_loader::pyc::PycHeader;
use krait_loader::{CodeObject, PyVersion};

pub use error::{CResult, CompileError, ErrorKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    /// Interactive: expression statements print their value (`PRINT_EXPR`).
    Single,
}

impl Mode {
    pub fn from_name(s: &str) -> Option<Mode> {
        match s {
            "exec" => Some(Mode::Exec),
            "eval" => Some(Mode::Eval),
            "single" => Some(Mode::Single),
            _ => None,
        }
    }
}

/// Compiles `source` into a module-level code object named `<module>`.
pub fn compile(source: &str, filename: &str, mode: Mode) -> CResult<Rc<CodeObject>> {
    let source = source.replace("\r\n", "\n");
    let codegen_err = |m: String| CompileError::syntax(format!("krait compiler: {m}"), 1, 1);
    let builder = match mode {
        Mode::Eval => {
            let parsed = parser::parse_eval(&source)?;
            let st = symtable::build(parsed.scopes, &[], Some(&parsed.body))?;
            let mut c = codegen::Compiler::new(&st, filename);
            c.enter(0, "<module>", 1);
            c.expr(&parsed.body)?;
            c.op(Op::RETURN_VALUE);
            c.leave()
        }
        Mode::Exec | Mode::Single => {
            let parsed = parser::parse_module(&source)?;
            if mode == Mode::Single && parsed.body.is_empty() {
                return Err(CompileError::syntax("invalid syntax", 1, 1));
            }
            let st = symtable::build(parsed.scopes, &parsed.body, None)?;
            let mut c = codegen::Compiler::new(&st, filename);
            c.interactive = mode == Mode::Single;
            c.enter(0, "<module>", 1);
            if codegen::body_has_annotations(&parsed.body) {
                c.op(Op::SETUP_ANNOTATIONS);
            }
            c.body(&parsed.body)?;
            c.load_const(Value::None);
            c.op(Op::RETURN_VALUE);
            c.leave()
        }
    };
    let built = builder.build(&krait_loader::PyStr::from(filename)).map_err(|e| codegen_err(e.to_string()))?;
    let bytes = pyc_bytes(&PycHeader::timestamp(PyVersion::V3_11, 0, 0), &built);
    let (_, co) = krait_loader::pyc::load(&bytes).map_err(|e| codegen_err(e.to_string()))?;
    Ok(co)
}
