//! The `sys` module: argv, exit, the standard streams, limits and version data (from the
//! bytecode's version), the struct sequences (`version_info`, `flags`, `float_info`,
//! `int_info`, `hash_info`), `modules`, `path`, `exc_info`/`exception`, `intern`,
//! `getsizeof`.
//!
//! `sys.implementation.name` is `'krait'` (honest: this is not CPython); the micro
//! version is 0 because a `.pyc` records only major.minor.

use krait_object::args::Args;
use krait_object::error::{new_error_noargs, type_error, value_error, PyErr, PyResult};
use krait_object::exceptions::new_exception;
use krait_object::interp::Interp;
use krait_object::object::{Payload, PyObject};
use krait_object::protocol;
use krait_object::types::builtin_types;
use krait_object::types::dict::{new_dict, set_by_name, DictData};
use krait_object::types::func::new_builtin;
use krait_object::types::list::new_list;
use krait_object::types::module::{module_dict, new_module, ModuleData};
use krait_object::types::str::new_str;
use krait_object::types::tuple::new_tuple;
use krait_object::Value;

use super::structseq;
use super::vm_of;
use crate::vm::Vm;

const FUNCTIONS: super::FunctionTable = &[
    ("exit", exit),
    ("getrecursionlimit", getrecursionlimit),
    ("setrecursionlimit", setrecursionlimit),
    ("getdefaultencoding", getdefaultencoding),
    ("intern", intern),
    ("getsizeof", getsizeof),
    ("exc_info", exc_info),
    ("exception", exception),
    ("get_int_max_str_digits", get_int_max_str_digits),
    ("set_int_max_str_digits", set_int_max_str_digits),
];

fn env_flag(name: &str) -> i64 {
    i64::from(std::env::var_os(name).is_some_and(|v| !v.is_empty()))
}

pub fn make_sys(vm: &Vm, argv: Vec<String>) -> Value {
    let m = new_module("sys");
    let Some(d) = module_dict(&m) else { return m };
    let minor = i64::from(vm.version.minor());
    let script_dir = argv
        .first()
        .map(std::path::Path::new)
        .and_then(|p| std::fs::canonicalize(p).ok())
        .and_then(|p| p.parent().map(|d| d.display().to_string()))
        .unwrap_or_default();
    set_by_name(
        d,
        "argv",
        new_list(argv.iter().map(|a| new_str(a)).collect()),
    );
    for (name, fd) in [("stdin", 0), ("stdout", 1), ("stderr", 2)] {
        let s = crate::modules::_io::stdio::std_stream(fd);
        set_by_name(d, name, s.clone());
        set_by_name(d, &format!("__{name}__"), s);
    }
    set_by_name(d, "maxsize", Value::Int(i64::MAX));
    set_by_name(d, "maxunicode", Value::Int(0x10FFFF));
    let vi = [
        ("major", Value::Int(3)),
        ("minor", Value::Int(minor)),
        ("micro", Value::Int(0)),
        ("releaselevel", new_str("final")),
        ("serial", Value::Int(0)),
    ];
    set_by_name(
        d,
        "version_info",
        structseq::make("sys", "version_info", &vi),
    );
    set_by_name(d, "hexversion", Value::Int(0x030000f0 | (minor << 16)));
    set_by_name(d, "version", new_str(&format!("3.{minor}.0 (krait)")));
    set_by_name(d, "platform", new_str("linux"));
    set_by_name(d, "byteorder", new_str("little"));
    set_by_name(d, "path", new_list(vec![new_str(&script_dir)]));
    let exe = std::env::current_exe()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    set_by_name(d, "executable", new_str(&exe));
    set_by_name(d, "prefix", new_str(""));
    set_by_name(
        d,
        "builtin_module_names",
        new_tuple(vec![new_str("builtins"), new_str("sys")]),
    );
    // A types.SimpleNamespace, as in CPython (`types.SimpleNamespace` is its type).
    set_by_name(
        d,
        "implementation",
        // A types.SimpleNamespace, as in CPython (types.py takes the type from here).
        krait_object::types::namespace::new_namespace(&[
            ("name", new_str("krait")),
            ("cache_tag", new_str(&format!("cpython-3{minor}"))),
            ("version", structseq::make("sys", "version_info", &vi)),
            ("hexversion", Value::Int(0x030000f0 | (minor << 16))),
            ("_multiarch", new_str("x86_64-linux-gnu")),
        ]),
    );
    let flag = |v: i64| Value::Int(v);
    let hash_random = i64::from(std::env::var("PYTHONHASHSEED").map_or(true, |s| s == "random"));
    set_by_name(
        d,
        "flags",
        structseq::make(
            "sys",
            "flags",
            &[
                ("debug", flag(0)),
                ("inspect", flag(0)),
                ("interactive", flag(0)),
                ("optimize", flag(0)),
                (
                    "dont_write_bytecode",
                    flag(env_flag("PYTHONDONTWRITEBYTECODE")),
                ),
                ("no_user_site", flag(env_flag("PYTHONNOUSERSITE"))),
                ("no_site", flag(0)),
                ("ignore_environment", flag(0)),
                ("verbose", flag(0)),
                ("bytes_warning", flag(0)),
                ("quiet", flag(0)),
                ("hash_randomization", flag(hash_random)),
                ("isolated", flag(0)),
                ("dev_mode", Value::Bool(false)),
                ("utf8_mode", flag(0)),
                ("warn_default_encoding", flag(0)),
                ("safe_path", Value::Bool(false)),
                ("int_max_str_digits", flag(-1)),
            ],
        ),
    );
    set_by_name(
        d,
        "float_info",
        structseq::make(
            "sys",
            "float_info",
            &[
                ("max", Value::Float(f64::MAX)),
                ("max_exp", Value::Int(1024)),
                ("max_10_exp", Value::Int(308)),
                ("min", Value::Float(f64::MIN_POSITIVE)),
                ("min_exp", Value::Int(-1021)),
                ("min_10_exp", Value::Int(-307)),
                ("dig", Value::Int(15)),
                ("mant_dig", Value::Int(53)),
                ("epsilon", Value::Float(f64::EPSILON)),
                ("radix", Value::Int(2)),
                ("rounds", Value::Int(1)),
            ],
        ),
    );
    set_by_name(d, "float_repr_style", new_str("short"));
    set_by_name(
        d,
        "int_info",
        structseq::make(
            "sys",
            "int_info",
            &[
                ("bits_per_digit", Value::Int(30)),
                ("sizeof_digit", Value::Int(4)),
                ("default_max_str_digits", Value::Int(4300)),
                ("str_digits_check_threshold", Value::Int(640)),
            ],
        ),
    );
    set_by_name(
        d,
        "hash_info",
        structseq::make(
            "sys",
            "hash_info",
            &[
                ("width", Value::Int(64)),
                ("modulus", Value::Int((1 << 61) - 1)),
                ("inf", Value::Int(314159)),
                ("nan", Value::Int(0)),
                ("imag", Value::Int(1000003)),
                ("algorithm", new_str("siphash13")),
                ("hash_bits", Value::Int(64)),
                ("seed_bits", Value::Int(128)),
                ("cutoff", Value::Int(0)),
            ],
        ),
    );
    for &(name, f) in FUNCTIONS {
        set_by_name(d, name, new_builtin(name, f));
    }
    super::sys_runtime::install(vm, d);
    let modules = new_dict(DictData::new());
    set_by_name(&modules, "sys", m.clone());
    set_by_name(d, "modules", modules);
    m
}

/// Adds the `builtins` module to `sys.modules` (the builtins dict is made after `sys`) and
/// returns it (`__main__`'s `__builtins__` is the module, as in CPython).
pub fn register_builtins(vm: &Vm) -> Value {
    let builtins = Value::Obj(PyObject::new(
        builtin_types().module.clone(),
        Payload::Module(ModuleData {
            name: "builtins".into(),
            dict: vm.builtins.clone(),
        }),
    ));
    if let Some(mods) = sys_attr(vm, "modules") {
        set_by_name(&mods, "builtins", builtins.clone());
    }
    builtins
}

/// `sys.exit([code])`: raises SystemExit.
fn exit(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.between("exit", 0, 1)?;
    let t = builtin_types();
    Err(match pos.first() {
        None => new_error_noargs(&t.exc.system_exit),
        Some(c) => PyErr::new(new_exception(&t.exc.system_exit, vec![c.clone()])),
    })
}

fn getrecursionlimit(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("sys.getrecursionlimit", 0)?;
    Ok(Value::Int(
        vm_of(i).map_or(1000, |vm| vm.recursion_limit as i64),
    ))
}

fn setrecursionlimit(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("setrecursionlimit", 1)?;
    if matches!(pos[0], Value::Float(_)) {
        return Err(type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = protocol::index_i64(i, &pos[0])?;
    if n < 1 {
        return Err(value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    if let Some(vm) = vm_of(i) {
        let depth = vm.frames.len() + 1;
        if (n as usize) <= depth {
            return Err(krait_object::error::recursion_error(format!(
                "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
            )));
        }
        vm.recursion_limit = n as usize;
    }
    Ok(Value::None)
}

fn getdefaultencoding(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("sys.getdefaultencoding", 0)?;
    Ok(new_str("utf-8"))
}

fn intern(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("intern", 1)?;
    if pos[0].as_str_data().is_none() {
        return Err(type_error(format!(
            "intern() argument must be str, not {}",
            pos[0].class_name()
        )));
    }
    Ok(pos[0].clone())
}

/// `sys.getsizeof(obj)`: CPython 3.11's sizes (64-bit) for the common builtin objects;
/// an estimate for the rest.
fn getsizeof(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.between("getsizeof", 1, 2)?;
    let v = &pos[0];
    let int_size = |bits: u64| 24 + 4 * bits.div_ceil(30).max(1) as i64;
    let n = match v {
        Value::None | Value::Null => 16,
        Value::Bool(b) => {
            if *b {
                28
            } else {
                24
            }
        }
        Value::Int(0) => 24,
        Value::Int(n) => int_size(64 - n.unsigned_abs().leading_zeros() as u64),
        Value::Float(_) => 24,
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => int_size(b.bits()),
            Payload::Str(s) => {
                let max = s.code_points().max().unwrap_or(0);
                let n = s.len() as i64;
                match max {
                    0..=0x7f => 49 + n,
                    0x80..=0xff => 73 + n,
                    0x100..=0xffff => 74 + 2 * n,
                    _ => 76 + 4 * n,
                }
            }
            Payload::Tuple(t) => 40 + 8 * t.len() as i64,
            Payload::List(l) => 56 + 8 * l.borrow().len() as i64,
            Payload::Dict(_) => 64,
            _ => 56,
        },
    };
    Ok(Value::Int(n))
}

fn exc_info(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("sys.exc_info", 0)?;
    let e = vm_of(i).map_or(Value::None, |vm| vm.exc_info.clone());
    if e.is_none() {
        return Ok(new_tuple(vec![Value::None, Value::None, Value::None]));
    }
    let tb = protocol::getattr_str(i, &e, "__traceback__").unwrap_or(Value::None);
    Ok(new_tuple(vec![Value::Obj(e.class()), e, tb]))
}

fn exception(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("sys.exception", 0)?;
    Ok(vm_of(i).map_or(Value::None, |vm| vm.exc_info.clone()))
}

fn get_int_max_str_digits(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("sys.get_int_max_str_digits", 0)?;
    Ok(Value::Int(krait_object::types::int::max_str_digits() as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)` (the numbers area's digit limit).
fn set_int_max_str_digits(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = match (args.pos(), args.kwarg("maxdigits")) {
        ([v], None) if !args.has_kwargs() => v,
        ([], Some(v)) if args.kwnames.len() == 1 => v,
        _ => {
            return Err(type_error(
                "set_int_max_str_digits() takes exactly one argument (maxdigits)",
            ))
        }
    };
    let n = protocol::index_i64(i, v)?;
    krait_object::types::int::set_max_str_digits(n)?;
    Ok(Value::None)
}

/// `sys.<name>` from the VM's sys module.
pub fn sys_attr(vm: &Vm, name: &str) -> Option<Value> {
    krait_object::types::dict::get_by_name(module_dict(&vm.sys)?, name)
}
