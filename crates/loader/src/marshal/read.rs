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
        depth: 0,
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
    depth: usize,
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
    fn object(&mut self) -> Result<Node> {
        let at = self.pos;
        let Some(&byte) = self.buf.get(at) else {
            return Err(self.err(at, "truncated: expected an object, found end of data"));
        };
        self.pos += 1;
        if self.depth >= MAX_DEPTH {
            return Err(self.err(at, format!("nesting deeper than {MAX_DEPTH}")));
        }
        self.depth += 1;
        let kind = self.kind(byte & !FLAG_REF, byte & FLAG_REF != 0, at)?;
        self.depth -= 1;
        Ok(Node {
            kind,
            flag_ref: byte & FLAG_REF != 0,
            offset: self.base.saturating_add(at),
        })
    }

    /// Reads an object that must not be NULL (`ctx` names where it sits).
    fn item(&mut self, ctx: &str) -> Result<Node> {
        let at = self.pos;
        let node = self.object()?;
        if node.kind == Kind::Null {
            return Err(self.err(at, format!("NULL object in {ctx}")));
        }
        Ok(node)
    }

    fn kind(&mut self, code: u8, flag: bool, at: usize) -> Result<Kind> {
        // Reserve the reference index before any children, as CPython does
        // (r_ref_reserve for code objects and frozensets, R_REF right after creation for
        // the other containers; leaves have no children, so order is the same).
        if flag && takes_ref_index(code) {
            self.nrefs = self
                .nrefs
                .checked_add(1)
                .filter(|&n| n < 0x7FFF_FFFE)
                .ok_or_else(|| self.err(at, "too many referenced objects"))?;
        }
        match code {
            tc::NULL => Ok(Kind::Null),
            tc::NONE => Ok(Kind::None),
            tc::FALSE => Ok(Kind::False),
            tc::TRUE => Ok(Kind::True),
            tc::STOPITER => Ok(Kind::StopIteration),
            tc::ELLIPSIS => Ok(Kind::Ellipsis),
            tc::INT => Ok(Kind::Int(self.u32("int")? as i32)),
            tc::INT64 => Ok(Kind::Int64(self.u64("int64")? as i64)),
            tc::LONG => self.long(),
            tc::FLOAT => Ok(Kind::FloatText(self.float_text()?)),
            tc::BINARY_FLOAT => Ok(Kind::Float(self.u64("float")?)),
            tc::COMPLEX => {
                let re = self.float_text()?;
                let im = self.float_text()?;
                Ok(Kind::ComplexText { re, im })
            }
            tc::BINARY_COMPLEX => {
                let re = self.u64("complex")?;
                let im = self.u64("complex")?;
                Ok(Kind::Complex { re, im })
            }
            tc::STRING => {
                let n = self.size("bytes")?;
                Ok(Kind::Bytes(self.take(n, "bytes")?.into()))
            }
            tc::UNICODE | tc::INTERNED | tc::ASCII | tc::ASCII_INTERNED => {
                let n = self.size("string")?;
                self.string(code, n)
            }
            tc::SHORT_ASCII | tc::SHORT_ASCII_INTERNED => {
                let n = usize::from(self.u8("string size")?);
                self.string(code, n)
            }
            tc::SMALL_TUPLE => {
                let n = usize::from(self.u8("tuple size")?);
                let items = self.items(n, "tuple")?;
                Ok(Kind::Tuple { small: true, items })
            }
            tc::TUPLE => {
                let n = self.size("tuple")?;
                let items = self.items(n, "tuple")?;
                Ok(Kind::Tuple {
                    small: false,
                    items,
                })
            }
            tc::LIST => {
                let n = self.size("list")?;
                Ok(Kind::List(self.items(n, "list")?))
            }
            tc::SET => {
                let n = self.size("set")?;
                Ok(Kind::Set(self.items(n, "set")?))
            }
            tc::FROZENSET => {
                let n = self.size("frozenset")?;
                Ok(Kind::FrozenSet(self.items(n, "frozenset")?))
            }
            tc::DICT => self.dict(),
            tc::CODE => Ok(Kind::Code(Box::new(self.code()?))),
            tc::REF => {
                let n = self.u32("reference")? as i32;
                match u32::try_from(n) {
                    Ok(i) if i < self.nrefs => Ok(Kind::Ref(i)),
                    _ => Err(self.err(
                        at,
                        format!("reference {n} out of range ({} objects)", self.nrefs),
                    )),
                }
            }
            _ => Err(self.err(at, format!("unknown type code 0x{code:02x}"))),
        }
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

    fn items(&mut self, n: usize, what: &str) -> Result<Vec<Node>> {
        self.check_items(n, what)?;
        // Grow as items arrive: a claimed size is only a bound, and nested containers
        // must not each pre-allocate for the whole remaining input.
        let mut items = Vec::with_capacity(n.min(64));
        for _ in 0..n {
            items.push(self.item(what)?);
        }
        Ok(items)
    }

    fn dict(&mut self) -> Result<Kind> {
        let mut items = Vec::new();
        loop {
            let key = self.object()?;
            let end = key.kind == Kind::Null;
            items.push(key);
            if end {
                break;
            }
            let value = self.object()?;
            let end = value.kind == Kind::Null;
            items.push(value);
            if end {
                break;
            }
        }
        Ok(Kind::Dict(items))
    }

    fn code(&mut self) -> Result<CodeNode> {
        let argcount = self.u32("code argcount")?;
        let posonlyargcount = self.u32("code posonlyargcount")?;
        let kwonlyargcount = self.u32("code kwonlyargcount")?;
        let nlocals = if self.version == PyVersion::V3_10 {
            self.u32("code nlocals")?
        } else {
            0
        };
        let stacksize = self.u32("code stacksize")?;
        let flags = self.u32("code flags")?;
        let code = self.item("code object (co_code)")?;
        let consts = self.item("code object (co_consts)")?;
        let names = self.item("code object (co_names)")?;
        if self.version == PyVersion::V3_10 {
            let varnames = self.item("code object (co_varnames)")?;
            let freevars = self.item("code object (co_freevars)")?;
            let cellvars = self.item("code object (co_cellvars)")?;
            let filename = self.item("code object (co_filename)")?;
            let name = self.item("code object (co_name)")?;
            let firstlineno = self.u32("code firstlineno")?;
            let linetable = self.item("code object (co_linetable)")?;
            Ok(CodeNode {
                argcount,
                posonlyargcount,
                kwonlyargcount,
                stacksize,
                flags,
                code,
                consts,
                names,
                filename,
                name,
                firstlineno,
                linetable,
                layout: CodeLayout::V310 {
                    nlocals,
                    varnames,
                    freevars,
                    cellvars,
                },
            })
        } else {
            let localsplusnames = self.item("code object (co_localsplusnames)")?;
            let localspluskinds = self.item("code object (co_localspluskinds)")?;
            let filename = self.item("code object (co_filename)")?;
            let name = self.item("code object (co_name)")?;
            let qualname = self.item("code object (co_qualname)")?;
            let firstlineno = self.u32("code firstlineno")?;
            let linetable = self.item("code object (co_linetable)")?;
            let exceptiontable = self.item("code object (co_exceptiontable)")?;
            Ok(CodeNode {
                argcount,
                posonlyargcount,
                kwonlyargcount,
                stacksize,
                flags,
                code,
                consts,
                names,
                filename,
                name,
                firstlineno,
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

/// [`Kind::takes_ref_index`] by type code.
fn takes_ref_index(code: u8) -> bool {
    !matches!(
        code,
        tc::NULL | tc::NONE | tc::FALSE | tc::TRUE | tc::STOPITER | tc::ELLIPSIS | tc::REF
    )
}
