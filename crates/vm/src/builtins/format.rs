//! `format(value, spec)` for FORMAT_VALUE and the `format` builtin: int, bool, float and
//! str through the object crate's `format_spec` (CPython's mini-language, per version);
//! other types with an empty spec format as `str(value)`.

use krait_object::error::{type_error, PyResult};
use krait_object::format_spec;
use krait_object::interp::Interp;
use krait_object::num::int::{Int, DEFAULT_MAX_STR_DIGITS};
use krait_object::protocol;
use krait_object::types::int::{int_val, IntVal};
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
    if let Some(f) = krait_object::slot_dunders::user_special(v, "__format__") {
        let spec_v = spec.cloned().unwrap_or_else(|| new_string(String::new()));
        let r = krait_object::slot_wrappers::call_attr(i, &f, v, &[spec_v])?;
        if r.as_str_data().is_none() {
            return Err(type_error(format!(
                "__format__ must return a str, not {}",
                r.class_name()
            )));
        }
        return Ok(r);
    }
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
    if let Value::Float(x) = v {
        return Ok(new_string(format_spec::format_float(*x, &spec_s, version)?));
    }
    if let Some(iv) = int_val(v) {
        let int = match iv {
            IntVal::Small(n) => Int::Small(n),
            IntVal::Big(b) => Int::from(b.clone()),
        };
        let name = v.class_name();
        let r = format_spec::format_int_as(&int, &spec_s, &name, version, DEFAULT_MAX_STR_DIGITS)?;
        if spec_s.is_empty() && matches!(v, Value::Bool(_)) {
            return protocol::str_(i, v);
        }
        return Ok(new_string(r));
    }
    if spec_s.is_empty() {
        return protocol::str_(i, v);
    }
    Err(type_error(format!(
        "unsupported format string passed to {}.__format__",
        v.class_name()
    )))
}
