//! `_ast` (Python/Python-ast.c): the `AST` base class and every node class of CPython
//! 3.11's grammar (`_fields`, `_attributes`, `__match_args__`, optional fields defaulting
//! to None on the class, the ASDL signature as `__doc__`), and the `PyCF_*` flags — what
//! `import ast` (and through it `inspect`, `dataclasses`, `asyncio`) needs. The classes
//! are made by running Python source at import: the base below and the table generated
//! by `scripts/gen_ast_table.py` (`_ast_nodes.rs`). krait's `compile` does not produce
//! ASTs (`ast.parse` raises).

use krait_object::args::Args;
use krait_object::error::PyResult;
use krait_object::types::module::module_dict;
use krait_object::types::str::new_str;
use krait_object::{protocol, Value};

use super::{new_module_with, set_attr};
use crate::vm::Vm;

/// The base class (CPython's `ast_type_init`/`ast_type_reduce`, 3.11 semantics: missing
/// fields are simply unset) and the loop that makes the node classes.
const BASE: &str = r#"
class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError("%.400s constructor takes at most %d positional argument%s"
                            % (type(self).__name__, n, "" if n == 1 else "s"))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        d = getattr(self, "__dict__", None)
        if d is not None:
            return type(self), (), d
        return type(self), ()

AST.__module__ = "ast"

def _make():
    g = globals()
    for name, base, fields, attrs, defaults, doc in _NODES:
        ns = {"__module__": "ast", "__doc__": doc, "_fields": fields,
              "__match_args__": fields}
        if attrs or base == "AST":
            ns["_attributes"] = attrs
        for f in defaults:
            ns[f] = None
        g[name] = type(name, (g[base],), ns)

_make()
del _make, _NODES
"#;

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with("_ast", &[]);
    set_attr(&m, "PyCF_ONLY_AST", Value::Int(1024));
    set_attr(&m, "PyCF_TYPE_COMMENTS", Value::Int(4096));
    set_attr(&m, "PyCF_ALLOW_TOP_LEVEL_AWAIT", Value::Int(8192));
    let Some(d) = module_dict(&m) else {
        return Ok(m);
    };
    let globals = d.clone();
    let builtins = vm.builtins.clone();
    let exec = protocol::getitem(vm, &builtins, &new_str("exec"))?;
    let source = format!("{}\n{}", super::_ast_nodes::NODES, BASE);
    protocol::call(
        vm,
        &exec,
        Args::positional(&[new_str(&source), globals]),
    )?;
    Ok(m)
}
