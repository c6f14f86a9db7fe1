//! `_thread.lock` (`LockType`) and `_thread.RLock`.

use std::cell::Cell;

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::{new_error, runtime_error, type_error, value_error, PyResult};
use krait_object::native::{make_type, native_ref, new_native, NativeData, TypeSpec, BASETYPE};
use krait_object::typeobj::TypeData;
use krait_object::types::str::new_string;
use krait_object::types::tuple::new_tuple;
use krait_object::{protocol, Interp, ObjRef, Payload, Value};

use super::current_ident;

pub struct Lock {
    locked: Cell<bool>,
}
impl NativeData for Lock {}

pub struct RLock {
    owner: Cell<i64>,
    count: Cell<i64>,
}
impl NativeData for RLock {}

static LOCK_SPEC: TypeSpec = TypeSpec {
    methods: &[
        krait_object::method!("acquire", lock_acquire),
        krait_object::method!("acquire_lock", lock_acquire),
        krait_object::method!("__enter__", lock_acquire),
        krait_object::method!("release", lock_release),
        krait_object::method!("release_lock", lock_release),
        krait_object::method!("__exit__", lock_release),
        krait_object::method!("locked", lock_locked),
        krait_object::method!("locked_lock", lock_locked),
        krait_object::method!("_at_fork_reinit", lock_reinit),
    ],
    ..TypeSpec::new("lock", "_thread", lock_setup)
};

static RLOCK_SPEC: TypeSpec = TypeSpec {
    flags: BASETYPE,
    methods: &[
        krait_object::method!("acquire", rlock_acquire),
        krait_object::method!("__enter__", rlock_acquire),
        krait_object::method!("release", rlock_release),
        krait_object::method!("__exit__", rlock_release),
        krait_object::method!("_is_owned", rlock_is_owned),
        krait_object::method!("_recursion_count", rlock_recursion_count),
        krait_object::method!("_release_save", rlock_release_save),
        krait_object::method!("_acquire_restore", rlock_acquire_restore),
        krait_object::method!("_at_fork_reinit", rlock_reinit),
    ],
    ..TypeSpec::new("RLock", "_thread", rlock_setup)
};

thread_local! {
    static LOCK: ObjRef = make_type(&LOCK_SPEC);
    static RLOCK_T: ObjRef = make_type(&RLOCK_SPEC);
}

pub fn lock_type() -> ObjRef {
    LOCK.with(Clone::clone)
}

pub fn rlock_type() -> ObjRef {
    RLOCK_T.with(Clone::clone)
}

pub fn new_lock() -> Value {
    new_native(
        lock_type(),
        Lock {
            locked: Cell::new(false),
        },
    )
}

/// Releases `lock` whatever its state (a finished thread's sentinel).
pub fn force_release(lock: &Value) {
    if let Some(l) = native_ref::<Lock>(lock) {
        l.locked.set(false);
    }
}

fn lock_setup(t: &TypeData) {
    t.slots.new.set(Some(|_, _, _| {
        Err(type_error("cannot create '_thread.lock' instances"))
    }));
    t.slots.repr.set(Some(|_, v| {
        let l = this_lock(v)?;
        Ok(new_string(format!(
            "<{} _thread.lock object at {:#x}>",
            if l.locked.get() { "locked" } else { "unlocked" },
            v.id()
        )))
    }));
}

fn rlock_setup(t: &TypeData) {
    t.slots.new.set(Some(|_, cls, _| {
        Ok(new_native(
            cls.clone(),
            RLock {
                owner: Cell::new(0),
                count: Cell::new(0),
            },
        ))
    }));
    t.slots.repr.set(Some(|_, v| {
        let r = this_rlock(v)?;
        let cls = v.class();
        let name = krait_object::types::object::type_module(&cls);
        Ok(new_string(format!(
            "<{} {}.{} object owner={} count={} at {:#x}>",
            if r.count.get() > 0 {
                "locked"
            } else {
                "unlocked"
            },
            name,
            protocol::td(&cls).name(),
            r.owner.get(),
            r.count.get(),
            v.id()
        )))
    }));
}

fn this_lock(v: &Value) -> PyResult<&Lock> {
    native_ref::<Lock>(v).ok_or_else(|| type_error("descriptor requires a '_thread.lock' object"))
}

fn this_rlock(v: &Value) -> PyResult<&RLock> {
    native_ref::<RLock>(v).ok_or_else(|| type_error("descriptor requires a '_thread.RLock' object"))
}

/// `(blocking, timeout)` of `acquire(blocking=True, timeout=-1)`; timeout in seconds,
/// negative for "forever".
fn acquire_args(i: &mut dyn Interp, args: &Args<'_>) -> PyResult<f64> {
    static SIG: Sig = Sig {
        fname: "acquire",
        names: &["blocking", "timeout"],
        posonly: 0,
        required: 0,
    };
    let a = parse(&args.skip_self(), &SIG)?;
    let blocking = match &a[0] {
        Some(v) => protocol::truthy(i, v)?,
        None => true,
    };
    let timeout = match &a[1] {
        Some(v) => krait_object::types::float::to_f64(i, v)?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(value_error(
            "can't specify a timeout for a non-blocking call",
        ));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(value_error("timeout value must be positive"));
    }
    if timeout > 9223372036.0 {
        return Err(krait_object::error::overflow_error(
            "timeout value is too large",
        ));
    }
    Ok(if blocking { timeout } else { 0.0 })
}

/// Waiting for a lock only this thread could release.
fn wait_held(timeout: f64) -> PyResult<Value> {
    if timeout < 0.0 {
        return Err(new_error(
            &krait_object::builtin_types().exc.runtime_error,
            "krait: deadlock: blocking on a lock that no other thread can release",
        ));
    }
    if timeout > 0.0 {
        std::thread::sleep(std::time::Duration::from_secs_f64(timeout.min(3600.0)));
    }
    Ok(Value::Bool(false))
}

fn lock_acquire(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let me = &args.pos()[0];
    let timeout = acquire_args(i, &args)?;
    let l = this_lock(me)?;
    if !l.locked.get() {
        l.locked.set(true);
        return Ok(Value::Bool(true));
    }
    wait_held(timeout)
}

fn lock_release(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let l = this_lock(&args.pos()[0])?;
    if !l.locked.get() {
        return Err(runtime_error("release unlocked lock"));
    }
    l.locked.set(false);
    Ok(Value::None)
}

fn lock_locked(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let l = this_lock(&args.pos()[0])?;
    Ok(Value::Bool(l.locked.get()))
}

fn lock_reinit(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let l = this_lock(&args.pos()[0])?;
    l.locked.set(false);
    Ok(Value::None)
}

fn rlock_acquire(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let me = &args.pos()[0];
    let timeout = acquire_args(i, &args)?;
    let r = this_rlock(me)?;
    let tid = current_ident();
    if r.count.get() > 0 && r.owner.get() == tid {
        r.count.set(r.count.get() + 1);
        return Ok(Value::Bool(true));
    }
    if r.count.get() == 0 {
        r.owner.set(tid);
        r.count.set(1);
        return Ok(Value::Bool(true));
    }
    wait_held(timeout)
}

fn rlock_release(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let r = this_rlock(&args.pos()[0])?;
    if r.count.get() == 0 || r.owner.get() != current_ident() {
        return Err(runtime_error("cannot release un-acquired lock"));
    }
    r.count.set(r.count.get() - 1);
    if r.count.get() == 0 {
        r.owner.set(0);
    }
    Ok(Value::None)
}

fn rlock_is_owned(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let r = this_rlock(&args.pos()[0])?;
    Ok(Value::Bool(
        r.count.get() > 0 && r.owner.get() == current_ident(),
    ))
}

fn rlock_recursion_count(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let r = this_rlock(&args.pos()[0])?;
    let n = if r.owner.get() == current_ident() {
        r.count.get()
    } else {
        0
    };
    Ok(Value::Int(n))
}

fn rlock_release_save(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let r = this_rlock(&args.pos()[0])?;
    if r.count.get() == 0 {
        return Err(runtime_error("cannot release un-acquired lock"));
    }
    let saved = new_tuple(vec![Value::Int(r.count.get()), Value::Int(r.owner.get())]);
    r.count.set(0);
    r.owner.set(0);
    Ok(saved)
}

fn rlock_acquire_restore(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("_acquire_restore", 2)?;
    let r = this_rlock(&pos[0])?;
    let Some(Payload::Tuple(st)) = pos[1].payload() else {
        return Err(type_error("_acquire_restore() argument 1 must be tuple"));
    };
    if st.len() != 2 {
        return Err(type_error(
            "_acquire_restore() argument 1 must be a 2-tuple",
        ));
    }
    let (count, owner) = (
        protocol::index_i64(i, &st[0])?,
        protocol::index_i64(i, &st[1])?,
    );
    if r.count.get() > 0 {
        wait_held(-1.0)?;
    }
    r.count.set(count);
    r.owner.set(owner);
    Ok(Value::None)
}

fn rlock_reinit(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let r = this_rlock(&args.pos()[0])?;
    r.count.set(0);
    r.owner.set(0);
    Ok(Value::None)
}
