//! The symbol table: which scope each name belongs to (CPython's `Python/symtable.c`).
//!
//! Pass 1 (`Collector`) records, per scope, the names bound (assigned, parameters,
//! imports, defs), used, and declared `global`/`nonlocal`. Pass 2 (`resolve`) decides each
//! name's [`Binding`] from the innermost scope outwards; a name found in an enclosing
//! function becomes `Free` here, `Free` in every scope in between, and `Cell` where bound.

use std::collections::{HashMap, HashSet};

use crate::ast::*;
use crate::error::{CResult, CompileError};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
    Comprehension,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binding {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    pub qualname: String,
    pub parent: Option<usize>,
    pub params: Vec<String>,
    /// Names bound here, in first-binding order.
    bound: Vec<String>,
    bound_set: HashSet<String>,
    /// Names used here (loaded), in first-use order.
    used: Vec<String>,
    used_set: HashSet<String>,
    globals: HashSet<String>,
    nonlocals: HashSet<String>,
    nonlocal_lines: HashMap<String, u32>,
    /// Walrus targets inside a comprehension: bound in the enclosing function/module.
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub children: Vec<usize>,
    pub symbols: HashMap<String, Binding>,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// A class whose methods use `super`/`__class__`: it owns the `__class__` cell.
    pub needs_class_cell: bool,
    pub line: u32,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>, line: u32) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            qualname: name.to_string(),
            parent,
            params: Vec::new(),
            bound: Vec::new(),
            bound_set: HashSet::new(),
            used: Vec::new(),
            used_set: HashSet::new(),
            globals: HashSet::new(),
            nonlocals: HashSet::new(),
            nonlocal_lines: HashMap::new(),
            is_generator: false,
            is_coroutine: false,
            children: Vec::new(),
            symbols: HashMap::new(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            needs_class_cell: false,
            line,
        }
    }

    fn bind(&mut self, n: &str) {
        if self.bound_set.insert(n.to_string()) {
            self.bound.push(n.to_string());
        }
    }

    fn use_(&mut self, n: &str) {
        if self.used_set.insert(n.to_string()) {
            self.used.push(n.to_string());
        }
    }

    pub fn binding(&self, n: &str) -> Option<Binding> {
        self.symbols.get(n).copied()
    }

    pub fn is_function_like(&self) -> bool {
        matches!(self.kind, ScopeKind::Function | ScopeKind::Comprehension)
    }
}

pub struct SymbolTable {
    pub scopes: Vec<Scope>,
}

/// Builds the table for a module body (`stmts`) or an eval expression.
pub fn build(nscopes: usize, stmts: &[Stmt], expr: Option<&Expr>) -> CResult<SymbolTable> {
    let mut c = Collector {
        scopes: (0..nscopes)
            .map(|_| Scope::new(ScopeKind::Module, "<module>", None, 1))
            .collect(),
        cur: 0,
    };
    for s in stmts {
        c.stmt(s)?;
    }
    if let Some(e) = expr {
        c.expr(e)?;
    }
    let mut st = SymbolTable { scopes: c.scopes };
    resolve(&mut st, 0)?;
    Ok(st)
}

struct Collector {
    scopes: Vec<Scope>,
    cur: usize,
}

impl Collector {
    fn sc(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }

    fn enter(&mut self, id: usize, kind: ScopeKind, name: &str, line: u32) -> usize {
        let parent = self.cur;
        let pq = &self.scopes[parent];
        let qualname = match pq.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", pq.qualname, name),
            _ => format!("{}.<locals>.{}", pq.qualname, name),
        };
        let mut s = Scope::new(kind, name, Some(parent), line);
        s.qualname = qualname;
        self.scopes[id] = s;
        self.scopes[parent].children.push(id);
        self.cur = id;
        parent
    }

    fn bind_name(&mut self, n: &str, line: u32) -> CResult<()> {
        let s = self.sc();
        if s.globals.contains(n) || s.nonlocals.contains(n) {
            s.bind(n);
            return Ok(());
        }
        let _ = line;
        s.bind(n);
        Ok(())
    }

    fn target(&mut self, e: &Expr) -> CResult<()> {
        match &e.kind {
            ExprKind::Name(n) => self.bind_name(n, e.line),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(e),
        }
    }

    fn body(&mut self, stmts: &[Stmt]) -> CResult<()> {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn args_defaults(&mut self, a: &Arguments) -> CResult<()> {
        for d in &a.defaults {
            self.expr(d)?;
        }
        for d in a.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn args_annotations(&mut self, a: &Arguments) -> CResult<()> {
        for arg in a.all() {
            if let Some(an) = &arg.annotation {
                self.expr(an)?;
            }
        }
        Ok(())
    }

    fn params(&mut self, a: &Arguments) {
        for arg in a.all() {
            let s = self.sc();
            s.params.push(arg.name.clone());
            s.bind(&arg.name);
        }
    }

    fn stmt(&mut self, s: &Stmt) -> CResult<()> {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.sc().use_(n);
                }
                self.target(target)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
                if let ExprKind::Name(n) = &target.kind {
                    let sc = self.sc();
                    if *simple && (sc.globals.contains(n) || sc.nonlocals.contains(n)) {
                        return Err(CompileError::syntax(
                            format!("annotated name '{n}' can't be global"),
                            s.line,
                            1,
                        ));
                    }
                    if value.is_some() || sc.kind != ScopeKind::Function {
                        self.bind_name(n, s.line)?;
                    } else {
                        self.sc().bind(n);
                    }
                } else {
                    self.target(target)?;
                }
                if self.sc().kind != ScopeKind::Function {
                    self.expr(annotation)?;
                }
                Ok(())
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
                Ok(())
            }
            StmtKind::Delete(ts) => {
                for t in ts {
                    self.target(t)?;
                }
                Ok(())
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                let is_global = matches!(s.kind, StmtKind::Global(_));
                for n in names {
                    let sc = self.sc();
                    let kw = if is_global { "global" } else { "nonlocal" };
                    if sc.params.contains(n) {
                        return Err(CompileError::syntax(
                            format!("name '{n}' is parameter and {kw}"),
                            s.line,
                            1,
                        ));
                    }
                    if sc.bound_set.contains(n) {
                        return Err(CompileError::syntax(
                            format!("name '{n}' is assigned to before {kw} declaration"),
                            s.line,
                            1,
                        ));
                    }
                    if sc.used_set.contains(n) {
                        return Err(CompileError::syntax(
                            format!("name '{n}' is used prior to {kw} declaration"),
                            s.line,
                            1,
                        ));
                    }
                    if is_global {
                        if sc.nonlocals.contains(n) {
                            return Err(CompileError::syntax(
                                format!("name '{n}' is nonlocal and global"),
                                s.line,
                                1,
                            ));
                        }
                        sc.globals.insert(n.clone());
                    } else {
                        if sc.kind == ScopeKind::Module {
                            return Err(CompileError::syntax(
                                "nonlocal declaration not allowed at module level",
                                s.line,
                                1,
                            ));
                        }
                        if sc.globals.contains(n) {
                            return Err(CompileError::syntax(
                                format!("name '{n}' is nonlocal and global"),
                                s.line,
                                1,
                            ));
                        }
                        sc.nonlocals.insert(n.clone());
                        sc.nonlocal_lines.insert(n.clone(), s.line);
                    }
                }
                Ok(())
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.body(body)?;
                self.body(orelse)
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(iter)?;
                self.target(target)?;
                self.body(body)?;
                self.body(orelse)
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.body(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind_name(n, h.line)?;
                    }
                    self.body(&h.body)?;
                }
                self.body(orelse)?;
                self.body(finalbody)
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(&it.ctx)?;
                    if let Some(t) = &it.target {
                        self.target(t)?;
                    }
                }
                self.body(body)
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
                Ok(())
            }
            StmtKind::Import(names) => {
                for a in names {
                    let n = a
                        .asname
                        .clone()
                        .unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_string());
                    self.bind_name(&n, s.line)?;
                }
                Ok(())
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.sc().kind != ScopeKind::Module {
                            return Err(CompileError::syntax(
                                "import * only allowed at module level",
                                s.line,
                                1,
                            ));
                        }
                        continue;
                    }
                    let n = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.bind_name(&n, s.line)?;
                }
                Ok(())
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
                for d in decorators {
                    self.expr(d)?;
                }
                self.args_defaults(args)?;
                self.args_annotations(args)?;
                if let Some(r) = returns {
                    self.expr(r)?;
                }
                self.bind_name(name, s.line)?;
                let parent = self.enter(*scope, ScopeKind::Function, name, s.line);
                self.sc().is_coroutine = *is_async;
                self.params(args);
                self.body(body)?;
                self.cur = parent;
                Ok(())
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorators,
                scope,
            } => {
                for d in decorators {
                    self.expr(d)?;
                }
                for b in bases {
                    self.expr(b)?;
                }
                for k in keywords {
                    self.expr(&k.value)?;
                }
                self.bind_name(name, s.line)?;
                let parent = self.enter(*scope, ScopeKind::Class, name, s.line);
                self.body(body)?;
                self.cur = parent;
                Ok(())
            }
        }
    }

    fn comprehension(
        &mut self,
        scope: usize,
        name: &str,
        gens: &[Comprehension],
        elts: &[&Expr],
        line: u32,
        is_gen: bool,
    ) -> CResult<()> {
        // The outermost iterable is evaluated in the enclosing scope.
        if let Some(g) = gens.first() {
            self.expr(&g.iter)?;
        }
        let parent = self.enter(scope, ScopeKind::Comprehension, name, line);
        self.sc().is_generator = is_gen;
        self.sc().params.push(".0".into());
        self.sc().bind(".0");
        for (k, g) in gens.iter().enumerate() {
            if k > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.cur = parent;
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> CResult<()> {
        match &e.kind {
            ExprKind::Name(n) => {
                self.sc().use_(n);
                if n == "super" && self.sc().kind == ScopeKind::Function {
                    self.sc().use_("__class__");
                }
                Ok(())
            }
            ExprKind::Const(_) => Ok(()),
            ExprKind::JoinedStr(v) | ExprKind::Tuple(v) | ExprKind::List(v) | ExprKind::Set(v) => {
                for x in v {
                    self.expr(x)?;
                }
                Ok(())
            }
            ExprKind::FormattedValue { value, spec, .. } => {
                self.expr(value)?;
                if let Some(s) = spec {
                    self.expr(s)?;
                }
                Ok(())
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
                Ok(())
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                for a in args {
                    self.expr(a)?;
                }
                for k in keywords {
                    self.expr(&k.value)?;
                }
                Ok(())
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)
            }
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v)?;
                }
                Ok(())
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                for c in comparators {
                    self.expr(c)?;
                }
                Ok(())
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)
            }
            ExprKind::Lambda { args, body, scope } => {
                self.args_defaults(args)?;
                let parent = self.enter(*scope, ScopeKind::Function, "<lambda>", e.line);
                self.params(args);
                self.expr(body)?;
                self.cur = parent;
                Ok(())
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
                Ok(())
            }
            ExprKind::Starred(v) | ExprKind::Await(v) | ExprKind::YieldFrom(v) => {
                if !matches!(e.kind, ExprKind::Starred(_)) {
                    self.mark_yield(e)?;
                }
                self.expr(v)
            }
            ExprKind::Yield(v) => {
                self.mark_yield(e)?;
                if let Some(v) = v {
                    self.expr(v)?;
                }
                Ok(())
            }
            ExprKind::ListComp { elt, gens, scope } => {
                self.comprehension(*scope, "<listcomp>", gens, &[elt], e.line, false)
            }
            ExprKind::SetComp { elt, gens, scope } => {
                self.comprehension(*scope, "<setcomp>", gens, &[elt], e.line, false)
            }
            ExprKind::GeneratorExp { elt, gens, scope } => {
                self.comprehension(*scope, "<genexpr>", gens, &[elt], e.line, true)
            }
            ExprKind::DictComp {
                key,
                value,
                gens,
                scope,
            } => self.comprehension(*scope, "<dictcomp>", gens, &[key, value], e.line, false),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                if self.sc().kind == ScopeKind::Comprehension {
                    // Bind in the nearest enclosing non-comprehension scope.
                    let mut k = self.cur;
                    while self.scopes[k].kind == ScopeKind::Comprehension {
                        if self.scopes[k].bound_set.contains(target) && k != self.cur
                            || self.scopes[k].bound_set.contains(target)
                        {
                            return Err(CompileError::syntax(
                                format!("assignment expression cannot rebind comprehension iteration variable '{target}'"),
                                e.line,
                                e.col + 1,
                            ));
                        }
                        match self.scopes[k].parent {
                            Some(p) => k = p,
                            None => break,
                        }
                    }
                    if self.scopes[k].kind == ScopeKind::Class {
                        return Err(CompileError::syntax(
                            "assignment expression within a comprehension cannot be used in a class body",
                            e.line,
                            e.col + 1,
                        ));
                    }
                    self.scopes[k].bind(target);
                    let cur = self.cur;
                    if self.scopes[k].kind == ScopeKind::Module {
                        self.scopes[cur].globals.insert(target.clone());
                    } else {
                        self.scopes[cur].nonlocals.insert(target.clone());
                    }
                    self.scopes[cur].use_(target);
                    Ok(())
                } else {
                    self.bind_name(target, e.line)
                }
            }
        }
    }

    fn mark_yield(&mut self, e: &Expr) -> CResult<()> {
        let what = match e.kind {
            ExprKind::Await(_) => "'await'",
            _ => "'yield'",
        };
        let s = self.sc();
        match s.kind {
            ScopeKind::Function => {
                if matches!(e.kind, ExprKind::Await(_)) {
                    if !s.is_coroutine {
                        return Err(CompileError::syntax(
                            format!("{what} outside async function"),
                            e.line,
                            e.col + 1,
                        ));
                    }
                } else {
                    s.is_generator = true;
                }
                Ok(())
            }
            ScopeKind::Comprehension if !matches!(e.kind, ExprKind::Await(_)) => Err(
                CompileError::syntax("'yield' inside list comprehension", e.line, e.col + 1),
            ),
            _ => Err(CompileError::syntax(
                format!("{what} outside function"),
                e.line,
                e.col + 1,
            )),
        }
    }
}

/// Resolves `id` and its children.
fn resolve(st: &mut SymbolTable, id: usize) -> CResult<()> {
    let names: Vec<String> = {
        let s = &st.scopes[id];
        let mut v: Vec<String> = s.params.clone();
        for n in s.bound.iter().chain(&s.used) {
            if !v.contains(n) {
                v.push(n.clone());
            }
        }
        for n in s.globals.iter().chain(&s.nonlocals) {
            if !v.contains(n) {
                v.push(n.clone());
            }
        }
        v
    };
    for n in names {
        let s = &st.scopes[id];
        let b = if s.globals.contains(&n) {
            Binding::GlobalExplicit
        } else if s.nonlocals.contains(&n) {
            if find_enclosing(st, id, &n).is_none() {
                let line = s.nonlocal_lines.get(&n).copied().unwrap_or(s.line);
                return Err(CompileError::syntax(
                    format!("no binding for nonlocal '{n}' found"),
                    line,
                    1,
                ));
            }
            make_free(st, id, &n);
            Binding::Free
        } else if s.bound_set.contains(&n) {
            Binding::Local
        } else if s.kind == ScopeKind::Module {
            Binding::GlobalImplicit
        } else if (n == "__class__"
            && s.kind == ScopeKind::Function
            && class_owner(st, id).is_some())
            || find_enclosing(st, id, &n).is_some()
        {
            make_free(st, id, &n);
            Binding::Free
        } else {
            Binding::GlobalImplicit
        };
        let s = &mut st.scopes[id];
        match s.symbols.get(&n) {
            Some(Binding::Cell) if b == Binding::Local => {}
            Some(Binding::Free) => {}
            _ => {
                s.symbols.insert(n.clone(), b);
            }
        }
    }
    let children = st.scopes[id].children.clone();
    for c in children {
        resolve(st, c)?;
    }
    // Tables, once every child has marked its cells here.
    let s = &mut st.scopes[id];
    let mut varnames = s.params.clone();
    if s.is_function_like() {
        for n in &s.bound {
            if matches!(s.symbols.get(n), Some(Binding::Local)) && !varnames.contains(n) {
                varnames.push(n.clone());
            }
        }
    }
    let mut cells: Vec<String> = s
        .symbols
        .iter()
        .filter(|(_, b)| **b == Binding::Cell)
        .map(|(n, _)| n.clone())
        .collect();
    cells.sort();
    let mut frees: Vec<String> = s
        .symbols
        .iter()
        .filter(|(_, b)| **b == Binding::Free)
        .map(|(n, _)| n.clone())
        .collect();
    frees.sort();
    s.varnames = varnames;
    s.cellvars = cells;
    s.freevars = frees;
    Ok(())
}

/// The class scope directly enclosing function `id` (for `__class__`).
fn class_owner(st: &SymbolTable, id: usize) -> Option<usize> {
    let p = st.scopes[id].parent?;
    (st.scopes[p].kind == ScopeKind::Class).then_some(p)
}

/// The nearest enclosing function scope (classes skipped) that binds `n`.
fn find_enclosing(st: &SymbolTable, id: usize, n: &str) -> Option<usize> {
    let mut k = st.scopes[id].parent?;
    loop {
        let s = &st.scopes[k];
        match s.kind {
            ScopeKind::Module => return None,
            ScopeKind::Class => {}
            _ => {
                if s.globals.contains(n) {
                    return None;
                }
                if s.bound_set.contains(n) || s.nonlocals.contains(n) {
                    return Some(k);
                }
            }
        }
        k = s.parent?;
    }
}

/// Marks `n` free in every scope between `id` (exclusive) and its binder, and a cell in
/// the binder (`__class__`: the owning class).
fn make_free(st: &mut SymbolTable, id: usize, n: &str) {
    let mut k = match st.scopes[id].parent {
        Some(p) => p,
        None => return,
    };
    loop {
        let is_binder = {
            let s = &st.scopes[k];
            if n == "__class__" {
                s.kind == ScopeKind::Class
            } else {
                s.kind != ScopeKind::Class
                    && s.kind != ScopeKind::Module
                    && s.bound_set.contains(n)
                    && !s.nonlocals.contains(n)
                    && !s.globals.contains(n)
            }
        };
        let s = &mut st.scopes[k];
        if s.kind == ScopeKind::Module {
            return;
        }
        if is_binder {
            if n == "__class__" {
                s.needs_class_cell = true;
            }
            s.symbols.insert(n.to_string(), Binding::Cell);
            return;
        }
        s.symbols.insert(n.to_string(), Binding::Free);
        match s.parent {
            Some(p) => k = p,
            None => return,
        }
    }
}
