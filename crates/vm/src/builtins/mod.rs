//! The `builtins` module: one file per group of functions, each with a `FUNCTIONS` table.
//!
//! **Adding a builtin**: write `fn name(i: &mut dyn Interp, args: Args) -> PyResult<Value>`
//! in the group's file and add `("name", name)` to its `FUNCTIONS` table (or start a new
//! group file and list its table in [`make_builtins`]).

pub mod async_iters;
pub mod attrs;
pub mod build_class;
pub mod compile;
pub mod core;
pub mod format;
pub mod import_fn;
pub mod instancecheck;
pub mod io;
pub mod iters;
pub mod numeric;
pub mod structseq;
pub mod sys;
pub mod sys_runtime;

use krait_object::interp::Interp;
use krait_object::typeobj::NativeFn;
use krait_object::types::builtin_types;
use krait_object::types::dict::{new_dict, set_by_name, DictData};
use krait_object::types::func::new_builtin;
use krait_object::Value;

use crate::vm::Vm;

/// `(name, function)` rows of a builtins group.
pub type FunctionTable = &'static [(&'static str, NativeFn)];

/// The builtins namespace dict.
pub fn make_builtins() -> Value {
    let d = new_dict(DictData::new());
    for table in [
        core::FUNCTIONS,
        io::FUNCTIONS,
        iters::FUNCTIONS,
        async_iters::FUNCTIONS,
        numeric::FUNCTIONS,
        attrs::FUNCTIONS,
        compile::FUNCTIONS,
        import_fn::FUNCTIONS,
    ] {
        for &(name, f) in table {
            set_by_name(&d, name, new_builtin(name, f));
        }
    }
    let t = builtin_types();
    let types = [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("enumerate", &t.enumerate),
        ("zip", &t.zip),
        ("map", &t.map),
        ("filter", &t.filter),
        ("reversed", &t.reversed),
    ];
    for (name, cls) in types {
        set_by_name(&d, name, Value::Obj(cls.clone()));
    }
    let mv = krait_object::types::memoryview::memoryview_type();
    set_by_name(&d, "memoryview", Value::Obj(mv));
    for (name, cls) in &t.exc.all {
        set_by_name(&d, name, Value::Obj(cls.clone()));
    }
    set_by_name(&d, "EnvironmentError", Value::Obj(t.exc.os_error.clone()));
    set_by_name(&d, "IOError", Value::Obj(t.exc.os_error.clone()));
    set_by_name(&d, "None", Value::None);
    set_by_name(&d, "True", Value::Bool(true));
    set_by_name(&d, "False", Value::Bool(false));
    set_by_name(&d, "NotImplemented", t.not_implemented.clone());
    set_by_name(&d, "Ellipsis", t.ellipsis.clone());
    set_by_name(
        &d,
        "__name__",
        krait_object::types::str::new_str("builtins"),
    );
    set_by_name(&d, "__debug__", Value::Bool(true));
    build_class::register(&d);
    d
}

/// The VM behind an `Interp` (every `Interp` in krait is the `Vm`).
pub fn vm_of(i: &mut dyn Interp) -> Option<&mut Vm> {
    i.as_any_mut().downcast_mut::<Vm>()
}
