//! `format(value, spec)` for FORMAT_VALUE and the `format` builtin: the object crate's
//! `str_format::format_value` (int, bool, float and str through `format_spec`, a user
//! `__format__`, other types with an empty spec as `str(value)`).

use krait_object::error::PyResult;
use krait_object::interp::Interp;
use krait_object::Value;

/// `format(value, spec)`.
pub fn format(i: &mut dyn Interp, v: &Value, spec: Option<&Value>) -> PyResult<Value> {
    if let Some(f) = krait_object::slot_dunders::user_special(v, "__format__") {
        let spec_v = spec
            .cloned()
            .unwrap_or_else(|| krait_object::types::str::new_string(String::new()));
        let r = krait_object::slot_wrappers::call_attr(i, &f, v, &[spec_v])?;
        if r.as_str_data().is_none() {
            return Err(krait_object::error::type_error(format!(
                "__format__ must return a str, not {}",
                r.class_name()
            )));
        }
        return Ok(r);
    }
    krait_object::types::str_format::format_value(i, v, spec)
}
