//! A `.pyc` back into builder form, for `krait dis --asm`: explicit tables, symbolic
//! arguments, labels, position and try directives, and whatever annotations make the
//! builder reproduce the file byte for byte. Each part the builder cannot derive (code it
//! cannot re-encode, a table CPython's encoder would not have written, a stack size flow
//! analysis does not find) is kept raw or explicit instead.

use std::collections::HashMap;

use super::builder::{
    compare_from_arg, pyc_bytes, Arg, Built, CodeBuilder, Entry, Inst, Label, ModuleBuilder,
};
use super::refs;
use super::value::{Item, Value};
use crate::code::kind as lk;
use crate::dis::kinds::{self, Kind};
use crate::linetable::{co_lines, co_positions, Position};
use crate::lower::decode_raw;
use crate::opcodes::{ArgKind, Op};
use crate::pyc::Pyc;
use crate::{exctable, CodeObject, Const, PyStr, PyVersion};

/// Converts a `.pyc` into a module builder that reassembles to exactly `bytes` (the
/// marshalled body up to its end; trailing bytes are not kept). Errors are messages.
pub fn module_from_pyc(bytes: &[u8]) -> Result<ModuleBuilder, String> {
    let pyc = Pyc::parse(bytes).map_err(|e| e.to_string())?;
    let code = pyc.code().map_err(|e| e.to_string())?;
    let root = code_builder(&code, None)?;
    let mut m = ModuleBuilder {
        version: pyc.header.version,
        header: pyc.header.clone(),
        root,
    };
    let mut built = m.build().map_err(|e| format!("internal: {e}"))?;
    refs::annotate(&mut built, &pyc.body);
    copy_annotations(&mut m.root, &built);
    let again = pyc_bytes(&m.header, &built);
    let original = pyc.to_bytes();
    if again != original {
        let at = again
            .iter()
            .zip(&original)
            .position(|(a, b)| a != b)
            .unwrap_or(again.len().min(original.len()));
        return Err(format!(
            "cannot reproduce this file's marshal data (first difference at byte {at})"
        ));
    }
    Ok(m)
}

fn copy_annotations(cb: &mut CodeBuilder, b: &Built) {
    cb.fields = b.fields.clone();
    for (c, it) in cb.consts.iter_mut().zip(&b.consts) {
        c.marsh = it.marsh.clone();
        copy_items(&mut c.value, &it.value);
    }
    let copy = |dst: &mut [Entry], src: &[Entry]| {
        for (d, s) in dst.iter_mut().zip(src) {
            d.marsh = s.marsh.clone();
        }
    };
    copy(&mut cb.names, &b.names);
    if cb.version == PyVersion::V3_10 {
        copy(&mut cb.varnames, &b.varnames);
        copy(&mut cb.cellvars, &b.cellvars);
        copy(&mut cb.freevars, &b.freevars);
    } else if let Some(lp) = &mut cb.localsplus {
        for ((e, _), s) in lp.iter_mut().zip(&b.localsplusnames) {
            e.marsh = s.marsh.clone();
        }
    }
    for (c, bc) in cb.children.iter_mut().zip(&b.children) {
        copy_annotations(c, bc);
    }
}

fn copy_items(dst: &mut Value, src: &Value) {
    if let (Value::Tuple(d) | Value::FrozenSet(d), Value::Tuple(s) | Value::FrozenSet(s)) =
        (dst, src)
    {
        for (a, b) in d.iter_mut().zip(s) {
            a.marsh = b.marsh.clone();
            copy_items(&mut a.value, &b.value);
        }
    }
}

/// A word that can stand for a code object's id.
fn id_word(name: &PyStr) -> Option<String> {
    let s = name.as_str()?;
    super::emit_text::is_safe_word(s).then(|| s.to_string())
}

fn value_of(
    c: &Const,
    children: &mut Vec<(String, CodeBuilder)>,
    parent_file: &PyStr,
) -> Result<Value, String> {
    Ok(match c {
        Const::None => Value::None,
        Const::Bool(true) => Value::True,
        Const::Bool(false) => Value::False,
        Const::Ellipsis => Value::Ellipsis,
        Const::StopIteration => Value::StopIteration,
        Const::Int(i) => Value::Int(i.clone()),
        Const::Float(f) => Value::Float(f.to_bits()),
        Const::Complex { re, im } => Value::Complex(re.to_bits(), im.to_bits()),
        Const::Str(s) => Value::Str(s.clone()),
        Const::Bytes(b) => Value::Bytes(b.clone()),
        Const::Tuple(items) => Value::Tuple(
            items
                .iter()
                .map(|i| value_of(i, children, parent_file).map(Item::new))
                .collect::<Result<_, _>>()?,
        ),
        Const::FrozenSet(items) => Value::FrozenSet(
            items
                .iter()
                .map(|i| value_of(i, children, parent_file).map(Item::new))
                .collect::<Result<_, _>>()?,
        ),
        Const::Code(co) => {
            let cb = code_builder(co, Some(parent_file))?;
            let base = id_word(&co.name).unwrap_or_else(|| "code".into());
            let mut id = base.clone();
            let mut k = 2;
            while children.iter().any(|(i, _)| *i == id) {
                id = format!("{base}/{k}");
                k += 1;
            }
            children.push((id, cb));
            Value::Code(children.len() - 1)
        }
        Const::List(_) | Const::Dict(_) | Const::Set(_) | Const::Null => {
            return Err(format!(
                "constants of type {c:?} are not supported by the assembler"
            ))
        }
    })
}

fn entries(names: &[PyStr]) -> Vec<Entry> {
    names.iter().map(|n| Entry::new(n.clone())).collect()
}

/// The builder of one code object (and, recursively, its nested code objects).
pub(crate) fn code_builder(
    co: &CodeObject,
    parent_file: Option<&PyStr>,
) -> Result<CodeBuilder, String> {
    let v = co.version;
    let mut cb = CodeBuilder::new(v, co.name.clone());
    if co.qualname != co.name {
        cb.qualname = Some(co.qualname.clone());
    }
    cb.filename = Some(co.filename.clone());
    let _ = parent_file;
    cb.firstlineno = Some(co.firstlineno);
    cb.argcount = co.argcount;
    cb.posonlyargcount = co.posonlyargcount;
    cb.kwonlyargcount = co.kwonlyargcount;
    cb.flags = co.flags;
    let mut children = Vec::new();
    for c in &co.consts {
        let val = value_of(c, &mut children, &co.filename)?;
        cb.consts.push(Item::new(val));
    }
    for (id, child) in children {
        cb.add_child(id, child);
    }
    cb.names = entries(&co.names);
    if v == PyVersion::V3_10 {
        cb.varnames = entries(&co.varnames);
        cb.cellvars = entries(&co.cellvars);
        cb.freevars = entries(&co.freevars);
        if co.nlocals as usize != co.varnames.len() {
            cb.nlocals = Some(co.nlocals);
        }
    } else {
        cb.localsplus = Some(
            co.localsplusnames
                .iter()
                .zip(&co.localspluskinds)
                .map(|(n, k)| (Entry::new(n.clone()), *k))
                .collect(),
        );
    }
    cb.stacksize = Some(co.stacksize);
    let symbolic = instructions(&mut cb, co).is_some();
    let fname = co.filename.clone();
    let raw_all = |cb: &mut CodeBuilder| {
        cb.instrs.clear();
        cb.labels.clear();
        cb.tries.clear();
        cb.raw_code = Some(co.code.to_vec());
        cb.raw_linetable = Some(co.linetable.to_vec());
        cb.raw_exceptiontable = Some(co.exceptiontable.to_vec());
        cb.stacksize = Some(co.stacksize);
    };
    if !symbolic {
        raw_all(&mut cb);
    }
    let built = match cb.build_one(fname.clone(), Vec::new()) {
        Ok(b) if b.code == *co.code => b,
        _ => {
            raw_all(&mut cb);
            cb.build_one(fname.clone(), Vec::new())
                .map_err(|e| format!("internal: {e}"))?
        }
    };
    if built.linetable != *co.linetable {
        cb.raw_linetable = Some(co.linetable.to_vec());
    }
    if built.exceptiontable != *co.exceptiontable {
        cb.raw_exceptiontable = Some(co.exceptiontable.to_vec());
    }
    if cb.raw_code.is_none() {
        cb.stacksize = None;
        if !matches!(cb.build_one(fname, Vec::new()), Ok(b) if b.stacksize == co.stacksize) {
            cb.stacksize = Some(co.stacksize);
        }
    }
    Ok(cb)
}

/// Fills in the instructions, labels, positions and try ranges; `None` when the code
/// cannot be written symbolically.
fn instructions(cb: &mut CodeBuilder, co: &CodeObject) -> Option<()> {
    let v = co.version;
    let raw: Vec<_> = decode_raw(v, &co.code).collect();
    let total = (co.code.len() / 2) as u32;
    // Group prefixes with their instruction.
    struct One {
        start: u32,
        offset: u32,
        op: Op,
        arg: u32,
        prefixes: u8,
        end: u32,
    }
    let mut ins: Vec<One> = Vec::new();
    let mut prefixes = 0u8;
    for r in &raw {
        let op = r.op?;
        if r.next_offset() > co.code.len() as u64 {
            return None;
        }
        if op == Op::EXTENDED_ARG {
            prefixes += 1;
            if prefixes > 3 {
                return None;
            }
            continue;
        }
        if prefixes > 0 && !op.has_arg(v) {
            return None;
        }
        let arg = if op.has_arg(v) {
            r.arg?
        } else {
            u32::from(r.arg_byte)
        };
        ins.push(One {
            start: r.start / 2,
            offset: r.offset,
            op,
            arg,
            prefixes,
            end: (r.next_offset() / 2) as u32,
        });
        prefixes = 0;
    }
    if prefixes > 0 || ins.last().map_or(0, |i| i.end) != total {
        return None;
    }
    let index_of: HashMap<u32, usize> = ins.iter().enumerate().map(|(i, x)| (x.start, i)).collect();
    let at = |unit: u32| -> Option<usize> {
        if unit == total {
            Some(ins.len())
        } else {
            index_of.get(&unit).copied()
        }
    };
    // Labels, in order of position.
    let mut label_at: Vec<usize> = Vec::new();
    let mut jumps: Vec<Option<usize>> = Vec::with_capacity(ins.len());
    for x in &ins {
        let t = if x.op.is_jump(v) {
            x.op.jump_target(v, x.offset, x.arg)
                .and_then(|b| (b % 2 == 0).then_some(b / 2))
                .and_then(|u| index_of.get(&u).copied())
        } else {
            None
        };
        if let Some(t) = t {
            label_at.push(t);
        }
        jumps.push(t);
    }
    let entries = if v >= PyVersion::V3_11 {
        exctable::parse(co).ok()
    } else {
        None
    };
    let mut tries = Vec::new();
    if let Some(es) = &entries {
        for e in es {
            let (Some(s), Some(en), Some(h)) = (at(e.start / 2), at(e.end / 2), at(e.target / 2))
            else {
                tries.clear();
                cb.raw_exceptiontable = Some(co.exceptiontable.to_vec());
                break;
            };
            label_at.extend([s, en, h]);
            tries.push((s, en, h, e.depth, e.lasti));
        }
    } else if v >= PyVersion::V3_11 {
        cb.raw_exceptiontable = Some(co.exceptiontable.to_vec());
    }
    label_at.sort_unstable();
    label_at.dedup();
    let labels: HashMap<usize, Label> = label_at
        .iter()
        .enumerate()
        .map(|(k, &i)| (i, cb.label(format!("L{}", k + 1))))
        .collect();
    // Positions per code unit.
    let positions = unit_positions(co, total as usize);
    let dkinds: Vec<Kind> = ins.iter().map(|x| kinds::kind(v, x.op.name())).collect();
    let const_first = first_index(co.consts.iter().map(const_key_of));
    let name_first = first_index(co.names.iter().map(|n| Some(n.as_bytes().to_vec())));
    let local_names: &[PyStr] = if v == PyVersion::V3_10 {
        &co.varnames
    } else {
        &co.localsplusnames
    };
    let local_first = first_index(local_names.iter().map(|n| Some(n.as_bytes().to_vec())));
    let mut pos_ok = positions.is_some();
    for (i, x) in ins.iter().enumerate() {
        if let Some(l) = labels.get(&i) {
            cb.bind(*l).ok()?;
        }
        let pos = match &positions {
            Some(p) => {
                let first = p[x.start as usize];
                if p[x.start as usize..x.end as usize]
                    .iter()
                    .any(|q| *q != first)
                {
                    pos_ok = false;
                }
                first
            }
            None => Position::default(),
        };
        let kind = x.op.arg_kind(v);
        let a = x.arg;
        let arg = match kind {
            ArgKind::None => {
                if a == 0 {
                    Arg::None
                } else {
                    Arg::Int(a)
                }
            }
            ArgKind::Other => Arg::Int(a),
            ArgKind::Const => match const_first.get(a as usize) {
                Some(true) => {
                    let val = const_value(cb, co, a as usize)?;
                    Arg::Const(val)
                }
                _ => Arg::Int(a),
            },
            ArgKind::Name => {
                let shift = match dkinds[i] {
                    Kind::Global | Kind::Attr => 1,
                    Kind::SuperAttr => 2,
                    _ => 0,
                };
                let idx = (a >> shift) as usize;
                match name_first.get(idx) {
                    Some(true) => Arg::Name {
                        flags: a & ((1 << shift) - 1),
                        name: co.names[idx].clone(),
                    },
                    _ => Arg::Int(a),
                }
            }
            ArgKind::Local if dkinds[i] == Kind::LocalPair => {
                let (p, q) = ((a >> 4) as usize, (a & 15) as usize);
                match (local_first.get(p), local_first.get(q), a < 256) {
                    (Some(true), Some(true), true) => {
                        Arg::LocalPair(local_names[p].clone(), local_names[q].clone())
                    }
                    _ => Arg::Int(a),
                }
            }
            ArgKind::Local => match local_first.get(a as usize) {
                Some(true) => Arg::Local(local_names[a as usize].clone()),
                _ => Arg::Int(a),
            },
            ArgKind::Free => free_arg(co, a).unwrap_or(Arg::Int(a)),
            ArgKind::Compare => match compare_from_arg(v, a) {
                Some((c, b)) => Arg::Compare { op: c, to_bool: b },
                None => Arg::Int(a),
            },
            ArgKind::JumpForward | ArgKind::JumpBackward | ArgKind::JumpAbsolute => {
                match jumps[i].and_then(|t| labels.get(&t)) {
                    Some(l) => Arg::Label(*l),
                    None => Arg::Int(a),
                }
            }
        };
        let ncache = x.op.cache_entries(v) as usize;
        let cache_units = &co.code[(x.offset as usize + 2)..(x.offset as usize + 2 + 2 * ncache)];
        let caches = cache_units.iter().any(|&b| b != 0).then(|| {
            cache_units
                .chunks_exact(2)
                .map(|c| u16::from_le_bytes([c[0], c[1]]))
                .collect()
        });
        let needed = match a {
            0..=0xff => 0,
            0x100..=0xffff => 1,
            0x1_0000..=0xff_ffff => 2,
            _ => 3,
        };
        let min_ext = if x.prefixes > needed { x.prefixes } else { 0 };
        cb.position(pos);
        cb.instrs.push(Inst {
            op: x.op,
            arg,
            pos,
            min_ext,
            caches,
            span: None,
        });
    }
    if let Some(l) = labels.get(&ins.len()) {
        cb.bind(*l).ok()?;
    }
    for (s, e, h, depth, lasti) in tries {
        let (s, e, h) = (labels[&s], labels[&e], labels[&h]);
        cb.try_range(s, e, h, Some(depth), lasti);
    }
    if !pos_ok {
        for i in cb.instrs.iter_mut() {
            i.pos = Position::default();
        }
        cb.raw_linetable = Some(co.linetable.to_vec());
    }
    cb.position(Position::default());
    Some(())
}

fn first_index(keys: impl Iterator<Item = Option<Vec<u8>>>) -> Vec<bool> {
    let mut seen = std::collections::HashSet::new();
    keys.map(|k| match k {
        Some(k) => seen.insert(k),
        None => true,
    })
    .collect()
}

fn const_key_of(c: &Const) -> Option<Vec<u8>> {
    // Code objects get distinct keys by position; the builder keys them by child index.
    match c {
        Const::Code(_) => None,
        _ => {
            let mut dummy = Vec::new();
            value_of(c, &mut dummy, &PyStr::from("")).ok()?.key()
        }
    }
}

fn const_value(cb: &CodeBuilder, co: &CodeObject, i: usize) -> Option<Value> {
    let _ = co;
    cb.consts.get(i).map(|it| it.value.clone())
}

fn free_arg(co: &CodeObject, a: u32) -> Option<Arg> {
    let a = a as usize;
    if co.version == PyVersion::V3_10 {
        let name = co.cellvars.iter().chain(&co.freevars).nth(a)?;
        // The builder looks in cellvars first, then freevars.
        let resolved = co.cellvars.iter().position(|n| n == name).or_else(|| {
            co.freevars
                .iter()
                .position(|n| n == name)
                .map(|i| i + co.cellvars.len())
        })?;
        (resolved == a).then(|| Arg::Free(name.clone()))
    } else {
        let name = co.localsplusnames.get(a)?;
        let first = co.localsplusnames.iter().position(|n| n == name)?;
        let _ = lk::CELL;
        (first == a).then(|| Arg::Free(name.clone()))
    }
}

/// The position of every code unit (3.10: the line only), or `None` when the table does
/// not describe exactly the code's units.
fn unit_positions(co: &CodeObject, units: usize) -> Option<Vec<Position>> {
    if co.version == PyVersion::V3_10 {
        let mut out = vec![Position::default(); units];
        let mut covered = 0usize;
        for r in co_lines(co) {
            if r.start % 2 != 0 || r.end % 2 != 0 || (r.start as usize) != covered * 2 {
                return None;
            }
            let (s, e) = (r.start as usize / 2, r.end as usize / 2);
            if e > units {
                return None;
            }
            for p in &mut out[s..e] {
                p.lineno = r.line;
                p.end_lineno = r.line;
            }
            covered = e;
        }
        (covered == units).then_some(out)
    } else {
        let p = co_positions(co);
        (p.len() == units).then_some(p)
    }
}
