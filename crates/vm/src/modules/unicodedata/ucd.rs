//! `unicodedata.UCD`: the type of `ucd_3_2_0`, whose methods are the module's
//! functions answering as Unicode 3.2.0. Not instantiable from Python.

use krait_object::args::Args;
use krait_object::error::{attribute_error, type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::native::{make_type, new_native, GetSetDef, NativeData, TypeSpec};
use krait_object::object::ObjRef;
use krait_object::typeobj::TypeData;
use krait_object::types::str::new_str;
use krait_object::types::MethodDef;
use krait_object::Value;
use krait_unicode::Ucd;

/// The state of a `UCD` object: nothing (the only instance is the 3.2.0 view).
struct UcdData;

impl NativeData for UcdData {}

macro_rules! methods {
    ($($name:literal => $f:ident),* $(,)?) => {
        &[$(MethodDef {
            name: $name,
            func: |i: &mut dyn Interp, a: Args| super::$f(i, a, Ucd::V3_2_0),
        }),*]
    };
}

/// `UCD()` is refused, as in CPython (no `tp_new`).
fn setup(t: &TypeData) {
    t.slots.new.set(Some(|_, _, _| {
        Err(type_error("cannot create 'unicodedata.UCD' instances"))
    }));
}

fn set_version(_: &mut dyn Interp, _: Args) -> PyResult<Value> {
    Err(attribute_error("readonly attribute"))
}

fn get_version(_: &mut dyn Interp, _: Args) -> PyResult<Value> {
    Ok(new_str("3.2.0"))
}

static SPEC: TypeSpec = TypeSpec {
    methods: methods![
        "bidirectional" => bidirectional,
        "category" => category,
        "combining" => combining,
        "decimal" => decimal,
        "decomposition" => decomposition,
        "digit" => digit,
        "east_asian_width" => east_asian_width,
        "is_normalized" => is_normalized,
        "lookup" => lookup,
        "mirrored" => mirrored,
        "name" => name,
        "normalize" => normalize,
        "numeric" => numeric,
    ],
    getsets: &[GetSetDef {
        name: "unidata_version",
        get: get_version,
        set: Some(set_version),
    }],
    ..TypeSpec::new("UCD", "unicodedata", setup)
};

thread_local! {
    static UCD_TYPE: ObjRef = make_type(&SPEC);
}

pub fn ucd_type() -> ObjRef {
    UCD_TYPE.with(|t| t.clone())
}

pub fn ucd_3_2_0() -> Value {
    new_native(ucd_type(), UcdData)
}
