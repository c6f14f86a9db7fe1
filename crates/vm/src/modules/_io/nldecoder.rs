//! `_io.IncrementalNewlineDecoder`: wraps an optional decoder, holds back a trailing
//! `\r` until the next input (or `final`), records the newline kinds seen and, with
//! `translate`, turns `\r\n` and `\r` into `\n`.

use std::cell::{Cell, RefCell};

use krait_object::argparse::{parse, Sig};
use krait_object::args::Args;
use krait_object::error::{type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::method;
use krait_object::native::{
    make_type, native_ref, new_native, visit_value, GetSetDef, NativeData, TypeSpec, BASETYPE,
};
use krait_object::object::ObjRef;
use krait_object::protocol;
use krait_object::typeobj::TypeData;
use krait_object::types::bytes::new_bytes;
use krait_object::types::tuple::{new_tuple, tuple_items};
use krait_object::Value;

use super::newline::{cps_of, newlines_value, scan_seen, str_of, translate, CR};
use super::util::{call_method, me};

const TY: &str = "_io.IncrementalNewlineDecoder";

struct NlDecoder {
    decoder: RefCell<Value>,
    translate: Cell<bool>,
    pendingcr: Cell<bool>,
    seen: Cell<u8>,
}

impl NativeData for NlDecoder {
    fn traverse(
        &self,
        visit: krait_object::gc::traverse::Visit,
    ) -> Result<(), krait_object::gc::traverse::Busy> {
        let d = self
            .decoder
            .try_borrow()
            .map_err(|_| krait_object::gc::traverse::Busy)?;
        visit_value(&d, visit);
        Ok(())
    }
    fn clear_refs(&self, trash: &mut Vec<Value>) -> Result<(), krait_object::gc::traverse::Busy> {
        let mut d = self
            .decoder
            .try_borrow_mut()
            .map_err(|_| krait_object::gc::traverse::Busy)?;
        trash.push(std::mem::replace(&mut *d, Value::None));
        Ok(())
    }
    fn tracked(&self) -> bool {
        true
    }
}

fn new(_i: &mut dyn Interp, cls: &ObjRef, _args: Args<'_>) -> PyResult<Value> {
    Ok(new_native(
        cls.clone(),
        NlDecoder {
            decoder: RefCell::new(Value::None),
            translate: Cell::new(false),
            pendingcr: Cell::new(false),
            seen: Cell::new(0),
        },
    ))
}

static INIT_SIG: Sig = Sig {
    fname: "IncrementalNewlineDecoder",
    names: &["decoder", "translate", "errors"],
    posonly: 0,
    required: 2,
};

fn init(i: &mut dyn Interp, this: &Value, args: Args<'_>) -> PyResult<()> {
    let a = parse(&args, &INIT_SIG)?;
    let Some(d) = native_ref::<NlDecoder>(this) else {
        return Err(type_error(
            "IncrementalNewlineDecoder.__init__ needs an instance",
        ));
    };
    *d.decoder.borrow_mut() = a[0].clone().unwrap_or(Value::None);
    let tr = match &a[1] {
        Some(v) => protocol::truthy(i, v)?,
        None => false,
    };
    d.translate.set(tr);
    d.pendingcr.set(false);
    d.seen.set(0);
    Ok(())
}

fn setup(t: &TypeData) {
    t.slots.new.set(Some(new));
    t.slots.init.set(Some(init));
}

static DECODE_SIG: Sig = Sig {
    fname: "decode",
    names: &["self", "input", "final"],
    posonly: 0,
    required: 2,
};

fn decode(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (d, _) = me::<NlDecoder>(&args, "decode", TY)?;
    let a = parse(&args, &DECODE_SIG)?;
    let input = a[1].clone().unwrap_or(Value::None);
    let final_ = match &a[2] {
        Some(v) => protocol::truthy(i, v)?,
        None => false,
    };
    let inner = d.decoder.borrow().clone();
    let output = if inner.is_none() {
        input
    } else {
        call_method(i, &inner, "decode", &[input, Value::Bool(final_)])?
    };
    let mut cps = cps_of(&output, || {
        format!(
            "decoder should return a string result, not '{}'",
            output.class_name()
        )
    })?;
    if d.pendingcr.get() && (!cps.is_empty() || final_) {
        cps.insert(0, CR);
        d.pendingcr.set(false);
    }
    if !final_ && cps.last() == Some(&CR) {
        cps.pop();
        d.pendingcr.set(true);
    }
    d.seen.set(d.seen.get() | scan_seen(&cps));
    if d.translate.get() {
        cps = translate(&cps);
    }
    Ok(str_of(&cps))
}

fn getstate(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (d, _) = me::<NlDecoder>(&args, "getstate", TY)?;
    let inner = d.decoder.borrow().clone();
    let (buf, flag) = if inner.is_none() {
        (new_bytes(Vec::new()), 0)
    } else {
        let st = call_method(i, &inner, "getstate", &[])?;
        let items = tuple_items(&st).to_vec();
        if items.len() != 2 {
            return Err(type_error("illegal decoder state"));
        }
        (items[0].clone(), protocol::index_i64(i, &items[1])?)
    };
    let flag = (flag << 1) | i64::from(d.pendingcr.get());
    Ok(new_tuple(vec![buf, Value::Int(flag)]))
}

fn setstate(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (d, rest) = me::<NlDecoder>(&args, "setstate", TY)?;
    let st = rest.first().cloned().unwrap_or(Value::None);
    let items = tuple_items(&st).to_vec();
    if items.len() != 2 {
        return Err(type_error("state argument must be a tuple"));
    }
    let flag = protocol::index_i64(i, &items[1])?;
    d.pendingcr.set(flag & 1 != 0);
    let inner = d.decoder.borrow().clone();
    if !inner.is_none() {
        let st = new_tuple(vec![items[0].clone(), Value::Int(flag >> 1)]);
        call_method(i, &inner, "setstate", &[st])?;
    }
    Ok(Value::None)
}

fn reset(i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (d, _) = me::<NlDecoder>(&args, "reset", TY)?;
    d.seen.set(0);
    d.pendingcr.set(false);
    let inner = d.decoder.borrow().clone();
    if !inner.is_none() {
        call_method(i, &inner, "reset", &[])?;
    }
    Ok(Value::None)
}

fn g_newlines(_i: &mut dyn Interp, args: Args<'_>) -> PyResult<Value> {
    let (d, _) = me::<NlDecoder>(&args, "newlines", TY)?;
    Ok(newlines_value(d.seen.get()))
}

static SPEC: TypeSpec = TypeSpec {
    flags: BASETYPE,
    methods: &[
        method!("decode", decode),
        method!("getstate", getstate),
        method!("setstate", setstate),
        method!("reset", reset),
    ],
    getsets: &[GetSetDef {
        name: "newlines",
        get: g_newlines,
        set: None,
    }],
    ..TypeSpec::new("IncrementalNewlineDecoder", "_io", setup)
};

thread_local! {
    static TYPE: ObjRef = make_type(&SPEC);
}

pub fn nldecoder_type() -> ObjRef {
    TYPE.with(|t| t.clone())
}
