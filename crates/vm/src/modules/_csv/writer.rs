//! `_csv.writer`: joins fields into one record with CPython's quoting and escaping
//! rules (`join_append_data`), then calls the file's `write`.

use krait_object::args::Args;
use krait_object::error::{type_error, PyResult};
use krait_object::gc::traverse::{Busy, Visit};
use krait_object::interp::Interp;
use krait_object::native::{native_ref, new_native, visit_value, GetSetDef, NativeData, TypeSpec};
use krait_object::protocol;
use krait_object::types::MethodDef;
use krait_object::Value;
use std::cell::RefCell;

use super::csv_error;
use super::dialect::{
    call_dialect, str_of, Params, NOT_SET, QUOTE_ALL, QUOTE_NONE, QUOTE_NONNUMERIC,
};

pub struct Writer {
    p: Params,
    /// `(write, dialect)`; emptied by the cycle collector.
    refs: RefCell<Option<(Value, Value)>>,
}

impl NativeData for Writer {
    fn traverse(&self, visit: Visit) -> Result<(), Busy> {
        if let Some((w, d)) = &*self.refs.try_borrow().map_err(|_| Busy)? {
            visit_value(w, visit);
            visit_value(d, visit);
        }
        Ok(())
    }
    fn clear_refs(&self, trash: &mut Vec<Value>) -> Result<(), Busy> {
        if let Some((w, d)) = self.refs.try_borrow_mut().map_err(|_| Busy)?.take() {
            trash.push(w);
            trash.push(d);
        }
        Ok(())
    }
    fn tracked(&self) -> bool {
        true
    }
}

static SPEC: TypeSpec = TypeSpec {
    name: "writer",
    module: "_csv",
    flags: 0,
    base: None,
    setup: krait_object::native::no_slots,
    methods: &[
        MethodDef {
            name: "writerow",
            func: writerow,
        },
        MethodDef {
            name: "writerows",
            func: writerows,
        },
    ],
    class_methods: &[],
    static_methods: &[],
    getsets: &[GetSetDef {
        name: "dialect",
        get: get_dialect,
        set: None,
    }],
    doc: Some("CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n"),
};

crate::native_type!(pub writer_type, SPEC);

fn this<'a>(a: &Args<'a>, name: &str) -> PyResult<&'a Writer> {
    krait_object::native::expect_native::<Writer>(
        a.pos().first().unwrap_or(&Value::None),
        name,
        "_csv.writer",
    )
}

fn refs(w: &Writer) -> (Value, Value) {
    w.refs
        .borrow()
        .clone()
        .unwrap_or((Value::None, Value::None))
}

fn get_dialect(_: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    Ok(refs(this(&a, "dialect")?).1)
}

/// `writer(fileobj, dialect='excel', **fmtparams)`.
pub fn csv_writer(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = super::unpack_1_2(&args)?;
    let write = match protocol::lookup_attr(i, &pos[0], "write")? {
        Some(w) if protocol::is_callable(&w) => w,
        _ => return Err(type_error("argument 1 must have a \"write\" method")),
    };
    let dialect = call_dialect(i, pos.get(1), &args)?;
    let p = match native_ref::<super::dialect::Dialect>(&dialect) {
        Some(d) => d.p.clone(),
        None => return Err(type_error("dialect must be a _csv.Dialect")),
    };
    Ok(new_native(
        writer_type(),
        Writer {
            p,
            refs: RefCell::new(Some((write, dialect))),
        },
    ))
}

/// Appends one field to `rec` (`None`: an empty field, as for the value None).
fn join_append(
    d: &Params,
    rec: &mut Vec<u32>,
    nfields: usize,
    field: &[u32],
    mut quoted: bool,
) -> PyResult<()> {
    if nfields > 0 {
        rec.push(d.delimiter);
    }
    let mut body = Vec::with_capacity(field.len());
    for &c in field {
        let mut want_escape = false;
        if c == d.delimiter
            || (c == d.escapechar && c != NOT_SET)
            || (c == d.quotechar && c != NOT_SET)
            || d.lineterminator.contains(&c)
        {
            if d.quoting == QUOTE_NONE {
                want_escape = true;
            } else {
                if c == d.quotechar {
                    if d.doublequote {
                        body.push(d.quotechar);
                    } else {
                        want_escape = true;
                    }
                } else if c == d.escapechar {
                    want_escape = true;
                }
                if !want_escape {
                    quoted = true;
                }
            }
            if want_escape {
                if d.escapechar == NOT_SET {
                    return Err(csv_error("need to escape, but no escapechar set"));
                }
                body.push(d.escapechar);
            }
        }
        body.push(c);
    }
    if quoted {
        rec.push(d.quotechar);
        rec.extend_from_slice(&body);
        rec.push(d.quotechar);
    } else {
        rec.extend_from_slice(&body);
    }
    Ok(())
}

/// `PyNumber_Check`: ints, floats, complex, and objects with `__index__`/`__int__`/`__float__`.
fn is_number(i: &mut dyn Interp, v: &Value) -> PyResult<bool> {
    if matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_)) {
        return Ok(true);
    }
    if matches!(v, Value::None | Value::Null) || v.as_str_data().is_some() {
        return Ok(false);
    }
    let cls = Value::Obj(v.class());
    for name in ["__index__", "__int__", "__float__", "__complex__"] {
        if protocol::lookup_attr(i, &cls, name)?.is_some() {
            return Ok(true);
        }
    }
    Ok(false)
}

fn writerow(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let pos = a.pos();
    if pos.len() != 2 {
        return Err(type_error(format!(
            "writerow() takes exactly one argument ({} given)",
            pos.len().saturating_sub(1)
        )));
    }
    let w = this(&a, "writerow")?;
    let d = &w.p;
    let row = &pos[1];
    let it = match protocol::iter(i, row) {
        Ok(it) => it,
        Err(e) if e.matches(&krait_object::types::builtin_types().exc.type_error) => {
            return Err(csv_error(format!(
                "iterable expected, not {}",
                row.class_name()
            )))
        }
        Err(e) => return Err(e),
    };
    let mut rec: Vec<u32> = Vec::new();
    let mut nfields = 0usize;
    while let Some(field) = protocol::next(i, &it)? {
        let quoted = match d.quoting {
            QUOTE_NONNUMERIC => !is_number(i, &field)?,
            QUOTE_ALL => true,
            _ => false,
        };
        let cps: Vec<u32> = match &field {
            Value::None => Vec::new(),
            v => match v.as_str_data() {
                Some(s) => s.code_points().collect(),
                None => {
                    let s = protocol::str_(i, v)?;
                    s.as_str_data()
                        .map(|s| s.code_points().collect())
                        .unwrap_or_default()
                }
            },
        };
        join_append(d, &mut rec, nfields, &cps, quoted)?;
        nfields += 1;
    }
    if nfields > 0 && rec.is_empty() {
        if d.quoting == QUOTE_NONE {
            return Err(csv_error("single empty field record must be quoted"));
        }
        join_append(d, &mut rec, 0, &[], true)?;
    }
    rec.extend_from_slice(&d.lineterminator);
    let write = refs(w).0;
    protocol::call0(i, &write, &[str_of(&rec)])
}

fn writerows(i: &mut dyn Interp, a: Args<'_>) -> PyResult<Value> {
    let pos = a.pos();
    if pos.len() != 2 {
        return Err(type_error(format!(
            "writerows() takes exactly one argument ({} given)",
            pos.len().saturating_sub(1)
        )));
    }
    this(&a, "writerows")?;
    let it = protocol::iter(i, &pos[1])?;
    while let Some(row) = protocol::next(i, &it)? {
        writerow(i, Args::positional(&[pos[0].clone(), row]))?;
    }
    Ok(Value::None)
}
