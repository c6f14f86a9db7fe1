//! Preparing a loader `CodeObject` once into the VM's [`Code`]: lowered instructions with
//! normalized arguments (`lower::normalized_arg`), constants as values (nested code objects
//! prepared recursively), names as str values, the exception table in instruction indices.

use std::rc::Rc;

use krait_loader::code::flags;
use krait_loader::lower::{lower, normalized_arg};
use krait_loader::opcodes::Op;
use krait_loader::{exctable, CodeObject, Const};
use krait_object::object::{Payload, PyObject};
use krait_object::types::builtin_types;
use krait_object::types::code::{Code, ExcEntry, Inst};
use krait_object::types::str::{new_str_data, StrData};
use krait_object::types::tuple::new_tuple;
use krait_object::Value;

/// Why a code object cannot run (a one-line message, no Python exception: this happens
/// before any code runs).
pub type PrepError = String;

/// Prepares `co` and every code object among its constants.
pub fn prepare(co: &Rc<CodeObject>) -> Result<Rc<Code>, PrepError> {
    let v = co.version;
    // Invariant the call paths index by: the parameters are among the fast locals.
    let params = co.argcount as usize
        + co.kwonlyargcount as usize
        + usize::from(co.flags & flags::VARARGS != 0)
        + usize::from(co.flags & flags::VARKEYWORDS != 0);
    if params > co.localsplusnames.len() || co.posonlyargcount > co.argcount {
        return Err(format!(
            "{}: {params} parameters but {} fast locals",
            co.qualname,
            co.localsplusnames.len()
        ));
    }
    let instrs = lower(co).map_err(|e| format!("{}: {e}", co.qualname))?;
    let insts: Box<[Inst]> = instrs
        .iter()
        .map(|ins| Inst {
            op: ins.op,
            arg: normalized_arg(v, ins),
        })
        .collect();
    let offsets: Box<[u32]> = instrs.iter().map(|i| i.offset).collect();
    // Unit index → index of the first instruction starting at or after it.
    let units = co.code.len() / 2;
    let mut at_unit = vec![instrs.len() as u32; units + 1];
    let mut next = instrs.len();
    for u in (0..units).rev() {
        while next > 0 && instrs[next - 1].start as usize >= u * 2 {
            next -= 1;
        }
        at_unit[u] = next as u32;
    }
    let map = |byte: u32| {
        at_unit
            .get(byte as usize / 2)
            .copied()
            .unwrap_or(instrs.len() as u32)
    };
    let exc_table: Box<[ExcEntry]> = exctable::parse(co)
        .map_err(|e| format!("{}: exception table: {e}", co.qualname))?
        .iter()
        .map(|e| ExcEntry {
            start: map(e.start),
            end: map(e.end),
            target: map(e.target),
            depth: e.depth,
            lasti: e.lasti,
        })
        .collect();
    // Invariant LOAD_CONST's unchecked read relies on (ops/locals.rs): every LOAD_CONST
    // argument indexes `consts`, which never changes after this point.
    if let Some(bad) = insts
        .iter()
        .find(|i| i.op == Op::LOAD_CONST && i.arg as usize >= co.consts.len())
    {
        return Err(format!(
            "{}: LOAD_CONST {} but {} constants",
            co.qualname,
            bad.arg,
            co.consts.len()
        ));
    }
    let mut consts = Vec::with_capacity(co.consts.len());
    for c in &co.consts {
        consts.push(const_value(c)?);
    }
    let strs = |names: &[krait_loader::PyStr]| -> Box<[Value]> {
        names
            .iter()
            .map(|n| new_str_data(StrData::from_pystr(n)))
            .collect()
    };
    let simple_args =
        co.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0 && co.kwonlyargcount == 0;
    Ok(Rc::new(Code {
        insts,
        offsets,
        consts: consts.into_boxed_slice(),
        names: strs(&co.names),
        localsplus_names: strs(&co.localsplusnames),
        exc_table,
        nlocalsplus: co.localsplusnames.len(),
        stacksize: co.stacksize as usize,
        argcount: co.argcount as usize,
        posonlyargcount: co.posonlyargcount as usize,
        kwonlyargcount: co.kwonlyargcount as usize,
        flags: co.flags,
        name: new_str_data(StrData::from_pystr(&co.name)),
        qualname: new_str_data(StrData::from_pystr(&co.qualname)),
        simple_args,
        global_cache: (0..co.names.len()).map(|_| Default::default()).collect(),
        hidden_in_tb: hidden_in_tb(co),
        // Loads (LOAD_ATTR/LOAD_METHOD) at `namei`, stores at `names.len() + namei`.
        attr_cache: (0..2 * co.names.len())
            .map(|_| Default::default())
            .collect(),
        co: co.clone(),
    }))
}

/// Whether `co` is a method of the stdlib's pure-Python `asyncio.Future`/`asyncio.Task`,
/// which CPython runs in C (`_asyncio`) and so never shows in a traceback
/// (see `Code::hidden_in_tb`).
fn hidden_in_tb(co: &CodeObject) -> bool {
    let file = co.filename.as_bytes();
    let qual = co.qualname.as_bytes();
    (file.ends_with(b"/asyncio/futures.py") && qual.starts_with(b"Future."))
        || (file.ends_with(b"/asyncio/tasks.py") && qual.starts_with(b"Task."))
}

/// A constant as a value.
pub fn const_value(c: &Const) -> Result<Value, PrepError> {
    Ok(match c {
        Const::None => Value::None,
        Const::Bool(b) => Value::Bool(*b),
        Const::Ellipsis => builtin_types().ellipsis.clone(),
        Const::Int(i) => Value::from_bigint(i.clone()),
        Const::Float(f) => Value::Float(*f),
        Const::Str(s) => new_str_data(StrData::from_pystr(s)),
        Const::Tuple(items) => {
            let mut v = Vec::with_capacity(items.len());
            for it in items.iter() {
                v.push(const_value(it)?);
            }
            new_tuple(v)
        }
        Const::Code(co) => Value::Obj(PyObject::new(
            builtin_types().code.clone(),
            Payload::Code(prepare(co)?),
        )),
        Const::Complex { re, im } => krait_object::types::complex::new_complex(*re, *im),
        Const::Bytes(b) => krait_object::types::bytes::new_bytes(b.to_vec()),
        Const::FrozenSet(items) => {
            let mut v = Vec::with_capacity(items.len());
            for it in items.iter() {
                v.push(const_value(it)?);
            }
            krait_object::types::set::frozenset_from_consts(v)
        }
        Const::Set(_) => return Err(unsupported_const("set")),
        Const::List(_) => return Err(unsupported_const("list")),
        Const::Dict(_) => return Err(unsupported_const("dict")),
        Const::StopIteration => return Err(unsupported_const("StopIteration")),
        Const::Null => return Err(unsupported_const("NULL")),
    })
}

fn unsupported_const(what: &str) -> PrepError {
    format!("constants of type {what} are not supported yet")
}
