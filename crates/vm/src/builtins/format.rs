//! `format(value, spec)` for FORMAT_VALUE and the `format` builtin: the object crate's
//! `str_format::format_value` (int, bool, float and str through `format_spec`, a user
//! `__format__`, other types with an empty spec as `str(value)`).

use krait_object::error::PyResult;
use krait_object::interp::Interp;
use krait_object::Value;

/// `format(value, spec)`.
pub fn format(i: &mut dyn Interp, v: &Value, spec: Option<&Value>) -> PyResult<Value> {
    krait_object::types::str_format::format_value(i, v, spec)
}
