//! The compiler's syntax tree as `_ast` node objects (`compile(..., PyCF_ONLY_AST)`,
//! i.e. `ast.parse`), field for field as CPython's `ast2obj_*` builds them: expression
//! contexts (`Load()`/`Store()`/`Del()`) are derived from where a node sits, missing
//! optional fields are None, missing list fields empty lists, and positions are
//! CPython's: 1-based lines and UTF-8 byte columns (the compiler counts characters).

use std::collections::HashMap;

use krait_compiler::ast::*;
use krait_object::error::{runtime_error, PyResult};
use krait_object::native::new_native;
use krait_object::protocol;
use krait_object::types::builtin_types;
use krait_object::types::bytes::new_bytes;
use krait_object::types::complex::new_complex;
use krait_object::types::list::new_list;
use krait_object::types::str::{new_str, new_str_data, StrData};
use krait_object::Value;

use super::AstNode;
use crate::vm::Vm;

thread_local! {
    static SINGLETONS: std::cell::RefCell<HashMap<&'static str, Value>> =
        std::cell::RefCell::new(HashMap::new());
}

/// What a parse produced, by compile mode.
pub enum Tree<'a> {
    Module(&'a [Stmt]),
    Interactive(&'a [Stmt]),
    Expression(&'a Expr),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    Load,
    Store,
    Del,
}

struct Conv<'a> {
    vm: &'a mut Vm,
    classes: HashMap<&'static str, Value>,
    module: Value,
    lines: Vec<&'a str>,
}

/// Converts a parse of `src` into a `Module`/`Interactive`/`Expression` node.
pub fn to_ast(vm: &mut Vm, tree: Tree<'_>, src: &str) -> PyResult<Value> {
    let module = crate::import::import_absolute(vm, "_ast")?;
    let mut c = Conv {
        vm,
        classes: HashMap::new(),
        module,
        lines: src.split('\n').collect(),
    };
    match tree {
        Tree::Module(body) => {
            let body = c.stmts(body)?;
            c.node(
                "Module",
                &[("body", body), ("type_ignores", new_list(vec![]))],
            )
        }
        Tree::Interactive(body) => {
            let body = c.stmts(body)?;
            c.node("Interactive", &[("body", body)])
        }
        Tree::Expression(e) => {
            let body = c.expr(e, Ctx::Load)?;
            c.node("Expression", &[("body", body)])
        }
    }
}

fn opt_str(s: &Option<String>) -> Value {
    s.as_deref().map_or(Value::None, new_str)
}

fn int(n: u32) -> Value {
    Value::Int(i64::from(n))
}

impl Conv<'_> {
    fn class(&mut self, name: &'static str) -> PyResult<Value> {
        if let Some(c) = self.classes.get(name) {
            return Ok(c.clone());
        }
        let c = protocol::getattr_str(self.vm, &self.module.clone(), name)?;
        self.classes.insert(name, c.clone());
        Ok(c)
    }

    /// A node of class `name` with these fields (in `_fields` order).
    fn node(&mut self, name: &'static str, fields: &[(&str, Value)]) -> PyResult<Value> {
        let cls = self.class(name)?;
        let Value::Obj(cls) = cls else {
            return Err(runtime_error(format!("_ast.{name} is not a class")));
        };
        let v = new_native(cls, AstNode);
        for (k, x) in fields {
            protocol::setattr(self.vm, &v, &new_str(k), Some(x.clone()))?;
        }
        Ok(v)
    }

    /// The UTF-8 byte offset of character column `col` on 1-based `line`.
    fn byte_col(&self, line: u32, col: u32) -> u32 {
        let Some(text) = self.lines.get(line.saturating_sub(1) as usize) else {
            return col;
        };
        if text.is_ascii() {
            return col;
        }
        let b = text
            .char_indices()
            .nth(col as usize)
            .map_or(text.len(), |(b, _)| b);
        u32::try_from(b).unwrap_or(u32::MAX)
    }

    /// Whether the string literal at this position has a `u` prefix (CPython's
    /// `Constant.kind`).
    fn u_prefixed(&self, line: u32, col: u32) -> bool {
        let Some(text) = self.lines.get(line.saturating_sub(1) as usize) else {
            return false;
        };
        let mut it = text.chars().skip(col as usize);
        it.next() == Some('u') && matches!(it.next(), Some('\'' | '"'))
    }

    /// A node with `lineno`, `col_offset`, `end_lineno`, `end_col_offset` after its fields.
    fn at(&mut self, name: &'static str, fields: &[(&str, Value)], s: Span) -> PyResult<Value> {
        let mut all: Vec<(&str, Value)> = fields.to_vec();
        all.push(("lineno", int(s.line)));
        all.push(("col_offset", int(self.byte_col(s.line, s.col))));
        all.push(("end_lineno", int(s.end_line)));
        all.push(("end_col_offset", int(self.byte_col(s.end_line, s.end_col))));
        self.node(name, &all)
    }

    fn stmts(&mut self, body: &[Stmt]) -> PyResult<Value> {
        let mut v = Vec::with_capacity(body.len());
        for s in body {
            v.push(self.stmt(s)?);
        }
        Ok(new_list(v))
    }

    fn exprs(&mut self, es: &[Expr], ctx: Ctx) -> PyResult<Value> {
        let mut v = Vec::with_capacity(es.len());
        for e in es {
            v.push(self.expr(e, ctx)?);
        }
        Ok(new_list(v))
    }

    fn opt(&mut self, e: Option<&Expr>) -> PyResult<Value> {
        match e {
            Some(e) => self.expr(e, Ctx::Load),
            None => Ok(Value::None),
        }
    }

    fn ctx(&mut self, ctx: Ctx) -> PyResult<Value> {
        let name = match ctx {
            Ctx::Load => "Load",
            Ctx::Store => "Store",
            Ctx::Del => "Del",
        };
        self.singleton(name)
    }

    /// Operator and context nodes: one shared instance per class for the thread, as
    /// CPython's `ast.parse` shares `Load()`, `Add()`, … between all trees.
    fn singleton(&mut self, name: &'static str) -> PyResult<Value> {
        if let Some(v) = SINGLETONS.with(|m| m.borrow().get(name).cloned()) {
            return Ok(v);
        }
        let v = self.node(name, &[])?;
        SINGLETONS.with(|m| m.borrow_mut().insert(name, v.clone()));
        Ok(v)
    }

    fn keywords(&mut self, ks: &[Keyword]) -> PyResult<Value> {
        let mut v = Vec::new();
        for k in ks {
            let value = self.expr(&k.value, Ctx::Load)?;
            v.push(self.at(
                "keyword",
                &[("arg", opt_str(&k.arg)), ("value", value)],
                k.span,
            )?);
        }
        Ok(new_list(v))
    }

    fn arg(&mut self, a: &Arg) -> PyResult<Value> {
        let ann = self.opt(a.annotation.as_ref())?;
        self.at(
            "arg",
            &[
                ("arg", new_str(&a.name)),
                ("annotation", ann),
                ("type_comment", Value::None),
            ],
            a.span,
        )
    }

    fn arg_list(&mut self, args: &[Arg]) -> PyResult<Value> {
        let mut v = Vec::new();
        for a in args {
            v.push(self.arg(a)?);
        }
        Ok(new_list(v))
    }

    fn arguments(&mut self, a: &Arguments) -> PyResult<Value> {
        let posonlyargs = self.arg_list(&a.posonly)?;
        let args = self.arg_list(&a.args)?;
        let vararg = match &a.vararg {
            Some(x) => self.arg(x)?,
            None => Value::None,
        };
        let kwonlyargs = self.arg_list(&a.kwonly)?;
        let mut kwd = Vec::new();
        for d in &a.kw_defaults {
            kwd.push(self.opt(d.as_ref())?);
        }
        let kwarg = match &a.kwarg {
            Some(x) => self.arg(x)?,
            None => Value::None,
        };
        let defaults = self.exprs(&a.defaults, Ctx::Load)?;
        self.node(
            "arguments",
            &[
                ("posonlyargs", posonlyargs),
                ("args", args),
                ("vararg", vararg),
                ("kwonlyargs", kwonlyargs),
                ("kw_defaults", new_list(kwd)),
                ("kwarg", kwarg),
                ("defaults", defaults),
            ],
        )
    }

    fn comprehensions(&mut self, gens: &[Comprehension]) -> PyResult<Value> {
        let mut v = Vec::new();
        for g in gens {
            let target = self.expr(&g.target, Ctx::Store)?;
            let iter = self.expr(&g.iter, Ctx::Load)?;
            let ifs = self.exprs(&g.ifs, Ctx::Load)?;
            v.push(self.node(
                "comprehension",
                &[
                    ("target", target),
                    ("iter", iter),
                    ("ifs", ifs),
                    ("is_async", Value::Int(i64::from(g.is_async))),
                ],
            )?);
        }
        Ok(new_list(v))
    }

    fn constant(&mut self, c: &Constant) -> Value {
        match c {
            Constant::None => Value::None,
            Constant::True => Value::Bool(true),
            Constant::False => Value::Bool(false),
            Constant::Ellipsis => builtin_types().ellipsis.clone(),
            Constant::Int(n) => Value::from_bigint(n.clone()),
            Constant::Float(f) => Value::Float(*f),
            Constant::Complex(im) => new_complex(0.0, *im),
            Constant::Str(s) => new_str_data(StrData::from_wtf8(s)),
            Constant::Bytes(b) => new_bytes(b.clone()),
        }
    }
}

mod exprs;
mod stmts;
