//! Running generator frames (docs/vm.md, "Generators").
//!
//! A suspended generator owns its frame: `GenFrame` holds the fast locals and operand
//! stack (and the pc). Resuming moves that window onto the top of the VM's value stack,
//! pushes an *entry* frame over it and re-enters the dispatch loop (like CPython 3.11's
//! `gen_send_ex2`, which evaluates the generator's frame in a nested `_PyEval_EvalFrame`);
//! YIELD_VALUE moves the window back into the generator and leaves the loop. The moves
//! reuse the generator's `Vec`, so a resumption from FOR_ITER allocates nothing. Normal
//! calls pay nothing for this: only generator code runs YIELD_VALUE / RETURN_GENERATOR.
//!
//! Invariant: the top of `Vm::gens.running` describes the innermost generator frame being
//! run, and `depth` is `Vm::frames.len()` while that frame is on top.

use krait_object::error::{recursion_error, PyErr, PyResult};
use krait_object::object::{ObjRef, Payload};
use krait_object::types::gen::{GenArg, GenState, GenStep};
use krait_object::Value;

use crate::frame::Frame;
use crate::vm::Vm;

/// A generator frame being run.
pub struct GenRun {
    pub gen: ObjRef,
    /// `Vm::frames.len()` with the generator's frame on top.
    pub depth: usize,
    /// The caller's handled exception, restored when the generator leaves.
    pub caller_exc: Value,
}

#[derive(Default)]
pub struct GenStack {
    pub running: Vec<GenRun>,
    /// An exception thrown into a generator that left it unchanged: it was not raised in
    /// the caller, so the caller's unwinding must not chain its handled exception into it
    /// (CPython chains only at raise time).
    pub no_context: Option<ObjRef>,
}

/// `Interp::gen_resume`: runs `gen`'s frame until it yields, returns or raises.
pub fn resume(vm: &mut Vm, gen: &ObjRef, arg: GenArg) -> PyResult<GenStep> {
    let Payload::Generator(g) = &gen.payload else {
        return Err(krait_object::error::type_error("not a generator"));
    };
    if vm.frames.len() + krait_object::recursion::native_depth() >= vm.recursion_limit
        || vm.native_depth >= crate::vm::MAX_NATIVE_DEPTH
    {
        return Err(recursion_error("maximum recursion depth exceeded"));
    }
    let frame = {
        let mut gf = g.frame.borrow_mut();
        let base = vm.stack.len();
        vm.stack.append(&mut gf.stack);
        Frame {
            code: gf.code.clone(),
            func: gf.func.clone(),
            globals: gf.globals.clone(),
            builtins: gf.builtins.clone(),
            locals: gf.locals.clone(),
            base,
            pc: gf.pc,
            ret_sp: base,
            entry: true,
            init: false,
        }
    };
    g.state.set(GenState::Running);
    let caller_exc = vm.exc_info.clone();
    let own = std::mem::replace(&mut *g.exc_state.borrow_mut(), Value::None);
    if let Err(e) = vm.push_frame(frame) {
        g.state.set(GenState::Completed);
        return Err(e);
    }
    vm.gens.running.push(GenRun {
        gen: gen.clone(),
        depth: vm.frames.len(),
        caller_exc: caller_exc.clone(),
    });
    vm.native_depth += 1;
    let r = match arg {
        GenArg::Send(v) => {
            if !own.is_none() {
                vm.exc_info = own;
            }
            vm.push(v);
            vm.run_loop()
        }
        GenArg::Throw(err) => {
            let thrown = err.exc.clone();
            // Only the generator's own handled exception becomes the context.
            vm.exc_info = own;
            let r = match vm.unwind(err, true) {
                Ok(()) => {
                    if vm.exc_info.is_none() {
                        vm.exc_info = caller_exc.clone();
                    }
                    vm.run_loop()
                }
                Err(e) => Err(e),
            };
            if let Err(e) = &r {
                if std::rc::Rc::ptr_eq(&e.exc, &thrown) {
                    vm.gens.no_context = Some(thrown);
                }
            }
            r
        }
    };
    vm.native_depth -= 1;
    vm.gens.running.pop();
    if g.state.get() == GenState::Suspended {
        // YIELD_VALUE saved the frame and the exception state.
        return r.map(GenStep::Yield);
    }
    g.state.set(GenState::Completed);
    vm.exc_info = caller_exc;
    {
        let mut gf = g.frame.borrow_mut();
        gf.stack = Vec::new();
        gf.locals = Value::None;
    }
    r.map(GenStep::Return)
}

/// Whether `err` must not get the caller's handled exception as its context.
pub fn skip_context(vm: &mut Vm, err: &PyErr) -> bool {
    match vm.gens.no_context.take() {
        Some(x) => std::rc::Rc::ptr_eq(&x, &err.exc),
        None => false,
    }
}

impl Vm {
    /// Closes the generators dropped while suspended in a `try` (their `finally` runs, as
    /// when CPython frees them). Called at safe points: before output, at shutdown.
    pub fn run_finalizers(&mut self) {
        if krait_object::weakref::has_pending() {
            crate::modules::_weakref::run_pending(self);
        }
        while let Some(g) = krait_object::types::gen::take_finalizable() {
            // CPython reports a failing close as "Exception ignored in: ..." (with the
            // object's address); krait drops it.
            let _ = krait_object::types::gen::close(self, &g);
        }
    }

    /// Module teardown like CPython's `finalize_modules` for `__main__`: globals are
    /// cleared in dict order (names starting with one underscore first), so suspended
    /// generators held there are closed in the same order.
    pub fn shutdown(&mut self) {
        self.run_finalizers();
        krait_object::weakref::stop_callbacks();
        let globals = self.main_globals.clone();
        let Some(d) = krait_object::types::dict::as_dict(&globals) else {
            return;
        };
        let keys = d.borrow().keys();
        let underscore = |k: &Value| {
            k.as_str_data()
                .and_then(|s| s.as_str())
                .is_some_and(|s| s.starts_with('_') && !s.starts_with("__"))
        };
        for pass in 0..2 {
            for k in &keys {
                let first = underscore(k);
                if (pass == 0) != first {
                    continue;
                }
                if k.as_str_data().and_then(|s| s.as_str()) == Some("__builtins__") {
                    continue;
                }
                let old = {
                    let mut dd = d.borrow_mut();
                    let old = dd.get_str_key(k);
                    if old.is_some() {
                        dd.set_str_key(k.clone(), Value::None);
                    }
                    old
                };
                drop(old);
                self.run_finalizers();
            }
        }
    }
}
