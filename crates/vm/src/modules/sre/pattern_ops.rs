//! The `re.Pattern` methods that loop over successive matches: `findall`, `split`,
//! `sub`/`subn`, `finditer`/`scanner` (CPython's `pattern_findall`, `pattern_split`,
//! `pattern_subx`). Each next search starts where the last match ended, refusing an empty
//! match there when the last one was empty too (`must_advance`).

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::{type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::object::Payload;
use krait_object::protocol;
use krait_object::types::bytes::new_bytes;
use krait_object::types::list::new_list;
use krait_object::types::str::{new_str_data, StrData};
use krait_object::types::tuple::new_tuple;
use krait_object::Value;

use super::match_::new_match;
use super::pattern::{bounds, literal_chars, pat, subject_for, Pattern};
use super::subject::{exec, Chars, Found, Mode, Run, Subject};

/// `re.<name>` (the `re` module is imported: it is what compiled the pattern).
pub fn re_function(i: &mut dyn Interp, name: &str) -> PyResult<Value> {
    let vm = crate::builtins::vm_of(i)
        .ok_or_else(|| krait_object::error::system_error("_sre: no VM"))?;
    let m = crate::import::import_absolute(vm, "re")?;
    protocol::getattr_str(i, &m, name)
}

fn me<'a>(args: &Args<'a>) -> PyResult<&'a Value> {
    super::self_of(args)
}

/// Calls `f(found)` for each successive match of `p` in `subj[pos..endpos]` while it
/// returns `true` (at most `limit` matches when `limit > 0`).
fn each_match(
    i: &mut dyn Interp,
    p: &Pattern,
    subj: &Subject,
    pos: usize,
    endpos: usize,
    mut f: impl FnMut(&Found) -> PyResult<bool>,
) -> PyResult<()> {
    let mut start = pos;
    let mut must_advance = false;
    while start <= endpos {
        let run = Run {
            code: &p.code,
            groups: p.groups,
            pos: start,
            endpos,
            mode: Mode::Search,
            must_advance,
        };
        let Some(found) = exec(i, subj, &run)? else {
            break;
        };
        if !f(&found)? {
            break;
        }
        must_advance = found.end() == found.start();
        start = found.end();
    }
    Ok(())
}

/// Group `g`'s text, or `empty`/None when it did not take part (`state_getslice`).
fn group_text(subj: &Subject, f: &Found, g: usize, empty: bool) -> Value {
    let (a, b) = f.regs[g];
    if a < 0 || b < 0 {
        return if empty { subj.empty() } else { Value::None };
    }
    subj.slice(a as usize, b as usize)
}

static FINDALL_NAMES: &[&str] = &["string", "pos", "endpos"];

pub fn findall(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    static SIG: Sig = Sig {
        fname: "findall",
        names: FINDALL_NAMES,
        posonly: 0,
        required: 1,
    };
    let p = pat(me(&args)?, "findall")?;
    let a = parse(&args.skip_self(), &SIG)?;
    let string = a[0].clone().unwrap_or(Value::None);
    let subj = subject_for(p, &string)?;
    let (pos, endpos) = bounds(i, &a[1], &a[2], subj.len())?;
    let mut out = Vec::new();
    each_match(i, p, &subj, pos, endpos, |f| {
        out.push(match p.groups {
            0 => subj.slice(f.start(), f.end()),
            1 => group_text(&subj, f, 1, true),
            n => new_tuple((1..=n).map(|g| group_text(&subj, f, g, true)).collect()),
        });
        Ok(true)
    })?;
    Ok(new_list(out))
}

pub fn split(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    static SIG: Sig = Sig {
        fname: "split",
        names: &["string", "maxsplit"],
        posonly: 0,
        required: 1,
    };
    let p = pat(me(&args)?, "split")?;
    let a = parse(&args.skip_self(), &SIG)?;
    let string = a[0].clone().unwrap_or(Value::None);
    let maxsplit = match &a[1] {
        Some(v) => protocol::index_i64(i, v)?,
        None => 0,
    };
    let subj = subject_for(p, &string)?;
    let mut out = Vec::new();
    let mut last = 0;
    let mut n = 0i64;
    if maxsplit >= 0 {
        each_match(i, p, &subj, 0, subj.len(), |f| {
            out.push(subj.slice(last, f.start()));
            for g in 1..=p.groups {
                out.push(group_text(&subj, f, g, false));
            }
            n += 1;
            last = f.end();
            Ok(maxsplit == 0 || n < maxsplit)
        })?;
    }
    out.push(subj.slice(last, subj.len()));
    Ok(new_list(out))
}

pub fn sub(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    subx(i, args, "sub", false)
}

pub fn subn(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    subx(i, args, "subn", true)
}

/// What replaces each match.
enum Filter {
    Literal(Value),
    Call(Value),
}

fn subx(
    i: &mut dyn Interp,
    args: Args<'_>,
    fname: &'static str,
    with_count: bool,
) -> PyResult<Value> {
    static NAMES: &[&str] = &["repl", "string", "count"];
    let sig = if with_count {
        &Sig {
            fname: "subn",
            names: NAMES,
            posonly: 0,
            required: 2,
        }
    } else {
        &Sig {
            fname: "sub",
            names: NAMES,
            posonly: 0,
            required: 2,
        }
    };
    let pv = me(&args)?.clone();
    let p = pat(&pv, fname)?;
    let a = parse(&args.skip_self(), sig)?;
    let repl = a[0].clone().unwrap_or(Value::None);
    let string = a[1].clone().unwrap_or(Value::None);
    let count = match &a[2] {
        Some(v) => protocol::index_i64(i, v)?,
        None => 0,
    };
    let filter = if protocol::is_callable(&repl) {
        Filter::Call(repl)
    } else {
        let literal = literal_chars(&repl).is_some_and(|s| match &s.chars {
            Chars::U8(b) => !b.contains(&b'\\'),
            Chars::U32(w) => !w.contains(&(b'\\' as u32)),
        });
        if literal {
            Filter::Literal(repl)
        } else {
            let subx = re_function(i, "_subx")?;
            let f = protocol::call0(i, &subx, &[pv.clone(), repl])?;
            if protocol::is_callable(&f) {
                Filter::Call(f)
            } else {
                Filter::Literal(f)
            }
        }
    };
    let subj = subject_for(p, &string)?;
    let endpos = subj.len();
    let mut parts: Vec<Value> = Vec::new();
    let mut last = 0;
    let mut n = 0i64;
    let mut start = 0;
    let mut must_advance = false;
    while count == 0 || n < count {
        if start > endpos {
            break;
        }
        let run = Run {
            code: &p.code,
            groups: p.groups,
            pos: start,
            endpos,
            mode: Mode::Search,
            must_advance,
        };
        let Some(found) = exec(i, &subj, &run)? else {
            break;
        };
        let (b, e) = (found.start(), found.end());
        if last < b {
            parts.push(subj.slice(last, b));
        }
        let item = match &filter {
            Filter::Literal(v) => v.clone(),
            Filter::Call(f) => {
                let m = new_match(&pv, &string, &subj, found, 0, endpos);
                protocol::call0(i, f, &[m])?
            }
        };
        if !item.is_none() {
            parts.push(item);
        }
        last = e;
        n += 1;
        must_advance = e == b;
        start = e;
    }
    if last < endpos {
        parts.push(subj.slice(last, endpos));
    }
    let joined = join(&subj, &parts)?;
    if with_count {
        Ok(new_tuple(vec![joined, Value::Int(n)]))
    } else {
        Ok(joined)
    }
}

/// `"".join(parts)` / `b"".join(parts)` with their messages for a wrong item.
fn join(subj: &Subject, parts: &[Value]) -> PyResult<Value> {
    if subj.is_bytes {
        let mut out = Vec::new();
        for (k, v) in parts.iter().enumerate() {
            match v.payload() {
                Some(Payload::Bytes(b)) => out.extend_from_slice(b),
                Some(Payload::ByteArray(b)) => out.extend_from_slice(&b.borrow()),
                _ => {
                    return Err(type_error(format!(
                        "sequence item {k}: expected a bytes-like object, {} found",
                        v.class_name()
                    )))
                }
            }
        }
        return Ok(new_bytes(out));
    }
    let mut out: Vec<u8> = Vec::new();
    for (k, v) in parts.iter().enumerate() {
        match v.as_str_data() {
            Some(s) => out.extend_from_slice(s.as_bytes()),
            None => {
                return Err(type_error(format!(
                    "sequence item {k}: expected str instance, {} found",
                    v.class_name()
                )))
            }
        }
    }
    Ok(new_str_data(StrData::from_wtf8(&out)))
}

static SCAN_NAMES: &[&str] = &["string", "pos", "endpos"];

pub fn scanner(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    static SIG: Sig = Sig {
        fname: "scanner",
        names: SCAN_NAMES,
        posonly: 0,
        required: 1,
    };
    make_scanner(i, args, &SIG)
}

pub fn finditer(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    static SIG: Sig = Sig {
        fname: "finditer",
        names: SCAN_NAMES,
        posonly: 0,
        required: 1,
    };
    let sc = make_scanner(i, args, &SIG)?;
    let search = protocol::getattr_str(i, &sc, "search")?;
    krait_object::types::functional::callable_iter(&search, &Value::None)
}

fn make_scanner(i: &mut dyn Interp, args: Args<'_>, sig: &Sig) -> PyResult<Value> {
    let pv = me(&args)?.clone();
    let p = pat(&pv, sig.fname)?;
    let a = parse(&args.skip_self(), sig)?;
    let string = a[0].clone().unwrap_or(Value::None);
    let subj = subject_for(p, &string)?;
    let (pos, endpos) = bounds(i, &a[1], &a[2], subj.len())?;
    Ok(super::scanner::new_scanner(pv, string, subj, pos, endpos))
}
