//! `_collections` (CPython's `Modules/_collectionsmodule.c`): `deque` and its iterators,
//! `defaultdict`, `_count_elements` (Counter's counting loop) and `_tuplegetter` (the
//! field descriptor of namedtuple classes). `OrderedDict` is left to `collections`'s
//! pure-Python fallback.

pub mod defaultdict;
pub mod deque;
pub mod deque_iter;

use krait_object::args::Args;
use krait_object::error::{attribute_error, index_error, type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::native::{new_native, GetSetDef, TypeSpec};
use krait_object::object::Payload;
use krait_object::protocol::{self, td};
use krait_object::typeobj::{BinOp, TypeData};
use krait_object::types::dict::{as_dict, dict_get, dict_set};
use krait_object::types::tuple::new_tuple;
use krait_object::types::MethodDef;
use krait_object::{builtin_types, method, Value};

use crate::modules::support::{check_pos, Cell, Refs};
use crate::modules::{new_module_with, set_attr};
use crate::native_type;
use crate::vm::Vm;

/// A `METH_O` method's one argument: `deque.append() takes exactly one argument (0 given)`.
pub fn meth_o<'a>(args: &Args<'a>, qualname: &str) -> PyResult<&'a Value> {
    let short = qualname.rsplit('.').next().unwrap_or(qualname);
    args.no_kwargs(short)?;
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(type_error(format!(
            "{qualname}() takes exactly one argument ({} given)",
            pos.len().saturating_sub(1)
        )));
    }
    Ok(&pos[1])
}

/// A `METH_NOARGS` method's check: `deque.pop() takes no arguments (1 given)`.
pub fn meth_noargs(args: &Args<'_>, qualname: &str) -> PyResult<()> {
    let short = qualname.rsplit('.').next().unwrap_or(qualname);
    args.no_kwargs(short)?;
    let n = args.pos().len().saturating_sub(1);
    if n != 0 {
        return Err(type_error(format!(
            "{qualname}() takes no arguments ({n} given)"
        )));
    }
    Ok(())
}

/// `_count_elements(mapping, iterable)`: `mapping[x] = mapping.get(x, 0) + 1` for each
/// item; a direct dict loop when `mapping` keeps dict's `get` and `__setitem__`.
fn count_elements(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.no_kwargs("_count_elements")?;
    let a = check_pos(&args, "_count_elements", 2, 2)?;
    let (mapping, iterable) = (&a[0], &a[1]);
    let it = protocol::iter(i, iterable)?;
    let dict_t = &builtin_types().dict;
    let cls = mapping.class();
    let fast = as_dict(mapping).is_some() && {
        let own_get = td(&cls).lookup_str("get");
        let dict_get_m = td(dict_t).lookup_str("get");
        let same_get = match (own_get, dict_get_m) {
            (Some(x), Some(y)) => x.is(&y),
            _ => false,
        };
        let same_set = match (td(&cls).slots.setitem.get(), td(dict_t).slots.setitem.get()) {
            (Some(x), Some(y)) => std::ptr::fn_addr_eq(x, y),
            _ => false,
        };
        same_get && same_set
    };
    if fast {
        let Some(d) = as_dict(mapping) else {
            return Ok(Value::None);
        };
        while let Some(x) = protocol::next(i, &it)? {
            let new = match dict_get(i, d, &x)? {
                Some(Value::Int(n)) if n < i64::MAX => Value::Int(n + 1),
                Some(old) => protocol::binary_op(i, &old, &Value::Int(1), BinOp::Add)?,
                None => Value::Int(1),
            };
            dict_set(i, d, x, new)?;
        }
        return Ok(Value::None);
    }
    let get = protocol::getattr_str(i, mapping, "get")?;
    while let Some(x) = protocol::next(i, &it)? {
        let old = protocol::call0(i, &get, &[x.clone(), Value::Int(0)])?;
        let new = protocol::binary_op(i, &old, &Value::Int(1), BinOp::Add)?;
        protocol::setitem(i, mapping, &x, new)?;
    }
    Ok(Value::None)
}

// ---- _tuplegetter ----

#[derive(Default)]
pub struct TupleGetter {
    index: i64,
    doc: Value,
}
impl Refs for TupleGetter {
    fn refs(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.doc);
    }
}
type TG = Cell<TupleGetter>;

fn tg_this(v: &Value) -> PyResult<&TG> {
    crate::modules::support::this::<TupleGetter>(v, "__get__", "_collections._tuplegetter")
}

fn setup_tuplegetter(t: &TypeData) {
    let s = &t.slots;
    s.new.set(Some(|i, cls, args| {
        args.no_kwargs("_tuplegetter")?;
        let a = check_pos(&args, "_tuplegetter", 2, 2)?;
        let index = crate::modules::support::ssize(i, &a[0])?;
        Ok(new_native(
            cls.clone(),
            Cell::new(TupleGetter {
                index,
                doc: a[1].clone(),
            }),
        ))
    }));
    s.descr_get.set(Some(|_, d, obj, _cls| {
        let Some(obj) = obj.filter(|o| !o.is_none()) else {
            return Ok(d.clone());
        };
        let index = tg_this(d)?.get().index;
        let Some(Payload::Tuple(items)) = obj.payload() else {
            return Err(type_error(format!(
                "descriptor for index '{index}' for tuple subclasses doesn't apply to '{}' object",
                obj.class_name()
            )));
        };
        usize::try_from(index)
            .ok()
            .and_then(|k| items.get(k))
            .cloned()
            .ok_or_else(|| index_error("tuple index out of range"))
    }));
    s.repr.set(Some(|i, v| {
        let (index, doc) = {
            let s = tg_this(v)?.get();
            (s.index, s.doc.clone())
        };
        let name = td(&v.class()).name();
        let doc = protocol::repr_string(i, &doc)?;
        Ok(krait_object::types::str::new_string(format!(
            "{name}({index}, {doc})"
        )))
    }));
    s.descr_set.set(Some(|_, _, _, v| {
        Err(attribute_error(if v.is_some() {
            "can't set attribute"
        } else {
            "can't delete attribute"
        }))
    }));
}
fn tg_reduce(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = &args.pos()[0];
    let (index, doc) = {
        let s = tg_this(v)?.get();
        (s.index, s.doc.clone())
    };
    Ok(new_tuple(vec![
        Value::Obj(v.class()),
        new_tuple(vec![Value::Int(index), doc]),
    ]))
}
fn tg_doc_get(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(tg_this(&args.pos()[0])?.get().doc.clone())
}
fn tg_doc_set(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() == 2 {
        tg_this(&pos[0])?.get_mut().doc = pos[1].clone();
    }
    Ok(Value::None)
}
static TG_METHODS: &[MethodDef] = &[method!("__reduce__", tg_reduce)];
static TG_GETSETS: &[GetSetDef] = &[GetSetDef {
    name: "__doc__",
    get: tg_doc_get,
    set: Some(tg_doc_set),
}];
static TUPLEGETTER: TypeSpec = TypeSpec {
    methods: TG_METHODS,
    getsets: TG_GETSETS,
    ..TypeSpec::new("_tuplegetter", "_collections", setup_tuplegetter)
};
native_type!(pub tuplegetter_type, TUPLEGETTER);

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with("_collections", &[("_count_elements", count_elements)]);
    set_attr(&m, "deque", Value::Obj(deque::deque_type()));
    set_attr(
        &m,
        "defaultdict",
        Value::Obj(defaultdict::defaultdict_type()),
    );
    set_attr(&m, "_tuplegetter", Value::Obj(tuplegetter_type()));
    set_attr(
        &m,
        "_deque_iterator",
        Value::Obj(deque_iter::deque_iterator_type()),
    );
    set_attr(
        &m,
        "_deque_reverse_iterator",
        Value::Obj(deque_iter::deque_reverse_iterator_type()),
    );
    Ok(m)
}
