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
    let built = builder
        .build(&krait_loader::PyStr::from(filename))
        .map_err(|e| codegen_err(e.to_string()))?;
    let bytes = pyc_bytes(&PycHeader::timestamp(PyVersion::V3_11, 0, 0), &built);
    let (_, co) = krait_loader::pyc::load(&bytes).map_err(|e| codegen_err(e.to_string()))?;
    Ok(co)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eval_lambda_compiles() {
        let co = compile(
            "lambda _cls, a, b: _tuple_new(_cls, (a, b))",
            "<string>",
            Mode::Eval,
        )
        .unwrap();
        assert_eq!(co.filename.as_str(), Some("<string>"));
        assert_eq!(co.name.as_str(), Some("<module>"));
    }

    #[test]
    fn exec_statements_compile() {
        let src = "def f(a, *b, c=1, **d):\n    x = a\n    def g():\n        return x\n    try:\n        return g()\n    finally:\n        pass\nclass C:\n    y: int = 1\n";
        let co = compile(src, "m.py", Mode::Exec).unwrap();
        let f = co.consts.iter().find_map(|c| match c {
            krait_loader::Const::Code(c) => Some(c.clone()),
            _ => None,
        });
        let f = f.unwrap();
        assert_eq!(f.cellvars.len(), 1);
        assert_eq!(f.argcount, 1);
        assert_eq!(f.kwonlyargcount, 1);
    }

    #[test]
    fn syntax_errors_have_positions() {
        let e = compile("x = (1,\n", "<s>", Mode::Exec).unwrap_err();
        assert_eq!(e.msg, "'(' was never closed");
        let e = compile("return 1", "<s>", Mode::Exec).unwrap_err();
        assert_eq!(e.msg, "'return' outside function");
        let e = compile("if x:\npass", "<s>", Mode::Exec).unwrap_err();
        assert_eq!(e.kind, ErrorKind::Indentation);
        assert_eq!(e.line, 2);
    }

    #[test]
    fn no_panics_on_garbage() {
        for src in [
            "(", ")", "f'{", "'''", "\\", "lambda", "def", "x[", "@", "*", "**x", "a if", "{**}",
            "[*]",
        ] {
            let _ = compile(src, "<s>", Mode::Exec);
            let _ = compile(src, "<s>", Mode::Eval);
        }
    }
}
