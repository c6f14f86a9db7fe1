//! `NoneType`, `NotImplementedType` and `ellipsis`: singletons.

use crate::typeobj::TypeData;
use crate::types::builtin_types;
use crate::types::str::new_str;
use crate::value::Value;

pub fn setup_none(t: &TypeData) {
    let s = &t.slots;
    s.repr.set(Some(|_, _| Ok(new_str("None"))));
    s.bool_.set(Some(|_, _| Ok(false)));
    s.new.set(Some(|_, _, args| {
        if !args.values.is_empty() {
            return Err(crate::error::type_error("NoneType takes no arguments"));
        }
        Ok(Value::None)
    }));
}

pub fn setup_not_implemented(t: &TypeData) {
    t.slots.repr.set(Some(|_, _| Ok(new_str("NotImplemented"))));
    t.slots
        .new
        .set(Some(|_, _, _| Ok(builtin_types().not_implemented.clone())));
}

pub fn setup_ellipsis(t: &TypeData) {
    t.slots.repr.set(Some(|_, _| Ok(new_str("Ellipsis"))));
    t.slots
        .new
        .set(Some(|_, _, _| Ok(builtin_types().ellipsis.clone())));
}
