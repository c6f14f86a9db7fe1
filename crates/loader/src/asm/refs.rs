//! Marshal choices: which objects get `FLAG_REF`, which are written as back-references,
//! and which type code each gets.
//!
//! CPython decides these by object identity and reference counts at the time it writes the
//! file, which the assembler cannot see. It models them instead ([`Policy`]): equal
//! constants are one object (the compiler merges them), identifier-like strings are
//! interned, and an object gets `FLAG_REF` when it is shared (it occurs more than once in
//! the module), interned, or one of CPython's cached singletons (small ints, empty and
//! one-character strings and bytes, the empty tuple). Where a file deviates from the model,
//! a [`Marsh`] annotation says so; [`annotate`] finds those annotations for an existing
//! file, [`to_node`] applies them, and the two walk the tree in the same stream order with
//! the same state, so annotating then writing gives the file back byte for byte.

use std::collections::HashMap;

use num_bigint::BigInt;

use super::builder::{Built, Entry, Field};
use super::value::{Form, Item, Marsh, Value};
use crate::marshal::{CodeLayout, CodeNode, Kind, Node, StrForm};
use crate::{PyStr, PyVersion};

/// Where an object sits; the defaults depend on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ctx {
    /// The module's code object.
    RootCode,
    NestedCode,
    /// A constant (or an item of a constant tuple/frozenset).
    Const,
    /// A name in `co_names` or a variable name.
    Name,
    /// `co_name`.
    CoName,
    /// `co_qualname`.
    Qualname,
    Filename,
    /// A table tuple (`co_consts`, `co_names`, ...).
    Table,
    /// The line and exception tables.
    Blob,
    /// `co_code`.
    Bytecode,
    /// `co_localspluskinds`.
    Kinds,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Placement {
    Ref(u32),
    Fresh(bool),
}

struct Policy {
    counts: HashMap<Vec<u8>, u32>,
    /// Keys of constants (items of `co_consts`, nested ones included).
    const_counts: HashMap<Vec<u8>, u32>,
    first: HashMap<Vec<u8>, u32>,
    next: u32,
    version: PyVersion,
}

/// CPython's `all_name_chars`: strings made only of ASCII letters, digits and `_` are
/// interned when they are constants.
fn all_name_chars(s: &PyStr) -> bool {
    s.as_bytes()
        .iter()
        .all(|b| b.is_ascii_alphanumeric() || *b == b'_')
}

impl Policy {
    fn new(root: &Built) -> Self {
        let mut p = Policy {
            counts: HashMap::new(),
            const_counts: HashMap::new(),
            first: HashMap::new(),
            next: 0,
            version: root.version,
        };
        p.count_code(root);
        p
    }

    fn bump(&mut self, v: &Value) {
        if let Some(k) = v.key() {
            *self.counts.entry(k).or_insert(0) += 1;
        }
    }

    fn count_item(&mut self, it: &Item) {
        self.bump(&it.value);
        if let Some(k) = it.value.key() {
            *self.const_counts.entry(k).or_insert(0) += 1;
        }
        if let Value::Tuple(items) | Value::FrozenSet(items) = &it.value {
            for i in items {
                self.count_item(i);
            }
        }
    }

    fn count_code(&mut self, b: &Built) {
        self.bump(&consts_value(b));
        for t in [
            &b.names,
            &b.varnames,
            &b.cellvars,
            &b.freevars,
            &b.localsplusnames,
        ] {
            self.bump(&names_value(t));
        }
        for it in &b.consts {
            self.count_item(it);
        }
        for e in b
            .names
            .iter()
            .chain(&b.varnames)
            .chain(&b.cellvars)
            .chain(&b.freevars)
            .chain(&b.localsplusnames)
        {
            self.bump(&Value::Str(e.name.clone()));
        }
        for s in [&b.filename, &b.name, &b.qualname] {
            self.bump(&Value::Str(s.clone()));
        }
        for blob in [&b.code, &b.linetable, &b.exceptiontable, &b.localspluskinds] {
            self.bump(&Value::Bytes(blob.as_slice().into()));
        }
        for c in &b.children {
            self.count_code(c);
        }
    }

    /// Whether CPython writes the string as interned. Names are always interned; constant
    /// strings when they look like identifiers; `co_name` in 3.10 and
    /// 3.13 (else like a constant); `co_qualname` and `co_filename` in 3.13.
    fn interned_default(&self, ctx: Ctx, s: &PyStr) -> bool {
        let v13 = self.version >= PyVersion::V3_13;
        match ctx {
            Ctx::Name => true,
            Ctx::CoName => self.version == PyVersion::V3_10 || v13 || all_name_chars(s),
            Ctx::Qualname | Ctx::Filename => v13,
            Ctx::Const => all_name_chars(s),
            _ => false,
        }
    }

    /// Whether CPython would set `FLAG_REF` on a new object of this value.
    fn default_flag(&self, v: &Value, ctx: Ctx, key: Option<&[u8]>) -> bool {
        let shared = key.is_some_and(|k| self.counts.get(k).copied().unwrap_or(0) > 1);
        // A table tuple is shared when the compiler merged it with an equal constant.
        let shared = match ctx {
            Ctx::Table => key.is_some_and(|k| self.const_counts.contains_key(k)),
            _ => shared,
        };
        match v {
            Value::None | Value::True | Value::False | Value::Ellipsis | Value::StopIteration => {
                false
            }
            Value::Code(_) => ctx == Ctx::RootCode,
            // 3.11+ marshal always refs interned strings; in 3.10 identifiers have other
            // references (the interpreter's own uses), other strings only when shared.
            Value::Str(s) => {
                let interned = self.interned_default(ctx, s);
                s.char_len() <= 1
                    || match self.version {
                        PyVersion::V3_10 => (interned && all_name_chars(s)) || shared,
                        _ => interned || (shared && ctx != Ctx::Qualname),
                    }
            }
            Value::Int(i) => (BigInt::from(-5)..=BigInt::from(256)).contains(i) || shared,
            // 3.11+ write `co_code` from a cache the code object keeps: two references.
            Value::Bytes(_) if ctx == Ctx::Bytecode && self.version >= PyVersion::V3_11 => true,
            Value::Bytes(b) if ctx == Ctx::Kinds => b.is_empty(),
            Value::Bytes(b) => b.len() <= 1 || shared,
            Value::Tuple(items) => items.is_empty() || shared,
            _ => shared,
        }
    }

    /// The merging key of an object: equal keys are one object. 3.11+ `co_code` is made
    /// afresh for each code object, and so is `co_localspluskinds` (unless a cached
    /// one-byte `bytes`).
    fn key(&self, v: &Value, ctx: Ctx) -> Option<Vec<u8>> {
        match (ctx, v) {
            (Ctx::Bytecode, _) if self.version >= PyVersion::V3_11 => None,
            (Ctx::Kinds, Value::Bytes(b)) if !b.is_empty() => None,
            _ => v.key(),
        }
    }

    fn decide(&self, key: Option<&[u8]>, m: &Marsh, dflag: bool) -> Placement {
        if let Some(n) = m.backref {
            return Placement::Ref(n);
        }
        if !m.fresh {
            if let Some(&n) = key.and_then(|k| self.first.get(k)) {
                return Placement::Ref(n);
            }
        }
        Placement::Fresh(m.flag.unwrap_or(dflag))
    }

    fn diff(&self, actual: Placement, key: Option<&[u8]>, dflag: bool) -> Marsh {
        let expected = key.and_then(|k| self.first.get(k)).copied();
        let mut m = Marsh::default();
        match actual {
            Placement::Ref(n) => {
                if expected != Some(n) {
                    m.backref = Some(n);
                }
            }
            Placement::Fresh(f) => {
                m.fresh = expected.is_some();
                if f != dflag {
                    m.flag = Some(f);
                }
            }
        }
        m
    }

    fn commit(&mut self, p: Placement, key: Option<Vec<u8>>, takes_ref: bool) {
        if p == Placement::Fresh(true) && takes_ref {
            let idx = self.next;
            self.next += 1;
            if let Some(k) = key {
                self.first.entry(k).or_insert(idx);
            }
        }
    }
}

fn takes_ref(v: &Value) -> bool {
    !matches!(
        v,
        Value::None | Value::True | Value::False | Value::Ellipsis | Value::StopIteration
    )
}

// ---------------------------------------------------------------------------------------
// Writing

/// The marshal tree of a built module, CPython's choices modelled, annotations applied.
pub fn to_node(root: &Built) -> Node {
    let mut p = Policy::new(root);
    write_code(&mut p, root, true)
}

fn field(b: &Built, f: Field) -> Marsh {
    b.fields.get(&f).cloned().unwrap_or_default()
}

/// Places an object: a back-reference, or `make(flag)` (called after the index is taken,
/// so the children are numbered after it).
fn place(
    p: &mut Policy,
    v: &Value,
    m: &Marsh,
    ctx: Ctx,
    make: impl FnOnce(&mut Policy) -> Kind,
) -> Node {
    let key = p.key(v, ctx);
    let dflag = p.default_flag(v, ctx, key.as_deref());
    match p.decide(key.as_deref(), m, dflag) {
        Placement::Ref(n) => Node::new(Kind::Ref(n)),
        Placement::Fresh(flag) => {
            p.commit(Placement::Fresh(flag), key, takes_ref(v));
            Node {
                kind: make(p),
                flag_ref: flag,
                offset: 0,
            }
        }
    }
}

fn str_kind(p: &Policy, s: &PyStr, ctx: Ctx, m: &Marsh) -> Kind {
    let form = match m.form {
        Some(Form::Str(f)) => f,
        _ => StrForm::for_str(s, p.interned_default(ctx, s)),
    };
    let raw: std::rc::Rc<[u8]> = if form.is_one_byte() {
        // One byte per code point (Latin-1).
        s.code_points().map(|c| c as u8).collect::<Vec<u8>>().into()
    } else {
        s.as_bytes().into()
    };
    Kind::Str { form, raw }
}

fn write_str(p: &mut Policy, s: &PyStr, m: &Marsh, ctx: Ctx) -> Node {
    let v = Value::Str(s.clone());
    let kind = str_kind(p, s, ctx, m);
    place(p, &v, m, ctx, |_| kind)
}

fn write_blob(p: &mut Policy, b: &[u8], m: &Marsh, ctx: Ctx) -> Node {
    let v = Value::Bytes(b.into());
    place(p, &v, m, ctx, |_| Kind::Bytes(b.into()))
}

fn write_item(p: &mut Policy, it: &Item, b: &Built) -> Node {
    let m = &it.marsh;
    match &it.value {
        Value::None => place(p, &it.value, m, Ctx::Const, |_| Kind::None),
        Value::True => place(p, &it.value, m, Ctx::Const, |_| Kind::True),
        Value::False => place(p, &it.value, m, Ctx::Const, |_| Kind::False),
        Value::Ellipsis => place(p, &it.value, m, Ctx::Const, |_| Kind::Ellipsis),
        Value::StopIteration => place(p, &it.value, m, Ctx::Const, |_| Kind::StopIteration),
        Value::Int(i) => {
            let kind = int_kind(i, m.form);
            place(p, &it.value, m, Ctx::Const, |_| kind)
        }
        Value::Float(bits) => place(p, &it.value, m, Ctx::Const, |_| Kind::Float(*bits)),
        Value::Complex(re, im) => place(p, &it.value, m, Ctx::Const, |_| Kind::Complex {
            re: *re,
            im: *im,
        }),
        Value::Str(s) => write_str(p, s, m, Ctx::Const),
        Value::Bytes(bytes) => place(p, &it.value, m, Ctx::Const, |_| Kind::Bytes(bytes.clone())),
        Value::Tuple(items) => place(p, &it.value, m, Ctx::Const, |p| Kind::Tuple {
            small: items.len() < 256 && m.form != Some(Form::BigTuple),
            items: items.iter().map(|i| write_item(p, i, b)).collect(),
        }),
        Value::FrozenSet(items) => place(p, &it.value, m, Ctx::Const, |p| {
            Kind::FrozenSet(items.iter().map(|i| write_item(p, i, b)).collect())
        }),
        Value::Code(i) => match b.children.get(*i) {
            Some(c) => write_code(p, c, false),
            None => Node::none(),
        },
    }
}

fn int_kind(i: &BigInt, form: Option<Form>) -> Kind {
    match form {
        Some(Form::Int64) => Kind::Int64(i64::try_from(i).unwrap_or(0)),
        Some(Form::Long) => {
            let digits = crate::marshal::node::long_digits(i.magnitude());
            Kind::Long {
                negative: i.sign() == num_bigint::Sign::Minus,
                digits,
            }
        }
        _ => Node::big_int(i).kind,
    }
}

fn names_value(entries: &[Entry]) -> Value {
    Value::Tuple(
        entries
            .iter()
            .map(|e| Item::new(Value::Str(e.name.clone())))
            .collect(),
    )
}

fn names_tuple(p: &mut Policy, entries: &[Entry], m: &Marsh) -> Node {
    let v = names_value(entries);
    place(p, &v, m, Ctx::Table, |p| Kind::Tuple {
        small: entries.len() < 256 && m.form != Some(Form::BigTuple),
        items: entries
            .iter()
            .map(|e| write_str(p, &e.name, &e.marsh, Ctx::Name))
            .collect(),
    })
}

fn consts_value(b: &Built) -> Value {
    Value::Tuple(b.consts.clone())
}

fn write_code(p: &mut Policy, b: &Built, root: bool) -> Node {
    let ctx = if root { Ctx::RootCode } else { Ctx::NestedCode };
    let m = field(b, Field::Code);
    // Code objects are never merged: no key.
    let dflag = p.default_flag(&Value::Code(0), ctx, None);
    let flag = match p.decide(None, &m, dflag) {
        Placement::Ref(n) => return Node::new(Kind::Ref(n)),
        Placement::Fresh(f) => f,
    };
    p.commit(Placement::Fresh(flag), None, true);
    let code = write_blob(p, &b.code, &field(b, Field::Bytecode), Ctx::Bytecode);
    let cm = field(b, Field::Consts);
    let consts = place(p, &consts_value(b), &cm, Ctx::Table, |p| Kind::Tuple {
        small: b.consts.len() < 256 && cm.form != Some(Form::BigTuple),
        items: b.consts.iter().map(|i| write_item(p, i, b)).collect(),
    });
    let names = names_tuple(p, &b.names, &field(b, Field::Names));
    let layout;
    let filename;
    let name;
    let linetable;
    if p.version == PyVersion::V3_10 {
        let varnames = names_tuple(p, &b.varnames, &field(b, Field::Varnames));
        let freevars = names_tuple(p, &b.freevars, &field(b, Field::Freevars));
        let cellvars = names_tuple(p, &b.cellvars, &field(b, Field::Cellvars));
        filename = write_str(p, &b.filename, &field(b, Field::Filename), Ctx::Filename);
        name = write_str(p, &b.name, &field(b, Field::Name), Ctx::CoName);
        linetable = write_blob(p, &b.linetable, &field(b, Field::Linetable), Ctx::Blob);
        layout = CodeLayout::V310 {
            nlocals: b.nlocals,
            varnames,
            freevars,
            cellvars,
        };
    } else {
        let lpn = names_tuple(p, &b.localsplusnames, &field(b, Field::Localsplusnames));
        let lpk = write_blob(
            p,
            &b.localspluskinds,
            &field(b, Field::Localspluskinds),
            Ctx::Kinds,
        );
        filename = write_str(p, &b.filename, &field(b, Field::Filename), Ctx::Filename);
        name = write_str(p, &b.name, &field(b, Field::Name), Ctx::CoName);
        let qualname = write_str(p, &b.qualname, &field(b, Field::Qualname), Ctx::Qualname);
        linetable = write_blob(p, &b.linetable, &field(b, Field::Linetable), Ctx::Blob);
        let exceptiontable = write_blob(
            p,
            &b.exceptiontable,
            &field(b, Field::Exceptiontable),
            Ctx::Blob,
        );
        layout = CodeLayout::V311 {
            localsplusnames: lpn,
            localspluskinds: lpk,
            qualname,
            exceptiontable,
        };
    }
    Node {
        kind: Kind::Code(Box::new(CodeNode {
            argcount: b.argcount,
            posonlyargcount: b.posonlyargcount,
            kwonlyargcount: b.kwonlyargcount,
            stacksize: b.stacksize,
            flags: b.flags,
            code,
            consts,
            names,
            filename,
            name,
            firstlineno: b.firstlineno,
            linetable,
            layout,
        })),
        flag_ref: flag,
        offset: 0,
    }
}

// ---------------------------------------------------------------------------------------
// Annotating

/// Fills in the annotations that make [`to_node`] reproduce `node` (a file's marshal
/// tree) from `root` (the same module built without annotations). Returns `false` where
/// the tree has a shape the annotations cannot express (the caller then checks the bytes
/// anyway).
pub fn annotate(root: &mut Built, node: &Node) -> bool {
    let mut p = Policy::new(root);
    annotate_code(&mut p, root, node, true)
}

fn placement(n: &Node) -> Placement {
    match n.kind {
        Kind::Ref(i) => Placement::Ref(i),
        _ => Placement::Fresh(n.flag_ref),
    }
}

/// Diffs and commits one object; returns its annotation (without form).
fn visit(p: &mut Policy, v: &Value, ctx: Ctx, n: &Node) -> Marsh {
    let key = p.key(v, ctx);
    let dflag = p.default_flag(v, ctx, key.as_deref());
    let actual = placement(n);
    let m = p.diff(actual, key.as_deref(), dflag);
    p.commit(actual, key, takes_ref(v));
    m
}

fn str_form_diff(p: &Policy, s: &PyStr, ctx: Ctx, n: &Node) -> Option<Form> {
    match &n.kind {
        Kind::Str { form, .. } if *form != StrForm::for_str(s, p.interned_default(ctx, s)) => {
            Some(Form::Str(*form))
        }
        _ => None,
    }
}

fn tuple_form_diff(n: &Node) -> Option<Form> {
    match &n.kind {
        Kind::Tuple {
            small: false,
            items,
        } if items.len() < 256 => Some(Form::BigTuple),
        _ => None,
    }
}

fn annotate_str(p: &mut Policy, s: &PyStr, ctx: Ctx, n: &Node) -> Marsh {
    let form = str_form_diff(p, s, ctx, n);
    let mut m = visit(p, &Value::Str(s.clone()), ctx, n);
    m.form = form;
    m
}

fn annotate_item(p: &mut Policy, it: &mut Item, n: &Node, b: &mut Vec<Built>) -> bool {
    if let Value::Code(i) = it.value {
        return match b.get_mut(i) {
            Some(c) => annotate_code(p, c, n, false),
            None => false,
        };
    }
    let form = match (&it.value, &n.kind) {
        (Value::Str(s), _) => str_form_diff(p, s, Ctx::Const, n),
        (Value::Tuple(_), _) => tuple_form_diff(n),
        (Value::Int(_), Kind::Int64(_)) => Some(Form::Int64),
        (Value::Int(i), Kind::Long { .. }) if i32::try_from(i).is_ok() => Some(Form::Long),
        _ => None,
    };
    let mut m = visit(p, &it.value, Ctx::Const, n);
    m.form = form;
    it.marsh = m;
    let mut ok = true;
    match (&mut it.value, &n.kind) {
        (Value::Tuple(items), Kind::Tuple { items: nodes, .. })
        | (Value::FrozenSet(items), Kind::FrozenSet(nodes)) => {
            if items.len() != nodes.len() {
                return false;
            }
            for (i, nd) in items.iter_mut().zip(nodes) {
                ok &= annotate_item(p, i, nd, b);
            }
        }
        (_, Kind::FloatText(_) | Kind::ComplexText { .. }) => ok = false,
        _ => {}
    }
    ok
}

fn annotate_names(p: &mut Policy, entries: &mut [Entry], n: &Node, fm: &mut Marsh) -> bool {
    let v = names_value(entries);
    let form = tuple_form_diff(n);
    *fm = visit(p, &v, Ctx::Table, n);
    fm.form = form;
    match &n.kind {
        Kind::Tuple { items, .. } if items.len() == entries.len() => {
            for (e, nd) in entries.iter_mut().zip(items) {
                e.marsh = annotate_str(p, &e.name, Ctx::Name, nd);
            }
            true
        }
        Kind::Ref(_) => true,
        _ => false,
    }
}

fn set_field(b: &mut Built, f: Field, m: Marsh) {
    if m.is_default() {
        b.fields.remove(&f);
    } else {
        b.fields.insert(f, m);
    }
}

fn annotate_code(p: &mut Policy, b: &mut Built, n: &Node, root: bool) -> bool {
    let ctx = if root { Ctx::RootCode } else { Ctx::NestedCode };
    let dflag = p.default_flag(&Value::Code(0), ctx, None);
    let actual = placement(n);
    let m = p.diff(actual, None, dflag);
    p.commit(actual, None, true);
    set_field(b, Field::Code, m);
    let Kind::Code(c) = &n.kind else {
        return false;
    };
    let mut ok = true;
    let m = visit(
        p,
        &Value::Bytes(b.code.as_slice().into()),
        Ctx::Bytecode,
        &c.code,
    );
    set_field(b, Field::Bytecode, m);
    // consts
    let mut cm = visit(p, &consts_value(b), Ctx::Table, &c.consts);
    cm.form = tuple_form_diff(&c.consts);
    set_field(b, Field::Consts, cm);
    match &c.consts.kind {
        Kind::Tuple { items, .. } if items.len() == b.consts.len() => {
            let mut consts = std::mem::take(&mut b.consts);
            for (it, nd) in consts.iter_mut().zip(items) {
                ok &= annotate_item(p, it, nd, &mut b.children);
            }
            b.consts = consts;
        }
        Kind::Ref(_) => {}
        _ => ok = false,
    }
    let mut fm = Marsh::default();
    let mut names = std::mem::take(&mut b.names);
    ok &= annotate_names(p, &mut names, &c.names, &mut fm);
    b.names = names;
    set_field(b, Field::Names, fm);
    let strs = |p: &mut Policy, b: &mut Built, qual: Option<&Node>| {
        let m = annotate_str(p, &b.filename.clone(), Ctx::Filename, &c.filename);
        set_field(b, Field::Filename, m);
        let m = annotate_str(p, &b.name.clone(), Ctx::CoName, &c.name);
        set_field(b, Field::Name, m);
        if let Some(q) = qual {
            let m = annotate_str(p, &b.qualname.clone(), Ctx::Qualname, q);
            set_field(b, Field::Qualname, m);
        }
        let m = visit(
            p,
            &Value::Bytes(b.linetable.as_slice().into()),
            Ctx::Blob,
            &c.linetable,
        );
        set_field(b, Field::Linetable, m);
    };
    match &c.layout {
        CodeLayout::V310 {
            varnames,
            freevars,
            cellvars,
            ..
        } => {
            for (f, nd) in [
                (Field::Varnames, varnames),
                (Field::Freevars, freevars),
                (Field::Cellvars, cellvars),
            ] {
                let mut entries = std::mem::take(match f {
                    Field::Varnames => &mut b.varnames,
                    Field::Freevars => &mut b.freevars,
                    _ => &mut b.cellvars,
                });
                let mut fm = Marsh::default();
                ok &= annotate_names(p, &mut entries, nd, &mut fm);
                set_field(b, f, fm);
                *match f {
                    Field::Varnames => &mut b.varnames,
                    Field::Freevars => &mut b.freevars,
                    _ => &mut b.cellvars,
                } = entries;
            }
            strs(p, b, None);
        }
        CodeLayout::V311 {
            localsplusnames,
            localspluskinds,
            qualname,
            exceptiontable,
        } => {
            let mut entries = std::mem::take(&mut b.localsplusnames);
            let mut fm = Marsh::default();
            ok &= annotate_names(p, &mut entries, localsplusnames, &mut fm);
            b.localsplusnames = entries;
            set_field(b, Field::Localsplusnames, fm);
            let m = visit(
                p,
                &Value::Bytes(b.localspluskinds.as_slice().into()),
                Ctx::Kinds,
                localspluskinds,
            );
            set_field(b, Field::Localspluskinds, m);
            strs(p, b, Some(qualname));
            let m = visit(
                p,
                &Value::Bytes(b.exceptiontable.as_slice().into()),
                Ctx::Blob,
                exceptiontable,
            );
            set_field(b, Field::Exceptiontable, m);
        }
    }
    ok
}
