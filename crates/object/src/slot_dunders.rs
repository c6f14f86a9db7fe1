//! User classes' slots: trampolines that call the dunder methods a class defines
//! (CPython's `slot_*` functions in `typeobject.c`), and [`fixup_slots`], which gives each
//! slot of a class either its trampoline (some user class in the MRO defines one of the
//! slot's dunders) or the slot of the nearest builtin type in the MRO. Operators keep
//! going through slots; only user classes pay for a name lookup.
//!
//! The trampolines look the dunder up on every call (`TypeData::lookup`, which goes
//! through the attribute cache keyed by type version tags: `crate::method_cache`).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use smallvec::SmallVec;

use crate::args::Args;
use crate::descr::{descr, new_seq_iter, Descr};
use crate::error::{overflow_error, type_error, value_error, PyResult};
use crate::interp::Interp;
use crate::object::{ObjRef, Payload};
use crate::protocol::{self, td};
use crate::slot_wrappers::{call_attr, call_slot, SlotKind};
use crate::typeobj::{flags, is_subtype, BinOp, BinaryFn, CmpOp, Slots};
use crate::types::builtin_types;
use crate::types::str::new_str;
use crate::value::Value;

/// Hashes the (address, length) key of a static name in a few instructions (SipHash over
/// the name's bytes cost more than the lookup it served).
#[derive(Default)]
struct AddrHasher(u64);

impl std::hash::Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        // The multiply leaves the low bits (the table index) depending only on the
        // key's low bits, which are zero for aligned addresses: fold the high bits in.
        self.0 ^ (self.0 >> 29)
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.write_u64(*b as u64);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

type AddrMap = HashMap<(usize, usize), Value, std::hash::BuildHasherDefault<AddrHasher>>;

thread_local! {
    /// Keyed by the name's address and length: equal literals at different addresses get
    /// different (equal) str objects, which is harmless.
    static NAMES: RefCell<AddrMap> = RefCell::new(AddrMap::default());
}

/// The interned str value of a dunder name.
pub fn name_value(name: &'static str) -> Value {
    NAMES.with(|n| {
        n.borrow_mut()
            .entry((name.as_ptr() as usize, name.len()))
            .or_insert_with(|| new_str(name))
            .clone()
    })
}

/// `type(this).name`, looked up along the MRO.
pub fn lookup(this: &Value, name: &'static str) -> Option<Value> {
    td(&this.class()).lookup(&name_value(name))
}

/// `type(v).name` when `v` is an instance of a user class that has it (hooks without a
/// slot: `__format__`, `__round__`, `__reversed__`, …; builtin types have none of these).
/// Native types of C modules (`collections.deque`'s `__reversed__`, `defaultdict`'s
/// `__missing__`) count as user classes here.
pub fn user_special(v: &Value, name: &'static str) -> Option<Value> {
    let cls = v.class();
    let t = td(&cls);
    if !t.has_flag(flags::HEAPTYPE) && t.module.is_empty() {
        return None;
    }
    t.lookup(&name_value(name))
}

/// Calls `this.name(*rest)` looked up on the type; `None` when the type lacks it.
pub fn call_special(
    i: &mut dyn Interp,
    this: &Value,
    name: &'static str,
    rest: &[Value],
) -> PyResult<Option<Value>> {
    match lookup(this, name) {
        Some(f) => Ok(Some(call_attr(i, &f, this, rest)?)),
        None => Ok(None),
    }
}

/// `this.name(*args, **kwargs)` for a looked-up attribute `f`.
fn call_attr_args(i: &mut dyn Interp, f: &Value, this: &Value, args: Args<'_>) -> PyResult<Value> {
    if !args.has_kwargs() {
        return call_attr(i, f, this, args.pos());
    }
    if let Some(Payload::Function(_)) = f.payload() {
        let mut v: SmallVec<[Value; 8]> = SmallVec::with_capacity(args.values.len() + 1);
        v.push(this.clone());
        v.extend(args.values.iter().cloned());
        return protocol::call(i, f, Args::new(&v, args.kwnames));
    }
    let cls = this.class();
    let bound = crate::descr::bind(i, f.clone(), Some(this), &cls)?;
    protocol::call(i, &bound, args)
}

fn is_not_implemented(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::NotImplemented))
}

fn implemented(r: Option<Value>) -> Option<Value> {
    r.filter(|v| !is_not_implemented(v))
}

// ---- binary operators (SLOT1BINFULL) ----

fn overloaded(left: &ObjRef, right: &ObjRef, name: &'static str) -> bool {
    let n = name_value(name);
    let Some(b) = td(right).lookup(&n) else {
        return false;
    };
    match td(left).lookup(&n) {
        Some(a) => !a.is(&b),
        None => true,
    }
}

fn slot_binary(
    i: &mut dyn Interp,
    a: &Value,
    b: &Value,
    op: BinOp,
    me: BinaryFn,
) -> PyResult<Option<Value>> {
    let (ta, tb) = (a.class(), b.class());
    let is_me = |t: &ObjRef| {
        td(t).slots.nb[op as usize]
            .get()
            .is_some_and(|f| std::ptr::fn_addr_eq(f, me))
    };
    let rname = SlotKind::RBin(op).dunder();
    let same = Rc::ptr_eq(&ta, &tb);
    let mut do_other = !same && is_me(&tb);
    if is_me(&ta) {
        if do_other && is_subtype(&tb, &ta) && overloaded(&ta, &tb, rname) {
            if let Some(r) = implemented(call_special(i, b, rname, std::slice::from_ref(a))?) {
                return Ok(Some(r));
            }
            do_other = false;
        }
        let r = implemented(call_special(i, a, op.dunder(), std::slice::from_ref(b))?);
        if r.is_some() || same {
            return Ok(r);
        }
    }
    if do_other {
        return Ok(implemented(call_special(
            i,
            b,
            rname,
            std::slice::from_ref(a),
        )?));
    }
    Ok(None)
}

fn slot_inplace(i: &mut dyn Interp, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    Ok(implemented(call_special(
        i,
        a,
        SlotKind::IBin(op).dunder(),
        std::slice::from_ref(b),
    )?))
}

macro_rules! binops {
    ($($op:ident $f:ident $fi:ident),*) => {
        $(
            fn $f(i: &mut dyn Interp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
                slot_binary(i, a, b, BinOp::$op, $f)
            }
            fn $fi(i: &mut dyn Interp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
                slot_inplace(i, a, b, BinOp::$op)
            }
        )*
        fn bin_tramp(op: BinOp) -> (BinaryFn, BinaryFn) {
            match op { $(BinOp::$op => ($f, $fi),)* }
        }
    };
}

binops!(
    Add add iadd, And and iand, FloorDiv floordiv ifloordiv, LShift lshift ilshift,
    MatMul matmul imatmul, Mul mul imul, Mod mod_ imod, Or or ior, Pow pow ipow,
    RShift rshift irshift, Sub sub isub, TrueDiv truediv itruediv, Xor xor ixor
);

// ---- unary and conversions ----

fn required(i: &mut dyn Interp, v: &Value, name: &'static str) -> PyResult<Value> {
    match call_special(i, v, name, &[])? {
        Some(r) => Ok(r),
        None => Err(protocol::no_attribute(v, &new_str(name))),
    }
}

fn neg(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    required(i, v, "__neg__")
}
fn pos(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    required(i, v, "__pos__")
}
fn invert(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    required(i, v, "__invert__")
}
fn abs(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    required(i, v, "__abs__")
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_)) || matches!(v.payload(), Some(Payload::Int(_)))
}

fn index(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let r = required(i, v, "__index__")?;
    if !is_int(&r) {
        return Err(type_error(format!(
            "__index__ returned non-int (type {})",
            r.class_name()
        )));
    }
    Ok(r)
}

fn int(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let r = required(i, v, "__int__")?;
    if !is_int(&r) {
        return Err(type_error(format!(
            "__int__ returned non-int (type {})",
            r.class_name()
        )));
    }
    Ok(r)
}

fn float(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let r = required(i, v, "__float__")?;
    if !matches!(r, Value::Float(_)) && !matches!(r.payload(), Some(Payload::Float(_))) {
        return Err(type_error(format!(
            "{}.__float__ returned non-float (type {})",
            v.class_name(),
            r.class_name()
        )));
    }
    Ok(r)
}

fn bool_(i: &mut dyn Interp, v: &Value) -> PyResult<bool> {
    match call_special(i, v, "__bool__", &[])? {
        Some(Value::Bool(b)) => Ok(b),
        Some(r) => Err(type_error(format!(
            "__bool__ should return bool, returned {}",
            r.class_name()
        ))),
        // `__bool__` deleted: fall back to `__len__`, then true.
        None => match lookup(v, "__len__") {
            Some(_) => Ok(len(i, v)? > 0),
            None => Ok(true),
        },
    }
}

fn len(i: &mut dyn Interp, v: &Value) -> PyResult<usize> {
    let r = required(i, v, "__len__")?;
    let n = protocol::index(i, &r)?;
    match n {
        Value::Int(n) if n >= 0 => Ok(n as usize),
        Value::Int(_) => Err(value_error("__len__() should return >= 0")),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) if b.sign() == num_bigint::Sign::Minus => {
                Err(value_error("__len__() should return >= 0"))
            }
            _ => Err(overflow_error(
                "cannot fit 'int' into an index-sized integer",
            )),
        },
        _ => Err(type_error("__len__ should return an integer")),
    }
}

// ---- comparisons, hash, repr ----

fn richcompare(i: &mut dyn Interp, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
    Ok(implemented(call_special(
        i,
        a,
        SlotKind::Cmp(op).dunder(),
        std::slice::from_ref(b),
    )?))
}

fn hash(i: &mut dyn Interp, v: &Value) -> PyResult<i64> {
    let f = lookup(v, "__hash__");
    let f = match f {
        None | Some(Value::None) => {
            return Err(type_error(format!("unhashable type: '{}'", v.class_name())))
        }
        Some(f) => f,
    };
    let r = call_attr(i, &f, v, &[])?;
    match r {
        Value::Int(-1) => Ok(-2),
        Value::Int(n) => Ok(n),
        Value::Bool(b) => Ok(i64::from(b)),
        Value::Obj(ref o) if matches!(o.payload, Payload::Int(_)) => protocol::hash(i, &r),
        _ => Err(type_error("__hash__ method should return an integer")),
    }
}

/// Unchecked: `protocol::repr`/`str_` check the result's type.
fn repr(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    required(i, v, "__repr__")
}

fn str_(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    required(i, v, "__str__")
}

// ---- attributes ----

fn is_generic_getattribute(f: &Value) -> bool {
    match descr(f) {
        Some(Descr::SlotWrapper {
            kind: SlotKind::GetAttribute,
            owner,
        }) => td(owner).slots.getattro.get().is_some_and(|g| {
            std::ptr::fn_addr_eq(g, protocol::generic_getattr as crate::typeobj::GetAttrFn)
        }),
        _ => false,
    }
}

fn getattro(i: &mut dyn Interp, v: &Value, name: &Value) -> PyResult<Value> {
    let ga = lookup(v, "__getattribute__");
    let r = match &ga {
        Some(f) if !is_generic_getattribute(f) => call_attr(i, f, v, std::slice::from_ref(name)),
        _ => protocol::generic_getattr(i, v, name),
    };
    match r {
        Err(e) if e.matches(&builtin_types().exc.attribute_error) => {
            match lookup(v, "__getattr__") {
                Some(f) => call_attr(i, &f, v, std::slice::from_ref(name)),
                None => Err(e),
            }
        }
        r => r,
    }
}

fn setattro(i: &mut dyn Interp, v: &Value, name: &Value, x: Option<Value>) -> PyResult<()> {
    match x {
        Some(x) => required_args(i, v, "__setattr__", &[name.clone(), x]),
        None => required_args(i, v, "__delattr__", std::slice::from_ref(name)),
    }
}

fn required_args(i: &mut dyn Interp, v: &Value, name: &'static str, a: &[Value]) -> PyResult<()> {
    match call_special(i, v, name, a)? {
        Some(_) => Ok(()),
        None => Err(protocol::no_attribute(v, &new_str(name))),
    }
}

// ---- calls, iteration, containers, descriptors ----

fn call(i: &mut dyn Interp, v: &Value, args: Args<'_>) -> PyResult<Value> {
    match lookup(v, "__call__") {
        Some(f) => call_attr_args(i, &f, v, args),
        None => Err(type_error(format!(
            "'{}' object is not callable",
            v.class_name()
        ))),
    }
}

fn iter(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    match lookup(v, "__iter__") {
        Some(Value::None) => Err(type_error(format!(
            "'{}' object is not iterable",
            v.class_name()
        ))),
        Some(f) => {
            let r = call_attr(i, &f, v, &[])?;
            if td(&r.class()).slots.next.get().is_none() {
                return Err(type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    r.class_name()
                )));
            }
            Ok(r)
        }
        None => match lookup(v, "__getitem__") {
            Some(_) => Ok(new_seq_iter(v)),
            None => Err(type_error(format!(
                "'{}' object is not iterable",
                v.class_name()
            ))),
        },
    }
}

fn next(i: &mut dyn Interp, v: &Value) -> PyResult<Option<Value>> {
    match call_special(i, v, "__next__", &[]) {
        Ok(Some(r)) => Ok(Some(r)),
        Ok(None) => Err(type_error(format!(
            "'{}' object is not an iterator",
            v.class_name()
        ))),
        Err(e) if e.matches(&builtin_types().exc.stop_iteration) => Ok(None),
        Err(e) => Err(e),
    }
}

fn getitem(i: &mut dyn Interp, v: &Value, k: &Value) -> PyResult<Value> {
    match call_special(i, v, "__getitem__", std::slice::from_ref(k))? {
        Some(r) => Ok(r),
        None => Err(type_error(format!(
            "'{}' object is not subscriptable",
            v.class_name()
        ))),
    }
}

fn setitem(i: &mut dyn Interp, v: &Value, k: &Value, x: Option<Value>) -> PyResult<()> {
    let r = match x {
        Some(x) => call_special(i, v, "__setitem__", &[k.clone(), x])?,
        None => call_special(i, v, "__delitem__", std::slice::from_ref(k))?,
    };
    match r {
        Some(_) => Ok(()),
        None => Err(type_error(format!(
            "'{}' object does not support item {}",
            v.class_name(),
            if lookup(v, "__setitem__").is_some() {
                "deletion"
            } else {
                "assignment"
            }
        ))),
    }
}

fn contains(i: &mut dyn Interp, v: &Value, x: &Value) -> PyResult<bool> {
    match call_special(i, v, "__contains__", std::slice::from_ref(x))? {
        Some(r) => protocol::truthy(i, &r),
        None => {
            let it = protocol::iter(i, v)?;
            while let Some(y) = protocol::next(i, &it)? {
                if protocol::eq(i, &y, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn descr_get(i: &mut dyn Interp, d: &Value, obj: Option<&Value>, cls: &ObjRef) -> PyResult<Value> {
    let obj = obj.cloned().unwrap_or(Value::None);
    match lookup(d, "__get__") {
        Some(f) => call_attr(i, &f, d, &[obj, Value::Obj(cls.clone())]),
        None => Ok(d.clone()),
    }
}

fn descr_set(i: &mut dyn Interp, d: &Value, obj: &Value, x: Option<Value>) -> PyResult<()> {
    let r = match x {
        Some(x) => call_special(i, d, "__set__", &[obj.clone(), x])?,
        None => call_special(i, d, "__delete__", std::slice::from_ref(obj))?,
    };
    match r {
        Some(_) => Ok(()),
        None => Err(protocol::no_attribute(
            d,
            &new_str(if lookup(d, "__set__").is_some() {
                "__delete__"
            } else {
                "__set__"
            }),
        )),
    }
}

// ---- instance creation ----

/// Whether `f` is the `__new__` trampoline (the class defines `__new__` in Python).
pub fn is_new_trampoline(f: crate::typeobj::NewFn) -> bool {
    std::ptr::fn_addr_eq(f, new as crate::typeobj::NewFn)
}

fn new(i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    let Some(f) = td(cls).lookup(&name_value("__new__")) else {
        return Err(type_error(format!(
            "cannot create '{}' instances",
            td(cls).name()
        )));
    };
    let f = match descr(&f) {
        Some(Descr::SlotWrapper {
            kind: SlotKind::New,
            owner,
        }) => {
            let owner = owner.clone();
            return call_slot(i, SlotKind::New, &owner, &Value::Obj(cls.clone()), args);
        }
        Some(Descr::StaticMethod(inner)) => inner.clone(),
        _ => crate::descr::bind(i, f, None, cls)?,
    };
    let mut v: SmallVec<[Value; 8]> = SmallVec::with_capacity(args.values.len() + 1);
    v.push(Value::Obj(cls.clone()));
    v.extend(args.values.iter().cloned());
    protocol::call(i, &f, Args::new(&v, args.kwnames))
}

/// Whether `f` is the `__init__` trampoline (the class's `__init__` is a user's).
pub fn is_init_trampoline(f: crate::typeobj::InitFn) -> bool {
    std::ptr::fn_addr_eq(f, init as crate::typeobj::InitFn)
}

fn init(i: &mut dyn Interp, this: &Value, args: Args<'_>) -> PyResult<()> {
    let Some(f) = lookup(this, "__init__") else {
        return Ok(());
    };
    let r = call_attr_args(i, &f, this, args)?;
    if !r.is_none() {
        return Err(type_error(format!(
            "__init__() should return None, not '{}'",
            r.class_name()
        )));
    }
    Ok(())
}

// ---- fixing up a class's slots ----

/// Whether a user class in `cls`'s MRO defines one of `names`.
fn user_defined(mro: &[ObjRef], names: &[&'static str]) -> bool {
    mro.iter().any(|t| {
        let t = td(t);
        t.has_flag(flags::HEAPTYPE) && {
            let d = t.dict.borrow();
            names
                .iter()
                .any(|n| d.get_str_key(&name_value(n)).is_some())
        }
    })
}

macro_rules! group {
    ($s:ident, $b:ident, $mro:ident, [$($n:literal),*], $slot:ident, $tramp:expr) => {
        if user_defined(&$mro, &[$($n),*]) {
            $s.$slot.set(Some($tramp));
        } else {
            $s.$slot.set($b.and_then(|b| b.$slot.get()));
        }
    };
}

/// Sets every slot of the user class `cls` from its MRO (at creation, and again when a
/// dunder is assigned to it or a base); also its `UNHASHABLE` flag.
pub fn fixup_slots(cls: &ObjRef) {
    let t = td(cls);
    let mro: Vec<ObjRef> = t.mro.borrow().clone();
    // The nearest builtin type supplies every slot no user class defines.
    let builtin = mro
        .iter()
        .find(|c| !td(c).has_flag(flags::HEAPTYPE))
        .cloned();
    let b: Option<&Slots> = builtin.as_ref().map(|c| &td(c).slots);
    let s = &t.slots;
    for op in BinOp::ALL {
        let k = op as usize;
        let (f, fi) = bin_tramp(op);
        if user_defined(&mro, &[op.dunder(), SlotKind::RBin(op).dunder()]) {
            s.nb[k].set(Some(f));
        } else {
            s.nb[k].set(b.and_then(|b| b.nb[k].get()));
        }
        if user_defined(&mro, &[SlotKind::IBin(op).dunder()]) {
            s.nb_inplace[k].set(Some(fi));
        } else {
            s.nb_inplace[k].set(b.and_then(|b| b.nb_inplace[k].get()));
        }
    }
    s.sq_concat.set(b.and_then(|b| b.sq_concat.get()));
    s.sq_repeat.set(b.and_then(|b| b.sq_repeat.get()));
    group!(s, b, mro, ["__neg__"], neg, neg);
    group!(s, b, mro, ["__pos__"], pos, pos);
    group!(s, b, mro, ["__invert__"], invert, invert);
    group!(s, b, mro, ["__abs__"], abs, abs);
    group!(s, b, mro, ["__bool__"], bool_, bool_);
    group!(s, b, mro, ["__index__"], index, index);
    group!(s, b, mro, ["__int__"], int, int);
    group!(s, b, mro, ["__float__"], float, float);
    group!(
        s,
        b,
        mro,
        ["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"],
        richcompare,
        richcompare
    );
    group!(s, b, mro, ["__hash__"], hash, hash);
    group!(s, b, mro, ["__repr__"], repr, repr);
    group!(s, b, mro, ["__str__"], str, str_);
    group!(
        s,
        b,
        mro,
        ["__getattribute__", "__getattr__"],
        getattro,
        getattro
    );
    group!(
        s,
        b,
        mro,
        ["__setattr__", "__delattr__"],
        setattro,
        setattro
    );
    group!(s, b, mro, ["__call__"], call, call);
    group!(s, b, mro, ["__iter__"], iter, iter);
    group!(s, b, mro, ["__next__"], next, next);
    group!(s, b, mro, ["__len__"], len, len);
    group!(s, b, mro, ["__getitem__"], getitem, getitem);
    group!(s, b, mro, ["__setitem__", "__delitem__"], setitem, setitem);
    group!(s, b, mro, ["__contains__"], contains, contains);
    group!(s, b, mro, ["__get__"], descr_get, descr_get);
    group!(s, b, mro, ["__set__", "__delete__"], descr_set, descr_set);
    group!(s, b, mro, ["__new__"], new, new);
    group!(s, b, mro, ["__init__"], init, init);
    // A class with `__getitem__` but no `__iter__` iterates by index.
    if s.iter.get().is_none() && s.getitem.get().is_some() {
        s.iter.set(Some(iter));
    }
    let unhashable = match t.lookup(&name_value("__hash__")) {
        Some(Value::None) | None => true,
        Some(_) => false,
    };
    let f = t.flags.get();
    t.flags.set(if unhashable {
        f | flags::UNHASHABLE
    } else {
        f & !flags::UNHASHABLE
    });
}

/// After `cls.name = …` / `del cls.name`: refreshes the slots of `cls` and every
/// subclass when `name` is a dunder.
pub fn update_slots(cls: &ObjRef, name: &Value) {
    let is_dunder = name
        .as_str_data()
        .and_then(|s| s.as_str())
        .is_some_and(|n| n.len() > 4 && n.starts_with("__") && n.ends_with("__"));
    if !is_dunder {
        return;
    }
    let mut todo = vec![cls.clone()];
    while let Some(c) = todo.pop() {
        if td(&c).has_flag(flags::HEAPTYPE) {
            fixup_slots(&c);
        }
        let subs: Vec<ObjRef> = td(&c)
            .subclasses
            .borrow()
            .iter()
            .filter_map(|w| w.upgrade())
            .collect();
        todo.extend(subs);
    }
}
