//! Resolving a [`Node`] tree into [`Const`]s and [`CodeObject`]s.
//!
//! References are numbered exactly as CPython's reader numbers them: walking the tree in
//! stream order, every node with `FLAG_REF` whose kind takes an index gets the next one
//! *before* its children are visited. A reference resolves to a clone of the referenced
//! constant (containers and strings share their `Rc`). A reference to an object still
//! being built (a cycle, e.g. a list containing itself) cannot be a `Const` and is an
//! error.
//!
//! Copies made through references (and of shared tuples into a code object's `Vec`s) are
//! charged against a budget proportional to the tree's size, so a small hostile file
//! cannot make resolution allocate without bound.

use std::rc::Rc;

use num_bigint::BigInt;

use super::node::{long_value, str_value, CodeLayout, CodeNode, Kind, Node};
use crate::code::kind;
use crate::{CodeObject, Const, LoadError, PyStr, PyVersion, Result};

/// Resolves references and builds constants and code objects.
pub fn resolve(node: &Node, version: PyVersion) -> Result<Const> {
    let nodes = count_nodes(node);
    let mut r = Resolver {
        version,
        refs: Vec::new(),
        budget: (1usize << 26).saturating_add(nodes.saturating_mul(64)),
    };
    r.run(node)
}

/// Parses `'f'`/`'x'` float text as CPython's `PyOS_string_to_double` would accept it
/// (decimal or exponent notation, `inf`, `infinity`, `nan`, optional sign).
pub(crate) fn parse_float_text(text: &[u8]) -> Option<f64> {
    let s = std::str::from_utf8(text).ok()?;
    if s.is_empty() || s.bytes().any(|b| b.is_ascii_whitespace() || b == b'_') {
        return None;
    }
    s.parse::<f64>().ok()
}

fn count_nodes(node: &Node) -> usize {
    let mut count = 0usize;
    let mut todo = vec![node];
    while let Some(n) = todo.pop() {
        count = count.saturating_add(1);
        todo.extend(n.children());
    }
    count
}

/// Resolution work, last first.
enum Task<'n> {
    /// Resolve this node (reserving its reference index first).
    Enter(&'n Node),
    /// Its `children` results are on the value stack: build the node.
    Exit {
        node: &'n Node,
        slot: Option<usize>,
        children: usize,
    },
}

struct Resolver {
    version: PyVersion,
    /// The reference table; `None` while the object is still being built.
    refs: Vec<Option<Const>>,
    /// Bytes that copies may still allocate.
    budget: usize,
}

fn err(node: &Node, what: impl Into<String>) -> LoadError {
    LoadError::malformed(node.offset, what)
}

/// What copying a constant out of shared storage allocates (roughly).
fn copy_cost(c: &Const) -> usize {
    let own = std::mem::size_of::<Const>();
    match c {
        Const::Int(i) => own + (i.bits() / 8) as usize,
        _ => own,
    }
}

impl Resolver {
    fn charge(&mut self, node: &Node, cost: usize) -> Result<()> {
        match self.budget.checked_sub(cost) {
            Some(left) => {
                self.budget = left;
                Ok(())
            }
            None => Err(err(node, "references copy too much data (hostile input?)")),
        }
    }

    /// Resolves a tree with explicit stacks (no native recursion), visiting nodes in
    /// stream order so reference indices are handed out as CPython hands them out.
    fn run(&mut self, root: &Node) -> Result<Const> {
        let mut tasks = vec![Task::Enter(root)];
        let mut values: Vec<Const> = Vec::new();
        while let Some(task) = tasks.pop() {
            match task {
                Task::Enter(node) => {
                    let slot = (node.flag_ref && node.kind.takes_ref_index()).then(|| {
                        self.refs.push(None);
                        self.refs.len() - 1
                    });
                    let children = self.children(node)?;
                    if children.is_empty() && !matches!(node.kind, Kind::Code(_)) {
                        let c = self.leaf(node)?;
                        if let Some(i) = slot {
                            self.refs[i] = Some(c.clone());
                        }
                        values.push(c);
                    } else {
                        tasks.push(Task::Exit {
                            node,
                            slot,
                            children: children.len(),
                        });
                        tasks.extend(children.into_iter().rev().map(Task::Enter));
                    }
                }
                Task::Exit {
                    node,
                    slot,
                    children,
                } => {
                    let at = values.len().saturating_sub(children);
                    let parts = values.split_off(at);
                    let c = self.build(node, parts)?;
                    if let Some(i) = slot {
                        self.refs[i] = Some(c.clone());
                    }
                    values.push(c);
                }
            }
        }
        match (values.pop(), values.is_empty()) {
            (Some(c), true) => Ok(c),
            _ => Err(err(root, "internal: resolver stack imbalance")),
        }
    }

    /// The children to resolve, in stream order: a dict's stop at its NULL terminator; a
    /// NULL anywhere else is refused.
    fn children<'n>(&self, node: &'n Node) -> Result<Vec<&'n Node>> {
        let (items, what): (&[Node], &str) = match &node.kind {
            Kind::Dict(items) => {
                let end = items
                    .iter()
                    .position(|n| n.kind == Kind::Null)
                    .unwrap_or(items.len());
                return Ok(items[..end].iter().collect());
            }
            Kind::Code(c) => {
                let fields = c.children();
                if let Some(n) = fields.iter().find(|n| n.kind == Kind::Null) {
                    return Err(err(n, "NULL object in code object"));
                }
                return Ok(fields);
            }
            Kind::Tuple { items, .. } => (items, "tuple"),
            Kind::List(items) => (items, "list"),
            Kind::Set(items) => (items, "set"),
            Kind::FrozenSet(items) => (items, "frozenset"),
            _ => return Ok(Vec::new()),
        };
        if let Some(n) = items.iter().find(|n| n.kind == Kind::Null) {
            return Err(err(n, format!("NULL object in {what}")));
        }
        Ok(items.iter().collect())
    }

    /// A node without children (empty containers included).
    fn leaf(&mut self, node: &Node) -> Result<Const> {
        Ok(match &node.kind {
            Kind::Null => return Err(err(node, "NULL object where an object was expected")),
            Kind::None => Const::None,
            Kind::False => Const::Bool(false),
            Kind::True => Const::Bool(true),
            Kind::StopIteration => Const::StopIteration,
            Kind::Ellipsis => Const::Ellipsis,
            Kind::Int(v) => Const::Int(BigInt::from(*v)),
            Kind::Int64(v) => Const::Int(BigInt::from(*v)),
            Kind::Long { negative, digits } => {
                if digits.iter().any(|&d| d >= 0x8000) || digits.last() == Some(&0) {
                    return Err(err(node, "long digits out of range or unnormalized"));
                }
                Const::Int(long_value(*negative, digits))
            }
            Kind::FloatText(t) => Const::Float(float_text(node, t)?),
            Kind::Float(bits) => Const::Float(f64::from_bits(*bits)),
            Kind::ComplexText { re, im } => Const::Complex {
                re: float_text(node, re)?,
                im: float_text(node, im)?,
            },
            Kind::Complex { re, im } => Const::Complex {
                re: f64::from_bits(*re),
                im: f64::from_bits(*im),
            },
            Kind::Bytes(b) => Const::Bytes(b.clone()),
            Kind::Str { form, raw } => match str_value(*form, raw) {
                Some(s) => Const::Str(s),
                None => return Err(err(node, "invalid UTF-8 in string")),
            },
            Kind::Ref(i) => {
                let i = *i as usize;
                let target = match self.refs.get(i) {
                    Some(Some(c)) => c.clone(),
                    Some(None) => {
                        return Err(err(
                            node,
                            format!(
                                "reference {i} to an object that is still being built (a cycle)"
                            ),
                        ))
                    }
                    None => {
                        return Err(err(
                            node,
                            format!("reference {i} out of range ({} objects)", self.refs.len()),
                        ))
                    }
                };
                self.charge(node, copy_cost(&target))?;
                target
            }
            Kind::Tuple { .. }
            | Kind::List(_)
            | Kind::Set(_)
            | Kind::FrozenSet(_)
            | Kind::Dict(_)
            | Kind::Code(_) => self.build(node, Vec::new())?,
        })
    }

    /// A container or code object from its resolved children.
    fn build(&mut self, node: &Node, parts: Vec<Const>) -> Result<Const> {
        Ok(match &node.kind {
            Kind::Tuple { .. } => Const::Tuple(parts.into()),
            Kind::List(_) => Const::List(parts.into()),
            Kind::Set(_) => Const::Set(parts.into()),
            Kind::FrozenSet(_) => Const::FrozenSet(parts.into()),
            Kind::Dict(_) => {
                // A key left without a value (ended by a NULL value) is dropped, as
                // CPython drops it; it was still resolved, for reference numbering.
                let mut pairs = Vec::with_capacity(parts.len() / 2);
                let mut it = parts.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    pairs.push((k, v));
                }
                Const::Dict(pairs.into())
            }
            Kind::Code(c) => Const::Code(Rc::new(self.code(node, c, parts)?)),
            _ => return Err(err(node, "internal: not a container")),
        })
    }

    // --- code objects -------------------------------------------------------------------

    fn bytes_field(&mut self, node: &Node, value: Const, what: &str) -> Result<Rc<[u8]>> {
        match value {
            Const::Bytes(b) => Ok(b),
            other => Err(err(
                node,
                format!("{what} is {}, not bytes", const_kind(&other)),
            )),
        }
    }

    fn str_field(&mut self, node: &Node, value: Const, what: &str) -> Result<PyStr> {
        match value {
            Const::Str(s) => Ok(s),
            other => Err(err(
                node,
                format!("{what} is {}, not str", const_kind(&other)),
            )),
        }
    }

    fn tuple_field(&mut self, node: &Node, value: Const, what: &str) -> Result<Vec<Const>> {
        match value {
            Const::Tuple(items) => {
                let cost = items
                    .iter()
                    .map(copy_cost)
                    .fold(0usize, usize::saturating_add);
                self.charge(node, cost)?;
                Ok(items.to_vec())
            }
            other => Err(err(
                node,
                format!("{what} is {}, not a tuple", const_kind(&other)),
            )),
        }
    }

    fn str_tuple_field(&mut self, node: &Node, value: Const, what: &str) -> Result<Vec<PyStr>> {
        match value {
            Const::Tuple(items) => {
                self.charge(
                    node,
                    items.len().saturating_mul(std::mem::size_of::<PyStr>()),
                )?;
                items
                    .iter()
                    .map(|c| match c {
                        Const::Str(s) => Ok(s.clone()),
                        other => Err(err(
                            node,
                            format!("{what} holds {}, not only str", const_kind(other)),
                        )),
                    })
                    .collect()
            }
            other => Err(err(
                node,
                format!("{what} is {}, not a tuple", const_kind(&other)),
            )),
        }
    }

    fn code(&mut self, node: &Node, c: &CodeNode, parts: Vec<Const>) -> Result<CodeObject> {
        let layout_ok = match c.layout {
            CodeLayout::V310 { .. } => self.version == PyVersion::V3_10,
            CodeLayout::V311 { .. } => self.version >= PyVersion::V3_11,
        };
        if !layout_ok {
            return Err(err(
                node,
                format!(
                    "code object laid out for another version than {}",
                    self.version
                ),
            ));
        }
        // The fields' values, in stream order (see CodeNode::children).
        let mut parts = parts.into_iter();
        let mut next = || {
            parts
                .next()
                .ok_or_else(|| err(node, "internal: code fields miscounted"))
        };
        let code = self.bytes_field(&c.code, next()?, "co_code")?;
        let consts = self.tuple_field(&c.consts, next()?, "co_consts")?;
        let names = self.str_tuple_field(&c.names, next()?, "co_names")?;
        let mut obj = CodeObject {
            version: self.version,
            argcount: c.argcount,
            posonlyargcount: c.posonlyargcount,
            kwonlyargcount: c.kwonlyargcount,
            nlocals: 0,
            stacksize: c.stacksize,
            flags: c.flags,
            code,
            consts,
            names,
            localsplusnames: Vec::new(),
            localspluskinds: Vec::new(),
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            filename: PyStr::default(),
            name: PyStr::default(),
            qualname: PyStr::default(),
            firstlineno: c.firstlineno,
            linetable: Rc::from(&[][..]),
            exceptiontable: Rc::from(&[][..]),
        };
        match &c.layout {
            CodeLayout::V310 {
                nlocals,
                varnames,
                freevars,
                cellvars,
            } => {
                obj.nlocals = *nlocals;
                obj.varnames = self.str_tuple_field(varnames, next()?, "co_varnames")?;
                obj.freevars = self.str_tuple_field(freevars, next()?, "co_freevars")?;
                obj.cellvars = self.str_tuple_field(cellvars, next()?, "co_cellvars")?;
                obj.filename = self.str_field(&c.filename, next()?, "co_filename")?;
                obj.name = self.str_field(&c.name, next()?, "co_name")?;
                obj.qualname = obj.name.clone();
                obj.linetable = self.bytes_field(&c.linetable, next()?, "co_linetable")?;
                let (names, kinds) = localsplus_310(&obj.varnames, &obj.cellvars, &obj.freevars);
                let cost = names.len().saturating_mul(std::mem::size_of::<PyStr>() + 1);
                self.charge(node, cost)?;
                obj.localsplusnames = names;
                obj.localspluskinds = kinds;
            }
            CodeLayout::V311 {
                localsplusnames,
                localspluskinds,
                qualname,
                exceptiontable,
            } => {
                let names = self.str_tuple_field(localsplusnames, next()?, "co_localsplusnames")?;
                let kinds = self.bytes_field(localspluskinds, next()?, "co_localspluskinds")?;
                if kinds.len() != names.len() {
                    return Err(err(
                        localspluskinds,
                        format!(
                            "co_localspluskinds has {} entries for {} co_localsplusnames",
                            kinds.len(),
                            names.len()
                        ),
                    ));
                }
                obj.filename = self.str_field(&c.filename, next()?, "co_filename")?;
                obj.name = self.str_field(&c.name, next()?, "co_name")?;
                obj.qualname = self.str_field(qualname, next()?, "co_qualname")?;
                obj.linetable = self.bytes_field(&c.linetable, next()?, "co_linetable")?;
                obj.exceptiontable =
                    self.bytes_field(exceptiontable, next()?, "co_exceptiontable")?;
                let pick = |bit: u8| -> Vec<PyStr> {
                    names
                        .iter()
                        .zip(kinds.iter())
                        .filter(|(_, &k)| k & bit != 0)
                        .map(|(n, _)| n.clone())
                        .collect()
                };
                obj.varnames = pick(kind::LOCAL);
                obj.cellvars = pick(kind::CELL);
                obj.freevars = pick(kind::FREE);
                self.charge(
                    node,
                    names.len().saturating_mul(std::mem::size_of::<PyStr>()),
                )?;
                obj.nlocals = obj.varnames.len() as u32;
                obj.localsplusnames = names;
                obj.localspluskinds = kinds.to_vec();
            }
        }
        Ok(obj)
    }
}

/// 3.10's names in 3.11's fast-locals order: varnames (LOCAL, plus CELL when also a
/// cellvar), then cellvars not among the varnames (CELL), then freevars (FREE).
fn localsplus_310(
    varnames: &[PyStr],
    cellvars: &[PyStr],
    freevars: &[PyStr],
) -> (Vec<PyStr>, Vec<u8>) {
    let mut names = Vec::with_capacity(varnames.len() + cellvars.len() + freevars.len());
    let mut kinds = Vec::with_capacity(names.capacity());
    for v in varnames {
        names.push(v.clone());
        let cell = if cellvars.contains(v) { kind::CELL } else { 0 };
        kinds.push(kind::LOCAL | cell);
    }
    for c in cellvars {
        if !varnames.contains(c) {
            names.push(c.clone());
            kinds.push(kind::CELL);
        }
    }
    for f in freevars {
        names.push(f.clone());
        kinds.push(kind::FREE);
    }
    (names, kinds)
}

fn float_text(node: &Node, text: &[u8]) -> Result<f64> {
    parse_float_text(text).ok_or_else(|| {
        err(
            node,
            format!("invalid float text {:?}", String::from_utf8_lossy(text)),
        )
    })
}

/// A short name of a constant's type for messages.
pub(crate) fn const_kind(c: &Const) -> &'static str {
    match c {
        Const::None => "None",
        Const::Bool(_) => "a bool",
        Const::Ellipsis => "Ellipsis",
        Const::StopIteration => "StopIteration",
        Const::Null => "NULL",
        Const::Int(_) => "an int",
        Const::Float(_) => "a float",
        Const::Complex { .. } => "a complex",
        Const::Str(_) => "a str",
        Const::Bytes(_) => "bytes",
        Const::Tuple(_) => "a tuple",
        Const::List(_) => "a list",
        Const::Dict(_) => "a dict",
        Const::Set(_) => "a set",
        Const::FrozenSet(_) => "a frozenset",
        Const::Code(_) => "a code object",
    }
}
