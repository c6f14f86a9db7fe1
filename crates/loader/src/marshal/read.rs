//! Reading marshal bytes into a lossless [`Node`] tree.
//!
//! Hostile input is bounded: every length is checked against what remains of the input
//! before anything is allocated, containers grow only as their items are actually read,
//! nesting stops at [`MAX_DEPTH`], and references must name an index already handed out.
//! The same inputs CPython's `marshal.loads` refuses are refused here (its structural
//! checks: sizes, long digits, UTF-8, references, NULL placement), each with the file
//! offset where reading failed.

use std::rc::Rc;

use super::node::{tc, CodeLayout, CodeNode, Kind, Node, StrForm, FLAG_REF, MAX_DEPTH};
use crate::{LoadError, PyStr, PyVersion, Result};

/// Reads one object from `bytes`, ignoring anything after it (as `marshal.loads` does).
pub fn read(bytes: &[u8], version: PyVersion) -> Result<Node> {
    read_prefix(bytes, 0, version).map(|(node, _)| node)
}

/// Reads one object from `bytes`, whose first byte is at offset `base` of the file (node
/// offsets and error offsets are file offsets). Returns the node and the number of bytes
/// it took.
pub fn read_prefix(bytes: &[u8], base: usize, version: PyVersion) -> Result<(Node, usize)> {
    let mut r = Reader {
        buf: bytes,
        pos: 0,
        base,
        version,
        nrefs: 0,
    };
    let at = r.pos;
    let node = r.object()?;
    if node.kind == Kind::Null {
        return Err(r.err(at, "NULL object where an object was expected"));
    }
    Ok((node, r.pos))
}

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
    base: usize,
    version: PyVersion,
    /// Reference indices handed out so far (reserved ones included).
    nrefs: u32,
}

impl<'a> Reader<'a> {
    fn err(&self, at: usize, what: impl Into<String>) -> LoadError {
        LoadError::malformed(self.base.saturating_add(at), what)
    }

    fn remaining(&self) -> usize {
        self.buf.len().saturating_sub(self.pos)
    }

    /// Takes `n` bytes of `what`.
    fn take(&mut self, n: usize, what: &str) -> Result<&'a [u8]> {
        let left = self.remaining();
        if n > left {
            return Err(self.err(
                self.pos,
                format!("truncated: {what} of {n} bytes needs {} more", n - left),
            ));
        }
        let s = &self.buf[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    fn u8(&mut self, what: &str) -> Result<u8> {
        Ok(self.take(1, what)?[0])
    }

    fn u32(&mut self, what: &str) -> Result<u32> {
        let b = self.take(4, what)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn u64(&mut self, what: &str) -> Result<u64> {
        let b = self.take(8, what)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }

    /// A 4-byte signed size, refused when negative.
    fn size(&mut self, what: &str) -> Result<usize> {
        let at = self.pos;
        let n = self.u32(&format!("{what} size"))? as i32;
        usize::try_from(n).map_err(|_| self.err(at, format!("negative {what} size {n}")))
    }

    /// Checks that `n` items (each at least one byte) can fit in what remains.
    fn check_items(&self, n: usize, what: &str) -> Result<()> {
        let left = self.remaining();
        if n > left {
            return Err(self.err(
                self.pos,
                format!("truncated: {what} of {n} items cannot fit in the {left} bytes left"),
            ));
        }
        Ok(())
    }

    /// Reads one object; may return a `Null` node (the caller decides if that is legal).
    ///
    /// Iterative: open containers wait on an explicit stack, so hostile nesting costs heap
    /// (bounded by [`MAX_DEPTH`]), not native stack.
    fn object(&mut self) -> Result<Node> {
        let mut stack: Vec<Open> = Vec::new();
        loop {
            let at = self.pos;
            let Some(&byte) = self.buf.get(at) else {
                return Err(self.err(at, "truncated: expected an object, found end of data"));
            };
            self.pos += 1;
            if stack.len() >= MAX_DEPTH {
                return Err(self.err(at, format!("nesting deeper than {MAX_DEPTH}")));
            }
            let flag = byte & FLAG_REF != 0;
            let code = byte & !FLAG_REF;
            // Reserve the reference index before any children, as CPython does
            // (r_ref_reserve for code objects and frozensets, R_REF right after creation
            // for the other containers; leaves have no children, so order is the same).
            if flag && takes_ref_index(code) {
                self.nrefs = self
                    .nrefs
                    .checked_add(1)
                    .filter(|&n| n < 0x7FFF_FFFE)
                    .ok_or_else(|| self.err(at, "too many referenced objects"))?;
            }
            let offset = self.base.saturating_add(at);
            let mut done = match self.start(code, at)? {
                Started::Leaf(kind) => Node {
                    kind,
                    flag_ref: flag,
                    offset,
                },
                Started::Open(state) => {
                    let open = Open {
                        state,
                        flag,
                        offset,
                    };
                    if open.is_complete() {
                        open.finish()?
                    } else {
                        stack.push(open);
                        continue;
                    }
                }
            };
            // Hand the finished node to the innermost open container, closing every
            // container it completes.
            loop {
                let Some(top) = stack.last_mut() else {
                    return Ok(done);
                };
                self.accept(top, done)?;
                if !top.is_complete() {
                    break;
                }
                match stack.pop() {
                    Some(open) => done = open.finish()?,
                    None => return Err(self.err(at, "internal: empty reader stack")),
                }
            }
        }
    }

    /// Reads what follows a type code: a whole leaf, or the head of a container.
    fn start(&mut self, code: u8, at: usize) -> Result<Started> {
        let leaf = |k| Ok(Started::Leaf(k));
        let seq = |kind, left, r: &Self| -> Result<Started> {
            let what = match kind {
                SeqKind::Tuple { .. } => "tuple",
                SeqKind::List => "list",
                SeqKind::Set => "set",
                SeqKind::FrozenSet => "frozenset",
            };
            r.check_items(left, what)?;
            Ok(Started::Open(State::Seq {
                kind,
                left,
                // Grow as items arrive: a claimed size is only a bound, and nested
                // containers must not each pre-allocate for the whole remaining input.
                items: Vec::with_capacity(left.min(64)),
            }))
        };
        match code {
            tc::NULL => leaf(Kind::Null),
            tc::NONE => leaf(Kind::None),
            tc::FALSE => leaf(Kind::False),
            tc::TRUE => leaf(Kind::True),
            tc::STOPITER => leaf(Kind::StopIteration),
            tc::ELLIPSIS => leaf(Kind::Ellipsis),
            tc::INT => leaf(Kind::Int(self.u32("int")? as i32)),
            tc::INT64 => leaf(Kind::Int64(self.u64("int64")? as i64)),
            tc::LONG => leaf(self.long()?),
            tc::FLOAT => leaf(Kind::FloatText(self.float_text()?)),
            tc::BINARY_FLOAT => leaf(Kind::Float(self.u64("float")?)),
            tc::COMPLEX => {
                let re = self.float_text()?;
                let im = self.float_text()?;
                leaf(Kind::ComplexText { re, im })
            }
            tc::BINARY_COMPLEX => {
                let re = self.u64("complex")?;
                let im = self.u64("complex")?;
                leaf(Kind::Complex { re, im })
            }
            tc::STRING => {
                let n = self.size("bytes")?;
                leaf(Kind::Bytes(self.take(n, "bytes")?.into()))
            }
            tc::UNICODE | tc::INTERNED | tc::ASCII | tc::ASCII_INTERNED => {
                let n = self.size("string")?;
                leaf(self.string(code, n)?)
            }
            tc::SHORT_ASCII | tc::SHORT_ASCII_INTERNED => {
                let n = usize::from(self.u8("string size")?);
                leaf(self.string(code, n)?)
            }
            tc::SMALL_TUPLE => {
                let n = usize::from(self.u8("tuple size")?);
                seq(SeqKind::Tuple { small: true }, n, self)
            }
            tc::TUPLE => {
                let n = self.size("tuple")?;
                seq(SeqKind::Tuple { small: false }, n, self)
            }
            tc::LIST => {
                let n = self.size("list")?;
                seq(SeqKind::List, n, self)
            }
            tc::SET => {
                let n = self.size("set")?;
                seq(SeqKind::Set, n, self)
            }
            tc::FROZENSET => {
                let n = self.size("frozenset")?;
                seq(SeqKind::FrozenSet, n, self)
            }
            tc::DICT => Ok(Started::Open(State::Dict { items: Vec::new() })),
            tc::CODE => {
                let v310 = self.version == PyVersion::V3_10;
                let mut ints = [0u32; 6];
                let names: &[&str] = if v310 {
                    &[
                        "argcount",
                        "posonlyargcount",
                        "kwonlyargcount",
                        "nlocals",
                        "stacksize",
                        "flags",
                    ]
                } else {
                    &[
                        "argcount",
                        "posonlyargcount",
                        "kwonlyargcount",
                        "stacksize",
                        "flags",
                    ]
                };
                for (slot, name) in ints.iter_mut().zip(names) {
                    *slot = self.u32(&format!("code {name}"))?;
                }
                Ok(Started::Open(State::Code(Box::new(CodeFrame {
                    v310,
                    ints,
                    firstlineno: 0,
                    fields: Vec::with_capacity(10),
                }))))
            }
            tc::REF => {
                let n = self.u32("reference")? as i32;
                match u32::try_from(n) {
                    Ok(i) if i < self.nrefs => leaf(Kind::Ref(i)),
                    _ => Err(self.err(
                        at,
                        format!("reference {n} out of range ({} objects)", self.nrefs),
                    )),
                }
            }
            _ => Err(self.err(at, format!("unknown type code 0x{code:02x}"))),
        }
    }

    /// Gives a finished child to an open container.
    fn accept(&mut self, open: &mut Open, child: Node) -> Result<()> {
        let null = child.kind == Kind::Null;
        match &mut open.state {
            State::Seq { kind, left, items } => {
                if null {
                    let what = match kind {
                        SeqKind::Tuple { .. } => "tuple",
                        SeqKind::List => "list",
                        SeqKind::Set => "set",
                        SeqKind::FrozenSet => "frozenset",
                    };
                    return Err(LoadError::malformed(
                        child.offset,
                        format!("NULL object in {what}"),
                    ));
                }
                items.push(child);
                *left -= 1;
            }
            State::Dict { items } => items.push(child),
            State::Code(c) => {
                let names = if c.v310 {
                    &CODE_FIELDS_310[..]
                } else {
                    &CODE_FIELDS_311[..]
                };
                if null {
                    let name = names.get(c.fields.len()).copied().unwrap_or("?");
                    return Err(LoadError::malformed(
                        child.offset,
                        format!("NULL object in code object ({name})"),
                    ));
                }
                c.fields.push(child);
                // co_firstlineno sits between co_name/co_qualname and co_linetable.
                if names.get(c.fields.len()) == Some(&"co_linetable") {
                    c.firstlineno = self.u32("code firstlineno")?;
                }
            }
        }
        Ok(())
    }

    fn long(&mut self) -> Result<Kind> {
        let at = self.pos;
        let n = self.u32("long size")? as i32;
        if n == i32::MIN {
            return Err(self.err(at, format!("long size {n} out of range")));
        }
        let count = n.unsigned_abs() as usize;
        let data_at = self.pos;
        let raw = self.take(count.saturating_mul(2), "long")?;
        let mut digits = Vec::with_capacity(count);
        for (i, pair) in raw.chunks_exact(2).enumerate() {
            let d = u16::from_le_bytes([pair[0], pair[1]]);
            if d >= 0x8000 {
                return Err(self.err(
                    data_at + 2 * i,
                    format!("long digit 0x{d:04x} out of range (15-bit digits)"),
                ));
            }
            digits.push(d);
        }
        if digits.last() == Some(&0) {
            return Err(self.err(
                data_at + 2 * (count - 1),
                "unnormalized long (top digit is zero)",
            ));
        }
        Ok(Kind::Long {
            negative: n < 0,
            digits,
        })
    }

    fn float_text(&mut self) -> Result<Vec<u8>> {
        let n = usize::from(self.u8("float text size")?);
        let at = self.pos;
        let text = self.take(n, "float text")?;
        if super::resolve::parse_float_text(text).is_none() {
            return Err(self.err(
                at,
                format!("invalid float text {:?}", String::from_utf8_lossy(text)),
            ));
        }
        Ok(text.to_vec())
    }

    fn string(&mut self, code: u8, n: usize) -> Result<Kind> {
        let form = StrForm::from_type_code(code)
            .ok_or_else(|| self.err(self.pos, "internal: not a string code"))?;
        let at = self.pos;
        let raw = self.take(n, "string")?;
        if !form.is_one_byte() && PyStr::from_utf8_surrogatepass(raw).is_none() {
            return Err(self.err(at, "invalid UTF-8 in string"));
        }
        Ok(Kind::Str {
            form,
            raw: Rc::from(raw),
        })
    }
}

/// [`Kind::takes_ref_index`] by type code.
fn takes_ref_index(code: u8) -> bool {
    !matches!(
        code,
        tc::NULL | tc::NONE | tc::FALSE | tc::TRUE | tc::STOPITER | tc::ELLIPSIS | tc::REF
    )
}

const CODE_FIELDS_310: [&str; 9] = [
    "co_code",
    "co_consts",
    "co_names",
    "co_varnames",
    "co_freevars",
    "co_cellvars",
    "co_filename",
    "co_name",
    "co_linetable",
];
const CODE_FIELDS_311: [&str; 10] = [
    "co_code",
    "co_consts",
    "co_names",
    "co_localsplusnames",
    "co_localspluskinds",
    "co_filename",
    "co_name",
    "co_qualname",
    "co_linetable",
    "co_exceptiontable",
];

enum Started {
    Leaf(Kind),
    Open(State),
}

#[derive(Clone, Copy)]
enum SeqKind {
    Tuple { small: bool },
    List,
    Set,
    FrozenSet,
}

/// A container whose children are still being read.
struct Open {
    state: State,
    flag: bool,
    offset: usize,
}

enum State {
    Seq {
        kind: SeqKind,
        left: usize,
        items: Vec<Node>,
    },
    /// Keys and values so far; complete once a NULL arrives.
    Dict {
        items: Vec<Node>,
    },
    Code(Box<CodeFrame>),
}

struct CodeFrame {
    v310: bool,
    /// argcount, posonlyargcount, kwonlyargcount, [nlocals,] stacksize, flags.
    ints: [u32; 6],
    firstlineno: u32,
    fields: Vec<Node>,
}

impl Open {
    fn is_complete(&self) -> bool {
        match &self.state {
            State::Seq { left, .. } => *left == 0,
            State::Dict { items } => items.last().is_some_and(|n| n.kind == Kind::Null),
            State::Code(c) => c.fields.len() == if c.v310 { 9 } else { 10 },
        }
    }

    fn finish(self) -> Result<Node> {
        let kind = match self.state {
            State::Seq { kind, items, .. } => match kind {
                SeqKind::Tuple { small } => Kind::Tuple { small, items },
                SeqKind::List => Kind::List(items),
                SeqKind::Set => Kind::Set(items),
                SeqKind::FrozenSet => Kind::FrozenSet(items),
            },
            State::Dict { items } => Kind::Dict(items),
            State::Code(c) => Kind::Code(Box::new(c.finish(self.offset)?)),
        };
        Ok(Node {
            kind,
            flag_ref: self.flag,
            offset: self.offset,
        })
    }
}

impl CodeFrame {
    fn finish(self, offset: usize) -> Result<CodeNode> {
        let internal = || LoadError::malformed(offset, "internal: code object fields miscounted");
        let [a, b, c, d, e, f] = self.ints;
        let mut it = self.fields.into_iter();
        let mut next = || it.next().ok_or_else(internal);
        if self.v310 {
            let (code, consts, names) = (next()?, next()?, next()?);
            let (varnames, freevars, cellvars) = (next()?, next()?, next()?);
            let (filename, name, linetable) = (next()?, next()?, next()?);
            Ok(CodeNode {
                argcount: a,
                posonlyargcount: b,
                kwonlyargcount: c,
                stacksize: e,
                flags: f,
                code,
                consts,
                names,
                filename,
                name,
                firstlineno: self.firstlineno,
                linetable,
                layout: CodeLayout::V310 {
                    nlocals: d,
                    varnames,
                    freevars,
                    cellvars,
                },
            })
        } else {
            let (code, consts, names) = (next()?, next()?, next()?);
            let (localsplusnames, localspluskinds) = (next()?, next()?);
            let (filename, name, qualname) = (next()?, next()?, next()?);
            let (linetable, exceptiontable) = (next()?, next()?);
            Ok(CodeNode {
                argcount: a,
                posonlyargcount: b,
                kwonlyargcount: c,
                stacksize: d,
                flags: e,
                code,
                consts,
                names,
                filename,
                name,
                firstlineno: self.firstlineno,
                linetable,
                layout: CodeLayout::V311 {
                    localsplusnames,
                    localspluskinds,
                    qualname,
                    exceptiontable,
                },
            })
        }
    }
}
