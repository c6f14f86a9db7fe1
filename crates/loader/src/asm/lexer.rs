//! Splitting one line of assembly into tokens.
//!
//! A word is a run of characters other than white space and `( ) [ ] { } , ; ' " ~`;
//! strings are Python literals (`'...'`, `"..."`, `b'...'`) with Python's escapes; `;`
//! starts a comment.

use super::error::{AsmError, AsmResult, Span};

use crate::PyStr;

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Word(String),
    Str(PyStr),
    Bytes(Vec<u8>),
    Punct(char),
}

#[derive(Clone, Debug)]
pub struct Token {
    pub tok: Tok,
    pub span: Span,
}

fn is_special(c: char) -> bool {
    super::emit_text::is_special(c)
}

/// The tokens of line `line` (1-based).
pub fn lex_line(text: &str, line: u32) -> AsmResult<Vec<Token>> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let span = |i: usize| Span {
        line,
        col: i as u32 + 1,
    };
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c == ';' {
            break;
        }
        let start = i;
        if c == '\'' || c == '"' || (c == 'b' && matches!(chars.get(i + 1), Some('\'') | Some('"')))
        {
            let bytes = c == 'b';
            if bytes {
                i += 1;
            }
            let (cps, next) = string_body(&chars, i, line)?;
            i = next;
            let tok = if bytes {
                let mut b = Vec::with_capacity(cps.len());
                for cp in cps {
                    if cp > 255 {
                        return Err(AsmError::at(
                            span(start),
                            "bytes literal with a character above \\xff",
                        ));
                    }
                    b.push(cp as u8);
                }
                Tok::Bytes(b)
            } else {
                Tok::Str(PyStr::from_code_points(cps))
            };
            out.push(Token {
                tok,
                span: span(start),
            });
            continue;
        }
        if is_special(c) {
            out.push(Token {
                tok: Tok::Punct(c),
                span: span(i),
            });
            i += 1;
            continue;
        }
        while i < chars.len() && !is_special(chars[i]) {
            i += 1;
        }
        out.push(Token {
            tok: Tok::Word(chars[start..i].iter().collect()),
            span: span(start),
        });
    }
    Ok(out)
}

/// A quoted string starting at `chars[i]` (the quote): its code points and the index
/// after the closing quote.
fn string_body(chars: &[char], mut i: usize, line: u32) -> AsmResult<(Vec<u32>, usize)> {
    let open = i;
    let q = chars[i];
    i += 1;
    let mut out = Vec::new();
    let err = |i: usize, m: &str| {
        AsmError::at(
            Span {
                line,
                col: i as u32 + 1,
            },
            m,
        )
    };
    loop {
        let Some(&c) = chars.get(i) else {
            return Err(err(open, "unterminated string"));
        };
        i += 1;
        if c == q {
            return Ok((out, i));
        }
        if c != '\\' {
            out.push(c as u32);
            continue;
        }
        let Some(&e) = chars.get(i) else {
            return Err(err(open, "unterminated string"));
        };
        i += 1;
        let hex = |i: &mut usize, n: usize| -> AsmResult<u32> {
            let s: String = chars
                .get(*i..*i + n)
                .map(|c| c.iter().collect())
                .unwrap_or_default();
            let v = u32::from_str_radix(&s, 16).map_err(|_| err(*i, "bad escape"))?;
            *i += n;
            Ok(v)
        };
        let cp = match e {
            '\\' => '\\' as u32,
            '\'' => '\'' as u32,
            '"' => '"' as u32,
            'n' => 10,
            'r' => 13,
            't' => 9,
            '0' => 0,
            'a' => 7,
            'b' => 8,
            'f' => 12,
            'v' => 11,
            'x' => hex(&mut i, 2)?,
            'u' => hex(&mut i, 4)?,
            'U' => hex(&mut i, 8)?,
            _ => return Err(err(i - 2, &format!("unknown escape \\{e}"))),
        };
        if cp >= 0x110000 {
            return Err(err(i, "code point out of range"));
        }
        out.push(cp);
    }
}

/// Decodes a hex string.
pub fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}
