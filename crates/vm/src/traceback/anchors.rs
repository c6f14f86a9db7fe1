//! The `~~~^^^~~~` anchors of a 3.11 traceback line: CPython parses the source segment of
//! the failing instruction and, when it is one expression statement that is a binary
//! operation or a subscript, marks the operator or the brackets (`extract_anchors_from_line`
//! in Python/traceback.c). krait has no Python parser, so this is a small tokenizer and a
//! precedence parser of Python expressions that computes exactly the AST offsets CPython
//! uses: a parenthesized expression's span excludes its parentheses, a tuple's or a
//! generator expression's includes them. Anything it cannot parse gives no anchors, as a
//! `SyntaxError` does in CPython.

/// A token: kind and byte span in the segment.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Name,
    Number,
    Str,
    Op,
}

#[derive(Clone, Copy, Debug)]
struct Tok {
    kind: Kind,
    start: usize,
    end: usize,
}

const OPS3: &[&str] = &["**=", "//=", ">>=", "<<=", "..."];
const OPS2: &[&str] = &[
    "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=", "&=",
    "|=", "^=", "@=",
];
const OPS1: &[u8] = b"+-*/%@&|^~<>()[]{},:;.=";

fn is_name_start(c: char) -> bool {
    c == '_' || c.is_alphabetic() || (!c.is_ascii() && !c.is_whitespace())
}

fn is_name_char(c: char) -> bool {
    is_name_start(c) || c.is_ascii_digit() || (!c.is_ascii() && c.is_alphanumeric())
}

fn is_string_prefix(p: &str) -> bool {
    matches!(
        p.to_ascii_lowercase().as_str(),
        "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf"
    )
}

/// Tokenizes one line; `None` on anything Python's tokenizer would reject.
fn tokenize(s: &str) -> Option<Vec<Tok>> {
    let b = s.as_bytes();
    let mut toks = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b' ' | b'\t' | 0x0c | b'\r' | b'\n' => i += 1,
            b'#' => break,
            b'\\' => return None,
            b'\'' | b'"' => {
                let end = scan_string(b, i)?;
                toks.push(Tok {
                    kind: Kind::Str,
                    start: i,
                    end,
                });
                i = end;
            }
            b'0'..=b'9' => {
                let end = scan_number(b, i);
                toks.push(Tok {
                    kind: Kind::Number,
                    start: i,
                    end,
                });
                i = end;
            }
            b'.' if b.get(i + 1).is_some_and(u8::is_ascii_digit) => {
                let end = scan_number(b, i);
                toks.push(Tok {
                    kind: Kind::Number,
                    start: i,
                    end,
                });
                i = end;
            }
            _ => {
                let ch = s[i..].chars().next()?;
                if is_name_start(ch) {
                    let mut j = i;
                    for ch in s[i..].chars() {
                        if !is_name_char(ch) {
                            break;
                        }
                        j += ch.len_utf8();
                    }
                    if matches!(b.get(j), Some(b'\'' | b'"')) && is_string_prefix(&s[i..j]) {
                        let end = scan_string(b, j)?;
                        toks.push(Tok {
                            kind: Kind::Str,
                            start: i,
                            end,
                        });
                        i = end;
                    } else {
                        toks.push(Tok {
                            kind: Kind::Name,
                            start: i,
                            end: j,
                        });
                        i = j;
                    }
                    continue;
                }
                let rest = &s[i..];
                let len = if OPS3.iter().any(|o| rest.starts_with(o)) {
                    3
                } else if OPS2.iter().any(|o| rest.starts_with(o)) {
                    2
                } else if OPS1.contains(&c) {
                    1
                } else {
                    return None;
                };
                toks.push(Tok {
                    kind: Kind::Op,
                    start: i,
                    end: i + len,
                });
                i += len;
            }
        }
    }
    Some(toks)
}

/// The end of the string literal whose quote is at `q`.
fn scan_string(b: &[u8], q: usize) -> Option<usize> {
    let quote = b[q];
    let triple = b.get(q + 1) == Some(&quote) && b.get(q + 2) == Some(&quote);
    let mut i = q + if triple { 3 } else { 1 };
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            c if c == quote => {
                if !triple {
                    return Some(i + 1);
                }
                if b.get(i + 1) == Some(&quote) && b.get(i + 2) == Some(&quote) {
                    return Some(i + 3);
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    None
}

fn scan_number(b: &[u8], start: usize) -> usize {
    let mut i = start;
    let hex = b.get(start) == Some(&b'0') && matches!(b.get(start + 1), Some(b'x' | b'X'));
    while i < b.len() {
        let c = b[i];
        let sign = (c == b'+' || c == b'-') && !hex && i > start && matches!(b[i - 1], b'e' | b'E');
        if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || sign {
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// What the top node of the segment is, with the offsets the anchors derive from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    BinOp { left_end: usize, right_start: usize },
    Subscript { value_end: usize },
    Other,
}

#[derive(Clone, Copy, Debug)]
struct Node {
    start: usize,
    end: usize,
    shape: Shape,
}

struct Parser<'a> {
    src: &'a str,
    toks: Vec<Tok>,
    pos: usize,
}

type P<T> = Option<T>;

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

impl<'a> Parser<'a> {
    fn text(&self, t: Tok) -> &'a str {
        &self.src[t.start..t.end]
    }

    fn peek(&self) -> Option<Tok> {
        self.toks.get(self.pos).copied()
    }

    fn peek_is(&self, s: &str) -> bool {
        self.peek()
            .is_some_and(|t| t.kind != Kind::Str && t.kind != Kind::Number && self.text(t) == s)
    }

    fn peek_at_is(&self, k: usize, s: &str) -> bool {
        self.toks
            .get(self.pos + k)
            .is_some_and(|&t| t.kind != Kind::Str && self.text(t) == s)
    }

    fn eat(&mut self, s: &str) -> Option<Tok> {
        if self.peek_is(s) {
            self.pos += 1;
            self.toks.get(self.pos - 1).copied()
        } else {
            None
        }
    }

    fn expect(&mut self, s: &str) -> P<Tok> {
        self.eat(s)
    }

    fn prev_end(&self) -> usize {
        self.toks[self.pos - 1].end
    }

    /// `expression`: lambda, conditional, or a disjunction.
    fn expression(&mut self) -> P<Node> {
        if let Some(l) = self.eat("lambda") {
            // Parameters up to the ':' (defaults cannot hold a bare ':').
            let mut depth = 0usize;
            loop {
                let t = self.peek()?;
                let s = self.text(t);
                if depth == 0 && s == ":" && t.kind == Kind::Op {
                    break;
                }
                if t.kind == Kind::Op {
                    match s {
                        "(" | "[" | "{" => depth += 1,
                        ")" | "]" | "}" => depth = depth.checked_sub(1)?,
                        _ => {}
                    }
                }
                self.pos += 1;
            }
            self.expect(":")?;
            let body = self.expression()?;
            return Some(Node {
                start: l.start,
                end: body.end,
                shape: Shape::Other,
            });
        }
        let n = self.disjunction()?;
        if self.eat("if").is_some() {
            self.disjunction()?;
            self.expect("else")?;
            let e = self.expression()?;
            return Some(Node {
                start: n.start,
                end: e.end,
                shape: Shape::Other,
            });
        }
        Some(n)
    }

    /// `named_expression`: `NAME := expression` or an expression.
    fn named_expression(&mut self) -> P<Node> {
        if self.peek().is_some_and(|t| t.kind == Kind::Name) && self.peek_at_is(1, ":=") {
            let start = self.peek()?.start;
            self.pos += 2;
            let v = self.expression()?;
            return Some(Node {
                start,
                end: v.end,
                shape: Shape::Other,
            });
        }
        self.expression()
    }

    fn disjunction(&mut self) -> P<Node> {
        let mut n = self.conjunction()?;
        while self.eat("or").is_some() {
            let r = self.conjunction()?;
            n = Node {
                start: n.start,
                end: r.end,
                shape: Shape::Other,
            };
        }
        Some(n)
    }

    fn conjunction(&mut self) -> P<Node> {
        let mut n = self.inversion()?;
        while self.eat("and").is_some() {
            let r = self.inversion()?;
            n = Node {
                start: n.start,
                end: r.end,
                shape: Shape::Other,
            };
        }
        Some(n)
    }

    fn inversion(&mut self) -> P<Node> {
        if let Some(t) = self.eat("not") {
            let r = self.inversion()?;
            return Some(Node {
                start: t.start,
                end: r.end,
                shape: Shape::Other,
            });
        }
        self.comparison()
    }

    fn comparison(&mut self) -> P<Node> {
        let mut n = self.binary(0)?;
        loop {
            let ok = ["<", ">", "==", ">=", "<=", "!=", "in"]
                .iter()
                .any(|o| self.peek_is(o))
                || (self.peek_is("not") && self.peek_at_is(1, "in"))
                || self.peek_is("is");
            if !ok {
                break;
            }
            if self.eat("not").is_some() {
                self.expect("in")?;
            } else if self.eat("is").is_some() {
                self.eat("not");
            } else {
                self.pos += 1;
            }
            let r = self.binary(0)?;
            n = Node {
                start: n.start,
                end: r.end,
                shape: Shape::Other,
            };
        }
        Some(n)
    }

    /// Binary operator levels, loosest first: `|`, `^`, `&`, shifts, sums, terms.
    fn binary(&mut self, level: usize) -> P<Node> {
        const LEVELS: &[&[&str]] = &[
            &["|"],
            &["^"],
            &["&"],
            &["<<", ">>"],
            &["+", "-"],
            &["*", "/", "//", "%", "@"],
        ];
        if level == LEVELS.len() {
            return self.factor();
        }
        let mut n = self.binary(level + 1)?;
        while let Some(t) = self.peek() {
            if t.kind != Kind::Op || !LEVELS[level].contains(&self.text(t)) {
                break;
            }
            self.pos += 1;
            let r = self.binary(level + 1)?;
            n = Node {
                start: n.start,
                end: r.end,
                shape: Shape::BinOp {
                    left_end: n.end,
                    right_start: r.start,
                },
            };
        }
        Some(n)
    }

    fn factor(&mut self) -> P<Node> {
        if let Some(t) = self.peek() {
            if t.kind == Kind::Op && matches!(self.text(t), "+" | "-" | "~") {
                self.pos += 1;
                let r = self.factor()?;
                return Some(Node {
                    start: t.start,
                    end: r.end,
                    shape: Shape::Other,
                });
            }
        }
        self.power()
    }

    fn power(&mut self) -> P<Node> {
        let n = if let Some(t) = self.eat("await") {
            let p = self.primary()?;
            Node {
                start: t.start,
                end: p.end,
                shape: Shape::Other,
            }
        } else {
            self.primary()?
        };
        if self.eat("**").is_some() {
            let r = self.factor()?;
            return Some(Node {
                start: n.start,
                end: r.end,
                shape: Shape::BinOp {
                    left_end: n.end,
                    right_start: r.start,
                },
            });
        }
        Some(n)
    }

    fn primary(&mut self) -> P<Node> {
        let mut n = self.atom()?;
        loop {
            if self.eat(".").is_some() {
                let t = self.peek()?;
                if t.kind != Kind::Name || KEYWORDS.contains(&self.text(t)) {
                    return None;
                }
                self.pos += 1;
                n = Node {
                    start: n.start,
                    end: t.end,
                    shape: Shape::Other,
                };
            } else if self.peek_is("(") {
                self.skip_group()?;
                n = Node {
                    start: n.start,
                    end: self.prev_end(),
                    shape: Shape::Other,
                };
            } else if self.peek_is("[") {
                self.skip_group()?;
                n = Node {
                    start: n.start,
                    end: self.prev_end(),
                    shape: Shape::Subscript { value_end: n.end },
                };
            } else {
                return Some(n);
            }
        }
    }

    /// Skips a bracketed group starting at the current `(`/`[`/`{`, checking nesting.
    fn skip_group(&mut self) -> P<()> {
        let mut stack: Vec<&str> = Vec::new();
        loop {
            let t = self.peek()?;
            self.pos += 1;
            if t.kind != Kind::Op {
                if stack.is_empty() {
                    return None;
                }
                continue;
            }
            match self.text(t) {
                "(" => stack.push(")"),
                "[" => stack.push("]"),
                "{" => stack.push("}"),
                c @ (")" | "]" | "}") if stack.pop()? != c => return None,
                ")" | "]" | "}" => {}
                _ if stack.is_empty() => return None,
                _ => {}
            }
            if stack.is_empty() {
                return Some(());
            }
        }
    }

    fn atom(&mut self) -> P<Node> {
        let t = self.peek()?;
        match t.kind {
            Kind::Number => {
                self.pos += 1;
                Some(Node {
                    start: t.start,
                    end: t.end,
                    shape: Shape::Other,
                })
            }
            Kind::Str => {
                let mut end = t.end;
                while let Some(s) = self.peek().filter(|s| s.kind == Kind::Str) {
                    end = s.end;
                    self.pos += 1;
                }
                Some(Node {
                    start: t.start,
                    end,
                    shape: Shape::Other,
                })
            }
            Kind::Name => {
                let s = self.text(t);
                if KEYWORDS.contains(&s) && !matches!(s, "None" | "True" | "False") {
                    return None;
                }
                self.pos += 1;
                Some(Node {
                    start: t.start,
                    end: t.end,
                    shape: Shape::Other,
                })
            }
            Kind::Op => match self.text(t) {
                "(" => self.paren(),
                "[" | "{" => {
                    self.skip_group()?;
                    Some(Node {
                        start: t.start,
                        end: self.prev_end(),
                        shape: Shape::Other,
                    })
                }
                "..." => {
                    self.pos += 1;
                    Some(Node {
                        start: t.start,
                        end: t.end,
                        shape: Shape::Other,
                    })
                }
                _ => None,
            },
        }
    }

    /// `( … )`: a parenthesized expression keeps its inner span; a tuple, a generator
    /// expression, a `yield` keep the parentheses.
    fn paren(&mut self) -> P<Node> {
        let open = self.peek()?;
        let save = self.pos;
        self.pos += 1;
        if self.peek_is(")") || self.peek_is("*") || self.peek_is("yield") {
            self.pos = save;
            self.skip_group()?;
            let shape = Shape::Other;
            return Some(Node {
                start: open.start,
                end: self.prev_end(),
                shape,
            });
        }
        let inner = self.named_expression()?;
        if self.eat(")").is_some() {
            return Some(inner);
        }
        // A tuple or a generator expression: spans the parentheses.
        self.pos = save;
        self.skip_group()?;
        Some(Node {
            start: open.start,
            end: self.prev_end(),
            shape: Shape::Other,
        })
    }
}

/// Byte anchors `(left, right)` within `segment` when it is one expression statement whose
/// expression is a binary operation or a subscript (CPython's `extract_anchors_from_expr`).
pub fn anchors(segment: &str) -> Option<(usize, usize)> {
    let toks = tokenize(segment)?;
    let mut p = Parser {
        src: segment,
        toks,
        pos: 0,
    };
    let first = p.peek()?;
    if first.kind == Kind::Name {
        let s = p.text(first);
        if KEYWORDS.contains(&s)
            && !matches!(
                s,
                "None" | "True" | "False" | "not" | "lambda" | "await" | "yield"
            )
        {
            return None;
        }
    }
    if p.peek_is("yield") || p.peek_is("*") {
        return None;
    }
    let node = p.named_expression()?;
    if p.peek_is(",") {
        return None; // a tuple: not a BinOp or Subscript
    }
    // One statement: an optional ';' and nothing after it.
    p.eat(";");
    if p.peek().is_some() {
        return None;
    }
    let b = segment.as_bytes();
    let ws = |c: u8| c == b' ' || c == b'\t' || c == 0x0c;
    match node.shape {
        Shape::BinOp {
            left_end,
            right_start,
        } => {
            let mut anchors = None;
            let mut i = left_end;
            while i < right_start {
                if ws(b[i]) {
                    i += 1;
                    continue;
                }
                let mut right = i + 1;
                if i + 1 < right_start && !ws(b[i + 1]) {
                    right += 1;
                }
                anchors = Some((i, right));
                if i + 1 < right_start && b[i] == b')' {
                    i += 1;
                    continue;
                }
                break;
            }
            anchors
        }
        Shape::Subscript { value_end } => {
            let len = b.len();
            let mut left = value_end;
            while left < len && b[left] != b'[' {
                left += 1;
            }
            Some((left, len))
        }
        Shape::Other => None,
    }
}

#[cfg(test)]
mod tests {
    use super::anchors;

    #[test]
    fn binops() {
        assert_eq!(anchors("a + b"), Some((2, 3)));
        assert_eq!(anchors("(a) + b"), Some((4, 5)));
        assert_eq!(anchors("a +(b)"), Some((2, 4)));
        assert_eq!(anchors("a //b"), Some((2, 4)));
        assert_eq!(anchors("2 ** b ** 2"), Some((2, 4)));
        assert_eq!(anchors("\"a+b\" + b"), Some((6, 7)));
        assert_eq!(anchors("-a + b"), Some((3, 4)));
        assert_eq!(anchors("a < b"), None);
        assert_eq!(anchors("a += b"), None);
        assert_eq!(anchors("a + b, 1"), None);
        assert_eq!(anchors("f(a + b)"), None);
    }

    #[test]
    fn subscripts() {
        assert_eq!(anchors("l[5]"), Some((1, 4)));
        assert_eq!(anchors("l [ 5 ]"), Some((2, 7)));
        assert_eq!(anchors("{\"k\": 1}[\"j\"]"), Some((8, 13)));
        assert_eq!(anchors("l[1:2][7]"), Some((6, 9)));
        assert_eq!(anchors("a.b"), None);
    }
}
