//! `eval`, `exec` and `compile`: source text goes through `krait_compiler` into a code
//! object; a code object runs in a new frame over the given globals and locals (CPython's
//! `builtin_eval_impl`/`builtin_exec_impl`/`builtin_compile_impl`).

use std::rc::Rc;

use krait_compiler::{CompileError, ErrorKind, Mode};
use krait_object::argparse::{self, Sig};
use krait_object::args::Args;
use krait_object::error::{runtime_error, type_error, value_error, PyErr, PyResult};
use krait_object::exceptions_syntax::new_syntax_error;
use krait_object::interp::Interp;
use krait_object::object::{Payload, PyObject};
use krait_object::types::builtin_types;
use krait_object::types::code::Code;
use krait_object::types::dict::{as_dict, get_by_name, new_dict, set_by_name, DictData};
use krait_object::types::str::new_str;
use krait_object::Value;

use super::FunctionTable;
use crate::frame::Frame;
use crate::vm::Vm;

pub const FUNCTIONS: FunctionTable = &[("eval", eval), ("exec", exec), ("compile", compile)];

fn vm(i: &mut dyn Interp) -> PyResult<&mut Vm> {
    super::vm_of(i).ok_or_else(|| runtime_error("eval/exec need the VM"))
}

/// The source text of a str or bytes argument (`None` for anything else).
fn source_text(v: &Value) -> Option<PyResult<String>> {
    if let Some(s) = v.as_str_data() {
        return Some(Ok(s.lossy().into_owned()));
    }
    let b = krait_object::types::bytes::bytes_of(v)?;
    Some(String::from_utf8(b).map_err(|_| {
        syntax_error(
            &CompileError::syntax("(unicode error) 'utf-8' codec can't decode bytes", 0, 0),
            "<string>",
        )
    }))
}

/// A `SyntaxError`/`IndentationError` for a compile error.
pub fn syntax_error(e: &CompileError, filename: &str) -> PyErr {
    let t = builtin_types();
    let cls = match e.kind {
        ErrorKind::Syntax => &t.exc.syntax_error,
        ErrorKind::Indentation => &t.exc.indentation_error,
    };
    let info = vec![
        new_str(filename),
        Value::Int(i64::from(e.line)),
        Value::Int(i64::from(e.col)),
        Value::None,
        Value::Int(i64::from(e.line)),
        Value::Int(i64::from(e.col)),
    ];
    new_syntax_error(cls, &e.msg, Some(info))
}

/// Compiles source text into a code object value.
fn compile_source(src: &str, filename: &str, mode: Mode) -> PyResult<Value> {
    if src.contains('\0') {
        let _ = filename;
        return Err(new_syntax_error(
            &builtin_types().exc.syntax_error,
            "source code string cannot contain null bytes",
            None,
        ));
    }
    let co =
        krait_compiler::compile(src, filename, mode).map_err(|e| syntax_error(&e, filename))?;
    code_value(&co)
}

fn code_value(co: &Rc<krait_loader::CodeObject>) -> PyResult<Value> {
    let code =
        crate::code_prep::prepare(co).map_err(|m| runtime_error(format!("krait compiler: {m}")))?;
    Ok(Value::Obj(PyObject::new(
        builtin_types().code.clone(),
        Payload::Code(code),
    )))
}

fn code_of(v: &Value) -> Option<Rc<Code>> {
    match v.payload() {
        Some(Payload::Code(c)) => Some(c.clone()),
        _ => None,
    }
}

/// The caller's globals, builtins and locals (a dict snapshot of a function's fast
/// locals).
fn caller_namespaces(vm: &Vm) -> (Value, Value, Value) {
    let Some(f) = vm.frames.last() else {
        return (
            vm.main_globals.clone(),
            vm.builtins.clone(),
            vm.main_globals.clone(),
        );
    };
    let locals = if as_dict(&f.locals).is_some() {
        f.locals.clone()
    } else {
        let d = new_dict(DictData::new());
        let kinds = &f.code.co.localspluskinds;
        for (j, name) in f.code.localsplus_names.iter().enumerate() {
            let Some(mut v) = vm.stack.get(f.base + j).cloned() else {
                continue;
            };
            let is_cell = kinds.get(j).is_some_and(|k| {
                k & (krait_loader::code::kind::CELL | krait_loader::code::kind::FREE) != 0
            });
            if is_cell {
                if let Some(Payload::Cell(c)) = v.payload() {
                    let inner = c.borrow().clone();
                    v = inner;
                }
            }
            if !v.is_null() {
                if let Some(dd) = as_dict(&d) {
                    dd.borrow_mut().set_str_key(name.clone(), v);
                }
            }
        }
        d
    };
    (f.globals.clone(), f.builtins.clone(), locals)
}

/// Runs `code` with these namespaces, inserting `__builtins__` into globals if missing.
fn run_code(vm: &mut Vm, code: Rc<Code>, globals: Value, locals: Value) -> PyResult<Value> {
    let (_, caller_builtins, _) = caller_namespaces(vm);
    let builtins = match get_by_name(&globals, "__builtins__") {
        Some(b) => match krait_object::types::module::module_dict(&b) {
            Some(d) => d.clone(),
            None if as_dict(&b).is_some() => b,
            None => caller_builtins,
        },
        None => {
            set_by_name(&globals, "__builtins__", caller_builtins.clone());
            caller_builtins
        }
    };
    let base = vm.stack.len();
    vm.stack.resize(base + code.nlocalsplus, Value::Null);
    let frame = Frame {
        code,
        func: None,
        globals,
        builtins,
        locals,
        base,
        pc: 0,
        ret_sp: base,
        entry: true,
        init: false,
    };
    vm.push_frame(frame)?;
    vm.native_depth += 1;
    let r = vm.run_loop();
    vm.native_depth -= 1;
    r
}

/// `eval`/`exec`: positional `source, globals=None, locals=None`.
fn eval_exec(i: &mut dyn Interp, args: Args<'_>, name: &str, mode: Mode) -> PyResult<Value> {
    let pos = args.pos();
    if !args.kwnames.is_empty()
        && (name == "eval"
            || args
                .kwargs()
                .any(|(k, _)| k.as_str_data().is_none_or(|s| s.as_bytes() != b"closure")))
    {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    if pos.is_empty() {
        return Err(type_error(format!(
            "{name} expected at least 1 argument, got 0"
        )));
    }
    if pos.len() > 3 {
        return Err(type_error(format!(
            "{name} expected at most 3 arguments, got {}",
            pos.len()
        )));
    }
    let globals = pos.get(1).cloned().unwrap_or(Value::None);
    let locals = pos.get(2).cloned().unwrap_or(Value::None);
    if !matches!(globals, Value::None) && as_dict(&globals).is_none() {
        return Err(type_error(if name == "eval" {
            "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
        } else {
            format!(
                "exec() globals must be a dict, not {}",
                globals.class_name()
            )
        }));
    }
    if !matches!(locals, Value::None) && as_dict(&locals).is_none() {
        return Err(type_error(if name == "eval" {
            "locals must be a mapping".to_string()
        } else {
            format!(
                "locals must be a mapping or None, not {}",
                locals.class_name()
            )
        }));
    }
    let vm = vm(i)?;
    let (g, l) = match (globals, locals) {
        (Value::None, Value::None) => {
            let (g, _, l) = caller_namespaces(vm);
            (g, l)
        }
        (Value::None, l) => (caller_namespaces(vm).0, l),
        (g, Value::None) => (g.clone(), g),
        (g, l) => (g, l),
    };
    let code = match code_of(&pos[0]) {
        Some(c) => c,
        None => match source_text(&pos[0]) {
            Some(src) => {
                let src = src?;
                let src = if mode == Mode::Eval {
                    src.trim_start_matches([' ', '\t']).to_string()
                } else {
                    src
                };
                let v = compile_source(&src, "<string>", mode)?;
                code_of(&v).ok_or_else(|| runtime_error("compile produced no code"))?
            }
            None => {
                return Err(type_error(format!(
                    "{name}() arg 1 must be a string, bytes or code object"
                )));
            }
        },
    };
    let r = run_code(vm, code, g, l)?;
    Ok(if mode == Mode::Eval { r } else { Value::None })
}

fn eval(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    eval_exec(i, args, "eval", Mode::Eval)
}

fn exec(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    eval_exec(i, args, "exec", Mode::Exec)
}

const COMPILE_SIG: Sig = Sig {
    fname: "compile",
    names: &[
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
    ],
    posonly: 0,
    required: 3,
};

fn compile(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let a = argparse::parse(&args, &COMPILE_SIG)?;
    let (Some(source), Some(filename), Some(mode)) = (a[0].clone(), a[1].clone(), a[2].clone())
    else {
        return Err(type_error("compile() missing required argument"));
    };
    let fname = match filename.as_str_data() {
        Some(s) => s.lossy().into_owned(),
        None => match krait_object::types::bytes::bytes_of(&filename) {
            Some(b) => String::from_utf8_lossy(&b).into_owned(),
            None => {
                return Err(type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    filename.class_name()
                )))
            }
        },
    };
    let mode_s = mode.as_str_data().map(|s| s.lossy().into_owned());
    let Some(mode) = mode_s.as_deref().and_then(Mode::from_name) else {
        if mode_s.is_none() {
            return Err(type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                mode.class_name()
            )));
        }
        return Err(value_error(
            "compile() mode must be 'exec', 'eval' or 'single'",
        ));
    };
    if let Some(Value::Int(n)) = &a[3] {
        if n & 0x400 != 0 {
            return Err(value_error(
                "compile(): ast.PyCF_ONLY_AST is not supported by krait",
            ));
        }
    }
    match source_text(&source) {
        Some(src) => compile_source(&src?, &fname, mode),
        None => Err(type_error(
            "compile() arg 1 must be a string, bytes or AST object",
        )),
    }
}
