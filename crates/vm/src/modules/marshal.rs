//! `marshal` (Python/marshal.c): `dumps`/`loads`/`dump`/`load` and `version`, over
//! krait_loader's marshal reader and writer (the `.pyc` format).
//!
//! Reading goes through the loader's tree and `resolve` (references become shared
//! constants; a self-containing structure is refused as bad data). Writing builds the
//! tree from values. CPython sets `FLAG_REF` on objects whose reference count exceeds
//! one; krait models that as: small values (unboxed ints and floats, identifier-like
//! strings) and heap objects with more than one `Rc` owner are flagged, and a flagged
//! object met again is written as a back-reference.

use std::collections::HashMap;

use krait_loader::marshal::{self as m, CodeLayout, CodeNode, Kind, Node, StrForm};
use krait_loader::{CodeObject, Const, LoadError, PyStr};
use krait_object::args::Args;
use krait_object::error::{new_error, type_error, value_error, PyErr, PyResult};
use krait_object::object::Payload;
use krait_object::types::builtin_types;
use krait_object::types::bytes::{bytes_of, new_bytes};
use krait_object::types::str::StrData;
use krait_object::{protocol, Interp, Value};

use super::{new_module_with, set_attr};
use crate::builtins::vm_of;
use crate::vm::Vm;

const VERSION: i64 = 4;
const MAX_DEPTH: usize = 2000;

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let md = new_module_with(
        "marshal",
        &[
            ("dumps", dumps),
            ("loads", loads),
            ("dump", dump),
            ("load", load),
        ],
    );
    set_attr(&md, "version", Value::Int(VERSION));
    Ok(md)
}

fn unmarshallable() -> PyErr {
    value_error("unmarshallable object")
}

struct Writer {
    version: i64,
    /// Flagged objects written so far → their reference index.
    seen: HashMap<(u8, u64), u32>,
    nrefs: u32,
}

/// Identity of a value for back-references: pointer for heap objects, bits for unboxed.
fn identity(v: &Value) -> Option<(u8, u64)> {
    match v {
        Value::Int(n) => Some((1, *n as u64)),
        Value::Float(f) => Some((2, f.to_bits())),
        Value::Obj(o) => Some((3, std::rc::Rc::as_ptr(o) as *const u8 as u64)),
        _ => None,
    }
}

fn identifier_like(s: &StrData) -> bool {
    s.code_points()
        .all(|c| c < 0x80 && (char::from(c as u8).is_ascii_alphanumeric() || c == 0x5f))
}

impl Writer {
    fn flag_for(&self, v: &Value) -> bool {
        if self.version < 3 {
            return false;
        }
        match v {
            Value::Int(_) | Value::Float(_) => true,
            Value::Obj(o) => {
                if let Payload::Str(s) = &o.payload {
                    if identifier_like(s) {
                        return true;
                    }
                }
                std::rc::Rc::strong_count(o) > 1
            }
            _ => false,
        }
    }

    fn write(&mut self, i: &mut dyn Interp, v: &Value, depth: usize) -> PyResult<Node> {
        if depth > MAX_DEPTH {
            return Err(value_error("object too deeply nested to marshal"));
        }
        match v {
            Value::None => return Ok(Node::none()),
            Value::Bool(b) => return Ok(Node::bool(*b)),
            _ => {}
        }
        if v.is(&builtin_types().ellipsis) {
            return Ok(Node::ellipsis());
        }
        if v.is(&Value::Obj(builtin_types().exc.stop_iteration.clone())) {
            return Ok(Node::stop_iteration());
        }
        let flag = self.flag_for(v);
        let id = identity(v);
        if flag {
            if let Some(k) = id.and_then(|id| self.seen.get(&id)) {
                return Ok(Node::reference(*k));
            }
            if let Some(id) = id {
                self.seen.insert(id, self.nrefs);
                self.nrefs += 1;
            }
        }
        let node = self.build(i, v, depth)?;
        Ok(if flag { node.with_ref() } else { node })
    }

    fn items(&mut self, i: &mut dyn Interp, items: &[Value], depth: usize) -> PyResult<Vec<Node>> {
        items.iter().map(|x| self.write(i, x, depth + 1)).collect()
    }

    fn build(&mut self, i: &mut dyn Interp, v: &Value, depth: usize) -> PyResult<Node> {
        match v {
            Value::Int(n) => return Ok(Node::big_int(&(*n).into())),
            Value::Float(f) => return Ok(Node::float(*f)),
            _ => {}
        }
        let Value::Obj(o) = v else {
            return Err(unmarshallable());
        };
        let t = builtin_types();
        let exact = |cls: &krait_object::ObjRef| std::rc::Rc::ptr_eq(&o.class(), cls);
        Ok(match &o.payload {
            Payload::Int(b) if exact(&t.int) => Node::big_int(b),
            Payload::Float(f) if exact(&t.float) => Node::float(*f),
            Payload::Str(s) if exact(&t.str) => self.str_node(s),
            Payload::Bytes(b) => Node::bytes(b),
            Payload::ByteArray(_) => Node::bytes(&bytes_of(v).unwrap_or_default()),
            Payload::Tuple(items) if exact(&t.tuple) => {
                let nodes = self.items(i, items, depth)?;
                if self.version >= 4 && nodes.len() < 256 {
                    Node::new(Kind::Tuple {
                        small: true,
                        items: nodes,
                    })
                } else {
                    Node::new(Kind::Tuple {
                        small: false,
                        items: nodes,
                    })
                }
            }
            Payload::List(items) if exact(&t.list) => {
                let items = items.borrow().clone();
                Node::list(self.items(i, &items, depth)?)
            }
            Payload::Dict(d) if exact(&t.dict) => {
                let pairs: Vec<(Value, Value)> = d.borrow().items();
                let mut nodes = Vec::with_capacity(pairs.len() * 2 + 1);
                for (k, val) in pairs {
                    nodes.push(self.write(i, &k, depth + 1)?);
                    nodes.push(self.write(i, &val, depth + 1)?);
                }
                nodes.push(Node::null());
                Node::new(Kind::Dict(nodes))
            }
            Payload::Set(_) if exact(&t.set) || exact(&t.frozenset) => {
                let items = protocol::collect(i, v)?;
                let nodes = self.items(i, &items, depth)?;
                if exact(&t.set) {
                    Node::set(nodes)
                } else {
                    Node::frozenset(nodes)
                }
            }
            Payload::Code(c) => self.code_node(&c.co),
            Payload::Complex { re, im } if exact(&t.complex) => Node::complex(*re, *im),
            _ => return Err(unmarshallable()),
        })
    }

    fn str_node(&self, s: &StrData) -> Node {
        let interned = self.version >= 3 && identifier_like(s);
        let ascii = s.is_ascii();
        let form = if self.version >= 4 && ascii {
            StrForm::for_str(&PyStr::from_code_points(s.code_points()), interned)
        } else if interned {
            StrForm::Interned
        } else {
            StrForm::Unicode
        };
        Node::new(Kind::Str {
            form,
            raw: s.as_bytes().into(),
        })
    }

    /// A code object as CPython 3.11 writes one (tables as plain tuples; no sharing).
    fn code_node(&self, co: &CodeObject) -> Node {
        let strs =
            |v: &[PyStr]| Node::tuple(v.iter().map(|s| Node::str(s.clone(), true)).collect());
        let consts = Node::tuple(co.consts.iter().map(|c| self.const_node(c)).collect());
        Node::code(CodeNode {
            argcount: co.argcount,
            posonlyargcount: co.posonlyargcount,
            kwonlyargcount: co.kwonlyargcount,
            stacksize: co.stacksize,
            flags: co.flags,
            code: Node::bytes(&co.code),
            consts,
            names: strs(&co.names),
            filename: Node::str(co.filename.clone(), false),
            name: Node::str(co.name.clone(), true),
            firstlineno: co.firstlineno,
            linetable: Node::bytes(&co.linetable),
            layout: CodeLayout::V311 {
                localsplusnames: strs(&co.localsplusnames),
                localspluskinds: Node::bytes(&co.localspluskinds),
                qualname: Node::str(co.qualname.clone(), true),
                exceptiontable: Node::bytes(&co.exceptiontable),
            },
        })
    }

    fn const_node(&self, c: &Const) -> Node {
        let many = |v: &[Const]| v.iter().map(|x| self.const_node(x)).collect::<Vec<_>>();
        match c {
            Const::None | Const::Null => Node::none(),
            Const::Bool(b) => Node::bool(*b),
            Const::Ellipsis => Node::ellipsis(),
            Const::StopIteration => Node::stop_iteration(),
            Const::Int(n) => Node::big_int(n),
            Const::Float(f) => Node::float(*f),
            Const::Complex { re, im } => Node::complex(*re, *im),
            Const::Str(s) => Node::str(s.clone(), false),
            Const::Bytes(b) => Node::bytes(b),
            Const::Tuple(v) => Node::tuple(many(v)),
            Const::List(v) => Node::list(many(v)),
            Const::Set(v) => Node::set(many(v)),
            Const::FrozenSet(v) => Node::frozenset(many(v)),
            Const::Dict(pairs) => {
                let mut nodes = Vec::new();
                for (k, v) in pairs.iter() {
                    nodes.push(self.const_node(k));
                    nodes.push(self.const_node(v));
                }
                nodes.push(Node::null());
                Node::new(Kind::Dict(nodes))
            }
            Const::Code(co) => self.code_node(co),
        }
    }
}

fn dump_bytes(i: &mut dyn Interp, v: &Value, version: i64) -> PyResult<Vec<u8>> {
    let mut w = Writer {
        version,
        seen: HashMap::new(),
        nrefs: 0,
    };
    let node = w.write(i, v, 0)?;
    let mut out = Vec::new();
    m::write_into(&mut out, &node);
    Ok(out)
}

fn version_arg(i: &mut dyn Interp, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None => Ok(VERSION),
        Some(v) => match protocol::index(i, v)? {
            Value::Int(n) => Ok(n),
            _ => Err(krait_object::error::overflow_error(
                "Python int too large to convert to C int",
            )),
        },
    }
}

fn dumps(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("dumps")?;
    let a = super::support::check_pos(&args, "dumps", 1, 2)?;
    let version = version_arg(i, a.get(1))?;
    let v = a[0].clone();
    Ok(new_bytes(dump_bytes(i, &v, version)?))
}

fn dump(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("dump")?;
    let a = super::support::check_pos(&args, "dump", 2, 3)?;
    let version = version_arg(i, a.get(2))?;
    let b = dump_bytes(i, &a[0], version)?;
    let file = a[1].clone();
    let write = protocol::getattr_str(i, &file, "write")?;
    protocol::call(i, &write, Args::positional(&[new_bytes(b)]))?;
    Ok(Value::None)
}

/// CPython's messages for what the loader's reader refuses.
fn load_error(e: LoadError, len: usize) -> PyErr {
    let t = builtin_types();
    let LoadError::Malformed { what, offset } = e else {
        return value_error("bad marshal data");
    };
    if what.starts_with("truncated: expected an object") {
        if offset == 0 || offset >= len {
            return new_error(&t.exc.eof_error, "EOF read where object expected");
        }
        return new_error(&t.exc.eof_error, "marshal data too short");
    }
    if what.starts_with("truncated") {
        return new_error(&t.exc.eof_error, "marshal data too short");
    }
    if what.starts_with("unknown type code") {
        return value_error("bad marshal data (unknown type code)");
    }
    if what.starts_with("NULL object") {
        return type_error("NULL object in marshal data for object");
    }
    if what.contains("reference") {
        return value_error("bad marshal data (invalid reference)");
    }
    if what.contains("UTF-8") {
        return new_error(
            &t.exc.unicode_decode_error,
            "'utf-8' codec can't decode bytes: invalid data",
        );
    }
    value_error(format!("bad marshal data ({what})"))
}

fn const_to_value(i: &mut dyn Interp, c: &Const) -> PyResult<Value> {
    let many = |i: &mut dyn Interp, v: &[Const]| -> PyResult<Vec<Value>> {
        v.iter().map(|x| const_to_value(i, x)).collect()
    };
    match c {
        Const::List(v) => {
            let items = many(i, v)?;
            Ok(krait_object::types::list::new_list(items))
        }
        Const::Set(v) => {
            let items = many(i, v)?;
            let s = protocol::call(
                i,
                &Value::Obj(builtin_types().set.clone()),
                Args::positional(&[krait_object::types::tuple::new_tuple(items)]),
            )?;
            Ok(s)
        }
        Const::Tuple(v) => Ok(krait_object::types::tuple::new_tuple(many(i, v)?)),
        Const::FrozenSet(v) => {
            let items = many(i, v)?;
            protocol::call(
                i,
                &Value::Obj(builtin_types().frozenset.clone()),
                Args::positional(&[krait_object::types::tuple::new_tuple(items)]),
            )
        }
        Const::Dict(pairs) => {
            let d = krait_object::types::dict::new_dict(Default::default());
            for (k, v) in pairs.iter() {
                let k = const_to_value(i, k)?;
                let v = const_to_value(i, v)?;
                protocol::setitem(i, &d, &k, v)?;
            }
            Ok(d)
        }
        Const::StopIteration => Ok(Value::Obj(builtin_types().exc.stop_iteration.clone())),
        Const::Null => Err(type_error("NULL object in marshal data for object")),
        c => crate::code_prep::const_value(c).map_err(value_error),
    }
}

/// Reads one object from `data`; returns it and the bytes it took.
fn load_bytes(i: &mut dyn Interp, data: &[u8]) -> PyResult<(Value, usize)> {
    let version = vm_of(i).map_or(krait_loader::PyVersion::V3_11, |vm| vm.version);
    let (node, n) = m::read_prefix(data, 0, version).map_err(|e| load_error(e, data.len()))?;
    let c = m::resolve(&node, version).map_err(|e| load_error(e, data.len()))?;
    Ok((const_to_value(i, &c)?, n))
}

fn loads(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("loads")?;
    let a = args.exact("marshal.loads", 1)?;
    let data = bytes_of(&a[0]).ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            a[0].class_name()
        ))
    })?;
    Ok(load_bytes(i, &data)?.0)
}

/// `load(file)`: reads what is left, takes one object, and seeks back over the rest
/// when the file can seek.
fn load(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("load")?;
    let file = args.exact("marshal.load", 1)?[0].clone();
    let read = protocol::getattr_str(i, &file, "read")?;
    let data = protocol::call(i, &read, Args::positional(&[]))?;
    let Some(data) = bytes_of(&data) else {
        return Err(type_error(format!(
            "file.read() returned not bytes but {}",
            data.class_name()
        )));
    };
    let (v, n) = load_bytes(i, &data)?;
    if n < data.len() {
        if let Ok(seek) = protocol::getattr_str(i, &file, "seek") {
            let back = Value::Int(n as i64 - data.len() as i64);
            protocol::call(i, &seek, Args::positional(&[back, Value::Int(1)]))?;
        }
    }
    Ok(v)
}
