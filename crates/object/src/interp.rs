//! `Interp`: what the object crate needs from the VM. The VM implements it; object-crate
//! functions that may run Python code (a `__eq__`, a key function, a `__repr__`) take
//! `&mut dyn Interp`.

use krait_loader::PyVersion;

use crate::args::Args;
use crate::error::PyResult;
use crate::object::ObjRef;
use crate::value::Value;

pub trait Interp {
    /// Calls a Python function object (payload `Function`): the VM pushes a frame and
    /// re-enters its loop (a counted, bounded native re-entry).
    fn call_function(&mut self, func: &ObjRef, args: Args<'_>) -> PyResult<Value>;

    /// The CPython version whose bytecode runs (messages and reprs differ by version).
    fn version(&self) -> PyVersion;

    /// Writes text to a native stream (1: stdout, 2: stderr), buffered like CPython's.
    fn write_stream(&mut self, fd: u8, text: &str) -> PyResult<()>;

    /// Writes encoded bytes to a native stream (the standard streams' binary layers).
    fn write_stream_bytes(&mut self, fd: u8, data: &[u8]) -> PyResult<()> {
        self.write_stream(fd, &String::from_utf8_lossy(data))
    }

    /// Flushes a native stream.
    fn flush_stream(&mut self, fd: u8) -> PyResult<()>;

    /// The builtins module's dict (for `builtins` lookups from native code).
    fn builtins(&self) -> ObjRef;

    /// The `(__class__, first argument)` of the calling Python frame, for zero-argument
    /// `super()`.
    fn super_args(&mut self) -> PyResult<(Value, Value)> {
        Err(crate::error::runtime_error("super(): no arguments"))
    }

    /// The calling Python frame's module name (`__name__` of its globals), for the
    /// `__module__` of classes made by `type(name, bases, ns)`.
    fn module_name(&mut self) -> Value {
        Value::None
    }

    /// `(Python frames running, sys.getrecursionlimit())` for the native recursion guard
    /// (`crate::recursion`).
    fn recursion_state(&self) -> (usize, usize) {
        (0, 1000)
    }

    /// Runs a suspended generator frame until it yields or returns (an exception that
    /// leaves it is the `Err`). `types::gen` checks the state first.
    fn gen_resume(
        &mut self,
        _gen: &ObjRef,
        _arg: crate::types::gen::GenArg,
    ) -> PyResult<crate::types::gen::GenStep> {
        Err(crate::error::system_error("krait: generators need the VM"))
    }

    /// The VM itself, for VM-side natives (builtins, `sys`) to downcast.
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any;
}
