//! Statements (`try`, `with` and the unwinding of `return`/`break`/`continue` are in
//! `blocks.rs`).

use krait_loader::asm::{Arg, Value};
use krait_loader::opcodes::Op;

use super::{s, wstr, Compiler, FBlock};
use crate::ast::*;
use crate::error::{CResult, CompileError};
use crate::symtable::ScopeKind;

impl Compiler<'_> {
    pub fn body(&mut self, stmts: &[Stmt]) -> CResult<()> {
        for st in stmts {
            self.stmt(st)?;
        }
        Ok(())
    }

    pub fn stmt(&mut self, st: &Stmt) -> CResult<()> {
        self.set_line(st.line);
        match &st.kind {
            StmtKind::Expr(e) => {
                if self.interactive && self.units.len() == 1 {
                    self.expr(e)?;
                    self.op(Op::PRINT_EXPR);
                } else if matches!(e.kind, ExprKind::Const(_)) {
                    self.op(Op::NOP);
                } else {
                    self.expr(e)?;
                    self.op(Op::POP_TOP);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (k, t) in targets.iter().enumerate() {
                    if k + 1 < targets.len() {
                        self.opi(Op::COPY, 1);
                    }
                    self.store_target(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store_target(target)?;
                }
                let kind = self.scope_kind();
                if *simple && matches!(kind, ScopeKind::Module | ScopeKind::Class) {
                    if let ExprKind::Name(n) = &target.kind {
                        self.expr(annotation)?;
                        self.emit(
                            Op::LOAD_NAME,
                            Arg::Name {
                                flags: 0,
                                name: s("__annotations__"),
                            },
                        );
                        self.load_const(Value::Str(s(&mangle_none(n))));
                        self.op(Op::STORE_SUBSCR);
                    }
                } else if matches!(kind, ScopeKind::Module | ScopeKind::Class) {
                    self.expr(annotation)?;
                    self.op(Op::POP_TOP);
                }
            }
            StmtKind::Pass => self.op(Op::NOP),
            StmtKind::Break => self.break_continue(st, true)?,
            StmtKind::Continue => self.break_continue(st, false)?,
            StmtKind::Return(v) => self.return_(st, v.as_ref())?,
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(t)?;
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => self.op(Op::NOP),
            StmtKind::If { test, body, orelse } => {
                let other = self.label();
                self.expr(test)?;
                self.pop_jump_if(false, other);
                self.body(body)?;
                if orelse.is_empty() {
                    self.bind(other);
                } else {
                    let end = self.label();
                    self.jump(end);
                    self.bind(other);
                    self.body(orelse)?;
                    self.bind(end);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.label();
                let exit = self.label();
                let end = self.label();
                self.bind(start);
                self.expr(test)?;
                self.pop_jump_if(false, exit);
                self.push_fblock(FBlock::While { start, end }, false);
                self.body(body)?;
                self.pop_fblock();
                self.set_line(st.line);
                self.jump(start);
                self.bind(exit);
                self.body(orelse)?;
                self.bind(end);
            }
            StmtKind::For { is_async: true, .. } | StmtKind::With { is_async: true, .. } => {
                return Err(CompileError::syntax(
                    "async for/with are not supported by krait's compiler",
                    st.line,
                    1,
                ));
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                let start = self.label();
                let exit = self.label();
                let end = self.label();
                self.expr(iter)?;
                self.op(Op::GET_ITER);
                self.bind(start);
                self.set_line(st.line);
                self.emit(Op::FOR_ITER, Arg::Label(exit));
                self.store_target(target)?;
                self.push_fblock(FBlock::For { start, end }, false);
                self.body(body)?;
                self.pop_fblock();
                self.set_line(st.line);
                self.jump(start);
                self.bind(exit);
                self.body(orelse)?;
                self.bind(end);
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_line(st.line);
                self.opi(Op::RAISE_VARARGS, n);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::With { items, body, .. } => self.with(items, body, st.line)?,
            StmtKind::Assert { test, msg } => {
                let end = self.label();
                self.expr(test)?;
                self.pop_jump_if(true, end);
                self.emit(Op::LOAD_ASSERTION_ERROR, Arg::None);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.opi(Op::PRECALL, 0);
                    self.opi(Op::CALL, 0);
                }
                self.opi(Op::RAISE_VARARGS, 1);
                self.bind(end);
            }
            StmtKind::Import(names) => {
                for a in names {
                    self.load_const(Value::Int(0.into()));
                    self.load_const(Value::None);
                    self.emit(
                        Op::IMPORT_NAME,
                        Arg::Name {
                            flags: 0,
                            name: s(&a.name),
                        },
                    );
                    match &a.asname {
                        Some(asname) => {
                            let parts: Vec<&str> = a.name.split('.').collect();
                            for p in &parts[1..] {
                                self.emit(
                                    Op::IMPORT_FROM,
                                    Arg::Name {
                                        flags: 0,
                                        name: s(p),
                                    },
                                );
                                self.opi(Op::SWAP, 2);
                                self.op(Op::POP_TOP);
                            }
                            self.store_name(asname);
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap_or("");
                            self.store_name(top);
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.load_const(Value::Int((*level).into()));
                let fromlist = names
                    .iter()
                    .map(|a| Value::Str(s(&a.name)).into())
                    .collect();
                self.load_const(Value::Tuple(fromlist));
                self.emit(
                    Op::IMPORT_NAME,
                    Arg::Name {
                        flags: 0,
                        name: s(module.as_deref().unwrap_or("")),
                    },
                );
                if names.len() == 1 && names[0].name == "*" {
                    self.op(Op::IMPORT_STAR);
                } else {
                    for a in names {
                        self.emit(
                            Op::IMPORT_FROM,
                            Arg::Name {
                                flags: 0,
                                name: s(&a.name),
                            },
                        );
                        self.store_name(a.asname.as_deref().unwrap_or(&a.name));
                    }
                    self.op(Op::POP_TOP);
                }
            }
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorators,
                returns,
                scope,
                is_async,
            } => {
                if *is_async {
                    return Err(CompileError::syntax(
                        "'async def' is not supported by krait's compiler",
                        st.line,
                        1,
                    ));
                }
                self.funcdef(st, name, args, body, decorators, returns.as_ref(), *scope)?;
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorators,
                scope,
            } => {
                self.classdef(st, name, bases, keywords, body, decorators, *scope)?;
            }
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &Expr, op: BinOp, value: &Expr) -> CResult<()> {
        let nb = op.nb() + 13;
        match &target.kind {
            ExprKind::Name(n) => {
                self.load_name(n);
                self.expr(value)?;
                self.set_line(target.line);
                self.opi(Op::BINARY_OP, nb);
                self.store_name(n);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.opi(Op::COPY, 1);
                self.emit(
                    Op::LOAD_ATTR,
                    Arg::Name {
                        flags: 0,
                        name: s(attr),
                    },
                );
                self.expr(value)?;
                self.set_line(target.line);
                self.opi(Op::BINARY_OP, nb);
                self.opi(Op::SWAP, 2);
                self.emit(
                    Op::STORE_ATTR,
                    Arg::Name {
                        flags: 0,
                        name: s(attr),
                    },
                );
            }
            ExprKind::Subscript { value: obj, index } => {
                self.expr(obj)?;
                self.expr(index)?;
                self.opi(Op::COPY, 2);
                self.opi(Op::COPY, 2);
                self.op(Op::BINARY_SUBSCR);
                self.expr(value)?;
                self.set_line(target.line);
                self.opi(Op::BINARY_OP, nb);
                self.opi(Op::SWAP, 3);
                self.opi(Op::SWAP, 2);
                self.op(Op::STORE_SUBSCR);
            }
            _ => {
                return Err(CompileError::syntax(
                    "illegal expression for augmented assignment",
                    target.line,
                    target.col + 1,
                ))
            }
        }
        Ok(())
    }

    fn delete(&mut self, t: &Expr) -> CResult<()> {
        self.set_line(t.line);
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.emit(
                    Op::DELETE_ATTR,
                    Arg::Name {
                        flags: 0,
                        name: s(attr),
                    },
                );
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.op(Op::DELETE_SUBSCR);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete(i)?;
                }
            }
            _ => {
                return Err(CompileError::syntax(
                    format!("cannot delete {}", crate::parser::describe(t)),
                    t.line,
                    t.col + 1,
                ))
            }
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn funcdef(
        &mut self,
        st: &Stmt,
        name: &str,
        args: &Arguments,
        body: &[Stmt],
        decorators: &[Expr],
        returns: Option<&Expr>,
        scope: usize,
    ) -> CResult<()> {
        for d in decorators {
            self.expr(d)?;
        }
        self.set_line(st.line);
        let mut flags = self.defaults(args)?;
        // Annotations: a flat tuple of (name, value) pairs.
        let mut n_ann = 0;
        let ordered = args
            .posonly
            .iter()
            .chain(&args.args)
            .chain(args.vararg.iter())
            .chain(&args.kwonly)
            .chain(args.kwarg.iter());
        for a in ordered {
            if let Some(an) = &a.annotation {
                self.load_const(Value::Str(s(&a.name)));
                self.expr(an)?;
                n_ann += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Value::Str(s("return")));
            self.expr(r)?;
            n_ann += 1;
        }
        if n_ann > 0 {
            self.opi(Op::BUILD_TUPLE, n_ann * 2);
            flags |= 0x04;
        }
        let first_line = decorators.first().map_or(st.line, |d| d.line.min(st.line));
        self.enter(scope, name, first_line);
        self.set_line(st.line);
        // co_consts[0] is the docstring (or None).
        let doc = match body.first().map(|b| &b.kind) {
            Some(StmtKind::Expr(Expr {
                kind: ExprKind::Const(Constant::Str(d)),
                ..
            })) => Value::Str(wstr(d)),
            _ => Value::None,
        };
        self.u().b.add_const(doc.into());
        Compiler::signature(&mut self.u().b, args);
        self.body(body)?;
        self.load_const(Value::None);
        self.op(Op::RETURN_VALUE);
        let child = self.leave();
        self.set_line(st.line);
        self.make_function(child, scope, &format!("def{scope}"), flags);
        for _ in decorators {
            self.opi(Op::PRECALL, 0);
            self.opi(Op::CALL, 0);
        }
        self.store_name(name);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn classdef(
        &mut self,
        st: &Stmt,
        name: &str,
        bases: &[Expr],
        keywords: &[Keyword],
        body: &[Stmt],
        decorators: &[Expr],
        scope: usize,
    ) -> CResult<()> {
        for d in decorators {
            self.expr(d)?;
        }
        self.set_line(st.line);
        self.op(Op::PUSH_NULL);
        self.op(Op::LOAD_BUILD_CLASS);
        // The body function.
        self.enter(scope, name, st.line);
        self.load_name("__name__");
        self.emit(
            Op::STORE_NAME,
            Arg::Name {
                flags: 0,
                name: s("__module__"),
            },
        );
        let qual = self.st.scopes[scope].qualname.clone();
        self.load_const(Value::Str(s(&qual)));
        self.emit(
            Op::STORE_NAME,
            Arg::Name {
                flags: 0,
                name: s("__qualname__"),
            },
        );
        if body_has_annotations(body) {
            self.op(Op::SETUP_ANNOTATIONS);
        }
        if let Some(StmtKind::Expr(Expr {
            kind: ExprKind::Const(Constant::Str(d)),
            ..
        })) = body.first().map(|b| &b.kind)
        {
            self.load_const(Value::Str(wstr(d)));
            self.emit(
                Op::STORE_NAME,
                Arg::Name {
                    flags: 0,
                    name: s("__doc__"),
                },
            );
        }
        self.body(body)?;
        if self.st.scopes[scope].needs_class_cell {
            self.emit(Op::LOAD_CLOSURE, Arg::Free(s("__class__")));
            self.opi(Op::COPY, 1);
            self.emit(
                Op::STORE_NAME,
                Arg::Name {
                    flags: 0,
                    name: s("__classcell__"),
                },
            );
        } else {
            self.load_const(Value::None);
        }
        self.op(Op::RETURN_VALUE);
        let mut child = self.leave();
        child.flags = 0;
        self.set_line(st.line);
        self.make_function(child, scope, &format!("class{scope}"), 0);
        self.load_const(Value::Str(s(name)));
        // bases and keywords as a call.
        let call_args: Vec<Expr> = bases.to_vec();
        let plain = !call_args.iter().any(super::expr::is_starred)
            && keywords.iter().all(|k| k.arg.is_some());
        if plain {
            for b in bases {
                self.expr(b)?;
            }
            let mut names = Vec::new();
            for k in keywords {
                self.expr(&k.value)?;
                names.push(Value::Str(s(k.arg.as_deref().unwrap_or(""))).into());
            }
            let n = 2 + (bases.len() + keywords.len()) as u32;
            self.set_line(st.line);
            if !names.is_empty() {
                self.emit(Op::KW_NAMES, Arg::Const(Value::Tuple(names)));
            }
            self.opi(Op::PRECALL, n);
            self.opi(Op::CALL, n);
        } else {
            return Err(CompileError::syntax(
                "class bases with * or ** are not supported by krait's compiler",
                st.line,
                1,
            ));
        }
        for _ in decorators {
            self.opi(Op::PRECALL, 0);
            self.opi(Op::CALL, 0);
        }
        self.store_name(name);
        Ok(())
    }
}

fn mangle_none(n: &str) -> String {
    n.to_string()
}

/// Whether a module or class body has annotated names at its own level (blocks included,
/// nested scopes not).
pub fn body_has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|st| match &st.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => {
            body_has_annotations(body) || body_has_annotations(orelse)
        }
        StmtKind::With { body, .. } => body_has_annotations(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            body_has_annotations(body)
                || handlers.iter().any(|h| body_has_annotations(&h.body))
                || body_has_annotations(orelse)
                || body_has_annotations(finalbody)
        }
        _ => false,
    })
}
