//! `_csv.Dialect`: the validated, immutable parsing and formatting options
//! (`dialect_new` and its `_set_*` converters in CPython's `Modules/_csv.c`).

use krait_object::args::Args;
use krait_object::error::{type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::native::{native_ref, new_native, GetSetDef, NativeData, TypeSpec, BASETYPE};
use krait_object::object::ObjRef;
use krait_object::protocol;
use krait_object::typeobj::TypeData;
use krait_object::types::str::{new_str, new_string};
use krait_object::Value;

pub const QUOTE_MINIMAL: i64 = 0;
pub const QUOTE_ALL: i64 = 1;
pub const QUOTE_NONNUMERIC: i64 = 2;
pub const QUOTE_NONE: i64 = 3;

/// A code point that is no character (an unset `escapechar`/`quotechar`).
pub const NOT_SET: u32 = u32::MAX - 1;

/// The options as plain data (copied into readers and writers).
#[derive(Clone)]
pub struct Params {
    pub delimiter: u32,
    pub doublequote: bool,
    pub escapechar: u32,
    pub lineterminator: Vec<u32>,
    pub quotechar: u32,
    pub quoting: i64,
    pub skipinitialspace: bool,
    pub strict: bool,
}

pub struct Dialect {
    pub p: Params,
}

impl NativeData for Dialect {}

fn setup(t: &TypeData) {
    t.slots.new.set(Some(dialect_new));
}

static SPEC: TypeSpec = TypeSpec {
    name: "Dialect",
    module: "_csv",
    flags: BASETYPE,
    base: None,
    setup,
    methods: &[],
    class_methods: &[],
    static_methods: &[],
    getsets: &[
        GetSetDef {
            name: "delimiter",
            get: get_delimiter,
            set: None,
        },
        GetSetDef {
            name: "doublequote",
            get: get_doublequote,
            set: None,
        },
        GetSetDef {
            name: "escapechar",
            get: get_escapechar,
            set: None,
        },
        GetSetDef {
            name: "lineterminator",
            get: get_lineterminator,
            set: None,
        },
        GetSetDef {
            name: "quotechar",
            get: get_quotechar,
            set: None,
        },
        GetSetDef {
            name: "quoting",
            get: get_quoting,
            set: None,
        },
        GetSetDef {
            name: "skipinitialspace",
            get: get_skipinitialspace,
            set: None,
        },
        GetSetDef {
            name: "strict",
            get: get_strict,
            set: None,
        },
    ],
    doc: Some("CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n"),
};

crate::native_type!(pub dialect_type, SPEC);

fn params(args: &Args<'_>) -> PyResult<Params> {
    match args.pos().first().and_then(native_ref::<Dialect>) {
        Some(d) => Ok(d.p.clone()),
        None => Err(type_error("descriptor needs a '_csv.Dialect' object")),
    }
}

fn char_value(c: u32) -> Value {
    match char::from_u32(c) {
        Some(ch) if c != NOT_SET => new_string(ch.to_string()),
        _ => Value::None,
    }
}

fn get_delimiter(_: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    Ok(char_value(params(&a)?.delimiter))
}
fn get_doublequote(_: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(params(&a)?.doublequote))
}
fn get_escapechar(_: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    Ok(char_value(params(&a)?.escapechar))
}
fn get_lineterminator(_: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let p = params(&a)?;
    Ok(new_string(
        p.lineterminator
            .iter()
            .filter_map(|&c| char::from_u32(c))
            .collect(),
    ))
}
fn get_quotechar(_: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    Ok(char_value(params(&a)?.quotechar))
}
fn get_quoting(_: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(params(&a)?.quoting))
}
fn get_skipinitialspace(_: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(params(&a)?.skipinitialspace))
}
fn get_strict(_: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    Ok(Value::Bool(params(&a)?.strict))
}

const KWS: [&str; 9] = [
    "dialect",
    "delimiter",
    "doublequote",
    "escapechar",
    "lineterminator",
    "quotechar",
    "quoting",
    "skipinitialspace",
    "strict",
];

/// `_set_char`: a required 1-character string.
fn set_char(name: &str, src: Option<&Value>, dflt: u32) -> PyResult<u32> {
    let Some(src) = src else { return Ok(dflt) };
    let Some(s) = src.as_str_data() else {
        return Err(type_error(format!(
            "\"{name}\" must be string, not {}",
            src.class_name()
        )));
    };
    if s.len() != 1 {
        return Err(type_error(format!(
            "\"{name}\" must be a 1-character string"
        )));
    }
    Ok(s.char_at(0).unwrap_or(NOT_SET))
}

/// `_set_char_or_none`: a 1-character string or None (unset).
fn set_char_or_none(name: &str, src: Option<&Value>, dflt: u32) -> PyResult<u32> {
    let Some(src) = src else { return Ok(dflt) };
    if matches!(src, Value::None) {
        return Ok(NOT_SET);
    }
    let Some(s) = src.as_str_data() else {
        return Err(type_error(format!(
            "\"{name}\" must be string or None, not {}",
            src.class_name()
        )));
    };
    if s.len() != 1 {
        return Err(type_error(format!(
            "\"{name}\" must be a 1-character string"
        )));
    }
    Ok(s.char_at(0).unwrap_or(NOT_SET))
}

fn set_bool(i: &mut dyn Interp, src: Option<&Value>, dflt: bool) -> PyResult<bool> {
    match src {
        None => Ok(dflt),
        Some(v) => protocol::truthy(i, v),
    }
}

/// Builds a dialect of class `cls` from a base dialect (or registered name) and keyword
/// overrides; an unmodified `Dialect` instance is returned as is.
fn dialect_new(i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > KWS.len() {
        return Err(type_error(format!(
            "function takes at most {} arguments ({} given)",
            KWS.len(),
            pos.len() + args.kwnames.len()
        )));
    }
    let mut vals: Vec<Option<Value>> = vec![None; KWS.len()];
    for (k, v) in pos.iter().enumerate() {
        vals[k] = Some(v.clone());
    }
    for (k, v) in args.kwargs() {
        let name = k
            .as_str_data()
            .map(|s| s.lossy().into_owned())
            .unwrap_or_default();
        match KWS.iter().position(|n| *n == name) {
            Some(j) if j < pos.len() => {
                return Err(type_error(format!(
                    "argument for function given by name ('{name}') and position ({})",
                    j + 1
                )))
            }
            Some(j) => vals[j] = Some(v.clone()),
            None => {
                return Err(type_error(format!(
                    "'{name}' is an invalid keyword argument for this function"
                )))
            }
        }
    }
    let mut dialect = vals[0].take();
    if let Some(d) = &dialect {
        if d.as_str_data().is_some() {
            dialect = Some(super::get_dialect_from_registry(i, d)?);
        }
        if let Some(d) = &dialect {
            if native_ref::<Dialect>(d).is_some() && vals[1..].iter().all(|v| v.is_none()) {
                return Ok(d.clone());
            }
        }
    }
    if let Some(d) = &dialect {
        for (k, name) in KWS.iter().enumerate().skip(1) {
            if vals[k].is_none() {
                // CPython clears any error here: a missing attribute means the default.
                vals[k] = protocol::getattr_str(i, d, name).ok();
            }
        }
    }
    let delimiter = set_char("delimiter", vals[1].as_ref(), ',' as u32)?;
    let doublequote = set_bool(i, vals[2].as_ref(), true)?;
    let escapechar = set_char_or_none("escapechar", vals[3].as_ref(), NOT_SET)?;
    let lineterminator = match &vals[4] {
        None => vec!['\r' as u32, '\n' as u32],
        Some(Value::None) => Vec::new(),
        Some(v) => match v.as_str_data() {
            Some(s) => s.code_points().collect(),
            None => return Err(type_error("\"lineterminator\" must be a string")),
        },
    };
    let quotechar = set_char_or_none("quotechar", vals[5].as_ref(), '"' as u32)?;
    let mut quoting = match &vals[6] {
        None => QUOTE_MINIMAL,
        Some(Value::Int(n)) => *n,
        Some(v) if v.class_name() == "int" => {
            return Err(krait_object::error::overflow_error(
                "Python int too large to convert to C int",
            ))
        }
        Some(_) => return Err(type_error("\"quoting\" must be an integer")),
    };
    let skipinitialspace = set_bool(i, vals[7].as_ref(), false)?;
    let strict = set_bool(i, vals[8].as_ref(), false)?;
    if !(QUOTE_MINIMAL..=QUOTE_NONE).contains(&quoting) {
        return Err(type_error("bad \"quoting\" value"));
    }
    if matches!(vals[5], Some(Value::None)) && vals[6].is_none() {
        quoting = QUOTE_NONE;
    }
    if quoting != QUOTE_NONE && quotechar == NOT_SET {
        return Err(type_error("quotechar must be set if quoting enabled"));
    }
    if matches!(vals[4], Some(Value::None)) {
        return Err(type_error("lineterminator must be set"));
    }
    let p = Params {
        delimiter,
        doublequote,
        escapechar,
        lineterminator,
        quotechar,
        quoting,
        skipinitialspace,
        strict,
    };
    Ok(new_native(cls.clone(), Dialect { p }))
}

/// `_call_dialect`: `Dialect(dialect, **kwargs)` (the dialect argument omitted when None).
pub fn call_dialect(
    i: &mut dyn Interp,
    dialect: Option<&Value>,
    args: &Args<'_>,
) -> PyResult<Value> {
    let mut values: Vec<Value> = Vec::new();
    if let Some(d) = dialect {
        values.push(d.clone());
    }
    let mut names = Vec::new();
    for (k, v) in args.kwargs() {
        names.push(k.clone());
        values.push(v.clone());
    }
    let cls = Value::Obj(dialect_type());
    protocol::call(i, &cls, Args::new(&values, &names))
}

/// A `str` of the code points `cps`.
pub fn str_of(cps: &[u32]) -> Value {
    if cps.iter().all(|&c| c < 0x80) {
        let s: String = cps.iter().map(|&c| c as u8 as char).collect();
        return new_str(&s);
    }
    krait_object::types::str::new_str_data(krait_object::types::str::StrData::from_code_points(
        cps.iter().copied(),
    ))
}
