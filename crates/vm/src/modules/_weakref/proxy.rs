//! `weakref.ProxyType` and `weakref.CallableProxyType`: every operation on a proxy is
//! done on its referent (operands that are proxies are unwrapped first), and a dead
//! proxy raises `ReferenceError`. Proxies are unhashable.

use krait_object::args::Args;
use krait_object::error::{type_error, PyResult};
use krait_object::native::{make_type, native_ref, TypeSpec};
use krait_object::typeobj::{BinOp, TypeData};
use krait_object::types::str::new_string;
use krait_object::{protocol, Interp, ObjRef, Value};

use super::{dead_error, Kind, WeakRef};

static PROXY_SPEC: TypeSpec = TypeSpec::new("ProxyType", "weakref", proxy_setup);
static CALLABLE_SPEC: TypeSpec = TypeSpec::new("CallableProxyType", "weakref", callable_setup);

thread_local! {
    static PROXY: ObjRef = make_type(&PROXY_SPEC);
    static CALLABLE: ObjRef = make_type(&CALLABLE_SPEC);
}

pub fn proxy_type() -> ObjRef {
    PROXY.with(Clone::clone)
}

pub fn callable_proxy_type() -> ObjRef {
    CALLABLE.with(Clone::clone)
}

/// The referent of proxy `v` (ReferenceError when dead); other values pass through.
fn unwrap(v: &Value) -> PyResult<Value> {
    match native_ref::<WeakRef>(v) {
        Some(d) if d.kind != Kind::Ref => d.get().ok_or_else(dead_error),
        _ => Ok(v.clone()),
    }
}

macro_rules! binops {
    ($($f:ident $fi:ident => $op:ident;)*) => {
        $(
            fn $f(i: &mut dyn Interp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
                let (a, b) = (unwrap(a)?, unwrap(b)?);
                protocol::binary_op(i, &a, &b, BinOp::$op).map(Some)
            }
            fn $fi(i: &mut dyn Interp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
                let (a, b) = (unwrap(a)?, unwrap(b)?);
                protocol::inplace_op(i, &a, &b, BinOp::$op).map(Some)
            }
        )*
        fn set_binops(t: &TypeData) {
            $(
                t.slots.nb[BinOp::$op as usize].set(Some($f));
                t.slots.nb_inplace[BinOp::$op as usize].set(Some($fi));
            )*
        }
    };
}

binops! {
    p_add p_iadd => Add;
    p_and p_iand => And;
    p_floordiv p_ifloordiv => FloorDiv;
    p_lshift p_ilshift => LShift;
    p_matmul p_imatmul => MatMul;
    p_mul p_imul => Mul;
    p_mod p_imod => Mod;
    p_or p_ior => Or;
    p_pow p_ipow => Pow;
    p_rshift p_irshift => RShift;
    p_sub p_isub => Sub;
    p_truediv p_itruediv => TrueDiv;
    p_xor p_ixor => Xor;
}

fn proxy_setup(t: &TypeData) {
    set_binops(t);
    let s = &t.slots;
    s.getattro.set(Some(|i, v, name| {
        let o = unwrap(v)?;
        protocol::getattr(i, &o, name)
    }));
    s.setattro.set(Some(|i, v, name, x| {
        let o = unwrap(v)?;
        protocol::setattr(i, &o, name, x)
    }));
    s.repr.set(Some(|_, v| {
        let d = native_ref::<WeakRef>(v).ok_or_else(|| type_error("not a proxy"))?;
        let target = d.get().unwrap_or(Value::None);
        Ok(new_string(format!(
            "<weakproxy at {:#x} to {} at {:#x}>",
            v.id(),
            target.class_name(),
            target.id()
        )))
    }));
    s.str.set(Some(|i, v| {
        let o = unwrap(v)?;
        protocol::str_(i, &o)
    }));
    s.hash.set(Some(|_, v| {
        Err(type_error(format!(
            "unhashable type: '{}'",
            protocol::td(&v.class()).tp_name()
        )))
    }));
    s.richcompare.set(Some(|i, a, b, op| {
        let (a, b) = (unwrap(a)?, unwrap(b)?);
        protocol::richcompare(i, &a, &b, op).map(Some)
    }));
    s.bool_.set(Some(|i, v| {
        let o = unwrap(v)?;
        protocol::truthy(i, &o)
    }));
    s.len.set(Some(|i, v| {
        let o = unwrap(v)?;
        protocol::len(i, &o)
    }));
    s.getitem.set(Some(|i, v, k| {
        let o = unwrap(v)?;
        protocol::getitem(i, &o, k)
    }));
    s.setitem.set(Some(|i, v, k, x| {
        let o = unwrap(v)?;
        match x {
            Some(x) => protocol::setitem(i, &o, k, x),
            None => protocol::delitem(i, &o, k),
        }
    }));
    s.contains.set(Some(|i, v, k| {
        let o = unwrap(v)?;
        protocol::contains(i, &o, k)
    }));
    s.iter.set(Some(|i, v| {
        let o = unwrap(v)?;
        protocol::iter(i, &o)
    }));
    s.next.set(Some(|i, v| {
        let o = unwrap(v)?;
        if protocol::td(&o.class()).slots.next.get().is_none() {
            return Err(type_error(format!(
                "Weakref proxy referenced a non-iterator '{}' object",
                o.class_name()
            )));
        }
        protocol::next(i, &o)
    }));
    s.neg.set(Some(|i, v| protocol::neg(i, &unwrap(v)?)));
    s.pos.set(Some(|i, v| protocol::pos(i, &unwrap(v)?)));
    s.invert.set(Some(|i, v| protocol::invert(i, &unwrap(v)?)));
    s.abs.set(Some(|i, v| protocol::abs(i, &unwrap(v)?)));
    s.index.set(Some(|i, v| protocol::index(i, &unwrap(v)?)));
}

fn callable_setup(t: &TypeData) {
    proxy_setup(t);
    t.slots.call.set(Some(|i, v, args: Args<'_>| {
        let o = unwrap(v)?;
        protocol::call(i, &o, args)
    }));
}
