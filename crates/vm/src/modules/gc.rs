//! `gc` (Modules/gcmodule.c) over `krait_object::gc`: one generation (krait's collector
//! is not generational, so `collect(0..=2)` all run a full collection), CPython's
//! threshold triple and statistics shapes, `callbacks` called around explicit
//! collections, `get_objects`/`get_referents`/`get_referrers` over the tracked objects.

use std::cell::{Cell, RefCell};

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::{type_error, value_error, PyResult};
use krait_object::types::dict::{new_dict, set_by_name, DictData};
use krait_object::types::list::new_list;
use krait_object::types::str::new_str;
use krait_object::types::tuple::new_tuple;
use krait_object::{protocol, Interp, ObjRef, Value};

use super::{new_module_with, set_attr};
use crate::builtins::vm_of;
use crate::vm::Vm;

thread_local! {
    static ENABLED: Cell<bool> = const { Cell::new(true) };
    static THRESHOLDS: Cell<(i64, i64, i64)> = const { Cell::new((700, 10, 10)) };
    static DEBUG: Cell<i64> = const { Cell::new(0) };
    static FROZEN: Cell<i64> = const { Cell::new(0) };
    /// The module object (for `gc.callbacks` and `gc.garbage`).
    static MODULE: RefCell<Option<Value>> = const { RefCell::new(None) };
}

fn apply_enabled() {
    let on = ENABLED.with(Cell::get) && THRESHOLDS.with(Cell::get).0 != 0;
    krait_object::gc::set_enabled(on);
}

fn enable(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("enable", 0)?;
    ENABLED.with(|e| e.set(true));
    apply_enabled();
    Ok(Value::None)
}

fn disable(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("disable", 0)?;
    ENABLED.with(|e| e.set(false));
    apply_enabled();
    Ok(Value::None)
}

fn isenabled(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("isenabled", 0)?;
    Ok(Value::Bool(ENABLED.with(Cell::get)))
}

fn info_dict(generation: i64, collected: i64) -> Value {
    let d = new_dict(DictData::new());
    set_by_name(&d, "generation", Value::Int(generation));
    set_by_name(&d, "collected", Value::Int(collected));
    set_by_name(&d, "uncollectable", Value::Int(0));
    d
}

/// Calls every `gc.callbacks` entry with `(phase, info)`.
fn run_callbacks(vm: &mut Vm, phase: &str, info: &Value) -> PyResult<()> {
    let Some(m) = MODULE.with(|m| m.borrow().clone()) else {
        return Ok(());
    };
    let Some(cbs) = krait_object::types::module::module_dict(&m)
        .and_then(|d| krait_object::types::dict::get_by_name(d, "callbacks"))
    else {
        return Ok(());
    };
    let cbs = protocol::collect(vm, &cbs)?;
    for cb in cbs {
        let args = [new_str(phase), info.clone()];
        if let Err(e) = protocol::call0(vm, &cb, &args) {
            super::_weakref::report_unraisable(
                vm,
                "Exception ignored in garbage collector callback ",
                &cb,
                &e,
            );
        }
    }
    Ok(())
}

/// `gc.collect(generation=2)`: a full collection; the number of unreachable objects.
fn collect(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    static SIG: Sig = Sig {
        fname: "collect",
        names: &["generation"],
        posonly: 0,
        required: 0,
    };
    let a = parse(&args, &SIG)?;
    let generation = match &a[0] {
        None => 2,
        Some(v) => protocol::index_i64(i, v)?,
    };
    if !(0..=2).contains(&generation) {
        return Err(value_error("invalid generation"));
    }
    let Some(vm) = vm_of(i) else {
        return Ok(Value::Int(krait_object::gc::collect() as i64));
    };
    run_callbacks(vm, "start", &info_dict(generation, 0))?;
    let n = krait_object::gc::collect() as i64;
    super::_weakref::run_pending(vm);
    vm.run_finalizers();
    run_callbacks(vm, "stop", &info_dict(generation, n))?;
    Ok(Value::Int(n))
}

fn get_count(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("get_count", 0)?;
    let n = krait_object::gc::count_since_collection() as i64;
    Ok(new_tuple(vec![Value::Int(n), Value::Int(0), Value::Int(0)]))
}

fn get_threshold(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("get_threshold", 0)?;
    let (a, b, c) = THRESHOLDS.with(Cell::get);
    Ok(new_tuple(vec![Value::Int(a), Value::Int(b), Value::Int(c)]))
}

fn set_threshold(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(type_error("set_threshold() takes no keyword arguments"));
    }
    let pos = args.pos();
    if pos.is_empty() || pos.len() > 3 {
        return Err(type_error(format!(
            "set_threshold() takes {} ({} given)",
            if pos.is_empty() {
                "at least 1 argument"
            } else {
                "at most 3 arguments"
            },
            pos.len()
        )));
    }
    let mut t = THRESHOLDS.with(Cell::get);
    let mut vals = Vec::new();
    for v in pos {
        if !matches!(v, Value::Int(_) | Value::Bool(_))
            && v.as_obj()
                .is_none_or(|o| !matches!(o.payload, krait_object::Payload::Int(_)))
        {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.class_name()
            )));
        }
        vals.push(protocol::index_i64(i, v)?);
    }
    t.0 = vals[0];
    if let Some(&b) = vals.get(1) {
        t.1 = b;
    }
    if let Some(&c) = vals.get(2) {
        t.2 = c;
    }
    THRESHOLDS.with(|x| x.set(t));
    if t.0 > 0 {
        krait_object::gc::set_threshold(t.0 as usize);
    }
    apply_enabled();
    Ok(Value::None)
}

fn is_tracked(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("is_tracked", 1)?;
    Ok(Value::Bool(
        pos[0].as_obj().is_some_and(|o| o.is_gc_tracked()),
    ))
}

fn is_finalized(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("is_finalized", 1)?;
    Ok(Value::Bool(false))
}

fn get_objects(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    static SIG: Sig = Sig {
        fname: "get_objects",
        names: &["generation"],
        posonly: 0,
        required: 0,
    };
    let a = parse(&args, &SIG)?;
    if let Some(g) = a[0].as_ref().filter(|v| !v.is_none()) {
        let g = protocol::index_i64(i, g)?;
        if g >= 3 {
            return Err(value_error(
                "generation parameter must be less than the number of available generations (3)",
            ));
        }
        if g < 0 {
            return Err(value_error("generation parameter cannot be negative"));
        }
    }
    let objs = krait_object::gc::tracked_objects();
    Ok(new_list(objs.into_iter().map(Value::Obj).collect()))
}

/// The objects `o` references directly (its traverse).
fn referents(o: &ObjRef) -> Vec<Value> {
    let mut out = Vec::new();
    let cls = o.class();
    // CPython's traverse visits the type only for instances of heap types.
    let skip_cls = !protocol::td(&cls).has_flag(krait_object::typeobj::flags::HEAPTYPE);
    let _ = o.traverse(&mut |c| {
        if !(skip_cls && std::rc::Rc::ptr_eq(c, &cls)) {
            out.push(Value::Obj(c.clone()));
        }
    });
    out
}

fn get_referents(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("get_referents")?;
    let mut out = Vec::new();
    for v in args.pos() {
        if let Some(o) = v.as_obj().filter(|o| o.is_gc_tracked()) {
            out.extend(referents(o));
        }
    }
    Ok(new_list(out))
}

fn get_referrers(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("get_referrers")?;
    let targets: Vec<Value> = args.pos().to_vec();
    let mut out = Vec::new();
    for o in krait_object::gc::tracked_objects() {
        let mut hit = false;
        let _ = o.traverse(&mut |c| {
            if targets
                .iter()
                .any(|t| t.as_obj().is_some_and(|t| std::rc::Rc::ptr_eq(t, c)))
            {
                hit = true;
            }
        });
        if hit {
            out.push(Value::Obj(o));
        }
    }
    Ok(new_list(out))
}

fn get_stats(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("get_stats", 0)?;
    let (collections, collected) = krait_object::gc::stats();
    let mut gens = Vec::new();
    for g in 0..3 {
        let d = new_dict(DictData::new());
        let (c, n) = if g == 2 {
            (collections as i64, collected as i64)
        } else {
            (0, 0)
        };
        set_by_name(&d, "collections", Value::Int(c));
        set_by_name(&d, "collected", Value::Int(n));
        set_by_name(&d, "uncollectable", Value::Int(0));
        gens.push(d);
    }
    Ok(new_list(gens))
}

fn get_debug(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("get_debug", 0)?;
    Ok(Value::Int(DEBUG.with(Cell::get)))
}

fn set_debug(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("set_debug", 1)?;
    let n = protocol::index_i64(i, &pos[0])?;
    DEBUG.with(|d| d.set(n));
    Ok(Value::None)
}

fn freeze(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("freeze", 0)?;
    FROZEN.with(|f| f.set(krait_object::gc::tracked_count() as i64));
    Ok(Value::None)
}

fn unfreeze(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("unfreeze", 0)?;
    FROZEN.with(|f| f.set(0));
    Ok(Value::None)
}

fn get_freeze_count(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("get_freeze_count", 0)?;
    Ok(Value::Int(FROZEN.with(Cell::get)))
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with(
        "gc",
        &[
            ("enable", enable),
            ("disable", disable),
            ("isenabled", isenabled),
            ("collect", collect),
            ("get_count", get_count),
            ("get_threshold", get_threshold),
            ("set_threshold", set_threshold),
            ("is_tracked", is_tracked),
            ("is_finalized", is_finalized),
            ("get_objects", get_objects),
            ("get_referents", get_referents),
            ("get_referrers", get_referrers),
            ("get_stats", get_stats),
            ("get_debug", get_debug),
            ("set_debug", set_debug),
            ("freeze", freeze),
            ("unfreeze", unfreeze),
            ("get_freeze_count", get_freeze_count),
        ],
    );
    set_attr(&m, "garbage", new_list(Vec::new()));
    set_attr(&m, "callbacks", new_list(Vec::new()));
    for (name, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        set_attr(&m, name, Value::Int(v));
    }
    MODULE.with(|x| *x.borrow_mut() = Some(m.clone()));
    Ok(m)
}
