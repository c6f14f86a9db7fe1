//! `hash()` against live CPythons 3.10–3.13 with `PYTHONHASHSEED=0` and `=12345`.

#[path = "../../loader/tests/support/mod.rs"]
mod support;

use krait_loader::PyVersion;
use krait_object::hash::*;
use num_bigint::BigInt;

const SCRIPT: &str = r#"
import random, struct, sys
r = random.Random(20240607)
out = []
def emit(*a): out.append('\t'.join(map(str, a)))
def cps(s): return ','.join('%x' % ord(c) for c in s)
ranges = [(0x20, 0x7f), (0x80, 0x100), (0x100, 0xd800), (0xd800, 0xe000), (0xe000, 0x10000), (0x10000, 0x110000)]
lens = [0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 23, 24, 31, 32, 33, 64, 100, 257]
for i in range(3000):
    n = r.choice(lens)
    kinds = r.sample(range(len(ranges)), r.randint(1, 3))
    s = ''.join(chr(r.randrange(*ranges[r.choice(kinds)])) for _ in range(n))
    emit('s', cps(s), hash(s))
for i in range(1000):
    b = bytes(r.randrange(256) for _ in range(r.choice(lens)))
    emit('b', b.hex(), hash(b))
M = (1 << 61) - 1
ints = [0, 1, -1, -2, 2, M, M - 1, M + 1, -M, 2**63 - 1, -2**63, 2**63, 2**64, -2**64, 10**100, -10**100]
for i in range(2000):
    k = r.choice([3, 8, 31, 32, 60, 61, 62, 63, 64, 65, 100, 128, 500, 2000])
    ints.append(r.getrandbits(k) * r.choice([1, -1]))
for n in ints:
    emit('i', n, hash(n))
fl = [0.0, -0.0, 1.0, -1.0, 0.5, 1e308, -1e308, 5e-324, -5e-324, 2.0**61, 2.0**62, 2.0**-61, float('inf'), float('-inf'), 1e16, 123456789.123]
for i in range(3000):
    bits = r.getrandbits(64)
    fl.append(struct.unpack('<d', struct.pack('<Q', bits))[0])
for i in range(500):
    fl.append(float(r.randrange(-2**70, 2**70)))
for x in fl:
    if x != x: continue
    emit('f', struct.pack('>d', x).hex(), hash(x))
for i in range(500):
    re, im = r.choice(fl), r.choice(fl)
    if re != re or im != im: continue
    emit('c', struct.pack('>d', re).hex(), struct.pack('>d', im).hex(), hash(complex(re, im)))
def rval(depth=0):
    c = r.randrange(4 if depth < 2 else 3)
    if c == 0: return r.randrange(-10**20, 10**20)
    if c == 1: return ''.join(chr(r.randrange(0x20, 0x3000)) for _ in range(r.randrange(6)))
    if c == 2: return r.random() * 1e6
    return tuple(rval(depth + 1) for _ in range(r.randrange(5)))
for i in range(1000):
    t = tuple(rval() for _ in range(r.randrange(8)))
    emit('t', ','.join(str(hash(e)) for e in t), hash(t))
for i in range(1000):
    fs = frozenset(rval() for _ in range(r.randrange(12)))
    emit('z', ','.join(str(hash(e)) for e in fs), hash(fs))
print('\n'.join(out))
"#;

fn f64_from_hex(s: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(s, 16).expect("hex bits"))
}

fn hashes(s: &str) -> Vec<i64> {
    if s.is_empty() {
        return Vec::new();
    }
    s.split(',').map(|h| h.parse().expect("hash")).collect()
}

fn check(v: PyVersion, seed: u32) {
    let seed_s = seed.to_string();
    let Some(out) = support::run_python(v, &[("PYTHONHASHSEED", &seed_s)], SCRIPT) else {
        return;
    };
    let secret = HashSecret::from_seed(seed, v);
    let mut n = 0;
    for line in out.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let want: i64 = f[f.len() - 1].parse().expect("hash");
        let got = match f[0] {
            "s" => {
                let cps: Vec<u32> = if f[1].is_empty() {
                    Vec::new()
                } else {
                    f[1].split(',')
                        .map(|c| u32::from_str_radix(c, 16).expect("cp"))
                        .collect()
                };
                secret.hash_code_points(&cps)
            }
            "b" => {
                let bytes: Vec<u8> = (0..f[1].len() / 2)
                    .map(|i| u8::from_str_radix(&f[1][2 * i..2 * i + 2], 16).expect("byte"))
                    .collect();
                secret.hash_bytes(&bytes)
            }
            "i" => {
                let big: BigInt = f[1].parse().expect("int");
                let h = hash_bigint(&big);
                if let Ok(small) = i64::try_from(&big) {
                    assert_eq!(hash_i64(small), h, "i64 vs bigint hash of {small}");
                }
                h
            }
            "f" => hash_f64(f64_from_hex(f[1])),
            "c" => hash_complex(f64_from_hex(f[1]), f64_from_hex(f[2]), 0),
            "t" => hash_tuple(hashes(f[1]).into_iter()),
            "z" => hash_frozenset(hashes(f[1]).into_iter()),
            k => panic!("unknown kind {k}"),
        };
        assert_eq!(got, want, "3.{} seed {seed}: {line}", v.minor());
        n += 1;
    }
    assert!(n > 10_000, "only {n} cases");
}

#[test]
fn hashes_match_cpython_seed_0() {
    for v in PyVersion::ALL {
        check(v, 0);
    }
}

#[test]
fn hashes_match_cpython_seed_12345() {
    for v in PyVersion::ALL {
        check(v, 12345);
    }
}

#[test]
fn nan_hash_is_identity_based() {
    // _Py_HashPointer rotates the address right by 4 bits.
    assert_eq!(
        hash_f64_with_identity(f64::NAN, 0x7f00_0000_1230),
        0x07f0_0000_0123
    );
    assert_eq!(hash_pointer(0xf), (0xfu64 << 60) as i64);
}
