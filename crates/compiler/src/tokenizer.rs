//! The tokenizer: source text into NAME/NUMBER/STRING/OP tokens plus NEWLINE, INDENT,
//! DEDENT and ENDMARKER, as CPython's `Parser/tokenizer.c` produces them (implicit line
//! joining inside brackets, backslash continuations, comments and blank lines skipped).
//!
//! Strings are kept raw (prefix and body between the quotes); the parser decodes them, so
//! f-string bodies can be parsed recursively.

use crate::error::CompileError;

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(String),
    Number(String),
    /// `prefix` lower-cased (`r`, `b`, `rb`, `f`, `fr`, `u`, …); `body` between the quotes.
    Str {
        prefix: String,
        body: String,
    },
    Op(&'static str),
    Newline,
    Indent,
    Dedent,
    EndMarker,
    /// A tokenizer error the parser reports when it reaches it (so a syntax error before
    /// it wins, as in CPython).
    Error(String),
}

#[derive(Clone, Debug)]
pub struct Token {
    pub tok: Tok,
    pub line: u32,
    /// 0-based column (characters).
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

/// Operators, longest first (maximal munch).
const OPS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=",
    "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%", "&", "|", "^",
    "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "=", "@", "!",
];

struct Lexer<'a> {
    src: &'a [char],
    i: usize,
    line: u32,
    line_start: usize,
    tokens: Vec<Token>,
    indents: Vec<u32>,
    depth: usize,
    /// Open brackets with their positions (for "'(' was never closed").
    brackets: Vec<(char, u32, u32)>,
}

pub fn tokenize(source: &str) -> Result<Vec<Token>, CompileError> {
    let chars: Vec<char> = source.chars().collect();
    let mut lx = Lexer {
        src: &chars,
        i: 0,
        line: 1,
        line_start: 0,
        tokens: Vec::new(),
        indents: vec![0],
        depth: 0,
        brackets: Vec::new(),
    };
    lx.run()?;
    Ok(lx.tokens)
}

fn is_id_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

fn is_id_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

impl Lexer<'_> {
    fn peek(&self, k: usize) -> Option<char> {
        self.src.get(self.i + k).copied()
    }

    fn col(&self) -> u32 {
        (self.i - self.line_start) as u32
    }

    fn err(&self, msg: impl Into<String>) -> CompileError {
        CompileError::syntax(msg, self.line, self.col() + 1)
    }

    fn push(&mut self, tok: Tok, line: u32, col: u32) {
        self.tokens.push(Token {
            tok,
            line,
            col,
            end_line: self.line,
            end_col: self.col(),
        });
    }

    fn newline(&mut self) {
        self.line += 1;
        self.line_start = self.i;
    }

    fn run(&mut self) -> Result<(), CompileError> {
        let mut at_line_start = true;
        loop {
            if at_line_start && self.depth == 0 {
                // Measure indentation; skip blank and comment-only lines.
                let mut width = 0u32;
                while let Some(c) = self.peek(0) {
                    match c {
                        ' ' => width += 1,
                        '\t' => width = (width / 8 + 1) * 8,
                        '\x0c' => width = 0,
                        _ => break,
                    }
                    self.i += 1;
                }
                match self.peek(0) {
                    Some('#') | Some('\n') | Some('\r') => {
                        while let Some(c) = self.peek(0) {
                            if c == '\n' {
                                break;
                            }
                            self.i += 1;
                        }
                        if self.peek(0) == Some('\n') {
                            self.i += 1;
                            self.newline();
                        }
                        continue;
                    }
                    Some('\\') if matches!(self.peek(1), Some('\n')) => {
                        self.i += 2;
                        self.newline();
                        continue;
                    }
                    None => break,
                    _ => {}
                }
                at_line_start = false;
                let cur = *self.indents.last().unwrap_or(&0);
                if width > cur {
                    self.indents.push(width);
                    self.push(Tok::Indent, self.line, 0);
                } else {
                    while width < *self.indents.last().unwrap_or(&0) {
                        self.indents.pop();
                        self.push(Tok::Dedent, self.line, self.col());
                    }
                    if width != *self.indents.last().unwrap_or(&0) {
                        return Err(CompileError::indentation(
                            "unindent does not match any outer indentation level",
                            self.line,
                            self.col() + 1,
                        ));
                    }
                }
            }
            let Some(c) = self.peek(0) else { break };
            let (line, col) = (self.line, self.col());
            match c {
                ' ' | '\t' | '\x0c' | '\r' => self.i += 1,
                '#' => {
                    while self.peek(0).is_some_and(|c| c != '\n') {
                        self.i += 1;
                    }
                }
                '\n' => {
                    self.i += 1;
                    if self.depth == 0 {
                        self.push(Tok::Newline, line, col);
                        at_line_start = true;
                    }
                    self.newline();
                }
                '\\' => {
                    let mut j = 1;
                    while self.peek(j) == Some('\r') {
                        j += 1;
                    }
                    if self.peek(j) == Some('\n') {
                        self.i += j + 1;
                        self.newline();
                    } else if self.peek(j).is_none() {
                        return Err(self.err("unexpected EOF while parsing"));
                    } else {
                        self.i += 1;
                        return Err(CompileError::syntax(
                            "unexpected character after line continuation character",
                            line,
                            col + 2,
                        ));
                    }
                }
                c if c.is_ascii_digit()
                    || (c == '.' && self.peek(1).is_some_and(|d| d.is_ascii_digit())) =>
                {
                    let s = self.number()?;
                    self.push(Tok::Number(s), line, col);
                }
                c if is_id_start(c) => {
                    let start = self.i;
                    while self.peek(0).is_some_and(is_id_char) {
                        self.i += 1;
                    }
                    let word: String = self.src[start..self.i].iter().collect();
                    if matches!(self.peek(0), Some('\'') | Some('"')) && is_prefix(&word) {
                        let body = self.string_body(line, col)?;
                        self.push(
                            Tok::Str {
                                prefix: word.to_ascii_lowercase(),
                                body,
                            },
                            line,
                            col,
                        );
                    } else {
                        self.push(Tok::Name(word), line, col);
                    }
                }
                '\'' | '"' => {
                    let body = self.string_body(line, col)?;
                    self.push(
                        Tok::Str {
                            prefix: String::new(),
                            body,
                        },
                        line,
                        col,
                    );
                }
                _ => {
                    let op = OPS.iter().find(|op| {
                        op.chars()
                            .enumerate()
                            .all(|(k, oc)| self.peek(k) == Some(oc))
                    });
                    let Some(op) = op else {
                        if c.is_ascii_graphic() {
                            return Err(self.err("invalid syntax"));
                        }
                        if c.is_control() || !c.is_ascii() {
                            return Err(self.err(format!(
                                "invalid non-printable character U+{:04X}",
                                c as u32
                            )));
                        }
                        return Err(
                            self.err(format!("invalid character '{c}' (U+{:04X})", c as u32))
                        );
                    };
                    match *op {
                        "(" | "[" | "{" => {
                            self.depth += 1;
                            self.brackets.push((c, line, col));
                        }
                        ")" | "]" | "}" => {
                            let open = match c {
                                ')' => '(',
                                ']' => '[',
                                _ => '{',
                            };
                            match self.brackets.pop() {
                                None => return Err(self.err(format!("unmatched '{c}'"))),
                                Some((o, ol, _)) if o != open => {
                                    let msg = if ol == line {
                                        format!("closing parenthesis '{c}' does not match opening parenthesis '{o}'")
                                    } else {
                                        format!("closing parenthesis '{c}' does not match opening parenthesis '{o}' on line {ol}")
                                    };
                                    return Err(self.err(msg));
                                }
                                Some(_) => {}
                            }
                            self.depth -= 1;
                        }
                        _ => {}
                    }
                    self.i += op.chars().count();
                    self.push(Tok::Op(op), line, col);
                }
            }
        }
        if let Some(&(o, l, c)) = self.brackets.last() {
            self.tokens.push(Token {
                tok: Tok::Error(format!("'{o}' was never closed")),
                line: l,
                col: c,
                end_line: l,
                end_col: c,
            });
            self.push(Tok::EndMarker, self.line, self.col());
            return Ok(());
        }
        if !matches!(
            self.tokens.last().map(|t| &t.tok),
            None | Some(Tok::Newline) | Some(Tok::Dedent)
        ) {
            self.push(Tok::Newline, self.line, self.col());
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(Tok::Dedent, self.line, self.col());
        }
        self.push(Tok::EndMarker, self.line, self.col());
        Ok(())
    }

    fn number(&mut self) -> Result<String, CompileError> {
        let start = self.i;
        let digits = |lx: &mut Self, ok: fn(char) -> bool| {
            while lx.peek(0).is_some_and(|c| ok(c) || c == '_') {
                lx.i += 1;
            }
        };
        if self.peek(0) == Some('0')
            && matches!(self.peek(1), Some('x' | 'X' | 'o' | 'O' | 'b' | 'B'))
        {
            self.i += 2;
            digits(self, |c| c.is_ascii_hexdigit());
        } else {
            digits(self, |c| c.is_ascii_digit());
            if self.peek(0) == Some('.') {
                self.i += 1;
                digits(self, |c| c.is_ascii_digit());
            }
            if matches!(self.peek(0), Some('e' | 'E')) {
                let k = if matches!(self.peek(1), Some('+' | '-')) {
                    2
                } else {
                    1
                };
                if self.peek(k).is_some_and(|c| c.is_ascii_digit()) {
                    self.i += k;
                    digits(self, |c| c.is_ascii_digit());
                }
            }
            if matches!(self.peek(0), Some('j' | 'J')) {
                self.i += 1;
            }
        }
        if self.peek(0).is_some_and(is_id_char) {
            return Err(self.err("invalid decimal literal"));
        }
        Ok(self.src[start..self.i].iter().collect())
    }

    /// Reads a quoted string starting at the quote; returns the text between the quotes.
    fn string_body(&mut self, line: u32, col: u32) -> Result<String, CompileError> {
        let q = self.peek(0).unwrap_or('"');
        let triple = self.peek(1) == Some(q) && self.peek(2) == Some(q);
        let qlen = if triple { 3 } else { 1 };
        self.i += qlen;
        let start = self.i;
        loop {
            let Some(c) = self.peek(0) else {
                return Err(if triple {
                    CompileError::syntax(
                        format!(
                            "unterminated triple-quoted string literal (detected at line {})",
                            self.line
                        ),
                        line,
                        col + 1,
                    )
                } else {
                    CompileError::syntax(
                        format!("unterminated string literal (detected at line {line})"),
                        line,
                        col + 1,
                    )
                });
            };
            if c == '\\' {
                self.i += 1;
                if self.peek(0) == Some('\n') {
                    self.i += 1;
                    self.newline();
                } else if self.peek(0).is_some() {
                    self.i += 1;
                }
                continue;
            }
            if c == '\n' {
                if !triple {
                    return Err(CompileError::syntax(
                        format!("unterminated string literal (detected at line {line})"),
                        line,
                        col + 1,
                    ));
                }
                self.i += 1;
                self.newline();
                continue;
            }
            if c == q && (!triple || (self.peek(1) == Some(q) && self.peek(2) == Some(q))) {
                let body: String = self.src[start..self.i].iter().collect();
                self.i += qlen;
                return Ok(body);
            }
            self.i += 1;
        }
    }
}

fn is_prefix(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "r" | "u" | "b" | "br" | "rb" | "f" | "fr" | "rf"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indent_dedent() {
        let t = tokenize("if x:\n    y = 1\nz\n").unwrap();
        let kinds: Vec<_> = t.iter().map(|t| t.tok.clone()).collect();
        assert!(kinds.contains(&Tok::Indent));
        assert!(kinds.contains(&Tok::Dedent));
        assert_eq!(kinds.last(), Some(&Tok::EndMarker));
    }

    #[test]
    fn brackets_join_lines() {
        let t = tokenize("(1,\n 2)").unwrap();
        assert_eq!(t.iter().filter(|t| t.tok == Tok::Newline).count(), 1);
    }

    #[test]
    fn unclosed() {
        let t = tokenize("(1, 2").unwrap();
        assert!(t
            .iter()
            .any(|t| t.tok == Tok::Error("'(' was never closed".into())));
    }
}
