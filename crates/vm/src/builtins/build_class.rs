//! The class statement's runtime: `builtins.__build_class__(func, name, *bases,
//! metaclass=…, **kw)` (CPython's `builtin___build_class__`), the zero-argument `super()`
//! frame inspection, and the class machinery's builtins (`property`, `classmethod`,
//! `staticmethod`, `super`).

use krait_object::args::Args;
use krait_object::descr::class_types;
use krait_object::error::{runtime_error, type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::object::{ObjRef, Payload};
use krait_object::protocol;
use krait_object::types::builtin_types;
use krait_object::types::class::calculate_metaclass;
use krait_object::types::dict::{as_dict, new_dict, set_by_name, DictData};
use krait_object::types::tuple::new_tuple;
use krait_object::Value;

use crate::vm::Vm;

/// Registers `__build_class__` and the class machinery's types in the builtins dict.
pub fn register(builtins: &Value) {
    let ct = class_types();
    set_by_name(
        builtins,
        "__build_class__",
        krait_object::types::func::new_builtin("__build_class__", build_class),
    );
    for (name, t) in [
        ("property", &ct.property),
        ("classmethod", &ct.classmethod),
        ("staticmethod", &ct.staticmethod),
        ("super", &ct.super_),
    ] {
        set_by_name(builtins, name, Value::Obj(t.clone()));
    }
}

fn vm_of(i: &mut dyn Interp) -> PyResult<&mut Vm> {
    i.as_any_mut()
        .downcast_mut::<Vm>()
        .ok_or_else(|| runtime_error("__build_class__ needs the VM"))
}

fn build_class(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let func = &pos[0];
    let Some(fobj) = func
        .as_obj()
        .filter(|f| matches!(f.payload, Payload::Function(_)))
    else {
        return Err(type_error("__build_class__: func must be a function"));
    };
    let name = &pos[1];
    if name.as_str_data().is_none() {
        return Err(type_error("__build_class__: name is not a string"));
    }
    let orig_bases: Vec<Value> = pos[2..].to_vec();
    let bases = update_bases(i, &orig_bases)?;
    let bases_changed =
        bases.len() != orig_bases.len() || bases.iter().zip(&orig_bases).any(|(a, b)| !a.is(b));
    // Class keywords: `metaclass` is taken out, the rest go to the metaclass.
    let mut meta: Option<Value> = None;
    let mut kw_names: Vec<Value> = Vec::new();
    let mut kw_values: Vec<Value> = Vec::new();
    for (k, v) in args.kwargs() {
        if k.as_str_data()
            .is_some_and(|s| s.as_bytes() == b"metaclass")
        {
            meta = Some(v.clone());
        } else {
            kw_names.push(k.clone());
            kw_values.push(v.clone());
        }
    }
    let explicit = meta.is_some();
    let mut meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => Value::Obj(b.class()),
            None => Value::Obj(builtin_types().type_.clone()),
        },
    };
    if let Value::Obj(m) = &meta {
        if m.as_type().is_some() && (explicit || !bases.is_empty()) {
            meta = Value::Obj(calculate_metaclass(m, &bases)?);
        }
    }
    let bases_tuple = new_tuple(bases);
    // The namespace: `meta.__prepare__(name, bases, **kw)`, or a new dict.
    let ns = match protocol::getattr_str(i, &meta, "__prepare__") {
        Ok(prep) => {
            let mut a = vec![name.clone(), bases_tuple.clone()];
            a.extend(kw_values.iter().cloned());
            protocol::call(i, &prep, Args::new(&a, &kw_names))?
        }
        Err(e) if e.matches(&builtin_types().exc.attribute_error) => new_dict(DictData::new()),
        Err(e) => return Err(e),
    };
    if as_dict(&ns).is_none() {
        let mname = match &meta {
            Value::Obj(m) if m.as_type().is_some() => protocol::td(m).name(),
            _ => "<metaclass>".into(),
        };
        return Err(type_error(format!(
            "{mname}.__prepare__() must return a mapping, not {}",
            ns.class_name()
        )));
    }
    let cell = run_body(vm_of(i)?, fobj, ns.clone())?;
    if bases_changed {
        protocol::setitem(
            i,
            &ns,
            &krait_object::types::str::new_str("__orig_bases__"),
            new_tuple(orig_bases),
        )?;
    }
    let mut a = vec![name.clone(), bases_tuple, ns];
    a.extend(kw_values);
    let cls = protocol::call(i, &meta, Args::new(&a, &kw_names))?;
    if let Some(Payload::Cell(c)) = cell.payload() {
        let set = c.borrow().clone();
        if !set.is(&cls) && cls.as_obj().is_some_and(|o| o.as_type().is_some()) {
            let msg = if set.is_null() {
                format!(
                    "__class__ not set defining {} as {}. Was __classcell__ propagated to type.__new__?",
                    protocol::repr_string(i, name)?,
                    protocol::repr_string(i, &cls)?
                )
            } else {
                format!(
                    "__class__ set to {} defining {} as {}",
                    protocol::repr_string(i, &set)?,
                    protocol::repr_string(i, name)?,
                    protocol::repr_string(i, &cls)?
                )
            };
            return Err(runtime_error(msg));
        }
    }
    Ok(cls)
}

/// PEP 560 (`update_bases` in bltinmodule.c): a base that is not a class but has
/// `__mro_entries__` is replaced by the tuple that method returns for the original bases.
fn update_bases(i: &mut dyn Interp, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut out: Vec<Value> = Vec::with_capacity(bases.len());
    let mut orig: Option<Value> = None;
    for b in bases {
        if b.as_obj().is_some_and(|o| o.as_type().is_some()) {
            out.push(b.clone());
            continue;
        }
        let meth = match protocol::getattr_str(i, b, "__mro_entries__") {
            Ok(m) => m,
            Err(e) if e.matches(&builtin_types().exc.attribute_error) => {
                out.push(b.clone());
                continue;
            }
            Err(e) => return Err(e),
        };
        let orig_t = orig
            .get_or_insert_with(|| new_tuple(bases.to_vec()))
            .clone();
        let r = protocol::call0(i, &meth, &[orig_t])?;
        match r.payload() {
            Some(Payload::Tuple(items)) => out.extend(items.iter().cloned()),
            _ => return Err(type_error("__mro_entries__ must return a tuple")),
        }
    }
    Ok(out)
}

/// Runs a class body function with `ns` as its locals; returns what it returns (the
/// `__class__` cell, or None).
fn run_body(vm: &mut Vm, func: &ObjRef, ns: Value) -> PyResult<Value> {
    let ret_sp = vm.stack.len();
    let mut frame = crate::ops::calls::bind_frame(vm, func, Args::positional(&[]), ret_sp, true)?;
    frame.locals = ns;
    vm.push_frame(frame)?;
    vm.native_depth += 1;
    let r = vm.run_loop();
    vm.native_depth -= 1;
    r
}

/// Zero-argument `super()`: the calling frame's `__class__` cell and first argument.
pub fn super_args(vm: &Vm) -> PyResult<(Value, Value)> {
    let Some(f) = vm.frames.last() else {
        return Err(runtime_error("super(): no current frame"));
    };
    let code = &f.code;
    if code.argcount == 0 && code.co.flags & krait_loader::code::flags::VARARGS == 0 {
        return Err(runtime_error("super(): no arguments"));
    }
    let mut first = vm.stack.get(f.base).cloned().unwrap_or(Value::Null);
    // `self` captured by an inner function lives in a cell (MAKE_CELL).
    let is_cell = code
        .co
        .localspluskinds
        .first()
        .is_some_and(|k| k & krait_loader::code::kind::CELL != 0);
    if is_cell {
        if let Some(Payload::Cell(c)) = first.payload() {
            let inner = c.borrow().clone();
            first = inner;
        }
    }
    if first.is_null() {
        return Err(runtime_error("super(): arg[0] deleted"));
    }
    let pos = code.localsplus_names.iter().enumerate().position(|(j, n)| {
        code.co
            .localspluskinds
            .get(j)
            .is_some_and(|k| k & krait_loader::code::kind::FREE != 0)
            && n.as_str_data()
                .is_some_and(|s| s.as_bytes() == b"__class__")
    });
    let Some(k) = pos else {
        return Err(runtime_error("super(): __class__ cell not found"));
    };
    let cell = vm.stack.get(f.base + k).cloned().unwrap_or(Value::Null);
    let cls = match cell.payload() {
        Some(Payload::Cell(c)) => c.borrow().clone(),
        _ => Value::Null,
    };
    if cls.is_null() {
        return Err(runtime_error("super(): empty __class__ cell"));
    }
    if !protocol::is_type(&cls) {
        return Err(runtime_error(format!(
            "super(): __class__ is not a type ({})",
            cls.class_name()
        )));
    }
    Ok((cls, first))
}

/// `__name__` of the running frame's globals.
pub fn module_name(vm: &Vm) -> Value {
    vm.frames
        .last()
        .and_then(|f| as_dict(&f.globals).and_then(|d| d.borrow().get_str("__name__")))
        .unwrap_or(Value::None)
}
