//! The platform C math library, called directly so results match CPython's bit for bit
//! (Rust's own `asinh`, `acosh`, … are not libm's and can differ in the last ulp).

mod ffi {
    extern "C" {
        pub fn sin(x: f64) -> f64;
        pub fn cos(x: f64) -> f64;
        pub fn tan(x: f64) -> f64;
        pub fn asin(x: f64) -> f64;
        pub fn acos(x: f64) -> f64;
        pub fn atan(x: f64) -> f64;
        pub fn atan2(y: f64, x: f64) -> f64;
        pub fn sinh(x: f64) -> f64;
        pub fn cosh(x: f64) -> f64;
        pub fn tanh(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn exp(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn log(x: f64) -> f64;
        pub fn log2(x: f64) -> f64;
        pub fn log10(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn sqrt(x: f64) -> f64;
        pub fn cbrt(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn pow(x: f64, y: f64) -> f64;
        pub fn fmod(x: f64, y: f64) -> f64;
        pub fn ldexp(x: f64, e: i32) -> f64;
        pub fn frexp(x: f64, e: *mut i32) -> f64;
        pub fn nextafter(x: f64, y: f64) -> f64;
        pub fn round(x: f64) -> f64;
    }
}

macro_rules! safe1 {
    ($($name:ident),*) => {$(
        #[inline]
        pub fn $name(x: f64) -> f64 {
            // SAFETY: a pure libm function of one double.
            unsafe { ffi::$name(x) }
        }
    )*};
}

safe1!(
    acos, acosh, asin, asinh, atan, atanh, cos, cosh, erf, erfc, exp, exp2, expm1, log, log10,
    log1p, log2, round, sin, sinh, sqrt, tan, tanh
);

macro_rules! safe2 {
    ($($name:ident),*) => {$(
        #[inline]
        pub fn $name(x: f64, y: f64) -> f64 {
            // SAFETY: a pure libm function of two doubles.
            unsafe { ffi::$name(x, y) }
        }
    )*};
}

safe2!(atan2, pow, fmod, nextafter);

#[inline]
pub fn ldexp(x: f64, e: i32) -> f64 {
    // SAFETY: pure libm function.
    unsafe { ffi::ldexp(x, e) }
}

/// `frexp(x)`: mantissa in [0.5, 1) and exponent.
#[inline]
pub fn frexp(x: f64) -> (f64, i32) {
    let mut e = 0i32;
    // SAFETY: `e` is a valid out-pointer for the duration of the call.
    let m = unsafe { ffi::frexp(x, &mut e) };
    (m, e)
}

/// `cbrt` from the system libm. Rust's compiler-builtins links its own (less accurate)
/// `cbrt` into the binary, which shadows libm's; CPython uses libm's, so it is looked up
/// in `libm.so.6` explicitly (falling back to the linked one).
pub fn cbrt(x: f64) -> f64 {
    use std::sync::OnceLock;
    static SYS: OnceLock<Option<extern "C" fn(f64) -> f64>> = OnceLock::new();
    let f = SYS.get_or_init(|| {
        #[cfg(unix)]
        // SAFETY: dlopen/dlsym with NUL-terminated names; the library stays loaded for
        // the process's life, and `cbrt` has the C signature double(double).
        unsafe {
            for lib in [c"libm.so.6", c"libm.dylib"] {
                let h = libc::dlopen(lib.as_ptr(), libc::RTLD_NOW);
                if h.is_null() {
                    continue;
                }
                let p = libc::dlsym(h, c"cbrt".as_ptr());
                if !p.is_null() {
                    return Some(std::mem::transmute::<
                        *mut libc::c_void,
                        extern "C" fn(f64) -> f64,
                    >(p));
                }
            }
        }
        None
    });
    match f {
        Some(f) => f(x),
        // SAFETY: a pure libm function of one double.
        None => unsafe { ffi::cbrt(x) },
    }
}
