//! Expressions: each leaves exactly one value on the stack.

use krait_loader::asm::{Arg, Value};
use krait_loader::opcodes::Op;

use super::{const_value, s, Compiler};
use crate::ast::*;
use crate::error::{CResult, CompileError};

impl Compiler<'_> {
    pub fn expr(&mut self, e: &Expr) -> CResult<()> {
        self.set_line(e.line);
        if let Some(v) = const_value(e) {
            self.load_const(v);
            return Ok(());
        }
        match &e.kind {
            ExprKind::Name(n) => self.load_name(n),
            ExprKind::Const(_) => {}
            ExprKind::JoinedStr(parts) => self.joined_str(parts)?,
            ExprKind::FormattedValue { .. } => self.formatted(e)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.set_line(e.line);
                self.emit(
                    Op::LOAD_ATTR,
                    Arg::Name {
                        flags: 0,
                        name: s(attr),
                    },
                );
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.set_line(e.line);
                self.op(Op::BINARY_SUBSCR);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.load_const(Value::None),
                    }
                }
                match step {
                    Some(x) => {
                        self.expr(x)?;
                        self.opi(Op::BUILD_SLICE, 3);
                    }
                    None => self.opi(Op::BUILD_SLICE, 2),
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords)?,
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.set_line(e.line);
                self.op(match op {
                    UnaryOp::Invert => Op::UNARY_INVERT,
                    UnaryOp::Not => Op::UNARY_NOT,
                    UnaryOp::UAdd => Op::UNARY_POSITIVE,
                    UnaryOp::USub => Op::UNARY_NEGATIVE,
                });
            }
            ExprKind::BinOp { op, left, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.set_line(e.line);
                self.opi(Op::BINARY_OP, op.nb());
            }
            ExprKind::BoolOp { is_and, values } => {
                let end = self.label();
                let (last, rest) = values
                    .split_last()
                    .ok_or_else(|| CompileError::syntax("invalid syntax", e.line, 1))?;
                for v in rest {
                    self.expr(v)?;
                    let op = if *is_and {
                        Op::JUMP_IF_FALSE_OR_POP
                    } else {
                        Op::JUMP_IF_TRUE_OR_POP
                    };
                    self.emit(op, Arg::Label(end));
                }
                self.expr(last)?;
                self.bind(end);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(e, left, ops, comparators)?,
            ExprKind::IfExp { test, body, orelse } => {
                let other = self.label();
                let end = self.label();
                self.expr(test)?;
                self.pop_jump_if(false, other);
                self.expr(body)?;
                self.jump(end);
                self.bind(other);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Lambda { args, body, scope } => {
                let flags = self.defaults(args)?;
                self.enter(*scope, "<lambda>", e.line);
                self.u().b.add_const(Value::None.into());
                Compiler::signature(&mut self.u().b, args);
                self.expr(body)?;
                if self.st.scopes[*scope].is_generator {
                    self.op(Op::POP_TOP);
                    self.load_const(Value::None);
                }
                self.op(Op::RETURN_VALUE);
                let child = self.leave();
                self.set_line(e.line);
                self.make_function(child, *scope, &format!("lambda{scope}"), flags);
            }
            ExprKind::Tuple(items) => {
                if items.iter().any(is_starred) {
                    self.starred_list(items)?;
                    self.op(Op::LIST_TO_TUPLE);
                } else {
                    for i in items {
                        self.expr(i)?;
                    }
                    self.opi(Op::BUILD_TUPLE, items.len() as u32);
                }
            }
            ExprKind::List(items) => {
                if items.iter().any(is_starred) {
                    self.starred_list(items)?;
                } else {
                    for i in items {
                        self.expr(i)?;
                    }
                    self.opi(Op::BUILD_LIST, items.len() as u32);
                }
            }
            ExprKind::Set(items) => {
                if items.iter().any(is_starred) {
                    self.opi(Op::BUILD_SET, 0);
                    for i in items {
                        match &i.kind {
                            ExprKind::Starred(inner) => {
                                self.expr(inner)?;
                                self.opi(Op::SET_UPDATE, 1);
                            }
                            _ => {
                                self.expr(i)?;
                                self.opi(Op::SET_ADD, 1);
                            }
                        }
                    }
                } else {
                    for i in items {
                        self.expr(i)?;
                    }
                    self.opi(Op::BUILD_SET, items.len() as u32);
                }
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values)?,
            ExprKind::Starred(_) => {
                return Err(CompileError::syntax(
                    "can't use starred expression here",
                    e.line,
                    e.col + 1,
                ));
            }
            ExprKind::ListComp { elt, gens, scope } => {
                self.comprehension(e, *scope, "<listcomp>", gens, CompKind::List(elt))?
            }
            ExprKind::SetComp { elt, gens, scope } => {
                self.comprehension(e, *scope, "<setcomp>", gens, CompKind::Set(elt))?
            }
            ExprKind::GeneratorExp { elt, gens, scope } => {
                self.comprehension(e, *scope, "<genexpr>", gens, CompKind::Gen(elt))?
            }
            ExprKind::DictComp {
                key,
                value,
                gens,
                scope,
            } => self.comprehension(e, *scope, "<dictcomp>", gens, CompKind::Dict(key, value))?,
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.opi(Op::COPY, 1);
                self.store_name(target);
            }
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.set_line(e.line);
                self.op(Op::YIELD_VALUE);
                self.opi(Op::RESUME, 1);
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.op(Op::GET_YIELD_FROM_ITER);
                self.load_const(Value::None);
                self.yield_from_loop();
            }
            ExprKind::Await(_) => {
                return Err(CompileError::syntax(
                    "'await' is not supported by krait's compiler",
                    e.line,
                    e.col + 1,
                ));
            }
        }
        Ok(())
    }

    /// 3.11's `SEND` loop (after the iterable and the first value are pushed).
    fn yield_from_loop(&mut self) {
        let send = self.label();
        let exit = self.label();
        self.bind(send);
        self.emit(Op::SEND, Arg::Label(exit));
        self.op(Op::YIELD_VALUE);
        self.opi(Op::RESUME, 2);
        self.emit(Op::JUMP_BACKWARD_NO_INTERRUPT, Arg::Label(send));
        self.bind(exit);
    }

    /// A list built from items some of which are starred (`BUILD_LIST`, `LIST_EXTEND`).
    fn starred_list(&mut self, items: &[Expr]) -> CResult<()> {
        let lead = items.iter().take_while(|i| !is_starred(i)).count();
        for i in &items[..lead] {
            self.expr(i)?;
        }
        self.opi(Op::BUILD_LIST, lead as u32);
        for i in &items[lead..] {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.opi(Op::LIST_EXTEND, 1);
                }
                _ => {
                    self.expr(i)?;
                    self.opi(Op::LIST_APPEND, 1);
                }
            }
        }
        Ok(())
    }

    fn dict(&mut self, keys: &[Option<Expr>], values: &[Expr]) -> CResult<()> {
        let mut started = false;
        let mut group = 0u32;
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    group += 1;
                }
                None => {
                    if group > 0 || !started {
                        self.opi(Op::BUILD_MAP, group);
                        if started {
                            self.opi(Op::DICT_UPDATE, 1);
                        }
                        started = true;
                        group = 0;
                    }
                    self.expr(v)?;
                    self.opi(Op::DICT_UPDATE, 1);
                }
            }
        }
        if group > 0 || !started {
            self.opi(Op::BUILD_MAP, group);
            if started {
                self.opi(Op::DICT_UPDATE, 1);
            }
        }
        Ok(())
    }

    fn compare(
        &mut self,
        e: &Expr,
        left: &Expr,
        ops: &[CmpOp],
        comparators: &[Expr],
    ) -> CResult<()> {
        self.expr(left)?;
        if ops.len() == 1 {
            self.expr(&comparators[0])?;
            self.set_line(e.line);
            self.cmp(ops[0]);
            return Ok(());
        }
        let cleanup = self.label();
        let end = self.label();
        let n = ops.len();
        for (k, (op, c)) in ops.iter().zip(comparators).enumerate() {
            self.expr(c)?;
            self.set_line(e.line);
            if k + 1 < n {
                self.opi(Op::SWAP, 2);
                self.opi(Op::COPY, 2);
                self.cmp(*op);
                self.emit(Op::JUMP_IF_FALSE_OR_POP, Arg::Label(cleanup));
            } else {
                self.cmp(*op);
            }
        }
        self.jump(end);
        self.bind(cleanup);
        self.opi(Op::SWAP, 2);
        self.op(Op::POP_TOP);
        self.bind(end);
        Ok(())
    }

    fn cmp(&mut self, op: CmpOp) {
        let (opc, arg) = match op {
            CmpOp::Lt => (Op::COMPARE_OP, 0),
            CmpOp::LtE => (Op::COMPARE_OP, 1),
            CmpOp::Eq => (Op::COMPARE_OP, 2),
            CmpOp::NotEq => (Op::COMPARE_OP, 3),
            CmpOp::Gt => (Op::COMPARE_OP, 4),
            CmpOp::GtE => (Op::COMPARE_OP, 5),
            CmpOp::Is => (Op::IS_OP, 0),
            CmpOp::IsNot => (Op::IS_OP, 1),
            CmpOp::In => (Op::CONTAINS_OP, 0),
            CmpOp::NotIn => (Op::CONTAINS_OP, 1),
        };
        if opc == Op::COMPARE_OP {
            self.emit(
                opc,
                Arg::Compare {
                    op: arg as u8,
                    to_bool: false,
                },
            );
        } else {
            self.opi(opc, arg);
        }
    }

    fn call(&mut self, e: &Expr, func: &Expr, args: &[Expr], keywords: &[Keyword]) -> CResult<()> {
        let plain = !args.iter().any(is_starred) && keywords.iter().all(|k| k.arg.is_some());
        // Method calls: `obj.name(...)` loads the method without binding it.
        let method = match &func.kind {
            ExprKind::Attribute { value, attr } if plain => {
                self.expr(value)?;
                self.set_line(func.line);
                self.emit(
                    Op::LOAD_METHOD,
                    Arg::Name {
                        flags: 0,
                        name: s(attr),
                    },
                );
                true
            }
            _ => false,
        };
        if !method {
            match &func.kind {
                ExprKind::Name(n) => {
                    self.set_line(func.line);
                    self.load_callable_name(n);
                }
                _ => {
                    self.op(Op::PUSH_NULL);
                    self.expr(func)?;
                }
            }
        }
        if plain {
            for a in args {
                self.expr(a)?;
            }
            let mut names = Vec::new();
            for k in keywords {
                self.expr(&k.value)?;
                names.push(Value::Str(s(k.arg.as_deref().unwrap_or(""))).into());
            }
            self.set_line(e.line);
            let n = (args.len() + keywords.len()) as u32;
            if !names.is_empty() {
                self.load_const_kwnames(Value::Tuple(names));
            }
            self.opi(Op::PRECALL, n);
            self.opi(Op::CALL, n);
            return Ok(());
        }
        // CALL_FUNCTION_EX: a positional tuple and maybe a keyword dict.
        if args.iter().any(is_starred) {
            self.starred_list(args)?;
            self.op(Op::LIST_TO_TUPLE);
        } else {
            for a in args {
                self.expr(a)?;
            }
            self.opi(Op::BUILD_TUPLE, args.len() as u32);
        }
        let mut flag = 0;
        if !keywords.is_empty() {
            flag = 1;
            let mut started = false;
            let mut group = 0u32;
            for k in keywords {
                match &k.arg {
                    Some(name) => {
                        self.load_const(Value::Str(s(name)));
                        self.expr(&k.value)?;
                        group += 1;
                    }
                    None => {
                        if group > 0 {
                            self.opi(Op::BUILD_MAP, group);
                            if started {
                                self.opi(Op::DICT_MERGE, 1);
                            }
                            started = true;
                            group = 0;
                        } else if !started {
                            self.opi(Op::BUILD_MAP, 0);
                            started = true;
                        }
                        self.expr(&k.value)?;
                        self.opi(Op::DICT_MERGE, 1);
                    }
                }
            }
            if group > 0 {
                self.opi(Op::BUILD_MAP, group);
                if started {
                    self.opi(Op::DICT_MERGE, 1);
                }
            }
        }
        self.set_line(e.line);
        self.opi(Op::CALL_FUNCTION_EX, flag);
        Ok(())
    }

    fn load_const_kwnames(&mut self, names: Value) {
        self.emit(Op::KW_NAMES, Arg::Const(names));
    }

    fn joined_str(&mut self, parts: &[Expr]) -> CResult<()> {
        if parts.is_empty() {
            self.load_const(Value::Str(s("")));
            return Ok(());
        }
        for p in parts {
            self.expr(p)?;
        }
        if parts.len() > 1 {
            self.opi(Op::BUILD_STRING, parts.len() as u32);
        }
        Ok(())
    }

    fn formatted(&mut self, e: &Expr) -> CResult<()> {
        let ExprKind::FormattedValue {
            value,
            conversion,
            spec,
        } = &e.kind
        else {
            return Ok(());
        };
        self.expr(value)?;
        let mut flags = match conversion {
            Some('s') => 1,
            Some('r') => 2,
            Some('a') => 3,
            _ => 0,
        };
        if let Some(sp) = spec {
            self.expr(sp)?;
            flags |= 4;
        }
        self.set_line(e.line);
        self.opi(Op::FORMAT_VALUE, flags);
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        scope: usize,
        name: &str,
        gens: &[Comprehension],
        kind: CompKind,
    ) -> CResult<()> {
        let Some(first) = gens.first() else {
            return Err(CompileError::syntax("invalid syntax", e.line, e.col + 1));
        };
        if gens.iter().any(|g| g.is_async) {
            return Err(CompileError::syntax(
                "asynchronous comprehensions are not supported by krait's compiler",
                e.line,
                e.col + 1,
            ));
        }
        self.enter(scope, name, e.line);
        self.u().b.argcount = 1;
        match kind {
            CompKind::List(_) => self.opi(Op::BUILD_LIST, 0),
            CompKind::Set(_) => self.opi(Op::BUILD_SET, 0),
            CompKind::Dict(..) => self.opi(Op::BUILD_MAP, 0),
            CompKind::Gen(_) => {}
        }
        self.comp_gen(gens, 0, &kind)?;
        if matches!(kind, CompKind::Gen(_)) {
            self.load_const(Value::None);
        }
        self.op(Op::RETURN_VALUE);
        let child = self.leave();
        self.set_line(e.line);
        self.make_function(child, scope, &format!("comp{scope}"), 0);
        self.expr(&first.iter)?;
        self.op(Op::GET_ITER);
        self.set_line(e.line);
        self.opi(Op::PRECALL, 0);
        self.opi(Op::CALL, 0);
        Ok(())
    }

    fn comp_gen(&mut self, gens: &[Comprehension], k: usize, kind: &CompKind) -> CResult<()> {
        let g = &gens[k];
        if k == 0 {
            self.emit(Op::LOAD_FAST, Arg::Local(s(".0")));
        } else {
            self.expr(&g.iter)?;
            self.op(Op::GET_ITER);
        }
        let start = self.label();
        let end = self.label();
        self.bind(start);
        self.emit(Op::FOR_ITER, Arg::Label(end));
        self.store_target(&g.target)?;
        for c in &g.ifs {
            self.expr(c)?;
            self.pop_jump_if(false, start);
        }
        if k + 1 < gens.len() {
            self.comp_gen(gens, k + 1, kind)?;
        } else {
            let depth = gens.len() as u32 + 1;
            match kind {
                CompKind::List(elt) => {
                    self.expr(elt)?;
                    self.opi(Op::LIST_APPEND, depth);
                }
                CompKind::Set(elt) => {
                    self.expr(elt)?;
                    self.opi(Op::SET_ADD, depth);
                }
                CompKind::Dict(key, value) => {
                    self.expr(key)?;
                    self.expr(value)?;
                    self.opi(Op::MAP_ADD, depth);
                }
                CompKind::Gen(elt) => {
                    self.expr(elt)?;
                    self.op(Op::YIELD_VALUE);
                    self.opi(Op::RESUME, 1);
                    self.op(Op::POP_TOP);
                }
            }
        }
        self.jump(start);
        self.bind(end);
        Ok(())
    }

    /// Stores TOS into an assignment target.
    pub fn store_target(&mut self, t: &Expr) -> CResult<()> {
        self.set_line(t.line);
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                self.emit(
                    Op::STORE_ATTR,
                    Arg::Name {
                        flags: 0,
                        name: s(attr),
                    },
                );
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.op(Op::STORE_SUBSCR);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let stars: Vec<usize> = items
                    .iter()
                    .enumerate()
                    .filter(|(_, i)| is_starred(i))
                    .map(|(k, _)| k)
                    .collect();
                match stars.as_slice() {
                    [] => self.opi(Op::UNPACK_SEQUENCE, items.len() as u32),
                    [k] => {
                        let after = items.len() - k - 1;
                        if *k > 255 || after > 255 {
                            return Err(CompileError::syntax(
                                "too many expressions in star-unpacking assignment",
                                t.line,
                                t.col + 1,
                            ));
                        }
                        self.opi(Op::UNPACK_EX, (*k as u32) | ((after as u32) << 8));
                    }
                    _ => {
                        return Err(CompileError::syntax(
                            "multiple starred expressions in assignment",
                            t.line,
                            t.col + 1,
                        ))
                    }
                }
                for i in items {
                    match &i.kind {
                        ExprKind::Starred(inner) => self.store_target(inner)?,
                        _ => self.store_target(i)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return Err(CompileError::syntax(
                    "starred assignment target must be in a list or tuple",
                    t.line,
                    t.col + 1,
                ))
            }
            _ => {
                return Err(CompileError::syntax(
                    format!("cannot assign to {}", crate::parser::describe(t)),
                    t.line,
                    t.col + 1,
                ))
            }
        }
        Ok(())
    }
}

pub enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Gen(&'a Expr),
    Dict(&'a Expr, &'a Expr),
}

pub fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred(_))
}
