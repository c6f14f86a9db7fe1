//! `re.Pattern`: a compiled pattern (CPython's `PatternObject`) and `_sre.compile`.
//! `match`/`fullmatch`/`search` and the attributes live here; the methods that loop over
//! matches (`findall`, `finditer`, `split`, `sub`) in `pattern_ops`.

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::{overflow_error, type_error, PyResult};
use krait_object::gc::traverse::{Busy, Visit};
use krait_object::interp::Interp;
use krait_object::native::{
    expect_native, make_type, native_ref, new_native, visit_value, GetSetDef, NativeData, TypeSpec,
};
use krait_object::object::{ObjRef, Payload};
use krait_object::protocol;
use krait_object::typeobj::{CmpOp, TypeData};
use krait_object::types::dict::new_dict;
use krait_object::types::str::new_string;
use krait_object::types::tuple::new_tuple;
use krait_object::{method, Value};

use super::constants::flag;
use super::match_::new_match;
use super::subject::{chars_of, exec, get_subject, Mode, Run, Subject};

pub struct Pattern {
    pub code: Vec<u32>,
    /// Number of capturing groups (group 0 not counted).
    pub groups: usize,
    pub flags: u32,
    /// The source: a str, bytes, or None.
    pub pattern: Value,
    /// `{name: number}` (a dict).
    pub groupindex: Value,
    /// `(None, name of group 1 or None, …)`.
    pub indexgroup: Value,
    /// `Some(true)` for a bytes pattern, `None` when the source is None (either kind).
    pub is_bytes: Option<bool>,
}

impl NativeData for Pattern {
    fn traverse(&self, visit: Visit) -> Result<(), Busy> {
        visit_value(&self.pattern, visit);
        visit_value(&self.groupindex, visit);
        visit_value(&self.indexgroup, visit);
        Ok(())
    }
}

static SPEC: TypeSpec = TypeSpec {
    name: "Pattern",
    module: "re",
    flags: 0,
    base: None,
    setup,
    methods: &[
        method!("match", pattern_match),
        method!("fullmatch", pattern_fullmatch),
        method!("search", pattern_search),
        method!("sub", super::pattern_ops::sub),
        method!("subn", super::pattern_ops::subn),
        method!("findall", super::pattern_ops::findall),
        method!("split", super::pattern_ops::split),
        method!("finditer", super::pattern_ops::finditer),
        method!("scanner", super::pattern_ops::scanner),
        method!("__copy__", copy),
        method!("__deepcopy__", deepcopy),
    ],
    class_methods: &[],
    static_methods: &[],
    getsets: &[
        GetSetDef {
            name: "pattern",
            get: get_pattern,
            set: None,
        },
        GetSetDef {
            name: "flags",
            get: get_flags,
            set: None,
        },
        GetSetDef {
            name: "groups",
            get: get_groups,
            set: None,
        },
        GetSetDef {
            name: "groupindex",
            get: get_groupindex,
            set: None,
        },
    ],
    doc: Some("Compiled regular expression object."),
};

thread_local! {
    static TYPE: ObjRef = make_type(&SPEC);
}

pub fn pattern_type() -> ObjRef {
    TYPE.with(|t| t.clone())
}

fn setup(t: &TypeData) {
    let s = &t.slots;
    s.new.set(Some(|_, _, _| {
        Err(type_error("cannot create 're.Pattern' instances"))
    }));
    s.repr.set(Some(repr));
    s.richcompare.set(Some(richcompare));
    s.hash.set(Some(hash));
}

/// The Pattern state of `v` (a method's `self`).
pub fn pat<'a>(v: &'a Value, method: &str) -> PyResult<&'a Pattern> {
    expect_native::<Pattern>(v, method, "re.Pattern")
}

fn int_of(i: &mut dyn Interp, v: &Value) -> PyResult<i64> {
    protocol::index_i64(i, v)
}

/// `_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)`.
pub fn compile(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    static SIG: Sig = Sig {
        fname: "compile",
        names: &[
            "pattern",
            "flags",
            "code",
            "groups",
            "groupindex",
            "indexgroup",
        ],
        posonly: 0,
        required: 6,
    };
    let a = parse(&args, &SIG)?;
    let [Some(pattern), Some(flags), Some(code), Some(groups), Some(groupindex), Some(indexgroup)] =
        &a[..]
    else {
        return Err(type_error("compile() missing arguments"));
    };
    let flags = int_of(i, flags)? as u32;
    let Some(Payload::List(items)) = code.payload() else {
        return Err(type_error(format!(
            "compile() argument 'code' must be list, not {}",
            code.class_name()
        )));
    };
    let items = items.borrow().clone();
    let mut words = Vec::with_capacity(items.len());
    for it in &items {
        let n = int_of(i, it)?;
        let w = u32::try_from(n)
            .map_err(|_| overflow_error("regular expression code size limit exceeded"))?;
        words.push(w);
    }
    let groups = int_of(i, groups)?.max(0) as usize;
    let is_bytes = if pattern.is_none() {
        None
    } else {
        Some(get_subject(pattern)?.is_bytes)
    };
    let groupindex = match groupindex.payload() {
        Some(Payload::Dict(d)) => new_dict(d.borrow().clone()),
        _ => new_dict(Default::default()),
    };
    Ok(new_native(
        pattern_type(),
        Pattern {
            code: words,
            groups,
            flags,
            pattern: pattern.clone(),
            groupindex,
            indexgroup: indexgroup.clone(),
            is_bytes,
        },
    ))
}

/// `state_init`'s checks: the subject's characters, and pattern/subject kinds agree.
pub fn subject_for(p: &Pattern, string: &Value) -> PyResult<Subject> {
    let s = get_subject(string)?;
    match (p.is_bytes, s.is_bytes) {
        (Some(false), true) => Err(type_error(
            "cannot use a string pattern on a bytes-like object",
        )),
        (Some(true), false) => Err(type_error(
            "cannot use a bytes pattern on a string-like object",
        )),
        _ => Ok(s),
    }
}

/// `pos`/`endpos` clamped to `[0, len]` like `state_init`.
pub fn bounds(
    i: &mut dyn Interp,
    pos: &Option<Value>,
    endpos: &Option<Value>,
    len: usize,
) -> PyResult<(usize, usize)> {
    let clamp = |n: i64| n.clamp(0, len as i64) as usize;
    let p = match pos {
        Some(v) => clamp(int_of(i, v)?),
        None => 0,
    };
    let e = match endpos {
        Some(v) => clamp(int_of(i, v)?),
        None => len,
    };
    Ok((p, e))
}

static MATCH_NAMES: &[&str] = &["string", "pos", "endpos"];

fn run_one(i: &mut dyn Interp, args: Args<'_>, fname: &'static str, mode: Mode) -> PyResult<Value> {
    let sig = match fname {
        "match" => &Sig {
            fname: "match",
            names: MATCH_NAMES,
            posonly: 0,
            required: 1,
        },
        "fullmatch" => &Sig {
            fname: "fullmatch",
            names: MATCH_NAMES,
            posonly: 0,
            required: 1,
        },
        _ => &Sig {
            fname: "search",
            names: MATCH_NAMES,
            posonly: 0,
            required: 1,
        },
    };
    let me = args.pos().first().cloned().unwrap_or(Value::None);
    let p = pat(&me, fname)?;
    let a = parse(&args.skip_self(), sig)?;
    let string = a[0].clone().unwrap_or(Value::None);
    let subj = subject_for(p, &string)?;
    let (pos, endpos) = bounds(i, &a[1], &a[2], subj.len())?;
    let run = Run {
        code: &p.code,
        groups: p.groups,
        pos,
        endpos,
        mode,
        must_advance: false,
    };
    match exec(i, &subj, &run)? {
        Some(f) => Ok(new_match(&me, &string, &subj, f, pos, endpos)),
        None => Ok(Value::None),
    }
}

fn pattern_match(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    run_one(i, args, "match", Mode::Match)
}

fn pattern_fullmatch(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    run_one(i, args, "fullmatch", Mode::FullMatch)
}

fn pattern_search(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    run_one(i, args, "search", Mode::Search)
}

fn self_arg<'a>(args: &Args<'a>) -> PyResult<&'a Value> {
    super::self_of(args)
}

fn get_pattern(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(pat(self_arg(&args)?, "pattern")?.pattern.clone())
}

fn get_flags(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(pat(self_arg(&args)?, "flags")?.flags as i64))
}

fn get_groups(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    Ok(Value::Int(pat(self_arg(&args)?, "groups")?.groups as i64))
}

fn get_groupindex(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let p = pat(self_arg(&args)?, "groupindex")?;
    Ok(krait_object::descr::new_dict_proxy(&p.groupindex))
}

fn copy(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let me = self_arg(&args)?;
    pat(me, "__copy__")?;
    args.skip_self().exact("Pattern.__copy__", 0)?;
    Ok(me.clone())
}

fn deepcopy(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let me = self_arg(&args)?;
    pat(me, "__deepcopy__")?;
    args.skip_self().exact("Pattern.__deepcopy__", 1)?;
    Ok(me.clone())
}

const FLAG_NAMES: &[(&str, u32)] = &[
    ("re.TEMPLATE", flag::TEMPLATE),
    ("re.IGNORECASE", flag::IGNORECASE),
    ("re.LOCALE", flag::LOCALE),
    ("re.MULTILINE", flag::MULTILINE),
    ("re.DOTALL", flag::DOTALL),
    ("re.UNICODE", flag::UNICODE),
    ("re.VERBOSE", flag::VERBOSE),
    ("re.DEBUG", flag::DEBUG),
    ("re.ASCII", flag::ASCII),
];

/// `%.Nr`: the repr cut to `n` code points.
pub fn repr_cut(i: &mut dyn Interp, v: &Value, n: usize) -> PyResult<String> {
    let r = protocol::repr_string(i, v)?;
    Ok(match r.char_indices().nth(n) {
        Some((k, _)) => r[..k].to_string(),
        None => r,
    })
}

fn repr(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let p = pat(v, "__repr__")?;
    let src = repr_cut(i, &p.pattern, 200)?;
    let mut flags = p.flags;
    if p.is_bytes != Some(true)
        && flags & (flag::LOCALE | flag::UNICODE | flag::ASCII) == flag::UNICODE
    {
        flags &= !flag::UNICODE;
    }
    let mut names = Vec::new();
    for &(name, bit) in FLAG_NAMES {
        if flags & bit != 0 {
            names.push(name.to_string());
            flags &= !bit;
        }
    }
    if flags != 0 {
        names.push(format!("0x{flags:x}"));
    }
    if names.is_empty() {
        Ok(new_string(format!("re.compile({src})")))
    } else {
        Ok(new_string(format!(
            "re.compile({src}, {})",
            names.join("|")
        )))
    }
}

fn richcompare(i: &mut dyn Interp, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (native_ref::<Pattern>(a), native_ref::<Pattern>(b)) else {
        return Ok(None);
    };
    let mut eq = a.is(b) || (x.flags == y.flags && x.is_bytes == y.is_bytes && x.code == y.code);
    if eq && !a.is(b) {
        eq = protocol::eq(i, &x.pattern, &y.pattern)?;
    }
    Ok(Some(Value::Bool(eq == (op == CmpOp::Eq))))
}

fn hash(i: &mut dyn Interp, v: &Value) -> PyResult<i64> {
    let p = pat(v, "__hash__")?;
    let h = protocol::hash(i, &p.pattern)?;
    let bytes: Vec<u8> = p.code.iter().flat_map(|w| w.to_le_bytes()).collect();
    let h2 = krait_object::types::hash_secret().hash_bytes(&bytes);
    let r = h ^ h2;
    Ok(if r == -1 { -2 } else { r })
}

/// The characters of `v` when it is a str or bytes-like (for the literal-template test).
pub fn literal_chars(v: &Value) -> Option<Subject> {
    chars_of(v)
}

/// A tuple of `items` (re-exported for the sibling files).
pub fn tuple(items: Vec<Value>) -> Value {
    new_tuple(items)
}
