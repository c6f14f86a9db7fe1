//! The builder API: code objects made programmatically, with labels, symbolic arguments,
//! automatic tables, EXTENDED_ARG and inline caches, line/position and exception tables and
//! a computed stack size. The text assembler ([`super::parser`]) is a thin layer on top.
//!
//! ```
//! use krait_loader::asm::{Arg, ModuleBuilder, Value};
//! use krait_loader::opcodes::Op;
//! use krait_loader::PyVersion;
//!
//! let mut m = ModuleBuilder::new(PyVersion::V3_11);
//! let c = m.root_mut();
//! c.line(1);
//! c.op(Op::RESUME, Arg::Int(0));
//! c.op(Op::LOAD_CONST, Arg::Const(Value::None));
//! c.op(Op::RETURN_VALUE, Arg::None);
//! let pyc = m.to_pyc().unwrap();
//! assert_eq!(&pyc[..2], &3495u16.to_le_bytes());
//! ```

use std::collections::{BTreeMap, HashMap};

use super::error::{AsmError, AsmResult, Span};
use super::value::{Item, Marsh, Value};
use super::{encode_exc, encode_lines, refs, stack};
use crate::code::kind as lk;
use crate::dis::kinds::{self, Kind};
use crate::linetable::Position;
use crate::opcodes::{ArgKind, Op};
use crate::pyc::{PycHeader, Validation};
use crate::{PyStr, PyVersion};

/// A jump target, made by [`CodeBuilder::label`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label(pub(crate) usize);

/// An instruction's argument, symbolic where the opcode's argument kind allows.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// The opcode takes no argument.
    None,
    /// A number: the argument itself for counts, flags and the like; for every other kind
    /// the raw argument (a table index, a jump's encoded distance), used as is.
    Int(u32),
    /// A constant (`hasconst`): its index in `co_consts`, appended on first use.
    Const(Value),
    /// A name (`hasname`); `flags` fills the low bits that 3.11+ `LOAD_GLOBAL`, 3.12+
    /// `LOAD_ATTR` (1 bit: `NULL + `) and 3.12+ `LOAD_SUPER_ATTR` (2 bits) keep below it.
    Name { flags: u32, name: PyStr },
    /// A local variable (`haslocal`).
    Local(PyStr),
    /// 3.13's `LOAD_FAST_LOAD_FAST` and friends: two locals.
    LocalPair(PyStr, PyStr),
    /// A cell or free variable (`hasfree`).
    Free(PyStr),
    /// A comparison (`hascompare`): the index into `('<', '<=', '==', '!=', '>', '>=')`;
    /// `to_bool` is 3.13's `bool(...)` bit. 3.12+ add CPython's mask bits.
    Compare { op: u8, to_bool: bool },
    /// A jump target.
    Label(Label),
}

/// A code object's marshalled fields, for [`Marsh`] annotations on them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    /// The code object itself.
    Code,
    Bytecode,
    Consts,
    Names,
    Varnames,
    Freevars,
    Cellvars,
    Localsplusnames,
    Localspluskinds,
    Filename,
    Name,
    Qualname,
    Linetable,
    Exceptiontable,
}

impl Field {
    pub const ALL: [Field; 14] = [
        Field::Code,
        Field::Bytecode,
        Field::Consts,
        Field::Names,
        Field::Varnames,
        Field::Freevars,
        Field::Cellvars,
        Field::Localsplusnames,
        Field::Localspluskinds,
        Field::Filename,
        Field::Name,
        Field::Qualname,
        Field::Linetable,
        Field::Exceptiontable,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Field::Code => "self",
            Field::Bytecode => "code",
            Field::Consts => "consts",
            Field::Names => "names",
            Field::Varnames => "varnames",
            Field::Freevars => "freevars",
            Field::Cellvars => "cellvars",
            Field::Localsplusnames => "localsplusnames",
            Field::Localspluskinds => "localspluskinds",
            Field::Filename => "filename",
            Field::Name => "name",
            Field::Qualname => "qualname",
            Field::Linetable => "linetable",
            Field::Exceptiontable => "exceptiontable",
        }
    }

    pub fn from_name(s: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.name() == s)
    }
}

/// A name in a table (`co_names`, `co_varnames`, ...), with its marshal annotation and, for
/// variables, kind bits beyond the derived ones (3.12+ `HIDDEN`).
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub name: PyStr,
    pub marsh: Marsh,
    pub extra_kind: u8,
}

impl Entry {
    pub fn new(name: impl Into<PyStr>) -> Self {
        Self {
            name: name.into(),
            marsh: Marsh::default(),
            extra_kind: 0,
        }
    }
}

#[derive(Clone, Debug)]
pub(crate) struct Inst {
    pub op: Op,
    pub arg: Arg,
    pub pos: Position,
    /// At least this many EXTENDED_ARG prefixes.
    pub min_ext: u8,
    /// Inline cache contents (zeros when `None`).
    pub caches: Option<Vec<u16>>,
    pub span: Option<Span>,
}

#[derive(Clone, Debug)]
pub(crate) struct LabelDef {
    pub name: String,
    /// The index of the instruction the label stands before (`instrs.len()`: the end).
    pub at: Option<usize>,
    pub span: Option<Span>,
}

/// An exception-table range: instructions from `start` up to `end` jump to `handler`.
#[derive(Clone, Debug)]
pub(crate) struct TryRange {
    pub start: Label,
    pub end: Label,
    pub handler: Label,
    pub depth: Option<u32>,
    pub lasti: bool,
    pub span: Option<Span>,
}

/// One code object under construction.
#[derive(Clone, Debug)]
pub struct CodeBuilder {
    pub(crate) version: PyVersion,
    pub name: PyStr,
    pub qualname: Option<PyStr>,
    pub filename: Option<PyStr>,
    pub firstlineno: Option<u32>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    /// 3.10's `co_nlocals` (default: the number of varnames).
    pub nlocals: Option<u32>,
    /// Default: computed by flow analysis.
    pub stacksize: Option<u32>,
    pub consts: Vec<Item>,
    pub names: Vec<Entry>,
    pub varnames: Vec<Entry>,
    pub cellvars: Vec<Entry>,
    pub freevars: Vec<Entry>,
    /// 3.11+: the fast locals with their kind bytes, instead of deriving them from
    /// varnames/cellvars/freevars.
    pub localsplus: Option<Vec<(Entry, u8)>>,
    pub fields: BTreeMap<Field, Marsh>,
    /// Raw replacements of what is otherwise computed.
    pub raw_code: Option<Vec<u8>>,
    pub raw_linetable: Option<Vec<u8>>,
    pub raw_exceptiontable: Option<Vec<u8>>,
    pub(crate) instrs: Vec<Inst>,
    pub(crate) labels: Vec<LabelDef>,
    pub(crate) tries: Vec<TryRange>,
    pub(crate) children: Vec<CodeBuilder>,
    pub(crate) child_ids: Vec<String>,
    /// The position given to the next instruction.
    pub(crate) pos: Position,
    /// The source span given to the next instruction (text front end).
    pub(crate) span: Option<Span>,
}

/// A finished code object: every field as it will be marshalled.
#[derive(Clone, Debug)]
pub struct Built {
    pub version: PyVersion,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub nlocals: u32,
    pub stacksize: u32,
    pub flags: u32,
    pub code: Vec<u8>,
    pub consts: Vec<Item>,
    pub names: Vec<Entry>,
    pub varnames: Vec<Entry>,
    pub cellvars: Vec<Entry>,
    pub freevars: Vec<Entry>,
    pub localsplusnames: Vec<Entry>,
    pub localspluskinds: Vec<u8>,
    pub filename: PyStr,
    pub name: PyStr,
    pub qualname: PyStr,
    pub firstlineno: u32,
    pub linetable: Vec<u8>,
    pub exceptiontable: Vec<u8>,
    pub fields: BTreeMap<Field, Marsh>,
    pub children: Vec<Built>,
}

/// A whole `.pyc`: header and module code object.
#[derive(Clone, Debug)]
pub struct ModuleBuilder {
    pub version: PyVersion,
    pub header: PycHeader,
    pub root: CodeBuilder,
}

impl ModuleBuilder {
    /// A module for `version` with a timestamp header (mtime 0, size 0).
    pub fn new(version: PyVersion) -> Self {
        Self {
            version,
            header: PycHeader::timestamp(version, 0, 0),
            root: CodeBuilder::new(version, "<module>"),
        }
    }

    pub fn root_mut(&mut self) -> &mut CodeBuilder {
        &mut self.root
    }

    /// Builds every code object.
    pub fn build(&self) -> AsmResult<Built> {
        self.root.build(&PyStr::from("<asm>"))
    }

    /// The `.pyc` bytes.
    pub fn to_pyc(&self) -> AsmResult<Vec<u8>> {
        let built = self.build()?;
        Ok(pyc_bytes(&self.header, &built))
    }
}

/// Header plus the marshalled module.
pub fn pyc_bytes(header: &PycHeader, built: &Built) -> Vec<u8> {
    let mut out = header.to_bytes().to_vec();
    crate::marshal::write_into(&mut out, &refs::to_node(built));
    out
}

/// A header from its parts (`magic` defaults to the version's release magic).
pub fn header(version: PyVersion, magic: Option<u16>, validation: Validation) -> PycHeader {
    let mut h = match validation {
        Validation::Timestamp { mtime, size } => PycHeader::timestamp(version, mtime, size),
        Validation::Hash { checked, hash } => PycHeader::hash(version, checked, hash),
    };
    if let Some(m) = magic {
        h.magic = m;
    }
    h
}

/// `co_flags` names.
pub const FLAG_NAMES: [(&str, u32); 10] = [
    ("OPTIMIZED", 0x1),
    ("NEWLOCALS", 0x2),
    ("VARARGS", 0x4),
    ("VARKEYWORDS", 0x8),
    ("NESTED", 0x10),
    ("GENERATOR", 0x20),
    ("NOFREE", 0x40),
    ("COROUTINE", 0x80),
    ("ITERABLE_COROUTINE", 0x100),
    ("ASYNC_GENERATOR", 0x200),
];

/// Kind names of `co_localspluskinds` bits.
pub const KIND_NAMES: [(&str, u8); 7] = [
    ("local", lk::LOCAL),
    ("cell", lk::CELL),
    ("free", lk::FREE),
    ("hidden", lk::HIDDEN),
    ("args", lk::ARGS),
    ("varargs", lk::ARG_VAR_POS),
    ("varkw", lk::ARG_VAR_KW),
];

fn err(span: Option<Span>, msg: impl Into<String>) -> AsmError {
    AsmError::new(span, msg)
}

impl CodeBuilder {
    pub fn new(version: PyVersion, name: impl Into<PyStr>) -> Self {
        Self {
            version,
            name: name.into(),
            qualname: None,
            filename: None,
            firstlineno: None,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            nlocals: None,
            stacksize: None,
            consts: Vec::new(),
            names: Vec::new(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            localsplus: None,
            fields: BTreeMap::new(),
            raw_code: None,
            raw_linetable: None,
            raw_exceptiontable: None,
            instrs: Vec::new(),
            labels: Vec::new(),
            tries: Vec::new(),
            children: Vec::new(),
            child_ids: Vec::new(),
            pos: Position::default(),
            span: None,
        }
    }

    pub fn version(&self) -> PyVersion {
        self.version
    }

    /// Sets the source span of the next instructions (for error messages).
    pub fn set_span(&mut self, span: Option<Span>) {
        self.span = span;
    }

    /// The next instructions are on `line` (no columns).
    pub fn line(&mut self, line: u32) {
        self.pos = Position {
            lineno: Some(line),
            end_lineno: Some(line),
            col: None,
            end_col: None,
        };
    }

    /// The next instructions have this position (`Position::default()`: none).
    pub fn position(&mut self, pos: Position) {
        self.pos = pos;
    }

    /// A new, unbound label.
    pub fn label(&mut self, name: impl Into<String>) -> Label {
        self.labels.push(LabelDef {
            name: name.into(),
            at: None,
            span: self.span,
        });
        Label(self.labels.len() - 1)
    }

    /// The label named `name`, made if new.
    pub fn named_label(&mut self, name: &str) -> Label {
        match self.labels.iter().position(|l| l.name == name) {
            Some(i) => Label(i),
            None => self.label(name),
        }
    }

    /// Binds a label before the next instruction.
    pub fn bind(&mut self, l: Label) -> AsmResult<()> {
        let at = self.instrs.len();
        let span = self.span;
        let def = self
            .labels
            .get_mut(l.0)
            .ok_or_else(|| err(span, "no such label"))?;
        if def.at.is_some() {
            return Err(err(span, format!("duplicate label '{}'", def.name)));
        }
        def.at = Some(at);
        def.span = span;
        Ok(())
    }

    /// Appends an instruction.
    pub fn op(&mut self, op: Op, arg: Arg) {
        self.op_with(op, arg, 0, None);
    }

    /// Appends an instruction with at least `min_ext` EXTENDED_ARG prefixes and the given
    /// inline cache contents.
    pub fn op_with(&mut self, op: Op, arg: Arg, min_ext: u8, caches: Option<Vec<u16>>) {
        self.instrs.push(Inst {
            op,
            arg,
            pos: self.pos,
            min_ext,
            caches,
            span: self.span,
        });
    }

    /// A jump to `target`.
    pub fn jump(&mut self, op: Op, target: Label) {
        self.op(op, Arg::Label(target));
    }

    /// An exception-table range: instructions from `start` up to (not including) `end`
    /// go to `handler`; `depth` defaults to the stack depth at `start`. Ranges may nest;
    /// the innermost applies.
    pub fn try_range(
        &mut self,
        start: Label,
        end: Label,
        handler: Label,
        depth: Option<u32>,
        lasti: bool,
    ) {
        self.tries.push(TryRange {
            start,
            end,
            handler,
            depth,
            lasti,
            span: self.span,
        });
    }

    /// Adds a constant to `co_consts` (even if an equal one is there); returns its index.
    pub fn add_const(&mut self, item: Item) -> usize {
        self.consts.push(item);
        self.consts.len() - 1
    }

    /// Adds a nested code object; `Value::Code` of the returned index refers to it.
    pub fn add_child(&mut self, id: impl Into<String>, child: CodeBuilder) -> usize {
        self.children.push(child);
        self.child_ids.push(id.into());
        self.children.len() - 1
    }

    /// The index of the child code object with this id.
    pub fn child_index(&self, id: &str) -> Option<usize> {
        self.child_ids.iter().position(|c| c == id)
    }

    /// A nested code object, to build it further.
    pub fn child_mut(&mut self, index: usize) -> Option<&mut CodeBuilder> {
        self.children.get_mut(index)
    }

    /// Sets the signature from Python-style parameter names: positional ones, the number
    /// of those that are positional-only, keyword-only ones, and `*args`/`**kwargs`.
    pub fn signature(
        &mut self,
        positional: &[&str],
        posonly: u32,
        varargs: Option<&str>,
        kwonly: &[&str],
        varkw: Option<&str>,
    ) {
        self.argcount = positional.len() as u32;
        self.posonlyargcount = posonly;
        self.kwonlyargcount = kwonly.len() as u32;
        let mut names: Vec<&str> = positional.to_vec();
        names.extend_from_slice(kwonly);
        if let Some(v) = varargs {
            names.push(v);
            self.flags |= 0x4;
        }
        if let Some(v) = varkw {
            names.push(v);
            self.flags |= 0x8;
        }
        for n in names {
            if !self
                .varnames
                .iter()
                .any(|e| e.name.as_bytes() == n.as_bytes())
            {
                self.varnames.push(Entry::new(n));
            }
        }
    }

    /// Builds this code object and its children. `parent_filename` is the default
    /// `co_filename`.
    pub fn build(&self, parent_filename: &PyStr) -> AsmResult<Built> {
        let filename = self
            .filename
            .clone()
            .unwrap_or_else(|| parent_filename.clone());
        let mut children = Vec::with_capacity(self.children.len());
        for c in &self.children {
            children.push(c.build(&filename)?);
        }
        self.build_one(filename, children)
    }

    /// Builds this code object around already built children.
    pub(crate) fn build_one(&self, filename: PyStr, children: Vec<Built>) -> AsmResult<Built> {
        let v = self.version;
        let mut t = Tables::new(self);
        // Labels must be bound.
        if let Some(l) = self.labels.iter().find(|l| l.at.is_none()) {
            return Err(err(l.span, format!("undefined label '{}'", l.name)));
        }
        // Arguments other than jumps, growing the tables in first-use order.
        let mut args: Vec<Option<u32>> = Vec::with_capacity(self.instrs.len());
        for ins in &self.instrs {
            args.push(t.resolve(ins, self.children.len())?);
        }
        let (localsplusnames, localspluskinds) = t.localsplus(self)?;
        // Fast-local indices are only known once the tables are complete (3.11+).
        for (ins, a) in self.instrs.iter().zip(args.iter_mut()) {
            if a.is_none() && !matches!(ins.arg, Arg::Label(_)) {
                *a = Some(t.resolve_var(ins, &localsplusnames)?);
            }
        }
        let layout = layout(v, &self.instrs, &args, &self.labels)?;
        let code = match &self.raw_code {
            Some(raw) => raw.clone(),
            None => layout.bytes.clone(),
        };
        let positions: Vec<(Position, u32)> = self
            .instrs
            .iter()
            .zip(&layout.sizes)
            .map(|(i, &s)| (i.pos, s))
            .collect();
        let firstlineno = self
            .firstlineno
            .unwrap_or_else(|| self.instrs.iter().find_map(|i| i.pos.lineno).unwrap_or(1));
        let linetable = match &self.raw_linetable {
            Some(raw) => raw.clone(),
            None => encode_lines::encode(v, firstlineno, &positions),
        };
        let handler_idx = self.handlers()?;
        let need_flow = self.stacksize.is_none() || self.tries.iter().any(|t| t.depth.is_none());
        let flow = if need_flow {
            if self.raw_code.is_some() {
                return Err(err(
                    None,
                    "raw code needs an explicit .stacksize and try depths",
                ));
            }
            Some(stack::analyze(
                v,
                &self.instrs,
                &layout,
                &self.labels,
                &handler_idx,
                &self.tries,
            )?)
        } else {
            None
        };
        let n = self.instrs.len();
        let mut handlers = Vec::with_capacity(n);
        for k in &handler_idx {
            handlers.push(match k {
                None => None,
                Some(k) => {
                    let t = &self.tries[*k];
                    let depth = t
                        .depth
                        .or_else(|| flow.as_ref().and_then(|f| f.try_depths[*k]))
                        .ok_or_else(|| err(t.span, "cannot infer the depth of this exception range (unreachable); give depth="))?;
                    let at = self.labels[t.handler.0].at.unwrap_or(n);
                    let target = layout.starts.get(at).copied().unwrap_or(layout.total);
                    Some(encode_exc::Handler { target, depth, lasti: t.lasti })
                }
            });
        }
        let exceptiontable = match &self.raw_exceptiontable {
            Some(raw) => raw.clone(),
            None if v >= PyVersion::V3_11 => encode_exc::encode(&handlers, &layout.sizes),
            None => Vec::new(),
        };
        let stacksize = match (self.stacksize, &flow) {
            (Some(s), _) => s,
            (None, Some(f)) => f.max_depth,
            (None, None) => 0,
        };
        let nlocals = match self.nlocals {
            Some(n) => n,
            None if v == PyVersion::V3_10 => t.varnames.len() as u32,
            None => localspluskinds
                .iter()
                .filter(|&&k| k & lk::LOCAL != 0)
                .count() as u32,
        };
        let name = self.name.clone();
        Ok(Built {
            version: v,
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            nlocals,
            stacksize,
            flags: self.flags,
            code,
            consts: t.consts,
            names: t.names,
            varnames: t.varnames,
            cellvars: t.cellvars,
            freevars: t.freevars,
            localsplusnames,
            localspluskinds,
            filename,
            qualname: self.qualname.clone().unwrap_or_else(|| name.clone()),
            name,
            firstlineno,
            linetable,
            exceptiontable,
            fields: self.fields.clone(),
            children,
        })
    }

    /// Per instruction, the innermost exception range covering it (index into `tries`).
    fn handlers(&self) -> AsmResult<Vec<Option<usize>>> {
        let n = self.instrs.len();
        let at = |l: Label| self.labels[l.0].at.unwrap_or(n);
        let mut ranges: Vec<(usize, usize, usize)> = Vec::new();
        for (k, t) in self.tries.iter().enumerate() {
            let (s, e) = (at(t.start), at(t.end));
            if s > e {
                return Err(err(
                    t.span,
                    format!(
                        "exception range ends (label '{}') before it starts (label '{}')",
                        self.labels[t.end.0].name, self.labels[t.start.0].name
                    ),
                ));
            }
            if self.version == PyVersion::V3_10 {
                return Err(err(
                    t.span,
                    "3.10 has no exception table (use SETUP_FINALLY)",
                ));
            }
            for &(s2, e2, k2) in &ranges {
                let disjoint = e <= s2 || e2 <= s;
                let nested = (s <= s2 && e2 <= e) || (s2 <= s && e <= e2);
                if !disjoint && !nested {
                    return Err(err(
                        t.span,
                        format!(
                            "exception ranges do not nest: this one overlaps the range at {}",
                            self.tries[k2]
                                .span
                                .map_or(String::from("?"), |sp| format!("{}:{}", sp.line, sp.col))
                        ),
                    ));
                }
            }
            ranges.push((s, e, k));
        }
        let mut out = vec![None; n];
        for (i, slot) in out.iter_mut().enumerate() {
            // Innermost: the shortest range holding i; among equal ones the last declared.
            let mut best: Option<(usize, usize)> = None;
            for &(s, e, k) in &ranges {
                if s <= i && i < e && best.is_none_or(|(len, _)| e - s <= len) {
                    best = Some((e - s, k));
                }
            }
            *slot = best.map(|(_, k)| k);
        }
        Ok(out)
    }
}

/// The tables being built and the argument resolution that grows them.
struct Tables {
    v: PyVersion,
    consts: Vec<Item>,
    const_index: HashMap<Vec<u8>, usize>,
    names: Vec<Entry>,
    varnames: Vec<Entry>,
    cellvars: Vec<Entry>,
    freevars: Vec<Entry>,
    explicit_localsplus: bool,
}

fn find(entries: &[Entry], name: &PyStr) -> Option<usize> {
    entries.iter().position(|e| &e.name == name)
}

fn find_or_push(entries: &mut Vec<Entry>, name: &PyStr) -> usize {
    find(entries, name).unwrap_or_else(|| {
        entries.push(Entry::new(name.clone()));
        entries.len() - 1
    })
}

impl Tables {
    fn new(c: &CodeBuilder) -> Self {
        let mut const_index = HashMap::new();
        for (i, it) in c.consts.iter().enumerate() {
            if let Some(k) = const_key(&it.value) {
                const_index.entry(k).or_insert(i);
            }
        }
        let mut t = Self {
            v: c.version,
            consts: c.consts.clone(),
            const_index,
            names: c.names.clone(),
            varnames: c.varnames.clone(),
            cellvars: c.cellvars.clone(),
            freevars: c.freevars.clone(),
            explicit_localsplus: c.localsplus.is_some(),
        };
        if let Some(lp) = &c.localsplus {
            // Keep the derived views consistent for 3.10-style lookups.
            t.varnames.clear();
            t.cellvars.clear();
            t.freevars.clear();
            for (e, k) in lp {
                if k & lk::LOCAL != 0 {
                    t.varnames.push(e.clone());
                }
                if k & lk::CELL != 0 {
                    t.cellvars.push(e.clone());
                }
                if k & lk::FREE != 0 {
                    t.freevars.push(e.clone());
                }
            }
        }
        t
    }

    /// Resolves every argument that does not depend on the final fast-locals layout
    /// (`None` for locals/free variables in 3.11+ and for jumps). Names of variables are
    /// added to their tables here, in first-use order.
    fn resolve(&mut self, ins: &Inst, children: usize) -> AsmResult<Option<u32>> {
        let v = self.v;
        let op = ins.op;
        let span = ins.span;
        let kind = op.arg_kind(v);
        let dkind = kinds::kind(v, op.name());
        let bad = |what: &str| {
            err(
                span,
                format!(
                    "{op} takes {} in {v}, not {what}",
                    describe_kind(kind, dkind)
                ),
            )
        };
        let arg = match (&ins.arg, kind) {
            (Arg::Int(n), ArgKind::None) => {
                if *n > 255 {
                    return Err(err(
                        span,
                        format!("{op} takes no argument; its argument byte must be below 256"),
                    ));
                }
                *n
            }
            (Arg::Int(n), _) => *n,
            (Arg::None, ArgKind::None) => 0,
            (Arg::None, _) => {
                return Err(err(
                    span,
                    format!("{op} needs an argument ({})", describe_kind(kind, dkind)),
                ))
            }
            (_, ArgKind::None) => return Err(err(span, format!("{op} takes no argument in {v}"))),
            (Arg::Const(val), ArgKind::Const) => {
                if let Value::Code(i) = val {
                    if *i >= children {
                        return Err(err(span, "no such code object"));
                    }
                }
                let idx = match const_key(val).and_then(|k| self.const_index.get(&k).copied()) {
                    Some(i) => i,
                    None => {
                        self.consts.push(Item::new(val.clone()));
                        let i = self.consts.len() - 1;
                        if let Some(k) = const_key(val) {
                            self.const_index.insert(k, i);
                        }
                        i
                    }
                };
                idx as u32
            }
            (Arg::Const(val), _) => return Err(bad(&format!("a constant ({})", val.describe()))),
            (Arg::Name { flags, name }, ArgKind::Name) => {
                let shift = match dkind {
                    Kind::Global | Kind::Attr => 1,
                    Kind::SuperAttr => 2,
                    _ => 0,
                };
                if *flags >= 1 << shift {
                    return Err(err(
                        span,
                        format!("{op} has no flag bits below its name in {v}"),
                    ));
                }
                let i = find_or_push(&mut self.names, name) as u32;
                (i << shift) | flags
            }
            (Arg::Name { .. }, _) => return Err(bad("a name")),
            (Arg::Local(name), ArgKind::Local) if dkind != Kind::LocalPair => {
                self.use_local(name);
                return Ok(None);
            }
            (Arg::LocalPair(a, b), ArgKind::Local) if dkind == Kind::LocalPair => {
                self.use_local(a);
                self.use_local(b);
                return Ok(None);
            }
            (Arg::Local(name) | Arg::Free(name), ArgKind::Free) => {
                if !self.explicit_localsplus
                    && find(&self.freevars, name).is_none()
                    && find(&self.cellvars, name).is_none()
                {
                    self.cellvars.push(Entry::new(name.clone()));
                }
                return Ok(None);
            }
            (Arg::Local(_) | Arg::LocalPair(..) | Arg::Free(_), _) => {
                return Err(bad("a variable name"))
            }
            (Arg::Compare { op: c, to_bool }, ArgKind::Compare) => {
                if *c > 5 {
                    return Err(err(span, "no such comparison"));
                }
                if *to_bool && v < PyVersion::V3_13 {
                    return Err(err(
                        span,
                        format!("bool(...) comparisons are new in 3.13, not {v}"),
                    ));
                }
                compare_arg(v, *c, *to_bool)
            }
            (Arg::Compare { .. }, _) => return Err(bad("a comparison")),
            (Arg::Label(_), k) if k.is_jump() => return Ok(None),
            (Arg::Label(_), _) => return Err(bad("a jump target")),
        };
        Ok(Some(arg))
    }

    /// A fast local used by name: added to varnames unless it is known (in 3.11+ a cell or
    /// free variable is a fast local too).
    fn use_local(&mut self, name: &PyStr) {
        if self.explicit_localsplus {
            return;
        }
        let known = find(&self.varnames, name).is_some()
            || (self.v >= PyVersion::V3_11
                && (find(&self.cellvars, name).is_some() || find(&self.freevars, name).is_some()));
        if !known {
            self.varnames.push(Entry::new(name.clone()));
        }
    }

    /// Arguments naming fast locals and cells, once the layout is final.
    fn resolve_var(&self, ins: &Inst, localsplus: &[Entry]) -> AsmResult<u32> {
        let v = self.v;
        let span = ins.span;
        let missing = |n: &PyStr| err(span, format!("no variable '{n}' in this code object"));
        let local = |n: &PyStr| -> AsmResult<u32> {
            let found = if v == PyVersion::V3_10 {
                find(&self.varnames, n)
            } else {
                find(localsplus, n)
            };
            found.map(|i| i as u32).ok_or_else(|| missing(n))
        };
        match &ins.arg {
            Arg::Local(n) if ins.op.arg_kind(v) == ArgKind::Local => local(n),
            Arg::LocalPair(a, b) => {
                let (a, b) = (local(a)?, local(b)?);
                if a > 15 || b > 15 {
                    return Err(err(span, format!("{} packs two locals below 16", ins.op)));
                }
                Ok(a << 4 | b)
            }
            Arg::Local(n) | Arg::Free(n) => {
                if v == PyVersion::V3_10 {
                    if let Some(i) = find(&self.cellvars, n) {
                        return Ok(i as u32);
                    }
                    find(&self.freevars, n)
                        .map(|i| (i + self.cellvars.len()) as u32)
                        .ok_or_else(|| missing(n))
                } else {
                    find(localsplus, n)
                        .map(|i| i as u32)
                        .ok_or_else(|| missing(n))
                }
            }
            _ => Err(err(span, "internal: unresolved argument")),
        }
    }

    /// 3.11+ fast locals: explicit, or derived as CPython's `compute_localsplus_info`.
    fn localsplus(&self, c: &CodeBuilder) -> AsmResult<(Vec<Entry>, Vec<u8>)> {
        if self.v == PyVersion::V3_10 {
            return Ok((Vec::new(), Vec::new()));
        }
        if let Some(lp) = &c.localsplus {
            return Ok(lp.iter().map(|(e, k)| (e.clone(), *k)).unzip());
        }
        let mut names = Vec::new();
        let mut kinds = Vec::new();
        for e in &self.varnames {
            let mut k = lk::LOCAL | e.extra_kind;
            if find(&self.cellvars, &e.name).is_some() {
                k |= lk::CELL;
            }
            names.push(e.clone());
            kinds.push(k);
        }
        for e in &self.cellvars {
            if find(&self.varnames, &e.name).is_none() {
                names.push(e.clone());
                kinds.push(lk::CELL | e.extra_kind);
            }
        }
        for e in &self.freevars {
            names.push(e.clone());
            kinds.push(lk::FREE | e.extra_kind);
        }
        Ok((names, kinds))
    }
}

/// The constant-merging key (`None`: never merged, i.e. code objects).
fn const_key(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Code(i) => {
            let mut k = b"code".to_vec();
            k.extend_from_slice(&(*i as u64).to_le_bytes());
            Some(k)
        }
        _ => v.key(),
    }
}

/// CPython 3.12+'s `compare_masks` (`COMPARISON_LESS_THAN` = 2, `GREATER_THAN` = 4,
/// `EQUALS` = 8, `NOT_EQUALS` = 7), indexed like `cmp_op`.
const COMPARE_MASKS: [u32; 6] = [2, 10, 8, 7, 4, 12];

/// The argument of `COMPARE_OP` for comparison `c` (an index into `cmp_op`).
pub fn compare_arg(v: PyVersion, c: u8, to_bool: bool) -> u32 {
    let c32 = u32::from(c);
    match v {
        PyVersion::V3_10 | PyVersion::V3_11 => c32,
        PyVersion::V3_12 => c32 << 4 | COMPARE_MASKS[c as usize % 6],
        PyVersion::V3_13 => c32 << 5 | COMPARE_MASKS[c as usize % 6] | if to_bool { 16 } else { 0 },
    }
}

/// The inverse of [`compare_arg`]: `(index, to_bool)` when `arg` is exactly what CPython
/// writes for some comparison.
pub fn compare_from_arg(v: PyVersion, arg: u32) -> Option<(u8, bool)> {
    (0..6u8)
        .flat_map(|c| [(c, false), (c, true)])
        .filter(|&(_, b)| !b || v >= PyVersion::V3_13)
        .find(|&(c, b)| compare_arg(v, c, b) == arg)
}

fn describe_kind(kind: ArgKind, dkind: Kind) -> &'static str {
    match (kind, dkind) {
        (_, Kind::LocalPair) => "two local variable names",
        (ArgKind::None, _) => "no argument",
        (ArgKind::Const, _) => "a constant",
        (ArgKind::Name, _) => "a name",
        (ArgKind::Local, _) => "a local variable name",
        (ArgKind::Free, _) => "a cell or free variable name",
        (ArgKind::Compare, _) => "a comparison",
        (ArgKind::JumpForward | ArgKind::JumpBackward | ArgKind::JumpAbsolute, _) => "a label",
        (ArgKind::Other, Kind::BinaryOp) => "an operator",
        (ArgKind::Other, _) => "a number",
    }
}

/// The code's layout: per instruction its size in code units (prefixes + 1 + caches), its
/// start in code units, final arguments and the bytes.
#[derive(Clone, Debug)]
pub(crate) struct Layout {
    pub sizes: Vec<u32>,
    pub starts: Vec<u32>,
    pub args: Vec<u32>,
    pub bytes: Vec<u8>,
    pub total: u32,
}

fn ext_needed(arg: u32) -> u8 {
    match arg {
        0..=0xff => 0,
        0x100..=0xffff => 1,
        0x1_0000..=0xff_ffff => 2,
        _ => 3,
    }
}

/// Places the instructions, iterating until jump arguments (and so EXTENDED_ARG counts)
/// no longer change.
pub(crate) fn layout(
    v: PyVersion,
    instrs: &[Inst],
    args: &[Option<u32>],
    labels: &[LabelDef],
) -> AsmResult<Layout> {
    let n = instrs.len();
    let ext_num = Op::EXTENDED_ARG
        .number(v)
        .ok_or_else(|| err(None, "internal: no EXTENDED_ARG"))?;
    let mut ext: Vec<u8> = instrs
        .iter()
        .zip(args)
        .map(|(i, a)| i.min_ext.max(a.map_or(0, ext_needed)))
        .collect();
    let caches: Vec<u32> = instrs
        .iter()
        .map(|i| u32::from(i.op.cache_entries(v)))
        .collect();
    let mut final_args: Vec<u32> = args.iter().map(|a| a.unwrap_or(0)).collect();
    let mut starts = vec![0u32; n];
    let mut sizes = vec![0u32; n];
    for round in 0.. {
        let mut pos = 0u32;
        for i in 0..n {
            starts[i] = pos;
            sizes[i] = u32::from(ext[i]) + 1 + caches[i];
            pos += sizes[i];
        }
        let total = pos;
        let mut changed = false;
        for (i, ins) in instrs.iter().enumerate() {
            let Arg::Label(l) = ins.arg else { continue };
            if args[i].is_some() {
                continue;
            }
            let at = labels[l.0].at.unwrap_or(n);
            let target = if at < n { starts[at] } else { total } * 2;
            let own = (starts[i] + u32::from(ext[i])) * 2;
            let base = ins
                .op
                .jump_target(v, own, 0)
                .ok_or_else(|| err(ins.span, format!("{} is no jump in {v}", ins.op)))?;
            let arg = match ins.op.arg_kind(v) {
                ArgKind::JumpBackward => {
                    if target > base {
                        return Err(err(
                            ins.span,
                            format!(
                                "{} jumps backward, but label '{}' is ahead",
                                ins.op, labels[l.0].name
                            ),
                        ));
                    }
                    (base - target) / 2
                }
                _ => {
                    if target < base {
                        return Err(err(
                            ins.span,
                            format!(
                                "{} jumps forward, but label '{}' is behind",
                                ins.op, labels[l.0].name
                            ),
                        ));
                    }
                    (target - base) / 2
                }
            };
            final_args[i] = arg;
            let need = ext[i].max(ext_needed(arg));
            if need != ext[i] {
                ext[i] = need;
                changed = true;
            }
        }
        if !changed || round > 64 {
            break;
        }
    }
    let total = starts.last().map_or(0, |s| s + sizes[n - 1]);
    let mut bytes = Vec::with_capacity(total as usize * 2);
    for (i, ins) in instrs.iter().enumerate() {
        let num = ins
            .op
            .number(v)
            .ok_or_else(|| err(ins.span, format!("{} does not exist in {v}", ins.op)))?;
        let a = final_args[i];
        for k in (1..=u32::from(ext[i])).rev() {
            bytes.push(ext_num);
            bytes.push((a.checked_shr(8 * k).unwrap_or(0) & 0xff) as u8);
        }
        bytes.push(num);
        bytes.push((a & 0xff) as u8);
        for c in 0..caches[i] as usize {
            let val = ins
                .caches
                .as_ref()
                .and_then(|cs| cs.get(c))
                .copied()
                .unwrap_or(0);
            bytes.extend_from_slice(&val.to_le_bytes());
        }
    }
    Ok(Layout {
        sizes,
        starts,
        args: final_args,
        bytes,
        total,
    })
}
