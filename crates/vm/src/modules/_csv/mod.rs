//! `_csv` (CPython's `Modules/_csv.c`): the dialect type, the reader and writer, and the
//! dialect registry under `csv.py`.

mod dialect;
mod reader;
mod writer;

use std::cell::{Cell, RefCell};

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::{new_error, overflow_error, type_error, PyErr, PyResult};
use krait_object::interp::Interp;
use krait_object::object::ObjRef;
use krait_object::protocol;
use krait_object::types::builtin_types;
use krait_object::types::dict::{new_dict, DictData};
use krait_object::types::list::new_list;
use krait_object::types::str::new_str;
use krait_object::Value;

use crate::vm::Vm;

use super::{new_module_with, set_attr};

thread_local! {
    static ERROR: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
    static DIALECTS: RefCell<Option<Value>> = const { RefCell::new(None) };
    static FIELD_LIMIT: Cell<i64> = const { Cell::new(128 * 1024) };
}

/// A `_csv.Error` with `msg`.
pub fn csv_error(msg: impl Into<String>) -> PyErr {
    let cls = ERROR
        .with(|e| e.borrow().clone())
        .unwrap_or_else(|| builtin_types().exc.exception.clone());
    new_error(&cls, msg)
}

pub fn field_limit() -> i64 {
    FIELD_LIMIT.with(|l| l.get())
}

fn dialects() -> Value {
    DIALECTS.with(|d| {
        d.borrow_mut()
            .get_or_insert_with(|| new_dict(DictData::new()))
            .clone()
    })
}

/// `PyArg_UnpackTuple(args, "", 1, 2, …)`.
fn unpack_1_2<'a>(args: &Args<'a>) -> PyResult<&'a [Value]> {
    let pos = args.pos();
    if pos.is_empty() {
        return Err(type_error(" expected at least 1 argument, got 0"));
    }
    if pos.len() > 2 {
        return Err(type_error(format!(
            " expected at most 2 arguments, got {}",
            pos.len()
        )));
    }
    Ok(pos)
}

fn get_dialect_from_registry(i: &mut dyn Interp, name: &Value) -> PyResult<Value> {
    let d = dialects();
    if !protocol::contains(i, &d, name)? {
        return Err(csv_error("unknown dialect"));
    }
    protocol::getitem(i, &d, name)
}

fn register_dialect(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = unpack_1_2(&args)?;
    if pos[0].as_str_data().is_none() {
        return Err(type_error("dialect name must be a string"));
    }
    let d = dialect::call_dialect(i, pos.get(1), &args)?;
    protocol::setitem(i, &dialects(), &pos[0], d)?;
    Ok(Value::None)
}

/// Argument Clinic's single `name` parameter.
fn one_arg(args: &Args<'_>, sig: &'static Sig) -> PyResult<Value> {
    Ok(parse(args, sig)?.pop().flatten().unwrap_or(Value::None))
}

static UNREGISTER: Sig = Sig {
    fname: "unregister_dialect",
    names: &["name"],
    posonly: 0,
    required: 1,
};

static GET: Sig = Sig {
    fname: "get_dialect",
    names: &["name"],
    posonly: 0,
    required: 1,
};

fn unregister_dialect(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let name = &one_arg(&args, &UNREGISTER)?;
    let d = dialects();
    if !protocol::contains(i, &d, name)? {
        return Err(csv_error("unknown dialect"));
    }
    protocol::delitem(i, &d, name)?;
    Ok(Value::None)
}

fn get_dialect(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let name = &one_arg(&args, &GET)?;
    get_dialect_from_registry(i, name)
}

fn list_dialects(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    if !args.pos().is_empty() || args.has_kwargs() {
        return Err(type_error(format!(
            "_csv.list_dialects() takes no arguments ({} given)",
            args.pos().len() + args.kwnames.len()
        )));
    }
    let keys = protocol::collect(i, &dialects())?;
    Ok(new_list(keys))
}

fn field_size_limit(_: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    static SIG: Sig = Sig {
        fname: "field_size_limit",
        names: &["new_limit"],
        posonly: 0,
        required: 0,
    };
    let v = parse(&args, &SIG)?;
    let old = field_limit();
    if let Some(n) = &v[0] {
        let n = match n {
            Value::Int(n) => *n,
            v if v.class_name() == "int" => {
                return Err(overflow_error("Python int too large to convert to C long"))
            }
            _ => return Err(type_error("limit must be an integer")),
        };
        FIELD_LIMIT.with(|l| l.set(n));
    }
    Ok(Value::Int(old))
}

const DOC: &str = "CSV parsing and writing.\n";

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with(
        "_csv",
        &[
            ("field_size_limit", field_size_limit),
            ("get_dialect", get_dialect),
            ("list_dialects", list_dialects),
            ("reader", reader::csv_reader),
            ("register_dialect", register_dialect),
            ("unregister_dialect", unregister_dialect),
            ("writer", writer::csv_writer),
        ],
    );
    let exc = builtin_types().exc.exception.clone();
    let err = super::exc_class::new_exception_class(vm, "_csv", "Error", &[exc])?;
    ERROR.with(|e| *e.borrow_mut() = Some(err.clone()));
    set_attr(&m, "Error", Value::Obj(err));
    set_attr(&m, "Dialect", Value::Obj(dialect::dialect_type()));
    set_attr(&m, "Reader", Value::Obj(reader::reader_type()));
    set_attr(&m, "Writer", Value::Obj(writer::writer_type()));
    set_attr(&m, "_dialects", dialects());
    set_attr(&m, "__version__", new_str("1.0"));
    set_attr(&m, "__doc__", new_str(DOC));
    set_attr(&m, "QUOTE_MINIMAL", Value::Int(dialect::QUOTE_MINIMAL));
    set_attr(&m, "QUOTE_ALL", Value::Int(dialect::QUOTE_ALL));
    set_attr(
        &m,
        "QUOTE_NONNUMERIC",
        Value::Int(dialect::QUOTE_NONNUMERIC),
    );
    set_attr(&m, "QUOTE_NONE", Value::Int(dialect::QUOTE_NONE));
    Ok(m)
}
