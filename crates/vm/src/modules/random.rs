//! `_random` (CPython's `Modules/_randommodule.c`): the Mersenne Twister MT19937 behind
//! `random.Random`, bit-exact with CPython (`init_by_array` seeding from the 32-bit words
//! of `abs(n)`, 53-bit `random()`, little-endian `getrandbits`).

use std::cell::RefCell;

use krait_object::args::Args;
use krait_object::error::{overflow_error, type_error, value_error, PyResult};
use krait_object::interp::Interp;
use krait_object::native::{make_type, new_native, NativeData, TypeSpec, BASETYPE};
use krait_object::object::{ObjRef, Payload};
use krait_object::protocol;
use krait_object::typeobj::TypeData;
use krait_object::types::int::{from_num, int_num, int_val};
use krait_object::types::tuple::new_tuple;
use krait_object::types::MethodDef;
use krait_object::Value;
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};

use crate::vm::Vm;

use super::{new_module_with, set_attr};

const N: usize = 624;
const M: usize = 397;

/// The generator state: `mt` and the position of the next word (`N` = regenerate).
pub struct Mt {
    mt: [u32; N],
    index: usize,
}

impl Mt {
    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let p = self.mt[i - 1];
            self.mt[i] = 1812433253u32
                .wrapping_mul(p ^ (p >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let (mut i, mut j) = (1usize, 0usize);
        let mut k = N.max(key.len());
        while k > 0 {
            let p = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (p ^ (p >> 30)).wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            let p = self.mt[i - 1];
            self.mt[i] =
                (self.mt[i] ^ (p ^ (p >> 30)).wrapping_mul(1566083941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            k -= 1;
        }
        self.mt[0] = 0x8000_0000;
        self.index = N;
    }

    fn genrand(&mut self) -> u32 {
        const UPPER: u32 = 0x8000_0000;
        const LOWER: u32 = 0x7fff_ffff;
        const MATRIX_A: u32 = 0x9908_b0df;
        let mag = |y: u32| if y & 1 == 1 { MATRIX_A } else { 0 };
        if self.index >= N {
            let mt = &mut self.mt;
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
            }
            let y = (mt[N - 1] & UPPER) | (mt[0] & LOWER);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
            self.index = 0;
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn random(&mut self) -> f64 {
        let a = self.genrand() >> 5;
        let b = self.genrand() >> 6;
        (f64::from(a) * 67108864.0 + f64::from(b)) * (1.0 / 9007199254740992.0)
    }
}

pub struct RandomState {
    mt: RefCell<Mt>,
}

impl NativeData for RandomState {}

fn setup(t: &TypeData) {
    t.slots.new.set(Some(random_new));
    t.slots.init.set(Some(random_init));
}

static SPEC: TypeSpec = TypeSpec {
    name: "Random",
    module: "_random",
    flags: BASETYPE,
    base: None,
    setup,
    methods: &[
        MethodDef {
            name: "seed",
            func: random_seed,
        },
        MethodDef {
            name: "random",
            func: random_random,
        },
        MethodDef {
            name: "getrandbits",
            func: random_getrandbits,
        },
        MethodDef {
            name: "getstate",
            func: random_getstate,
        },
        MethodDef {
            name: "setstate",
            func: random_setstate,
        },
    ],
    class_methods: &[],
    static_methods: &[],
    getsets: &[],
    doc: Some("Random() -> create a random number generator with its own internal state."),
};

thread_local! {
    static RANDOM: ObjRef = make_type(&SPEC);
}

fn random_new(_i: &mut dyn Interp, cls: &ObjRef, _args: Args<'_>) -> PyResult<Value> {
    Ok(new_native(
        cls.clone(),
        RandomState {
            mt: RefCell::new(Mt {
                mt: [0; N],
                index: 0,
            }),
        },
    ))
}

fn random_init(i: &mut dyn Interp, this: &Value, args: Args<'_>) -> PyResult<()> {
    let exact = RANDOM.with(|r| std::rc::Rc::ptr_eq(r, &this.class()));
    if exact && args.has_kwargs() {
        return Err(type_error("Random() takes no keyword arguments"));
    }
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(type_error("Random() requires 0 or 1 argument"));
    }
    seed_with(i, this, pos.first())
}

fn state<'a>(v: &'a Value, method: &str) -> PyResult<&'a RandomState> {
    krait_object::native::expect_native::<RandomState>(v, method, "_random.Random")
}

fn self_of<'a>(args: &Args<'a>, method: &str) -> PyResult<&'a Value> {
    args.pos().first().ok_or_else(|| {
        type_error(format!(
            "descriptor '{method}' of '_random.Random' object needs an argument"
        ))
    })
}

/// 32-bit words of the OS's randomness, or of the time and pid when that fails.
fn urandom_key() -> Vec<u32> {
    let mut buf = vec![0u8; N * 4];
    let ok = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut buf))
        .is_ok();
    if ok {
        return buf
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
    }
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    vec![
        t as u32,
        (t >> 32) as u32,
        std::process::id(),
        (t >> 64) as u32,
    ]
}

fn seed_with(i: &mut dyn Interp, this: &Value, arg: Option<&Value>) -> PyResult<()> {
    let st = state(this, "seed")?;
    let key: Vec<u32> = match arg {
        None | Some(Value::None) => urandom_key(),
        Some(v) => {
            let n: BigInt = match int_val(v) {
                Some(n) => n.to_big().abs(),
                None => {
                    let h = protocol::hash(i, v)?;
                    BigInt::from(h as u64)
                }
            };
            let (_, mut words) = n.to_u32_digits();
            if words.is_empty() {
                words.push(0);
            }
            words
        }
    };
    st.mt.borrow_mut().init_by_array(&key);
    Ok(())
}

fn random_seed(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let this = self_of(&args, "seed")?;
    let rest = &args.pos()[1..];
    if args.has_kwargs() {
        return Err(type_error("seed() takes no keyword arguments"));
    }
    if rest.len() > 1 {
        return Err(type_error(format!(
            "seed expected at most 1 argument, got {}",
            rest.len()
        )));
    }
    seed_with(i, this, rest.first())?;
    Ok(Value::None)
}

fn random_random(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let this = self_of(&args, "random")?;
    if args.pos().len() != 1 || args.has_kwargs() {
        return Err(type_error(format!(
            "Random.random() takes no arguments ({} given)",
            args.pos().len().saturating_sub(1) + args.kwnames.len()
        )));
    }
    let st = state(this, "random")?;
    let r = st.mt.borrow_mut().random();
    Ok(Value::Float(r))
}

fn random_getrandbits(i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let this = self_of(&args, "getrandbits")?;
    let rest = &args.pos()[1..];
    if args.has_kwargs() {
        return Err(type_error("getrandbits() takes no keyword arguments"));
    }
    if rest.len() != 1 {
        return Err(type_error(format!(
            "Random.getrandbits() takes exactly one argument ({} given)",
            rest.len()
        )));
    }
    let st = state(this, "getrandbits")?;
    let k = protocol::index(i, &rest[0])?;
    let k = match int_num(&k).and_then(|n| n.as_i64()) {
        Some(k) => k,
        None => return Err(overflow_error("Python int too large to convert to C int")),
    };
    if k < 0 {
        return Err(value_error("number of bits must be non-negative"));
    }
    if k > i64::from(i32::MAX) {
        return Err(overflow_error("Python int too large to convert to C int"));
    }
    if k == 0 {
        return Ok(Value::Int(0));
    }
    let mut mt = st.mt.borrow_mut();
    if k <= 32 {
        return Ok(Value::Int(i64::from(mt.genrand() >> (32 - k))));
    }
    let words = ((k - 1) / 32 + 1) as usize;
    let mut out = Vec::with_capacity(words);
    let mut left = k;
    for _ in 0..words {
        let mut r = mt.genrand();
        if left < 32 {
            r >>= 32 - left;
        }
        out.push(r);
        left -= 32;
    }
    Ok(from_num(krait_object::num::int::Int::from_big(
        BigInt::from_slice(Sign::Plus, &out),
    )))
}

fn random_getstate(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let this = self_of(&args, "getstate")?;
    let st = state(this, "getstate")?;
    let mt = st.mt.borrow();
    let mut items: Vec<Value> = mt.mt.iter().map(|&w| Value::Int(i64::from(w))).collect();
    items.push(Value::Int(mt.index as i64));
    Ok(new_tuple(items))
}

fn random_setstate(_i: &mut dyn Interp, args: Args) -> PyResult<Value> {
    let this = self_of(&args, "setstate")?;
    let rest = &args.pos()[1..];
    if rest.len() != 1 {
        return Err(type_error(format!(
            "Random.setstate() takes exactly one argument ({} given)",
            rest.len()
        )));
    }
    let st = state(this, "setstate")?;
    let items = match rest[0].payload() {
        Some(Payload::Tuple(items)) => items.to_vec(),
        _ => return Err(type_error("state vector must be a tuple")),
    };
    if items.len() != N + 1 {
        return Err(value_error("state vector is the wrong size"));
    }
    let mut new = [0u32; N];
    for (slot, v) in new.iter_mut().zip(&items) {
        let Some(n) = int_num(v) else {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                v.class_name()
            )));
        };
        let b = n.into_big();
        if b.is_negative() {
            return Err(overflow_error(
                "can't convert negative value to unsigned int",
            ));
        }
        let Some(w) = b.to_u64() else {
            return Err(overflow_error(
                "Python int too large to convert to C unsigned long",
            ));
        };
        *slot = w as u32;
    }
    let index = match int_num(&items[N]).and_then(|n| n.as_i64()) {
        Some(x) => x,
        None => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                items[N].class_name()
            )))
        }
    };
    if index < 0 || index > N as i64 {
        return Err(value_error("invalid state"));
    }
    let mut mt = st.mt.borrow_mut();
    mt.mt = new;
    mt.index = index as usize;
    Ok(Value::None)
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with("_random", &[]);
    set_attr(&m, "Random", RANDOM.with(|r| Value::Obj(r.clone())));
    Ok(m)
}
