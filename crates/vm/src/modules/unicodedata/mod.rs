//! `unicodedata` (CPython's `Modules/unicodedata.c`): the Unicode 14.0.0 database of
//! `krait_unicode` behind CPython's functions, argument checks and messages, and the
//! `UCD` type whose one instance, `ucd_3_2_0`, answers as Unicode 3.2.0 (for
//! `stringprep` and the `idna` codec).

mod ucd;

use krait_object::args::Args;
use krait_object::error::{key_error, type_error, value_error, PyResult};
use krait_object::interp::Interp;
use krait_object::object::Payload;
use krait_object::types::codecs::{encode, Codec};
use krait_object::types::str::{new_str, new_str_data, new_string, StrData};
use krait_object::Value;
use krait_unicode::{Form, Lookup, Ucd};

use super::support::check_pos;
use super::{new_module_with, set_attr};
use crate::vm::Vm;

const DOC: &str = "This module provides access to the Unicode Character Database which\n\
defines character properties for all Unicode characters. The data in\n\
this database is based on the UnicodeData.txt file version\n\
14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\
\n\
The module uses the same names and symbols as defined by the\n\
UnicodeData File Format 14.0.0.";

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with(
        "unicodedata",
        &[
            ("bidirectional", |i, a| bidirectional(i, a, Ucd::Current)),
            ("category", |i, a| category(i, a, Ucd::Current)),
            ("combining", |i, a| combining(i, a, Ucd::Current)),
            ("decimal", |i, a| decimal(i, a, Ucd::Current)),
            ("decomposition", |i, a| decomposition(i, a, Ucd::Current)),
            ("digit", |i, a| digit(i, a, Ucd::Current)),
            ("east_asian_width", |i, a| {
                east_asian_width(i, a, Ucd::Current)
            }),
            ("is_normalized", |i, a| is_normalized(i, a, Ucd::Current)),
            ("lookup", |i, a| lookup(i, a, Ucd::Current)),
            ("mirrored", |i, a| mirrored(i, a, Ucd::Current)),
            ("name", |i, a| name(i, a, Ucd::Current)),
            ("normalize", |i, a| normalize(i, a, Ucd::Current)),
            ("numeric", |i, a| numeric(i, a, Ucd::Current)),
        ],
    );
    set_attr(&m, "__doc__", new_str(DOC));
    set_attr(
        &m,
        "unidata_version",
        new_str(krait_unicode::UNIDATA_VERSION),
    );
    set_attr(&m, "UCD", Value::Obj(ucd::ucd_type()));
    set_attr(&m, "ucd_3_2_0", ucd::ucd_3_2_0());
    Ok(m)
}

/// The prefix of CPython's argument-count messages: `unicodedata.category()` for the
/// module's functions, `UCD.category()` for the methods.
fn owner(ucd: Ucd) -> &'static str {
    match ucd {
        Ucd::Current => "unicodedata.",
        Ucd::V3_2_0 => "UCD.",
    }
}

/// The arguments after `self` (the methods of `UCD`) or all of them.
fn own_args<'a>(args: &Args<'a>, ucd: Ucd) -> Args<'a> {
    match ucd {
        Ucd::Current => *args,
        Ucd::V3_2_0 => args.skip_self(),
    }
}

/// A one-character str argument: `f() argument 1 must be a unicode character, not str`
/// (`argument` alone for the one-argument functions).
fn char_arg(v: &Value, fname: &str, numbered: bool) -> PyResult<u32> {
    if let Some(s) = v.as_str_data() {
        if s.len() == 1 {
            if let Some(c) = s.char_at(0) {
                return Ok(c);
            }
        }
    }
    let which = if numbered { "argument 1" } else { "argument" };
    Err(type_error(format!(
        "{fname}() {which} must be a unicode character, not {}",
        v.class_name()
    )))
}

/// A one-argument function (`METH_O`): its character.
fn one_char(args: &Args, ucd: Ucd, fname: &str) -> PyResult<u32> {
    let a = own_args(args, ucd);
    let pos = a.exact(&format!("{}{fname}", owner(ucd)), 1)?;
    char_arg(&pos[0], fname, false)
}

/// `f(chr, default=<unrepresentable>, /)`: the character and the default.
fn char_and_default(args: &Args, ucd: Ucd, fname: &str) -> PyResult<(u32, Option<Value>)> {
    let a = own_args(args, ucd);
    a.no_kwargs(&format!("{}{fname}", owner(ucd)))?;
    let pos = check_pos(&a, fname, 1, 2)?;
    Ok((char_arg(&pos[0], fname, true)?, pos.get(1).cloned()))
}

fn category(_: &mut dyn Interp, args: Args, ucd: Ucd) -> PyResult<Value> {
    let c = one_char(&args, ucd, "category")?;
    Ok(new_str(krait_unicode::category(ucd, c)))
}

fn bidirectional(_: &mut dyn Interp, args: Args, ucd: Ucd) -> PyResult<Value> {
    let c = one_char(&args, ucd, "bidirectional")?;
    Ok(new_str(krait_unicode::bidirectional(ucd, c)))
}

fn east_asian_width(_: &mut dyn Interp, args: Args, ucd: Ucd) -> PyResult<Value> {
    let c = one_char(&args, ucd, "east_asian_width")?;
    Ok(new_str(krait_unicode::east_asian_width(ucd, c)))
}

fn combining(_: &mut dyn Interp, args: Args, ucd: Ucd) -> PyResult<Value> {
    let c = one_char(&args, ucd, "combining")?;
    Ok(Value::Int(krait_unicode::combining(ucd, c).into()))
}

fn mirrored(_: &mut dyn Interp, args: Args, ucd: Ucd) -> PyResult<Value> {
    let c = one_char(&args, ucd, "mirrored")?;
    Ok(Value::Int(krait_unicode::mirrored(ucd, c).into()))
}

fn decomposition(_: &mut dyn Interp, args: Args, ucd: Ucd) -> PyResult<Value> {
    let c = one_char(&args, ucd, "decomposition")?;
    Ok(new_string(krait_unicode::decomposition(ucd, c)))
}

fn or_default(v: Option<Value>, default: Option<Value>, msg: &str) -> PyResult<Value> {
    match (v, default) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(value_error(msg)),
    }
}

fn decimal(_: &mut dyn Interp, args: Args, ucd: Ucd) -> PyResult<Value> {
    let (c, default) = char_and_default(&args, ucd, "decimal")?;
    let v = krait_unicode::decimal(ucd, c).map(|d| Value::Int(d.into()));
    or_default(v, default, "not a decimal")
}

fn digit(_: &mut dyn Interp, args: Args, ucd: Ucd) -> PyResult<Value> {
    let (c, default) = char_and_default(&args, ucd, "digit")?;
    let v = krait_unicode::digit(ucd, c).map(|d| Value::Int(d.into()));
    or_default(v, default, "not a digit")
}

fn numeric(_: &mut dyn Interp, args: Args, ucd: Ucd) -> PyResult<Value> {
    let (c, default) = char_and_default(&args, ucd, "numeric")?;
    let v = krait_unicode::numeric(ucd, c).map(Value::Float);
    or_default(v, default, "not a numeric character")
}

fn name(_: &mut dyn Interp, args: Args, ucd: Ucd) -> PyResult<Value> {
    let (c, default) = char_and_default(&args, ucd, "name")?;
    let v = krait_unicode::name(ucd, c).map(new_string);
    or_default(v, default, "no such name")
}

/// CPython's `NAME_MAXLEN`: longer names are refused before any search.
const NAME_MAXLEN: usize = 256;

fn lookup(_: &mut dyn Interp, args: Args, ucd: Ucd) -> PyResult<Value> {
    let a = own_args(&args, ucd);
    let pos = a.exact(&format!("{}lookup", owner(ucd)), 1)?;
    // `s#` with read-only buffers: str as UTF-8, or bytes.
    let bytes: Vec<u8> = match pos[0].payload() {
        Some(Payload::Str(s)) => match s.as_str() {
            Some(t) => t.as_bytes().to_vec(),
            None => {
                let cps: Vec<u32> = s.code_points().collect();
                encode(&cps, Codec::Utf8, "strict")?
            }
        },
        Some(Payload::Bytes(b)) => b.to_vec(),
        _ if matches!(pos[0].class_name().as_str(), "bytearray" | "memoryview") => {
            return Err(type_error(format!(
                "lookup() argument must be read-only bytes-like object, not {}",
                pos[0].class_name()
            )))
        }
        _ => {
            return Err(type_error(format!(
                "a bytes-like object is required, not '{}'",
                pos[0].class_name()
            )))
        }
    };
    if bytes.len() > NAME_MAXLEN {
        return Err(key_error(new_str("name too long")));
    }
    match krait_unicode::lookup(ucd, &bytes, true) {
        Some(Lookup::Char(c)) => Ok(new_str_data(StrData::from_code_points([c]))),
        Some(Lookup::Sequence(cps)) => {
            Ok(new_str_data(StrData::from_code_points(cps.iter().copied())))
        }
        None => {
            // CPython formats the name with `%s`: it ends at a NUL byte.
            let shown = bytes.split(|&b| b == 0).next().unwrap_or(&[]);
            Err(key_error(new_string(format!(
                "undefined character name '{}'",
                String::from_utf8_lossy(shown)
            ))))
        }
    }
}

/// `normalize`/`is_normalized` arguments: the form (checked later) and the string.
fn form_and_str(args: &Args, ucd: Ucd, fname: &str) -> PyResult<(Value, Value)> {
    let a = own_args(args, ucd);
    a.no_kwargs(&format!("{}{fname}", owner(ucd)))?;
    let pos = check_pos(&a, fname, 2, 2)?;
    for (k, v) in pos.iter().enumerate() {
        if v.as_str_data().is_none() {
            return Err(type_error(format!(
                "{fname}() argument {} must be str, not {}",
                k + 1,
                v.class_name()
            )));
        }
    }
    Ok((pos[0].clone(), pos[1].clone()))
}

fn parse_form(form: &Value) -> PyResult<Form> {
    form.as_str_data()
        .and_then(|s| s.as_str())
        .and_then(Form::parse)
        .ok_or_else(|| value_error("invalid normalization form"))
}

fn code_points(v: &Value) -> Vec<u32> {
    v.as_str_data()
        .map(|s| s.code_points().collect())
        .unwrap_or_default()
}

fn normalize(_: &mut dyn Interp, args: Args, ucd: Ucd) -> PyResult<Value> {
    let (form, s) = form_and_str(&args, ucd, "normalize")?;
    let cps = code_points(&s);
    if cps.is_empty() {
        // CPython returns the (empty) argument itself, before looking at the form.
        return Ok(s);
    }
    let form = parse_form(&form)?;
    if krait_unicode::quick_check_yes(ucd, form, &cps) {
        return Ok(s);
    }
    let out = krait_unicode::normalize(ucd, form, &cps);
    Ok(new_str_data(StrData::from_code_points(out)))
}

fn is_normalized(_: &mut dyn Interp, args: Args, ucd: Ucd) -> PyResult<Value> {
    let (form, s) = form_and_str(&args, ucd, "is_normalized")?;
    let cps = code_points(&s);
    if cps.is_empty() {
        return Ok(Value::Bool(true));
    }
    let form = parse_form(&form)?;
    Ok(Value::Bool(krait_unicode::is_normalized(ucd, form, &cps)))
}
