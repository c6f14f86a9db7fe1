//! Assembler errors: a message and, when known, where in the source it applies.

use std::fmt;

/// A position in an assembly source: 1-based line and column.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    pub line: u32,
    pub col: u32,
}

/// An error of the assembler or of the builder API. `span` is `None` for errors of code
/// built programmatically without source positions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AsmError {
    pub span: Option<Span>,
    pub message: String,
}

impl AsmError {
    pub fn new(span: Option<Span>, message: impl Into<String>) -> Self {
        Self {
            span,
            message: message.into(),
        }
    }

    pub fn at(span: Span, message: impl Into<String>) -> Self {
        Self::new(Some(span), message)
    }

    /// `FILE:LINE:COL: message` (or `FILE: message` without a position).
    pub fn render(&self, file: &str) -> String {
        match self.span {
            Some(s) => format!("{file}:{}:{}: {}", s.line, s.col, self.message),
            None => format!("{file}: {}", self.message),
        }
    }
}

impl fmt::Display for AsmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.span {
            Some(s) => write!(f, "{}:{}: {}", s.line, s.col, self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for AsmError {}

pub type AsmResult<T> = Result<T, AsmError>;
