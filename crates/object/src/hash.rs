//! `hash()` exactly as a 64-bit CPython computes it.
//!
//! - numbers (`int`, `float`, `complex`) hash by their value modulo the Mersenne prime
//!   2^61 − 1, so equal numbers of different types hash alike (Python/pyhash.c);
//! - `str` and `bytes` hash with SipHash (SipHash-2-4 in 3.10, SipHash-1-3 since 3.11)
//!   keyed by `_Py_HashSecret`, which `PYTHONHASHSEED` fixes ([`HashSecret`]);
//! - `tuple` uses the xxHash-style combiner (3.8+), `frozenset` the shuffled-bits XOR.
//!
//! Hashes are `i64` (`Py_hash_t`); no hash is ever −1 (CPython's error marker).

use krait_loader::{PyStr, PyVersion};
use num_bigint::{BigInt, Sign};

/// `sys.hash_info.modulus`: 2^61 − 1.
pub const MODULUS: u64 = (1 << 61) - 1;
const BITS: u32 = 61;
/// `sys.hash_info.inf`.
pub const INF: i64 = 314_159;
/// `sys.hash_info.imag`.
pub const IMAG: u64 = 1_000_003;

fn fix_minus_one(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(int)` for a machine integer.
pub fn hash_i64(v: i64) -> i64 {
    let m = v.unsigned_abs() % MODULUS;
    let h = if v < 0 { -(m as i64) } else { m as i64 };
    fix_minus_one(h)
}

/// `hash(int)` for an arbitrary integer.
pub fn hash_bigint(v: &BigInt) -> i64 {
    // Horner over 32-bit limbs from the top: 2^32 * x mod P is a 61-bit rotation.
    let mut x: u64 = 0;
    for limb in v.magnitude().iter_u32_digits().rev() {
        x = rotate61(x, 32) + u64::from(limb);
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let h = if v.sign() == Sign::Minus {
        -(x as i64)
    } else {
        x as i64
    };
    fix_minus_one(h)
}

/// Multiplies `x` (< 2^61) by 2^k modulo 2^61 − 1 (0 ≤ k < 61).
fn rotate61(x: u64, k: u32) -> u64 {
    if k == 0 {
        return x;
    }
    ((x << k) & MODULUS) | (x >> (BITS - k))
}

/// `_Py_HashPointer`: the hash of an object identity (address), rotated right by 4.
pub fn hash_pointer(identity: usize) -> i64 {
    let y = (identity as u64).rotate_right(4);
    fix_minus_one(y as i64)
}

/// `hash(float)` for a non-NaN float (NaN hashes by identity: [`hash_f64_with_identity`]).
/// Integral floats hash like the equal `int`; ±inf hash to ±314159.
pub fn hash_f64(v: f64) -> i64 {
    hash_f64_with_identity(v, 0)
}

/// `_Py_HashDouble(inst, v)` since 3.10: NaN hashes as the identity of its object.
pub fn hash_f64_with_identity(v: f64, identity: usize) -> i64 {
    if v.is_nan() {
        return hash_pointer(identity);
    }
    if v.is_infinite() {
        return if v > 0.0 { INF } else { -INF };
    }
    if v == 0.0 {
        return 0;
    }
    // v = mant * 2^exp exactly.
    let (mant, exp) = crate::num::float::decompose(v);
    let x = mant % MODULUS;
    // 2^exp ≡ 2^(exp mod 61) since 2^61 ≡ 1.
    let k = exp.rem_euclid(i64::from(BITS)) as u32;
    let x = rotate61(x, k) as i64;
    fix_minus_one(if v < 0.0 { -x } else { x })
}

/// `hash(complex)`: the real and imaginary hashes combined with 1000003. NaN parts hash
/// by the complex object's identity.
pub fn hash_complex(re: f64, im: f64, identity: usize) -> i64 {
    let hr = hash_f64_with_identity(re, identity) as u64;
    let hi = hash_f64_with_identity(im, identity) as u64;
    fix_minus_one(hr.wrapping_add(IMAG.wrapping_mul(hi)) as i64)
}

/// `hash(tuple)` over its items' hashes (xxHash-based combiner, CPython 3.8+).
pub fn hash_tuple(item_hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let len = item_hashes.len() as u64;
    let mut acc = P5;
    for h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

/// `hash(frozenset)` over its (distinct) elements' hashes; order does not matter.
pub fn hash_frozenset(elem_hashes: impl Iterator<Item = i64>) -> i64 {
    krait_loader::settable::frozenset_hash(elem_hashes)
}

/// The SipHash variant of a CPython version (`sys.hash_info.algorithm`).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum SipVariant {
    /// `siphash24` (3.10).
    Sip24,
    /// `siphash13` (3.11+).
    Sip13,
}

impl SipVariant {
    pub fn for_version(v: PyVersion) -> Self {
        if v >= PyVersion::V3_11 {
            Self::Sip13
        } else {
            Self::Sip24
        }
    }
}

/// `_Py_HashSecret` reduced to what `str`/`bytes` hashing uses: the SipHash key and the
/// variant of the interpreter being emulated.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct HashSecret {
    pub k0: u64,
    pub k1: u64,
    pub variant: SipVariant,
}

impl HashSecret {
    /// The secret of `PYTHONHASHSEED=seed`: all zeros for 0, otherwise the bytes of
    /// CPython's `lcg_urandom(seed)` (bootstrap_hash.c).
    pub fn from_seed(seed: u32, version: PyVersion) -> Self {
        let mut buf = [0u8; 16];
        if seed != 0 {
            let mut x = seed;
            for b in buf.iter_mut() {
                x = x.wrapping_mul(214_013).wrapping_add(2_531_011);
                *b = (x >> 16) as u8;
            }
        }
        let mut k0 = [0u8; 8];
        let mut k1 = [0u8; 8];
        k0.copy_from_slice(&buf[..8]);
        k1.copy_from_slice(&buf[8..]);
        Self {
            k0: u64::from_le_bytes(k0),
            k1: u64::from_le_bytes(k1),
            variant: SipVariant::for_version(version),
        }
    }

    /// A secret from 16 random bytes (what CPython does without `PYTHONHASHSEED`).
    pub fn from_key(key: [u8; 16], version: PyVersion) -> Self {
        let mut k0 = [0u8; 8];
        let mut k1 = [0u8; 8];
        k0.copy_from_slice(&key[..8]);
        k1.copy_from_slice(&key[8..]);
        Self {
            k0: u64::from_le_bytes(k0),
            k1: u64::from_le_bytes(k1),
            variant: SipVariant::for_version(version),
        }
    }

    /// `_Py_HashBytes`: `hash(bytes)`; also `str` over its canonical representation.
    pub fn hash_bytes(&self, data: &[u8]) -> i64 {
        if data.is_empty() {
            return 0;
        }
        let h = match self.variant {
            SipVariant::Sip13 => siphash::<1, 3>(self.k0, self.k1, data),
            SipVariant::Sip24 => siphash::<2, 4>(self.k0, self.k1, data),
        };
        fix_minus_one(h as i64)
    }

    /// `hash(str)` from its code points: SipHash over the UCS1/UCS2/UCS4 little-endian
    /// form CPython stores, which depends on the largest code point.
    pub fn hash_code_points(&self, cps: &[u32]) -> i64 {
        let max = cps.iter().copied().max().unwrap_or(0);
        if max < 0x100 {
            let buf: Vec<u8> = cps.iter().map(|&c| c as u8).collect();
            self.hash_bytes(&buf)
        } else if max < 0x10000 {
            let buf: Vec<u8> = cps.iter().flat_map(|&c| (c as u16).to_le_bytes()).collect();
            self.hash_bytes(&buf)
        } else {
            let buf: Vec<u8> = cps.iter().flat_map(|&c| c.to_le_bytes()).collect();
            self.hash_bytes(&buf)
        }
    }

    /// `hash(str)` of a Rust string; pure-ASCII/Latin-1 strings hash without allocating
    /// more than their UCS1 form.
    pub fn hash_str(&self, s: &str) -> i64 {
        if s.is_ascii() {
            return self.hash_bytes(s.as_bytes());
        }
        let cps: Vec<u32> = s.chars().map(u32::from).collect();
        self.hash_code_points(&cps)
    }

    /// `hash(str)` of a [`PyStr`] (lone surrogates included).
    pub fn hash_pystr(&self, s: &PyStr) -> i64 {
        if s.is_ascii() {
            return self.hash_bytes(s.as_bytes());
        }
        let cps: Vec<u32> = s.code_points().collect();
        self.hash_code_points(&cps)
    }
}

/// SipHash-c-d with CPython's little-endian word reading.
fn siphash<const C: usize, const D: usize>(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v0 = k0 ^ 0x736f_6d65_7073_6575;
    let mut v1 = k1 ^ 0x646f_7261_6e64_6f6d;
    let mut v2 = k0 ^ 0x6c79_6765_6e65_7261;
    let mut v3 = k1 ^ 0x7465_6462_7974_6573;

    #[inline(always)]
    fn round(v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64) {
        *v0 = v0.wrapping_add(*v1);
        *v1 = v1.rotate_left(13);
        *v1 ^= *v0;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v3);
        *v3 = v3.rotate_left(16);
        *v3 ^= *v2;
        *v0 = v0.wrapping_add(*v3);
        *v3 = v3.rotate_left(21);
        *v3 ^= *v0;
        *v2 = v2.wrapping_add(*v1);
        *v1 = v1.rotate_left(17);
        *v1 ^= *v2;
        *v2 = v2.rotate_left(32);
    }

    let mut chunks = data.chunks_exact(8);
    for chunk in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let m = u64::from_le_bytes(w);
        v3 ^= m;
        for _ in 0..C {
            round(&mut v0, &mut v1, &mut v2, &mut v3);
        }
        v0 ^= m;
    }
    let mut t = [0u8; 8];
    let rest = chunks.remainder();
    t[..rest.len()].copy_from_slice(rest);
    let b = ((data.len() as u64) << 56) | u64::from_le_bytes(t);
    v3 ^= b;
    for _ in 0..C {
        round(&mut v0, &mut v1, &mut v2, &mut v3);
    }
    v0 ^= b;
    v2 ^= 0xff;
    for _ in 0..D {
        round(&mut v0, &mut v1, &mut v2, &mut v3);
    }
    v0 ^ v1 ^ v2 ^ v3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(i64::MIN), -4);
        assert_eq!(hash_f64(1.0), 1);
        assert_eq!(hash_f64(-1.0), -2);
        assert_eq!(hash_f64(0.5), 1 << 60);
        assert_eq!(hash_f64(f64::INFINITY), 314159);
        assert_eq!(hash_bigint(&BigInt::from(MODULUS)), 0);
        assert_eq!(hash_bigint(&BigInt::from(-1)), -2);
    }
}

/// CPython's `_Py_KeyedHash(key, data)`: SipHash-1-3 keyed `(key, 0)` (the source hash of
/// hash-based `.pyc` files, `_imp.source_hash`).
pub fn keyed_hash13(key: u64, data: &[u8]) -> u64 {
    siphash::<1, 3>(key, 0, data)
}
