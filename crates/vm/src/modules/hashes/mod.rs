//! The hash modules `hashlib` falls back to without OpenSSL's `_hashlib`: `_md5`,
//! `_sha1`, `_sha256` (sha224, sha256) and `_sha512` (sha384, sha512). Each algorithm is
//! a native type (`_sha512.sha512`) with `update`, `digest`, `hexdigest`, `copy`, `name`,
//! `digest_size` and `block_size`; the module functions construct them.

pub mod algos;
mod blake2;
mod keccak;
mod newer;

use std::cell::RefCell;

use krait_object::argparse::kwonly;
use krait_object::args::Args;
use krait_object::error::{type_error, PyResult};
use krait_object::interp::Interp;
use krait_object::native::{
    make_type, native_ref, new_native, no_slots, GetSetDef, NativeData, TypeSpec,
};
use krait_object::object::{ObjRef, Payload};
use krait_object::types::bytes::new_bytes;
use krait_object::types::str::{new_str, new_string};
use krait_object::types::MethodDef;
use krait_object::Value;

use crate::vm::Vm;

use super::{new_module_with, set_attr};
use algos::Digest;
pub use newer::{init_blake2, init_sha3};

/// One algorithm: its `name`, sizes and a fresh state.
pub struct Kind {
    pub name: &'static str,
    pub digest_size: usize,
    pub block_size: usize,
    pub fresh: fn() -> Box<dyn Digest>,
}

pub struct HashObj {
    pub kind: &'static Kind,
    /// The digest size of this object (BLAKE2's is chosen per object).
    pub digest_size: usize,
    pub state: RefCell<Box<dyn Digest>>,
}

impl NativeData for HashObj {}

/// The bytes of a value passed to `update` (CPython's `GET_BUFFER_VIEW_OR_ERROUT`).
pub fn hash_data(v: &Value) -> PyResult<Vec<u8>> {
    if v.as_str_data().is_some() {
        return Err(type_error("Strings must be encoded before hashing"));
    }
    match v.payload() {
        Some(Payload::Bytes(b)) => Ok(b.to_vec()),
        Some(Payload::ByteArray(b)) => Ok(b.borrow().clone()),
        _ => match krait_object::types::bytes::bytes_of(v) {
            Some(b) => Ok(b),
            None => Err(type_error("object supporting the buffer API required")),
        },
    }
}

pub fn this<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a HashObj> {
    let v = args
        .pos()
        .first()
        .ok_or_else(|| type_error(format!("{method}() needs an argument")))?;
    native_ref::<HashObj>(v).ok_or_else(|| {
        type_error(format!(
            "descriptor '{method}' requires a hash object but received a '{}'",
            v.class_name()
        ))
    })
}

pub fn digest_of(h: &HashObj) -> Vec<u8> {
    h.state.borrow().clone_box().finish()
}

pub fn m_update(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let h = this(&args, "update")?;
    let a = args.skip_self();
    let p = a.exact("update", 1)?;
    let data = hash_data(&p[0])?;
    h.state.borrow_mut().update(&data);
    Ok(Value::None)
}

pub fn m_digest(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let h = this(&args, "digest")?;
    args.skip_self().exact("digest", 0)?;
    Ok(new_bytes(digest_of(h)))
}

pub fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

pub fn m_hexdigest(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let h = this(&args, "hexdigest")?;
    args.skip_self().exact("hexdigest", 0)?;
    Ok(new_string(hex(&digest_of(h))))
}

pub fn m_copy(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let h = this(&args, "copy")?;
    args.skip_self().exact("copy", 0)?;
    let cls = args.pos()[0].class();
    Ok(new_native(
        cls,
        HashObj {
            kind: h.kind,
            digest_size: h.digest_size,
            state: RefCell::new(h.state.borrow().clone_box()),
        },
    ))
}

pub fn g_name(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    Ok(new_str(this(&args, "name")?.kind.name))
}

pub fn g_digest_size(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    Ok(Value::Int(this(&args, "digest_size")?.digest_size as i64))
}

pub fn g_block_size(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        this(&args, "block_size")?.kind.block_size as i64,
    ))
}

pub static METHODS: &[MethodDef] = &[
    MethodDef {
        name: "update",
        func: m_update,
    },
    MethodDef {
        name: "digest",
        func: m_digest,
    },
    MethodDef {
        name: "hexdigest",
        func: m_hexdigest,
    },
    MethodDef {
        name: "copy",
        func: m_copy,
    },
];

pub static GETSETS: &[GetSetDef] = &[
    GetSetDef {
        name: "name",
        get: g_name,
        set: None,
    },
    GetSetDef {
        name: "digest_size",
        get: g_digest_size,
        set: None,
    },
    GetSetDef {
        name: "block_size",
        get: g_block_size,
        set: None,
    },
];

macro_rules! algorithm {
    ($kind:ident, $spec:ident, $ty:ident, $ctor:ident, $name:literal, $module:literal, $ds:expr, $bs:expr, $fresh:expr) => {
        static $kind: Kind = Kind {
            name: $name,
            digest_size: $ds,
            block_size: $bs,
            fresh: $fresh,
        };
        static $spec: TypeSpec = TypeSpec {
            name: $name,
            module: $module,
            flags: 0,
            base: None,
            setup: no_slots,
            methods: METHODS,
            class_methods: &[],
            static_methods: &[],
            getsets: GETSETS,
            doc: None,
        };
        thread_local! {
            static $ty: ObjRef = make_type(&$spec);
        }
        fn $ctor(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
            construct(&args, $name, &$kind, $ty.with(|t| t.clone()))
        }
    };
}

/// `name(string=b'', *, usedforsecurity=True)`.
fn construct(
    args: &Args,
    fname: &'static str,
    kind: &'static Kind,
    cls: ObjRef,
) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(type_error(format!(
            "{fname}() takes at most 1 argument ({} given)",
            pos.len()
        )));
    }
    let mut data = pos.first().cloned();
    let kw = kwonly(args, fname, &["string", "usedforsecurity"])?;
    if let Some(s) = &kw[0] {
        if data.is_some() {
            return Err(type_error(format!(
                "argument for {fname}() given by name ('string') and position (1)"
            )));
        }
        data = Some(s.clone());
    }
    let mut state = (kind.fresh)();
    if let Some(d) = &data {
        state.update(&hash_data(d)?);
    }
    Ok(new_native(
        cls,
        HashObj {
            kind,
            digest_size: kind.digest_size,
            state: RefCell::new(state),
        },
    ))
}

algorithm!(MD5, MD5_SPEC, MD5_TYPE, md5, "md5", "_md5", 16, 64, || {
    Box::new(algos::Md5::new())
});
algorithm!(
    SHA1,
    SHA1_SPEC,
    SHA1_TYPE,
    sha1,
    "sha1",
    "_sha1",
    20,
    64,
    || Box::new(algos::Sha1::new())
);
algorithm!(
    SHA224,
    SHA224_SPEC,
    SHA224_TYPE,
    sha224,
    "sha224",
    "_sha256",
    28,
    64,
    || Box::new(algos::Sha256::new224())
);
algorithm!(
    SHA256,
    SHA256_SPEC,
    SHA256_TYPE,
    sha256,
    "sha256",
    "_sha256",
    32,
    64,
    || Box::new(algos::Sha256::new256())
);
algorithm!(
    SHA384,
    SHA384_SPEC,
    SHA384_TYPE,
    sha384,
    "sha384",
    "_sha512",
    48,
    128,
    || Box::new(algos::Sha512::new384())
);
algorithm!(
    SHA512,
    SHA512_SPEC,
    SHA512_TYPE,
    sha512,
    "sha512",
    "_sha512",
    64,
    128,
    || Box::new(algos::Sha512::new512())
);

fn type_value(t: &'static std::thread::LocalKey<ObjRef>) -> Value {
    t.with(|c| Value::Obj(c.clone()))
}

pub fn init_md5(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with("_md5", &[("md5", md5)]);
    set_attr(&m, "MD5Type", type_value(&MD5_TYPE));
    Ok(m)
}

pub fn init_sha1(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with("_sha1", &[("sha1", sha1)]);
    set_attr(&m, "SHA1Type", type_value(&SHA1_TYPE));
    Ok(m)
}

pub fn init_sha256(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with("_sha256", &[("sha224", sha224), ("sha256", sha256)]);
    set_attr(&m, "SHA224Type", type_value(&SHA224_TYPE));
    set_attr(&m, "SHA256Type", type_value(&SHA256_TYPE));
    Ok(m)
}

pub fn init_sha512(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with("_sha512", &[("sha384", sha384), ("sha512", sha512)]);
    // CPython 3.11 registers the sha512 type under the name SHA384Type (and no other).
    set_attr(&m, "SHA384Type", type_value(&SHA512_TYPE));
    Ok(m)
}
