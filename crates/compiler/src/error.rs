//! Compile errors: what becomes a Python `SyntaxError` (or `IndentationError`).

/// Which exception class the error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    Syntax,
    Indentation,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: ErrorKind,
    pub msg: String,
    pub line: u32,
    /// 1-based column (CPython's `offset`).
    pub col: u32,
}

impl CompileError {
    pub fn syntax(msg: impl Into<String>, line: u32, col: u32) -> Self {
        Self {
            kind: ErrorKind::Syntax,
            msg: msg.into(),
            line,
            col,
        }
    }

    pub fn indentation(msg: impl Into<String>, line: u32, col: u32) -> Self {
        Self {
            kind: ErrorKind::Indentation,
            msg: msg.into(),
            line,
            col,
        }
    }
}

pub type CResult<T> = Result<T, CompileError>;
