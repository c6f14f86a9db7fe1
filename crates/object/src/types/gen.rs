//! Generators, coroutines and async generators (CPython's `genobject.c`): the object, its
//! states, `send`/`throw`/`close` and the attributes. Running the suspended frame is the
//! VM's job ([`Interp::gen_resume`]); everything around it (state checks, PEP 479,
//! `yield from` delegation of `throw`/`close`, `StopIteration(value)`) lives here.
//!
//! The suspended frame is a [`GenFrame`]: the generator owns a copy of its locals and
//! operand stack while suspended and the VM moves them onto its value stack while it runs
//! (docs/vm.md, "Generators").

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use krait_loader::code::flags as co_flags;
use krait_loader::opcodes::Op;

use crate::args::Args;
use crate::error::{new_error, type_error, PyErr, PyResult};
use crate::exceptions::{exc_data, is_exception_class, is_exception_instance, new_exception};
use crate::interp::Interp;
use crate::object::{ObjRef, Payload, PyObject};
use crate::protocol;
use crate::typeobj::TypeData;
use crate::types::code::Code;
use crate::types::func::MethodDescr;
use crate::types::str::{new_str, new_string};
use crate::types::{builtin_types, MethodDef, TypeBuilder};
use crate::value::Value;

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    pub fn from_code_flags(f: u32) -> GenKind {
        if f & co_flags::COROUTINE != 0 {
            GenKind::Coroutine
        } else if f & co_flags::ASYNC_GENERATOR != 0 {
            GenKind::AsyncGenerator
        } else {
            GenKind::Generator
        }
    }

    /// The word in messages: "generator", "coroutine", "async generator".
    pub fn noun(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum GenState {
    /// Made by RETURN_GENERATOR, never resumed.
    Created,
    Suspended,
    Running,
    Completed,
}

/// A suspended frame: what the VM's `Frame` holds, plus its stack window.
pub struct GenFrame {
    pub code: Rc<Code>,
    pub func: Option<ObjRef>,
    pub globals: Value,
    pub builtins: Value,
    pub locals: Value,
    /// The next instruction.
    pub pc: usize,
    /// Fast locals then the operand stack (the frame's window of the value stack). Kept
    /// allocated across resumptions: moving it in and out never allocates.
    pub stack: Vec<Value>,
}

pub struct GenData {
    pub kind: GenKind,
    pub state: Cell<GenState>,
    pub frame: RefCell<GenFrame>,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// The exception the generator's own code is handling while suspended
    /// (`gi_exc_state`), `Value::None` when none.
    pub exc_state: RefCell<Value>,
    /// Async generators: an `asend`/`athrow` is driving it (`ag_running_async`).
    pub running_async: Cell<bool>,
    /// Async generators: `aclose()` ran or it finished (`ag_closed`).
    pub closed: Cell<bool>,
}

/// What a resumption gets: a sent value or an exception thrown in.
pub enum GenArg {
    Send(Value),
    Throw(PyErr),
}

/// How a resumption ended (an exception is the `Err` of the result).
pub enum GenStep {
    Yield(Value),
    Return(Value),
}

/// The helper objects of the await protocol.
pub enum GenHelper {
    /// `coro.__await__()`.
    CoroWrapper(ObjRef),
    /// `agen.__anext__()` / `agen.asend(v)`.
    ASend {
        gen: ObjRef,
        value: Value,
        state: Cell<AwaitState>,
    },
    /// `agen.athrow(...)` (`Some(exception)`) / `agen.aclose()` (`None`).
    AThrow {
        gen: ObjRef,
        exc: Option<PyErr>,
        state: Cell<AwaitState>,
    },
    /// A value yielded by an async generator (ASYNC_GEN_WRAP).
    Wrapped(Value),
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum AwaitState {
    Init,
    Iter,
    Closed,
}

pub struct GenTypes {
    pub generator: ObjRef,
    pub coroutine: ObjRef,
    pub async_generator: ObjRef,
    pub coroutine_wrapper: ObjRef,
    pub asend: ObjRef,
    pub athrow: ObjRef,
    pub wrapped: ObjRef,
}

fn install(t: &ObjRef, defs: &'static [MethodDef]) {
    let Payload::Type(td) = &t.payload else {
        return;
    };
    let mut d = td.dict.borrow_mut();
    for def in defs {
        let descr = PyObject::new(
            builtin_types().method_descriptor.clone(),
            Payload::MethodDescr(MethodDescr {
                def,
                owner: t.clone(),
            }),
        );
        d.set_str_key(new_str(def.name), Value::Obj(descr));
    }
}

thread_local! {
    static GEN_TYPES: GenTypes = {
        let t = builtin_types();
        let b = TypeBuilder { type_: t.type_.clone() };
        let o = std::slice::from_ref(&t.object);
        let a = crate::types::gen_async::setup_helper as fn(&TypeData);
        let g = GenTypes {
            generator: b.make("generator", o, 0, setup_gen),
            coroutine: b.make("coroutine", o, 0, setup_gen),
            async_generator: b.make("async_generator", o, 0, setup_gen),
            coroutine_wrapper: b.make("coroutine_wrapper", o, 0, a),
            asend: b.make("async_generator_asend", o, 0, a),
            athrow: b.make("async_generator_athrow", o, 0, a),
            wrapped: b.make("async_generator_wrapped_value", o, 0, |_| {}),
        };
        install(&g.generator, GEN_METHODS);
        install(&g.coroutine, CORO_METHODS);
        install(&g.async_generator, crate::types::gen_async::AGEN_METHODS);
        install(&g.coroutine_wrapper, crate::types::gen_async::WRAPPER_METHODS);
        install(&g.asend, crate::types::gen_async::AWAITABLE_METHODS);
        install(&g.athrow, crate::types::gen_async::AWAITABLE_METHODS);
        g
    };
}

/// Runs `f` with the generator types (built on first use).
pub fn gen_types<R>(f: impl FnOnce(&GenTypes) -> R) -> R {
    GEN_TYPES.with(f)
}

/// A new generator/coroutine/async generator owning `frame` (RETURN_GENERATOR).
pub fn new_generator(frame: GenFrame, name: Value, qualname: Value) -> Value {
    let kind = GenKind::from_code_flags(frame.code.flags);
    let cls = gen_types(|t| match kind {
        GenKind::Generator => t.generator.clone(),
        GenKind::Coroutine => t.coroutine.clone(),
        GenKind::AsyncGenerator => t.async_generator.clone(),
    });
    Value::Obj(PyObject::new(
        cls,
        Payload::Generator(Box::new(GenData {
            kind,
            state: Cell::new(GenState::Created),
            frame: RefCell::new(frame),
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            exc_state: RefCell::new(Value::None),
            running_async: Cell::new(false),
            closed: Cell::new(false),
        })),
    ))
}

pub fn new_helper(cls: ObjRef, h: GenHelper) -> Value {
    Value::Obj(PyObject::new(cls, Payload::GenHelper(Box::new(h))))
}

/// The generator data of `v`.
pub fn gen_data(v: &Value) -> Option<&GenData> {
    match v.payload() {
        Some(Payload::Generator(g)) => Some(g),
        _ => None,
    }
}

/// Whether `v` is a coroutine, or a generator marked `CO_ITERABLE_COROUTINE`.
pub fn is_awaitable_gen(v: &Value) -> bool {
    gen_data(v).is_some_and(|g| {
        g.kind == GenKind::Coroutine
            || (g.kind == GenKind::Generator
                && g.frame.borrow().code.flags & co_flags::ITERABLE_COROUTINE != 0)
    })
}

/// `_PyGen_yf`: the iterator a suspended `yield from`/`await` delegates to.
pub fn yield_from(g: &GenData) -> Option<Value> {
    if g.state.get() != GenState::Suspended {
        return None;
    }
    let f = g.frame.borrow();
    let next = f.code.insts.get(f.pc)?;
    if next.op != Op::RESUME || next.arg < 2 {
        return None;
    }
    f.stack.last().cloned()
}

fn exc_class(e: &PyErr) -> ObjRef {
    e.exc.class()
}

fn stop_iteration_with(value: Value) -> PyErr {
    let exc = &builtin_types().exc;
    if value.is_none() {
        return crate::error::stop_iteration();
    }
    PyErr::new(new_exception(&exc.stop_iteration, vec![value]))
}

/// `_PyErr_FormatFromCause`: a new `cls(msg)` whose cause and context are `cause`.
pub fn error_from_cause(cls: &ObjRef, msg: &str, cause: &PyErr) -> PyErr {
    let e = new_error(cls, msg);
    if let Some(d) = exc_data(&e.exc) {
        *d.cause.borrow_mut() = cause.value();
        *d.context.borrow_mut() = cause.value();
        d.suppress_context.set(true);
    }
    e
}

/// `gen_send_ex2`: state checks, the run, and PEP 479 on the way out.
pub fn send_ex2(i: &mut dyn Interp, gen: &ObjRef, arg: GenArg, closing: bool) -> PyResult<GenStep> {
    let Payload::Generator(g) = &gen.payload else {
        return Err(type_error("not a generator"));
    };
    let noun = g.kind.noun();
    match g.state.get() {
        GenState::Created => {
            if let GenArg::Send(v) = &arg {
                if !v.is_none() {
                    return Err(type_error(format!(
                        "can't send non-None value to a just-started {noun}"
                    )));
                }
            }
        }
        GenState::Running => {
            return Err(crate::error::value_error(format!(
                "{noun} already executing"
            )));
        }
        GenState::Completed => {
            if g.kind == GenKind::Coroutine && !closing {
                return Err(crate::error::runtime_error(
                    "cannot reuse already awaited coroutine",
                ));
            }
            return match arg {
                GenArg::Send(_) => Ok(GenStep::Return(Value::None)),
                GenArg::Throw(e) => Err(e),
            };
        }
        GenState::Suspended => {}
    }
    match i.gen_resume(gen, arg) {
        Ok(step) => Ok(step),
        Err(e) => {
            let exc = &builtin_types().exc;
            if e.matches(&exc.stop_iteration) {
                return Err(error_from_cause(
                    &exc.runtime_error,
                    &format!("{noun} raised StopIteration"),
                    &e,
                ));
            }
            if g.kind == GenKind::AsyncGenerator && e.matches(&exc.stop_async_iteration) {
                return Err(error_from_cause(
                    &exc.runtime_error,
                    "async generator raised StopAsyncIteration",
                    &e,
                ));
            }
            Err(e)
        }
    }
}

/// `gen_send_ex`: a return becomes `StopIteration(value)` (`StopAsyncIteration` for an
/// async generator).
pub fn send_ex(i: &mut dyn Interp, gen: &ObjRef, arg: GenArg, closing: bool) -> PyResult<Value> {
    match send_ex2(i, gen, arg, closing)? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(v) => {
            if matches!(&gen.payload, Payload::Generator(g) if g.kind == GenKind::AsyncGenerator) {
                Err(crate::error::new_error_noargs(
                    &builtin_types().exc.stop_async_iteration,
                ))
            } else {
                Err(stop_iteration_with(v))
            }
        }
    }
}

/// The value of a `StopIteration` error (`None` for another exception).
pub fn stop_iteration_value(i: &mut dyn Interp, e: &PyErr) -> Option<Value> {
    if !e.matches(&builtin_types().exc.stop_iteration) {
        return None;
    }
    let v = protocol::getattr_str(i, &e.value(), "value").unwrap_or(Value::None);
    Some(v)
}

/// `gen_close_iter`: closes a delegated-to iterator.
fn close_iter(i: &mut dyn Interp, yf: &Value) -> PyResult<()> {
    if let (Some(g), Value::Obj(o)) = (gen_data(yf), yf) {
        if g.kind != GenKind::AsyncGenerator {
            return close(i, o).map(|_| ());
        }
    }
    match protocol::getattr_str(i, yf, "close") {
        Ok(m) => protocol::call0(i, &m, &[]).map(|_| ()),
        Err(e) if e.matches(&builtin_types().exc.attribute_error) => Ok(()),
        Err(e) => Err(e),
    }
}

/// Runs `f` with the generator marked running (while a delegate is closed or thrown into).
fn while_running<R>(g: &GenData, f: impl FnOnce() -> R) -> R {
    let st = g.state.replace(GenState::Running);
    let r = f();
    if g.state.get() == GenState::Running {
        g.state.set(st);
    }
    r
}

/// `gen_close`.
pub fn close(i: &mut dyn Interp, gen: &ObjRef) -> PyResult<Value> {
    let Payload::Generator(g) = &gen.payload else {
        return Err(type_error("not a generator"));
    };
    let mut err = None;
    if let Some(yf) = yield_from(g) {
        if let Err(e) = while_running(g, || close_iter(i, &yf)) {
            err = Some(e);
        }
    }
    let exc = &builtin_types().exc;
    let thrown = err.unwrap_or_else(|| crate::error::new_error_noargs(&exc.generator_exit));
    match send_ex(i, gen, GenArg::Throw(thrown), true) {
        Ok(_) => Err(crate::error::runtime_error(format!(
            "{} ignored GeneratorExit",
            g.kind.noun()
        ))),
        Err(e) if e.matches(&exc.stop_iteration) || e.matches(&exc.generator_exit) => {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}

/// The exception of `throw(typ[, val[, tb]])`, normalized like `_gen_throw`.
pub fn throw_exception(i: &mut dyn Interp, args: &[Value]) -> PyResult<PyErr> {
    let typ = args.first().cloned().unwrap_or(Value::None);
    let val = args.get(1).cloned().unwrap_or(Value::None);
    let tb = args.get(2).cloned().unwrap_or(Value::None);
    let entries = if tb.is_none() {
        None
    } else {
        match crate::traceback_obj::traceback_entries(&tb) {
            Ok(e) if crate::traceback_obj::is_traceback(&tb) => Some(e),
            _ => {
                return Err(type_error(
                    "throw() third argument must be a traceback object",
                ))
            }
        }
    };
    let err = if is_exception_class(&typ) {
        let inst = if is_exception_instance(&val)
            && typ.as_obj().is_some_and(|c| protocol::isinstance(&val, c))
        {
            val
        } else {
            let args: Vec<Value> = match val.payload() {
                _ if val.is_none() => Vec::new(),
                Some(Payload::Tuple(t)) => t.to_vec(),
                _ => vec![val],
            };
            protocol::call0(i, &typ, &args)?
        };
        match inst {
            Value::Obj(o) if exc_data(&o).is_some() => PyErr::new(o),
            other => {
                return Err(type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    protocol::repr_string(i, &typ)?,
                    other.class_name()
                )))
            }
        }
    } else if is_exception_instance(&typ) {
        if !val.is_none() {
            return Err(type_error(
                "instance exception may not have a separate value",
            ));
        }
        match typ {
            Value::Obj(o) => PyErr::new(o),
            _ => return Err(type_error("bad exception")),
        }
    } else {
        return Err(type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            typ.class_name()
        )));
    };
    if let (Some(entries), Some(d)) = (entries, exc_data(&err.exc)) {
        *d.traceback.borrow_mut() = entries;
    }
    Ok(err)
}

/// `_gen_throw`: delegates to a `yield from`/`await` target first.
pub fn throw(
    i: &mut dyn Interp,
    gen: &ObjRef,
    close_on_genexit: bool,
    err: PyErr,
) -> PyResult<Value> {
    let Payload::Generator(g) = &gen.payload else {
        return Err(type_error("not a generator"));
    };
    let exc = &builtin_types().exc;
    if let Some(yf) = yield_from(g) {
        if err.matches(&exc.generator_exit) && close_on_genexit {
            if let Err(e) = while_running(g, || close_iter(i, &yf)) {
                return send_ex(i, gen, GenArg::Throw(e), false);
            }
            return send_ex(i, gen, GenArg::Throw(err), false);
        }
        let r = match (&yf, gen_data(&yf)) {
            (Value::Obj(o), Some(yg)) if yg.kind != GenKind::AsyncGenerator => {
                let o = o.clone();
                while_running(g, || throw(i, &o, close_on_genexit, err))
            }
            _ => {
                let meth = match protocol::getattr_str(i, &yf, "throw") {
                    Ok(m) => m,
                    Err(e) if e.matches(&exc.attribute_error) => {
                        return send_ex(i, gen, GenArg::Throw(err), false)
                    }
                    Err(e) => return Err(e),
                };
                while_running(g, || protocol::call0(i, &meth, &[err.value()]))
            }
        };
        return match r {
            Ok(v) => Ok(v),
            Err(e) => {
                // The delegate finished: pop it and continue after the SEND loop.
                {
                    let mut f = g.frame.borrow_mut();
                    f.stack.pop();
                    let send_at = f.pc.wrapping_sub(2);
                    if let Some(s) = f.code.insts.get(send_at).copied() {
                        if s.op == Op::SEND {
                            f.pc = s.arg as usize;
                        }
                    }
                }
                match stop_iteration_value(i, &e) {
                    Some(v) => send_ex(i, gen, GenArg::Send(v), false),
                    None => send_ex(i, gen, GenArg::Throw(e), false),
                }
            }
        };
    }
    send_ex(i, gen, GenArg::Throw(err), false)
}

fn this(args: &Args<'_>) -> PyResult<ObjRef> {
    match args.pos().first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Generator(_)) => Ok(o.clone()),
        _ => Err(type_error("descriptor requires a generator object")),
    }
}

fn gen_send(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let g = this(&args)?;
    let a = args.skip_self().exact("send", 1)?;
    send_ex(i, &g, GenArg::Send(a[0].clone()), false)
}

fn gen_throw(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let g = this(&args)?;
    let a = args.skip_self().between("throw", 1, 3)?;
    let err = throw_exception(i, a)?;
    throw(i, &g, true, err)
}

fn gen_close(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let g = this(&args)?;
    args.skip_self().exact("close", 0)?;
    close(i, &g)
}

fn coro_await(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let g = this(&args)?;
    Ok(new_helper(
        gen_types(|t| t.coroutine_wrapper.clone()),
        GenHelper::CoroWrapper(g),
    ))
}

static GEN_METHODS: &[MethodDef] = &[
    crate::method!("send", gen_send),
    crate::method!("throw", gen_throw),
    crate::method!("close", gen_close),
];

static CORO_METHODS: &[MethodDef] = &[
    crate::method!("send", gen_send),
    crate::method!("throw", gen_throw),
    crate::method!("close", gen_close),
    crate::method!("__await__", coro_await),
];

fn setup_gen(t: &TypeData) {
    let s = &t.slots;
    s.repr.set(Some(|_, v| {
        let Some(g) = gen_data(v) else {
            return Ok(new_str("<generator>"));
        };
        let q = g
            .qualname
            .borrow()
            .as_str_data()
            .map(|s| s.lossy().into_owned());
        Ok(new_string(format!(
            "<{} object {} at {:#x}>",
            v.class_name(),
            q.unwrap_or_default(),
            v.id()
        )))
    }));
    s.getattro.set(Some(gen_getattr));
    s.setattro.set(Some(gen_setattr));
    // Only generators iterate; coroutines and async generators leave `iter`/`next` empty.
    if t.name() == "generator" {
        s.iter.set(Some(|_, v| Ok(v.clone())));
        s.next.set(Some(|i, v| {
            let Value::Obj(o) = v else {
                return Ok(None);
            };
            match send_ex2(i, o, GenArg::Send(Value::None), false)? {
                GenStep::Yield(x) => Ok(Some(x)),
                GenStep::Return(_) => Ok(None),
            }
        }));
    }
}

fn gen_getattr(i: &mut dyn Interp, v: &Value, name: &Value) -> PyResult<Value> {
    let Some(g) = gen_data(v) else {
        return protocol::generic_getattr(i, v, name);
    };
    let n = name.as_str_data().and_then(|s| s.as_str()).unwrap_or("");
    let prefix = match g.kind {
        GenKind::Generator => "gi_",
        GenKind::Coroutine => "cr_",
        GenKind::AsyncGenerator => "ag_",
    };
    if let Some(attr) = n.strip_prefix(prefix) {
        let st = g.state.get();
        match attr {
            "running" => return Ok(Value::Bool(st == GenState::Running)),
            "suspended" if g.kind != GenKind::AsyncGenerator => {
                return Ok(Value::Bool(st == GenState::Suspended))
            }
            "code" => {
                return Ok(Value::Obj(PyObject::new(
                    builtin_types().code.clone(),
                    Payload::Code(g.frame.borrow().code.clone()),
                )))
            }
            "frame" => {
                if st == GenState::Completed {
                    return Ok(Value::None);
                }
                let f = g.frame.borrow();
                let lasti = f.pc.saturating_sub(1) as u32;
                return Ok(crate::traceback_obj::frame_snapshot(&f.code, lasti));
            }
            "yieldfrom" if g.kind == GenKind::Generator => {
                return Ok(yield_from(g).unwrap_or(Value::None))
            }
            "await" if g.kind != GenKind::Generator => {
                return Ok(yield_from(g).unwrap_or(Value::None))
            }
            "origin" if g.kind == GenKind::Coroutine => return Ok(Value::None),
            _ => {}
        }
    }
    match n {
        "__name__" => return Ok(g.name.borrow().clone()),
        "__qualname__" => return Ok(g.qualname.borrow().clone()),
        _ => {}
    }
    protocol::generic_getattr(i, v, name)
}

fn gen_setattr(i: &mut dyn Interp, v: &Value, name: &Value, x: Option<Value>) -> PyResult<()> {
    let Some(g) = gen_data(v) else {
        return protocol::generic_setattr(i, v, name, x);
    };
    let n = name.as_str_data().and_then(|s| s.as_str()).unwrap_or("");
    let slot = match n {
        "__name__" => &g.name,
        "__qualname__" => &g.qualname,
        _ => return protocol::generic_setattr(i, v, name, x),
    };
    match x {
        Some(x) if x.as_str_data().is_some() => {
            *slot.borrow_mut() = x;
            Ok(())
        }
        _ => Err(type_error(format!("{n} must be set to a string object"))),
    }
}

/// `next(gen)` of a generator (`None` for anything else): a return value other than
/// `None` ends it with `StopIteration(value)`.
pub fn generator_next(i: &mut dyn Interp, v: &Value) -> Option<PyResult<Value>> {
    match v {
        Value::Obj(o) if matches!(&o.payload, Payload::Generator(g) if g.kind == GenKind::Generator) => {
            Some(send_ex(i, o, GenArg::Send(Value::None), false))
        }
        _ => None,
    }
}

/// The class of a thrown error (for the async helpers).
pub fn err_is(e: &PyErr, cls: &ObjRef) -> bool {
    crate::typeobj::is_subtype(&exc_class(e), cls)
}

thread_local! {
    /// Suspended generators dropped inside a `try` (or a `yield from`): CPython closes
    /// them when they are freed, running their `finally`/`except GeneratorExit` code. Drop
    /// cannot run Python code, so they are resurrected here and the VM closes them at its
    /// next safe point ([`take_finalizable`]).
    static FINALIZE: RefCell<Vec<ObjRef>> = const { RefCell::new(Vec::new()) };
    static FINALIZE_PENDING: Cell<bool> = const { Cell::new(false) };
}

/// Whether some dropped generator waits to be closed.
#[inline]
pub fn finalize_pending() -> bool {
    FINALIZE_PENDING.with(|p| p.get())
}

/// The next dropped generator to close.
pub fn take_finalizable() -> Option<ObjRef> {
    let g = FINALIZE.with(|q| q.borrow_mut().pop());
    if g.is_none() {
        FINALIZE_PENDING.with(|p| p.set(false));
    }
    g
}

impl Drop for GenData {
    fn drop(&mut self) {
        if self.state.get() != GenState::Suspended {
            return;
        }
        let needs_close = {
            let f = self.frame.borrow();
            let lasti = f.pc.saturating_sub(1) as u32;
            f.code.handler_for(lasti).is_some()
        } || yield_from(self).is_some();
        if !needs_close {
            return;
        }
        let code = self.frame.borrow().code.clone();
        let frame = std::mem::replace(
            self.frame.get_mut(),
            GenFrame {
                code,
                func: None,
                globals: Value::None,
                builtins: Value::None,
                locals: Value::None,
                pc: 0,
                stack: Vec::new(),
            },
        );
        let data = GenData {
            kind: self.kind,
            state: Cell::new(GenState::Suspended),
            frame: RefCell::new(frame),
            name: RefCell::new(std::mem::take(self.name.get_mut())),
            qualname: RefCell::new(std::mem::take(self.qualname.get_mut())),
            exc_state: RefCell::new(std::mem::take(self.exc_state.get_mut())),
            running_async: Cell::new(self.running_async.get()),
            closed: Cell::new(self.closed.get()),
        };
        self.state.set(GenState::Completed);
        let Ok(cls) = GEN_TYPES.try_with(|t| match data.kind {
            GenKind::Generator => t.generator.clone(),
            GenKind::Coroutine => t.coroutine.clone(),
            GenKind::AsyncGenerator => t.async_generator.clone(),
        }) else {
            return;
        };
        let obj = PyObject::new(cls, Payload::Generator(Box::new(data)));
        let _ = FINALIZE.try_with(|q| q.borrow_mut().push(obj));
        let _ = FINALIZE_PENDING.try_with(|p| p.set(true));
    }
}
