//! Statements into `_ast.stmt` nodes.

use krait_compiler::ast::*;
use krait_object::error::PyResult;
use krait_object::types::list::new_list;
use krait_object::types::str::new_str;
use krait_object::Value;

use super::exprs::binop_name;
use super::{int, opt_str, Conv, Ctx};

impl Conv<'_> {
    fn aliases(&mut self, names: &[Alias]) -> PyResult<Value> {
        let mut v = Vec::new();
        for a in names {
            v.push(self.at(
                "alias",
                &[("name", new_str(&a.name)), ("asname", opt_str(&a.asname))],
                a.span,
            )?);
        }
        Ok(new_list(v))
    }

    fn names(names: &[String]) -> Value {
        new_list(names.iter().map(|n| new_str(n)).collect())
    }

    pub(super) fn stmt(&mut self, s: &Stmt) -> PyResult<Value> {
        let sp = s.span;
        let tc = ("type_comment", Value::None);
        match &s.kind {
            StmtKind::Expr(e) => {
                let v = self.expr(e, Ctx::Load)?;
                self.at("Expr", &[("value", v)], sp)
            }
            StmtKind::Assign { targets, value } => {
                let t = self.exprs(targets, Ctx::Store)?;
                let v = self.expr(value, Ctx::Load)?;
                self.at("Assign", &[("targets", t), ("value", v), tc], sp)
            }
            StmtKind::AugAssign { target, op, value } => {
                let t = self.expr(target, Ctx::Store)?;
                let o = self.singleton(binop_name(*op))?;
                let v = self.expr(value, Ctx::Load)?;
                self.at("AugAssign", &[("target", t), ("op", o), ("value", v)], sp)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                let t = self.expr(target, Ctx::Store)?;
                let a = self.expr(annotation, Ctx::Load)?;
                let v = self.opt(value.as_ref())?;
                self.at(
                    "AnnAssign",
                    &[
                        ("target", t),
                        ("annotation", a),
                        ("value", v),
                        ("simple", Value::Int(i64::from(*simple))),
                    ],
                    sp,
                )
            }
            StmtKind::Pass => self.at("Pass", &[], sp),
            StmtKind::Break => self.at("Break", &[], sp),
            StmtKind::Continue => self.at("Continue", &[], sp),
            StmtKind::Return(v) => {
                let v = self.opt(v.as_ref())?;
                self.at("Return", &[("value", v)], sp)
            }
            StmtKind::Delete(targets) => {
                let t = self.exprs(targets, Ctx::Del)?;
                self.at("Delete", &[("targets", t)], sp)
            }
            StmtKind::Global(n) => self.at("Global", &[("names", Self::names(n))], sp),
            StmtKind::Nonlocal(n) => self.at("Nonlocal", &[("names", Self::names(n))], sp),
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                let name = if matches!(s.kind, StmtKind::If { .. }) {
                    "If"
                } else {
                    "While"
                };
                let t = self.expr(test, Ctx::Load)?;
                let b = self.stmts(body)?;
                let o = self.stmts(orelse)?;
                self.at(name, &[("test", t), ("body", b), ("orelse", o)], sp)
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                let t = self.expr(target, Ctx::Store)?;
                let i = self.expr(iter, Ctx::Load)?;
                let b = self.stmts(body)?;
                let o = self.stmts(orelse)?;
                self.at(
                    if *is_async { "AsyncFor" } else { "For" },
                    &[("target", t), ("iter", i), ("body", b), ("orelse", o), tc],
                    sp,
                )
            }
            StmtKind::Raise { exc, cause } => {
                let e = self.opt(exc.as_ref())?;
                let c = self.opt(cause.as_ref())?;
                self.at("Raise", &[("exc", e), ("cause", c)], sp)
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                let b = self.stmts(body)?;
                let mut hs = Vec::new();
                for h in handlers {
                    let t = self.opt(h.typ.as_ref())?;
                    let hb = self.stmts(&h.body)?;
                    hs.push(self.at(
                        "ExceptHandler",
                        &[("type", t), ("name", opt_str(&h.name)), ("body", hb)],
                        h.span,
                    )?);
                }
                let o = self.stmts(orelse)?;
                let f = self.stmts(finalbody)?;
                self.at(
                    "Try",
                    &[
                        ("body", b),
                        ("handlers", new_list(hs)),
                        ("orelse", o),
                        ("finalbody", f),
                    ],
                    sp,
                )
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                let mut its = Vec::new();
                for it in items {
                    let c = self.expr(&it.ctx, Ctx::Load)?;
                    let v = match &it.target {
                        Some(t) => self.expr(t, Ctx::Store)?,
                        None => Value::None,
                    };
                    its.push(self.node("withitem", &[("context_expr", c), ("optional_vars", v)])?);
                }
                let b = self.stmts(body)?;
                let name = if *is_async { "AsyncWith" } else { "With" };
                self.at(name, &[("items", new_list(its)), ("body", b), tc], sp)
            }
            StmtKind::Assert { test, msg } => {
                let t = self.expr(test, Ctx::Load)?;
                let m = self.opt(msg.as_ref())?;
                self.at("Assert", &[("test", t), ("msg", m)], sp)
            }
            StmtKind::Import(names) => {
                let n = self.aliases(names)?;
                self.at("Import", &[("names", n)], sp)
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                let n = self.aliases(names)?;
                self.at(
                    "ImportFrom",
                    &[
                        ("module", opt_str(module)),
                        ("names", n),
                        ("level", int(*level)),
                    ],
                    sp,
                )
            }
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorators,
                returns,
                is_async,
                ..
            } => {
                let a = self.arguments(args)?;
                let b = self.stmts(body)?;
                let d = self.exprs(decorators, Ctx::Load)?;
                let r = self.opt(returns.as_ref())?;
                let cls = if *is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                };
                self.at(
                    cls,
                    &[
                        ("name", new_str(name)),
                        ("args", a),
                        ("body", b),
                        ("decorator_list", d),
                        ("returns", r),
                        tc,
                    ],
                    sp,
                )
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorators,
                ..
            } => {
                let ba = self.exprs(bases, Ctx::Load)?;
                let k = self.keywords(keywords)?;
                let b = self.stmts(body)?;
                let d = self.exprs(decorators, Ctx::Load)?;
                self.at(
                    "ClassDef",
                    &[
                        ("name", new_str(name)),
                        ("bases", ba),
                        ("keywords", k),
                        ("body", b),
                        ("decorator_list", d),
                    ],
                    sp,
                )
            }
        }
    }
}
