//! `time.struct_time` and the broken-down-time functions: `gmtime`, `localtime`,
//! `mktime`, `strftime`, `asctime`, `ctime`, `strptime` (which delegates to the
//! pure-Python `_strptime`, as CPython does).
//!
//! `struct_time` is a struct sequence of 9 visible items; `tm_zone` and `tm_gmtoff` are
//! extra named fields kept in the object's side dict (`krait_object::ext_dict`).

use std::cell::RefCell;
use std::ffi::{CStr, CString};

use krait_object::args::Args;
use krait_object::error::{new_error, overflow_error, type_error, value_error, PyErr, PyResult};
use krait_object::interp::Interp;
use krait_object::object::{ObjRef, Payload};
use krait_object::protocol;
use krait_object::types::builtin_types;
use krait_object::types::dict::{get_by_name, set_by_name};
use krait_object::types::int::int_num;
use krait_object::types::str::{new_str, new_string};
use krait_object::Value;

use crate::builtins::structseq;

const FIELDS: [&str; 9] = [
    "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst",
];

thread_local! {
    static STRUCT_TIME: RefCell<Option<ObjRef>> = const { RefCell::new(None) };
}

pub fn struct_time_type() -> ObjRef {
    STRUCT_TIME.with(|s| {
        if let Some(t) = s.borrow().as_ref() {
            return t.clone();
        }
        let t = structseq::new_type("time", "struct_time", &FIELDS);
        let td = protocol::td(&t);
        td.slots.getattro.set(Some(st_getattr));
        td.slots.repr.set(Some(st_repr));
        td.slots.new.set(Some(st_new));
        {
            let mut d = td.dict.borrow_mut();
            d.set_str_key(new_str("n_fields"), Value::Int(11));
            d.set_str_key(new_str("n_sequence_fields"), Value::Int(9));
            d.set_str_key(new_str("n_unnamed_fields"), Value::Int(0));
        }
        *s.borrow_mut() = Some(t.clone());
        t
    })
}

/// Forgets the type (a new VM on this thread makes its own).
pub fn reset() {
    STRUCT_TIME.with(|s| *s.borrow_mut() = None);
}

fn st_getattr(i: &mut dyn Interp, v: &Value, name: &Value) -> PyResult<Value> {
    if let Some(n) = name
        .as_str_data()
        .and_then(|s| s.as_str().map(str::to_owned))
    {
        if n == "tm_zone" || n == "tm_gmtoff" {
            let extra = v.as_obj().and_then(krait_object::ext_dict::get);
            return Ok(extra
                .and_then(|d| get_by_name(&d, &n))
                .unwrap_or(Value::None));
        }
        if let Some(k) = FIELDS.iter().position(|f| *f == n) {
            if let Some(Payload::Tuple(items)) = v.payload() {
                return Ok(items.get(k).cloned().unwrap_or(Value::None));
            }
        }
    }
    protocol::generic_getattr(i, v, name)
}

fn st_repr(i: &mut dyn Interp, v: &Value) -> PyResult<Value> {
    let mut out = String::from("time.struct_time(");
    if let Some(Payload::Tuple(items)) = v.payload() {
        let items = items.to_vec();
        for (k, (name, x)) in FIELDS.iter().zip(&items).enumerate() {
            if k > 0 {
                out.push_str(", ");
            }
            out.push_str(name);
            out.push('=');
            out.push_str(&protocol::repr_string(i, x)?);
        }
    }
    out.push(')');
    Ok(new_string(out))
}

/// `PyArg_ParseTuple`-style count check: `f() takes at most 1 argument (2 given)`.
fn at_most<'a>(args: &Args<'a>, fname: &str, max: usize) -> PyResult<&'a [Value]> {
    args.no_kwargs(fname)?;
    let pos = args.pos();
    if pos.len() > max {
        return Err(type_error(format!(
            "{fname}() takes at most {max} argument{} ({} given)",
            if max == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    Ok(pos)
}

/// A struct_time of 9 items plus zone and offset.
pub fn make(items: Vec<Value>, zone: Value, gmtoff: Value) -> Value {
    let cls = struct_time_type();
    let v = structseq::new(&cls, items);
    if !zone.is_none() || !gmtoff.is_none() {
        if let Some(o) = v.as_obj() {
            let d = krait_object::ext_dict::get_or_create(o);
            set_by_name(&d, "tm_zone", zone);
            set_by_name(&d, "tm_gmtoff", gmtoff);
        }
    }
    v
}

fn st_new(i: &mut dyn Interp, _cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    let pos = args.pos();
    if pos.is_empty() || pos.len() > 2 {
        return Err(type_error(format!(
            "structseq() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let items = protocol::collect(i, &pos[0])?;
    if items.len() < 9 {
        return Err(type_error(format!(
            "time.struct_time() takes an at least 9-sequence ({}-sequence given)",
            items.len()
        )));
    }
    if items.len() > 11 {
        return Err(type_error(format!(
            "time.struct_time() takes an at most 11-sequence ({}-sequence given)",
            items.len()
        )));
    }
    let zone = items.get(9).cloned().unwrap_or(Value::None);
    let off = items.get(10).cloned().unwrap_or(Value::None);
    Ok(make(items[..9].to_vec(), zone, off))
}

fn os_error(errno: i32) -> PyErr {
    let msg = std::io::Error::from_raw_os_error(errno).to_string();
    let msg = msg.split(" (os error").next().unwrap_or("").to_string();
    new_error(
        &builtin_types().exc.os_error,
        format!("[Errno {errno}] {msg}"),
    )
}

/// `_PyTime_ObjectToTime_t` with floor rounding; `None` → now.
fn time_t_arg(i: &mut dyn Interp, v: Option<&Value>) -> PyResult<libc::time_t> {
    let v = match v {
        None | Some(Value::None) => {
            return Ok(std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs() as libc::time_t)
                .unwrap_or(0))
        }
        Some(v) => v,
    };
    let range = || overflow_error("timestamp out of range for platform time_t");
    if let Value::Float(x) = v {
        if x.is_nan() {
            return Err(value_error("Invalid value NaN (not a number)"));
        }
        let f = x.floor();
        if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) {
            return Err(range());
        }
        return Ok(f as libc::time_t);
    }
    if let Some(Payload::Float(x)) = v.payload() {
        return time_t_arg(i, Some(&Value::Float(*x)));
    }
    let n = protocol::index(i, v)?;
    int_num(&n).and_then(|n| n.as_i64()).ok_or_else(range)
}

fn zeroed_tm() -> libc::tm {
    // SAFETY: `libc::tm` is plain old data; all-zero is a valid value (null tm_zone).
    unsafe { std::mem::zeroed() }
}

fn tm_to_value(tm: &libc::tm) -> Value {
    let zone = if tm.tm_zone.is_null() {
        Value::None
    } else {
        // SAFETY: libc set tm_zone to a NUL-terminated string that lives as long as the
        // time zone data (static storage).
        let z = unsafe { CStr::from_ptr(tm.tm_zone) };
        new_string(z.to_string_lossy().into_owned())
    };
    let items = vec![
        Value::Int(i64::from(tm.tm_year) + 1900),
        Value::Int(i64::from(tm.tm_mon) + 1),
        Value::Int(i64::from(tm.tm_mday)),
        Value::Int(i64::from(tm.tm_hour)),
        Value::Int(i64::from(tm.tm_min)),
        Value::Int(i64::from(tm.tm_sec)),
        Value::Int(i64::from((tm.tm_wday + 6) % 7)),
        Value::Int(i64::from(tm.tm_yday) + 1),
        Value::Int(i64::from(tm.tm_isdst)),
    ];
    make(items, zone, Value::Int(tm.tm_gmtoff))
}

pub fn localtime_tm(t: libc::time_t) -> PyResult<libc::tm> {
    let mut tm = zeroed_tm();
    // SAFETY: valid pointers to a time_t and a tm for the duration of the call.
    let r = unsafe { libc::localtime_r(&t, &mut tm) };
    if r.is_null() {
        return Err(os_error(
            std::io::Error::last_os_error()
                .raw_os_error()
                .unwrap_or(libc::EOVERFLOW),
        ));
    }
    Ok(tm)
}

pub fn gmtime(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = at_most(&args, "gmtime", 1)?;
    let t = time_t_arg(i, a.first())?;
    let mut tm = zeroed_tm();
    // SAFETY: valid pointers for the duration of the call.
    let r = unsafe { libc::gmtime_r(&t, &mut tm) };
    if r.is_null() {
        return Err(os_error(libc::EOVERFLOW));
    }
    Ok(tm_to_value(&tm))
}

pub fn localtime(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = at_most(&args, "localtime", 1)?;
    let t = time_t_arg(i, a.first())?;
    Ok(tm_to_value(&localtime_tm(t)?))
}

/// A struct tm and the zone string it may point into (kept alive alongside).
struct TmArg {
    tm: libc::tm,
    _zone: Option<CString>,
}

/// CPython's `gettmarg`: a struct_time or a 9-tuple of ints.
fn gettmarg(i: &mut dyn Interp, v: &Value, fname: &str) -> PyResult<TmArg> {
    let Some(Payload::Tuple(items)) = v.payload() else {
        return Err(type_error("Tuple or struct_time argument required"));
    };
    if items.len() != 9 {
        return Err(type_error(format!(
            "{fname}(): illegal time tuple argument"
        )));
    }
    let mut n = [0i32; 9];
    for (slot, item) in n.iter_mut().zip(items.iter()) {
        let x = protocol::index(i, item)?;
        *slot = int_num(&x)
            .and_then(|x| x.as_i64())
            .and_then(|x| i32::try_from(x).ok())
            .ok_or_else(|| overflow_error("signed integer is greater than maximum"))?;
    }
    let mut tm = zeroed_tm();
    tm.tm_year = n[0].wrapping_sub(1900);
    tm.tm_mon = n[1] - 1;
    tm.tm_mday = n[2];
    tm.tm_hour = n[3];
    tm.tm_min = n[4];
    tm.tm_sec = n[5];
    tm.tm_wday = (n[6] + 1) % 7;
    tm.tm_yday = n[7] - 1;
    tm.tm_isdst = n[8];
    let mut zone = None;
    let is_struct_time = std::rc::Rc::ptr_eq(&v.class(), &struct_time_type());
    if is_struct_time {
        let z = st_getattr(i, v, &new_str("tm_zone"))?;
        if let Some(s) = z.as_str_data() {
            if let Ok(c) = CString::new(s.lossy().into_owned()) {
                tm.tm_zone = c.as_ptr();
                zone = Some(c);
            }
        }
        let off = st_getattr(i, v, &new_str("tm_gmtoff"))?;
        if let Some(o) = int_num(&off).and_then(|x| x.as_i64()) {
            tm.tm_gmtoff = o;
        }
    }
    Ok(TmArg { tm, _zone: zone })
}

/// CPython's `checktm` (with its fix-ups of zero month/day/yday).
fn checktm(tm: &mut libc::tm) -> PyResult<()> {
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    } else if !(0..=11).contains(&tm.tm_mon) {
        return Err(value_error("month out of range"));
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    } else if !(0..=31).contains(&tm.tm_mday) {
        return Err(value_error("day of month out of range"));
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return Err(value_error("hour out of range"));
    }
    if !(0..=59).contains(&tm.tm_min) {
        return Err(value_error("minute out of range"));
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return Err(value_error("seconds out of range"));
    }
    if tm.tm_wday < 0 {
        return Err(value_error("day of week out of range"));
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    } else if !(0..=365).contains(&tm.tm_yday) {
        return Err(value_error("day of year out of range"));
    }
    Ok(())
}

/// The current local time as a `TmArg` (for functions whose tuple is optional).
fn now_local() -> PyResult<TmArg> {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as libc::time_t)
        .unwrap_or(0);
    Ok(TmArg {
        tm: localtime_tm(t)?,
        _zone: None,
    })
}

pub fn strftime(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = at_most(&args, "strftime", 2)?;
    if a.is_empty() {
        return Err(type_error("strftime() takes at least 1 argument (0 given)"));
    }
    let Some(fmt) = a[0].as_str_data() else {
        return Err(type_error(format!(
            "strftime() argument 1 must be str, not {}",
            a[0].class_name()
        )));
    };
    let fmt = fmt.lossy().into_owned();
    let mut t = match a.get(1) {
        Some(v) => gettmarg(i, v, "strftime")?,
        None => now_local()?,
    };
    checktm(&mut t.tm)?;
    t.tm.tm_isdst = t.tm.tm_isdst.clamp(-1, 1);
    if fmt.contains('\0') {
        return Err(value_error("embedded null character"));
    }
    if fmt.is_empty() {
        return Ok(new_str(""));
    }
    let cfmt = CString::new(fmt.clone()).map_err(|_| value_error("embedded null character"))?;
    let mut size = 1024usize;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` writable bytes; `cfmt` and `t.tm` (whose tm_zone
        // points into `t._zone` or static storage) are valid for the call.
        let n = unsafe { libc::strftime(buf.as_mut_ptr().cast(), size, cfmt.as_ptr(), &t.tm) };
        if n > 0 || size >= 256 * fmt.len() {
            buf.truncate(n);
            return Ok(new_string(String::from_utf8_lossy(&buf).into_owned()));
        }
        size *= 2;
    }
}

const WDAY: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MON: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn format_asctime(tm: &libc::tm) -> String {
    format!(
        "{} {}{:>3} {:02}:{:02}:{:02} {}",
        WDAY[tm.tm_wday.rem_euclid(7) as usize],
        MON[tm.tm_mon.rem_euclid(12) as usize],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        1900 + i64::from(tm.tm_year)
    )
}

pub fn asctime(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.between("asctime", 0, 1)?;
    let mut t = match a.first() {
        Some(v) => gettmarg(i, v, "asctime")?,
        None => now_local()?,
    };
    checktm(&mut t.tm)?;
    Ok(new_string(format_asctime(&t.tm)))
}

pub fn ctime(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = at_most(&args, "ctime", 1)?;
    let t = time_t_arg(i, a.first())?;
    let tm = localtime_tm(t)?;
    Ok(new_string(format_asctime(&tm)))
}

pub fn mktime(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.exact("time.mktime", 1)?;
    let mut t = gettmarg(i, &a[0], "mktime")?;
    t.tm.tm_wday = -1;
    // SAFETY: a valid, initialized tm.
    let r = unsafe { libc::mktime(&mut t.tm) };
    if r == -1 && t.tm.tm_wday == -1 {
        return Err(overflow_error("mktime argument out of range"));
    }
    Ok(Value::Float(r as f64))
}

pub fn strptime(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    args.no_kwargs("strptime")?;
    let a = args.pos();
    let vm = crate::builtins::vm_of(i).ok_or_else(|| type_error("strptime needs the VM"))?;
    let m = crate::import::import_absolute(vm, "_strptime")?;
    let f = protocol::getattr_str(vm, &m, "_strptime_time")?;
    protocol::call0(vm, &f, a)
}
