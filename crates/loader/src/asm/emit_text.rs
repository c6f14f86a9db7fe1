//! Writing a module builder as assembly text (`krait dis --asm`). Everything the builder
//! holds is written, defaults left out, so that parsing the text gives the same builder.

use std::fmt::Write;

use super::builder::{Arg, CodeBuilder, Entry, Field, ModuleBuilder, FLAG_NAMES, KIND_NAMES};
use super::value::{Form, Item, Marsh, Value};
use crate::code::kind as lk;
use crate::dis::kinds::{self, Kind, CMP_OP, INTRINSIC_1, NB_OPS};
use crate::linetable::Position;
use crate::marshal::StrForm;
use crate::opcodes::ArgKind;
use crate::pyc::Validation;
use crate::repr;
use crate::{PyStr, PyVersion};

/// Characters that end a word.
pub(crate) fn is_special(c: char) -> bool {
    c.is_whitespace() || "()[]{},;'\"~".contains(c)
}

/// Whether `s` can be written as a bare word naming something (a name, label or id).
pub fn is_safe_word(s: &str) -> bool {
    let mut cs = s.chars();
    let Some(first) = cs.next() else { return false };
    (first.is_alphabetic() || first == '_' || first == '<')
        && s.chars()
            .all(|c| !is_special(c) && c != ':' && c != '#' && c != '@' && !c.is_control())
        && s != "NULL"
        && s != "NULL|self"
}

fn hex(b: &[u8]) -> String {
    if b.is_empty() {
        return "''".into();
    }
    let mut s = String::with_capacity(b.len() * 2);
    for x in b {
        let _ = write!(s, "{x:02x}");
    }
    s
}

/// The assembly text of a module.
pub fn module_text(m: &ModuleBuilder) -> String {
    let mut out = String::new();
    let v = m.version;
    let _ = writeln!(
        out,
        "; krait asm: `krait asm` turns this back into the identical .pyc"
    );
    let _ = writeln!(out, ".version {v}");
    if m.header.magic != v.release_magic() {
        let _ = writeln!(out, ".magic {}", m.header.magic);
    }
    match m.header.validation {
        Validation::Timestamp { mtime, size } => {
            let _ = writeln!(out, ".pyc timestamp {mtime} {size}");
        }
        Validation::Hash { checked, hash } => {
            let _ = writeln!(
                out,
                ".pyc hash {} {}",
                hex(&hash),
                if checked { "checked" } else { "unchecked" }
            );
        }
    }
    out.push('\n');
    code_text(&m.root, None, "", &mut out, &PyStr::from("<asm>"));
    out
}

fn name_text(s: &PyStr, v: PyVersion) -> String {
    match s.as_str() {
        Some(w) if is_safe_word(w) => w.to_string(),
        _ => repr::str_repr_v(s, v),
    }
}

fn marsh_text(m: &Marsh, out: &mut String) {
    if let Some(n) = m.backref {
        let _ = write!(out, "~back={n}");
    }
    if m.fresh {
        out.push_str("~new");
    }
    match m.flag {
        Some(true) => out.push_str("~ref"),
        Some(false) => out.push_str("~noref"),
        None => {}
    }
    match m.form {
        Some(Form::Str(f)) => {
            let _ = write!(out, "~form={}", f.type_code() as char);
        }
        Some(Form::BigTuple) => out.push_str("~form=big"),
        Some(Form::Int64) => out.push_str("~form=int64"),
        Some(Form::Long) => out.push_str("~form=long"),
        None => {}
    }
}

fn float_text(bits: u64, out: &mut String) {
    let f = f64::from_bits(bits);
    let r = repr::float_repr(f);
    if r.parse::<f64>().map(f64::to_bits) == Ok(bits) {
        out.push_str(&r);
    } else {
        let _ = write!(out, "f64:{bits:016x}");
    }
}

pub(crate) fn value_text(v: &Value, ver: PyVersion, ids: &[String], out: &mut String) {
    match v {
        Value::None => out.push_str("None"),
        Value::True => out.push_str("True"),
        Value::False => out.push_str("False"),
        Value::Ellipsis => out.push_str("..."),
        Value::StopIteration => out.push_str("StopIteration"),
        Value::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Value::Float(b) => float_text(*b, out),
        Value::Complex(re, im) => {
            out.push_str("complex(");
            float_text(*re, out);
            out.push_str(", ");
            float_text(*im, out);
            out.push(')');
        }
        Value::Str(s) => out.push_str(&repr::str_repr_v(s, ver)),
        Value::Bytes(b) => out.push_str(&repr::bytes_repr(b)),
        Value::Tuple(items) => {
            out.push('(');
            for (k, it) in items.iter().enumerate() {
                if k > 0 {
                    out.push_str(", ");
                }
                item_text(it, ver, ids, out);
            }
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Value::FrozenSet(items) => {
            out.push_str("frozenset(");
            if !items.is_empty() {
                out.push('{');
                for (k, it) in items.iter().enumerate() {
                    if k > 0 {
                        out.push_str(", ");
                    }
                    item_text(it, ver, ids, out);
                }
                out.push('}');
            }
            out.push(')');
        }
        Value::Code(i) => {
            out.push('@');
            out.push_str(ids.get(*i).map_or("?", |s| s.as_str()));
        }
    }
}

fn item_text(it: &Item, ver: PyVersion, ids: &[String], out: &mut String) {
    value_text(&it.value, ver, ids, out);
    marsh_text(&it.marsh, out);
}

fn entry_text(e: &Entry, v: PyVersion, kind: Option<u8>, out: &mut String) {
    out.push_str(&name_text(&e.name, v));
    if let Some(k) = kind {
        out.push(':');
        out.push_str(&kind_text(k));
    } else if e.extra_kind & lk::HIDDEN != 0 {
        out.push_str(":hidden");
    }
    marsh_text(&e.marsh, out);
}

fn kind_text(k: u8) -> String {
    let mut parts = Vec::new();
    let mut rest = k;
    for (n, bit) in KIND_NAMES {
        if k & bit != 0 {
            parts.push(n.to_string());
            rest &= !bit;
        }
    }
    if rest != 0 || parts.is_empty() {
        parts.push(format!("0x{rest:02x}"));
    }
    parts.join("+")
}

fn flags_text(flags: u32) -> String {
    let mut parts = Vec::new();
    let mut rest = flags;
    for (n, bit) in FLAG_NAMES {
        if flags & bit != 0 {
            parts.push(n.to_string());
            rest &= !bit;
        }
    }
    if rest != 0 {
        parts.push(format!("0x{rest:x}"));
    }
    parts.join(" ")
}

fn pos_text(p: &Position, v: PyVersion) -> String {
    let o = |x: Option<u32>| x.map_or("?".to_string(), |n| n.to_string());
    match (p.lineno, p.end_lineno, p.col, p.end_col) {
        (None, None, None, None) => ".line none".into(),
        (Some(l), Some(e), None, None) if l == e => format!(".line {l}"),
        _ if v == PyVersion::V3_10 => format!(".line {}", o(p.lineno)),
        _ => format!(
            ".loc {}:{}-{}:{}",
            o(p.lineno),
            o(p.col),
            o(p.end_lineno),
            o(p.end_col)
        ),
    }
}

/// Whether `localsplus` is what the builder derives from its LOCAL/CELL/FREE views.
fn derivable(lp: &[(Entry, u8)]) -> bool {
    let local: Vec<&Entry> = lp
        .iter()
        .filter(|(_, k)| k & lk::LOCAL != 0)
        .map(|(e, _)| e)
        .collect();
    let cells: Vec<&Entry> = lp
        .iter()
        .filter(|(_, k)| k & lk::CELL != 0)
        .map(|(e, _)| e)
        .collect();
    let frees: Vec<&Entry> = lp
        .iter()
        .filter(|(_, k)| k & lk::FREE != 0)
        .map(|(e, _)| e)
        .collect();
    let mut derived: Vec<(&PyStr, u8)> = Vec::new();
    for (e, k) in lp.iter().filter(|(_, k)| k & lk::LOCAL != 0) {
        let mut d = lk::LOCAL | (k & lk::HIDDEN);
        if cells.iter().any(|c| c.name == e.name) {
            d |= lk::CELL;
        }
        derived.push((&e.name, d));
    }
    for (e, k) in lp
        .iter()
        .filter(|(_, k)| k & lk::CELL != 0 && k & lk::LOCAL == 0)
    {
        if local.iter().any(|l| l.name == e.name) {
            return false;
        }
        derived.push((&e.name, lk::CELL | (k & lk::HIDDEN)));
    }
    for (e, k) in lp.iter().filter(|(_, k)| k & lk::FREE != 0) {
        derived.push((&e.name, lk::FREE | (k & lk::HIDDEN)));
    }
    let _ = frees;
    derived.len() == lp.len()
        && derived
            .iter()
            .zip(lp)
            .all(|((n, k), (e, k2))| **n == e.name && k == k2)
}

fn list_directive(out: &mut String, ind: &str, name: &str, items: &[String]) {
    for chunk in items.chunks(12) {
        let _ = writeln!(out, "{ind}.{name} {}", chunk.join(" "));
    }
}

fn code_text(cb: &CodeBuilder, id: Option<&str>, ind: &str, out: &mut String, parent_file: &PyStr) {
    let v = cb.version;
    let name_word = cb.name.as_str().filter(|s| is_safe_word(s));
    let head = id.or(name_word).unwrap_or("code");
    let _ = writeln!(out, "{ind}.code {head}");
    let ind2 = format!("{ind}    ");
    let i = ind2.as_str();
    if name_word != Some(head) {
        let _ = writeln!(out, "{i}.name {}", repr::str_repr_v(&cb.name, v));
    }
    if let Some(q) = &cb.qualname {
        let _ = writeln!(out, "{i}.qualname {}", name_text(q, v));
    }
    if let Some(f) = &cb.filename {
        if f != parent_file {
            let _ = writeln!(out, "{i}.filename {}", repr::str_repr_v(f, v));
        }
    }
    if let Some(l) = cb.firstlineno {
        let _ = writeln!(out, "{i}.firstlineno {l}");
    }
    // Arguments: counts (names come with the variable tables).
    if cb.argcount != 0 {
        let _ = writeln!(out, "{i}.argcount {}", cb.argcount);
    }
    if cb.posonlyargcount != 0 {
        let _ = writeln!(out, "{i}.posonlyargcount {}", cb.posonlyargcount);
    }
    if cb.kwonlyargcount != 0 {
        let _ = writeln!(out, "{i}.kwonlyargcount {}", cb.kwonlyargcount);
    }
    if cb.flags != 0 {
        let _ = writeln!(out, "{i}.flags {}", flags_text(cb.flags));
    }
    if let Some(n) = cb.nlocals {
        let _ = writeln!(out, "{i}.nlocals {n}");
    }
    if let Some(s) = cb.stacksize {
        let _ = writeln!(out, "{i}.stacksize {s}");
    }
    for it in &cb.consts {
        let mut s = String::new();
        item_text(it, v, &cb.child_ids, &mut s);
        let _ = writeln!(out, "{i}.const {s}");
    }
    let words = |es: &[Entry]| -> Vec<String> {
        es.iter()
            .map(|e| {
                let mut s = String::new();
                entry_text(e, v, None, &mut s);
                s
            })
            .collect()
    };
    list_directive(out, i, "names", &words(&cb.names));
    match &cb.localsplus {
        Some(lp) if !derivable(lp) => {
            let ws: Vec<String> = lp
                .iter()
                .map(|(e, k)| {
                    let mut s = String::new();
                    entry_text(e, v, Some(*k), &mut s);
                    s
                })
                .collect();
            list_directive(out, i, "localsplus", &ws);
        }
        Some(lp) => {
            let mut vars = Vec::new();
            let mut cells = Vec::new();
            let mut frees = Vec::new();
            for (e, k) in lp {
                let mut e2 = e.clone();
                e2.extra_kind = k & lk::HIDDEN;
                if k & lk::LOCAL != 0 {
                    vars.push(e2.clone());
                    if k & lk::CELL != 0 {
                        let mut c = e.clone();
                        c.marsh = Marsh::default();
                        cells.push(c);
                    }
                } else if k & lk::CELL != 0 {
                    cells.push(e2);
                } else {
                    frees.push(e2);
                }
            }
            list_directive(out, i, "varnames", &words(&vars));
            list_directive(out, i, "cellvars", &words(&cells));
            list_directive(out, i, "freevars", &words(&frees));
        }
        None => {
            list_directive(out, i, "varnames", &words(&cb.varnames));
            list_directive(out, i, "cellvars", &words(&cb.cellvars));
            list_directive(out, i, "freevars", &words(&cb.freevars));
        }
    }
    let fields: Vec<String> = cb
        .fields
        .iter()
        .map(|(f, m)| {
            let mut s = f.name().to_string();
            marsh_text(m, &mut s);
            s
        })
        .collect();
    let _ = Field::ALL;
    if !fields.is_empty() {
        let _ = writeln!(out, "{i}.marshal {}", fields.join(" "));
    }
    if let Some(raw) = &cb.raw_code {
        let _ = writeln!(out, "{i}.rawcode {}", hex(raw));
    }
    if let Some(raw) = &cb.raw_linetable {
        let _ = writeln!(out, "{i}.linetable {}", hex(raw));
    }
    if let Some(raw) = &cb.raw_exceptiontable {
        let _ = writeln!(out, "{i}.exceptiontable {}", hex(raw));
    }
    let lname = |l: &super::builder::Label| cb.labels[l.0].name.clone();
    for t in &cb.tries {
        let _ = write!(
            out,
            "{i}.try {} {} -> {}",
            lname(&t.start),
            lname(&t.end),
            lname(&t.handler)
        );
        if let Some(d) = t.depth {
            let _ = write!(out, " depth={d}");
        }
        if t.lasti {
            out.push_str(" lasti");
        }
        out.push('\n');
    }
    // Instructions.
    let n = cb.instrs.len();
    let mut by_index: Vec<Vec<&str>> = vec![Vec::new(); n + 1];
    for l in &cb.labels {
        if let Some(at) = l.at {
            by_index[at.min(n)].push(&l.name);
        }
    }
    let mut cur = Position::default();
    for (k, ins) in cb.instrs.iter().enumerate() {
        for l in &by_index[k] {
            let _ = writeln!(out, "{ind}  {l}:");
        }
        if ins.pos != cur && cb.raw_linetable.is_none() {
            let _ = writeln!(out, "{i}{}", pos_text(&ins.pos, v));
            cur = ins.pos;
        }
        let _ = write!(out, "{i}{}", ins.op.name());
        let dkind = kinds::kind(v, ins.op.name());
        let arg = arg_text(cb, &ins.arg, ins.op.arg_kind(v), dkind);
        if !arg.is_empty() {
            out.push(' ');
            out.push_str(&arg);
        }
        if ins.min_ext > 0 {
            let _ = write!(out, " ~ext={}", ins.min_ext);
        }
        if let Some(c) = &ins.caches {
            let cs: Vec<String> = c.iter().map(|x| format!("{x:04x}")).collect();
            let _ = write!(out, " ~cache={}", cs.join(","));
        }
        out.push('\n');
    }
    for l in &by_index[n] {
        let _ = writeln!(out, "{ind}  {l}:");
    }
    let file = cb.filename.clone().unwrap_or_else(|| parent_file.clone());
    for (c, cid) in cb.children.iter().zip(&cb.child_ids) {
        out.push('\n');
        code_text(c, Some(cid), i, out, &file);
    }
    let _ = writeln!(out, "{ind}.end");
}

fn arg_text(cb: &CodeBuilder, arg: &Arg, kind: ArgKind, dkind: Kind) -> String {
    let v = cb.version;
    match arg {
        Arg::None => String::new(),
        Arg::Int(n) => match (kind, dkind) {
            (ArgKind::Other, Kind::BinaryOp) if (*n as usize) < NB_OPS.len() => {
                NB_OPS[*n as usize].to_string()
            }
            (ArgKind::Other, Kind::Intrinsic1) if (*n as usize) < INTRINSIC_1.len() => {
                INTRINSIC_1[*n as usize].to_string()
            }
            (ArgKind::Other, Kind::Intrinsic2) if (*n as usize) < kinds::intrinsic_2(v).len() => {
                kinds::intrinsic_2(v)[*n as usize].to_string()
            }
            (ArgKind::Other, _) => n.to_string(),
            _ => format!("#{n}"),
        },
        Arg::Const(val) => {
            let mut s = String::new();
            value_text(val, v, &cb.child_ids, &mut s);
            s
        }
        Arg::Name { flags, name } => {
            let prefix = match (flags, dkind) {
                (0, _) => String::new(),
                (1, Kind::Global) => "NULL + ".into(),
                (1, Kind::Attr | Kind::SuperAttr) => "NULL|self + ".into(),
                (f, _) => format!("{f} + "),
            };
            format!("{prefix}{}", name_text(name, v))
        }
        Arg::Local(n) | Arg::Free(n) => name_text(n, v),
        Arg::LocalPair(a, b) => format!("{}, {}", name_text(a, v), name_text(b, v)),
        Arg::Compare { op, to_bool } => {
            let c = CMP_OP.get(*op as usize).copied().unwrap_or("?");
            if *to_bool {
                format!("bool({c})")
            } else {
                c.to_string()
            }
        }
        Arg::Label(l) => cb.labels[l.0].name.clone(),
    }
}

/// The type code letters of `~form=`.
pub(crate) fn form_from_text(s: &str) -> Option<Form> {
    Some(match s {
        "big" => Form::BigTuple,
        "int64" => Form::Int64,
        "long" => Form::Long,
        _ => {
            let mut cs = s.chars();
            let c = cs.next()?;
            if cs.next().is_some() {
                return None;
            }
            Form::Str(StrForm::from_type_code(c as u8)?)
        }
    })
}
