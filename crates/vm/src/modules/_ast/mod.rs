//! `_ast`: the AST node classes `ast.py` re-exports (CPython's Python/Python-ast.c).
//! `AST` is a native base type whose instances keep their fields in `__dict__`; every
//! node class is an ordinary class made by `type(name, (base,), ns)` from the table in
//! [`nodes`], with `_fields`, `__match_args__`, `_attributes` and the None defaults of
//! optional fields, so `ast.Name('x', ast.Load())`, `ast.dump` and pattern matching on
//! nodes behave as in CPython. Parsing is the compiler's business; [`convert`] turns
//! its tree into these nodes for `compile(..., PyCF_ONLY_AST)`.

mod convert;
mod nodes;

pub use convert::{to_ast, Tree};

use krait_object::args::Args;
use krait_object::error::{type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::native::{make_type, new_native, NativeData, TypeSpec, BASETYPE};
use krait_object::object::ObjRef;
use krait_object::protocol::{self, td};
use krait_object::typeobj::{flags, TypeData};
use krait_object::types::dict::{new_dict, DictData};
use krait_object::types::str::new_str;
use krait_object::types::tuple::new_tuple;
use krait_object::types::{builtin_types, MethodDef};
use krait_object::{method, Value};

use crate::vm::Vm;

/// An AST node's native state: none (the fields live in `__dict__`).
struct AstNode;
impl NativeData for AstNode {}

fn setup(t: &TypeData) {
    let s = &t.slots;
    s.new
        .set(Some(|_, cls, _| Ok(new_native(cls.clone(), AstNode))));
    s.init.set(Some(ast_init));
}

/// `AST.__init__(*args, **kwargs)`: positional arguments fill `_fields` in order,
/// keywords set any attribute.
fn ast_init(i: &mut dyn Interp, v: &Value, args: Args<'_>) -> PyResult<()> {
    let cls = Value::Obj(v.class());
    let fields = match protocol::lookup_attr(i, &cls, "_fields")? {
        Some(f) => protocol::collect(i, &f)?,
        None => Vec::new(),
    };
    let pos = args.pos();
    if pos.len() > fields.len() {
        return Err(type_error(format!(
            "{} constructor takes at most {} positional argument{}",
            td(&v.class()).tp_name(),
            fields.len(),
            if fields.len() == 1 { "" } else { "s" }
        )));
    }
    for (name, x) in fields.iter().zip(pos) {
        protocol::setattr(i, v, name, Some(x.clone()))?;
    }
    for (k, x) in args.kwargs() {
        protocol::setattr(i, v, k, Some(x.clone()))?;
    }
    Ok(())
}

/// `AST.__reduce__`: `(type(self), (), self.__dict__)` (without the dict when there is
/// none).
fn ast_reduce(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let v = &a.pos()[0];
    let cls = Value::Obj(v.class());
    Ok(match protocol::lookup_attr(i, v, "__dict__")? {
        Some(d) => new_tuple(vec![cls, new_tuple(Vec::new()), d]),
        None => new_tuple(vec![cls, new_tuple(Vec::new())]),
    })
}

static METHODS: &[MethodDef] = &[method!("__reduce__", ast_reduce)];

static AST_SPEC: TypeSpec = TypeSpec {
    flags: BASETYPE | flags::NATIVE_DICT,
    methods: METHODS,
    ..TypeSpec::new("AST", "ast", setup)
};

thread_local! {
    static AST_TYPE: ObjRef = make_type(&AST_SPEC);
}

/// Whether `v` is an `_ast.AST` instance.
pub fn is_ast(v: &Value) -> bool {
    AST_TYPE.with(|t| protocol::isinstance(v, t))
}

fn strs(names: &[&str]) -> Value {
    new_tuple(names.iter().map(|n| new_str(n)).collect())
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let m = super::new_module_with("_ast", &[]);
    let ast = AST_TYPE.with(|t| t.clone());
    {
        let mut d = td(&ast).dict.borrow_mut();
        for k in ["_fields", "_attributes", "__match_args__"] {
            d.set_str_key(new_str(k), new_tuple(Vec::new()));
        }
    }
    super::set_attr(&m, "AST", Value::Obj(ast.clone()));
    let type_ = Value::Obj(builtin_types().type_.clone());
    let mut made: Vec<(&str, Value)> = vec![("AST", Value::Obj(ast))];
    for n in nodes::NODES {
        let Some(base) = made
            .iter()
            .find(|(k, _)| *k == n.base)
            .map(|(_, v)| v.clone())
        else {
            continue;
        };
        let mut ns = DictData::new();
        ns.set_str_key(new_str("_fields"), strs(n.fields));
        ns.set_str_key(new_str("__match_args__"), strs(n.fields));
        ns.set_str_key(new_str("__module__"), new_str("ast"));
        ns.set_str_key(new_str("__doc__"), new_str(n.doc));
        if n.attributes != nodes::INHERIT {
            ns.set_str_key(new_str("_attributes"), strs(n.attributes));
        }
        for k in n.none_defaults {
            ns.set_str_key(new_str(k), Value::None);
        }
        let cls = protocol::call0(
            vm,
            &type_,
            &[new_str(n.name), new_tuple(vec![base]), new_dict(ns)],
        )?;
        super::set_attr(&m, n.name, cls.clone());
        made.push((n.name, cls));
    }
    for (k, v) in [
        ("PyCF_ONLY_AST", 1024),
        ("PyCF_TYPE_COMMENTS", 4096),
        ("PyCF_ALLOW_TOP_LEVEL_AWAIT", 8192),
    ] {
        super::set_attr(&m, k, Value::Int(v));
    }
    Ok(m)
}
