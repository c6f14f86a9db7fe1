//! The text assembler: lines of `.kasm` into builder calls (see `docs/asm.md`).

use num_bigint::BigInt;

use super::builder::{
    header, Arg, CodeBuilder, Entry, Field, ModuleBuilder, FLAG_NAMES, KIND_NAMES,
};
use super::emit_text::form_from_text;
use super::error::{AsmError, AsmResult, Span};
use super::lexer::{lex_line, unhex, Tok, Token};
use super::value::{Item, Marsh, Value};
use crate::code::kind as lk;
use crate::dis::kinds::{self, Kind, CMP_OP, INTRINSIC_1, NB_OPS};
use crate::linetable::Position;
use crate::opcodes::{ArgKind, Op};
use crate::pyc::Validation;
use crate::{PyStr, PyVersion};

/// Parses a whole assembly source.
pub fn parse(text: &str) -> AsmResult<ModuleBuilder> {
    let lines: Vec<Vec<Token>> = text
        .lines()
        .enumerate()
        .map(|(i, l)| lex_line(l, i as u32 + 1))
        .collect::<AsmResult<_>>()?;
    let children = direct_children(&lines);
    let mut p = Parser {
        version: None,
        magic: None,
        validation: Validation::Timestamp { mtime: 0, size: 0 },
        stack: Vec::new(),
        root: None,
        children,
    };
    for (li, toks) in lines.iter().enumerate() {
        if toks.is_empty() {
            continue;
        }
        p.line(li, toks)?;
    }
    if let Some(open) = p.stack.last() {
        return Err(AsmError::at(open.span, "this .code block has no .end"));
    }
    let version = p
        .version
        .ok_or_else(|| AsmError::new(None, "no .version directive"))?;
    let root = p
        .root
        .ok_or_else(|| AsmError::new(None, "no .code block"))?;
    Ok(ModuleBuilder {
        version,
        header: header(version, p.magic, p.validation),
        root,
    })
}

/// For each line that opens a `.code` block, the ids of its direct children, in order.
fn direct_children(lines: &[Vec<Token>]) -> Vec<Vec<(String, Span)>> {
    let mut out = vec![Vec::new(); lines.len()];
    let mut stack: Vec<usize> = Vec::new();
    for (li, toks) in lines.iter().enumerate() {
        match toks.first().map(|t| &t.tok) {
            Some(Tok::Word(w)) if w == ".code" => {
                if let (Some(&parent), Some(id)) = (stack.last(), code_id(toks)) {
                    out[parent].push((id, toks[0].span));
                }
                stack.push(li);
            }
            Some(Tok::Word(w)) if w == ".end" => {
                stack.pop();
            }
            _ => {}
        }
    }
    out
}

fn code_id(toks: &[Token]) -> Option<String> {
    match toks.get(1).map(|t| &t.tok) {
        Some(Tok::Word(w)) => Some(w.clone()),
        Some(Tok::Str(s)) => Some(s.to_string_lossy()),
        _ => None,
    }
}

struct Open {
    cb: CodeBuilder,
    /// Index among the parent's children (`None` for the root).
    index: Option<usize>,
    span: Span,
}

struct Parser {
    version: Option<PyVersion>,
    magic: Option<u16>,
    validation: Validation,
    stack: Vec<Open>,
    root: Option<CodeBuilder>,
    children: Vec<Vec<(String, Span)>>,
}

/// A cursor over one line's tokens.
struct Cur<'a> {
    toks: &'a [Token],
    i: usize,
    /// Where the line ends (for "missing" errors).
    end: Span,
}

impl<'a> Cur<'a> {
    fn peek(&self) -> Option<&'a Token> {
        self.toks.get(self.i)
    }
    fn peek_at(&self, k: usize) -> Option<&'a Token> {
        self.toks.get(self.i + k)
    }
    fn next(&mut self) -> Option<&'a Token> {
        let t = self.toks.get(self.i);
        self.i += 1;
        t
    }
    fn span(&self) -> Span {
        self.peek().map_or(self.end, |t| t.span)
    }
    fn done(&self) -> bool {
        self.i >= self.toks.len()
    }
    fn word(&mut self, what: &str) -> AsmResult<(&'a str, Span)> {
        match self.next() {
            Some(Token {
                tok: Tok::Word(w),
                span,
            }) => Ok((w.as_str(), *span)),
            Some(t) => Err(AsmError::at(t.span, format!("expected {what}"))),
            None => Err(AsmError::at(self.end, format!("expected {what}"))),
        }
    }
    fn punct(&mut self, c: char) -> AsmResult<()> {
        match self.next() {
            Some(Token {
                tok: Tok::Punct(p), ..
            }) if *p == c => Ok(()),
            Some(t) => Err(AsmError::at(t.span, format!("expected '{c}'"))),
            None => Err(AsmError::at(self.end, format!("expected '{c}'"))),
        }
    }
    fn is_punct(&self, c: char) -> bool {
        matches!(self.peek(), Some(Token { tok: Tok::Punct(p), .. }) if *p == c)
    }
    fn expect_end(&self) -> AsmResult<()> {
        match self.peek() {
            None => Ok(()),
            Some(t) => Err(AsmError::at(
                t.span,
                "unexpected text at the end of the line",
            )),
        }
    }
    fn number<T: std::str::FromStr>(&mut self, what: &str) -> AsmResult<T> {
        let (w, span) = self.word(what)?;
        parse_num(w).ok_or_else(|| AsmError::at(span, format!("expected {what}, not '{w}'")))
    }
}

fn parse_num<T: std::str::FromStr>(w: &str) -> Option<T> {
    if let Some(h) = w.strip_prefix("0x") {
        let v = u64::from_str_radix(h, 16).ok()?;
        return v.to_string().parse().ok();
    }
    w.parse().ok()
}

impl Parser {
    fn version(&self, span: Span) -> AsmResult<PyVersion> {
        self.version
            .ok_or_else(|| AsmError::at(span, ".version must come before the code"))
    }

    fn cb(&mut self, span: Span) -> AsmResult<&mut CodeBuilder> {
        match self.stack.last_mut() {
            Some(o) => Ok(&mut o.cb),
            None => Err(AsmError::at(span, "this belongs inside a .code block")),
        }
    }

    fn line(&mut self, li: usize, toks: &[Token]) -> AsmResult<()> {
        let end = toks.last().map_or(Span::default(), |t| Span {
            line: t.span.line,
            col: t.span.col + 1,
        });
        let mut c = Cur { toks, i: 0, end };
        let first = &toks[0];
        let span = first.span;
        let Tok::Word(w) = &first.tok else {
            return Err(AsmError::at(
                span,
                "expected a directive, label or instruction",
            ));
        };
        if let Some(d) = w.strip_prefix('.') {
            c.next();
            return self.directive(li, d, span, &mut c);
        }
        // Labels.
        if let Some(name) = w.strip_suffix(':') {
            if !name.is_empty() {
                c.next();
                let cb = self.cb(span)?;
                cb.set_span(Some(span));
                let l = cb.named_label(name);
                cb.bind(l)?;
                if c.done() {
                    return Ok(());
                }
            }
        }
        self.instruction(&mut c)
    }

    fn directive(&mut self, li: usize, d: &str, span: Span, c: &mut Cur) -> AsmResult<()> {
        match d {
            "version" => {
                let (w, s) = c.word("a version such as 3.11")?;
                let v = PyVersion::parse(w).ok_or_else(|| {
                    AsmError::at(s, format!("unsupported version '{w}' (3.10 to 3.13)"))
                })?;
                if self.version.is_some() {
                    return Err(AsmError::at(span, "duplicate .version"));
                }
                self.version = Some(v);
                return c.expect_end();
            }
            "magic" => {
                self.magic = Some(c.number("a magic number")?);
                return c.expect_end();
            }
            "pyc" => {
                let (kind, s) = c.word("timestamp or hash")?;
                self.validation = match kind {
                    "timestamp" => Validation::Timestamp {
                        mtime: c.number("an mtime")?,
                        size: c.number("a size")?,
                    },
                    "hash" => {
                        let (h, hs) = c.word("a 16-digit hex hash")?;
                        let bytes = unhex(h)
                            .filter(|b| b.len() == 8)
                            .ok_or_else(|| AsmError::at(hs, "expected 16 hex digits"))?;
                        let mut hash = [0u8; 8];
                        hash.copy_from_slice(&bytes);
                        let checked = match c.word("checked or unchecked")? {
                            ("checked", _) => true,
                            ("unchecked", _) => false,
                            (_, s) => return Err(AsmError::at(s, "expected checked or unchecked")),
                        };
                        Validation::Hash { checked, hash }
                    }
                    _ => return Err(AsmError::at(s, "expected timestamp or hash")),
                };
                return c.expect_end();
            }
            "code" => return self.open_code(li, span, c),
            "end" => {
                c.expect_end()?;
                let open = self
                    .stack
                    .pop()
                    .ok_or_else(|| AsmError::at(span, ".end without .code"))?;
                match (open.index, self.stack.last_mut()) {
                    (Some(i), Some(parent)) => parent.cb.children[i] = open.cb,
                    _ => self.root = Some(open.cb),
                }
                return Ok(());
            }
            _ => {}
        }
        let v = self.version(span)?;
        let cb = self.cb(span)?;
        cb.set_span(Some(span));
        match d {
            "name" => {
                let (s, _) = string(c)?;
                cb.name = s;
            }
            "qualname" => cb.qualname = Some(name_token(c)?.0),
            "filename" => cb.filename = Some(string(c)?.0),
            "firstlineno" => cb.firstlineno = Some(c.number("a line number")?),
            "argcount" => cb.argcount = c.number("a count")?,
            "posonlyargcount" => cb.posonlyargcount = c.number("a count")?,
            "kwonlyargcount" => cb.kwonlyargcount = c.number("a count")?,
            "nlocals" => cb.nlocals = Some(c.number("a count")?),
            "stacksize" => cb.stacksize = Some(c.number("a stack size")?),
            "args" => signature(cb, c)?,
            "flags" => {
                while let Some(t) = c.next() {
                    let Tok::Word(w) = &t.tok else {
                        return Err(AsmError::at(t.span, "expected a flag name"));
                    };
                    for part in w.split('|').filter(|p| !p.is_empty()) {
                        let bit = FLAG_NAMES
                            .iter()
                            .find(|(n, _)| *n == part)
                            .map(|(_, b)| *b)
                            .or_else(|| parse_num::<u32>(part))
                            .ok_or_else(|| {
                                AsmError::at(t.span, format!("unknown flag '{part}'"))
                            })?;
                        cb.flags |= bit;
                    }
                }
            }
            "const" => {
                let it = item(c, cb)?;
                cb.consts.push(it);
            }
            "names" | "varnames" | "cellvars" | "freevars" => {
                while !c.done() {
                    let e = entry(c, false)?.0;
                    match d {
                        "names" => cb.names.push(e),
                        "varnames" => cb.varnames.push(e),
                        "cellvars" => cb.cellvars.push(e),
                        _ => cb.freevars.push(e),
                    }
                }
            }
            "localsplus" => {
                if v == PyVersion::V3_10 {
                    return Err(AsmError::at(
                        span,
                        ".localsplus is for 3.11+ (3.10 has .varnames/.cellvars/.freevars)",
                    ));
                }
                while !c.done() {
                    let (e, k) = entry(c, true)?;
                    cb.localsplus.get_or_insert_with(Vec::new).push((e, k));
                }
            }
            "marshal" => {
                while !c.done() {
                    let (w, s) = c.word("a field name")?;
                    let f = Field::from_name(w)
                        .ok_or_else(|| AsmError::at(s, format!("unknown field '{w}'")))?;
                    let m = marsh(c)?;
                    cb.fields.insert(f, m);
                }
            }
            "rawcode" | "linetable" | "exceptiontable" => {
                let b = if matches!(c.peek().map(|t| &t.tok), Some(Tok::Str(s)) if s.is_empty()) {
                    c.next();
                    Vec::new()
                } else {
                    let (h, hs) = c.word("hex bytes")?;
                    unhex(h).ok_or_else(|| AsmError::at(hs, "expected hex bytes"))?
                };
                match d {
                    "rawcode" => cb.raw_code = Some(b),
                    "linetable" => cb.raw_linetable = Some(b),
                    _ => cb.raw_exceptiontable = Some(b),
                }
            }
            "line" => {
                let (w, s) = c.word("a line number or none")?;
                if w == "none" {
                    cb.position(Position::default());
                } else {
                    let l = parse_num(w).ok_or_else(|| {
                        AsmError::at(s, format!("expected a line number, not '{w}'"))
                    })?;
                    cb.line(l);
                }
            }
            "loc" => {
                let (w, s) = c.word("a location LINE:COL-ENDLINE:ENDCOL")?;
                let p = parse_loc(w).ok_or_else(|| {
                    AsmError::at(
                        s,
                        format!("bad location '{w}' (LINE:COL-ENDLINE:ENDCOL, ? for none)"),
                    )
                })?;
                if v == PyVersion::V3_10 && (p.col.is_some() || p.end_col.is_some()) {
                    return Err(AsmError::at(s, "3.10 has line numbers only (use .line)"));
                }
                cb.position(p);
            }
            "try" => {
                let (s, _) = c.word("a start label")?;
                let (e, _) = c.word("an end label")?;
                let (arrow, asp) = c.word("->")?;
                if arrow != "->" {
                    return Err(AsmError::at(asp, "expected '->' before the handler label"));
                }
                let (h, _) = c.word("a handler label")?;
                let (s, e, h) = (cb.named_label(s), cb.named_label(e), cb.named_label(h));
                let mut depth = None;
                let mut lasti = false;
                while let Some(t) = c.next() {
                    match &t.tok {
                        Tok::Word(w) if w == "lasti" => lasti = true,
                        Tok::Word(w) if w.starts_with("depth=") => {
                            depth = Some(
                                parse_num(&w[6..])
                                    .ok_or_else(|| AsmError::at(t.span, "bad depth"))?,
                            )
                        }
                        _ => return Err(AsmError::at(t.span, "expected depth=N or lasti")),
                    }
                }
                cb.try_range(s, e, h, depth, lasti);
            }
            _ => return Err(AsmError::at(span, format!("unknown directive '.{d}'"))),
        }
        c.expect_end()
    }

    fn open_code(&mut self, li: usize, span: Span, c: &mut Cur) -> AsmResult<()> {
        let v = self.version(span)?;
        let (name, _) = name_token(c)?;
        c.expect_end()?;
        let id = name.to_string_lossy();
        let mut cb = CodeBuilder::new(v, name);
        cb.set_span(Some(span));
        // Register this block's children now, so `@id` can refer to them before they come.
        let mut seen = std::collections::HashSet::new();
        for (cid, cspan) in &self.children[li] {
            if !seen.insert(cid.clone()) {
                return Err(AsmError::at(
                    *cspan,
                    format!("duplicate code object id '{cid}' (name it differently)"),
                ));
            }
            cb.add_child(cid.clone(), CodeBuilder::new(v, cid.as_str()));
        }
        let index = match self.stack.last() {
            Some(parent) => Some(
                parent
                    .cb
                    .child_index(&id)
                    .ok_or_else(|| AsmError::at(span, "internal: unregistered code block"))?,
            ),
            None => {
                if self.root.is_some() {
                    return Err(AsmError::at(span, "a second top-level .code block"));
                }
                None
            }
        };
        self.stack.push(Open { cb, index, span });
        Ok(())
    }

    fn instruction(&mut self, c: &mut Cur) -> AsmResult<()> {
        let (w, span) = c.word("an instruction")?;
        let v = self.version(span)?;
        let op =
            Op::from_name(w).ok_or_else(|| AsmError::at(span, format!("unknown opcode '{w}'")))?;
        if !op.exists_in(v) {
            return Err(AsmError::at(span, format!("{op} does not exist in {v}")));
        }
        let cb = self.cb(span)?;
        cb.set_span(Some(span));
        let arg = argument(cb, op, c)?;
        let mut min_ext = 0;
        let mut caches = None;
        while c.is_punct('~') {
            c.next();
            let (w, s) = c.word("ext=N or cache=...")?;
            if let Some(n) = w.strip_prefix("ext=") {
                min_ext = parse_num::<u8>(n)
                    .filter(|n| *n <= 3)
                    .ok_or_else(|| AsmError::at(s, "ext= takes 0 to 3"))?;
            } else if let Some(list) = w.strip_prefix("cache=") {
                let mut vals = Vec::new();
                for part in list.split(',') {
                    vals.push(
                        u16::from_str_radix(part, 16)
                            .map_err(|_| AsmError::at(s, "cache= takes hex code units"))?,
                    );
                }
                caches = Some(vals);
            } else {
                return Err(AsmError::at(
                    s,
                    format!("unknown instruction option '~{w}'"),
                ));
            }
        }
        c.expect_end()?;
        cb.op_with(op, arg, min_ext, caches);
        Ok(())
    }
}

fn parse_loc(w: &str) -> Option<Position> {
    let (a, b) = w.split_once('-')?;
    let part = |s: &str| -> Option<Option<u32>> {
        if s == "?" {
            Some(None)
        } else {
            s.parse().ok().map(Some)
        }
    };
    let (l, c) = a.split_once(':')?;
    let (el, ec) = b.split_once(':')?;
    Some(Position {
        lineno: part(l)?,
        col: part(c)?,
        end_lineno: part(el)?,
        end_col: part(ec)?,
    })
}

/// A quoted string.
fn string(c: &mut Cur) -> AsmResult<(PyStr, Span)> {
    match c.next() {
        Some(Token {
            tok: Tok::Str(s),
            span,
        }) => Ok((s.clone(), *span)),
        Some(t) => Err(AsmError::at(t.span, "expected a quoted string")),
        None => Err(AsmError::at(c.end, "expected a quoted string")),
    }
}

/// A name: a bare word or a quoted string.
fn name_token(c: &mut Cur) -> AsmResult<(PyStr, Span)> {
    match c.next() {
        Some(Token {
            tok: Tok::Str(s),
            span,
        }) => Ok((s.clone(), *span)),
        Some(Token {
            tok: Tok::Word(w),
            span,
        }) => Ok((PyStr::from(w.as_str()), *span)),
        Some(t) => Err(AsmError::at(t.span, "expected a name")),
        None => Err(AsmError::at(c.end, "expected a name")),
    }
}

/// `~...` annotations after a value or name.
fn marsh(c: &mut Cur) -> AsmResult<Marsh> {
    let mut m = Marsh::default();
    while c.is_punct('~') {
        c.next();
        let (w, s) = c.word("a marshal annotation")?;
        match w {
            "ref" => m.flag = Some(true),
            "noref" => m.flag = Some(false),
            "new" => m.fresh = true,
            _ => {
                if let Some(n) = w.strip_prefix("back=") {
                    m.backref =
                        Some(parse_num(n).ok_or_else(|| AsmError::at(s, "bad back= index"))?);
                } else if let Some(f) = w.strip_prefix("form=") {
                    m.form = Some(
                        form_from_text(f)
                            .ok_or_else(|| AsmError::at(s, format!("unknown form '{f}'")))?,
                    );
                } else {
                    return Err(AsmError::at(s, format!("unknown annotation '~{w}'")));
                }
            }
        }
    }
    Ok(m)
}

/// A table entry: a name, optionally `:kind` (`.localsplus`, or `:hidden`), annotations.
fn entry(c: &mut Cur, with_kind: bool) -> AsmResult<(Entry, u8)> {
    let (raw, span) = name_token(c)?;
    let mut name = raw;
    let mut kind_text: Option<String> = None;
    if let Some(w) = name.as_str().map(str::to_string) {
        if let Some((n, k)) = w.split_once(':') {
            if matches!(c.toks.get(c.i - 1).map(|t| &t.tok), Some(Tok::Word(_))) {
                name = PyStr::from(n);
                kind_text = Some(k.to_string());
            }
        }
    }
    if kind_text.is_none() {
        if let Some(Token {
            tok: Tok::Word(w), ..
        }) = c.peek()
        {
            if let Some(k) = w.strip_prefix(':') {
                kind_text = Some(k.to_string());
                c.next();
            }
        }
    }
    let mut e = Entry::new(name);
    let mut kind = 0u8;
    if let Some(k) = kind_text {
        for part in k.split('+') {
            let bit = KIND_NAMES
                .iter()
                .find(|(n, _)| *n == part)
                .map(|(_, b)| *b)
                .or_else(|| parse_num::<u8>(part))
                .ok_or_else(|| AsmError::at(span, format!("unknown variable kind '{part}'")))?;
            kind |= bit;
        }
        if !with_kind {
            if kind & !lk::HIDDEN != 0 {
                return Err(AsmError::at(
                    span,
                    "only :hidden is allowed here (use .localsplus for kinds)",
                ));
            }
            e.extra_kind = kind;
        }
    }
    if with_kind && kind == 0 {
        kind = lk::LOCAL;
    }
    e.marsh = marsh(c)?;
    Ok((e, kind))
}

/// `.args a, b, /, c, *args, d, **kw`.
fn signature(cb: &mut CodeBuilder, c: &mut Cur) -> AsmResult<()> {
    let mut positional: Vec<Entry> = Vec::new();
    let mut posonly = 0;
    let mut kwonly: Vec<Entry> = Vec::new();
    let mut varargs = None;
    let mut varkw = None;
    let mut star = false;
    while !c.done() {
        let span = c.span();
        let t = c.next();
        let w = match t.map(|t| &t.tok) {
            Some(Tok::Word(w)) => w.clone(),
            Some(Tok::Str(s)) => {
                let e = Entry::new(s.clone());
                if star {
                    kwonly.push(e)
                } else {
                    positional.push(e)
                }
                if !c.done() {
                    c.punct(',')?;
                }
                continue;
            }
            _ => return Err(AsmError::at(span, "expected a parameter")),
        };
        if w == "/" {
            posonly = positional.len() as u32;
        } else if w == "*" {
            star = true;
        } else if let Some(n) = w.strip_prefix("**") {
            varkw = Some(Entry::new(n));
        } else if let Some(n) = w.strip_prefix('*') {
            varargs = Some(Entry::new(n));
            star = true;
        } else {
            let mut e = Entry::new(w.as_str());
            e.marsh = marsh(c)?;
            if star {
                kwonly.push(e);
            } else {
                positional.push(e);
            }
        }
        if !c.done() {
            c.punct(',')?;
        }
    }
    cb.argcount = positional.len() as u32;
    cb.posonlyargcount = posonly;
    cb.kwonlyargcount = kwonly.len() as u32;
    let mut names = positional;
    names.extend(kwonly);
    if let Some(e) = varargs {
        cb.flags |= 0x4;
        names.push(e);
    }
    if let Some(e) = varkw {
        cb.flags |= 0x8;
        names.push(e);
    }
    for e in names {
        if !cb.varnames.iter().any(|x| x.name == e.name) {
            cb.varnames.push(e);
        }
    }
    Ok(())
}

/// A constant with its annotations.
fn item(c: &mut Cur, cb: &CodeBuilder) -> AsmResult<Item> {
    let value = value(c, cb)?;
    let marsh = marsh(c)?;
    Ok(Item { value, marsh })
}

fn items_until(c: &mut Cur, cb: &CodeBuilder, close: char) -> AsmResult<Vec<Item>> {
    let mut items = Vec::new();
    loop {
        if c.is_punct(close) {
            c.next();
            return Ok(items);
        }
        items.push(item(c, cb)?);
        if c.is_punct(',') {
            c.next();
        } else {
            c.punct(close)?;
            return Ok(items);
        }
    }
}

fn float_word(w: &str) -> Option<u64> {
    if let Some(h) = w.strip_prefix("f64:") {
        return u64::from_str_radix(h, 16).ok();
    }
    let body = w.trim_start_matches(['-', '+']);
    let ok = body.contains(['.', 'e', 'E']) || matches!(body, "inf" | "nan" | "infinity");
    if !ok || !body.starts_with(|c: char| c.is_ascii_digit() || c == '.' || c == 'i' || c == 'n') {
        return None;
    }
    w.parse::<f64>().ok().map(f64::to_bits)
}

fn value(c: &mut Cur, cb: &CodeBuilder) -> AsmResult<Value> {
    let span = c.span();
    let Some(t) = c.next() else {
        return Err(AsmError::at(span, "expected a constant"));
    };
    Ok(match &t.tok {
        Tok::Str(s) => Value::Str(s.clone()),
        Tok::Bytes(b) => Value::Bytes(b.as_slice().into()),
        Tok::Punct('(') => Value::Tuple(items_until(c, cb, ')')?),
        Tok::Punct(p) => {
            return Err(AsmError::at(
                t.span,
                format!("expected a constant, not '{p}'"),
            ))
        }
        Tok::Word(w) => match w.as_str() {
            "None" => Value::None,
            "True" => Value::True,
            "False" => Value::False,
            "..." | "Ellipsis" => Value::Ellipsis,
            "StopIteration" => Value::StopIteration,
            "frozenset" => {
                c.punct('(')?;
                let items = if c.is_punct('{') {
                    c.next();
                    let items = items_until(c, cb, '}')?;
                    c.punct(')')?;
                    items
                } else {
                    c.punct(')')?;
                    Vec::new()
                };
                Value::FrozenSet(items)
            }
            "complex" => {
                c.punct('(')?;
                let (re, s1) = c.word("a float")?;
                c.punct(',')?;
                let (im, s2) = c.word("a float")?;
                c.punct(')')?;
                let f = |w: &str, s: Span| {
                    float_word(w)
                        .or_else(|| w.parse::<i64>().ok().map(|i| (i as f64).to_bits()))
                        .ok_or_else(|| AsmError::at(s, "expected a float"))
                };
                Value::Complex(f(re, s1)?, f(im, s2)?)
            }
            _ => {
                if let Some(id) = w.strip_prefix('@') {
                    let i = cb.child_index(id).ok_or_else(|| {
                        AsmError::at(
                            t.span,
                            format!("no nested code object '{id}' in this code object"),
                        )
                    })?;
                    Value::Code(i)
                } else if let Ok(i) = w.parse::<BigInt>() {
                    Value::Int(i)
                } else if let Some(bits) = float_word(w) {
                    Value::Float(bits)
                } else {
                    return Err(AsmError::at(
                        t.span,
                        format!("expected a constant, not the word '{w}'"),
                    ));
                }
            }
        },
    })
}

fn raw_arg(c: &Cur) -> Option<u32> {
    match c.peek().map(|t| &t.tok) {
        Some(Tok::Word(w)) => w.strip_prefix('#').and_then(parse_num),
        _ => None,
    }
}

/// A variable name (bare or quoted), refusing numbers and literals.
fn var_name(c: &mut Cur, op: Op, what: &str) -> AsmResult<PyStr> {
    let span = c.span();
    match c.next().map(|t| &t.tok) {
        Some(Tok::Str(s)) => Ok(s.clone()),
        Some(Tok::Word(w))
            if !w.starts_with(|ch: char| ch.is_ascii_digit() || ch == '-' || ch == '@') =>
        {
            Ok(PyStr::from(w.as_str()))
        }
        Some(Tok::Word(w)) => Err(AsmError::at(
            span,
            format!("{op} takes {what}, not '{w}' (write #N for a raw argument)"),
        )),
        _ => Err(AsmError::at(span, format!("{op} takes {what}"))),
    }
}

fn argument(cb: &mut CodeBuilder, op: Op, c: &mut Cur) -> AsmResult<Arg> {
    let v = cb.version();
    if let Some(n) = raw_arg(c) {
        c.next();
        return Ok(Arg::Int(n));
    }
    let kind = op.arg_kind(v);
    let dkind = kinds::kind(v, op.name());
    let span = c.span();
    let has_more = !c.done() && !c.is_punct('~');
    if !has_more {
        return if kind == ArgKind::None {
            Ok(Arg::None)
        } else {
            Err(AsmError::at(span, format!("{op} needs an argument in {v}")))
        };
    }
    Ok(match (kind, dkind) {
        (ArgKind::None, _) => {
            return Err(AsmError::at(span, format!("{op} takes no argument in {v}")))
        }
        (ArgKind::Const, _) => {
            let val = value(c, cb)?;
            Arg::Const(val)
        }
        (ArgKind::Name, _) => {
            let mut flags = 0;
            if matches!(c.peek_at(1).map(|t| &t.tok), Some(Tok::Word(w)) if w == "+") {
                let (f, fs) = c.word("flags")?;
                flags = match f {
                    "NULL" | "NULL|self" => 1,
                    _ => parse_num(f).ok_or_else(|| {
                        AsmError::at(
                            fs,
                            format!("expected NULL, NULL|self or a number before '+', not '{f}'"),
                        )
                    })?,
                };
                c.next();
            }
            let name = var_name(c, op, "a name")?;
            Arg::Name { flags, name }
        }
        (ArgKind::Local, Kind::LocalPair) => {
            let a = var_name(c, op, "two local variable names")?;
            c.punct(',')?;
            let b = var_name(c, op, "two local variable names")?;
            Arg::LocalPair(a, b)
        }
        (ArgKind::Local, _) => Arg::Local(var_name(c, op, "a local variable name")?),
        (ArgKind::Free, _) => Arg::Free(var_name(c, op, "a cell or free variable name")?),
        (ArgKind::Compare, _) => {
            let (w, s) = c.word("a comparison")?;
            let (sym, to_bool) = if w == "bool" {
                c.punct('(')?;
                let (w2, _) = c.word("a comparison")?;
                c.punct(')')?;
                (w2, true)
            } else {
                (w, false)
            };
            let idx = CMP_OP.iter().position(|x| *x == sym).ok_or_else(|| {
                AsmError::at(
                    s,
                    format!("{op} takes a comparison (< <= == != > >=), not '{sym}'"),
                )
            })?;
            Arg::Compare {
                op: idx as u8,
                to_bool,
            }
        }
        (ArgKind::JumpForward | ArgKind::JumpBackward | ArgKind::JumpAbsolute, _) => {
            let (w, s) = c.word("a label")?;
            if w.starts_with(|ch: char| ch.is_ascii_digit()) {
                return Err(AsmError::at(
                    s,
                    format!("{op} takes a label, not '{w}' (write #N for a raw argument)"),
                ));
            }
            Arg::Label(cb.named_label(w))
        }
        (ArgKind::Other, _) => {
            let (w, s) = c.word("a number")?;
            let table: Option<&[&str]> = match dkind {
                Kind::BinaryOp => Some(&NB_OPS),
                Kind::Intrinsic1 => Some(&INTRINSIC_1),
                Kind::Intrinsic2 => Some(kinds::intrinsic_2(v)),
                _ => None,
            };
            if let Some(n) = parse_num::<u32>(w) {
                Arg::Int(n)
            } else if let Some(i) = table.and_then(|t| t.iter().position(|x| *x == w)) {
                Arg::Int(i as u32)
            } else {
                let what = if dkind == Kind::BinaryOp {
                    "an operator such as + or +="
                } else {
                    "a number"
                };
                return Err(AsmError::at(s, format!("{op} takes {what}, not '{w}'")));
            }
        }
    })
}
