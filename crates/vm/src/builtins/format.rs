//! `format(value, spec)` for FORMAT_VALUE and the `format` builtin: int, bool, float and
//! str through the object crate's `format_spec` (CPython's mini-language, per version);
//! other types with an empty spec format as `str(value)`.

use krait_object::error::{type_error, PyResult};
use krait_object::format_spec;
use krait_object::interp::Interp;
use krait_object::protocol;
use krait_object::types::int::int_val;
use krait_object::types::str::new_string;
use krait_object::Value;

/// `format(value, spec)`.
pub fn format(i: &mut dyn Interp, v: &Value, spec: Option<&Value>) -> PyResult<Value> {
    let spec_s = match spec {
        None => String::new(),
        Some(s) => match s.as_str_data() {
            Some(d) => d.lossy().into_owned(),
            None => {
                return Err(type_error(format!(
                    "format() argument 2 must be str, not {}",
                    s.class_name()
                )))
            }
        },
    };
    let version = i.version();
    if let Some(s) = v.as_str_data() {
        if spec_s.is_empty() {
            return Ok(v.clone());
        }
        return Ok(new_string(format_spec::format_str(
            &s.lossy(),
            &spec_s,
            version,
        )?));
    }
    if krait_object::types::float::is_float(v) {
        return krait_object::types::float_methods::format_float_value(i, v, &spec_s);
    }
    if int_val(v).is_some() {
        return krait_object::types::int_methods::format_int_value(i, v, &spec_s);
    }
    if let Some((re, im)) = krait_object::types::complex::complex_val(v) {
        return Ok(new_string(
            krait_object::types::complex_format::format_complex(i, re, im, &spec_s)?,
        ));
    }
    if spec_s.is_empty() {
        return protocol::str_(i, v);
    }
    Err(type_error(format!(
        "unsupported format string passed to {}.__format__",
        v.class_name()
    )))
}
