//! Dispatch by `loop { match inst.op { … } }`.
//!
//! Trade-off: the compiler turns the match into one jump table and can inline small
//! handlers (LOAD_FAST, POP_TOP, jumps) into the loop body, so the hot path has no call at
//! all; but there is a single indirect branch for every opcode (hard on the branch
//! predictor) and one very large function whose register allocation the compiler must
//! share across all handlers.

use krait_loader::opcodes::Op;
use krait_object::error::{system_error, PyResult};
use krait_object::Value;

use crate::ops;
use crate::vm::Vm;

macro_rules! match_dispatch {
    ($($name:ident => [$($slot:tt),*]),* $(,)?) => {
        /// Runs until the entry frame returns or an exception leaves it.
        pub fn run(vm: &mut Vm) -> PyResult<Value> {
            loop {
                let Some(&inst) = vm.code.insts.get(vm.pc) else {
                    return Err(system_error("krait: execution ran past the end of the code"));
                };
                vm.pc += 1;
                // Every opcode of the table has an arm: a missing handler fails to compile.
                let r = match inst.op {
                    $(Op::$name => ops::$name(vm, inst.arg),)*
                };
                if let Err(e) = r {
                    if let std::ops::ControlFlow::Break(done) = vm.handle_exit(e) {
                        return done;
                    }
                }
            }
        }
    };
}

krait_loader::for_each_op!(match_dispatch);
