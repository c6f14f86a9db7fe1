//! Text builtins of the strings area: `ascii`.

use krait_object::args::Args;
use krait_object::error::PyResult;
use krait_object::interp::Interp;
use krait_object::Value;

use super::FunctionTable;

pub static FUNCTIONS: FunctionTable = &[("ascii", ascii)];

fn ascii(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let pos = args.exact("ascii", 1)?;
    krait_object::types::str_format::ascii_of(i, &pos[0])
}
