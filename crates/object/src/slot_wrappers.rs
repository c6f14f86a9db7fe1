//! Slot wrappers: a builtin type's slots exposed as dunders in its dict (`int.__add__`,
//! `object.__init__`, `list.__getitem__` …), so that `super().__init__()`,
//! `object.__setattr__(self, …)` and `dict.__setitem__(self, …)` find them. Calling one
//! calls the slot directly. [`SlotKind`] also names the dunders that user classes'
//! trampolines (`slot_dunders`) look up.

use std::rc::Rc;

use smallvec::SmallVec;

use crate::args::Args;
use crate::descr::{class_types, descr, new_descr, Descr};
use crate::error::{stop_iteration, type_error, PyResult};
use crate::interp::Interp;
use crate::object::{ObjRef, Payload};
use crate::protocol::{self, td};
use crate::typeobj::{flags, is_subtype, BinOp, CmpOp, Slots, TypeData};
use crate::types::builtin_types;
use crate::types::str::{new_str, new_string};
use crate::value::Value;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum SlotKind {
    Bin(BinOp),
    RBin(BinOp),
    IBin(BinOp),
    Neg,
    Pos,
    Invert,
    Abs,
    Bool,
    Index,
    Int,
    Float,
    Cmp(CmpOp),
    Hash,
    Repr,
    Str,
    GetAttribute,
    SetAttr,
    DelAttr,
    Call,
    Iter,
    Next,
    Len,
    GetItem,
    SetItem,
    DelItem,
    Contains,
    Get,
    Set,
    Delete,
    New,
    Init,
}

const CMPS: [(CmpOp, &str); 6] = [
    (CmpOp::Lt, "__lt__"),
    (CmpOp::Le, "__le__"),
    (CmpOp::Eq, "__eq__"),
    (CmpOp::Ne, "__ne__"),
    (CmpOp::Gt, "__gt__"),
    (CmpOp::Ge, "__ge__"),
];

fn rname(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "__radd__",
        BinOp::And => "__rand__",
        BinOp::FloorDiv => "__rfloordiv__",
        BinOp::LShift => "__rlshift__",
        BinOp::MatMul => "__rmatmul__",
        BinOp::Mul => "__rmul__",
        BinOp::Mod => "__rmod__",
        BinOp::Or => "__ror__",
        BinOp::Pow => "__rpow__",
        BinOp::RShift => "__rrshift__",
        BinOp::Sub => "__rsub__",
        BinOp::TrueDiv => "__rtruediv__",
        BinOp::Xor => "__rxor__",
    }
}

fn iname(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "__iadd__",
        BinOp::And => "__iand__",
        BinOp::FloorDiv => "__ifloordiv__",
        BinOp::LShift => "__ilshift__",
        BinOp::MatMul => "__imatmul__",
        BinOp::Mul => "__imul__",
        BinOp::Mod => "__imod__",
        BinOp::Or => "__ior__",
        BinOp::Pow => "__ipow__",
        BinOp::RShift => "__irshift__",
        BinOp::Sub => "__isub__",
        BinOp::TrueDiv => "__itruediv__",
        BinOp::Xor => "__ixor__",
    }
}

impl SlotKind {
    pub fn dunder(self) -> &'static str {
        match self {
            SlotKind::Bin(op) => op.dunder(),
            SlotKind::RBin(op) => rname(op),
            SlotKind::IBin(op) => iname(op),
            SlotKind::Neg => "__neg__",
            SlotKind::Pos => "__pos__",
            SlotKind::Invert => "__invert__",
            SlotKind::Abs => "__abs__",
            SlotKind::Bool => "__bool__",
            SlotKind::Index => "__index__",
            SlotKind::Int => "__int__",
            SlotKind::Float => "__float__",
            SlotKind::Cmp(op) => CMPS[op as usize].1,
            SlotKind::Hash => "__hash__",
            SlotKind::Repr => "__repr__",
            SlotKind::Str => "__str__",
            SlotKind::GetAttribute => "__getattribute__",
            SlotKind::SetAttr => "__setattr__",
            SlotKind::DelAttr => "__delattr__",
            SlotKind::Call => "__call__",
            SlotKind::Iter => "__iter__",
            SlotKind::Next => "__next__",
            SlotKind::Len => "__len__",
            SlotKind::GetItem => "__getitem__",
            SlotKind::SetItem => "__setitem__",
            SlotKind::DelItem => "__delitem__",
            SlotKind::Contains => "__contains__",
            SlotKind::Get => "__get__",
            SlotKind::Set => "__set__",
            SlotKind::Delete => "__delete__",
            SlotKind::New => "__new__",
            SlotKind::Init => "__init__",
        }
    }

    /// Every kind, in the order wrappers are installed.
    pub fn all() -> Vec<SlotKind> {
        let mut v = vec![
            SlotKind::Repr,
            SlotKind::Hash,
            SlotKind::Str,
            SlotKind::GetAttribute,
            SlotKind::SetAttr,
            SlotKind::DelAttr,
        ];
        v.extend(CMPS.iter().map(|(op, _)| SlotKind::Cmp(*op)));
        v.extend([SlotKind::Iter, SlotKind::Next, SlotKind::Get, SlotKind::Set]);
        v.extend([
            SlotKind::Delete,
            SlotKind::Init,
            SlotKind::New,
            SlotKind::Call,
        ]);
        for op in BinOp::ALL {
            v.extend([SlotKind::Bin(op), SlotKind::RBin(op), SlotKind::IBin(op)]);
        }
        v.extend([SlotKind::Neg, SlotKind::Pos, SlotKind::Abs, SlotKind::Bool]);
        v.extend([
            SlotKind::Invert,
            SlotKind::Int,
            SlotKind::Float,
            SlotKind::Index,
        ]);
        v.extend([SlotKind::Len, SlotKind::GetItem, SlotKind::SetItem]);
        v.extend([SlotKind::DelItem, SlotKind::Contains]);
        v
    }

    /// Whether `s` has the slot this dunder calls.
    pub fn present(self, s: &Slots) -> bool {
        match self {
            SlotKind::Bin(op) | SlotKind::RBin(op) => s.nb[op as usize].get().is_some(),
            SlotKind::IBin(op) => s.nb_inplace[op as usize].get().is_some(),
            SlotKind::Neg => s.neg.get().is_some(),
            SlotKind::Pos => s.pos.get().is_some(),
            SlotKind::Invert => s.invert.get().is_some(),
            SlotKind::Abs => s.abs.get().is_some(),
            SlotKind::Bool => s.bool_.get().is_some(),
            SlotKind::Index => s.index.get().is_some(),
            SlotKind::Int => s.int.get().is_some(),
            SlotKind::Float => s.float.get().is_some(),
            SlotKind::Cmp(_) => s.richcompare.get().is_some(),
            SlotKind::Hash => s.hash.get().is_some(),
            SlotKind::Repr => s.repr.get().is_some(),
            SlotKind::Str => s.str.get().is_some(),
            SlotKind::GetAttribute => s.getattro.get().is_some(),
            SlotKind::SetAttr | SlotKind::DelAttr => s.setattro.get().is_some(),
            SlotKind::Call => s.call.get().is_some(),
            SlotKind::Iter => s.iter.get().is_some(),
            SlotKind::Next => s.next.get().is_some(),
            SlotKind::Len => s.len.get().is_some(),
            SlotKind::GetItem => s.getitem.get().is_some(),
            SlotKind::SetItem | SlotKind::DelItem => s.setitem.get().is_some(),
            SlotKind::Contains => s.contains.get().is_some(),
            SlotKind::Get => s.descr_get.get().is_some(),
            SlotKind::Set | SlotKind::Delete => s.descr_set.get().is_some(),
            SlotKind::New => s.new.get().is_some(),
            SlotKind::Init => s.init.get().is_some(),
        }
    }
}

/// Puts a wrapper for every slot a builtin type has into its dict (names it already
/// holds are kept); `__hash__ = None` for unhashable types.
pub fn install(cls: &ObjRef, wrapper_type: &ObjRef) {
    let t = td(cls);
    // Sequence types' `+`/`*` live in sq_concat/sq_repeat.
    let sq_add = t.slots.sq_concat.get().is_some();
    let sq_mul = t.slots.sq_repeat.get().is_some();
    for kind in SlotKind::all() {
        let name = kind.dunder();
        // `object.__init__` exists though object's init slot is empty (see object.rs).
        let object_init = kind == SlotKind::Init && Rc::ptr_eq(cls, &builtin_types().object);
        let has = object_init
            || kind.present(&t.slots)
            || (sq_add && kind == SlotKind::Bin(BinOp::Add))
            || (sq_mul && matches!(kind, SlotKind::Bin(BinOp::Mul) | SlotKind::RBin(BinOp::Mul)));
        if !has || t.dict.borrow().get_str(name).is_some() {
            continue;
        }
        let v = if kind == SlotKind::Hash && t.has_flag(flags::UNHASHABLE) {
            Value::None
        } else {
            new_descr(
                wrapper_type,
                Descr::SlotWrapper {
                    kind,
                    owner: cls.clone(),
                },
            )
        };
        t.dict.borrow_mut().set_str_key(new_str(name), v);
    }
}

/// Installs the wrappers into every builtin type (once, from `class_types`).
pub fn install_all(ct: &crate::descr::ClassTypes) {
    let bt = builtin_types();
    let mut all = vec![
        &bt.object,
        &bt.type_,
        &bt.int,
        &bt.bool_,
        &bt.float,
        &bt.str,
        &bt.tuple,
        &bt.list,
        &bt.dict,
        &bt.range,
        &bt.slice,
        &bt.function,
        &bt.method,
        &bt.module,
    ];
    all.extend(bt.exc.all.iter().map(|(_, t)| t));
    all.extend([
        &ct.property,
        &ct.classmethod,
        &ct.staticmethod,
        &ct.super_,
        &ct.member,
        &ct.getset,
    ]);
    // Builtin types beyond the class machinery's needs, for introspection (`dir`).
    all.extend([
        &bt.complex,
        &bt.bytes,
        &bt.bytearray,
        &bt.set,
        &bt.frozenset,
        &bt.none_type,
        &bt.not_implemented_type,
        &bt.ellipsis_type,
        &bt.dict_keys,
        &bt.dict_values,
        &bt.dict_items,
        &bt.builtin_function,
        &bt.method_descriptor,
        &bt.code,
        &bt.cell,
        &bt.list_iterator,
        &bt.list_reverseiterator,
        &bt.tuple_iterator,
        &bt.range_iterator,
        &bt.str_iterator,
        &bt.str_ascii_iterator,
        &bt.set_iterator,
        &bt.dict_keyiterator,
        &bt.dict_valueiterator,
        &bt.dict_itemiterator,
        &bt.dict_reversekeyiterator,
        &bt.dict_reversevalueiterator,
        &bt.dict_reverseitemiterator,
        &bt.enumerate,
        &bt.zip,
        &bt.map,
        &bt.filter,
        &bt.reversed,
        &bt.callable_iterator,
    ]);
    for t in all {
        install(t, &ct.wrapper_descriptor);
    }
    // `object.__str__` exists though object's str slot is empty (str falls back to repr).
    let od = td(&bt.object);
    if od.dict.borrow().get_str("__str__").is_none() {
        let w = new_descr(
            &ct.wrapper_descriptor,
            Descr::SlotWrapper {
                kind: SlotKind::Str,
                owner: bt.object.clone(),
            },
        );
        od.dict.borrow_mut().set_str_key(new_str("__str__"), w);
    }
    crate::types::introspect::prune_wrappers(ct);
}

// ---- wrapper_descriptor and method-wrapper ----

fn parts(v: &Value) -> Option<(SlotKind, &ObjRef, Option<&Value>)> {
    match descr(v)? {
        Descr::SlotWrapper { kind, owner } => Some((*kind, owner, None)),
        Descr::MethodWrapper { kind, owner, self_ } => Some((*kind, owner, Some(self_))),
        _ => None,
    }
}

/// `__name__`, `__qualname__`, `__objclass__` (and `__self__` when bound) of a slot
/// wrapper or method-wrapper.
fn wrapper_getattr(i: &mut dyn Interp, d: &Value, name: &Value) -> PyResult<Value> {
    if let Some((kind, owner, self_)) = parts(d) {
        match name.as_str_data().and_then(|s| s.as_str()).unwrap_or("") {
            "__name__" => return Ok(new_str(kind.dunder())),
            "__qualname__" => {
                return Ok(new_string(format!(
                    "{}.{}",
                    td(owner).name(),
                    kind.dunder()
                )))
            }
            "__objclass__" => return Ok(Value::Obj(owner.clone())),
            "__self__" if self_.is_some() => return Ok(self_.cloned().unwrap_or(Value::None)),
            _ => {}
        }
    }
    protocol::generic_getattr(i, d, name)
}

pub fn setup_descr(t: &TypeData) {
    let s = &t.slots;
    s.getattro.set(Some(wrapper_getattr));
    s.descr_get.set(Some(|_, d, obj, _| {
        let Some((kind, owner, _)) = parts(d) else {
            return Ok(d.clone());
        };
        match obj {
            // `None` itself is bound for NoneType's and object's wrappers (`None.__repr__`).
            Some(o)
                if kind != SlotKind::New
                    && (!o.is_none()
                        || Rc::ptr_eq(owner, &builtin_types().none_type)
                        || Rc::ptr_eq(owner, &builtin_types().object)) =>
            {
                Ok(new_descr(
                    &class_types().method_wrapper,
                    Descr::MethodWrapper {
                        kind,
                        owner: owner.clone(),
                        self_: o.clone(),
                    },
                ))
            }
            _ => Ok(d.clone()),
        }
    }));
    s.call.set(Some(|i, d, args| {
        let Some((kind, owner, _)) = parts(d) else {
            return Err(type_error("not a slot wrapper"));
        };
        let Some((this, rest)) = args.pos().split_first() else {
            return Err(type_error(format!(
                "descriptor '{}' of '{}' object needs an argument",
                kind.dunder(),
                td(owner).name()
            )));
        };
        call_slot(i, kind, owner, this, Args::new(rest, args.kwnames))
    }));
    s.repr.set(Some(|_, d| {
        let Some((kind, owner, _)) = parts(d) else {
            return Ok(new_str("<slot wrapper>"));
        };
        Ok(new_string(format!(
            "<slot wrapper '{}' of '{}' objects>",
            kind.dunder(),
            td(owner).name()
        )))
    }));
}

pub fn setup_bound(t: &TypeData) {
    t.slots.getattro.set(Some(wrapper_getattr));
    let s = &t.slots;
    s.call.set(Some(|i, d, args| {
        let Some((kind, owner, Some(this))) = parts(d) else {
            return Err(type_error("not a method-wrapper"));
        };
        let this = this.clone();
        call_slot(i, kind, owner, &this, args)
    }));
    s.repr.set(Some(|_, d| {
        let Some((kind, _, Some(this))) = parts(d) else {
            return Ok(new_str("<method-wrapper>"));
        };
        Ok(new_string(format!(
            "<method-wrapper '{}' of {} object at {:#x}>",
            kind.dunder(),
            this.class_name(),
            this.id()
        )))
    }));
}

fn nargs(kind: SlotKind, args: &Args<'_>, n: usize) -> PyResult<()> {
    let _ = kind;
    if args.pos().len() != n {
        return Err(type_error(format!(
            "expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            args.pos().len()
        )));
    }
    Ok(())
}

fn not_impl(r: Option<Value>) -> Value {
    r.unwrap_or_else(|| builtin_types().not_implemented.clone())
}

/// Calls `owner`'s slot for `kind` on `this` (the body of `owner.__dunder__(this, …)`).
pub fn call_slot(
    i: &mut dyn Interp,
    kind: SlotKind,
    owner: &ObjRef,
    this: &Value,
    args: Args<'_>,
) -> PyResult<Value> {
    let t = td(owner);
    let s = &t.slots;
    let missing = || type_error(format!("'{}' has no slot {}", t.name(), kind.dunder()));
    if kind == SlotKind::New {
        let Some(cls) = this.as_obj().filter(|c| c.as_type().is_some()) else {
            return Err(type_error(format!(
                "{}.__new__(X): X is not a type object ({})",
                t.name(),
                this.class_name()
            )));
        };
        if !is_subtype(cls, owner) {
            return Err(type_error(format!(
                "{}.__new__({}): {} is not a subtype of {}",
                t.name(),
                td(cls).name(),
                td(cls).name(),
                t.name()
            )));
        }
        let f = s.new.get().ok_or_else(missing)?;
        return f(i, cls, args);
    }
    let cls = this.class();
    if !is_subtype(&cls, owner) {
        return Err(type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            kind.dunder(),
            t.name(),
            this.class_name()
        )));
    }
    if kind != SlotKind::Init && kind != SlotKind::Call && args.has_kwargs() {
        return Err(type_error(format!(
            "{}() takes no keyword arguments",
            kind.dunder()
        )));
    }
    let a = args.pos();
    let arg0 = || a.first().cloned().unwrap_or(Value::None);
    match kind {
        SlotKind::Bin(op) => {
            nargs(kind, &args, 1)?;
            if let Some(f) = s.nb[op as usize].get() {
                return Ok(not_impl(f(i, this, &arg0())?));
            }
            let f = match op {
                BinOp::Add => s.sq_concat.get(),
                _ => s.sq_repeat.get(),
            };
            Ok(not_impl(f.ok_or_else(missing)?(i, this, &arg0())?))
        }
        SlotKind::RBin(op) => {
            nargs(kind, &args, 1)?;
            if let Some(f) = s.nb[op as usize].get() {
                return Ok(not_impl(f(i, &arg0(), this)?));
            }
            Ok(not_impl(s.sq_repeat.get().ok_or_else(missing)?(
                i,
                this,
                &arg0(),
            )?))
        }
        SlotKind::IBin(op) => {
            nargs(kind, &args, 1)?;
            let f = s.nb_inplace[op as usize].get().ok_or_else(missing)?;
            Ok(not_impl(f(i, this, &arg0())?))
        }
        SlotKind::Neg | SlotKind::Pos | SlotKind::Invert | SlotKind::Abs => {
            nargs(kind, &args, 0)?;
            let f = match kind {
                SlotKind::Neg => s.neg.get(),
                SlotKind::Pos => s.pos.get(),
                SlotKind::Invert => s.invert.get(),
                _ => s.abs.get(),
            };
            f.ok_or_else(missing)?(i, this)
        }
        SlotKind::Index | SlotKind::Int | SlotKind::Float => {
            nargs(kind, &args, 0)?;
            let f = match kind {
                SlotKind::Index => s.index.get(),
                SlotKind::Int => s.int.get(),
                _ => s.float.get(),
            };
            f.ok_or_else(missing)?(i, this)
        }
        SlotKind::Bool => {
            nargs(kind, &args, 0)?;
            Ok(Value::Bool(s.bool_.get().ok_or_else(missing)?(i, this)?))
        }
        SlotKind::Cmp(op) => {
            nargs(kind, &args, 1)?;
            let f = s.richcompare.get().ok_or_else(missing)?;
            Ok(not_impl(f(i, this, &arg0(), op)?))
        }
        SlotKind::Hash => {
            nargs(kind, &args, 0)?;
            Ok(Value::Int(s.hash.get().ok_or_else(missing)?(i, this)?))
        }
        SlotKind::Repr => {
            nargs(kind, &args, 0)?;
            s.repr.get().ok_or_else(missing)?(i, this)
        }
        SlotKind::Str => {
            nargs(kind, &args, 0)?;
            match s.str.get() {
                Some(f) => f(i, this),
                // object's: str() is repr() (object_str).
                None => protocol::repr(i, this),
            }
        }
        SlotKind::GetAttribute => {
            nargs(kind, &args, 1)?;
            check_attr_name(&arg0())?;
            s.getattro.get().ok_or_else(missing)?(i, this, &arg0())
        }
        SlotKind::SetAttr => {
            nargs(kind, &args, 2)?;
            check_attr_name(&a[0])?;
            s.setattro.get().ok_or_else(missing)?(i, this, &a[0], Some(a[1].clone()))?;
            Ok(Value::None)
        }
        SlotKind::DelAttr => {
            nargs(kind, &args, 1)?;
            check_attr_name(&arg0())?;
            s.setattro.get().ok_or_else(missing)?(i, this, &arg0(), None)?;
            Ok(Value::None)
        }
        SlotKind::Call => s.call.get().ok_or_else(missing)?(i, this, args),
        SlotKind::Iter => {
            nargs(kind, &args, 0)?;
            s.iter.get().ok_or_else(missing)?(i, this)
        }
        SlotKind::Next => {
            nargs(kind, &args, 0)?;
            match s.next.get().ok_or_else(missing)?(i, this)? {
                Some(v) => Ok(v),
                None => Err(stop_iteration()),
            }
        }
        SlotKind::Len => {
            nargs(kind, &args, 0)?;
            let n = s.len.get().ok_or_else(missing)?(i, this)?;
            Ok(Value::Int(n as i64))
        }
        SlotKind::GetItem => {
            nargs(kind, &args, 1)?;
            s.getitem.get().ok_or_else(missing)?(i, this, &arg0())
        }
        SlotKind::SetItem => {
            nargs(kind, &args, 2)?;
            s.setitem.get().ok_or_else(missing)?(i, this, &a[0], Some(a[1].clone()))?;
            Ok(Value::None)
        }
        SlotKind::DelItem => {
            nargs(kind, &args, 1)?;
            s.setitem.get().ok_or_else(missing)?(i, this, &arg0(), None)?;
            Ok(Value::None)
        }
        SlotKind::Contains => {
            nargs(kind, &args, 1)?;
            Ok(Value::Bool(s.contains.get().ok_or_else(missing)?(
                i,
                this,
                &arg0(),
            )?))
        }
        SlotKind::Get => {
            let obj = arg0();
            let owner_cls = match a.get(1) {
                Some(Value::Obj(c)) if c.as_type().is_some() => c.clone(),
                _ => obj.class(),
            };
            let o = if obj.is_none() { None } else { Some(&obj) };
            s.descr_get.get().ok_or_else(missing)?(i, this, o, &owner_cls)
        }
        SlotKind::Set => {
            nargs(kind, &args, 2)?;
            s.descr_set.get().ok_or_else(missing)?(i, this, &a[0], Some(a[1].clone()))?;
            Ok(Value::None)
        }
        SlotKind::Delete => {
            nargs(kind, &args, 1)?;
            s.descr_set.get().ok_or_else(missing)?(i, this, &arg0(), None)?;
            Ok(Value::None)
        }
        SlotKind::Init => {
            match s.init.get() {
                Some(f) => f(i, this, args)?,
                None => crate::types::object::object_init(i, this, args)?,
            }
            Ok(Value::None)
        }
        SlotKind::New => Err(missing()),
    }
}

fn check_attr_name(v: &Value) -> PyResult<()> {
    if v.as_str_data().is_none() {
        return Err(type_error(format!(
            "attribute name must be string, not '{}'",
            v.class_name()
        )));
    }
    Ok(())
}

/// Calls `args[0].__dunder__(args[1..])` given a looked-up attribute `f` of the class:
/// functions get `this` prepended without a bound method; slot wrappers call their slot;
/// other descriptors are bound first.
pub fn call_attr(i: &mut dyn Interp, f: &Value, this: &Value, rest: &[Value]) -> PyResult<Value> {
    match f.payload() {
        Some(Payload::Function(_)) => {
            let mut v: SmallVec<[Value; 4]> = SmallVec::with_capacity(rest.len() + 1);
            v.push(this.clone());
            v.extend(rest.iter().cloned());
            protocol::call0(i, f, &v)
        }
        Some(Payload::Descr(d)) => {
            if let Descr::SlotWrapper { kind, owner } = &**d {
                if *kind != SlotKind::New {
                    let (kind, owner) = (*kind, Rc::clone(owner));
                    return call_slot(i, kind, &owner, this, Args::positional(rest));
                }
            }
            let cls = this.class();
            let bound = crate::descr::bind(i, f.clone(), Some(this), &cls)?;
            protocol::call0(i, &bound, rest)
        }
        _ => {
            let cls = this.class();
            let bound = crate::descr::bind(i, f.clone(), Some(this), &cls)?;
            protocol::call0(i, &bound, rest)
        }
    }
}
