//! String literals: prefixes, escapes, implicit concatenation, bytes, and f-strings (whose
//! replacement fields are parsed by a nested parser).

use super::Parser;
use crate::ast::*;
use crate::error::{CResult, CompileError};
use crate::tokenizer::Tok;

/// One literal's decoded pieces.
enum Piece {
    Str(WStr),
    Bytes(Vec<u8>),
    /// f-string parts: literal strings and formatted values.
    FStr(Vec<Expr>),
}

impl Parser {
    /// Adjacent string literals, concatenated.
    pub fn strings(&mut self) -> CResult<Expr> {
        let (line, col) = (self.line(), self.col());
        let mut pieces = Vec::new();
        while let Tok::Str { prefix, body } = self.peek().clone() {
            let tline = self.line();
            let tcol = self.col();
            let t = self.advance();
            // Where the body starts within the token: prefix and opening quote(s).
            let nbody = body.chars().count() as u32;
            let nprefix = prefix.chars().count() as u32;
            let quote = if t.end_line > t.line {
                3
            } else {
                t.end_col.saturating_sub(t.col + nprefix + nbody) / 2
            };
            self.fstr_body = body.chars().collect();
            self.fstr_head = nprefix + quote;
            let raw = prefix.contains('r');
            if prefix.contains('b') {
                let mut out = Vec::new();
                if raw {
                    for c in body.chars() {
                        if !c.is_ascii() {
                            return Err(bytes_error(tline, tcol));
                        }
                        out.push(c as u8);
                    }
                } else {
                    decode_escapes(&body, true, &mut out)
                        .map_err(|m| CompileError::syntax(m, tline, tcol + 1))?;
                }
                pieces.push(Piece::Bytes(out));
            } else if prefix.contains('f') {
                let parts = self.fstring(&body, 0, raw, tline, tcol)?;
                pieces.push(Piece::FStr(parts));
            } else {
                let mut out = Vec::new();
                if raw {
                    out.extend_from_slice(body.as_bytes());
                } else {
                    decode_escapes(&body, false, &mut out)
                        .map_err(|m| CompileError::syntax(m, tline, tcol + 1))?;
                }
                pieces.push(Piece::Str(out));
            }
        }
        let n_bytes = pieces
            .iter()
            .filter(|p| matches!(p, Piece::Bytes(_)))
            .count();
        if n_bytes > 0 && n_bytes < pieces.len() {
            return Err(CompileError::syntax(
                "cannot mix bytes and nonbytes literals",
                line,
                col + 1,
            ));
        }
        if n_bytes > 0 {
            let mut all = Vec::new();
            for p in pieces {
                if let Piece::Bytes(b) = p {
                    all.extend(b);
                }
            }
            return Ok(self.mk(ExprKind::Const(Constant::Bytes(all)), line, col));
        }
        if !pieces.iter().any(|p| matches!(p, Piece::FStr(_))) {
            let mut all = Vec::new();
            for p in pieces {
                if let Piece::Str(s) = p {
                    all.extend(s);
                }
            }
            return Ok(self.mk(ExprKind::Const(Constant::Str(all)), line, col));
        }
        // A joined string: merge adjacent literal parts, drop empty ones.
        let mut parts: Vec<Expr> = Vec::new();
        let push_lit = |parts: &mut Vec<Expr>, s: WStr, p: &Parser| {
            if s.is_empty() {
                return;
            }
            if let Some(Expr {
                kind: ExprKind::Const(Constant::Str(prev)),
                ..
            }) = parts.last_mut()
            {
                prev.extend(s);
                return;
            }
            parts.push(p.mk(ExprKind::Const(Constant::Str(s)), line, col));
        };
        for p in pieces {
            match p {
                Piece::Str(s) => push_lit(&mut parts, s, self),
                Piece::FStr(ps) => {
                    for e in ps {
                        match e.kind {
                            ExprKind::Const(Constant::Str(s)) => push_lit(&mut parts, s, self),
                            _ => parts.push(e),
                        }
                    }
                }
                Piece::Bytes(_) => {}
            }
        }
        let mut j = self.mk(ExprKind::JoinedStr(parts), line, col);
        let whole = (j.line, j.col, j.end_line, j.end_col);
        if let ExprKind::JoinedStr(parts) = &mut j.kind {
            span_parts(parts, whole);
        }
        Ok(j)
    }

    /// The parts of one f-string body.
    fn fstring(
        &mut self,
        body: &str,
        base: usize,
        raw: bool,
        line: u32,
        col: u32,
    ) -> CResult<Vec<Expr>> {
        let chars: Vec<char> = body.chars().collect();
        let mut parts = Vec::new();
        let mut lit = String::new();
        let mut i = 0;
        let flush = |lit: &mut String, parts: &mut Vec<Expr>, p: &Parser| -> CResult<()> {
            if lit.is_empty() {
                return Ok(());
            }
            let mut out = Vec::new();
            if raw {
                out.extend_from_slice(lit.as_bytes());
            } else {
                decode_escapes(lit, false, &mut out)
                    .map_err(|m| CompileError::syntax(m, line, col + 1))?;
            }
            lit.clear();
            parts.push(p.mk(ExprKind::Const(Constant::Str(out)), line, col));
            Ok(())
        };
        while i < chars.len() {
            let c = chars[i];
            if c == '{' {
                if chars.get(i + 1) == Some(&'{') {
                    lit.push('{');
                    i += 2;
                    continue;
                }
                flush(&mut lit, &mut parts, self)?;
                let (e, next, debug) = self.fstring_field(&chars, base, i + 1, raw, line, col)?;
                if let Some(d) = debug {
                    let mut out = Vec::new();
                    out.extend_from_slice(d.as_bytes());
                    parts.push(self.mk(ExprKind::Const(Constant::Str(out)), line, col));
                }
                parts.push(e);
                i = next;
            } else if c == '}' {
                if chars.get(i + 1) == Some(&'}') {
                    lit.push('}');
                    i += 2;
                    continue;
                }
                return Err(CompileError::syntax(
                    "f-string: single '}' is not allowed",
                    line,
                    col + 1,
                ));
            } else if c == '\\' && !raw && chars.get(i + 1) == Some(&'N') {
                // `\N{name}`: its braces are not a replacement field (CPython keeps
                // everything through the next `}` as literal, even if malformed).
                lit.push_str("\\N");
                i += 2;
                if chars.get(i) == Some(&'{') {
                    while i < chars.len() {
                        lit.push(chars[i]);
                        i += 1;
                        if chars[i - 1] == '}' {
                            break;
                        }
                    }
                }
            } else if c == '\\' && !raw && i + 1 < chars.len() {
                // Keep escapes for decoding; `\{` is not an escape of the brace.
                lit.push(c);
                lit.push(chars[i + 1]);
                i += 2;
            } else {
                lit.push(c);
                i += 1;
            }
        }
        flush(&mut lit, &mut parts, self)?;
        Ok(parts)
    }

    /// A replacement field starting after `{`: returns the FormattedValue, the index after
    /// `}`, and the `expr=` text of a self-documenting field.
    fn fstring_field(
        &mut self,
        chars: &[char],
        base: usize,
        start: usize,
        raw: bool,
        line: u32,
        col: u32,
    ) -> CResult<(Expr, usize, Option<String>)> {
        let err = |m: &str| CompileError::syntax(m, line, col + 1);
        let mut i = start;
        let mut depth = 0i32;
        let mut quote: Option<char> = None;
        // The expression ends at a top-level `}`, `!` (not `!=`), `:` or `=` (debug).
        while i < chars.len() {
            let c = chars[i];
            if let Some(q) = quote {
                if c == q {
                    quote = None;
                }
                i += 1;
                continue;
            }
            match c {
                '\'' | '"' => quote = Some(c),
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' if depth > 0 => depth -= 1,
                '}' => break,
                '!' if depth == 0 && chars.get(i + 1) != Some(&'=') => break,
                ':' if depth == 0 => break,
                '=' if depth == 0
                    && chars.get(i + 1) != Some(&'=')
                    && !matches!(chars.get(i.wrapping_sub(1)), Some('=' | '!' | '<' | '>')) =>
                {
                    break
                }
                '\\' => return Err(err("f-string expression part cannot include a backslash")),
                '#' => return Err(err("f-string expression part cannot include '#'")),
                _ => {}
            }
            i += 1;
        }
        if i >= chars.len() {
            return Err(err("f-string: expecting '}'"));
        }
        let text: String = chars[start..i].iter().collect();
        if text.trim().is_empty() {
            return Err(err("f-string: empty expression not allowed"));
        }
        let mut debug = None;
        if chars[i] == '=' {
            i += 1;
            let mut d = format!("{text}=");
            while chars.get(i).is_some_and(|c| c.is_whitespace()) {
                d.push(chars[i]);
                i += 1;
            }
            debug = Some(d);
        }
        let mut conversion = None;
        if chars.get(i) == Some(&'!') {
            let c = chars.get(i + 1).copied();
            match c {
                Some('s' | 'r' | 'a') => conversion = c,
                _ => {
                    return Err(err(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    ))
                }
            }
            i += 2;
        }
        let mut spec = None;
        if chars.get(i) == Some(&':') {
            // The spec runs to the matching `}`; it may hold nested fields.
            let s0 = i + 1;
            let mut d = 0;
            let mut j = s0;
            while j < chars.len() {
                match chars[j] {
                    '{' => d += 1,
                    '}' if d == 0 => break,
                    '}' => d -= 1,
                    _ => {}
                }
                j += 1;
            }
            let spec_body: String = chars[s0..j.min(chars.len())].iter().collect();
            let parts = self.fstring(&spec_body, base + s0, raw, line, col)?;
            spec = Some(Box::new(self.mk(ExprKind::JoinedStr(parts), line, col)));
            i = j;
        }
        if chars.get(i) != Some(&'}') {
            return Err(err("f-string: expecting '}'"));
        }
        if debug.is_some() && conversion.is_none() && spec.is_none() {
            conversion = Some('r');
        }
        let (dl, dc) = self.field_offset(base + start - 1);
        let value = self.sub_expr(&text, line + dl, col + dc)?;
        let e = self.mk(
            ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                spec,
            },
            line,
            col,
        );
        Ok((e, i + 1, debug))
    }

    /// Parses a replacement field's expression with a nested parser.
    /// CPython 3.11's position shift for the field whose `{` is at `brace` in the token's
    /// body (`fstring_find_expr_location`): the lines before it, and its column within the
    /// token (on the token's first line) or its line (0 when the field's text starts on a
    /// later line).
    fn field_offset(&self, brace: usize) -> (u32, u32) {
        let body = &self.fstr_body;
        let brace = brace.min(body.len());
        let before = &body[..brace];
        let lines = before.iter().filter(|c| **c == '\n').count() as u32;
        let newline_after = body
            .get(brace + 1..)
            .unwrap_or(&[])
            .iter()
            .take_while(|c| **c != '}')
            .find(|c| !matches!(c, ' ' | '\t' | '\x0c'))
            .is_none_or(|c| *c == '\n');
        if newline_after {
            return (lines, 0);
        }
        let cols = match before.iter().rposition(|c| *c == '\n') {
            Some(nl) => (brace - nl - 1) as u32,
            None => self.fstr_head + brace as u32,
        };
        (lines, cols)
    }

    fn sub_expr(&mut self, text: &str, line: u32, col: u32) -> CResult<Expr> {
        let wrapped = format!("({text})");
        let mut p = Parser::new(&wrapped).map_err(|mut e| {
            e.msg = format!("f-string: {}", e.msg);
            e.line = line;
            e
        })?;
        p.next_scope = self.next_scope;
        p.line_offset = line - 1;
        p.col_offset = col;
        let e = p.testlist_star()?;
        while matches!(p.peek(), Tok::Newline) {
            p.advance();
        }
        if !matches!(p.peek(), Tok::EndMarker) {
            return Err(CompileError::syntax("f-string: invalid syntax", line, 1));
        }
        self.next_scope = p.next_scope;
        Ok(e)
    }
}

/// An f-string's parts (and their format specs' parts) span the whole literal, as in
/// CPython 3.11; a format spec keeps its token's span and the replacement fields'
/// expressions their own positions.
fn span_parts(parts: &mut [Expr], whole: (u32, u32, u32, u32)) {
    for p in parts {
        (p.line, p.col, p.end_line, p.end_col) = whole;
        if let ExprKind::FormattedValue {
            spec: Some(spec), ..
        } = &mut p.kind
        {
            if let ExprKind::JoinedStr(inner) = &mut spec.kind {
                span_parts(inner, whole);
            }
        }
    }
}

fn bytes_error(line: u32, col: u32) -> CompileError {
    CompileError::syntax(
        "bytes can only contain ASCII literal characters",
        line,
        col + 1,
    )
}

/// Decodes backslash escapes into `out` (WTF-8 for str, raw bytes for bytes).
pub fn decode_escapes(s: &str, bytes: bool, out: &mut Vec<u8>) -> Result<(), String> {
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let push_cp = |out: &mut Vec<u8>, cp: u32| {
        if bytes {
            out.push(cp as u8);
        } else {
            krait_loader::pystr::push_code_point(out, cp);
        }
    };
    while i < chars.len() {
        let c = chars[i];
        if c != '\\' {
            if bytes && !c.is_ascii() {
                return Err("bytes can only contain ASCII literal characters".into());
            }
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            i += 1;
            continue;
        }
        let Some(&e) = chars.get(i + 1) else {
            out.push(b'\\');
            break;
        };
        i += 2;
        let simple = match e {
            '\n' => Some(None),
            '\\' => Some(Some(b'\\')),
            '\'' => Some(Some(b'\'')),
            '"' => Some(Some(b'"')),
            'a' => Some(Some(7)),
            'b' => Some(Some(8)),
            'f' => Some(Some(12)),
            'n' => Some(Some(b'\n')),
            'r' => Some(Some(b'\r')),
            't' => Some(Some(b'\t')),
            'v' => Some(Some(11)),
            _ => None,
        };
        if let Some(b) = simple {
            if let Some(b) = b {
                out.push(b);
            }
            continue;
        }
        let hex = |n: usize, i: &mut usize, what: &str| -> Result<u32, String> {
            let digits: String = chars
                .get(*i..*i + n)
                .map(|d| d.iter().collect())
                .unwrap_or_default();
            if digits.len() != n || !digits.chars().all(|c| c.is_ascii_hexdigit()) {
                return Err(format!(
                    "({}) {what}: truncated {} escape",
                    if bytes {
                        "value error"
                    } else {
                        "unicode error"
                    },
                    match n {
                        2 => "\\xXX",
                        4 => "\\uXXXX",
                        _ => "\\UXXXXXXXX",
                    }
                ));
            }
            *i += n;
            u32::from_str_radix(&digits, 16).map_err(|e| e.to_string())
        };
        let codec = if bytes {
            "'bytes' codec can't decode bytes"
        } else {
            "'unicodeescape' codec can't decode bytes"
        };
        match e {
            '0'..='7' => {
                let mut v = 0u32;
                let mut k = 0;
                let mut j = i - 1;
                while k < 3 && j < chars.len() && ('0'..='7').contains(&chars[j]) {
                    v = v * 8 + chars[j] as u32 - '0' as u32;
                    j += 1;
                    k += 1;
                }
                i = j;
                push_cp(out, if bytes { v & 0xff } else { v });
            }
            'x' => {
                let pos = format!("{codec} in position {}-{}", i - 2, i - 1);
                let v = hex(2, &mut i, &pos)?;
                push_cp(out, v);
            }
            'u' if !bytes => {
                let pos = format!("{codec} in position {}-{}", i - 2, i - 1);
                let v = hex(4, &mut i, &pos)?;
                push_cp(out, v);
            }
            'U' if !bytes => {
                let pos = format!("{codec} in position {}-{}", i - 2, i - 1);
                let v = hex(8, &mut i, &pos)?;
                if v > 0x10ffff {
                    return Err(format!(
                        "(unicode error) {codec} in position {}-{}: illegal Unicode character",
                        i - 10,
                        i - 1
                    ));
                }
                push_cp(out, v);
            }
            'N' if !bytes => {
                // CPython decodes after rewriting each non-ASCII character as a
                // 10-byte `\UXXXXXXXX`; its error positions count that way.
                let at = |k: usize| -> usize {
                    chars[..k.min(chars.len())]
                        .iter()
                        .map(|c| if c.is_ascii() { 1 } else { 10 })
                        .sum()
                };
                let error = |end: usize, what: &str| {
                    format!(
                        "(unicode error) {codec} in position {}-{}: {what}",
                        at(i - 2),
                        at(end) - 1
                    )
                };
                let malformed = "malformed \\N character escape";
                if chars.get(i) != Some(&'{') {
                    return Err(error(i, malformed));
                }
                let Some(close) = chars[i + 1..].iter().position(|&c| c == '}') else {
                    return Err(error(chars.len(), malformed));
                };
                let close = i + 1 + close;
                if close == i + 1 {
                    return Err(error(close, malformed));
                }
                let name: String = chars[i + 1..close].iter().collect();
                let Some(cp) = unicode_name(&name) else {
                    return Err(error(close + 1, "unknown Unicode character name"));
                };
                i = close + 1;
                push_cp(out, cp);
            }
            other => {
                out.push(b'\\');
                let mut buf = [0u8; 4];
                if bytes && !other.is_ascii() {
                    return Err("bytes can only contain ASCII literal characters".into());
                }
                out.extend_from_slice(other.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    Ok(())
}

/// The code point a `\N{...}` escape names: names, aliases, Hangul syllables and CJK
/// unified ideographs as CPython's unicode-escape decoder (never named sequences).
fn unicode_name(name: &str) -> Option<u32> {
    match krait_unicode::lookup(krait_unicode::Ucd::Current, name.as_bytes(), false)? {
        krait_unicode::Lookup::Char(c) => Some(c),
        krait_unicode::Lookup::Sequence(_) => None,
    }
}
