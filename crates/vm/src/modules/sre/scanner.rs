//! `_sre.SRE_Scanner`: successive matches of one pattern over one string (`scanner.match()`
//! / `scanner.search()`; `finditer` iterates `search`).

use std::cell::Cell;

use krait_object::args::Args;
use krait_object::error::{type_error, PyResult};
use krait_object::gc::traverse::{Busy, Visit};
use krait_object::interp::Interp;
use krait_object::native::{
    expect_native, make_type, new_native, visit_value, GetSetDef, NativeData, TypeSpec,
};
use krait_object::object::ObjRef;
use krait_object::typeobj::TypeData;
use krait_object::{method, Value};

use super::match_::new_match;
use super::pattern::pat;
use super::subject::{exec, Mode, Run, Subject};

pub struct Scanner {
    pattern: Value,
    string: Value,
    subj: Subject,
    pos: usize,
    endpos: usize,
    /// Where the next attempt starts; `None` once a search failed (exhausted).
    start: Cell<Option<usize>>,
    must_advance: Cell<bool>,
}

impl NativeData for Scanner {
    fn traverse(&self, visit: Visit) -> Result<(), Busy> {
        visit_value(&self.pattern, visit);
        visit_value(&self.string, visit);
        Ok(())
    }
}

static SPEC: TypeSpec = TypeSpec {
    name: "SRE_Scanner",
    module: "_sre",
    flags: 0,
    base: None,
    setup,
    methods: &[method!("match", scan_match), method!("search", scan_search)],
    class_methods: &[],
    static_methods: &[],
    getsets: &[GetSetDef {
        name: "pattern",
        get: get_pattern,
        set: None,
    }],
    doc: None,
};

thread_local! {
    static TYPE: ObjRef = make_type(&SPEC);
}

fn setup(t: &TypeData) {
    t.slots.new.set(Some(|_, _, _| {
        Err(type_error("cannot create '_sre.SRE_Scanner' instances"))
    }));
}

pub fn new_scanner(
    pattern: Value,
    string: Value,
    subj: Subject,
    pos: usize,
    endpos: usize,
) -> Value {
    let sc = Scanner {
        pattern,
        string,
        subj,
        pos,
        endpos,
        start: Cell::new(Some(pos)),
        must_advance: Cell::new(false),
    };
    TYPE.with(|t| new_native(t.clone(), sc))
}

fn this<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a Scanner> {
    expect_native::<Scanner>(super::self_of(args)?, method, "_sre.SRE_Scanner")
}

fn step(i: &mut dyn Interp, args: Args<'_>, fname: &str, mode: Mode) -> PyResult<Value> {
    let sc = this(&args, fname)?;
    args.skip_self().exact(fname, 0)?;
    let Some(start) = sc.start.get() else {
        return Ok(Value::None);
    };
    let p = pat(&sc.pattern, fname)?;
    let run = Run {
        code: &p.code,
        groups: p.groups,
        pos: start,
        endpos: sc.endpos,
        mode,
        must_advance: sc.must_advance.get(),
    };
    match exec(i, &sc.subj, &run)? {
        None => {
            sc.start.set(None);
            Ok(Value::None)
        }
        Some(f) => {
            sc.must_advance.set(f.end() == f.start());
            sc.start.set(Some(f.end()));
            Ok(new_match(
                &sc.pattern,
                &sc.string,
                &sc.subj,
                f,
                sc.pos,
                sc.endpos,
            ))
        }
    }
}

fn scan_match(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    step(i, args, "match", Mode::Match)
}

fn scan_search(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    step(i, args, "search", Mode::Search)
}

fn get_pattern(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(this(&args, "pattern")?.pattern.clone())
}
