//! `itertools` (CPython's `Modules/itertoolsmodule.c`, 3.11): lazy iterator types whose
//! `__new__` checks arguments with CPython's messages. One file per theme.

pub mod basic;
pub mod combinatorics;
pub mod grouping;
pub mod tee;

use krait_object::error::PyResult;
use krait_object::{ObjRef, Value};

use crate::modules::{new_module_with, set_attr};
use crate::vm::Vm;

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with("itertools", &[("tee", tee::tee)]);
    type Maker = fn() -> ObjRef;
    let types: [(&str, Maker); 21] = [
        ("accumulate", basic::accumulate_type),
        ("chain", basic::chain_type),
        ("combinations", combinatorics::combinations_type),
        ("combinations_with_replacement", combinatorics::cwr_type),
        ("compress", basic::compress_type),
        ("count", basic::count_type),
        ("cycle", basic::cycle_type),
        ("dropwhile", basic::dropwhile_type),
        ("filterfalse", basic::filterfalse_type),
        ("groupby", grouping::groupby_type),
        ("islice", grouping::islice_type),
        ("pairwise", basic::pairwise_type),
        ("permutations", combinatorics::permutations_type),
        ("product", combinatorics::product_type),
        ("repeat", basic::repeat_type),
        ("starmap", basic::starmap_type),
        ("takewhile", basic::takewhile_type),
        ("zip_longest", grouping::zip_longest_type),
        ("_grouper", grouping::grouper_type),
        ("_tee", tee::tee_type),
        ("_tee_dataobject", tee::teedata_type),
    ];
    for (name, f) in types {
        set_attr(&m, name, Value::Obj(f()));
    }
    Ok(m)
}
