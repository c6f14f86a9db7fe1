//! `re.Match` (CPython's `MatchObject`): the spans of a successful match and the API over
//! them (`group`, `groups`, `groupdict`, `start`/`end`/`span`, `expand`, `regs` …).

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::{index_error, type_error, PyResult};
use krait_object::gc::traverse::{Busy, Visit};
use krait_object::interp::Interp;
use krait_object::native::{
    expect_native, make_type, new_native, visit_value, GetSetDef, NativeData, TypeSpec,
};
use krait_object::object::{ObjRef, Payload};
use krait_object::protocol;
use krait_object::typeobj::TypeData;
use krait_object::types::dict::{as_dict, dict_get, dict_set, new_dict, DictData};
use krait_object::types::str::new_string;
use krait_object::types::tuple::new_tuple;
use krait_object::{method, Value};

use super::pattern::{pat, repr_cut};
use super::subject::{slice_value, Found, Subject};

pub struct Match {
    pub string: Value,
    /// The `re.Pattern` that matched.
    pub pattern: Value,
    /// Spans of groups 0..=groups; `(-1, -1)` for a group that did not take part.
    pub regs: Vec<(isize, isize)>,
    pub pos: usize,
    pub endpos: usize,
    pub lastindex: isize,
}

impl NativeData for Match {
    fn traverse(&self, visit: Visit) -> Result<(), Busy> {
        visit_value(&self.string, visit);
        visit_value(&self.pattern, visit);
        Ok(())
    }
}

static SPEC: TypeSpec = TypeSpec {
    name: "Match",
    module: "re",
    flags: 0,
    base: None,
    setup,
    methods: &[
        method!("group", group),
        method!("__getitem__", getitem),
        method!("groups", groups),
        method!("groupdict", groupdict),
        method!("start", start),
        method!("end", end),
        method!("span", span),
        method!("expand", expand),
        method!("__copy__", copy),
        method!("__deepcopy__", deepcopy),
    ],
    class_methods: &[],
    static_methods: &[],
    getsets: &[
        GetSetDef { name: "string", get: get_string, set: None },
        GetSetDef { name: "re", get: get_re, set: None },
        GetSetDef { name: "pos", get: get_pos, set: None },
        GetSetDef { name: "endpos", get: get_endpos, set: None },
        GetSetDef { name: "lastindex", get: get_lastindex, set: None },
        GetSetDef { name: "lastgroup", get: get_lastgroup, set: None },
        GetSetDef { name: "regs", get: get_regs, set: None },
    ],
    doc: Some("The result of re.match() and re.search().\nMatch objects always have a boolean value of True."),
};

thread_local! {
    static TYPE: ObjRef = make_type(&SPEC);
}

fn setup(t: &TypeData) {
    let s = &t.slots;
    s.new.set(Some(|_, _, _| {
        Err(type_error("cannot create 're.Match' instances"))
    }));
    s.repr.set(Some(repr));
    s.getitem.set(Some(|i, v, k| {
        let m = this(v, "__getitem__")?;
        let g = index_of(i, m, k)?;
        Ok(group_value(m, g, &Value::None))
    }));
}

/// A new Match for `found` over `string` (whose characters are `_subj`).
pub fn new_match(
    pattern: &Value,
    string: &Value,
    _subj: &Subject,
    found: Found,
    pos: usize,
    endpos: usize,
) -> Value {
    let m = Match {
        string: string.clone(),
        pattern: pattern.clone(),
        regs: found.regs,
        pos,
        endpos,
        lastindex: found.lastindex,
    };
    TYPE.with(|t| new_native(t.clone(), m))
}

fn this<'a>(v: &'a Value, method: &str) -> PyResult<&'a Match> {
    expect_native::<Match>(v, method, "re.Match")
}

fn me<'a>(args: &Args<'a>) -> PyResult<&'a Value> {
    super::self_of(args)
}

/// `match_getindex`: a group number or name → its index, else `IndexError`.
fn index_of(i: &mut dyn Interp, m: &Match, key: &Value) -> PyResult<usize> {
    let n = m.regs.len() as i64;
    let is_index = matches!(key, Value::Int(_) | Value::Bool(_))
        || protocol::td(&key.class()).slots.index.get().is_some();
    let idx = if is_index {
        let v = protocol::index(i, key)?;
        match v {
            Value::Int(k) => k,
            _ => -1,
        }
    } else {
        let p = pat(&m.pattern, "group")?;
        match as_dict(&p.groupindex) {
            Some(d) => match dict_get(i, d, key)? {
                Some(Value::Int(k)) => k,
                _ => -1,
            },
            None => -1,
        }
    };
    if idx < 0 || idx >= n {
        return Err(index_error("no such group"));
    }
    Ok(idx as usize)
}

/// The text of group `g`, or `default` when it did not take part.
fn group_value(m: &Match, g: usize, default: &Value) -> Value {
    let (a, b) = m.regs[g];
    if a < 0 || b < 0 {
        return default.clone();
    }
    slice_value(&m.string, a as usize, b as usize)
}

fn group(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let m = this(me(&args)?, "group")?;
    let rest = args.skip_self();
    rest.no_kwargs("Match.group")?;
    let keys = rest.pos();
    match keys.len() {
        0 => Ok(group_value(m, 0, &Value::None)),
        1 => {
            let g = index_of(i, m, &keys[0])?;
            Ok(group_value(m, g, &Value::None))
        }
        _ => {
            let mut out = Vec::with_capacity(keys.len());
            for k in keys {
                let g = index_of(i, m, k)?;
                out.push(group_value(m, g, &Value::None));
            }
            Ok(new_tuple(out))
        }
    }
}

fn default_arg(args: &Args<'_>, fname: &'static str) -> PyResult<Value> {
    let sig = match fname {
        "groups" => &Sig {
            fname: "groups",
            names: &["default"],
            posonly: 0,
            required: 0,
        },
        _ => &Sig {
            fname: "groupdict",
            names: &["default"],
            posonly: 0,
            required: 0,
        },
    };
    let a = parse(&args.skip_self(), sig)?;
    Ok(a[0].clone().unwrap_or(Value::None))
}

fn getitem(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let m = this(me(&args)?, "__getitem__")?;
    let a = args.skip_self().exact("__getitem__", 1)?;
    let g = index_of(i, m, &a[0])?;
    Ok(group_value(m, g, &Value::None))
}

fn groups(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let m = this(me(&args)?, "groups")?;
    let d = default_arg(&args, "groups")?;
    let out = (1..m.regs.len()).map(|g| group_value(m, g, &d)).collect();
    Ok(new_tuple(out))
}

fn groupdict(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let m = this(me(&args)?, "groupdict")?;
    let d = default_arg(&args, "groupdict")?;
    let p = pat(&m.pattern, "groupdict")?;
    let items = as_dict(&p.groupindex)
        .map(|x| x.borrow().items())
        .unwrap_or_default();
    let out = new_dict(DictData::new());
    let Some(od) = as_dict(&out) else {
        return Ok(out);
    };
    for (k, _) in items {
        let g = index_of(i, m, &k)?;
        dict_set(i, od, k, group_value(m, g, &d))?;
    }
    Ok(out)
}

/// The group argument of `start`/`end`/`span` (default 0).
fn group_arg(i: &mut dyn Interp, args: &Args<'_>, m: &Match, fname: &str) -> PyResult<usize> {
    let a = args.skip_self().between(fname, 0, 1)?;
    match a.first() {
        Some(k) => index_of(i, m, k),
        None => Ok(0),
    }
}

fn start(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let m = this(me(&args)?, "start")?;
    let g = group_arg(i, &args, m, "start")?;
    Ok(Value::Int(m.regs[g].0 as i64))
}

fn end(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let m = this(me(&args)?, "end")?;
    let g = group_arg(i, &args, m, "end")?;
    Ok(Value::Int(m.regs[g].1 as i64))
}

fn span_tuple(r: (isize, isize)) -> Value {
    new_tuple(vec![Value::Int(r.0 as i64), Value::Int(r.1 as i64)])
}

fn span(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let m = this(me(&args)?, "span")?;
    let g = group_arg(i, &args, m, "span")?;
    Ok(span_tuple(m.regs[g]))
}

/// `m.expand(template)`: `re._expand(pattern, match, template)`, as CPython does.
fn expand(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let mv = me(&args)?;
    let m = this(mv, "expand")?;
    static SIG: Sig = Sig {
        fname: "expand",
        names: &["template"],
        posonly: 0,
        required: 1,
    };
    let a = parse(&args.skip_self(), &SIG)?;
    let template = a[0].clone().unwrap_or(Value::None);
    let f = super::pattern_ops::re_function(i, "_expand")?;
    protocol::call0(i, &f, &[m.pattern.clone(), mv.clone(), template])
}

fn copy(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = me(&args)?;
    this(v, "__copy__")?;
    args.skip_self().exact("Match.__copy__", 0)?;
    Ok(v.clone())
}

fn deepcopy(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let v = me(&args)?;
    this(v, "__deepcopy__")?;
    args.skip_self().exact("Match.__deepcopy__", 1)?;
    Ok(v.clone())
}

fn get_string(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(this(me(&args)?, "string")?.string.clone())
}

fn get_re(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(this(me(&args)?, "re")?.pattern.clone())
}

fn get_pos(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this(me(&args)?, "pos")?.pos as i64))
}

fn get_endpos(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(this(me(&args)?, "endpos")?.endpos as i64))
}

fn get_lastindex(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let m = this(me(&args)?, "lastindex")?;
    Ok(if m.lastindex >= 0 {
        Value::Int(m.lastindex as i64)
    } else {
        Value::None
    })
}

fn get_lastgroup(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let m = this(me(&args)?, "lastgroup")?;
    if m.lastindex < 0 {
        return Ok(Value::None);
    }
    let p = pat(&m.pattern, "lastgroup")?;
    match p.indexgroup.payload() {
        Some(Payload::Tuple(t)) => Ok(t.get(m.lastindex as usize).cloned().unwrap_or(Value::None)),
        _ => {
            if p.indexgroup.is_none() {
                return Ok(Value::None);
            }
            protocol::getitem(i, &p.indexgroup, &Value::Int(m.lastindex as i64))
        }
    }
}

fn get_regs(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let m = this(me(&args)?, "regs")?;
    Ok(new_tuple(m.regs.iter().map(|&r| span_tuple(r)).collect()))
}

fn repr(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let m = this(v, "__repr__")?;
    let g0 = group_value(m, 0, &Value::None);
    let r = repr_cut(i, &g0, 50)?;
    Ok(new_string(format!(
        "<re.Match object; span=({}, {}), match={r}>",
        m.regs[0].0, m.regs[0].1
    )))
}
