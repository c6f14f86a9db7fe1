//! The syntax tree, close to CPython's `ast` module. Every node carries its source span
//! (1-based lines, 0-based columns in characters; `ast.parse` converts them to CPython's
//! UTF-8 byte offsets);
//! nodes that open a scope (lambda, def, class, comprehensions) carry a scope id assigned
//! in parse order, which indexes the symbol table.

use num_bigint::BigInt;

/// A string as code points may hold lone surrogates: UTF-8 with surrogatepass bytes.
pub type WStr = Vec<u8>;

#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    Int(BigInt),
    Float(f64),
    /// An imaginary literal: `1j` is `Complex(1.0)`.
    Complex(f64),
    Str(WStr),
    Bytes(Vec<u8>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

impl BinOp {
    /// `BINARY_OP`'s oparg (NB_*), before the in-place offset of 13.
    pub fn nb(self) -> u32 {
        match self {
            BinOp::Add => 0,
            BinOp::BitAnd => 1,
            BinOp::FloorDiv => 2,
            BinOp::LShift => 3,
            BinOp::MatMult => 4,
            BinOp::Mult => 5,
            BinOp::Mod => 6,
            BinOp::BitOr => 7,
            BinOp::Pow => 8,
            BinOp::RShift => 9,
            BinOp::Sub => 10,
            BinOp::Div => 11,
            BinOp::BitXor => 12,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    LtE,
    Eq,
    NotEq,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// A source span: first line and column, end line and column (exclusive).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

#[derive(Clone, Debug)]
pub struct Keyword {
    /// `None` for `**mapping`.
    pub arg: Option<String>,
    pub value: Expr,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

#[derive(Clone, Debug)]
pub struct Arg {
    pub name: String,
    pub annotation: Option<Expr>,
    pub line: u32,
    pub span: Span,
}

#[derive(Clone, Debug, Default)]
pub struct Arguments {
    pub posonly: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Arg>,
    pub kwonly: Vec<Arg>,
    /// One per kw-only argument.
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Arg>,
    /// For the last `defaults.len()` positional arguments.
    pub defaults: Vec<Expr>,
}

impl Arguments {
    /// Every parameter in `co_varnames` order.
    pub fn all(&self) -> Vec<&Arg> {
        let mut v: Vec<&Arg> = self
            .posonly
            .iter()
            .chain(&self.args)
            .chain(&self.kwonly)
            .collect();
        v.extend(self.vararg.iter());
        v.extend(self.kwarg.iter());
        v
    }
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Name(String),
    Const(Constant),
    /// An f-string: literal parts (`Const(Str)`) and `FormattedValue`s.
    JoinedStr(Vec<Expr>),
    FormattedValue {
        value: Box<Expr>,
        /// `'s'`, `'r'` or `'a'`.
        conversion: Option<char>,
        spec: Option<Box<Expr>>,
    },
    Attribute {
        value: Box<Expr>,
        attr: String,
    },
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    BinOp {
        op: BinOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    BoolOp {
        is_and: bool,
        values: Vec<Expr>,
    },
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
        scope: usize,
    },
    Tuple(Vec<Expr>),
    List(Vec<Expr>),
    Set(Vec<Expr>),
    /// `None` keys are `**mapping` entries.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    Starred(Box<Expr>),
    ListComp {
        elt: Box<Expr>,
        gens: Vec<Comprehension>,
        scope: usize,
    },
    SetComp {
        elt: Box<Expr>,
        gens: Vec<Comprehension>,
        scope: usize,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        gens: Vec<Comprehension>,
        scope: usize,
    },
    GeneratorExp {
        elt: Box<Expr>,
        gens: Vec<Comprehension>,
        scope: usize,
    },
    NamedExpr {
        target: String,
        value: Box<Expr>,
    },
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    Await(Box<Expr>),
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub line: u32,
    /// The full span (its `line` is `line`); set by the parser once the statement ends.
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct ExceptHandler {
    pub typ: Option<Expr>,
    pub name: Option<String>,
    pub body: Vec<Stmt>,
    pub line: u32,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Alias {
    pub name: String,
    pub asname: Option<String>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct WithItem {
    pub ctx: Expr,
    pub target: Option<Expr>,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Expr(Expr),
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
        /// A bare name not in parentheses: recorded in `__annotations__`.
        simple: bool,
    },
    Pass,
    Break,
    Continue,
    Return(Option<Expr>),
    Delete(Vec<Expr>),
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        /// `async for` (parsed for `ast.parse`; codegen refuses it).
        is_async: bool,
    },
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
        /// `async with` (parsed for `ast.parse`; codegen refuses it).
        is_async: bool,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    Import(Vec<Alias>),
    ImportFrom {
        module: Option<String>,
        names: Vec<Alias>,
        level: u32,
    },
    FunctionDef {
        name: String,
        args: Box<Arguments>,
        body: Vec<Stmt>,
        decorators: Vec<Expr>,
        returns: Option<Expr>,
        scope: usize,
        is_async: bool,
    },
    ClassDef {
        name: String,
        bases: Vec<Expr>,
        keywords: Vec<Keyword>,
        body: Vec<Stmt>,
        decorators: Vec<Expr>,
        scope: usize,
    },
}
