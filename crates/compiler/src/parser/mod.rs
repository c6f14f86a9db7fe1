//! A recursive-descent parser over the token stream, following CPython's grammar
//! (`Grammar/python.gram`) closely enough for its error messages in the common cases.
//!
//! - [`expr`]: expressions, from `lambda`/conditional down to atoms and trailers;
//! - [`strings`]: string, bytes and f-string literals;
//! - [`stmt`]: simple and compound statements.

mod expr;
mod stmt;
mod strings;

pub use expr::describe;

use crate::ast::{Expr, Stmt};
use crate::error::{CResult, CompileError};
use crate::tokenizer::{tokenize, Tok, Token};

pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

pub struct Parser {
    toks: Vec<Token>,
    pos: usize,
    /// The next scope id (lambda, def, class, comprehension), in parse order.
    pub next_scope: usize,
    /// Line added to positions (f-string replacement fields are parsed on their own).
    line_offset: u32,
    /// Column added to positions on the first line (f-string replacement fields).
    col_offset: u32,
    /// The body of the f-string token being parsed, and the length of its prefix and
    /// opening quotes (for the positions of replacement fields).
    fstr_body: Vec<char>,
    fstr_head: u32,
}

/// The parse of a whole source, with the number of scopes it opened (scope 0 is the
/// top-level one).
pub struct Parsed<T> {
    pub body: T,
    pub scopes: usize,
}

pub fn parse_module(src: &str) -> CResult<Parsed<Vec<Stmt>>> {
    let mut p = Parser::new(src)?;
    let body = p.file_input()?;
    Ok(Parsed {
        body,
        scopes: p.next_scope,
    })
}

pub fn parse_eval(src: &str) -> CResult<Parsed<Expr>> {
    if src.trim().is_empty() {
        return Err(CompileError::syntax("invalid syntax", 0, 0));
    }
    let mut p = Parser::new(src)?;
    if matches!(p.peek(), Tok::Indent) {
        return Err(p.error_here("unexpected indent"));
    }
    let e = p.testlist_star()?;
    while matches!(p.peek(), Tok::Newline) {
        p.pos += 1;
    }
    if !matches!(p.peek(), Tok::EndMarker) {
        return Err(p.error_here("invalid syntax"));
    }
    Ok(Parsed {
        body: e,
        scopes: p.next_scope,
    })
}

impl Parser {
    pub fn new(src: &str) -> CResult<Parser> {
        let toks = tokenize(src)?;
        Ok(Parser {
            toks,
            pos: 0,
            next_scope: 1,
            line_offset: 0,
            col_offset: 0,
            fstr_body: Vec::new(),
            fstr_head: 0,
        })
    }

    pub fn peek(&self) -> &Tok {
        &self.toks[self.pos.min(self.toks.len() - 1)].tok
    }

    pub fn peek_at(&self, k: usize) -> &Tok {
        &self.toks[(self.pos + k).min(self.toks.len() - 1)].tok
    }

    pub fn tok(&self) -> &Token {
        &self.toks[self.pos.min(self.toks.len() - 1)]
    }

    pub fn line(&self) -> u32 {
        self.tok().line + self.line_offset
    }

    pub fn col(&self) -> u32 {
        self.tcol(self.tok())
    }

    /// A token's start column, shifted for a sub-parser.
    pub fn tcol(&self, t: &Token) -> u32 {
        if t.line == 1 {
            t.col + self.col_offset
        } else {
            t.col
        }
    }

    /// A token's end column, shifted for a sub-parser.
    pub fn tend_col(&self, t: &Token) -> u32 {
        if t.end_line == 1 {
            t.end_col + self.col_offset
        } else {
            t.end_col
        }
    }

    pub fn advance(&mut self) -> Token {
        let t = self.tok().clone();
        if self.pos < self.toks.len() - 1 {
            self.pos += 1;
        }
        t
    }

    pub fn at_op(&self, op: &str) -> bool {
        matches!(self.peek(), Tok::Op(o) if *o == op)
    }

    pub fn at_kw(&self, kw: &str) -> bool {
        matches!(self.peek(), Tok::Name(n) if n == kw)
    }

    pub fn eat_op(&mut self, op: &str) -> bool {
        if self.at_op(op) {
            self.advance();
            true
        } else {
            false
        }
    }

    pub fn eat_kw(&mut self, kw: &str) -> bool {
        if self.at_kw(kw) {
            self.advance();
            true
        } else {
            false
        }
    }

    pub fn expect_op(&mut self, op: &str) -> CResult<()> {
        if self.eat_op(op) {
            Ok(())
        } else if op == ":" {
            // CPython reports the missing colon just after the previous token.
            let prev = &self.toks[self.pos.saturating_sub(1)];
            Err(CompileError::syntax(
                "expected ':'",
                prev.end_line + self.line_offset,
                prev.end_col + 1,
            ))
        } else {
            Err(self.error_here("invalid syntax"))
        }
    }

    pub fn expect_kw(&mut self, kw: &str) -> CResult<()> {
        if self.eat_kw(kw) {
            Ok(())
        } else {
            Err(self.error_here("invalid syntax"))
        }
    }

    /// A NAME that is not a keyword.
    pub fn name(&mut self) -> CResult<String> {
        match self.peek() {
            Tok::Name(n) if !KEYWORDS.contains(&n.as_str()) => {
                let n = n.clone();
                self.advance();
                Ok(n)
            }
            _ => Err(self.error_here("invalid syntax")),
        }
    }

    pub fn error_here(&self, msg: &str) -> CompileError {
        let t = self.tok();
        match &t.tok {
            Tok::Error(m) => CompileError::syntax(m.clone(), t.line + self.line_offset, t.col + 1),
            Tok::Indent => {
                CompileError::indentation("unexpected indent", t.line + self.line_offset, t.col + 1)
            }
            Tok::EndMarker if msg == "invalid syntax" => {
                CompileError::syntax(msg, t.line + self.line_offset, t.col + 1)
            }
            _ => CompileError::syntax(msg, t.line + self.line_offset, t.col + 1),
        }
    }

    /// The end of the last token consumed that is not NEWLINE/INDENT/DEDENT: where a
    /// node (or a compound statement's last body statement) just parsed ends.
    pub fn prev_end(&self) -> (u32, u32) {
        let mut k = self.pos.min(self.toks.len());
        while k > 0 {
            k -= 1;
            let t = &self.toks[k];
            if !matches!(
                t.tok,
                Tok::Newline | Tok::Indent | Tok::Dedent | Tok::EndMarker
            ) {
                return (t.end_line + self.line_offset, self.tend_col(t));
            }
        }
        (1 + self.line_offset, 0)
    }

    /// A span from `(line, col)` to the end of the last token consumed.
    pub fn span_from(&self, line: u32, col: u32) -> crate::ast::Span {
        let (end_line, end_col) = self.prev_end();
        crate::ast::Span {
            line,
            col,
            end_line,
            end_col,
        }
    }

    pub fn new_scope(&mut self) -> usize {
        let s = self.next_scope;
        self.next_scope += 1;
        s
    }
}
