//! `time` (CPython's `Modules/timemodule.c`): the clocks (`clock_gettime` through
//! `libc`), `sleep`, the time zone constants, and the broken-down-time functions of
//! `tm.rs`.

mod tm;

use krait_object::args::Args;
use krait_object::error::{overflow_error, value_error, PyResult};
use krait_object::interp::Interp;
use krait_object::object::Payload;
use krait_object::protocol;
use krait_object::types::int::{from_num, int_num};
use krait_object::types::str::new_string;
use krait_object::types::tuple::new_tuple;
use krait_object::Value;
use num_bigint::BigInt;

use crate::vm::Vm;

use super::{new_module_with, set_attr};

/// Nanoseconds of `clock` (`clock_gettime`).
fn clock_ns(clock: libc::clockid_t) -> PyResult<i128> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid out-pointer.
    let r = unsafe { libc::clock_gettime(clock, &mut ts) };
    if r != 0 {
        let e = std::io::Error::last_os_error()
            .raw_os_error()
            .unwrap_or(libc::EINVAL);
        return Err(krait_object::error::new_error(
            &krait_object::builtin_types().exc.os_error,
            format!("[Errno {e}] Invalid argument"),
        ));
    }
    Ok(i128::from(ts.tv_sec) * 1_000_000_000 + i128::from(ts.tv_nsec))
}

/// `_PyTime_AsSecondsDouble`: exact division when whole seconds, else ns / 1e9.
fn ns_to_secs(ns: i128) -> f64 {
    if ns % 1_000_000_000 == 0 {
        (ns / 1_000_000_000) as f64
    } else {
        ns as f64 / 1e9
    }
}

fn ns_value(ns: i128) -> Value {
    match i64::try_from(ns) {
        Ok(n) => Value::Int(n),
        Err(_) => from_num(krait_object::num::int::Int::from_big(BigInt::from(ns))),
    }
}

macro_rules! clock_fns {
    ($($secs:ident, $ns:ident, $clock:expr;)*) => {$(
        fn $secs(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
            args.exact(concat!("time.", stringify!($secs)), 0)?;
            Ok(Value::Float(ns_to_secs(clock_ns($clock)?)))
        }
        fn $ns(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
            args.exact(concat!("time.", stringify!($ns)), 0)?;
            Ok(ns_value(clock_ns($clock)?))
        }
    )*};
}

clock_fns! {
    time, time_ns, libc::CLOCK_REALTIME;
    monotonic, monotonic_ns, libc::CLOCK_MONOTONIC;
    perf_counter, perf_counter_ns, libc::CLOCK_MONOTONIC;
    process_time, process_time_ns, libc::CLOCK_PROCESS_CPUTIME_ID;
    thread_time, thread_time_ns, libc::CLOCK_THREAD_CPUTIME_ID;
}

fn clock_id(i: &mut dyn Interp, v: &Value) -> PyResult<libc::clockid_t> {
    let n = protocol::index_i64(i, v)?;
    libc::clockid_t::try_from(n)
        .map_err(|_| overflow_error("signed integer is greater than maximum"))
}

fn clock_gettime(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.exact("clock_gettime", 1)?;
    Ok(Value::Float(ns_to_secs(clock_ns(clock_id(i, &a[0])?)?)))
}

fn clock_gettime_ns(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.exact("clock_gettime_ns", 1)?;
    Ok(ns_value(clock_ns(clock_id(i, &a[0])?)?))
}

fn clock_getres(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.exact("clock_getres", 1)?;
    let id = clock_id(i, &a[0])?;
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid out-pointer.
    unsafe { libc::clock_getres(id, &mut ts) };
    Ok(Value::Float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
}

/// `get_clock_info(name)`: a SimpleNamespace describing one of the clocks (Linux).
fn get_clock_info(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.exact("get_clock_info", 1)?;
    let name = a[0].as_str_data().map(|s| s.lossy().into_owned());
    let (imp, mono, adj) = match name.as_deref() {
        Some("time") => ("clock_gettime(CLOCK_REALTIME)", false, true),
        Some("monotonic" | "perf_counter") => ("clock_gettime(CLOCK_MONOTONIC)", true, false),
        Some("process_time") => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false),
        Some("thread_time") => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false),
        _ => return Err(value_error("unknown clock")),
    };
    Ok(krait_object::types::namespace::new_namespace(&[
        ("implementation", krait_object::types::str::new_str(imp)),
        ("monotonic", Value::Bool(mono)),
        ("adjustable", Value::Bool(adj)),
        ("resolution", Value::Float(1e-09)),
    ]))
}

/// `sleep(secs)`: ints and floats (anything else as an integer, like CPython).
fn sleep(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let a = args.exact("time.sleep", 1)?;
    let v = &a[0];
    let secs = match v {
        Value::Float(x) => *x,
        _ => match v.payload() {
            Some(Payload::Float(x)) => *x,
            _ => {
                let n = protocol::index(i, v)?;
                let n = int_num(&n).and_then(|n| n.as_i64()).ok_or_else(|| {
                    overflow_error("timestamp too large to convert to C _PyTime_t")
                })?;
                n as f64
            }
        },
    };
    if secs.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(value_error("sleep length must be non-negative"));
    }
    if secs > 9.2e9 {
        return Err(overflow_error(
            "timestamp too large to convert to C _PyTime_t",
        ));
    }
    std::thread::sleep(std::time::Duration::from_secs_f64(secs));
    Ok(Value::None)
}

fn tzset(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    args.exact("tzset", 0)?;
    extern "C" {
        fn tzset();
    }
    // SAFETY: tzset only re-reads the TZ environment variable.
    unsafe { tzset() };
    Ok(Value::None)
}

/// CPython's `init_timezone` for glibc: January and July of this year decide
/// `timezone`/`altzone`/`daylight`/`tzname`.
fn timezone_info() -> (i64, i64, bool, String, String) {
    const YEAR: i64 = (365 * 24 + 6) * 3600;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let t = (now / YEAR) * YEAR;
    let probe = |t: i64| -> (i64, String) {
        match tm::localtime_tm(t as libc::time_t) {
            Ok(tmv) => {
                let name = if tmv.tm_zone.is_null() {
                    String::new()
                } else {
                    // SAFETY: tm_zone points to a NUL-terminated static zone name.
                    unsafe { std::ffi::CStr::from_ptr(tmv.tm_zone) }
                        .to_string_lossy()
                        .chars()
                        .take(9)
                        .collect()
                };
                (-tmv.tm_gmtoff, name)
            }
            Err(_) => (0, String::new()),
        }
    };
    let (jan, janname) = probe(t);
    let (jul, julname) = probe(t + YEAR / 2);
    if jan < jul {
        (jul, jan, jan != jul, julname, janname)
    } else {
        (jan, jul, jan != jul, janname, julname)
    }
}

static FUNCTIONS: crate::builtins::FunctionTable = &[
    ("asctime", tm::asctime),
    ("clock_getres", clock_getres),
    ("clock_gettime", clock_gettime),
    ("clock_gettime_ns", clock_gettime_ns),
    ("ctime", tm::ctime),
    ("get_clock_info", get_clock_info),
    ("gmtime", tm::gmtime),
    ("localtime", tm::localtime),
    ("mktime", tm::mktime),
    ("monotonic", monotonic),
    ("monotonic_ns", monotonic_ns),
    ("perf_counter", perf_counter),
    ("perf_counter_ns", perf_counter_ns),
    ("process_time", process_time),
    ("process_time_ns", process_time_ns),
    ("sleep", sleep),
    ("strftime", tm::strftime),
    ("strptime", tm::strptime),
    ("thread_time", thread_time),
    ("thread_time_ns", thread_time_ns),
    ("time", time),
    ("time_ns", time_ns),
    ("tzset", tzset),
];

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    tm::reset();
    let m = new_module_with("time", FUNCTIONS);
    set_attr(&m, "struct_time", Value::Obj(tm::struct_time_type()));
    let (tz, alt, daylight, std_name, dst_name) = timezone_info();
    set_attr(&m, "timezone", Value::Int(tz));
    set_attr(&m, "altzone", Value::Int(alt));
    set_attr(&m, "daylight", Value::Int(i64::from(daylight)));
    set_attr(
        &m,
        "tzname",
        new_tuple(vec![new_string(std_name), new_string(dst_name)]),
    );
    set_attr(&m, "_STRUCT_TM_ITEMS", Value::Int(11));
    for (name, id) in [
        ("CLOCK_BOOTTIME", libc::CLOCK_BOOTTIME),
        ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC),
        ("CLOCK_MONOTONIC_RAW", libc::CLOCK_MONOTONIC_RAW),
        ("CLOCK_PROCESS_CPUTIME_ID", libc::CLOCK_PROCESS_CPUTIME_ID),
        ("CLOCK_REALTIME", libc::CLOCK_REALTIME),
        ("CLOCK_TAI", libc::CLOCK_TAI),
        ("CLOCK_THREAD_CPUTIME_ID", libc::CLOCK_THREAD_CPUTIME_ID),
    ] {
        set_attr(&m, name, Value::Int(i64::from(id)));
    }
    Ok(m)
}
