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
        "_feature_version",
    ],
    posonly: 0,
    required: 3,
};

fn compile(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    if args.pos().len() > 6 {
        return Err(type_error(format!(
            "compile() takes at most 6 arguments ({} given)",
            args.pos().len() + args.kwnames.len()
        )));
    }
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
        if mode_s.as_deref() == Some("func_type") {
            let only_ast = matches!(&a[3], Some(Value::Int(n)) if n & 0x400 != 0);
            return Err(value_error(if only_ast {
                "compile(): mode 'func_type' is not supported by krait"
            } else {
                "compile() mode 'func_type' requires flag PyCF_ONLY_AST"
            }));
        }
        return Err(value_error(
            "compile() mode must be 'exec', 'eval' or 'single'",
        ));
    };
    let flags = match &a[3] {
        None => 0,
        Some(Value::Int(n)) => *n,
        Some(Value::Bool(b)) => i64::from(*b),
        Some(v) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.class_name()
            )))
        }
    };
    if crate::modules::_ast::is_ast(&source) {
        return compile_ast(i, source, &fname, mode, flags);
    }
    if flags & 0x400 != 0 {
        return match source_text(&source) {
            Some(src) => parse_to_ast(i, &src?, &fname, mode),
            None => Err(type_error(
                "compile() arg 1 must be a string, bytes or AST object",
            )),
        };
    }
    match source_text(&source) {
        Some(src) => compile_source(&src?, &fname, mode),
        None => Err(type_error(
            "compile() arg 1 must be a string, bytes or AST object",
        )),
    }
}

/// `compile(source, filename, mode, PyCF_ONLY_AST)`: the parse as `_ast` nodes.
fn parse_to_ast(i: &mut dyn Interp, src: &str, filename: &str, mode: Mode) -> PyResult<Value> {
    if src.contains('\0') {
        return Err(new_syntax_error(
            &builtin_types().exc.syntax_error,
            "source code string cannot contain null bytes",
            None,
        ));
    }
    let src = src.replace("\r\n", "\n");
    let err = |e: CompileError| syntax_error(&e, filename);
    let vm = vm(i)?;
    match mode {
        Mode::Eval => {
            let p = krait_compiler::parser::parse_eval(&src).map_err(err)?;
            crate::modules::_ast::to_ast(vm, crate::modules::_ast::Tree::Expression(&p.body), &src)
        }
        Mode::Exec | Mode::Single => {
            let p = krait_compiler::parser::parse_module(&src).map_err(err)?;
            let tree = if mode == Mode::Exec {
                crate::modules::_ast::Tree::Module(&p.body)
            } else {
                crate::modules::_ast::Tree::Interactive(&p.body)
            };
            crate::modules::_ast::to_ast(vm, tree, &src)
        }
    }
}

/// `compile(ast_object, ...)`: the node itself under `PyCF_ONLY_AST`; otherwise the code
/// of its `ast.unparse` text (krait has no AST-to-bytecode path from `_ast` objects, so
/// line numbers follow the unparsed text, not the nodes' `lineno`s).
fn compile_ast(
    i: &mut dyn Interp,
    node: Value,
    filename: &str,
    mode: Mode,
    flags: i64,
) -> PyResult<Value> {
    let want = match mode {
        Mode::Exec => "Module",
        Mode::Eval => "Expression",
        Mode::Single => "Interactive",
    };
    let got = node.class();
    let got_name = krait_object::protocol::td(&got).tp_name().to_string();
    let vm = vm(i)?;
    let ast_mod = crate::import::import_absolute(vm, "_ast")?;
    let want_cls = krait_object::protocol::getattr_str(vm, &ast_mod, want)?;
    let ok = match &want_cls {
        Value::Obj(c) => krait_object::protocol::isinstance(&node, c),
        _ => false,
    };
    if !ok {
        return Err(type_error(format!("expected {want} node, got {got_name}")));
    }
    if flags & 0x400 != 0 {
        return Ok(node);
    }
    check_locations(vm, &node, 0)?;
    let ast_py = crate::import::import_absolute(vm, "ast")?;
    let unparse = krait_object::protocol::getattr_str(vm, &ast_py, "unparse")?;
    let text = krait_object::protocol::call0(vm, &unparse, &[node])?;
    let Some(src) = text.as_str_data().map(|s| s.lossy().into_owned()) else {
        return Err(type_error("ast.unparse did not return a str"));
    };
    compile_source(&src, filename, mode)
}

/// CPython's AST validation, in part: every node whose class has `lineno` among its
/// `_attributes` must have it set (`required field "lineno" missing from expr`).
fn check_locations(vm: &mut Vm, node: &Value, depth: usize) -> PyResult<()> {
    use krait_object::protocol::{collect, lookup_attr, td};
    if depth > 200 {
        return Ok(());
    }
    let cls = Value::Obj(node.class());
    if let Some(attrs) = lookup_attr(vm, &cls, "_attributes")? {
        let names = collect(vm, &attrs)?;
        let has_lineno = names
            .iter()
            .any(|n| n.as_str_data().is_some_and(|s| s.as_bytes() == b"lineno"));
        if has_lineno && lookup_attr(vm, node, "lineno")?.is_none() {
            let c = node.class();
            let base = td(&c)
                .bases
                .borrow()
                .first()
                .map(|b| td(b).tp_name().to_string())
                .unwrap_or_default();
            return Err(type_error(format!(
                "required field \"lineno\" missing from {base}"
            )));
        }
    }
    let Some(fields) = lookup_attr(vm, &cls, "_fields")? else {
        return Ok(());
    };
    for f in collect(vm, &fields)? {
        let Some(name) = f.as_str_data().map(|s| s.lossy().into_owned()) else {
            continue;
        };
        let Some(v) = lookup_attr(vm, node, &name)? else {
            continue;
        };
        if crate::modules::_ast::is_ast(&v) {
            check_locations(vm, &v, depth + 1)?;
        } else if let Some(Payload::List(_)) = v.payload() {
            for item in collect(vm, &v)? {
                if crate::modules::_ast::is_ast(&item) {
                    check_locations(vm, &item, depth + 1)?;
                }
            }
        }
    }
    Ok(())
}
