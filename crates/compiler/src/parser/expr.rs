//! Expressions: `lambda`, conditional, boolean, comparison, bitwise, arithmetic, unary,
//! power, `await`, atoms with their trailers, displays and comprehensions.

use num_bigint::BigInt;
use num_traits::Num;

use super::{Parser, KEYWORDS};
use crate::ast::*;
use crate::error::{CResult, CompileError};
use crate::tokenizer::Tok;

fn bx(e: Expr) -> Box<Expr> {
    Box::new(e)
}

impl Parser {
    pub fn mk(&self, kind: ExprKind, line: u32, col: u32) -> Expr {
        let (end_line, end_col) = self.prev_end();
        Expr {
            kind,
            line,
            col,
            end_line,
            end_col,
        }
    }

    /// `a, *b, c` (a tuple when there is a comma), as in `return`/`eval`/assignments.
    pub fn testlist_star(&mut self) -> CResult<Expr> {
        let (line, col) = (self.line(), self.col());
        let first = self.star_or_named()?;
        if !self.at_op(",") {
            if matches!(first.kind, ExprKind::Starred(_)) {
                let msg = if self.at_op("=") {
                    "starred assignment target must be in a list or tuple"
                } else {
                    "can't use starred expression here"
                };
                return Err(CompileError::syntax(msg, first.line, first.col + 1));
            }
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if !self.starts_expr() {
                break;
            }
            items.push(self.star_or_named()?);
        }
        Ok(self.mk(ExprKind::Tuple(items), line, col))
    }

    /// `a, b` targets of `for` (stops before `in`).
    pub fn exprlist(&mut self) -> CResult<Expr> {
        let (line, col) = (self.line(), self.col());
        let first = self.star_or(Self::bitor)?;
        if !self.at_op(",") {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if !self.starts_expr() || self.at_kw("in") {
                break;
            }
            items.push(self.star_or(Self::bitor)?);
        }
        Ok(self.mk(ExprKind::Tuple(items), line, col))
    }

    pub fn starts_expr(&self) -> bool {
        match self.peek() {
            Tok::Name(n) => {
                !KEYWORDS.contains(&n.as_str())
                    || matches!(
                        n.as_str(),
                        "None" | "True" | "False" | "lambda" | "not" | "await" | "yield"
                    )
            }
            Tok::Number(_) | Tok::Str { .. } => true,
            Tok::Op(o) => matches!(*o, "(" | "[" | "{" | "-" | "+" | "~" | "*" | "..."),
            _ => false,
        }
    }

    fn star_or(&mut self, f: fn(&mut Self) -> CResult<Expr>) -> CResult<Expr> {
        if self.at_op("*") {
            let (line, col) = (self.line(), self.col());
            self.advance();
            let e = self.bitor()?;
            return Ok(self.mk(ExprKind::Starred(bx(e)), line, col));
        }
        f(self)
    }

    pub fn star_or_named(&mut self) -> CResult<Expr> {
        self.star_or(Self::named)
    }

    /// `name := value` or a plain `test`.
    pub fn named(&mut self) -> CResult<Expr> {
        if let (Tok::Name(n), Tok::Op(":=")) = (self.peek().clone(), self.peek_at(1).clone()) {
            let (line, col) = (self.line(), self.col());
            if KEYWORDS.contains(&n.as_str()) {
                return Err(self.error_here("invalid syntax"));
            }
            self.advance();
            self.advance();
            let value = self.test()?;
            return Ok(self.mk(
                ExprKind::NamedExpr {
                    target: n,
                    value: bx(value),
                },
                line,
                col,
            ));
        }
        let e = self.test()?;
        if self.at_op(":=") {
            return Err(CompileError::syntax(
                format!("cannot use assignment expressions with {}", describe(&e)),
                e.line,
                e.col + 1,
            ));
        }
        Ok(e)
    }

    pub fn test(&mut self) -> CResult<Expr> {
        if self.at_kw("lambda") {
            return self.lambdef();
        }
        let (line, col) = (self.line(), self.col());
        let body = self.or_test()?;
        if self.eat_kw("if") {
            let test = self.or_test()?;
            if !self.eat_kw("else") {
                return Err(CompileError::syntax(
                    "expected 'else' after 'if' expression",
                    line,
                    col + 1,
                ));
            }
            let orelse = self.test()?;
            return Ok(self.mk(
                ExprKind::IfExp {
                    test: bx(test),
                    body: bx(body),
                    orelse: bx(orelse),
                },
                line,
                col,
            ));
        }
        Ok(body)
    }

    fn lambdef(&mut self) -> CResult<Expr> {
        let (line, col) = (self.line(), self.col());
        self.advance();
        let scope = self.new_scope();
        let args = self.parameters(":", false)?;
        self.expect_op(":")?;
        let body = self.test()?;
        Ok(self.mk(
            ExprKind::Lambda {
                args: Box::new(args),
                body: bx(body),
                scope,
            },
            line,
            col,
        ))
    }

    /// Parameters up to `end` (`)` for def, `:` for lambda).
    pub fn parameters(&mut self, end: &str, annotated: bool) -> CResult<Arguments> {
        let mut a = Arguments::default();
        let mut seen_default = false;
        let mut star = false;
        let mut names: Vec<String> = Vec::new();
        while !self.at_op(end) {
            let (line, col) = (self.line(), self.col());
            if self.eat_op("/") {
                if star || !a.posonly.is_empty() || a.args.is_empty() {
                    return Err(CompileError::syntax("invalid syntax", line, col + 1));
                }
                a.posonly = std::mem::take(&mut a.args);
            } else if self.eat_op("**") {
                let arg = self.param(annotated)?;
                names.push(arg.name.clone());
                a.kwarg = Some(arg);
                self.eat_op(",");
                if !self.at_op(end) {
                    return Err(CompileError::syntax(
                        "arguments cannot follow var-keyword argument",
                        self.line(),
                        self.col() + 1,
                    ));
                }
                break;
            } else if self.eat_op("*") {
                if star {
                    return Err(CompileError::syntax(
                        "* argument may appear only once",
                        line,
                        col + 1,
                    ));
                }
                star = true;
                if !self.at_op(",") && !self.at_op(end) {
                    let arg = self.param(annotated)?;
                    names.push(arg.name.clone());
                    a.vararg = Some(arg);
                } else if self.at_op(end)
                    || matches!(self.peek_at(1), Tok::Op(o) if *o == end)
                    || matches!(self.peek_at(1), Tok::Op("**"))
                {
                    return Err(CompileError::syntax(
                        "named arguments must follow bare *",
                        line,
                        col + 1,
                    ));
                }
            } else {
                let arg = self.param(annotated)?;
                if names.contains(&arg.name) {
                    return Err(CompileError::syntax(
                        format!("duplicate argument '{}' in function definition", arg.name),
                        line,
                        col + 1,
                    ));
                }
                names.push(arg.name.clone());
                let default = if self.eat_op("=") {
                    Some(self.test()?)
                } else {
                    None
                };
                if star {
                    a.kwonly.push(arg);
                    a.kw_defaults.push(default);
                } else {
                    match default {
                        Some(d) => {
                            seen_default = true;
                            a.defaults.push(d);
                        }
                        None if seen_default => {
                            return Err(CompileError::syntax(
                                "non-default argument follows default argument",
                                line,
                                col + 1,
                            ))
                        }
                        None => {}
                    }
                    a.args.push(arg);
                }
            }
            if !self.eat_op(",") {
                break;
            }
        }
        Ok(a)
    }

    fn param(&mut self, annotated: bool) -> CResult<Arg> {
        let (line, col) = (self.line(), self.col());
        let name = self.name()?;
        let annotation = if annotated && self.eat_op(":") {
            Some(self.test()?)
        } else {
            None
        };
        Ok(Arg {
            name,
            annotation,
            line,
            span: self.span_from(line, col),
        })
    }

    pub fn or_test(&mut self) -> CResult<Expr> {
        self.boolop("or", Self::and_test, false)
    }

    fn and_test(&mut self) -> CResult<Expr> {
        self.boolop("and", Self::not_test, true)
    }

    fn boolop(
        &mut self,
        kw: &str,
        sub: fn(&mut Self) -> CResult<Expr>,
        is_and: bool,
    ) -> CResult<Expr> {
        let (line, col) = (self.line(), self.col());
        let first = sub(self)?;
        if !self.at_kw(kw) {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat_kw(kw) {
            values.push(sub(self)?);
        }
        Ok(self.mk(ExprKind::BoolOp { is_and, values }, line, col))
    }

    fn not_test(&mut self) -> CResult<Expr> {
        if self.at_kw("not") {
            let (line, col) = (self.line(), self.col());
            self.advance();
            let e = self.not_test()?;
            return Ok(self.mk(
                ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: bx(e),
                },
                line,
                col,
            ));
        }
        self.comparison()
    }

    fn comp_op(&mut self) -> Option<CmpOp> {
        let op = match self.peek() {
            Tok::Op("<") => CmpOp::Lt,
            Tok::Op("<=") => CmpOp::LtE,
            Tok::Op("==") => CmpOp::Eq,
            Tok::Op("!=") => CmpOp::NotEq,
            Tok::Op(">") => CmpOp::Gt,
            Tok::Op(">=") => CmpOp::GtE,
            Tok::Name(n) if n == "in" => CmpOp::In,
            Tok::Name(n) if n == "is" => {
                if matches!(self.peek_at(1), Tok::Name(m) if m == "not") {
                    self.advance();
                    CmpOp::IsNot
                } else {
                    CmpOp::Is
                }
            }
            Tok::Name(n) if n == "not" && matches!(self.peek_at(1), Tok::Name(m) if m == "in") => {
                self.advance();
                CmpOp::NotIn
            }
            _ => return None,
        };
        self.advance();
        Some(op)
    }

    fn comparison(&mut self) -> CResult<Expr> {
        let (line, col) = (self.line(), self.col());
        let left = self.bitor()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some(op) = self.comp_op() {
            ops.push(op);
            comparators.push(self.bitor()?);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        Ok(self.mk(
            ExprKind::Compare {
                left: bx(left),
                ops,
                comparators,
            },
            line,
            col,
        ))
    }

    fn binary(
        &mut self,
        table: &[(&str, BinOp)],
        sub: fn(&mut Self) -> CResult<Expr>,
    ) -> CResult<Expr> {
        let (line, col) = (self.line(), self.col());
        let mut left = sub(self)?;
        'outer: loop {
            for (s, op) in table {
                if self.at_op(s) {
                    self.advance();
                    let right = sub(self)?;
                    left = self.mk(
                        ExprKind::BinOp {
                            op: *op,
                            left: bx(left),
                            right: bx(right),
                        },
                        line,
                        col,
                    );
                    continue 'outer;
                }
            }
            return Ok(left);
        }
    }

    pub fn bitor(&mut self) -> CResult<Expr> {
        self.binary(&[("|", BinOp::BitOr)], Self::xor)
    }

    fn xor(&mut self) -> CResult<Expr> {
        self.binary(&[("^", BinOp::BitXor)], Self::band)
    }

    fn band(&mut self) -> CResult<Expr> {
        self.binary(&[("&", BinOp::BitAnd)], Self::shift)
    }

    fn shift(&mut self) -> CResult<Expr> {
        self.binary(&[("<<", BinOp::LShift), (">>", BinOp::RShift)], Self::arith)
    }

    fn arith(&mut self) -> CResult<Expr> {
        self.binary(&[("+", BinOp::Add), ("-", BinOp::Sub)], Self::term)
    }

    fn term(&mut self) -> CResult<Expr> {
        self.binary(
            &[
                ("*", BinOp::Mult),
                ("/", BinOp::Div),
                ("//", BinOp::FloorDiv),
                ("%", BinOp::Mod),
                ("@", BinOp::MatMult),
            ],
            Self::factor,
        )
    }

    fn factor(&mut self) -> CResult<Expr> {
        let op = match self.peek() {
            Tok::Op("-") => UnaryOp::USub,
            Tok::Op("+") => UnaryOp::UAdd,
            Tok::Op("~") => UnaryOp::Invert,
            _ => return self.power(),
        };
        let (line, col) = (self.line(), self.col());
        self.advance();
        let e = self.factor()?;
        Ok(self.mk(ExprKind::UnaryOp { op, operand: bx(e) }, line, col))
    }

    fn power(&mut self) -> CResult<Expr> {
        let (line, col) = (self.line(), self.col());
        let base = if self.at_kw("await") {
            self.advance();
            let e = self.atom_expr()?;
            self.mk(ExprKind::Await(bx(e)), line, col)
        } else {
            self.atom_expr()?
        };
        if self.eat_op("**") {
            let exp = self.factor()?;
            return Ok(self.mk(
                ExprKind::BinOp {
                    op: BinOp::Pow,
                    left: bx(base),
                    right: bx(exp),
                },
                line,
                col,
            ));
        }
        Ok(base)
    }

    fn atom_expr(&mut self) -> CResult<Expr> {
        let (line, col) = (self.line(), self.col());
        let mut e = self.atom()?;
        loop {
            if self.eat_op(".") {
                let attr = self.name()?;
                e = self.mk(ExprKind::Attribute { value: bx(e), attr }, line, col);
            } else if self.at_op("(") {
                self.advance();
                let (args, keywords) = self.arglist()?;
                self.expect_op(")")?;
                e = self.mk(
                    ExprKind::Call {
                        func: bx(e),
                        args,
                        keywords,
                    },
                    line,
                    col,
                );
            } else if self.eat_op("[") {
                let index = self.subscripts()?;
                self.expect_op("]")?;
                e = self.mk(
                    ExprKind::Subscript {
                        value: bx(e),
                        index: bx(index),
                    },
                    line,
                    col,
                );
            } else {
                return Ok(e);
            }
        }
    }

    fn subscripts(&mut self) -> CResult<Expr> {
        let (line, col) = (self.line(), self.col());
        let first = self.subscript()?;
        if !self.at_op(",") {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_op("]") {
                break;
            }
            items.push(self.subscript()?);
        }
        Ok(self.mk(ExprKind::Tuple(items), line, col))
    }

    fn subscript(&mut self) -> CResult<Expr> {
        let (line, col) = (self.line(), self.col());
        if self.at_op("*") {
            return self.star_or_named();
        }
        let lower = if self.at_op(":") {
            None
        } else {
            Some(self.named()?)
        };
        if !self.eat_op(":") {
            return lower.ok_or_else(|| self.error_here("invalid syntax"));
        }
        let bound = |p: &mut Self| -> CResult<Option<Box<Expr>>> {
            if p.at_op(":") || p.at_op("]") || p.at_op(",") {
                Ok(None)
            } else {
                Ok(Some(bx(p.test()?)))
            }
        };
        let upper = bound(self)?;
        let step = if self.eat_op(":") { bound(self)? } else { None };
        Ok(self.mk(
            ExprKind::Slice {
                lower: lower.map(bx),
                upper,
                step,
            },
            line,
            col,
        ))
    }

    /// Call arguments up to (not including) `)`.
    pub fn arglist(&mut self) -> CResult<(Vec<Expr>, Vec<Keyword>)> {
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let open = self.pos.checked_sub(1).map(|k| self.toks[k].clone());
        while !self.at_op(")") {
            let (line, col) = (self.line(), self.col());
            if self.eat_op("**") {
                let value = self.test()?;
                keywords.push(Keyword {
                    arg: None,
                    value,
                    span: self.span_from(line, col),
                });
            } else if self.at_op("*") {
                let e = self.star_or(Self::test)?;
                if keywords.iter().any(|k| k.arg.is_none()) {
                    return Err(CompileError::syntax(
                        "iterable argument unpacking follows keyword argument unpacking",
                        line,
                        col + 1,
                    ));
                }
                args.push(e);
            } else if let (Tok::Name(n), Tok::Op("=")) =
                (self.peek().clone(), self.peek_at(1).clone())
            {
                self.advance();
                self.advance();
                if KEYWORDS.contains(&n.as_str()) {
                    return Err(CompileError::syntax(
                        if matches!(n.as_str(), "True" | "False" | "None") {
                            format!("cannot assign to {n}")
                        } else {
                            "invalid syntax".to_string()
                        },
                        line,
                        col + 1,
                    ));
                }
                if keywords
                    .iter()
                    .any(|k| k.arg.as_deref() == Some(n.as_str()))
                {
                    return Err(CompileError::syntax(
                        format!("keyword argument repeated: {n}"),
                        line,
                        col + 1,
                    ));
                }
                let value = self.test()?;
                keywords.push(Keyword {
                    arg: Some(n),
                    value,
                    span: self.span_from(line, col),
                });
            } else {
                let e = self.named()?;
                if self.at_kw("for") || self.at_kw("async") {
                    let scope = self.new_scope();
                    let gens = self.comp_for()?;
                    let mut g = self.mk(
                        ExprKind::GeneratorExp {
                            elt: bx(e),
                            gens,
                            scope,
                        },
                        line,
                        col,
                    );
                    // A sole generator argument spans the call's parentheses.
                    let close = if self.at_op(")") {
                        Some(self.tok().clone())
                    } else {
                        None
                    };
                    if let (Some(o), Some(c)) = (&open, close) {
                        if matches!(o.tok, Tok::Op("(")) {
                            g.line = o.line + self.line_offset;
                            g.col = self.tcol(o);
                            g.end_line = c.end_line + self.line_offset;
                            g.end_col = self.tend_col(&c);
                        }
                    }
                    if !args.is_empty() || !keywords.is_empty() || self.at_op(",") {
                        return Err(CompileError::syntax(
                            "Generator expression must be parenthesized",
                            line,
                            col + 1,
                        ));
                    }
                    args.push(g);
                } else {
                    if let Some(k) = keywords.first() {
                        let _ = k;
                        let msg = if keywords.iter().any(|k| k.arg.is_none()) {
                            "positional argument follows keyword argument unpacking"
                        } else {
                            "positional argument follows keyword argument"
                        };
                        return Err(CompileError::syntax(msg, line, col + 1));
                    }
                    args.push(e);
                }
            }
            if !self.eat_op(",") {
                break;
            }
        }
        Ok((args, keywords))
    }

    /// `for target in iter [if cond]...` clauses.
    pub fn comp_for(&mut self) -> CResult<Vec<Comprehension>> {
        let mut gens = Vec::new();
        loop {
            let is_async = self.eat_kw("async");
            if !self.eat_kw("for") {
                if is_async {
                    return Err(self.error_here("invalid syntax"));
                }
                break;
            }
            let target = self.exprlist()?;
            self.expect_kw("in")?;
            let iter = self.or_test()?;
            let mut ifs = Vec::new();
            while self.eat_kw("if") {
                ifs.push(self.or_test()?);
            }
            gens.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        Ok(gens)
    }

    fn atom(&mut self) -> CResult<Expr> {
        let (line, col) = (self.line(), self.col());
        let t = self.peek().clone();
        match t {
            Tok::Name(n) => {
                let c = match n.as_str() {
                    "None" => Constant::None,
                    "True" => Constant::True,
                    "False" => Constant::False,
                    _ if KEYWORDS.contains(&n.as_str()) => {
                        return Err(self.error_here("invalid syntax"))
                    }
                    _ => {
                        self.advance();
                        return Ok(self.mk(ExprKind::Name(n), line, col));
                    }
                };
                self.advance();
                Ok(self.mk(ExprKind::Const(c), line, col))
            }
            Tok::Number(s) => {
                self.advance();
                let c = parse_number(&s).ok_or_else(|| {
                    let leading_zero = s.len() > 1
                        && s.starts_with('0')
                        && s.chars().all(|c| c.is_ascii_digit() || c == '_')
                        && s.chars().any(|c| c.is_ascii_digit() && c != '0');
                    let msg = if leading_zero {
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
                    } else {
                        "invalid decimal literal"
                    };
                    CompileError::syntax(msg, line, col + 1)
                })?;
                Ok(self.mk(ExprKind::Const(c), line, col))
            }
            Tok::Str { .. } => self.strings(),
            Tok::Op("...") => {
                self.advance();
                Ok(self.mk(ExprKind::Const(Constant::Ellipsis), line, col))
            }
            Tok::Op("(") => {
                self.advance();
                if self.eat_op(")") {
                    return Ok(self.mk(ExprKind::Tuple(vec![]), line, col));
                }
                if self.at_kw("yield") {
                    let e = self.yield_expr()?;
                    self.expect_op(")")?;
                    return Ok(e);
                }
                let first = self.star_or_named()?;
                if self.at_kw("for") || self.at_kw("async") {
                    let scope = self.new_scope();
                    let gens = self.comp_for()?;
                    self.expect_op(")")?;
                    return Ok(self.mk(
                        ExprKind::GeneratorExp {
                            elt: bx(first),
                            gens,
                            scope,
                        },
                        line,
                        col,
                    ));
                }
                if self.eat_op(")") {
                    if matches!(first.kind, ExprKind::Starred(_)) {
                        return Err(CompileError::syntax(
                            "cannot use starred expression here",
                            first.line,
                            first.col + 1,
                        ));
                    }
                    // Parenthesized: keep the inner node (its position is the inner one).
                    return Ok(first);
                }
                let mut items = vec![first];
                while self.eat_op(",") {
                    if self.at_op(")") {
                        break;
                    }
                    items.push(self.star_or_named()?);
                }
                self.expect_op(")")?;
                Ok(self.mk(ExprKind::Tuple(items), line, col))
            }
            Tok::Op("[") => {
                self.advance();
                if self.eat_op("]") {
                    return Ok(self.mk(ExprKind::List(vec![]), line, col));
                }
                let first = self.star_or_named()?;
                if self.at_kw("for") || self.at_kw("async") {
                    let scope = self.new_scope();
                    let gens = self.comp_for()?;
                    self.expect_op("]")?;
                    return Ok(self.mk(
                        ExprKind::ListComp {
                            elt: bx(first),
                            gens,
                            scope,
                        },
                        line,
                        col,
                    ));
                }
                let mut items = vec![first];
                while self.eat_op(",") {
                    if self.at_op("]") {
                        break;
                    }
                    items.push(self.star_or_named()?);
                }
                self.expect_op("]")?;
                Ok(self.mk(ExprKind::List(items), line, col))
            }
            Tok::Op("{") => {
                self.advance();
                self.brace(line, col)
            }
            _ => Err(self.error_here("invalid syntax")),
        }
    }

    /// After `{`: a dict, set, or their comprehensions.
    fn brace(&mut self, line: u32, col: u32) -> CResult<Expr> {
        if self.eat_op("}") {
            return Ok(self.mk(
                ExprKind::Dict {
                    keys: vec![],
                    values: vec![],
                },
                line,
                col,
            ));
        }
        let mut keys = Vec::new();
        let mut values = Vec::new();
        // First entry decides dict or set.
        if self.eat_op("**") {
            values.push(self.bitor()?);
            keys.push(None);
        } else {
            let first = self.star_or_named()?;
            if self.eat_op(":") {
                let v = self.test()?;
                if self.at_kw("for") || self.at_kw("async") {
                    let scope = self.new_scope();
                    let gens = self.comp_for()?;
                    self.expect_op("}")?;
                    return Ok(self.mk(
                        ExprKind::DictComp {
                            key: bx(first),
                            value: bx(v),
                            gens,
                            scope,
                        },
                        line,
                        col,
                    ));
                }
                keys.push(Some(first));
                values.push(v);
            } else {
                if self.at_kw("for") || self.at_kw("async") {
                    let scope = self.new_scope();
                    let gens = self.comp_for()?;
                    self.expect_op("}")?;
                    return Ok(self.mk(
                        ExprKind::SetComp {
                            elt: bx(first),
                            gens,
                            scope,
                        },
                        line,
                        col,
                    ));
                }
                let mut items = vec![first];
                while self.eat_op(",") {
                    if self.at_op("}") {
                        break;
                    }
                    items.push(self.star_or_named()?);
                }
                self.expect_op("}")?;
                return Ok(self.mk(ExprKind::Set(items), line, col));
            }
        }
        while self.eat_op(",") {
            if self.at_op("}") {
                break;
            }
            if self.eat_op("**") {
                values.push(self.bitor()?);
                keys.push(None);
            } else {
                let k = self.test()?;
                self.expect_op(":")?;
                values.push(self.test()?);
                keys.push(Some(k));
            }
        }
        self.expect_op("}")?;
        Ok(self.mk(ExprKind::Dict { keys, values }, line, col))
    }

    /// `yield`, `yield x, y`, `yield from x`.
    pub fn yield_expr(&mut self) -> CResult<Expr> {
        let (line, col) = (self.line(), self.col());
        self.expect_kw("yield")?;
        if self.eat_kw("from") {
            let e = self.test()?;
            return Ok(self.mk(ExprKind::YieldFrom(bx(e)), line, col));
        }
        if !self.starts_expr() {
            return Ok(self.mk(ExprKind::Yield(None), line, col));
        }
        let e = self.testlist_star()?;
        Ok(self.mk(ExprKind::Yield(Some(bx(e))), line, col))
    }
}

/// What an expression is called in "cannot assign to …" messages.
pub fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Name(_) => "name",
        ExprKind::Const(Constant::None) => "None",
        ExprKind::Const(Constant::True) => "True",
        ExprKind::Const(Constant::False) => "False",
        ExprKind::Const(Constant::Ellipsis) => "ellipsis",
        ExprKind::Const(_) => "literal",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Slice { .. } => "slice",
        ExprKind::Call { .. } => "function call",
        ExprKind::UnaryOp { .. } | ExprKind::BinOp { .. } => "expression",
        ExprKind::BoolOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) => "list",
        ExprKind::Set(_) => "set display",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Starred(_) => "starred",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
    }
}

/// A numeric literal's value (`None` when malformed).
pub fn parse_number(s: &str) -> Option<Constant> {
    if s.ends_with("__") || s.contains("__") || s.ends_with('_') {
        return None;
    }
    let clean: String = s.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let radix = |p: &str, r: u32| -> Option<Constant> {
        let digits = lower.strip_prefix(p)?;
        if digits.is_empty() {
            return None;
        }
        BigInt::from_str_radix(digits, r).ok().map(Constant::Int)
    };
    if lower.starts_with("0x") {
        return radix("0x", 16);
    }
    if lower.starts_with("0o") {
        return radix("0o", 8);
    }
    if lower.starts_with("0b") {
        return radix("0b", 2);
    }
    if let Some(im) = lower.strip_suffix('j') {
        return im.parse::<f64>().ok().map(Constant::Complex);
    }
    if lower.contains(['.', 'e']) {
        return lower.parse::<f64>().ok().map(Constant::Float);
    }
    if lower.len() > 1 && lower.starts_with('0') && lower.chars().any(|c| c != '0') {
        return None;
    }
    BigInt::from_str_radix(&lower, 10).ok().map(Constant::Int)
}
