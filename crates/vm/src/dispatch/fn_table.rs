//! Dispatch through a table of handler function pointers indexed by opcode.
//!
//! Trade-off: every instruction is an indirect call (no inlining of even the smallest
//! handler, and the call/return overhead), but the loop itself is tiny and the handlers
//! stay separate functions with their own register allocation; the table is the natural
//! base for a pre-decoded form that stores the handler pointer in each instruction.

use krait_object::error::{system_error, PyResult};
use krait_object::Value;

use crate::ops::{self, Handler};
use crate::vm::Vm;

macro_rules! handler_table {
    ($($name:ident => [$($slot:tt),*]),* $(,)?) => {
        /// One handler per opcode, in `Op` order (`op as usize` indexes it).
        static TABLE: &[Handler] = &[$(ops::$name,)*];
    };
}

krait_loader::for_each_op!(handler_table);

/// Runs until the entry frame returns or an exception leaves it.
pub fn run(vm: &mut Vm) -> PyResult<Value> {
    loop {
        let Some(&inst) = vm.code.insts.get(vm.pc) else {
            return Err(system_error(
                "krait: execution ran past the end of the code",
            ));
        };
        vm.pc += 1;
        let Some(handler) = TABLE.get(inst.op as usize) else {
            return Err(system_error("krait: opcode outside the handler table"));
        };
        if let Err(e) = handler(vm, inst.arg) {
            if let std::ops::ControlFlow::Break(done) = vm.handle_exit(e) {
                return done;
            }
        }
    }
}
