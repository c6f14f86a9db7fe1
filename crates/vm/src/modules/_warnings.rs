//! `_warnings` (Python/_warnings.c): `warn`, `warn_explicit`, the shared `filters` list
//! (CPython's default filters), `_defaultaction`, `_onceregistry`, `_filters_mutated`.
//!
//! The filter walk, the per-module `__warningregistry__` and the "once"/"module"/
//! "default" bookkeeping are done here; showing a warning goes through
//! `warnings._showwarnmsg` when the `warnings` module is imported (so
//! `catch_warnings(record=True)` and a replaced `showwarning` see it), else it is
//! printed to stderr as `file:line: Category: text` plus the source line.

use std::cell::{Cell, RefCell};

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::{runtime_error, type_error, PyErr, PyResult};
use krait_object::types::dict::{as_dict, dict_get, dict_set, get_by_name, new_dict, DictData};
use krait_object::types::list::new_list;
use krait_object::types::str::{new_str, new_string};
use krait_object::types::tuple::new_tuple;
use krait_object::{protocol, Interp, Payload, Value};

use super::{new_module_with, set_attr};
use crate::builtins::vm_of;
use crate::vm::Vm;

thread_local! {
    /// The module object: `filters`, `_defaultaction` and `_onceregistry` are read from
    /// it, so rebinding them from Python (as warnings.py does) takes effect.
    static MODULE: RefCell<Option<Value>> = const { RefCell::new(None) };
    static FILTERS_VERSION: Cell<i64> = const { Cell::new(1) };
}

/// `warnings.<py_name>` when the `warnings` module is imported (it rebinds `filters`
/// in `catch_warnings`), else `_warnings.<name>` — CPython's `get_warnings_attr`.
fn state_attr(vm: &mut Vm, py_name: &str, name: &str) -> Option<Value> {
    if let Some(w) = crate::import::cached_module(vm, "warnings") {
        if let Some(d) = krait_object::types::module::module_dict(&w) {
            if let Some(v) = get_by_name(d, py_name) {
                return Some(v);
            }
        }
    }
    module_attr(name)
}

fn module_attr(name: &str) -> Option<Value> {
    let m = MODULE.with(|m| m.borrow().clone())?;
    let d = krait_object::types::module::module_dict(&m)?;
    get_by_name(d, name)
}

fn filters_mutated(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("_filters_mutated", 0)?;
    FILTERS_VERSION.with(|v| v.set(v.get() + 1));
    Ok(Value::None)
}

/// Where a warning is attributed: the frame `stacklevel` levels up.
struct Context {
    filename: Value,
    lineno: i64,
    module: Value,
    registry: Value,
    globals: Value,
}

fn setup_context(vm: &mut Vm, stacklevel: i64) -> PyResult<Context> {
    let n = vm.frames.len();
    let level = stacklevel.max(1) as usize;
    let frame = if level <= n { Some(n - level) } else { None };
    let (filename, lineno, globals) = match frame {
        Some(k) => {
            let f = &vm.frames[k];
            let pc = if k + 1 == n { vm.pc } else { f.pc };
            let lasti = pc.saturating_sub(1);
            let code = &f.code;
            let off = code.offsets.get(lasti).copied().unwrap_or(0);
            let line = krait_loader::linetable::line_at(&code.co, off).map_or(0, i64::from);
            let fname = new_string(code.co.filename.to_string_lossy());
            (fname, line, f.globals.clone())
        }
        None => {
            let sys = vm.sys.clone();
            let g = protocol::getattr_str(vm, &sys, "__dict__")?;
            (new_str("sys"), 1, g)
        }
    };
    let Some(gd) = as_dict(&globals) else {
        return Err(type_error("globals must be a dict"));
    };
    let key = new_str("__warningregistry__");
    let registry = match dict_get(vm, gd, &key)? {
        Some(r) => r,
        None => {
            let r = new_dict(DictData::new());
            dict_set(vm, gd, key, r.clone())?;
            r
        }
    };
    let module = match dict_get(vm, gd, &new_str("__name__"))? {
        Some(m) => m,
        None => new_str("<string>"),
    };
    Ok(Context {
        filename,
        lineno,
        module,
        registry,
        globals,
    })
}

fn warning_class() -> krait_object::ObjRef {
    krait_object::builtin_types().exc.warning.clone()
}

/// The category: the warning's class for a Warning instance, UserWarning for None.
fn get_category(i: &mut dyn Interp, message: &Value, category: Option<&Value>) -> PyResult<Value> {
    if krait_object::protocol::isinstance(message, &warning_class()) {
        return Ok(Value::Obj(message.class()));
    }
    let cat = match category {
        None => {
            return Ok(Value::Obj(
                krait_object::builtin_types().exc.user_warning.clone(),
            ))
        }
        Some(c) if c.is_none() => {
            return Ok(Value::Obj(
                krait_object::builtin_types().exc.user_warning.clone(),
            ))
        }
        Some(c) => c.clone(),
    };
    let ok = protocol::is_type(&cat)
        && crate::builtins::instancecheck::issubclass(i, &cat, &Value::Obj(warning_class()))?;
    if !ok {
        return Err(type_error(format!(
            "category must be a Warning subclass, not '{}'",
            cat.class_name()
        )));
    }
    Ok(cat)
}

fn warn(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    static SIG: Sig = Sig {
        fname: "warn",
        names: &["message", "category", "stacklevel", "source"],
        posonly: 0,
        required: 1,
    };
    let a = parse(&args, &SIG)?;
    let message = a[0].clone().unwrap_or(Value::None);
    let category = get_category(i, &message, a[1].as_ref())?;
    let stacklevel = match &a[2] {
        Some(v) => protocol::index_i64(i, v)?,
        None => 1,
    };
    let source = a[3].clone().unwrap_or(Value::None);
    let Some(vm) = vm_of(i) else {
        return Ok(Value::None);
    };
    let ctx = setup_context(vm, stacklevel)?;
    warn_explicit_impl(
        vm,
        &category,
        &message,
        &ctx.filename,
        ctx.lineno,
        Some(ctx.module),
        &ctx.registry,
        &source,
    )?;
    let _ = ctx.globals;
    Ok(Value::None)
}

fn warn_explicit(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    static SIG: Sig = Sig {
        fname: "warn_explicit",
        names: &[
            "message",
            "category",
            "filename",
            "lineno",
            "module",
            "registry",
            "module_globals",
            "source",
        ],
        posonly: 0,
        required: 4,
    };
    let a = parse(&args, &SIG)?;
    let get = |k: usize| a[k].clone().unwrap_or(Value::None);
    let (message, category, filename) = (get(0), get(1), get(2));
    if filename.as_str_data().is_none() {
        return Err(type_error(format!(
            "warn_explicit() argument 'filename' must be str, not {}",
            filename.class_name()
        )));
    }
    let lineno = protocol::index_i64(i, &get(3))?;
    let module = a[4].clone().filter(|m| !m.is_none());
    let registry = get(5);
    if !registry.is_none() && as_dict(&registry).is_none() {
        return Err(type_error("'registry' must be a dict or None"));
    }
    let source = get(7);
    let Some(vm) = vm_of(i) else {
        return Ok(Value::None);
    };
    warn_explicit_impl(
        vm, &category, &message, &filename, lineno, module, &registry, &source,
    )?;
    Ok(Value::None)
}

/// `module` from a filename: without `.py`, `<unknown>` when empty.
fn normalize_module(filename: &Value) -> Value {
    let s = filename
        .as_str_data()
        .map(|s| s.lossy().into_owned())
        .unwrap_or_default();
    if s.is_empty() {
        return new_str("<unknown>");
    }
    new_string(s.strip_suffix(".py").unwrap_or(&s).to_owned())
}

fn registry_get(vm: &mut Vm, reg: &Value, key: &Value) -> PyResult<bool> {
    let Some(d) = as_dict(reg) else {
        return Ok(false);
    };
    match dict_get(vm, d, key)? {
        Some(v) => protocol::truthy(vm, &v),
        None => Ok(false),
    }
}

fn registry_set(vm: &mut Vm, reg: &Value, key: Value) -> PyResult<()> {
    match as_dict(reg) {
        Some(d) => dict_set(vm, d, key, Value::Bool(true)),
        None => Ok(()),
    }
}

/// `regex is None or regex.match(text)`.
fn check_matched(vm: &mut Vm, regex: &Value, text: &Value) -> PyResult<bool> {
    if regex.is_none() {
        return Ok(true);
    }
    if regex.as_str_data().is_some() {
        // A plain str filter compares equal (warnings.py compiles them; CPython's C
        // code does this for str objects too).
        return protocol::eq(vm, regex, text);
    }
    let m = protocol::getattr_str(vm, regex, "match")?;
    let r = protocol::call0(vm, &m, std::slice::from_ref(text))?;
    protocol::truthy(vm, &r)
}

/// The action of the first matching filter (with the filter), or the default action.
fn get_filter(
    vm: &mut Vm,
    category: &Value,
    text: &Value,
    lineno: i64,
    module: &Value,
) -> PyResult<(Value, Value)> {
    let Some(filters) = state_attr(vm, "filters", "filters") else {
        return Err(value_error_msg("_warnings.filters must be a list"));
    };
    let Some(Payload::List(_)) = filters.payload() else {
        return Err(value_error_msg("_warnings.filters must be a list"));
    };
    let items = protocol::collect(vm, &filters)?;
    for (k, item) in items.iter().enumerate() {
        let parts = match item.payload() {
            Some(Payload::Tuple(t)) if t.len() == 5 => t.to_vec(),
            _ => {
                return Err(value_error_msg(&format!(
                    "_warnings.filters item {k} isn't a 5-tuple"
                )))
            }
        };
        let (action, msg, cat, md, ln) = (&parts[0], &parts[1], &parts[2], &parts[3], &parts[4]);
        if action.as_str_data().is_none() {
            return Err(type_error(format!(
                "action must be a string, not '{}'",
                action.class_name()
            )));
        }
        let good_msg = check_matched(vm, msg, text)?;
        let good_mod = check_matched(vm, md, module)?;
        let is_sub = crate::builtins::instancecheck::issubclass(vm, category, cat)?;
        let ln = protocol::index_i64(vm, ln)?;
        if good_msg && is_sub && good_mod && (ln == 0 || lineno == ln) {
            return Ok((action.clone(), item.clone()));
        }
    }
    let action =
        state_attr(vm, "defaultaction", "_defaultaction").unwrap_or_else(|| new_str("default"));
    if action.as_str_data().is_none() {
        return Err(type_error(
            "_warnings.defaultaction must be a string, not 'NoneType'",
        ));
    }
    Ok((action, Value::None))
}

fn value_error_msg(m: &str) -> PyErr {
    krait_object::error::value_error(m.to_owned())
}

fn as_string(v: &Value) -> String {
    v.as_str_data()
        .map(|s| s.lossy().into_owned())
        .unwrap_or_default()
}

#[allow(clippy::too_many_arguments)]
fn warn_explicit_impl(
    vm: &mut Vm,
    category: &Value,
    message: &Value,
    filename: &Value,
    lineno: i64,
    module: Option<Value>,
    registry: &Value,
    source: &Value,
) -> PyResult<()> {
    let module = module.unwrap_or_else(|| normalize_module(filename));
    let (text, category, message) = if krait_object::protocol::isinstance(message, &warning_class())
    {
        (
            protocol::str_(vm, message)?,
            Value::Obj(message.class()),
            message.clone(),
        )
    } else {
        let m = protocol::call0(vm, category, std::slice::from_ref(message))?;
        (message.clone(), category.clone(), m)
    };
    let key = new_tuple(vec![text.clone(), category.clone(), Value::Int(lineno)]);
    // A registry made under older filters is stale.
    if let Some(d) = as_dict(registry) {
        let version = FILTERS_VERSION.with(Cell::get);
        let cur = dict_get(vm, d, &new_str("version"))?;
        if !matches!(cur, Some(Value::Int(v)) if v == version) {
            let old = std::mem::take(&mut *d.borrow_mut());
            drop(old);
            dict_set(vm, d, new_str("version"), Value::Int(version))?;
        }
    }
    if registry_get(vm, registry, &key)? {
        return Ok(());
    }
    let (action, item) = get_filter(vm, &category, &text, lineno, &module)?;
    let act = as_string(&action);
    match act.as_str() {
        "error" => {
            return Err(PyErr::new(message.as_obj().cloned().ok_or_else(|| {
                type_error("exceptions must derive from BaseException")
            })?))
        }
        "ignore" => return Ok(()),
        _ => {}
    }
    // Remember the warning was seen here, except for "always".
    if act != "always" {
        registry_set(vm, registry, key)?;
        match act.as_str() {
            "once" => {
                let oncekey = new_tuple(vec![text.clone(), category.clone()]);
                let once = state_attr(vm, "onceregistry", "_onceregistry").unwrap_or(Value::None);
                if as_dict(&once).is_none() {
                    return Err(type_error(
                        "_warnings.onceregistry must be a dict, not 'NoneType'",
                    ));
                }
                if registry_get(vm, &once, &oncekey)? {
                    return Ok(());
                }
                registry_set(vm, &once, oncekey)?;
            }
            "module" => {
                let altkey = new_tuple(vec![text.clone(), category.clone(), Value::Int(0)]);
                if registry_get(vm, registry, &altkey)? {
                    return Ok(());
                }
                registry_set(vm, registry, altkey)?;
            }
            "default" => {}
            _ => {
                let r = protocol::repr_string(vm, &action)?;
                let it = protocol::repr_string(vm, &item)?;
                return Err(runtime_error(format!(
                    "Unrecognized action ({r}) in warnings.filters:\n {it}"
                )));
            }
        }
    }
    show(vm, &message, &category, filename, lineno, &text, source)
}

/// Shows the warning: `warnings._showwarnmsg(WarningMessage(...))` when `warnings` is
/// imported, else CPython's built-in printer.
fn show(
    vm: &mut Vm,
    message: &Value,
    category: &Value,
    filename: &Value,
    lineno: i64,
    text: &Value,
    source: &Value,
) -> PyResult<()> {
    if let Some(w) = crate::import::cached_module(vm, "warnings") {
        let show_fn = protocol::getattr_str(vm, &w, "_showwarnmsg").ok();
        let cls = protocol::getattr_str(vm, &w, "WarningMessage").ok();
        if let (Some(show_fn), Some(cls)) = (show_fn, cls) {
            if !protocol::is_callable(&show_fn) {
                return Err(type_error(
                    "warnings._showwarnmsg() must be set to a callable",
                ));
            }
            let msg = protocol::call0(
                vm,
                &cls,
                &[
                    message.clone(),
                    category.clone(),
                    filename.clone(),
                    Value::Int(lineno),
                    Value::None,
                    Value::None,
                    source.clone(),
                ],
            )?;
            protocol::call0(vm, &show_fn, &[msg])?;
            return Ok(());
        }
    }
    let name = protocol::getattr_str(vm, category, "__name__")?;
    let text = protocol::str_string(vm, text)?;
    let fname = as_string(filename);
    let mut out = format!("{fname}:{lineno}: {}: {text}\n", as_string(&name));
    if let Some(line) = crate::traceback::display::read_line(&fname, lineno as u32) {
        let t = line.trim_start_matches([' ', '\t', '\x0c']);
        out.push_str(&format!("  {t}\n"));
    }
    vm.stdout.flush();
    vm.stderr.write(&out);
    Ok(())
}

fn default_filters() -> Value {
    let t = krait_object::builtin_types();
    let f = |action: &str, cat: &krait_object::ObjRef, module: Value| {
        new_tuple(vec![
            new_str(action),
            Value::None,
            Value::Obj(cat.clone()),
            module,
            Value::Int(0),
        ])
    };
    new_list(vec![
        f("default", &t.exc.deprecation_warning, new_str("__main__")),
        f("ignore", &t.exc.deprecation_warning, Value::None),
        f("ignore", &t.exc.pending_deprecation_warning, Value::None),
        f("ignore", &t.exc.import_warning, Value::None),
        f("ignore", &t.exc.resource_warning, Value::None),
    ])
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with(
        "_warnings",
        &[
            ("warn", warn),
            ("warn_explicit", warn_explicit),
            ("_filters_mutated", filters_mutated),
        ],
    );
    set_attr(&m, "filters", default_filters());
    set_attr(&m, "_defaultaction", new_str("default"));
    set_attr(&m, "_onceregistry", new_dict(DictData::new()));
    MODULE.with(|x| *x.borrow_mut() = Some(m.clone()));
    Ok(m)
}
