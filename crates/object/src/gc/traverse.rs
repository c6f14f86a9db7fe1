//! What each payload references ([`Payload::traverse`]), how a garbage object's
//! references are dropped to break a cycle ([`Payload::clear_refs`]), and which new
//! objects the collector must track ([`wants_tracking`]).
//!
//! Every match here is exhaustive over `Payload` (no `_ =>` arm): a new payload without
//! its traverse/clear/tracking decision does not compile.
//!
//! Invariant (the collector's soundness rests on it): `traverse` visits only references
//! the object really owns, each once per owned strong count (`Rc` clone). Visiting a
//! reference the object does not own would make the collector free a live object;
//! missing one only makes a cycle through it uncollectable.

use std::cell::RefCell;

use crate::descr::Descr;
use crate::object::{ObjRef, Payload, PyObject};
use crate::types::dict::DictData;
use crate::types::functional::FuncIter;
use crate::types::gen::{GenData, GenHelper, GenState};
use crate::types::iter::IterData;
use crate::value::Value;

/// A borrow of a payload's `RefCell` was held while the collector ran (a collection at
/// a point that is not safe); the collection is abandoned.
pub struct Busy;

pub type Visit<'a> = &'a mut dyn FnMut(&ObjRef);

#[inline]
fn val(v: &Value, visit: Visit) {
    if let Value::Obj(o) = v {
        visit(o);
    }
}

fn cell(c: &RefCell<Value>, visit: Visit) -> Result<(), Busy> {
    val(&*c.try_borrow().map_err(|_| Busy)?, visit);
    Ok(())
}

fn dict(d: &RefCell<DictData>, visit: Visit) -> Result<(), Busy> {
    d.try_borrow()
        .map_err(|_| Busy)?
        .for_each_ref(&mut |v| val(v, visit));
    Ok(())
}

/// Whether `v` is a heap object the collector tracks.
#[inline]
pub fn is_tracked_value(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if o.is_gc_tracked())
}

impl PyObject {
    /// Visits every object this one references, its class included.
    pub fn traverse(&self, visit: Visit) -> Result<(), Busy> {
        if let Some(c) = &*self.class_cell().try_borrow().map_err(|_| Busy)? {
            visit(c);
        }
        self.payload.traverse(visit)
    }
}

impl Payload {
    /// Visits every object the payload references (see the module's invariant).
    pub fn traverse(&self, visit: Visit) -> Result<(), Busy> {
        match self {
            Payload::Object
            | Payload::Int(_)
            | Payload::Float(_)
            | Payload::Complex { .. }
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range { .. }
            | Payload::NotImplemented
            | Payload::Ellipsis
            | Payload::Stream { .. }
            | Payload::Counter(_) => {}
            // Constants only (str, bytes, numbers, tuples and frozensets of constants,
            // code): they cannot form a cycle, and `Rc<Code>` is not an object reference.
            Payload::Code(_) => {}
            // The `__dict__` (or the hidden slot storage): a dict object of its own.
            Payload::Instance(d) => val(d, visit),
            Payload::Dict(d) => dict(d, visit)?,
            Payload::Tuple(items) => items.iter().for_each(|v| val(v, visit)),
            Payload::List(l) => l
                .try_borrow()
                .map_err(|_| Busy)?
                .iter()
                .for_each(|v| val(v, visit)),
            Payload::Set(s) => s
                .try_borrow()
                .map_err(|_| Busy)?
                .table
                .iter()
                .for_each(|(_, k)| val(k, visit)),
            Payload::Function(f) => {
                val(&f.globals, visit);
                val(&f.builtins, visit);
                for c in [
                    &f.name,
                    &f.qualname,
                    &f.defaults,
                    &f.kwdefaults,
                    &f.annotations,
                    &f.doc,
                    &f.module,
                ] {
                    cell(c, visit)?;
                }
                if let Some(cl) = &f.closure {
                    cl.iter().for_each(|v| val(v, visit));
                }
                if let Some(d) = f.dict.get() {
                    val(d, visit);
                }
            }
            Payload::BuiltinFunction(b) => {
                if let Some(s) = &b.self_ {
                    val(s, visit);
                }
            }
            Payload::MethodDescr(m) => visit(&m.owner),
            Payload::BoundMethod(m) => {
                val(&m.func, visit);
                val(&m.self_, visit);
            }
            Payload::Cell(c) => cell(c, visit)?,
            Payload::Type(t) => {
                for list in [&t.bases, &t.mro] {
                    list.try_borrow()
                        .map_err(|_| Busy)?
                        .iter()
                        .for_each(&mut *visit);
                }
                t.dict
                    .try_borrow()
                    .map_err(|_| Busy)?
                    .for_each_ref(&mut |v| val(v, visit));
            }
            // The traceback holds code objects (not objects) and each frame's globals.
            Payload::Exception(e) => {
                cell(&e.args, visit)?;
                cell(&e.context, visit)?;
                cell(&e.cause, visit)?;
                dict(&e.dict, visit)?;
                for t in e.traceback.try_borrow().map_err(|_| Busy)?.iter() {
                    val(&t.globals, visit);
                }
            }
            Payload::Slice { start, stop, step } => {
                val(start, visit);
                val(stop, visit);
                val(step, visit);
            }
            Payload::Module(m) => val(&m.dict, visit),
            Payload::Iter(it) => traverse_iter(it, visit)?,
            Payload::DictView { dict, .. } => visit(dict),
            Payload::Generator(g) => traverse_gen(g, visit)?,
            Payload::GenHelper(h) => traverse_gen_helper(h, visit),
            Payload::Descr(d) => traverse_descr(d, visit)?,
            Payload::Native(n) => n.traverse(visit)?,
        }
        Ok(())
    }

    /// Drops every reference held in a mutable field, returning what was taken out so
    /// that the caller drops it after all garbage has been cleared (CPython's
    /// `tp_clear`). Immutable fields (a tuple's items, a closure) stay: every cycle was
    /// closed by a mutation, so clearing the mutable fields breaks them all.
    pub fn clear_refs(&self, trash: &mut Vec<Value>) -> Result<(), Busy> {
        let take_cell = |c: &RefCell<Value>, with: Value, trash: &mut Vec<Value>| {
            let mut b = c.try_borrow_mut().map_err(|_| Busy)?;
            trash.push(std::mem::replace(&mut *b, with));
            Ok::<(), Busy>(())
        };
        let take_dict = |d: &RefCell<DictData>, trash: &mut Vec<Value>| {
            let mut b = d.try_borrow_mut().map_err(|_| Busy)?;
            let old = std::mem::take(&mut *b);
            b.clear(); // a fresh version: caches keyed on the old one never match
            drop(b);
            old.into_refs(trash);
            Ok::<(), Busy>(())
        };
        match self {
            Payload::Object
            | Payload::Int(_)
            | Payload::Float(_)
            | Payload::Complex { .. }
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range { .. }
            | Payload::NotImplemented
            | Payload::Ellipsis
            | Payload::Stream { .. }
            | Payload::Counter(_)
            | Payload::Code(_)
            | Payload::Tuple(_)
            | Payload::BuiltinFunction(_)
            | Payload::MethodDescr(_)
            | Payload::BoundMethod(_)
            | Payload::Slice { .. }
            | Payload::Module(_)
            | Payload::DictView { .. }
            | Payload::GenHelper(_)
            | Payload::Instance(_) => {}
            Payload::Dict(d) => take_dict(d, trash)?,
            Payload::Native(n) => n.clear_refs(trash)?,
            Payload::Generator(g) => clear_gen(g, trash)?,
            Payload::Descr(d) => match &**d {
                Descr::Property(p) => take_cell(&p.name, Value::None, trash)?,
                Descr::SeqIter { seq, .. } => take_cell(seq, Value::None, trash)?,
                Descr::SlotWrapper { .. }
                | Descr::MethodWrapper { .. }
                | Descr::ClassMethod(_)
                | Descr::StaticMethod(_)
                | Descr::Member { .. }
                | Descr::Super { .. }
                | Descr::MappingProxy(_) => {}
            },
            Payload::List(l) => {
                let old = std::mem::take(&mut *l.try_borrow_mut().map_err(|_| Busy)?);
                trash.extend(old);
            }
            Payload::Set(s) => {
                let old = std::mem::take(&mut s.try_borrow_mut().map_err(|_| Busy)?.table);
                trash.extend(old.iter().map(|(_, k)| k.clone()));
            }
            Payload::Function(f) => {
                for c in [
                    &f.defaults,
                    &f.kwdefaults,
                    &f.annotations,
                    &f.doc,
                    &f.module,
                ] {
                    take_cell(c, Value::None, trash)?;
                }
                // `__dict__` is its own (tracked) dict object: the collector clears it.
            }
            Payload::Cell(c) => take_cell(c, Value::Null, trash)?,
            Payload::Type(t) => {
                for list in [&t.bases, &t.mro] {
                    let old = std::mem::take(&mut *list.try_borrow_mut().map_err(|_| Busy)?);
                    trash.extend(old.into_iter().map(Value::Obj));
                }
                // Through the type dict's guard: clears the attribute cache tags.
                let mut b = t.dict.try_borrow_mut().map_err(|_| Busy)?;
                let old = std::mem::take(&mut *b);
                drop(b);
                old.into_refs(trash);
            }
            Payload::Exception(e) => {
                take_cell(&e.args, crate::types::tuple::new_tuple(Vec::new()), trash)?;
                take_cell(&e.context, Value::None, trash)?;
                take_cell(&e.cause, Value::None, trash)?;
                take_dict(&e.dict, trash)?;
                let tb = std::mem::take(&mut *e.traceback.try_borrow_mut().map_err(|_| Busy)?);
                trash.extend(tb.into_iter().map(|t| t.globals));
            }
            Payload::Iter(it) => match it {
                IterData::Values { items } => {
                    let old = std::mem::take(&mut *items.try_borrow_mut().map_err(|_| Busy)?);
                    trash.extend(old);
                }
                IterData::Func(f) => match &**f {
                    FuncIter::Reversed { seq, .. } => take_cell(seq, Value::None, trash)?,
                    FuncIter::Callable { func, .. } => take_cell(func, Value::None, trash)?,
                    FuncIter::Map { .. } | FuncIter::Filter { .. } => {}
                },
                IterData::Seq { .. }
                | IterData::ListReverse { .. }
                | IterData::Range { .. }
                | IterData::Str { .. }
                | IterData::Dict { .. }
                | IterData::Set { .. }
                | IterData::Enumerate { .. }
                | IterData::Zip { .. } => {}
            },
        }
        Ok(())
    }
}

fn traverse_iter(it: &IterData, visit: Visit) -> Result<(), Busy> {
    match it {
        IterData::Seq { seq, .. } | IterData::ListReverse { seq, .. } => val(seq, visit),
        IterData::Range { .. } => {}
        IterData::Str { s, .. } => val(s, visit),
        IterData::Dict { dict, .. } => val(dict, visit),
        IterData::Set { set, .. } => val(set, visit),
        IterData::Enumerate { it, .. } => val(it, visit),
        IterData::Zip { its, .. } => its.iter().for_each(|v| val(v, visit)),
        IterData::Values { items } => items
            .try_borrow()
            .map_err(|_| Busy)?
            .as_slice()
            .iter()
            .for_each(|v| val(v, visit)),
        IterData::Func(f) => match &**f {
            FuncIter::Map { func, its } => {
                val(func, visit);
                its.iter().for_each(|v| val(v, visit));
            }
            FuncIter::Filter { func, it } => {
                val(func, visit);
                val(it, visit);
            }
            FuncIter::Reversed { seq, .. } => cell(seq, visit)?,
            FuncIter::Callable { func, sentinel } => {
                cell(func, visit)?;
                val(sentinel, visit);
            }
        },
    }
    Ok(())
}

/// Whether a new object of `class` with `payload` must be tracked: a mutable container
/// always (it can be made part of a cycle later); an object whose references are fixed
/// at creation only when one of them is tracked (CPython untracks such tuples lazily;
/// their references never change, so deciding at creation is exact). An instance of a
/// tracked class (a heap type) is tracked whatever its payload: the class may refer
/// back to it.
pub fn wants_tracking(class: &ObjRef, payload: &Payload) -> bool {
    if class.is_gc_tracked() {
        return true;
    }
    let any = |vs: &[Value]| vs.iter().any(is_tracked_value);
    match payload {
        Payload::Object
        | Payload::Int(_)
        | Payload::Float(_)
        | Payload::Complex { .. }
        | Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::ByteArray(_)
        | Payload::Range { .. }
        | Payload::NotImplemented
        | Payload::Ellipsis
        | Payload::Stream { .. }
        | Payload::Counter(_)
        | Payload::Code(_) => false,
        // Fixed references: tracked when one of them is.
        Payload::GenHelper(_) | Payload::Descr(_) => {
            let mut found = false;
            // A borrow held at creation cannot happen; if it did, track to be safe.
            let r = payload.traverse(&mut |c| found |= c.is_gc_tracked());
            found || r.is_err()
        }
        Payload::Instance(_)
        | Payload::Generator(_)
        | Payload::Dict(_)
        | Payload::List(_)
        | Payload::Set(_)
        | Payload::Function(_)
        | Payload::Cell(_)
        | Payload::Exception(_)
        | Payload::Module(_) => true,
        // Builtin types live for the whole run; a class statement's type is tracked
        // (classes: create it with `flags::HEAPTYPE` set, or call `gc::track` after).
        Payload::Type(t) => t.has_flag(crate::typeobj::flags::HEAPTYPE),
        Payload::Native(n) => n.tracked(),
        Payload::Tuple(items) => any(items),
        Payload::BuiltinFunction(b) => b.self_.as_ref().is_some_and(is_tracked_value),
        Payload::MethodDescr(m) => m.owner.is_gc_tracked(),
        Payload::BoundMethod(m) => is_tracked_value(&m.func) || is_tracked_value(&m.self_),
        Payload::Slice { start, stop, step } => {
            is_tracked_value(start) || is_tracked_value(stop) || is_tracked_value(step)
        }
        Payload::DictView { dict, .. } => dict.is_gc_tracked(),
        Payload::Iter(it) => match it {
            IterData::Range { .. } | IterData::Str { .. } => false,
            IterData::Seq { seq, .. } | IterData::ListReverse { seq, .. } => is_tracked_value(seq),
            IterData::Dict { dict, .. } => is_tracked_value(dict),
            IterData::Set { set, .. } => is_tracked_value(set),
            IterData::Enumerate { it, .. } => is_tracked_value(it),
            IterData::Zip { its, .. } => any(its),
            IterData::Values { items } => items.try_borrow().map_or(true, |i| any(i.as_slice())),
            IterData::Func(f) => match &**f {
                FuncIter::Map { func, its } => is_tracked_value(func) || any(its),
                FuncIter::Filter { func, it } => is_tracked_value(func) || is_tracked_value(it),
                FuncIter::Reversed { seq, .. } => {
                    seq.try_borrow().map_or(true, |s| is_tracked_value(&s))
                }
                FuncIter::Callable { func, sentinel } => {
                    func.try_borrow().map_or(true, |f| is_tracked_value(&f))
                        || is_tracked_value(sentinel)
                }
            },
        },
    }
}

fn traverse_gen(g: &GenData, visit: Visit) -> Result<(), Busy> {
    {
        let f = g.frame.try_borrow().map_err(|_| Busy)?;
        if let Some(func) = &f.func {
            visit(func);
        }
        val(&f.globals, visit);
        val(&f.builtins, visit);
        val(&f.locals, visit);
        // Empty while the generator runs (its stack is then on the VM's stack).
        f.stack.iter().for_each(|v| val(v, visit));
    }
    cell(&g.name, visit)?;
    cell(&g.qualname, visit)?;
    cell(&g.exc_state, visit)
}

/// A generator suspended inside `try`/`with` (or a `yield from`) is left intact:
/// dropping it closes it (`Drop for GenData` queues it to run its `finally` blocks),
/// which needs its frame. Clearing the other garbage breaks most cycles through it; one
/// that runs only through such generators' frames stays uncollected (CPython would
/// finalize first, PEP 442; see docs/gc.md).
fn clear_gen(g: &GenData, trash: &mut Vec<Value>) -> Result<(), Busy> {
    if g.state.get() == GenState::Suspended {
        let needs_close = {
            let f = g.frame.try_borrow().map_err(|_| Busy)?;
            f.code.handler_for(f.pc.saturating_sub(1) as u32).is_some()
        } || crate::types::gen::yield_from(g).is_some();
        if needs_close {
            return Ok(());
        }
        // Nothing to close: dropping it must not resurrect it with a cleared frame.
        g.state.set(GenState::Completed);
    }
    let mut f = g.frame.try_borrow_mut().map_err(|_| Busy)?;
    trash.extend(std::mem::take(&mut f.stack));
    trash.extend(f.func.take().map(Value::Obj));
    let fr = &mut *f;
    for v in [&mut fr.globals, &mut fr.builtins, &mut fr.locals] {
        trash.push(std::mem::replace(v, Value::None));
    }
    drop(f);
    let mut e = g.exc_state.try_borrow_mut().map_err(|_| Busy)?;
    trash.push(std::mem::replace(&mut *e, Value::None));
    Ok(())
}

fn traverse_gen_helper(h: &GenHelper, visit: Visit) {
    match h {
        GenHelper::CoroWrapper(g) => visit(g),
        GenHelper::ASend { gen, value, .. } => {
            visit(gen);
            val(value, visit);
        }
        GenHelper::AThrow { gen, exc, .. } => {
            visit(gen);
            if let Some(e) = exc {
                visit(&e.exc);
            }
        }
        GenHelper::Wrapped(v) => val(v, visit),
    }
}

fn traverse_descr(d: &Descr, visit: Visit) -> Result<(), Busy> {
    match d {
        Descr::SlotWrapper { owner, .. } => visit(owner),
        Descr::MethodWrapper { owner, self_, .. } => {
            visit(owner);
            val(self_, visit);
        }
        Descr::Property(p) => {
            for v in [&p.fget, &p.fset, &p.fdel, &p.doc] {
                val(v, visit);
            }
            cell(&p.name, visit)?;
        }
        Descr::ClassMethod(v) | Descr::StaticMethod(v) => val(v, visit),
        Descr::Member { name, owner } => {
            val(name, visit);
            visit(owner);
        }
        Descr::Super {
            type_,
            obj,
            obj_type,
        } => {
            visit(type_);
            val(obj, visit);
            if let Some(t) = obj_type {
                visit(t);
            }
        }
        Descr::SeqIter { seq, .. } => cell(seq, visit)?,
        Descr::MappingProxy(o) => visit(o),
    }
    Ok(())
}
