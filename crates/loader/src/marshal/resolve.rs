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

use super::node::{long_value, str_value, CodeLayout, CodeNode, Kind, Node, MAX_DEPTH};
use crate::code::kind;
use crate::{CodeObject, Const, LoadError, PyStr, PyVersion, Result};

/// Resolves references and builds constants and code objects.
pub fn resolve(node: &Node, version: PyVersion) -> Result<Const> {
    let nodes = count_nodes(node, 0);
    let mut r = Resolver {
        version,
        refs: Vec::new(),
        depth: 0,
        budget: (1usize << 26).saturating_add(nodes.saturating_mul(64)),
    };
    r.value(node)
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

fn count_nodes(node: &Node, depth: usize) -> usize {
    if depth > MAX_DEPTH {
        return 1;
    }
    node.children().into_iter().fold(1usize, |acc, c| {
        acc.saturating_add(count_nodes(c, depth + 1))
    })
}

struct Resolver {
    version: PyVersion,
    /// The reference table; `None` while the object is still being built.
    refs: Vec<Option<Const>>,
    depth: usize,
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

    fn value(&mut self, node: &Node) -> Result<Const> {
        if self.depth >= MAX_DEPTH {
            return Err(err(node, format!("nesting deeper than {MAX_DEPTH}")));
        }
        self.depth += 1;
        let slot = (node.flag_ref && node.kind.takes_ref_index()).then(|| {
            self.refs.push(None);
            self.refs.len() - 1
        });
        let c = self.kind(node)?;
        if let Some(i) = slot {
            self.refs[i] = Some(c.clone());
        }
        self.depth -= 1;
        Ok(c)
    }

    fn kind(&mut self, node: &Node) -> Result<Const> {
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
            Kind::Tuple { items, .. } => Const::Tuple(self.items(items, "tuple")?),
            Kind::List(items) => Const::List(self.items(items, "list")?),
            Kind::Set(items) => Const::Set(self.items(items, "set")?),
            Kind::FrozenSet(items) => Const::FrozenSet(self.items(items, "frozenset")?),
            Kind::Dict(items) => Const::Dict(self.dict(items)?),
            Kind::Code(c) => Const::Code(Rc::new(self.code(node, c)?)),
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
        })
    }

    fn items(&mut self, items: &[Node], what: &str) -> Result<Rc<[Const]>> {
        let mut out = Vec::with_capacity(items.len());
        for n in items {
            if n.kind == Kind::Null {
                return Err(err(n, format!("NULL object in {what}")));
            }
            out.push(self.value(n)?);
        }
        Ok(out.into())
    }

    fn dict(&mut self, items: &[Node]) -> Result<Rc<[(Const, Const)]>> {
        let mut pairs = Vec::new();
        let mut key = None;
        for n in items {
            if n.kind == Kind::Null {
                break;
            }
            // Every node is resolved, even a key dropped by a NULL value, so that
            // reference numbering matches CPython's.
            let c = self.value(n)?;
            match key.take() {
                None => key = Some(c),
                Some(k) => pairs.push((k, c)),
            }
        }
        Ok(pairs.into())
    }

    // --- code objects -------------------------------------------------------------------

    fn bytes_field(&mut self, node: &Node, what: &str) -> Result<Rc<[u8]>> {
        match self.value(node)? {
            Const::Bytes(b) => Ok(b),
            other => Err(err(
                node,
                format!("{what} is {}, not bytes", const_kind(&other)),
            )),
        }
    }

    fn str_field(&mut self, node: &Node, what: &str) -> Result<PyStr> {
        match self.value(node)? {
            Const::Str(s) => Ok(s),
            other => Err(err(
                node,
                format!("{what} is {}, not str", const_kind(&other)),
            )),
        }
    }

    fn tuple_field(&mut self, node: &Node, what: &str) -> Result<Vec<Const>> {
        match self.value(node)? {
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

    fn str_tuple_field(&mut self, node: &Node, what: &str) -> Result<Vec<PyStr>> {
        match self.value(node)? {
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

    fn code(&mut self, node: &Node, c: &CodeNode) -> Result<CodeObject> {
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
        // Fields in stream order, so reference numbering follows the file.
        let code = self.bytes_field(&c.code, "co_code")?;
        let consts = self.tuple_field(&c.consts, "co_consts")?;
        let names = self.str_tuple_field(&c.names, "co_names")?;
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
                obj.varnames = self.str_tuple_field(varnames, "co_varnames")?;
                obj.freevars = self.str_tuple_field(freevars, "co_freevars")?;
                obj.cellvars = self.str_tuple_field(cellvars, "co_cellvars")?;
                obj.filename = self.str_field(&c.filename, "co_filename")?;
                obj.name = self.str_field(&c.name, "co_name")?;
                obj.qualname = obj.name.clone();
                obj.linetable = self.bytes_field(&c.linetable, "co_linetable")?;
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
                let names = self.str_tuple_field(localsplusnames, "co_localsplusnames")?;
                let kinds = self.bytes_field(localspluskinds, "co_localspluskinds")?;
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
                obj.filename = self.str_field(&c.filename, "co_filename")?;
                obj.name = self.str_field(&c.name, "co_name")?;
                obj.qualname = self.str_field(qualname, "co_qualname")?;
                obj.linetable = self.bytes_field(&c.linetable, "co_linetable")?;
                obj.exceptiontable = self.bytes_field(exceptiontable, "co_exceptiontable")?;
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
