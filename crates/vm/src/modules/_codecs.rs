//! `_codecs` (Modules/_codecsmodule.c, Python/codecs.c): the codec registry that
//! `codecs.py` and the `encodings` package are built on, the error-handler registry, and
//! the UTF-8/ASCII/Latin-1 codec functions (over `krait_object::types::codecs`).
//!
//! As in CPython, the first lookup imports `encodings`, whose search function then
//! registers itself; results are cached by normalized name.

use std::cell::RefCell;

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::{new_error, type_error, PyResult};
use krait_object::types::bytes::{bytes_of, new_bytes};
use krait_object::types::codecs::{self, Codec};
use krait_object::types::str::{new_str, new_str_data, StrData};
use krait_object::types::tuple::new_tuple;
use krait_object::{builtin_types, protocol, Interp, Value};

use super::new_module_with;
use crate::builtins::vm_of;
use crate::vm::Vm;

thread_local! {
    static SEARCH: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    static CACHE: RefCell<Vec<(String, Value)>> = const { RefCell::new(Vec::new()) };
    static ERRORS: RefCell<Vec<(String, Value)>> = const { RefCell::new(Vec::new()) };
}

fn lookup_error_exc(msg: String) -> krait_object::error::PyErr {
    new_error(&builtin_types().exc.lookup_error, msg)
}

fn str_arg(v: &Value, f: &str, what: &str) -> PyResult<String> {
    v.as_str_data()
        .map(|s| s.lossy().into_owned())
        .ok_or_else(|| {
            type_error(format!(
                "{f}() argument {what} must be str, not {}",
                v.class_name()
            ))
        })
}

/// `normalizestring`: lower case, spaces to hyphens.
fn normalize(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c == ' ' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

fn register(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("register", 1)?;
    if !protocol::is_callable(&a[0]) {
        return Err(type_error("argument must be callable"));
    }
    SEARCH.with(|s| s.borrow_mut().push(a[0].clone()));
    Ok(Value::None)
}

fn unregister(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("unregister", 1)?;
    SEARCH.with(|s| s.borrow_mut().retain(|f| !f.is(&a[0])));
    CACHE.with(|c| c.borrow_mut().clear());
    Ok(Value::None)
}

/// `_PyCodec_Lookup`.
pub fn lookup_codec(i: &mut dyn Interp, encoding: &str) -> PyResult<Value> {
    let key = normalize(encoding);
    if let Some(hit) = CACHE.with(|c| {
        c.borrow()
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.clone())
    }) {
        return Ok(hit);
    }
    if SEARCH.with(|s| s.borrow().is_empty()) {
        let vm = vm_of(i).ok_or_else(|| type_error("_codecs needs the VM"))?;
        let globals = Value::None;
        crate::import::import_module_level(vm, &new_str("encodings"), &globals, &Value::None, 0)?;
    }
    let funcs = SEARCH.with(|s| s.borrow().clone());
    for f in funcs {
        let r = protocol::call0(i, &f, &[new_str(&key)])?;
        if r.is_none() {
            continue;
        }
        let ok =
            matches!(r.payload(), Some(krait_object::object::Payload::Tuple(t)) if t.len() == 4);
        if !ok {
            return Err(type_error("codec search functions must return 4-tuples"));
        }
        CACHE.with(|c| c.borrow_mut().push((key.clone(), r.clone())));
        return Ok(r);
    }
    Err(lookup_error_exc(format!("unknown encoding: {encoding}")))
}

fn lookup(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("lookup", 1)?;
    let enc = str_arg(&a[0], "lookup", "")?;
    lookup_codec(i, &enc)
}

fn forget_codec(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("_forget_codec", 1)?;
    let key = normalize(&str_arg(&a[0], "_forget_codec", "")?);
    CACHE.with(|c| c.borrow_mut().retain(|(k, _)| *k != key));
    Ok(Value::None)
}

const CODEC_SIG: &[&str] = &["obj", "encoding", "errors"];

/// `codecs.encode`/`codecs.decode`: item 0 or 1 of the codec info, called.
fn run_codec(
    i: &mut dyn Interp,
    args: Args<'_>,
    fname: &'static str,
    which: usize,
) -> PyResult<Value> {
    let a = parse(
        &args,
        &Sig {
            fname,
            names: CODEC_SIG,
            posonly: 0,
            required: 1,
        },
    )?;
    let obj = a[0].clone().unwrap_or(Value::None);
    let enc = match &a[1] {
        Some(e) => str_arg(e, fname, "'encoding'")?,
        None => "utf-8".into(),
    };
    let errors = match &a[2] {
        Some(e) => e.clone(),
        None => new_str("strict"),
    };
    let info = lookup_codec(i, &enc)?;
    let f = protocol::getitem(i, &info, &Value::Int(which as i64))?;
    let r = protocol::call0(i, &f, &[obj, errors])?;
    match r.payload() {
        Some(krait_object::object::Payload::Tuple(t)) if t.len() == 2 => Ok(t[0].clone()),
        _ => Err(type_error(if which == 0 {
            "encoder must return a tuple (object, integer)"
        } else {
            "decoder must return a tuple (object,integer)"
        })),
    }
}

fn encode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    run_codec(i, args, "encode", 0)
}

fn decode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    run_codec(i, args, "decode", 1)
}

fn register_error(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("register_error", 2)?;
    let name = str_arg(&a[0], "register_error", "1")?;
    if !protocol::is_callable(&a[1]) {
        return Err(type_error("handler must be callable"));
    }
    ERRORS.with(|e| {
        let mut e = e.borrow_mut();
        e.retain(|(k, _)| *k != name);
        e.push((name, a[1].clone()));
    });
    Ok(Value::None)
}

const BUILTIN_HANDLERS: &[&str] = &[
    "strict",
    "ignore",
    "replace",
    "xmlcharrefreplace",
    "backslashreplace",
    "namereplace",
    "surrogateescape",
    "surrogatepass",
];

fn lookup_error(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("lookup_error", 1)?;
    let name = str_arg(&a[0], "lookup_error", "")?;
    if let Some(h) = ERRORS.with(|e| {
        e.borrow()
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.clone())
    }) {
        return Ok(h);
    }
    if let Some(&n) = BUILTIN_HANDLERS.iter().find(|h| **h == name) {
        let f: krait_object::typeobj::NativeFn = match n {
            "strict" => strict_errors,
            _ => unsupported_handler,
        };
        let name: &'static str = match n {
            "strict" => "strict_errors",
            "ignore" => "ignore_errors",
            "replace" => "replace_errors",
            "xmlcharrefreplace" => "xmlcharrefreplace_errors",
            "backslashreplace" => "backslashreplace_errors",
            "namereplace" => "namereplace_errors",
            "surrogateescape" => "surrogateescape",
            _ => "surrogatepass",
        };
        return Ok(krait_object::types::func::new_builtin(name, f));
    }
    Err(lookup_error_exc(format!(
        "unknown error handler name '{name}'"
    )))
}

/// `strict_errors(exc)`: raises `exc`.
fn strict_errors(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = args.exact("strict_errors", 1)?;
    if !protocol::isinstance(&a[0], &builtin_types().exc.base_exception) {
        return Err(type_error("codec must pass exception instance"));
    }
    match &a[0] {
        Value::Obj(o) => Err(krait_object::error::PyErr::new(o.clone())),
        _ => Err(type_error("codec must pass exception instance")),
    }
}

fn unsupported_handler(_i: &mut dyn Interp, _args: Args<'_>) -> PyResult<Value> {
    Err(type_error(
        "krait: calling codec error handlers from Python is not supported yet",
    ))
}

fn errors_of(v: &Option<Value>) -> PyResult<String> {
    match v {
        None => Ok("strict".into()),
        Some(x) if x.is_none() => Ok("strict".into()),
        Some(x) => str_arg(x, "codec", "'errors'"),
    }
}

fn encoder(args: &Args<'_>, fname: &'static str, codec: Codec) -> PyResult<Value> {
    let a = parse(
        args,
        &Sig {
            fname,
            names: &["str", "errors"],
            posonly: 2,
            required: 1,
        },
    )?;
    let s = a[0].clone().unwrap_or(Value::None);
    let Some(data) = s.as_str_data() else {
        return Err(type_error(format!(
            "{fname}() argument 1 must be str, not {}",
            s.class_name()
        )));
    };
    let cps: Vec<u32> = data.code_points().collect();
    let out = codecs::encode(&cps, codec, &errors_of(&a[1])?)?;
    Ok(new_tuple(vec![
        new_bytes(out),
        Value::Int(cps.len() as i64),
    ]))
}

/// How many bytes at the end of `b` start a UTF-8 sequence that is not complete yet.
fn incomplete_tail(b: &[u8]) -> usize {
    for back in 1..=3.min(b.len()) {
        let c = b[b.len() - back];
        if c & 0xc0 == 0x80 {
            continue;
        }
        let need = match c {
            0xc2..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf4 => 4,
            _ => return 0,
        };
        return if back < need { back } else { 0 };
    }
    0
}

fn decoder(
    i: &mut dyn Interp,
    args: &Args<'_>,
    fname: &'static str,
    codec: Codec,
) -> PyResult<Value> {
    let a = parse(
        args,
        &Sig {
            fname,
            names: &["data", "errors", "final"],
            posonly: 3,
            required: 1,
        },
    )?;
    let d = a[0].clone().unwrap_or(Value::None);
    let Some(mut b) = bytes_of(&d).or_else(|| krait_object::types::memoryview::view_bytes(&d))
    else {
        return Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            d.class_name()
        )));
    };
    let fin = match &a[2] {
        Some(v) => protocol::truthy(i, v)?,
        None => codec != Codec::Utf8,
    };
    if !fin && codec == Codec::Utf8 {
        let keep = incomplete_tail(&b);
        b.truncate(b.len() - keep);
    }
    let cps = codecs::decode(&b, codec, &errors_of(&a[1])?)?;
    Ok(new_tuple(vec![
        new_str_data(StrData::from_code_points(cps)),
        Value::Int(b.len() as i64),
    ]))
}

fn utf_8_encode(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    encoder(&args, "utf_8_encode", Codec::Utf8)
}
fn utf_8_decode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    decoder(i, &args, "utf_8_decode", Codec::Utf8)
}
fn ascii_encode(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    encoder(&args, "ascii_encode", Codec::Ascii)
}
fn ascii_decode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    decoder(i, &args, "ascii_decode", Codec::Ascii)
}
fn latin_1_encode(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    encoder(&args, "latin_1_encode", Codec::Latin1)
}
fn latin_1_decode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    decoder(i, &args, "latin_1_decode", Codec::Latin1)
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    Ok(new_module_with(
        "_codecs",
        &[
            ("register", register),
            ("unregister", unregister),
            ("lookup", lookup),
            ("_forget_codec", forget_codec),
            ("encode", encode),
            ("decode", decode),
            ("register_error", register_error),
            ("lookup_error", lookup_error),
            ("utf_8_encode", utf_8_encode),
            ("utf_8_decode", utf_8_decode),
            ("ascii_encode", ascii_encode),
            ("ascii_decode", ascii_decode),
            ("latin_1_encode", latin_1_encode),
            ("latin_1_decode", latin_1_decode),
        ],
    ))
}
