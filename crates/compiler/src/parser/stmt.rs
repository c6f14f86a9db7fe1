//! Statements: simple statements (separated by `;`) and compound ones with their blocks.

use super::expr::describe;
use super::Parser;
use crate::ast::*;
use crate::error::{CResult, CompileError};
use crate::tokenizer::Tok;

impl Parser {
    pub fn file_input(&mut self) -> CResult<Vec<Stmt>> {
        let mut body = Vec::new();
        loop {
            match self.peek() {
                Tok::EndMarker => break,
                Tok::Newline => {
                    self.advance();
                }
                _ => body.extend(self.statement()?),
            }
        }
        Ok(body)
    }

    /// Sets `s`'s span: from `(line, col)` to the end of the last token consumed.
    fn finish(&self, mut s: Stmt, line: u32, col: u32) -> Stmt {
        s.line = line;
        s.span = self.span_from(line, col);
        s
    }

    fn statement(&mut self) -> CResult<Vec<Stmt>> {
        let (line, col) = (self.line(), self.col());
        let kw = match self.peek() {
            Tok::Name(n) => n.clone(),
            Tok::Op("@") => return Ok(vec![self.decorated()?]),
            Tok::Indent => return Err(self.error_here("unexpected indent")),
            _ => String::new(),
        };
        let s = match kw.as_str() {
            "if" => self.if_stmt()?,
            "while" => {
                self.advance();
                let test = self.named()?;
                self.expect_op(":")?;
                let body = self.block_after("'while' statement", line)?;
                let orelse = self.else_block()?;
                Stmt {
                    kind: StmtKind::While { test, body, orelse },
                    line,
                    span: Span::default(),
                }
            }
            "for" => self.for_stmt(line, false)?,
            "try" => self.try_stmt()?,
            "with" => self.with_stmt(line, false)?,
            "def" => self.funcdef(Vec::new(), false)?,
            "class" => self.classdef(Vec::new())?,
            "async" => {
                self.advance();
                if self.at_kw("def") {
                    self.funcdef(Vec::new(), true)?
                } else if self.at_kw("for") {
                    self.for_stmt(line, true)?
                } else if self.at_kw("with") {
                    self.with_stmt(line, true)?
                } else {
                    return Err(self.error_here("invalid syntax"));
                }
            }
            _ => return self.simple_stmts(),
        };
        Ok(vec![self.finish(s, line, col)])
    }

    fn simple_stmts(&mut self) -> CResult<Vec<Stmt>> {
        let mut v = vec![self.small_stmt()?];
        while self.eat_op(";") {
            if matches!(self.peek(), Tok::Newline | Tok::EndMarker) {
                break;
            }
            v.push(self.small_stmt()?);
        }
        match self.peek() {
            Tok::Newline => {
                self.advance();
            }
            Tok::EndMarker => {}
            _ => return Err(self.error_here("invalid syntax")),
        }
        Ok(v)
    }

    /// An indented block after `:`, or simple statements on the same line.
    /// `what`/`line`: the statement wanting the block, for CPython's message.
    fn block_after(&mut self, what: &str, line: u32) -> CResult<Vec<Stmt>> {
        if !matches!(self.peek(), Tok::Newline) {
            return self.simple_stmts();
        }
        self.advance();
        if !matches!(self.peek(), Tok::Indent) {
            return Err(CompileError::indentation(
                format!("expected an indented block after {what} on line {line}"),
                self.line(),
                self.col() + 1,
            ));
        }
        self.advance();
        let mut body = Vec::new();
        while !matches!(self.peek(), Tok::Dedent | Tok::EndMarker) {
            if matches!(self.peek(), Tok::Newline) {
                self.advance();
                continue;
            }
            body.extend(self.statement()?);
        }
        if matches!(self.peek(), Tok::Dedent) {
            self.advance();
        }
        Ok(body)
    }

    fn else_block(&mut self) -> CResult<Vec<Stmt>> {
        let line = self.line();
        if self.eat_kw("else") {
            self.expect_op(":")?;
            return self.block_after("'else' statement", line);
        }
        Ok(Vec::new())
    }

    fn if_stmt(&mut self) -> CResult<Stmt> {
        let (line, col) = (self.line(), self.col());
        let what = if self.at_kw("elif") {
            "'elif' statement"
        } else {
            "'if' statement"
        };
        self.advance(); // if / elif
        let test = self.named()?;
        self.expect_op(":")?;
        let body = self.block_after(what, line)?;
        let orelse = if self.at_kw("elif") {
            vec![self.if_stmt()?]
        } else {
            self.else_block()?
        };
        let s = Stmt {
            kind: StmtKind::If { test, body, orelse },
            line,
            span: Span::default(),
        };
        Ok(self.finish(s, line, col))
    }

    fn for_stmt(&mut self, line: u32, is_async: bool) -> CResult<Stmt> {
        self.advance();
        let target = self.exprlist()?;
        check_target(&target, "assign to")?;
        self.expect_kw("in")?;
        let iter = self.testlist_star()?;
        self.expect_op(":")?;
        let body = self.block_after("'for' statement", line)?;
        let orelse = self.else_block()?;
        Ok(Stmt {
            kind: StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            },
            line,
            span: Span::default(),
        })
    }

    fn try_stmt(&mut self) -> CResult<Stmt> {
        let line = self.line();
        self.advance();
        self.expect_op(":")?;
        let body = self.block_after("'try' statement", line)?;
        let mut handlers = Vec::new();
        while self.at_kw("except") {
            let (hline, hcol) = (self.line(), self.col());
            self.advance();
            if self.at_op("*") {
                return Err(self.error_here("except* is not supported by krait's compiler"));
            }
            let mut typ = None;
            let mut name = None;
            if !self.at_op(":") {
                typ = Some(self.testlist_star()?);
                if self.eat_kw("as") {
                    name = Some(self.name()?);
                }
            }
            self.expect_op(":")?;
            let hbody = self.block_after("'except' statement", hline)?;
            handlers.push(ExceptHandler {
                typ,
                name,
                body: hbody,
                line: hline,
                span: self.span_from(hline, hcol),
            });
        }
        let orelse = self.else_block()?;
        let fline = self.line();
        let finalbody = if self.eat_kw("finally") {
            self.expect_op(":")?;
            self.block_after("'finally' statement", fline)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            return Err(self.error_here("expected 'except' or 'finally' block"));
        }
        Ok(Stmt {
            kind: StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            },
            line,
            span: Span::default(),
        })
    }

    fn with_stmt(&mut self, line: u32, is_async: bool) -> CResult<Stmt> {
        self.advance();
        let mut items = Vec::new();
        let paren = self.at_op("(") && self.paren_with_items();
        if paren {
            self.advance();
        }
        loop {
            if paren && self.at_op(")") {
                break;
            }
            let ctx = self.test()?;
            let target = if self.eat_kw("as") {
                let t = self.star_or_target()?;
                check_target(&t, "assign to")?;
                Some(t)
            } else {
                None
            };
            items.push(WithItem { ctx, target });
            if !self.eat_op(",") {
                break;
            }
        }
        if paren {
            self.expect_op(")")?;
        }
        self.expect_op(":")?;
        let body = self.block_after("'with' statement", line)?;
        Ok(Stmt {
            kind: StmtKind::With {
                items,
                body,
                is_async,
            },
            line,
            span: Span::default(),
        })
    }

    /// Whether `with (` opens a parenthesized item list (3.10+) rather than an expression:
    /// the matching `)` is followed by `:`, and an `as` or a top-level comma is inside.
    fn paren_with_items(&self) -> bool {
        let mut depth = 0;
        let mut k = 0;
        let mut saw = false;
        loop {
            match self.peek_at(k) {
                Tok::Op("(") | Tok::Op("[") | Tok::Op("{") => depth += 1,
                Tok::Op(")") | Tok::Op("]") | Tok::Op("}") => {
                    depth -= 1;
                    if depth == 0 {
                        return saw && matches!(self.peek_at(k + 1), Tok::Op(":"));
                    }
                }
                Tok::Op(",") if depth == 1 => saw = true,
                Tok::Name(n) if n == "as" && depth == 1 => saw = true,
                Tok::EndMarker | Tok::Newline => return false,
                _ => {}
            }
            k += 1;
        }
    }

    fn star_or_target(&mut self) -> CResult<Expr> {
        self.bitor()
    }

    fn decorated(&mut self) -> CResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat_op("@") {
            decorators.push(self.named()?);
            if !matches!(self.peek(), Tok::Newline) {
                return Err(self.error_here("invalid syntax"));
            }
            self.advance();
        }
        if self.at_kw("def") {
            self.funcdef(decorators, false)
        } else if self.at_kw("class") {
            self.classdef(decorators)
        } else if self.eat_kw("async") {
            self.funcdef(decorators, true)
        } else {
            Err(self.error_here("invalid syntax"))
        }
    }

    fn funcdef(&mut self, decorators: Vec<Expr>, is_async: bool) -> CResult<Stmt> {
        let (line, col) = (self.line(), self.col());
        self.expect_kw("def")?;
        let name = self.name()?;
        let scope = self.new_scope();
        self.expect_op("(")?;
        let args = self.parameters(")", true)?;
        self.expect_op(")")?;
        let returns = if self.eat_op("->") {
            Some(self.test()?)
        } else {
            None
        };
        self.expect_op(":")?;
        let body = self.block_after("function definition", line)?;
        let s = Stmt {
            kind: StmtKind::FunctionDef {
                name,
                args: Box::new(args),
                body,
                decorators,
                returns,
                scope,
                is_async,
            },
            line,
            span: Span::default(),
        };
        Ok(self.finish(s, line, col))
    }

    fn classdef(&mut self, decorators: Vec<Expr>) -> CResult<Stmt> {
        let (line, col) = (self.line(), self.col());
        self.expect_kw("class")?;
        let name = self.name()?;
        let scope = self.new_scope();
        let (bases, keywords) = if self.eat_op("(") {
            let r = self.arglist()?;
            self.expect_op(")")?;
            r
        } else {
            (Vec::new(), Vec::new())
        };
        self.expect_op(":")?;
        let body = self.block_after("class definition", line)?;
        let s = Stmt {
            kind: StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorators,
                scope,
            },
            line,
            span: Span::default(),
        };
        Ok(self.finish(s, line, col))
    }

    fn small_stmt(&mut self) -> CResult<Stmt> {
        let (line, col) = (self.line(), self.col());
        let s = self.small_stmt_inner()?;
        Ok(self.finish(s, line, col))
    }

    fn small_stmt_inner(&mut self) -> CResult<Stmt> {
        let line = self.line();
        let kw = match self.peek() {
            Tok::Name(n) => n.clone(),
            _ => String::new(),
        };
        let kind = match kw.as_str() {
            "pass" => {
                self.advance();
                StmtKind::Pass
            }
            "break" => {
                self.advance();
                StmtKind::Break
            }
            "continue" => {
                self.advance();
                StmtKind::Continue
            }
            "return" => {
                self.advance();
                let v = if self.starts_expr() {
                    Some(self.testlist_star()?)
                } else {
                    None
                };
                StmtKind::Return(v)
            }
            "raise" => {
                self.advance();
                let mut exc = None;
                let mut cause = None;
                if self.starts_expr() {
                    exc = Some(self.test()?);
                    if self.eat_kw("from") {
                        cause = Some(self.test()?);
                    }
                }
                StmtKind::Raise { exc, cause }
            }
            "global" | "nonlocal" => {
                self.advance();
                let mut names = vec![self.name()?];
                while self.eat_op(",") {
                    names.push(self.name()?);
                }
                if kw == "global" {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            "del" => {
                self.advance();
                let t = self.exprlist()?;
                let targets = match t.kind {
                    ExprKind::Tuple(items) => items,
                    _ => vec![t],
                };
                for t in &targets {
                    check_target(t, "delete")?;
                }
                StmtKind::Delete(targets)
            }
            "assert" => {
                self.advance();
                let test = self.test()?;
                let msg = if self.eat_op(",") {
                    Some(self.test()?)
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            "import" => {
                self.advance();
                let mut names = Vec::new();
                loop {
                    let (aline, acol) = (self.line(), self.col());
                    let name = self.dotted_name()?;
                    let asname = if self.eat_kw("as") {
                        Some(self.name()?)
                    } else {
                        None
                    };
                    names.push(Alias {
                        name,
                        asname,
                        span: self.span_from(aline, acol),
                    });
                    if !self.eat_op(",") {
                        break;
                    }
                }
                StmtKind::Import(names)
            }
            "from" => self.import_from()?,
            _ => return self.expr_stmt(),
        };
        Ok(Stmt {
            kind,
            line,
            span: Span::default(),
        })
    }

    fn dotted_name(&mut self) -> CResult<String> {
        let mut n = self.name()?;
        while self.eat_op(".") {
            n.push('.');
            n.push_str(&self.name()?);
        }
        Ok(n)
    }

    fn import_from(&mut self) -> CResult<StmtKind> {
        self.advance();
        let mut level = 0;
        loop {
            if self.eat_op(".") {
                level += 1;
            } else if self.eat_op("...") {
                level += 3;
            } else {
                break;
            }
        }
        let module = if self.at_kw("import") {
            None
        } else {
            Some(self.dotted_name()?)
        };
        self.expect_kw("import")?;
        let mut names = Vec::new();
        let (sline, scol) = (self.line(), self.col());
        if self.eat_op("*") {
            names.push(Alias {
                name: "*".into(),
                asname: None,
                span: self.span_from(sline, scol),
            });
        } else {
            let paren = self.eat_op("(");
            loop {
                if paren && self.at_op(")") {
                    break;
                }
                let (aline, acol) = (self.line(), self.col());
                let name = self.name()?;
                let asname = if self.eat_kw("as") {
                    Some(self.name()?)
                } else {
                    None
                };
                names.push(Alias {
                    name,
                    asname,
                    span: self.span_from(aline, acol),
                });
                if !self.eat_op(",") {
                    break;
                }
            }
            if paren {
                self.expect_op(")")?;
            }
            if names.is_empty() {
                return Err(self.error_here("invalid syntax"));
            }
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    fn expr_stmt(&mut self) -> CResult<Stmt> {
        let line = self.line();
        if matches!(self.peek(), Tok::Name(_)) && matches!(self.peek_at(1), Tok::Op(":=")) {
            self.advance();
            return Err(self.error_here("invalid syntax"));
        }
        if let Tok::Name(n) = self.peek().clone() {
            if (n == "print" || n == "exec")
                && matches!(
                    self.peek_at(1),
                    Tok::Str { .. } | Tok::Number(_) | Tok::Name(_)
                )
            {
                let (l, c) = (self.line(), self.col());
                if !matches!(self.peek_at(1), Tok::Name(k) if super::KEYWORDS.contains(&k.as_str()))
                {
                    return Err(CompileError::syntax(
                        format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?"),
                        l,
                        c + 1,
                    ));
                }
            }
        }
        let first = if self.at_kw("yield") {
            self.yield_expr()?
        } else {
            self.testlist_star()?
        };
        // Annotated assignment.
        if self.at_op(":") {
            self.advance();
            let simple = matches!(first.kind, ExprKind::Name(_)) && !self.was_parenthesized(&first);
            match &first.kind {
                ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
                ExprKind::Tuple(_) => {
                    return Err(CompileError::syntax(
                        "only single target (not tuple) can be annotated",
                        first.line,
                        first.col + 1,
                    ))
                }
                _ => {
                    return Err(CompileError::syntax(
                        "illegal target for annotation",
                        first.line,
                        first.col + 1,
                    ))
                }
            }
            let annotation = self.test()?;
            let value = if self.eat_op("=") {
                Some(if self.at_kw("yield") {
                    self.yield_expr()?
                } else {
                    self.testlist_star()?
                })
            } else {
                None
            };
            return Ok(Stmt {
                kind: StmtKind::AnnAssign {
                    target: first,
                    annotation,
                    value,
                    simple,
                },
                line,
                span: Span::default(),
            });
        }
        if let Tok::Op(op) = self.peek().clone() {
            if let Some(bop) = aug_op(op) {
                self.advance();
                match &first.kind {
                    ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                    }
                    _ => {
                        return Err(CompileError::syntax(
                            format!(
                                "'{}' is an illegal expression for augmented assignment",
                                describe(&first)
                            ),
                            first.line,
                            first.col + 1,
                        ))
                    }
                }
                let value = if self.at_kw("yield") {
                    self.yield_expr()?
                } else {
                    self.testlist_star()?
                };
                return Ok(Stmt {
                    kind: StmtKind::AugAssign {
                        target: first,
                        op: bop,
                        value,
                    },
                    line,
                    span: Span::default(),
                });
            }
        }
        if self.at_op("=") {
            let mut targets = vec![first];
            let mut value;
            loop {
                self.advance();
                value = if self.at_kw("yield") {
                    self.yield_expr()?
                } else {
                    self.testlist_star()?
                };
                if !self.at_op("=") {
                    break;
                }
                targets.push(value);
            }
            check_assign_targets(&targets)?;
            return Ok(Stmt {
                kind: StmtKind::Assign { targets, value },
                line,
                span: Span::default(),
            });
        }
        Ok(Stmt {
            kind: StmtKind::Expr(first),
            line,
            span: Span::default(),
        })
    }

    /// Approximation: a name target is parenthesized when the token before `:` is `)`.
    fn was_parenthesized(&self, _e: &Expr) -> bool {
        matches!(
            self.toks.get(self.pos.wrapping_sub(2)).map(|t| &t.tok),
            Some(Tok::Op(")"))
        )
    }
}

fn aug_op(op: &str) -> Option<BinOp> {
    Some(match op {
        "+=" => BinOp::Add,
        "-=" => BinOp::Sub,
        "*=" => BinOp::Mult,
        "@=" => BinOp::MatMult,
        "/=" => BinOp::Div,
        "%=" => BinOp::Mod,
        "**=" => BinOp::Pow,
        "<<=" => BinOp::LShift,
        ">>=" => BinOp::RShift,
        "|=" => BinOp::BitOr,
        "^=" => BinOp::BitXor,
        "&=" => BinOp::BitAnd,
        "//=" => BinOp::FloorDiv,
        _ => return None,
    })
}

/// Checks an assignment (or `del`) target, with CPython's messages.
pub fn check_target(e: &Expr, verb: &str) -> CResult<()> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            for i in items {
                check_target(i, verb)?;
            }
            Ok(())
        }
        ExprKind::Starred(inner) if verb != "delete" => check_target(inner, verb),
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) if verb == "assign to" => {
            Err(CompileError::syntax(
                "assignment to yield expression not possible",
                e.line,
                e.col + 1,
            ))
        }
        _ => Err(CompileError::syntax(
            format!("cannot {verb} {}", describe(e)),
            e.line,
            e.col + 1,
        )),
    }
}

/// `T = v` with a single invalid target that is a plain operand expression gets CPython's
/// "here. Maybe you meant '==' instead of '='?" form.
fn check_assign_targets(targets: &[Expr]) -> CResult<()> {
    if let [t] = targets {
        let plain = !matches!(
            t.kind,
            ExprKind::Tuple(_)
                | ExprKind::List(_)
                | ExprKind::GeneratorExp { .. }
                | ExprKind::Const(Constant::None | Constant::True | Constant::False)
                | ExprKind::Compare { .. }
                | ExprKind::BoolOp { .. }
                | ExprKind::IfExp { .. }
                | ExprKind::Lambda { .. }
                | ExprKind::NamedExpr { .. }
                | ExprKind::Starred(_)
                | ExprKind::Yield(_)
                | ExprKind::YieldFrom(_)
                | ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    ..
                }
        );
        if plain && check_target(t, "assign to").is_err() {
            return Err(CompileError::syntax(
                format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    describe(t)
                ),
                t.line,
                t.col + 1,
            ));
        }
    }
    for t in targets {
        check_target(t, "assign to")?;
    }
    Ok(())
}
