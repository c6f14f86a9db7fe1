//! Code generation: the AST into CPython 3.11 bytecode through the assembler's
//! `CodeBuilder` (labels, symbolic arguments, tables, caches and stack size are its job).
//!
//! - this file: the compiler state, one [`Unit`] per code object, name operations by
//!   symbol-table binding, exception-table segments and function/closure creation;
//! - [`expr`]: expressions; [`stmt`]: statements; [`blocks`]: `try`, `with` and the
//!   unwinding done by `return`/`break`/`continue`.
//!
//! Exception table: instead of one label pair per `try`, the unit keeps a stack of active
//! handlers and closes a *segment* whenever the innermost one changes, so ranges never
//! overlap (the assembler picks the innermost range anyway) and inline copies of a
//! `finally` body run outside their own handler.

mod blocks;
mod expr;
mod stmt;

pub use stmt::body_has_annotations;

use std::collections::HashSet;

use krait_loader::asm::{Arg, CodeBuilder, Entry, Item, Label, Value};
use krait_loader::opcodes::Op;
use krait_loader::{PyStr, PyVersion};

use crate::ast::*;
use crate::error::{CResult, CompileError};
use crate::symtable::{Binding, ScopeKind, SymbolTable};

/// An active exception handler: where to go, with how deep a stack, pushing lasti.
#[derive(Clone, Copy, Debug)]
pub struct Handler {
    pub label: Label,
    pub depth: u32,
    pub lasti: bool,
}

/// What `return`/`break`/`continue` must undo on the way out (CPython's fblocks).
#[derive(Clone, Debug)]
pub enum FBlock {
    /// A `for` loop: its iterator is on the stack.
    For {
        start: Label,
        end: Label,
    },
    While {
        start: Label,
        end: Label,
    },
    /// A `try` body with `except` handlers (nothing to undo but leaving the handler).
    TryExcept,
    /// A `try` body with a `finally`: the body is compiled again on the way out.
    Finally {
        body: Vec<Stmt>,
    },
    /// Inside a `finally` or `except` handler body: `prev_exc` is on the stack.
    HandlerCleanup {
        name: Option<String>,
    },
    /// Inside the exceptional copy of a `finally` body: `prev_exc, exc` are on the stack.
    FinallyEnd,
    /// A `with` body: `__exit__` is on the stack.
    With,
}

impl FBlock {
    /// Stack items this block keeps below the statements inside it.
    fn depth(&self) -> u32 {
        match self {
            FBlock::For { .. } | FBlock::With | FBlock::HandlerCleanup { .. } => 1,
            FBlock::FinallyEnd => 2,
            _ => 0,
        }
    }
}

pub struct Unit {
    pub b: CodeBuilder,
    pub scope: usize,
    bound: HashSet<Label>,
    /// Instructions emitted so far.
    count: usize,
    handlers: Vec<Handler>,
    /// The open segment: its start label, the instruction count there, its handler.
    seg: Option<(Label, usize, Handler)>,
    /// Each block with the handler-stack length below the handler it owns.
    pub fblocks: Vec<(FBlock, usize)>,
    pub line: u32,
}

pub struct Compiler<'a> {
    pub st: &'a SymbolTable,
    pub filename: String,
    pub units: Vec<Unit>,
    /// `single` mode: expression statements print their value.
    pub interactive: bool,
}

pub fn s(x: &str) -> PyStr {
    PyStr::from(x)
}

pub fn wstr(x: &[u8]) -> PyStr {
    PyStr::from_utf8_surrogatepass(x)
        .unwrap_or_else(|| PyStr::from(String::from_utf8_lossy(x).into_owned()))
}

impl<'a> Compiler<'a> {
    pub fn new(st: &'a SymbolTable, filename: &str) -> Self {
        Compiler {
            st,
            filename: filename.to_string(),
            units: Vec::new(),
            interactive: false,
        }
    }

    pub fn u(&mut self) -> &mut Unit {
        self.units.last_mut().expect("a code unit is open")
    }

    pub fn scope_kind(&self) -> ScopeKind {
        let id = self.units.last().map_or(0, |u| u.scope);
        self.st.scopes[id].kind
    }

    /// Opens a code object for scope `id`.
    pub fn enter(&mut self, id: usize, name: &str, line: u32) {
        let sc = &self.st.scopes[id];
        let mut b = CodeBuilder::new(PyVersion::V3_11, s(name));
        b.filename = Some(s(&self.filename));
        b.firstlineno = Some(line);
        if id != 0 {
            b.qualname = Some(s(&sc.qualname));
        }
        if sc.is_function_like() {
            b.flags |= 0x1 | 0x2; // OPTIMIZED | NEWLOCALS
            let parent_fn = sc
                .parent
                .is_some_and(|p| self.st.scopes[p].is_function_like());
            if parent_fn {
                b.flags |= 0x10; // NESTED
            }
            if sc.is_generator {
                b.flags |= 0x20;
            }
            b.varnames = sc.varnames.iter().map(|n| Entry::new(s(n))).collect();
        }
        b.cellvars = sc.cellvars.iter().map(|n| Entry::new(s(n))).collect();
        b.freevars = sc.freevars.iter().map(|n| Entry::new(s(n))).collect();
        self.units.push(Unit {
            b,
            scope: id,
            bound: HashSet::new(),
            count: 0,
            handlers: Vec::new(),
            seg: None,
            fblocks: Vec::new(),
            line,
        });
        // Prologue: cells, free variables, generator start, RESUME.
        let cells = self.st.scopes[id].cellvars.clone();
        let frees = self.st.scopes[id].freevars.len();
        self.u().b.position(Default::default());
        for c in &cells {
            self.emit(Op::MAKE_CELL, Arg::Free(s(c)));
        }
        if frees > 0 {
            self.emit(Op::COPY_FREE_VARS, Arg::Int(frees as u32));
        }
        self.set_line(line);
        if self.st.scopes[id].is_generator {
            self.emit(Op::RETURN_GENERATOR, Arg::None);
            self.emit(Op::POP_TOP, Arg::None);
        }
        self.emit(Op::RESUME, Arg::Int(0));
    }

    /// Closes the current unit.
    pub fn leave(&mut self) -> CodeBuilder {
        self.close_segment();
        self.units.pop().expect("a code unit is open").b
    }

    pub fn set_line(&mut self, line: u32) {
        let u = self.u();
        u.line = line;
        u.b.line(line);
    }

    pub fn emit(&mut self, op: Op, arg: Arg) {
        let u = self.u();
        u.b.op(op, arg);
        u.count += 1;
    }

    pub fn op(&mut self, op: Op) {
        self.emit(op, Arg::None);
    }

    pub fn opi(&mut self, op: Op, n: u32) {
        self.emit(op, Arg::Int(n));
    }

    pub fn load_const(&mut self, v: Value) {
        self.emit(Op::LOAD_CONST, Arg::Const(v));
    }

    pub fn label(&mut self) -> Label {
        self.u().b.label("")
    }

    pub fn bind(&mut self, l: Label) {
        let u = self.u();
        // A label is bound once by construction; a failure here is a compiler bug that
        // the assembler reports as an error later.
        let _ = u.b.bind(l);
        u.bound.insert(l);
    }

    fn is_bound(&mut self, l: Label) -> bool {
        self.u().bound.contains(&l)
    }

    /// An unconditional jump, forward or backward as the label requires.
    pub fn jump(&mut self, l: Label) {
        let op = if self.is_bound(l) {
            Op::JUMP_BACKWARD
        } else {
            Op::JUMP_FORWARD
        };
        self.emit(op, Arg::Label(l));
    }

    /// Pops TOS and jumps when its truth equals `cond`.
    pub fn pop_jump_if(&mut self, cond: bool, l: Label) {
        let back = self.is_bound(l);
        let op = match (cond, back) {
            (true, false) => Op::POP_JUMP_FORWARD_IF_TRUE,
            (true, true) => Op::POP_JUMP_BACKWARD_IF_TRUE,
            (false, false) => Op::POP_JUMP_FORWARD_IF_FALSE,
            (false, true) => Op::POP_JUMP_BACKWARD_IF_FALSE,
        };
        self.emit(op, Arg::Label(l));
    }

    // ---- exception-table segments ----

    fn close_segment(&mut self) {
        let u = self.u();
        if let Some((start, at, h)) = u.seg.take() {
            if u.count > at {
                let end = u.b.label("");
                let _ = u.b.bind(end);
                u.bound.insert(end);
                u.b.try_range(start, end, h.label, Some(h.depth), h.lasti);
            }
        }
    }

    fn open_segment(&mut self) {
        let u = self.u();
        if let Some(&h) = u.handlers.last() {
            let start = u.b.label("");
            let _ = u.b.bind(start);
            u.bound.insert(start);
            u.seg = Some((start, u.count, h));
        }
    }

    pub fn push_handler(&mut self, h: Handler) {
        self.close_segment();
        self.u().handlers.push(h);
        self.open_segment();
    }

    pub fn pop_handler(&mut self) -> Option<Handler> {
        self.close_segment();
        let h = self.u().handlers.pop();
        self.open_segment();
        h
    }

    /// Stack depth of the statements at this point (items kept by enclosing blocks).
    pub fn stmt_depth(&self) -> u32 {
        self.units
            .last()
            .map_or(0, |u| u.fblocks.iter().map(|(b, _)| b.depth()).sum())
    }

    /// Enters a block; `owns_handler`: its handler was pushed just before.
    pub fn push_fblock(&mut self, b: FBlock, owns_handler: bool) {
        let u = self.u();
        let mark = u.handlers.len() - usize::from(owns_handler && !u.handlers.is_empty());
        u.fblocks.push((b, mark));
    }

    pub fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    // ---- names ----

    fn binding(&self, n: &str) -> Option<Binding> {
        let id = self.units.last().map_or(0, |u| u.scope);
        self.st.scopes[id].binding(n)
    }

    pub fn load_name(&mut self, n: &str) {
        self.name_op(n, 0);
    }

    pub fn store_name(&mut self, n: &str) {
        self.name_op(n, 1);
    }

    pub fn delete_name(&mut self, n: &str) {
        self.name_op(n, 2);
    }

    /// `what`: 0 load, 1 store, 2 delete.
    fn name_op(&mut self, n: &str, what: u8) {
        let kind = self.scope_kind();
        let b = self.binding(n);
        let name = s(n);
        let (op, arg) = match (kind, b) {
            (_, Some(Binding::GlobalExplicit))
            | (
                ScopeKind::Function | ScopeKind::Comprehension,
                Some(Binding::GlobalImplicit) | None,
            ) => {
                let op = [Op::LOAD_GLOBAL, Op::STORE_GLOBAL, Op::DELETE_GLOBAL][what as usize];
                (op, Arg::Name { flags: 0, name })
            }
            (ScopeKind::Function | ScopeKind::Comprehension, Some(Binding::Local)) => {
                let op = [Op::LOAD_FAST, Op::STORE_FAST, Op::DELETE_FAST][what as usize];
                (op, Arg::Local(name))
            }
            (ScopeKind::Class, Some(Binding::Free)) if what == 0 => {
                (Op::LOAD_CLASSDEREF, Arg::Free(name))
            }
            (_, Some(Binding::Cell | Binding::Free)) => {
                let op = [Op::LOAD_DEREF, Op::STORE_DEREF, Op::DELETE_DEREF][what as usize];
                (op, Arg::Free(name))
            }
            (ScopeKind::Module | ScopeKind::Class, _) => {
                let op = [Op::LOAD_NAME, Op::STORE_NAME, Op::DELETE_NAME][what as usize];
                (op, Arg::Name { flags: 0, name })
            }
        };
        if op == Op::LOAD_GLOBAL {
            self.emit(
                op,
                Arg::Name {
                    flags: 0,
                    name: s(n),
                },
            );
        } else {
            self.emit(op, arg);
        }
    }

    /// Loads `n` as a callable with the NULL that a 3.11 call needs below it.
    pub fn load_callable_name(&mut self, n: &str) {
        let kind = self.scope_kind();
        let global = match self.binding(n) {
            Some(Binding::GlobalExplicit) => true,
            Some(Binding::GlobalImplicit) | None => {
                matches!(kind, ScopeKind::Function | ScopeKind::Comprehension)
            }
            _ => false,
        };
        if global {
            self.emit(
                Op::LOAD_GLOBAL,
                Arg::Name {
                    flags: 1,
                    name: s(n),
                },
            );
        } else {
            self.op(Op::PUSH_NULL);
            self.load_name(n);
        }
    }

    // ---- functions ----

    /// Finishes a child unit and emits the code that makes its function: closure tuple
    /// (if free variables), `LOAD_CONST code`, `MAKE_FUNCTION flags`. The caller pushed
    /// defaults/kwdefaults/annotations as `flags` says.
    pub fn make_function(&mut self, child: CodeBuilder, child_scope: usize, id: &str, flags: u32) {
        let frees = self.st.scopes[child_scope].freevars.clone();
        let mut flags = flags;
        if !frees.is_empty() {
            for f in &frees {
                self.emit(Op::LOAD_CLOSURE, Arg::Free(s(f)));
            }
            self.opi(Op::BUILD_TUPLE, frees.len() as u32);
            flags |= 0x08;
        }
        let idx = self.u().b.add_child(id, child);
        self.load_const(Value::Code(idx));
        self.opi(Op::MAKE_FUNCTION, flags);
    }

    /// Pushes defaults and keyword-only defaults; returns the MAKE_FUNCTION flags.
    pub fn defaults(&mut self, a: &Arguments) -> CResult<u32> {
        let mut flags = 0;
        if !a.defaults.is_empty() {
            if let Some(vals) = a
                .defaults
                .iter()
                .map(const_value)
                .collect::<Option<Vec<_>>>()
            {
                self.load_const(Value::Tuple(vals.into_iter().map(Item::new).collect()));
            } else {
                for d in &a.defaults {
                    self.expr(d)?;
                }
                self.opi(Op::BUILD_TUPLE, a.defaults.len() as u32);
            }
            flags |= 0x01;
        }
        let kw: Vec<(&crate::ast::Arg, &Expr)> = a
            .kwonly
            .iter()
            .zip(&a.kw_defaults)
            .filter_map(|(arg, d)| d.as_ref().map(|d| (arg, d)))
            .collect();
        if !kw.is_empty() {
            for (arg, d) in &kw {
                self.load_const(Value::Str(s(&arg.name)));
                self.expr(d)?;
            }
            self.opi(Op::BUILD_MAP, kw.len() as u32);
            flags |= 0x02;
        }
        Ok(flags)
    }

    /// Sets a function unit's signature counts (varnames were set from the scope).
    pub fn signature(b: &mut CodeBuilder, a: &Arguments) {
        b.argcount = (a.posonly.len() + a.args.len()) as u32;
        b.posonlyargcount = a.posonly.len() as u32;
        b.kwonlyargcount = a.kwonly.len() as u32;
        if a.vararg.is_some() {
            b.flags |= 0x04;
        }
        if a.kwarg.is_some() {
            b.flags |= 0x08;
        }
    }

    pub fn error(&self, msg: impl Into<String>, line: u32) -> CompileError {
        CompileError::syntax(msg, line, 1)
    }
}

/// A literal's value as a constant (`None` for anything not a literal, tuples of literals
/// included).
pub fn const_value(e: &Expr) -> Option<Value> {
    Some(match &e.kind {
        ExprKind::Const(c) => match c {
            Constant::None => Value::None,
            Constant::True => Value::True,
            Constant::False => Value::False,
            Constant::Ellipsis => Value::Ellipsis,
            Constant::Int(i) => Value::Int(i.clone()),
            Constant::Float(f) => Value::Float(f.to_bits()),
            Constant::Complex(im) => Value::Complex(0f64.to_bits(), im.to_bits()),
            Constant::Str(w) => Value::Str(wstr(w)),
            Constant::Bytes(b) => Value::Bytes(b.clone().into()),
        },
        ExprKind::Tuple(items) => Value::Tuple(
            items
                .iter()
                .map(|i| const_value(i).map(Item::new))
                .collect::<Option<Vec<_>>>()?,
        ),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match &operand.kind {
            ExprKind::Const(Constant::Int(i)) => Value::Int(-i.clone()),
            ExprKind::Const(Constant::Float(f)) => Value::Float((-f).to_bits()),
            ExprKind::Const(Constant::Complex(im)) => {
                Value::Complex((-0f64).to_bits(), (-im).to_bits())
            }
            _ => return None,
        },
        _ => return None,
    })
}
