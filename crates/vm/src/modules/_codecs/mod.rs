//! `_codecs` (Modules/_codecsmodule.c and Python/codecs.c): the codec registry
//! (`register`, `unregister`, `lookup` with its cache, `encode`/`decode`,
//! `_forget_codec`), the error-handler registry (`register_error`/`lookup_error` with
//! CPython's eight builtin handlers as callable functions, in `handlers.rs`), and the
//! codec functions the `encodings.*` modules call (`funcs.rs`, `escape.rs`,
//! `charmap.rs`). The loops of the native codecs are in krait_object's
//! `types/codecs*.rs`, shared with `str.encode`/`bytes.decode`.
//!
//! Like CPython, the first lookup imports the `encodings` package, which registers
//! `encodings.search_function`.

mod charmap;
mod escape;
mod funcs;
mod handlers;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use krait_object::args::Args;
use krait_object::error::{new_error, type_error, PyResult};
use krait_object::types::builtin_types;
use krait_object::types::bytes::{bytes_of, new_bytes};
use krait_object::types::codecs::{set_hooks, CodecHooks};
use krait_object::types::str::new_str;
use krait_object::{protocol, Interp, Value};

use super::new_module_with;
use super::support::check_pos;
use crate::builtins::vm_of;
use crate::vm::Vm;

thread_local! {
    static SEARCH: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    static CACHE: RefCell<Option<HashMap<String, Value>>> = const { RefCell::new(None) };
    static ERRORS: RefCell<Option<HashMap<String, Value>>> = const { RefCell::new(None) };
    static IMPORTED: Cell<bool> = const { Cell::new(false) };
}

static HOOKS: CodecHooks = CodecHooks {
    registry: registry_hook,
    error_handler: lookup_error_value,
};

/// Installs the hooks `str.encode`/`bytes.decode` use for non-native encodings.
pub fn install_hooks() {
    set_hooks(&HOOKS);
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    install_hooks();
    let m = new_module_with("_codecs", FUNCTIONS);
    Ok(m)
}

static FUNCTIONS: crate::builtins::FunctionTable = &[
    ("register", register),
    ("unregister", unregister),
    ("lookup", lookup),
    ("encode", encode),
    ("decode", decode),
    ("_forget_codec", forget_codec),
    ("register_error", register_error),
    ("lookup_error", lookup_error),
    ("utf_8_encode", funcs::utf_8_encode),
    ("utf_8_decode", funcs::utf_8_decode),
    ("ascii_encode", funcs::ascii_encode),
    ("ascii_decode", funcs::ascii_decode),
    ("latin_1_encode", funcs::latin_1_encode),
    ("latin_1_decode", funcs::latin_1_decode),
    ("utf_16_encode", funcs::utf_16_encode),
    ("utf_16_le_encode", funcs::utf_16_le_encode),
    ("utf_16_be_encode", funcs::utf_16_be_encode),
    ("utf_16_decode", funcs::utf_16_decode),
    ("utf_16_le_decode", funcs::utf_16_le_decode),
    ("utf_16_be_decode", funcs::utf_16_be_decode),
    ("utf_16_ex_decode", funcs::utf_16_ex_decode),
    ("utf_32_encode", funcs::utf_32_encode),
    ("utf_32_le_encode", funcs::utf_32_le_encode),
    ("utf_32_be_encode", funcs::utf_32_be_encode),
    ("utf_32_decode", funcs::utf_32_decode),
    ("utf_32_le_decode", funcs::utf_32_le_decode),
    ("utf_32_be_decode", funcs::utf_32_be_decode),
    ("utf_32_ex_decode", funcs::utf_32_ex_decode),
    ("readbuffer_encode", funcs::readbuffer_encode),
    ("escape_encode", escape::escape_encode),
    ("escape_decode", escape::escape_decode),
    ("unicode_escape_encode", escape::unicode_escape_encode),
    ("unicode_escape_decode", escape::unicode_escape_decode),
    (
        "raw_unicode_escape_encode",
        escape::raw_unicode_escape_encode,
    ),
    (
        "raw_unicode_escape_decode",
        escape::raw_unicode_escape_decode,
    ),
    ("charmap_encode", charmap::charmap_encode),
    ("charmap_decode", charmap::charmap_decode),
    ("charmap_build", charmap::charmap_build),
];

fn lookup_error_exc(msg: String) -> krait_object::PyErr {
    new_error(&builtin_types().exc.lookup_error, msg)
}

fn register(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("register")?;
    let f = args.exact("register", 1)?[0].clone();
    if !protocol::is_callable(&f) {
        return Err(type_error("argument must be callable"));
    }
    SEARCH.with(|s| s.borrow_mut().push(f));
    Ok(Value::None)
}

fn unregister(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("unregister")?;
    let f = args.exact("unregister", 1)?[0].clone();
    let removed = SEARCH.with(|s| {
        let mut s = s.borrow_mut();
        let k = s.iter().position(|x| x.is(&f));
        k.map(|k| s.remove(k))
    });
    if removed.is_some() {
        CACHE.with(|c| *c.borrow_mut() = None);
    }
    Ok(Value::None)
}

/// CPython's `normalizestring`: lower case, spaces and hyphens as underscores.
fn normalize(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            ' ' | '-' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// `_PyCodec_Lookup`: the CodecInfo of `encoding`.
pub fn lookup_codec(i: &mut dyn Interp, encoding: &str) -> PyResult<Value> {
    if !IMPORTED.with(|c| c.replace(true)) {
        if let Some(vm) = vm_of(i) {
            crate::import::import_absolute(vm, "encodings")?;
        }
    }
    let key = normalize(encoding);
    if let Some(v) = CACHE.with(|c| c.borrow().as_ref().and_then(|m| m.get(&key).cloned())) {
        return Ok(v);
    }
    let funcs = SEARCH.with(|s| s.borrow().clone());
    let name = new_str(&key);
    for f in funcs {
        let r = protocol::call(i, &f, Args::positional(std::slice::from_ref(&name)))?;
        if matches!(r, Value::None) {
            continue;
        }
        let is_tuple = protocol::isinstance(&r, &builtin_types().tuple);
        if !is_tuple || protocol::len(i, &r)? != 4 {
            return Err(type_error("codec search functions must return 4-tuples"));
        }
        CACHE.with(|c| {
            c.borrow_mut()
                .get_or_insert_with(HashMap::new)
                .insert(key.clone(), r.clone())
        });
        return Ok(r);
    }
    Err(lookup_error_exc(format!("unknown encoding: {encoding}")))
}

fn str_arg(v: &Value, fname: &str, n: &str) -> PyResult<String> {
    v.as_str_data()
        .map(|s| s.lossy().into_owned())
        .ok_or_else(|| {
            type_error(format!(
                "{fname}() argument {n} must be str, not {}",
                v.class_name()
            ))
        })
}

fn lookup(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("lookup")?;
    let v = &args.exact("lookup", 1)?[0];
    let Some(s) = v.as_str_data() else {
        return Err(type_error(format!(
            "lookup() argument must be str, not {}",
            v.class_name()
        )));
    };
    let s = s.lossy().into_owned();
    lookup_codec(i, &s)
}

fn item(i: &mut dyn Interp, v: &Value, k: i64) -> PyResult<Value> {
    protocol::getitem(i, v, &Value::Int(k))
}

/// Calls the codec's encoder or decoder: `(result, length)` → result.
fn run_codec(
    i: &mut dyn Interp,
    info: &Value,
    obj: &Value,
    name: &str,
    errors: &str,
    enc: bool,
) -> PyResult<Value> {
    let f = item(i, info, if enc { 0 } else { 1 })?;
    let args = [obj.clone(), new_str(errors)];
    let r = protocol::call(i, &f, Args::positional(&args))
        .map_err(|e| wrap_error(i, e, if enc { "encoding" } else { "decoding" }, name))?;
    let ok = protocol::isinstance(&r, &builtin_types().tuple) && protocol::len(i, &r)? == 2;
    if !ok {
        return Err(type_error(if enc {
            "encoder must return a tuple (object, integer)"
        } else {
            "decoder must return a tuple (object,integer)"
        }));
    }
    item(i, &r, 0)
}

/// Exceptions `_PyErr_TrySetFromCause` may rewrap: builtin types with BaseException's
/// layout, constructor and no extra state.
const WRAPPABLE: &[&str] = &[
    "Exception",
    "TypeError",
    "ValueError",
    "LookupError",
    "KeyError",
    "IndexError",
    "RuntimeError",
    "NotImplementedError",
    "RecursionError",
    "ArithmeticError",
    "OverflowError",
    "ZeroDivisionError",
    "FloatingPointError",
    "AssertionError",
    "EOFError",
    "BufferError",
    "SystemError",
    "ReferenceError",
    "UnicodeError",
];

/// `TypeError('x')` from a codec becomes `TypeError("encoding with 'name' codec failed
/// (TypeError: x)")`, caused by the original (CPython's `wrap_codec_error`).
fn wrap_error(
    i: &mut dyn Interp,
    e: krait_object::PyErr,
    op: &str,
    name: &str,
) -> krait_object::PyErr {
    let orig = e.value();
    let Some(obj) = orig.as_obj() else { return e };
    let cls = obj.class();
    let builtin = builtin_types()
        .exc
        .all
        .iter()
        .any(|(n, t)| WRAPPABLE.contains(n) && std::rc::Rc::ptr_eq(t, &cls));
    let plain = krait_object::exceptions::exc_data(obj).is_some_and(|d| d.dict.borrow().is_empty());
    if !builtin || !plain {
        return e;
    }
    let Ok(text) = protocol::str_string(i, &orig) else {
        return e;
    };
    let msg = format!(
        "{op} with '{name}' codec failed ({}: {text})",
        cls.as_type()
            .map(|t| t.name.borrow().clone())
            .unwrap_or_default()
    );
    let new = krait_object::exceptions::new_exception(&cls, vec![new_str(&msg)]);
    if let Some(d) = krait_object::exceptions::exc_data(&new) {
        *d.cause.borrow_mut() = orig.clone();
        d.suppress_context.set(true);
        if let Some(od) = krait_object::exceptions::exc_data(obj) {
            *d.traceback.borrow_mut() = od.traceback.borrow().clone();
        }
    }
    krait_object::PyErr::new(new)
}

fn codec_args(args: &Args<'_>, fname: &'static str) -> PyResult<(Value, String, String)> {
    let a = krait_object::argparse::parse(
        args,
        &krait_object::argparse::Sig {
            fname,
            names: &["obj", "encoding", "errors"],
            posonly: 0,
            required: 1,
        },
    )?;
    let enc = match &a[1] {
        Some(v) => str_arg(v, fname, "'encoding'")?,
        None => "utf-8".into(),
    };
    let errors = match &a[2] {
        Some(v) => str_arg(v, fname, "'errors'")?,
        None => "strict".into(),
    };
    Ok((a[0].clone().unwrap_or(Value::None), enc, errors))
}

fn encode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (obj, enc, errors) = codec_args(&args, "encode")?;
    let info = lookup_codec(i, &enc)?;
    run_codec(i, &info, &obj, &enc, &errors, true)
}

fn decode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (obj, enc, errors) = codec_args(&args, "decode")?;
    let info = lookup_codec(i, &enc)?;
    run_codec(i, &info, &obj, &enc, &errors, false)
}

fn forget_codec(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = &args.exact("_forget_codec", 1)?[0];
    let name = str_arg(v, "_forget_codec", "1")?;
    let key = normalize(&name);
    CACHE.with(|c| {
        if let Some(m) = c.borrow_mut().as_mut() {
            m.remove(&key);
        }
    });
    Ok(Value::None)
}

/// `str.encode`/`bytes.decode` for an encoding outside the fast path
/// (`_PyCodec_EncodeText`/`_PyCodec_DecodeText` and the result checks of
/// `PyUnicode_AsEncodedString`/`PyUnicode_Decode`).
fn registry_hook(
    i: &mut dyn Interp,
    obj: &Value,
    enc: &str,
    errors: &str,
    encoding: bool,
) -> PyResult<Value> {
    let info = lookup_codec(i, enc)?;
    if let Ok(flag) = protocol::getattr_str(i, &info, "_is_text_encoding") {
        if !protocol::truthy(i, &flag)? {
            return Err(lookup_error_exc(format!(
                "'{enc}' is not a text encoding; use codecs.{}() to handle arbitrary codecs",
                if encoding { "encode" } else { "decode" }
            )));
        }
    }
    let r = run_codec(i, &info, obj, enc, errors, encoding)?;
    if encoding {
        if let Some(b) = bytes_of(&r) {
            return Ok(new_bytes(b));
        }
        return Err(type_error(format!(
            "'{enc}' encoder returned '{}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
            r.class_name()
        )));
    }
    if r.as_str_data().is_none() {
        return Err(type_error(format!(
            "'{enc}' decoder returned '{}' instead of 'str'; use codecs.decode() to decode to arbitrary types",
            r.class_name()
        )));
    }
    Ok(r)
}

fn with_errors<R>(f: impl FnOnce(&mut HashMap<String, Value>) -> R) -> R {
    ERRORS.with(|e| {
        let mut e = e.borrow_mut();
        let m = e.get_or_insert_with(handlers::builtin_handlers);
        f(m)
    })
}

/// `codecs.lookup_error(name)`.
fn lookup_error_value(_i: &mut dyn Interp, name: &str) -> PyResult<Value> {
    with_errors(|m| m.get(name).cloned())
        .ok_or_else(|| lookup_error_exc(format!("unknown error handler name '{name}'")))
}

fn register_error(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("register_error")?;
    let a = check_pos(&args, "register_error", 2, 2)?;
    let name = str_arg(&a[0], "register_error", "1")?;
    if !protocol::is_callable(&a[1]) {
        return Err(type_error("handler must be callable"));
    }
    with_errors(|m| m.insert(name, a[1].clone()));
    Ok(Value::None)
}

fn lookup_error(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("lookup_error")?;
    let a = check_pos(&args, "lookup_error", 1, 1)?;
    let name = str_arg(&a[0], "lookup_error", "1")?;
    lookup_error_value(i, &name)
}
