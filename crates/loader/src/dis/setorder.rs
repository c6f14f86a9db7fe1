//! The order CPython iterates (and so `repr`s) a frozenset constant in after
//! `marshal.loads`: marshal adds the elements one by one in file order (`PySet_Add`), so the
//! order is that of `Objects/setobject.c`'s open-addressing table, simulated by the shared
//! [`crate::settable::SetTable`] (the VM's set objects use the same code): `set_add_entry`'s probe
//! sequence (9 linear probes, then `i = 5i + 1 + perturb`), resizing to 4x the used count
//! when 3/5 full (`set_table_resize`, re-inserting with `set_insert_clean`).
//!
//! That needs each element's `hash()`, which is only reproducible for numbers, tuples and
//! frozensets of them, empty str/bytes and (3.12+) `None`. A set holding anything else (a
//! non-empty str or bytes: randomized hash; `None` before 3.12, `...`, NaN: address-based
//! hash) keeps the file's order, which is the writing process's iteration order.

use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use crate::settable::{frozenset_hash, SetTable};
use crate::{Const, PyVersion};

const MODULUS: u64 = (1 << 61) - 1;
const HASH_BITS: i32 = 61;

/// The constant with every frozenset inside it put in CPython's iteration order, or `None`
/// when nothing needs reordering.
pub(crate) fn cpython_order(c: &Const, v: PyVersion) -> Option<Const> {
    if !has_frozenset(c) {
        return None;
    }
    Some(reorder(c, v))
}

fn has_frozenset(c: &Const) -> bool {
    match c {
        Const::FrozenSet(_) => true,
        Const::Tuple(items) => items.iter().any(has_frozenset),
        _ => false,
    }
}

fn reorder(c: &Const, v: PyVersion) -> Const {
    match c {
        Const::Tuple(items) => Const::Tuple(items.iter().map(|i| reorder(i, v)).collect()),
        Const::FrozenSet(items) => {
            let items: Vec<Const> = items.iter().map(|i| reorder(i, v)).collect();
            let hashes: Option<Vec<u64>> = items.iter().map(|i| hash(i, v)).collect();
            match hashes {
                Some(hashes) => {
                    let table = Table::build(&hashes);
                    Const::FrozenSet(table.order().map(|i| items[i].clone()).collect())
                }
                None => Const::FrozenSet(items.into()),
            }
        }
        other => other.clone(),
    }
}

/// The order of a set built by adding elements with these (distinct) hashes: element
/// indices in iteration order, through the shared [`SetTable`].
struct Table {
    table: SetTable<usize>,
}

impl Table {
    fn build(hashes: &[u64]) -> Table {
        let mut table = SetTable::new();
        for (i, &h) in hashes.iter().enumerate() {
            table.add_distinct(h as i64, i);
        }
        Table { table }
    }

    /// Element indices in iteration (slot) order.
    fn order(&self) -> impl Iterator<Item = usize> + '_ {
        self.table.iter().map(|(_, &i)| i)
    }

    fn frozenset_hash(&self) -> u64 {
        frozenset_hash(self.table.iter().map(|(h, _)| h)) as u64
    }
}

/// `hash(c)` as CPython's `Py_uhash_t`, when it does not depend on the process.
fn hash(c: &Const, v: PyVersion) -> Option<u64> {
    match c {
        Const::Int(i) => Some(int_hash(i)),
        Const::Bool(b) => Some(u64::from(*b)),
        Const::Float(x) => float_hash(*x),
        Const::Complex { re, im } => {
            let h = float_hash(*re)?.wrapping_add(1000003u64.wrapping_mul(float_hash(*im)?));
            Some(if h == u64::MAX { -2i64 as u64 } else { h })
        }
        Const::None if v >= PyVersion::V3_12 => Some(0xFCA8_6420),
        Const::Str(s) if s.is_empty() => Some(0),
        Const::Bytes(b) if b.is_empty() => Some(0),
        Const::Tuple(items) => tuple_hash(items, v),
        Const::FrozenSet(items) => {
            let hashes: Option<Vec<u64>> = items.iter().map(|i| hash(i, v)).collect();
            Some(Table::build(&hashes?).frozenset_hash())
        }
        _ => None,
    }
}

/// `long_hash`: the value modulo 2**61 - 1, keeping the sign; -1 becomes -2.
fn int_hash(i: &BigInt) -> u64 {
    let m = BigInt::from(MODULUS);
    let r = (i.magnitude() % m.magnitude()).to_u64().unwrap_or(0);
    let h = if i.sign() == Sign::Minus {
        (r as i64).wrapping_neg()
    } else {
        r as i64
    };
    (if h == -1 { -2 } else { h }) as u64
}

/// `frexp`: `x == m * 2**e` with `0.5 <= |m| < 1` (finite, non-zero `x`).
fn frexp(x: f64) -> (f64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// `_Py_HashDouble` (3.10+: NaN hashes by address, so it has no reproducible hash).
fn float_hash(v: f64) -> Option<u64> {
    if v.is_nan() {
        return None;
    }
    if v.is_infinite() {
        return Some(if v > 0.0 { 314159 } else { -314159i64 as u64 });
    }
    if v == 0.0 {
        return Some(0);
    }
    let (mut m, mut e) = frexp(v);
    let negative = m < 0.0;
    if negative {
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (HASH_BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % HASH_BITS
    } else {
        HASH_BITS - 1 - ((-1 - e) % HASH_BITS)
    } as u32;
    x = ((x << e) & MODULUS) | (x >> (HASH_BITS as u32 - e));
    if negative {
        x = x.wrapping_neg();
    }
    Some(if x == u64::MAX { -2i64 as u64 } else { x })
}

/// `tuplehash` (xxHash-based, 3.8+).
fn tuple_hash(items: &Rc<[Const]>, v: PyVersion) -> Option<u64> {
    const PRIME_1: u64 = 11400714785074694791;
    const PRIME_2: u64 = 14029467366897019727;
    const PRIME_5: u64 = 2870177450012600261;
    let mut acc = PRIME_5;
    for item in items.iter() {
        let lane = hash(item, v)?;
        acc = acc.wrapping_add(lane.wrapping_mul(PRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME_1);
    }
    acc = acc.wrapping_add(items.len() as u64 ^ (PRIME_5 ^ 3527539));
    Some(if acc == u64::MAX { 1546275796 } else { acc })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(i: i64) -> Const {
        Const::Int(BigInt::from(i))
    }

    #[test]
    fn hashes_match_cpython() {
        let v = PyVersion::V3_12;
        assert_eq!(hash(&int(-1), v), Some(-2i64 as u64));
        assert_eq!(hash(&int(1 << 62), v), Some(2));
        assert_eq!(hash(&Const::Float(1.5), v), Some(1152921504606846977));
        assert_eq!(hash(&Const::Float(-2.0), v), Some(-2i64 as u64));
        assert_eq!(hash(&Const::Float(1e-300), v), Some(482449582752280463));
        assert_eq!(hash(&Const::Float(5e-324), v), Some(16777216));
        assert_eq!(
            hash(&Const::Float(-0.5), v),
            Some(-1152921504606846976i64 as u64)
        );
        assert_eq!(hash(&Const::Float(1e300), v), Some(1224995262755759164));
        // hash((1, 2)) and hash(frozenset({1, 2})) on 64-bit CPython.
        let t = Const::Tuple(vec![int(1), int(2)].into());
        assert_eq!(hash(&t, v), Some(-3550055125485641917i64 as u64));
        let fs = Const::FrozenSet(vec![int(1), int(2)].into());
        assert_eq!(hash(&fs, v), Some(-1826646154956904602i64 as u64));
    }

    #[test]
    fn collisions_keep_insertion_order_and_resize_reorders() {
        // {-1, -2}: equal hashes, so the second lands in the next slot.
        let order: Vec<usize> = Table::build(&[-2i64 as u64, -2i64 as u64])
            .order()
            .collect();
        assert_eq!(order, vec![0, 1]);
        // frozenset([10, 20, ..., 70]) iterates as {70, 40, 10, 50, 20, 60, 30}.
        let t = Table::build(&[10, 20, 30, 40, 50, 60, 70]);
        assert_eq!(t.table.mask(), 31);
        assert_eq!(t.order().collect::<Vec<_>>(), vec![6, 3, 0, 4, 1, 5, 2]);
    }
}
