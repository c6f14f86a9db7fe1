//! The `Vm`: the value stack, the frame stack, the builtins and `sys`, the output streams,
//! and the unwinding of exceptions through the exception tables.

use std::io::Write;
use std::rc::Rc;

use krait_loader::{CodeObject, PyVersion};
use krait_object::args::Args;
use krait_object::error::{recursion_error, PyErr, PyResult};
use krait_object::exceptions::{exc_data, TbEntry};
use krait_object::object::{ObjRef, Payload};
use krait_object::types::code::Code;
use krait_object::types::dict::{new_dict, set_by_name, DictData};
use krait_object::Interp;
use krait_object::Value;

use crate::dispatch::Dispatch;
use crate::frame::Frame;
use crate::ops::Exit;

/// A buffered output stream like CPython's (block-buffered unless a terminal).
pub struct OutBuf {
    fd: u8,
    buf: Vec<u8>,
    line_buffered: bool,
}

impl OutBuf {
    fn new(fd: u8) -> OutBuf {
        use std::io::IsTerminal;
        let tty = if fd == 1 {
            std::io::stdout().is_terminal()
        } else {
            true
        };
        OutBuf {
            fd,
            buf: Vec::with_capacity(8192),
            line_buffered: tty,
        }
    }

    pub fn write(&mut self, s: &str) {
        self.write_bytes(s.as_bytes());
    }

    pub fn write_bytes(&mut self, s: &[u8]) {
        self.buf.extend_from_slice(s);
        if self.buf.len() >= 8192 || (self.line_buffered && s.contains(&b'\n')) {
            self.flush();
        }
    }

    pub fn flush(&mut self) {
        if self.buf.is_empty() {
            return;
        }
        // Write errors (a closed pipe) are ignored like CPython's at shutdown.
        let _ = if self.fd == 2 {
            let mut e = std::io::stderr().lock();
            e.write_all(&self.buf).and_then(|_| e.flush())
        } else {
            let mut o = std::io::stdout().lock();
            o.write_all(&self.buf).and_then(|_| o.flush())
        };
        self.buf.clear();
    }
}

/// The running frame's code, without a reference count per frame switch.
///
/// Invariant (kept by `Vm::push_frame` and `Vm::pop_frame`, the only writers of
/// `Vm::code` besides `Vm::new`): it points at the `Code` of `Vm::frames.last()`, or at
/// `Vm::idle_code` when no frame runs; that `Rc` keeps the code alive at least until the
/// next write of `Vm::code`. A `&Code` obtained through `Deref` borrows the `Vm`, so the
/// frame holding it cannot be popped while the reference lives.
pub struct CodeRef(std::ptr::NonNull<Code>);

impl CodeRef {
    #[inline(always)]
    fn new(rc: &Rc<Code>) -> CodeRef {
        CodeRef(std::ptr::NonNull::from(&**rc))
    }

    /// A counted reference to the code (for tracebacks).
    pub fn to_rc(&self) -> Rc<Code> {
        // SAFETY: the pointer came from an `Rc<Code>` that is still alive (type invariant),
        // so incrementing its count and rebuilding an `Rc` is sound.
        unsafe {
            Rc::increment_strong_count(self.0.as_ptr());
            Rc::from_raw(self.0.as_ptr())
        }
    }
}

impl std::ops::Deref for CodeRef {
    type Target = Code;
    #[inline(always)]
    fn deref(&self) -> &Code {
        // SAFETY: see the type's invariant.
        unsafe { self.0.as_ref() }
    }
}

/// What returning from the popped frame means (`Vm::pop_frame_ret`).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum RetKind {
    /// Back to the calling frame in the same dispatch loop.
    Normal,
    /// Leaves the dispatch loop.
    Entry,
    /// An `__init__` run by the instance-creation fast path.
    Init,
}

pub struct Vm {
    /// The one value stack: every frame's locals and operand stack.
    pub stack: Vec<Value>,
    /// Every active frame; the last is running.
    pub frames: Vec<Frame>,
    /// The running frame's next instruction (hot copy of `Frame::pc`).
    pub pc: usize,
    /// The running frame's `base` (hot copy).
    pub base: usize,
    /// The running frame's code (a borrowed view of the top frame's `Rc<Code>`).
    pub code: CodeRef,
    /// Keeps the code `code` points at while no frame runs.
    idle_code: Rc<Code>,
    /// Names of the keyword arguments of the next CALL (`KW_NAMES`).
    pub kw_names: Option<Value>,
    /// The exception being handled (`sys.exc_info()`), `Value::None` when none.
    pub exc_info: Value,
    pub version: PyVersion,
    pub builtins: Value,
    pub sys: Value,
    pub main_globals: Value,
    pub recursion_limit: usize,
    /// Native re-entries of the dispatch loop in progress.
    pub native_depth: usize,
    pub stdout: OutBuf,
    pub stderr: OutBuf,
    pub dispatch: Dispatch,
    /// The generator frames being run (`crate::generator`).
    pub gens: crate::generator::GenStack,
    /// CPython's standard library directory (`lib/python3.X`), when one was found.
    pub stdlib: Option<std::path::PathBuf>,
    /// Names of the modules whose code is running (innermost last), for the "partially
    /// initialized module" errors.
    pub importing: Vec<String>,
}

/// Bound on nested native re-entries (each uses native stack).
pub(crate) const MAX_NATIVE_DEPTH: usize = 3000;

impl Vm {
    /// A VM for bytecode of `version`, with `sys.argv = argv`.
    pub fn new(version: PyVersion, argv: Vec<String>) -> Vm {
        let seed = std::env::var("PYTHONHASHSEED")
            .ok()
            .and_then(|s| s.parse::<u32>().ok());
        let secret = match seed {
            Some(s) => krait_object::hash::HashSecret::from_seed(s, version),
            None => {
                let t = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos())
                    .unwrap_or(0);
                let mut key = [0u8; 16];
                let mix = t ^ (u128::from(std::process::id()) << 64);
                key.copy_from_slice(&mix.to_le_bytes());
                krait_object::hash::HashSecret::from_key(key, version)
            }
        };
        // Must precede the first string hash (the builtin types' dicts).
        let _ = krait_object::types::set_hash_secret(secret);
        crate::modules::_codecs::install_hooks();
        let idle_code = Rc::new(empty_code(version));
        let mut vm = Vm {
            stack: Vec::with_capacity(4096),
            frames: Vec::with_capacity(64),
            pc: 0,
            base: 0,
            code: CodeRef::new(&idle_code),
            idle_code,
            kw_names: None,
            exc_info: Value::None,
            version,
            builtins: Value::None,
            sys: Value::None,
            main_globals: Value::None,
            recursion_limit: 1000,
            native_depth: 0,
            stdout: OutBuf::new(1),
            stderr: OutBuf::new(2),
            dispatch: Dispatch::default(),
            gens: Default::default(),
            stdlib: None,
            importing: Vec::new(),
        };
        vm.sys = crate::builtins::sys::make_sys(&vm, argv);
        vm.builtins = crate::builtins::make_builtins();
        let builtins_module = crate::builtins::sys::register_builtins(&vm);
        let sys_module = vm.sys.clone();
        crate::import::spec::init_native_module_attrs(&mut vm, &sys_module, "sys");
        crate::import::spec::init_native_module_attrs(&mut vm, &builtins_module, "builtins");
        let main = new_dict(DictData::new());
        set_by_name(
            &main,
            "__name__",
            krait_object::types::str::new_str("__main__"),
        );
        set_by_name(&main, "__doc__", Value::None);
        set_by_name(&main, "__builtins__", builtins_module);
        vm.main_globals = main.clone();
        let main_module = krait_object::types::module::module_with_dict("__main__", main);
        if let Some(mods) = crate::builtins::sys::sys_attr(&vm, "modules") {
            set_by_name(&mods, "__main__", main_module);
        }
        let stdlib = crate::import::stdlib::find(version, None);
        vm.set_stdlib(stdlib);
        vm
    }

    /// Sets the standard library directory and rebuilds `sys.path`: the script's
    /// directory, the `KRAIT_PATH` entries, then the standard library.
    pub fn set_stdlib(&mut self, stdlib: Option<std::path::PathBuf>) {
        self.stdlib = stdlib;
        let Some(path) = crate::builtins::sys::sys_attr(self, "path") else {
            return;
        };
        let Some(Payload::List(l)) = path.payload() else {
            return;
        };
        let mut entries: Vec<Value> = l.borrow().iter().take(1).cloned().collect();
        if let Some(extra) = std::env::var_os("KRAIT_PATH") {
            for p in std::env::split_paths(&extra) {
                entries.push(krait_object::types::str::new_string(
                    p.display().to_string(),
                ));
            }
        }
        if let Some(dir) = &self.stdlib {
            entries.push(krait_object::types::str::new_string(
                dir.display().to_string(),
            ));
        }
        *l.borrow_mut() = entries;
        if let Some(d) = krait_object::types::module::module_dict(&self.sys) {
            crate::builtins::sys_runtime::set_prefixes(d, self.stdlib.as_deref());
        }
    }

    /// Runs module-level `code` with `globals` and `locals` (a native re-entry of the
    /// loop, like a call from native code).
    pub fn exec_code(&mut self, code: Rc<Code>, globals: Value, locals: Value) -> PyResult<Value> {
        if self.native_depth >= MAX_NATIVE_DEPTH {
            return Err(recursion_error(
                "maximum recursion depth exceeded while calling a Python object",
            ));
        }
        let base = self.stack.len();
        self.stack.resize(base + code.nlocalsplus, Value::Null);
        let frame = Frame {
            code,
            func: None,
            globals,
            builtins: self.builtins.clone(),
            locals,
            base,
            pc: 0,
            ret_sp: base,
            entry: true,
            init: false,
        };
        self.push_frame(frame)?;
        self.native_depth += 1;
        let r = self.run_loop();
        self.native_depth -= 1;
        r
    }

    /// Runs a module's code object as `__main__`.
    pub fn run_main(&mut self, co: &Rc<CodeObject>) -> Result<(), RunError> {
        let code = crate::code_prep::prepare(co).map_err(RunError::Prep)?;
        let globals = self.main_globals.clone();
        let base = self.stack.len();
        self.stack.resize(base + code.nlocalsplus, Value::Null);
        let frame = Frame {
            code,
            func: None,
            globals: globals.clone(),
            builtins: self.builtins.clone(),
            locals: globals,
            base,
            pc: 0,
            ret_sp: base,
            entry: true,
            init: false,
        };
        self.push_frame(frame).map_err(RunError::Py)?;
        self.run_loop().map(|_| ()).map_err(RunError::Py)
    }

    /// Pushes `frame` and makes it the running one (the caller's pc is saved).
    #[inline(always)]
    pub fn push_frame(&mut self, frame: Frame) -> PyResult<()> {
        if self.frames.len() + krait_object::recursion::native_depth() >= self.recursion_limit {
            self.stack.truncate(frame.ret_sp);
            return Err(recursion_error("maximum recursion depth exceeded"));
        }
        // May run Python code (weakref callbacks, signal handlers): the new frame's
        // locals are on the value stack, so nested calls go above them.
        if let Some(e) = crate::signals::check(self) {
            self.stack.truncate(frame.ret_sp);
            return Err(e);
        }
        if let Some(f) = self.frames.last_mut() {
            f.pc = self.pc;
        }
        self.pc = frame.pc;
        self.base = frame.base;
        self.code = CodeRef::new(&frame.code);
        let need = frame.base + frame.code.nlocalsplus + frame.code.stacksize;
        if need > self.stack.capacity() {
            self.stack.reserve(need - self.stack.len());
        }
        let n = self.frames.len();
        if n == self.frames.capacity() {
            self.frames.reserve(n.max(16));
        }
        // SAFETY: `n < capacity` (reserved just above), so slot `n` is allocated and
        // unused; writing it and then growing the length by one is exactly `push`
        // (spelled out because `Vec::push` of this large record is not inlined).
        unsafe {
            self.frames.as_mut_ptr().add(n).write(frame);
            self.frames.set_len(n + 1);
        }
        Ok(())
    }

    /// Pops the running frame (its stack window included) and resumes the caller's hot
    /// state. Returns the popped frame.
    #[inline]
    pub fn pop_frame(&mut self) -> Option<Frame> {
        let f = self.frames.pop()?;
        self.stack.truncate(f.ret_sp);
        match self.frames.last() {
            Some(c) => {
                self.pc = c.pc;
                self.base = c.base;
                self.code = CodeRef::new(&c.code);
            }
            None => self.code = CodeRef::new(&self.idle_code),
        }
        Some(f)
    }

    /// Pops the running frame like `pop_frame`, dropping it in place; returns whether it
    /// was an entry frame (`None` when no frame ran). The return path of every call.
    #[inline(always)]
    pub fn pop_frame_in_place(&mut self) -> Option<bool> {
        self.pop_frame_ret().map(|k| k == RetKind::Entry)
    }

    /// [`Vm::pop_frame_in_place`] telling an `__init__` frame of the instance-creation
    /// fast path apart (`Frame::init`).
    #[inline(always)]
    pub fn pop_frame_ret(&mut self) -> Option<RetKind> {
        let f = self.frames.last()?;
        let (entry, init, ret_sp) = (f.entry, f.init, f.ret_sp);
        self.stack.truncate(ret_sp);
        let n = self.frames.len() - 1;
        self.frames.truncate(n);
        match self.frames.last() {
            Some(c) => {
                self.pc = c.pc;
                self.base = c.base;
                self.code = CodeRef::new(&c.code);
            }
            None => self.code = CodeRef::new(&self.idle_code),
        }
        Some(if entry {
            RetKind::Entry
        } else if init {
            RetKind::Init
        } else {
            RetKind::Normal
        })
    }

    /// The running frame.
    #[inline]
    pub fn frame(&self) -> Option<&Frame> {
        self.frames.last()
    }

    /// Runs the dispatch loop until the entry frame on top returns.
    pub fn run_loop(&mut self) -> PyResult<Value> {
        match self.dispatch {
            Dispatch::Match => crate::dispatch::match_loop::run(self),
            Dispatch::FnTable => crate::dispatch::fn_table::run(self),
        }
    }

    /// Handles a handler's `Err`: a return from the entry frame ends the loop (`Break`);
    /// an exception unwinds to a handler (`Continue`) or out of the entry frame (`Break`).
    #[inline(never)]
    pub fn handle_exit(&mut self, e: Exit) -> std::ops::ControlFlow<PyResult<Value>> {
        use std::ops::ControlFlow;
        match e {
            Exit::Return(v) => ControlFlow::Break(Ok(v)),
            Exit::Error(err) => match self.unwind(err, true) {
                Ok(()) => ControlFlow::Continue(()),
                Err(err) => ControlFlow::Break(Err(err)),
            },
            Exit::Reraise(err) => match self.unwind(err, false) {
                Ok(()) => ControlFlow::Continue(()),
                Err(err) => ControlFlow::Break(Err(err)),
            },
        }
    }

    /// Unwinds `err` from the running frame: records a traceback entry per frame (not
    /// for a re-raise in the frame that re-raises it), jumps to the first exception-table
    /// handler, or pops frames up to and including the entry frame.
    pub(crate) fn unwind(&mut self, err: PyErr, fresh: bool) -> Result<(), PyErr> {
        if fresh {
            self.set_context(&err);
        }
        let mut add_tb = fresh;
        loop {
            let lasti = self.pc.saturating_sub(1) as u32;
            if add_tb && !self.code.hidden_in_tb {
                if let Some(e) = exc_data(&err.exc) {
                    let globals = self
                        .frames
                        .last()
                        .map_or(Value::None, |f| f.globals.clone());
                    e.traceback.borrow_mut().push(TbEntry {
                        code: self.code.to_rc(),
                        lasti,
                        globals,
                    });
                }
            }
            add_tb = true;
            if let Some(h) = self.code.handler_for(lasti) {
                let depth = self.base + self.code.nlocalsplus + h.depth as usize;
                self.stack.truncate(depth);
                if h.lasti {
                    self.stack.push(Value::Int(i64::from(lasti)));
                }
                self.stack.push(err.value());
                self.pc = h.target as usize;
                return Ok(());
            }
            match self.pop_frame() {
                Some(f) if !f.entry => continue,
                _ => return Err(err),
            }
        }
    }

    /// Sets `__context__` of a newly raised exception to the one being handled.
    fn set_context(&mut self, err: &PyErr) {
        if self.gens.no_context.is_some() && crate::generator::skip_context(self, err) {
            return;
        }
        let Value::Obj(handled) = &self.exc_info else {
            return;
        };
        if Rc::ptr_eq(handled, &err.exc) {
            return;
        }
        if let Some(e) = exc_data(&err.exc) {
            if e.context.borrow().is_none() {
                // Avoid creating a cycle: cut `handled`'s chain where it reaches err.
                let mut o = handled.clone();
                while let Some(d) = exc_data(&o) {
                    let next = d.context.borrow().clone();
                    match next {
                        Value::Obj(n) if Rc::ptr_eq(&n, &err.exc) => {
                            if let Some(d) = exc_data(&o) {
                                *d.context.borrow_mut() = Value::None;
                            }
                            break;
                        }
                        Value::Obj(n) => o = n,
                        _ => break,
                    }
                }
                *e.context.borrow_mut() = Value::Obj(handled.clone());
            }
        }
    }

    /// Flushes stdout and stderr.
    pub fn flush_all(&mut self) {
        self.stdout.flush();
        self.stderr.flush();
    }
}

/// A failure of `run_main`.
pub enum RunError {
    /// The code could not be prepared (unsupported constants, malformed code).
    Prep(String),
    /// An uncaught Python exception.
    Py(PyErr),
}

fn empty_code(version: PyVersion) -> Code {
    let co = Rc::new(CodeObject::empty(version, "", ""));
    Code {
        co,
        insts: Box::new([]),
        offsets: Box::new([]),
        consts: Box::new([]),
        names: Box::new([]),
        localsplus_names: Box::new([]),
        exc_table: Box::new([]),
        nlocalsplus: 0,
        stacksize: 0,
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        flags: 0,
        name: Value::None,
        qualname: Value::None,
        simple_args: true,
        global_cache: Box::new([]),
        hidden_in_tb: false,
        attr_cache: Box::new([]),
    }
}

impl Interp for Vm {
    fn call_function(&mut self, func: &ObjRef, args: Args<'_>) -> PyResult<Value> {
        if self.native_depth >= MAX_NATIVE_DEPTH {
            return Err(recursion_error(
                "maximum recursion depth exceeded while calling a Python object",
            ));
        }
        let Payload::Function(_) = &func.payload else {
            return krait_object::protocol::call(self, &Value::Obj(func.clone()), args);
        };
        let ret_sp = self.stack.len();
        let frame = crate::ops::calls::bind_frame(self, func, args, ret_sp, true)?;
        self.push_frame(frame)?;
        self.native_depth += 1;
        let r = self.run_loop();
        self.native_depth -= 1;
        r
    }

    fn gen_resume(
        &mut self,
        gen: &ObjRef,
        arg: krait_object::types::gen::GenArg,
    ) -> PyResult<krait_object::types::gen::GenStep> {
        crate::generator::resume(self, gen, arg)
    }

    fn version(&self) -> PyVersion {
        self.version
    }

    fn recursion_state(&self) -> (usize, usize) {
        (self.frames.len(), self.recursion_limit)
    }

    fn write_stream(&mut self, fd: u8, text: &str) -> PyResult<()> {
        if krait_object::types::gen::finalize_pending() {
            self.run_finalizers();
        }
        if krait_object::weakref::has_pending() {
            crate::modules::_weakref::run_pending(self);
        }
        if fd == 2 {
            self.stdout.flush_if_tty();
            self.stderr.write(text);
        } else {
            self.stdout.write(text);
        }
        Ok(())
    }

    fn write_stream_bytes(&mut self, fd: u8, data: &[u8]) -> PyResult<()> {
        if krait_object::types::gen::finalize_pending() {
            self.run_finalizers();
        }
        if fd == 2 {
            self.stdout.flush_if_tty();
            self.stderr.write_bytes(data);
        } else {
            self.stdout.write_bytes(data);
        }
        Ok(())
    }

    fn flush_stream(&mut self, fd: u8) -> PyResult<()> {
        if fd == 2 {
            self.stderr.flush();
        } else {
            self.stdout.flush();
        }
        Ok(())
    }

    fn super_args(&mut self) -> PyResult<(Value, Value)> {
        crate::builtins::build_class::super_args(self)
    }

    fn module_name(&mut self) -> Value {
        crate::builtins::build_class::module_name(self)
    }

    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }

    fn builtins(&self) -> ObjRef {
        match &self.builtins {
            Value::Obj(o) => o.clone(),
            _ => krait_object::builtin_types().object.clone(),
        }
    }
}

impl OutBuf {
    /// Flushes a terminal's pending output (so stderr text appears after it).
    pub fn flush_if_tty(&mut self) {
        if self.line_buffered {
            self.flush();
        }
    }
}
