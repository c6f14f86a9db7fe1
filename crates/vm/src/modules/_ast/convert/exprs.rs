//! Expressions into `_ast.expr` nodes.

use krait_compiler::ast::*;
use krait_object::error::PyResult;
use krait_object::types::list::new_list;
use krait_object::types::str::new_str;
use krait_object::Value;

use super::{Conv, Ctx};

fn span(e: &Expr) -> Span {
    Span {
        line: e.line,
        col: e.col,
        end_line: e.end_line,
        end_col: e.end_col,
    }
}

pub(super) fn binop_name(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "Add",
        BinOp::Sub => "Sub",
        BinOp::Mult => "Mult",
        BinOp::MatMult => "MatMult",
        BinOp::Div => "Div",
        BinOp::Mod => "Mod",
        BinOp::Pow => "Pow",
        BinOp::LShift => "LShift",
        BinOp::RShift => "RShift",
        BinOp::BitOr => "BitOr",
        BinOp::BitXor => "BitXor",
        BinOp::BitAnd => "BitAnd",
        BinOp::FloorDiv => "FloorDiv",
    }
}

fn cmpop_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "Lt",
        CmpOp::LtE => "LtE",
        CmpOp::Eq => "Eq",
        CmpOp::NotEq => "NotEq",
        CmpOp::Gt => "Gt",
        CmpOp::GtE => "GtE",
        CmpOp::Is => "Is",
        CmpOp::IsNot => "IsNot",
        CmpOp::In => "In",
        CmpOp::NotIn => "NotIn",
    }
}

impl Conv<'_> {
    pub(super) fn expr(&mut self, e: &Expr, ctx: Ctx) -> PyResult<Value> {
        let sp = span(e);
        match &e.kind {
            ExprKind::Name(n) => {
                let c = self.ctx(ctx)?;
                self.at("Name", &[("id", new_str(n)), ("ctx", c)], sp)
            }
            ExprKind::Const(c) => {
                let v = self.constant(c);
                let kind = if matches!(c, Constant::Str(_)) && self.u_prefixed(e.line, e.col) {
                    new_str("u")
                } else {
                    Value::None
                };
                self.at("Constant", &[("value", v), ("kind", kind)], sp)
            }
            ExprKind::JoinedStr(parts) => {
                let values = self.exprs(parts, Ctx::Load)?;
                self.at("JoinedStr", &[("values", values)], sp)
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                spec,
            } => {
                let v = self.expr(value, Ctx::Load)?;
                let conv = conversion.map_or(-1, |c| c as i64);
                let spec = match spec {
                    Some(s) => match &s.kind {
                        ExprKind::JoinedStr(_) => self.expr(s, Ctx::Load)?,
                        _ => {
                            let inner = self.expr(s, Ctx::Load)?;
                            self.at("JoinedStr", &[("values", new_list(vec![inner]))], span(s))?
                        }
                    },
                    None => Value::None,
                };
                self.at(
                    "FormattedValue",
                    &[
                        ("value", v),
                        ("conversion", Value::Int(conv)),
                        ("format_spec", spec),
                    ],
                    sp,
                )
            }
            ExprKind::Attribute { value, attr } => {
                let v = self.expr(value, Ctx::Load)?;
                let c = self.ctx(ctx)?;
                self.at(
                    "Attribute",
                    &[("value", v), ("attr", new_str(attr)), ("ctx", c)],
                    sp,
                )
            }
            ExprKind::Subscript { value, index } => {
                let v = self.expr(value, Ctx::Load)?;
                let s = self.expr(index, Ctx::Load)?;
                let c = self.ctx(ctx)?;
                self.at("Subscript", &[("value", v), ("slice", s), ("ctx", c)], sp)
            }
            ExprKind::Slice { lower, upper, step } => {
                let l = self.opt(lower.as_deref())?;
                let u = self.opt(upper.as_deref())?;
                let s = self.opt(step.as_deref())?;
                self.at("Slice", &[("lower", l), ("upper", u), ("step", s)], sp)
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                let f = self.expr(func, Ctx::Load)?;
                let a = self.exprs(args, Ctx::Load)?;
                let k = self.keywords(keywords)?;
                self.at("Call", &[("func", f), ("args", a), ("keywords", k)], sp)
            }
            ExprKind::UnaryOp { op, operand } => {
                let o = self.singleton(match op {
                    UnaryOp::Invert => "Invert",
                    UnaryOp::Not => "Not",
                    UnaryOp::UAdd => "UAdd",
                    UnaryOp::USub => "USub",
                })?;
                let v = self.expr(operand, Ctx::Load)?;
                self.at("UnaryOp", &[("op", o), ("operand", v)], sp)
            }
            ExprKind::BinOp { op, left, right } => {
                let l = self.expr(left, Ctx::Load)?;
                let o = self.singleton(binop_name(*op))?;
                let r = self.expr(right, Ctx::Load)?;
                self.at("BinOp", &[("left", l), ("op", o), ("right", r)], sp)
            }
            ExprKind::BoolOp { is_and, values } => {
                let o = self.singleton(if *is_and { "And" } else { "Or" })?;
                let v = self.exprs(values, Ctx::Load)?;
                self.at("BoolOp", &[("op", o), ("values", v)], sp)
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                let l = self.expr(left, Ctx::Load)?;
                let mut o = Vec::new();
                for op in ops {
                    o.push(self.singleton(cmpop_name(*op))?);
                }
                let c = self.exprs(comparators, Ctx::Load)?;
                self.at(
                    "Compare",
                    &[("left", l), ("ops", new_list(o)), ("comparators", c)],
                    sp,
                )
            }
            ExprKind::IfExp { test, body, orelse } => {
                let t = self.expr(test, Ctx::Load)?;
                let b = self.expr(body, Ctx::Load)?;
                let o = self.expr(orelse, Ctx::Load)?;
                self.at("IfExp", &[("test", t), ("body", b), ("orelse", o)], sp)
            }
            ExprKind::Lambda { args, body, .. } => {
                let a = self.arguments(args)?;
                let b = self.expr(body, Ctx::Load)?;
                self.at("Lambda", &[("args", a), ("body", b)], sp)
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let elts = self.exprs(items, ctx)?;
                let c = self.ctx(ctx)?;
                let name = if matches!(e.kind, ExprKind::Tuple(_)) {
                    "Tuple"
                } else {
                    "List"
                };
                self.at(name, &[("elts", elts), ("ctx", c)], sp)
            }
            ExprKind::Set(items) => {
                let elts = self.exprs(items, Ctx::Load)?;
                self.at("Set", &[("elts", elts)], sp)
            }
            ExprKind::Dict { keys, values } => {
                let mut k = Vec::new();
                for key in keys {
                    k.push(self.opt(key.as_ref())?);
                }
                let v = self.exprs(values, Ctx::Load)?;
                self.at("Dict", &[("keys", new_list(k)), ("values", v)], sp)
            }
            ExprKind::Starred(v) => {
                let v = self.expr(v, ctx)?;
                let c = self.ctx(ctx)?;
                self.at("Starred", &[("value", v), ("ctx", c)], sp)
            }
            ExprKind::ListComp { elt, gens, .. }
            | ExprKind::SetComp { elt, gens, .. }
            | ExprKind::GeneratorExp { elt, gens, .. } => {
                let name = match e.kind {
                    ExprKind::ListComp { .. } => "ListComp",
                    ExprKind::SetComp { .. } => "SetComp",
                    _ => "GeneratorExp",
                };
                let el = self.expr(elt, Ctx::Load)?;
                let g = self.comprehensions(gens)?;
                self.at(name, &[("elt", el), ("generators", g)], sp)
            }
            ExprKind::DictComp {
                key, value, gens, ..
            } => {
                let k = self.expr(key, Ctx::Load)?;
                let v = self.expr(value, Ctx::Load)?;
                let g = self.comprehensions(gens)?;
                self.at(
                    "DictComp",
                    &[("key", k), ("value", v), ("generators", g)],
                    sp,
                )
            }
            ExprKind::NamedExpr { target, value } => {
                // The target is a bare name at the start of the expression.
                let c = self.ctx(Ctx::Store)?;
                let nsp = Span {
                    line: e.line,
                    col: e.col,
                    end_line: e.line,
                    end_col: e.col + target.chars().count() as u32,
                };
                let t = self.at("Name", &[("id", new_str(target)), ("ctx", c)], nsp)?;
                let v = self.expr(value, Ctx::Load)?;
                self.at("NamedExpr", &[("target", t), ("value", v)], sp)
            }
            ExprKind::Yield(v) => {
                let v = self.opt(v.as_deref())?;
                self.at("Yield", &[("value", v)], sp)
            }
            ExprKind::YieldFrom(v) => {
                let v = self.expr(v, Ctx::Load)?;
                self.at("YieldFrom", &[("value", v)], sp)
            }
            ExprKind::Await(v) => {
                let v = self.expr(v, Ctx::Load)?;
                self.at("Await", &[("value", v)], sp)
            }
        }
    }
}
