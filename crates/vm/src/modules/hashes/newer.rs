//! `_sha3` (sha3_224 … sha3_512, shake_128/256) and `_blake2` (blake2b, blake2s): here
//! the types themselves are the constructors, as in CPython.

use std::cell::RefCell;

use krait_object::argparse::kwonly;
use krait_object::args::Args;
use krait_object::error::{overflow_error, type_error, value_error, PyResult};
use krait_object::interp::Interp;
use krait_object::native::{make_type, new_native, GetSetDef, TypeSpec};
use krait_object::object::ObjRef;
use krait_object::protocol;
use krait_object::typeobj::TypeData;
use krait_object::types::bytes::new_bytes;
use krait_object::types::str::{new_str, new_string};
use krait_object::types::MethodDef;
use krait_object::Value;

use super::blake2::{Blake2b, Blake2s, Params};
use super::keccak::Keccak;
use super::{hash_data, hex, this, HashObj, Kind, GETSETS, METHODS};
use crate::modules::{new_module_with, set_attr};
use crate::vm::Vm;

/// The optional `data` argument (positional only) plus keyword-only `names`.
fn data_and_kw(
    args: &Args,
    fname: &str,
    names: &[&str],
) -> PyResult<(Option<Value>, Vec<Option<Value>>)> {
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(type_error(format!(
            "{fname}() takes at most 1 positional argument ({} given)",
            pos.len()
        )));
    }
    let kw = kwonly(args, fname, names)?;
    Ok((pos.first().cloned(), kw))
}

fn make(
    cls: &ObjRef,
    kind: &'static Kind,
    size: usize,
    mut state: Box<dyn super::algos::Digest>,
    data: Option<Value>,
) -> PyResult<Value> {
    if let Some(d) = data {
        state.update(&hash_data(&d)?);
    }
    Ok(new_native(
        cls.clone(),
        HashObj {
            kind,
            digest_size: size,
            state: RefCell::new(state),
        },
    ))
}

// ---- SHA-3 ----

fn g_capacity(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let h = this(&args, "_capacity_bits")?;
    Ok(Value::Int(1600 - 8 * h.kind.block_size as i64))
}

fn g_rate(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let h = this(&args, "_rate_bits")?;
    Ok(Value::Int(8 * h.kind.block_size as i64))
}

fn g_suffix(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let h = this(&args, "_suffix")?;
    Ok(new_bytes(vec![if h.kind.name.starts_with("shake") {
        0x1f
    } else {
        0x06
    }]))
}

static SHA3_GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "name",
        get: super::g_name,
        set: None,
    },
    GetSetDef {
        name: "digest_size",
        get: super::g_digest_size,
        set: None,
    },
    GetSetDef {
        name: "block_size",
        get: super::g_block_size,
        set: None,
    },
    GetSetDef {
        name: "_capacity_bits",
        get: g_capacity,
        set: None,
    },
    GetSetDef {
        name: "_rate_bits",
        get: g_rate,
        set: None,
    },
    GetSetDef {
        name: "_suffix",
        get: g_suffix,
        set: None,
    },
];

fn shake_len(
    i: &mut dyn Interp,
    args: &Args,
    method: &str,
) -> PyResult<(usize, Box<dyn super::algos::Digest>)> {
    let h = this(args, method)?;
    let a = args.skip_self();
    let a = a.exact(&format!("{}.{method}", h.kind.name), 1)?;
    if krait_object::types::int::int_val(&a[0]).is_none()
        && protocol::td(&a[0].class()).slots.index.get().is_none()
    {
        return Err(type_error("an integer is required"));
    }
    let n = protocol::index(i, &a[0])?;
    let n = krait_object::types::int::int_num(&n)
        .and_then(|x| x.as_i64())
        .ok_or_else(|| value_error("length is too large"))?;
    if n < 0 {
        return Err(value_error("value must be positive"));
    }
    if n >= 1 << 29 {
        return Err(value_error("length is too large"));
    }
    Ok((n as usize, h.state.borrow().clone_box()))
}

fn shake_digest(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let (n, st) = shake_len(i, &args, "digest")?;
    Ok(new_bytes(st.finish_len(n)))
}

fn shake_hexdigest(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let (n, st) = shake_len(i, &args, "hexdigest")?;
    Ok(new_string(hex(&st.finish_len(n))))
}

static SHAKE_METHODS: &[MethodDef] = &[
    MethodDef {
        name: "update",
        func: super::m_update,
    },
    MethodDef {
        name: "digest",
        func: shake_digest,
    },
    MethodDef {
        name: "hexdigest",
        func: shake_hexdigest,
    },
    MethodDef {
        name: "copy",
        func: super::m_copy,
    },
];

macro_rules! sha3_type {
    ($kind:ident, $spec:ident, $ty:ident, $setup:ident, $new:ident, $name:literal, $ds:expr, $rate:expr, $suffix:expr, $methods:expr) => {
        static $kind: Kind = Kind {
            name: $name,
            digest_size: $ds,
            block_size: $rate,
            fresh: || Box::new(Keccak::new($rate, $suffix, $ds)),
        };
        fn $new(_i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
            // CPython's clinic names every sha3 constructor "sha3_224" in messages.
            let (data, _) = data_and_kw(&args, "sha3_224", &["usedforsecurity"])?;
            make(cls, &$kind, $ds, ($kind.fresh)(), data)
        }
        fn $setup(t: &TypeData) {
            t.slots.new.set(Some($new));
        }
        static $spec: TypeSpec = TypeSpec {
            name: $name,
            module: "_sha3",
            flags: 0,
            base: None,
            setup: $setup,
            methods: $methods,
            class_methods: &[],
            static_methods: &[],
            getsets: SHA3_GETSETS,
            doc: None,
        };
        thread_local! {
            static $ty: ObjRef = make_type(&$spec);
        }
    };
}

sha3_type!(
    SHA3_224,
    SHA3_224_SPEC,
    SHA3_224_T,
    s224,
    n224,
    "sha3_224",
    28,
    144,
    0x06,
    METHODS
);
sha3_type!(
    SHA3_256,
    SHA3_256_SPEC,
    SHA3_256_T,
    s256,
    n256,
    "sha3_256",
    32,
    136,
    0x06,
    METHODS
);
sha3_type!(
    SHA3_384,
    SHA3_384_SPEC,
    SHA3_384_T,
    s384,
    n384,
    "sha3_384",
    48,
    104,
    0x06,
    METHODS
);
sha3_type!(
    SHA3_512,
    SHA3_512_SPEC,
    SHA3_512_T,
    s512,
    n512,
    "sha3_512",
    64,
    72,
    0x06,
    METHODS
);
sha3_type!(
    SHAKE128,
    SHAKE128_SPEC,
    SHAKE128_T,
    sk128,
    nk128,
    "shake_128",
    0,
    168,
    0x1f,
    SHAKE_METHODS
);
sha3_type!(
    SHAKE256,
    SHAKE256_SPEC,
    SHAKE256_T,
    sk256,
    nk256,
    "shake_256",
    0,
    136,
    0x1f,
    SHAKE_METHODS
);

fn tv(t: &'static std::thread::LocalKey<ObjRef>) -> Value {
    t.with(|c| Value::Obj(c.clone()))
}

pub fn init_sha3(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with("_sha3", &[]);
    set_attr(&m, "sha3_224", tv(&SHA3_224_T));
    set_attr(&m, "sha3_256", tv(&SHA3_256_T));
    set_attr(&m, "sha3_384", tv(&SHA3_384_T));
    set_attr(&m, "sha3_512", tv(&SHA3_512_T));
    set_attr(&m, "shake_128", tv(&SHAKE128_T));
    set_attr(&m, "shake_256", tv(&SHAKE256_T));
    set_attr(&m, "implementation", new_str("tiny_sha3"));
    set_attr(&m, "keccakopt", Value::Int(0));
    Ok(m)
}

// ---- BLAKE2 ----

static BLAKE2_KW: &[&str] = &[
    "digest_size",
    "key",
    "salt",
    "person",
    "fanout",
    "depth",
    "leaf_size",
    "node_offset",
    "node_depth",
    "inner_size",
    "last_node",
    "usedforsecurity",
];

fn small_int(i: &mut dyn Interp, v: &Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        Some(v) => {
            let n = protocol::index(i, v)?;
            krait_object::types::int::int_num(&n)
                .and_then(|x| x.as_i64())
                .ok_or_else(|| overflow_error("Python int too large to convert to C long"))
        }
        None => Ok(default),
    }
}

fn bytes_kw(v: &Option<Value>) -> PyResult<Vec<u8>> {
    match v {
        Some(v) => krait_object::types::bytes::buffer_arg(v),
        None => Ok(Vec::new()),
    }
}

/// Parses and checks blake2b/blake2s parameters (`big`: blake2b).
fn blake2_params(i: &mut dyn Interp, kw: &[Option<Value>], big: bool) -> PyResult<Params> {
    let max = if big { 64 } else { 32 };
    let salt_max = if big { 16 } else { 8 };
    let ds = small_int(i, &kw[0], max)?;
    if !(1..=max).contains(&ds) {
        return Err(value_error(format!(
            "digest_size must be between 1 and {max} bytes"
        )));
    }
    let key = bytes_kw(&kw[1])?;
    if key.len() as i64 > max {
        return Err(value_error(format!("maximum key length is {max} bytes")));
    }
    let salt = bytes_kw(&kw[2])?;
    if salt.len() as i64 > salt_max {
        return Err(value_error(format!(
            "maximum salt length is {salt_max} bytes"
        )));
    }
    let person = bytes_kw(&kw[3])?;
    if person.len() as i64 > salt_max {
        return Err(value_error(format!(
            "maximum person length is {salt_max} bytes"
        )));
    }
    let fanout = small_int(i, &kw[4], 1)?;
    if !(0..=255).contains(&fanout) {
        return Err(value_error("fanout must be between 0 and 255"));
    }
    let depth = small_int(i, &kw[5], 1)?;
    if !(1..=255).contains(&depth) {
        return Err(value_error("depth must be between 1 and 255"));
    }
    let leaf = small_int(i, &kw[6], 0)?;
    if !(0..=i64::from(u32::MAX)).contains(&leaf) {
        return Err(overflow_error("leaf_size is too large"));
    }
    let node_offset = small_int(i, &kw[7], 0)?;
    if node_offset < 0 || (!big && node_offset >= 1 << 48) {
        return Err(overflow_error("node_offset is too large"));
    }
    let node_depth = small_int(i, &kw[8], 0)?;
    if !(0..=255).contains(&node_depth) {
        return Err(value_error("node_depth must be between 0 and 255"));
    }
    let inner = small_int(i, &kw[9], 0)?;
    if !(0..=max).contains(&inner) {
        return Err(value_error(format!(
            "inner_size must be between 0 and is {max}"
        )));
    }
    let last_node = match &kw[10] {
        Some(v) => protocol::truthy(i, v)?,
        None => false,
    };
    Ok(Params {
        digest_size: ds as usize,
        key,
        salt,
        person,
        fanout: fanout as u8,
        depth: depth as u8,
        leaf_size: leaf as u32,
        node_offset: node_offset as u64,
        node_depth: node_depth as u8,
        inner_size: inner as u8,
        last_node,
    })
}

static BLAKE2B: Kind = Kind {
    name: "blake2b",
    digest_size: 64,
    block_size: 128,
    fresh: || {
        Box::new(Blake2b::new(&Params {
            digest_size: 64,
            fanout: 1,
            depth: 1,
            ..Params::default()
        }))
    },
};

static BLAKE2S: Kind = Kind {
    name: "blake2s",
    digest_size: 32,
    block_size: 64,
    fresh: || {
        Box::new(Blake2s::new(&Params {
            digest_size: 32,
            fanout: 1,
            depth: 1,
            ..Params::default()
        }))
    },
};

fn blake2b_new(i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    let (data, kw) = data_and_kw(&args, "blake2b", BLAKE2_KW)?;
    let p = blake2_params(i, &kw, true)?;
    make(
        cls,
        &BLAKE2B,
        p.digest_size,
        Box::new(Blake2b::new(&p)),
        data,
    )
}

fn blake2s_new(i: &mut dyn Interp, cls: &ObjRef, args: Args<'_>) -> PyResult<Value> {
    let (data, kw) = data_and_kw(&args, "blake2s", BLAKE2_KW)?;
    let p = blake2_params(i, &kw, false)?;
    make(
        cls,
        &BLAKE2S,
        p.digest_size,
        Box::new(Blake2s::new(&p)),
        data,
    )
}

fn b_setup(t: &TypeData) {
    t.slots.new.set(Some(blake2b_new));
}

fn s_setup(t: &TypeData) {
    t.slots.new.set(Some(blake2s_new));
}

static BLAKE2B_SPEC: TypeSpec = TypeSpec {
    name: "blake2b",
    module: "_blake2",
    flags: krait_object::native::BASETYPE,
    base: None,
    setup: b_setup,
    methods: METHODS,
    class_methods: &[],
    static_methods: &[],
    getsets: GETSETS,
    doc: None,
};

static BLAKE2S_SPEC: TypeSpec = TypeSpec {
    name: "blake2s",
    module: "_blake2",
    flags: krait_object::native::BASETYPE,
    base: None,
    setup: s_setup,
    methods: METHODS,
    class_methods: &[],
    static_methods: &[],
    getsets: GETSETS,
    doc: None,
};

thread_local! {
    static BLAKE2B_T: ObjRef = make_type(&BLAKE2B_SPEC);
    static BLAKE2S_T: ObjRef = make_type(&BLAKE2S_SPEC);
}

pub fn init_blake2(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with("_blake2", &[]);
    set_attr(&m, "blake2b", tv(&BLAKE2B_T));
    set_attr(&m, "blake2s", tv(&BLAKE2S_T));
    for (name, v) in [
        ("BLAKE2B_MAX_DIGEST_SIZE", 64),
        ("BLAKE2B_MAX_KEY_SIZE", 64),
        ("BLAKE2B_PERSON_SIZE", 16),
        ("BLAKE2B_SALT_SIZE", 16),
        ("BLAKE2S_MAX_DIGEST_SIZE", 32),
        ("BLAKE2S_MAX_KEY_SIZE", 32),
        ("BLAKE2S_PERSON_SIZE", 8),
        ("BLAKE2S_SALT_SIZE", 8),
    ] {
        set_attr(&m, name, Value::Int(v));
    }
    Ok(m)
}
