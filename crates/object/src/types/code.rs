//! Code objects as the VM runs them: the loader's `CodeObject` prepared once (lowered
//! instructions with normalized arguments, constants as values, interned names, the
//! exception table in instruction indices). Built by `krait_vm::code_prep`.

use std::rc::Rc;

use krait_loader::opcodes::Op;
use krait_loader::CodeObject;

use crate::error::PyResult;
use crate::interp::Interp;
use crate::object::Payload;
use crate::protocol;
use crate::typeobj::TypeData;
use crate::types::str::{new_str_data, new_string, StrData};
use crate::types::tuple::new_tuple;
use crate::value::Value;

/// One instruction: 8 bytes. `arg` is normalized by the loader (`lower::normalized_arg`):
/// jump targets are instruction indices, version-specific flag bits are in one layout.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Inst {
    pub op: Op,
    pub arg: u32,
}

/// An exception-table entry in instruction indices: instructions `start..end` unwind to
/// `target` with the operand stack cut to `depth` items (plus the offset of the raising
/// instruction first when `lasti`).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

pub struct Code {
    /// The loader's code object (raw bytes, tables, names).
    pub co: Rc<CodeObject>,
    /// Built only by `krait_vm::code_prep::prepare`, which checks that every LOAD_CONST
    /// argument indexes `consts` (the VM reads it unchecked).
    pub insts: Box<[Inst]>,
    /// The byte offset in `co_code` of each instruction (for line numbers).
    pub offsets: Box<[u32]>,
    pub consts: Box<[Value]>,
    /// `co_names` as str values.
    pub names: Box<[Value]>,
    /// `co_localsplusnames` as str values.
    pub localsplus_names: Box<[Value]>,
    pub exc_table: Box<[ExcEntry]>,
    pub nlocalsplus: usize,
    pub stacksize: usize,
    pub argcount: usize,
    pub posonlyargcount: usize,
    pub kwonlyargcount: usize,
    pub flags: u32,
    pub name: Value,
    pub qualname: Value,
    /// True when the function's arguments map straight onto its first locals: no
    /// `*args`/`**kwargs`, no keyword-only parameters (the call fast path's condition).
    pub simple_args: bool,
    /// `LOAD_GLOBAL`'s inline cache, one per `co_names` index (krait_vm's ops/locals.rs).
    pub global_cache: Box<[std::cell::Cell<GlobalCache>]>,
    /// The attribute opcodes' inline cache: one entry per `co_names` index for loads,
    /// then one per index for stores (krait_vm's ops/attr_cache.rs).
    pub attr_cache: Box<[std::cell::Cell<AttrCache>]>,
    /// True for the methods of the stdlib's pure-Python stand-ins for CPython's C
    /// accelerators (`asyncio.Future`/`asyncio.Task`, which CPython runs from
    /// `_asyncio`): CPython's C versions add no traceback entry, so neither do these.
    pub hidden_in_tb: bool,
}

/// What `LOAD_ATTR`/`LOAD_METHOD`/`STORE_ATTR` last found for a name: valid while the
/// object's class has the version tag `version` (`TypeData::version`, never reused).
#[derive(Copy, Clone, Default, Debug)]
pub struct AttrCache {
    /// 0: empty.
    pub version: u32,
    /// Which fast path applies (krait_vm's ops/attr_cache.rs).
    pub kind: u8,
    /// Entry index hint in the instance dict (checked before use).
    pub ix: u32,
    /// A descriptor or method found on the type, *borrowed*: its type dict holds it for as
    /// long as the class keeps the tag `version`.
    pub ptr: usize,
}

/// Where `LOAD_GLOBAL` last found a name: valid while the dicts' versions are the ones
/// recorded (a dict version is unique to one key layout, `DictData::version`).
#[derive(Copy, Clone, Default, Debug)]
pub struct GlobalCache {
    /// 0: empty; 1: in globals at `ix`; 2: in builtins at `ix` (absent from globals).
    pub kind: u8,
    pub ix: u32,
    pub globals_version: u64,
    pub builtins_version: u64,
}

impl Code {
    /// The handler for the instruction at `index`, if any.
    pub fn handler_for(&self, index: u32) -> Option<ExcEntry> {
        self.exc_table
            .iter()
            .find(|e| e.start <= index && index < e.end)
            .copied()
    }

    /// The source line of the instruction at `index`.
    pub fn line_of(&self, index: u32) -> Option<u32> {
        let off = *self.offsets.get(index as usize)?;
        krait_loader::linetable::line_at(&self.co, off)
    }
}

pub fn setup(t: &TypeData) {
    t.slots.repr.set(Some(|_, v| {
        let Some(Payload::Code(c)) = v.payload() else {
            return Ok(new_string("<code>".into()));
        };
        Ok(new_string(krait_loader::repr::code_repr(&c.co)))
    }));
    t.slots.getattro.set(Some(code_getattr));
}

/// `co_*` attributes (the read-only basics; CPython's code objects are immutable).
fn code_getattr(i: &mut dyn Interp, v: &Value, name: &Value) -> PyResult<Value> {
    let Some(Payload::Code(c)) = v.payload() else {
        return protocol::generic_getattr(i, v, name);
    };
    let co = &c.co;
    let strs = |names: &[krait_loader::PyStr]| {
        new_tuple(
            names
                .iter()
                .map(|n| new_str_data(StrData::from_pystr(n)))
                .collect(),
        )
    };
    let int = |n: u32| Value::Int(i64::from(n));
    Ok(
        match name.as_str_data().and_then(|s| s.as_str()).unwrap_or("") {
            "co_name" => c.name.clone(),
            "co_qualname" => c.qualname.clone(),
            "co_argcount" => int(co.argcount),
            "co_posonlyargcount" => int(co.posonlyargcount),
            "co_kwonlyargcount" => int(co.kwonlyargcount),
            "co_nlocals" => int(co.nlocals),
            "co_stacksize" => int(co.stacksize),
            "co_flags" => int(co.flags),
            "co_firstlineno" => int(co.firstlineno),
            "co_filename" => new_str_data(StrData::from_pystr(&co.filename)),
            "co_varnames" => strs(&co.varnames),
            "co_cellvars" => strs(&co.cellvars),
            "co_freevars" => strs(&co.freevars),
            "co_names" => new_tuple(c.names.to_vec()),
            "co_consts" => new_tuple(c.consts.to_vec()),
            // The marshalled bytes: CPython's unspecialized form, caches zeroed.
            "co_code" => crate::types::bytes::new_bytes(co.code.to_vec()),
            "co_linetable" => crate::types::bytes::new_bytes(co.linetable.to_vec()),
            "co_exceptiontable" => crate::types::bytes::new_bytes(co.exceptiontable.to_vec()),
            _ => return protocol::generic_getattr(i, v, name),
        },
    )
}

/// `code.replace(**changes)`: a copy with `co_flags`, `co_name` or `co_qualname`
/// replaced (what `types.coroutine` and decorators use); other fields are refused.
fn code_replace(_i: &mut dyn Interp, args: crate::args::Args<'_>) -> PyResult<Value> {
    let a = args.pos();
    let Some(Payload::Code(c)) = a.first().and_then(|v| v.payload()) else {
        return Err(crate::error::type_error("replace() needs a code object"));
    };
    if a.len() > 1 {
        return Err(crate::error::type_error(
            "replace() takes no positional arguments",
        ));
    }
    let mut co: CodeObject = (*c.co).clone();
    let (mut name, mut qualname) = (c.name.clone(), c.qualname.clone());
    for (k, v) in args.kwargs() {
        let key = k
            .as_str_data()
            .map(|s| s.lossy().into_owned())
            .unwrap_or_default();
        match key.as_str() {
            "co_flags" => {
                let Value::Int(n) = v else {
                    return Err(crate::error::type_error(format!(
                        "replace() argument 'co_flags' must be int, not {}",
                        v.class_name()
                    )));
                };
                co.flags = u32::try_from(*n)
                    .map_err(|_| crate::error::overflow_error("co_flags out of range"))?;
            }
            "co_name" | "co_qualname" if v.as_str_data().is_some() => {
                if key == "co_name" {
                    name = v.clone();
                } else {
                    qualname = v.clone();
                }
            }
            _ => {
                return Err(crate::error::type_error(format!(
                    "krait: code.replace({key}=...) is not supported yet"
                )))
            }
        }
    }
    let flags = co.flags;
    let new = Code {
        co: Rc::new(co),
        insts: c.insts.clone(),
        offsets: c.offsets.clone(),
        consts: c.consts.clone(),
        names: c.names.clone(),
        localsplus_names: c.localsplus_names.clone(),
        exc_table: c.exc_table.clone(),
        nlocalsplus: c.nlocalsplus,
        stacksize: c.stacksize,
        argcount: c.argcount,
        posonlyargcount: c.posonlyargcount,
        kwonlyargcount: c.kwonlyargcount,
        flags,
        name,
        qualname,
        simple_args: c.simple_args,
        global_cache: c.global_cache.iter().map(|_| Default::default()).collect(),
        hidden_in_tb: c.hidden_in_tb,
        attr_cache: c.attr_cache.iter().map(|_| Default::default()).collect(),
    };
    Ok(Value::Obj(crate::object::PyObject::new(
        crate::types::builtin_types().code.clone(),
        Payload::Code(Rc::new(new)),
    )))
}

pub static METHODS: &[crate::types::MethodDef] = &[
    crate::method!("replace", code_replace),
    crate::method!("co_positions", co_positions),
    crate::method!("co_lines", co_lines),
];

fn opt(v: Option<u32>) -> Value {
    v.map_or(Value::None, |n| Value::Int(i64::from(n)))
}

fn code_of<'a>(args: &crate::args::Args<'a>) -> PyResult<&'a Rc<Code>> {
    match args.pos().first().and_then(Value::payload) {
        Some(Payload::Code(c)) => Ok(c),
        _ => Err(crate::error::type_error(
            "descriptor requires a 'code' object",
        )),
    }
}

/// `co_positions()`: an iterator over the decoded location table.
fn co_positions(i: &mut dyn Interp, args: crate::args::Args) -> PyResult<Value> {
    let c = code_of(&args)?;
    let items: Vec<Value> = krait_loader::linetable::co_positions(&c.co)
        .into_iter()
        .map(|p| {
            new_tuple(vec![
                opt(p.lineno),
                opt(p.end_lineno),
                opt(p.col),
                opt(p.end_col),
            ])
        })
        .collect();
    protocol::iter(i, &crate::types::list::new_list(items))
}

/// `co_lines()`: `(start, end, line)` ranges.
fn co_lines(i: &mut dyn Interp, args: crate::args::Args) -> PyResult<Value> {
    let c = code_of(&args)?;
    let items: Vec<Value> = krait_loader::linetable::co_lines(&c.co)
        .into_iter()
        .map(|r| {
            new_tuple(vec![
                Value::Int(i64::from(r.start)),
                Value::Int(i64::from(r.end)),
                opt(r.line),
            ])
        })
        .collect();
    protocol::iter(i, &crate::types::list::new_list(items))
}
