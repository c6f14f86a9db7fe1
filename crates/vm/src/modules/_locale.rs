//! `_locale` (Modules/_localemodule.c) over the C library: `setlocale`, `localeconv`,
//! `nl_langinfo`, `getencoding`, `strcoll`, `strxfrm`, the `LC_*`/langinfo constants and
//! `Error`. Like CPython at start-up, LC_CTYPE is taken from the environment when the
//! module is first imported (the other categories stay "C").

use std::cell::RefCell;
use std::ffi::{CStr, CString};

use krait_object::args::Args;
use krait_object::error::{type_error, value_error, PyErr, PyResult};
use krait_object::types::dict::{new_dict, set_by_name, DictData};
use krait_object::types::list::new_list;
use krait_object::types::str::{new_str, new_string};
use krait_object::types::tuple::new_tuple;
use krait_object::{protocol, Interp, Value};

use super::{new_module_with, set_attr};
use crate::vm::Vm;

thread_local! {
    static ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
}

fn locale_error(msg: &str) -> PyErr {
    let cls = ERROR.with(|e| e.borrow().clone());
    match cls.as_ref().and_then(|c| c.as_obj()) {
        Some(c) => krait_object::error::new_error(c, msg.to_owned()),
        None => value_error(msg.to_owned()),
    }
}

fn cstr_value(p: *const libc::c_char) -> Value {
    if p.is_null() {
        return new_str("");
    }
    // SAFETY: a NUL-terminated string from the C library.
    new_string(unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned())
}

fn str_of(v: &Value, what: &str) -> PyResult<String> {
    v.as_str_data()
        .map(|s| s.lossy().into_owned())
        .ok_or_else(|| type_error(format!("{what} must be str, not {}", v.class_name())))
}

fn setlocale(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.between("setlocale", 1, 2)?;
    let cat = protocol::index_i64(i, &pos[0])? as libc::c_int;
    let loc = match pos.get(1) {
        None => None,
        Some(v) if v.is_none() => None,
        Some(v) => Some(str_of(v, "setlocale() argument 2")?),
    };
    // SAFETY: setlocale with a valid category number and a NUL-terminated string (or
    // NULL to query); the result is copied out at once.
    let r = unsafe {
        match &loc {
            None => libc::setlocale(cat, std::ptr::null()),
            Some(s) => {
                let c =
                    CString::new(s.as_str()).map_err(|_| value_error("embedded null character"))?;
                libc::setlocale(cat, c.as_ptr())
            }
        }
    };
    if r.is_null() {
        return Err(locale_error(if loc.is_some() {
            "unsupported locale setting"
        } else {
            "locale query failed"
        }));
    }
    Ok(cstr_value(r))
}

fn grouping(p: *const libc::c_char) -> Value {
    let mut out = Vec::new();
    if !p.is_null() {
        // SAFETY: a NUL-terminated grouping string from localeconv.
        let bytes = unsafe { CStr::from_ptr(p) }.to_bytes();
        for &b in bytes {
            out.push(Value::Int(i64::from(b as i8)));
            if b == 0x7f {
                break;
            }
        }
    }
    new_list(out)
}

fn localeconv(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("localeconv", 0)?;
    // SAFETY: localeconv returns a pointer to static data, read at once.
    let lc = unsafe { &*libc::localeconv() };
    let d = new_dict(DictData::new());
    let s = |name: &str, p: *const libc::c_char| set_by_name(&d, name, cstr_value(p));
    let n = |name: &str, v: libc::c_char| set_by_name(&d, name, Value::Int(i64::from(v as u8)));
    s("int_curr_symbol", lc.int_curr_symbol);
    s("currency_symbol", lc.currency_symbol);
    s("mon_decimal_point", lc.mon_decimal_point);
    s("mon_thousands_sep", lc.mon_thousands_sep);
    set_by_name(&d, "mon_grouping", grouping(lc.mon_grouping));
    s("positive_sign", lc.positive_sign);
    s("negative_sign", lc.negative_sign);
    n("int_frac_digits", lc.int_frac_digits);
    n("frac_digits", lc.frac_digits);
    n("p_cs_precedes", lc.p_cs_precedes);
    n("p_sep_by_space", lc.p_sep_by_space);
    n("n_cs_precedes", lc.n_cs_precedes);
    n("n_sep_by_space", lc.n_sep_by_space);
    n("p_sign_posn", lc.p_sign_posn);
    n("n_sign_posn", lc.n_sign_posn);
    s("decimal_point", lc.decimal_point);
    s("thousands_sep", lc.thousands_sep);
    set_by_name(&d, "grouping", grouping(lc.grouping));
    Ok(d)
}

const LANGINFO: &[(&str, libc::nl_item)] = &[
    ("CODESET", libc::CODESET),
    ("D_T_FMT", libc::D_T_FMT),
    ("D_FMT", libc::D_FMT),
    ("T_FMT", libc::T_FMT),
    ("T_FMT_AMPM", libc::T_FMT_AMPM),
    ("AM_STR", libc::AM_STR),
    ("PM_STR", libc::PM_STR),
    ("DAY_1", libc::DAY_1),
    ("DAY_2", libc::DAY_2),
    ("DAY_3", libc::DAY_3),
    ("DAY_4", libc::DAY_4),
    ("DAY_5", libc::DAY_5),
    ("DAY_6", libc::DAY_6),
    ("DAY_7", libc::DAY_7),
    ("ABDAY_1", libc::ABDAY_1),
    ("ABDAY_2", libc::ABDAY_2),
    ("ABDAY_3", libc::ABDAY_3),
    ("ABDAY_4", libc::ABDAY_4),
    ("ABDAY_5", libc::ABDAY_5),
    ("ABDAY_6", libc::ABDAY_6),
    ("ABDAY_7", libc::ABDAY_7),
    ("MON_1", libc::MON_1),
    ("MON_2", libc::MON_2),
    ("MON_3", libc::MON_3),
    ("MON_4", libc::MON_4),
    ("MON_5", libc::MON_5),
    ("MON_6", libc::MON_6),
    ("MON_7", libc::MON_7),
    ("MON_8", libc::MON_8),
    ("MON_9", libc::MON_9),
    ("MON_10", libc::MON_10),
    ("MON_11", libc::MON_11),
    ("MON_12", libc::MON_12),
    ("ABMON_1", libc::ABMON_1),
    ("ABMON_2", libc::ABMON_2),
    ("ABMON_3", libc::ABMON_3),
    ("ABMON_4", libc::ABMON_4),
    ("ABMON_5", libc::ABMON_5),
    ("ABMON_6", libc::ABMON_6),
    ("ABMON_7", libc::ABMON_7),
    ("ABMON_8", libc::ABMON_8),
    ("ABMON_9", libc::ABMON_9),
    ("ABMON_10", libc::ABMON_10),
    ("ABMON_11", libc::ABMON_11),
    ("ABMON_12", libc::ABMON_12),
    ("RADIXCHAR", libc::RADIXCHAR),
    ("THOUSEP", libc::THOUSEP),
    ("YESEXPR", libc::YESEXPR),
    ("NOEXPR", libc::NOEXPR),
    ("CRNCYSTR", libc::CRNCYSTR),
    ("ERA", libc::ERA),
    ("ERA_D_FMT", libc::ERA_D_FMT),
    ("ERA_D_T_FMT", libc::ERA_D_T_FMT),
    ("ERA_T_FMT", libc::ERA_T_FMT),
    ("ALT_DIGITS", libc::ALT_DIGITS),
];

fn nl_langinfo(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("nl_langinfo", 1)?;
    let key = protocol::index_i64(i, &pos[0])?;
    if !LANGINFO.iter().any(|(_, k)| i64::from(*k) == key) {
        return Err(value_error("unsupported langinfo constant"));
    }
    // SAFETY: a known nl_item; the result is copied out at once.
    Ok(cstr_value(unsafe {
        libc::nl_langinfo(key as libc::nl_item)
    }))
}

fn getencoding(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    args.exact("getencoding", 0)?;
    // CPython reports UTF-8 in the C/POSIX locale (UTF-8 mode), else the codeset.
    // SAFETY: as in nl_langinfo.
    let cs = cstr_value(unsafe { libc::nl_langinfo(libc::CODESET) });
    let name = cs
        .as_str_data()
        .map(|s| s.lossy().into_owned())
        .unwrap_or_default();
    if name.is_empty() || name == "ANSI_X3.4-1968" {
        return Ok(new_str("UTF-8"));
    }
    Ok(cs)
}

fn strcoll(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("strcoll", 2)?;
    let a = str_of(&pos[0], "strcoll() argument 1")?;
    let b = str_of(&pos[1], "strcoll() argument 2")?;
    let _ = i;
    let (ca, cb) = (
        CString::new(a).map_err(|_| value_error("embedded null character"))?,
        CString::new(b).map_err(|_| value_error("embedded null character"))?,
    );
    // SAFETY: two NUL-terminated strings.
    let r = unsafe { libc::strcoll(ca.as_ptr(), cb.as_ptr()) };
    Ok(Value::Int(i64::from(r.signum())))
}

fn strxfrm(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("strxfrm", 1)?;
    let s = str_of(&pos[0], "strxfrm() argument")?;
    Ok(new_string(s))
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    // SAFETY: like CPython's start-up, adopt the environment's LC_CTYPE.
    unsafe {
        libc::setlocale(libc::LC_CTYPE, c"".as_ptr());
    }
    let m = new_module_with(
        "_locale",
        &[
            ("setlocale", setlocale),
            ("localeconv", localeconv),
            ("nl_langinfo", nl_langinfo),
            ("getencoding", getencoding),
            ("strcoll", strcoll),
            ("strxfrm", strxfrm),
        ],
    );
    for (name, v) in [
        ("LC_CTYPE", libc::LC_CTYPE),
        ("LC_COLLATE", libc::LC_COLLATE),
        ("LC_TIME", libc::LC_TIME),
        ("LC_MONETARY", libc::LC_MONETARY),
        ("LC_NUMERIC", libc::LC_NUMERIC),
        ("LC_ALL", libc::LC_ALL),
        ("LC_MESSAGES", libc::LC_MESSAGES),
    ] {
        set_attr(&m, name, Value::Int(i64::from(v)));
    }
    for (name, v) in LANGINFO {
        set_attr(&m, name, Value::Int(i64::from(*v)));
    }
    set_attr(&m, "CHAR_MAX", Value::Int(127));
    // `locale.Error`, a plain Exception subclass.
    let ns = new_dict(DictData::new());
    set_by_name(&ns, "__module__", new_str("locale"));
    let exc = Value::Obj(krait_object::builtin_types().exc.exception.clone());
    let ty = Value::Obj(krait_object::builtin_types().type_.clone());
    let err = protocol::call0(vm, &ty, &[new_str("Error"), new_tuple(vec![exc]), ns])?;
    ERROR.with(|e| *e.borrow_mut() = Some(err.clone()));
    set_attr(&m, "Error", err);
    Ok(m)
}
