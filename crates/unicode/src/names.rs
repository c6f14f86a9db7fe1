//! Character names: `unicodedata.name` and `lookup` (CPython's `_getucname` and
//! `_getcode`). Hangul syllables and CJK unified ideographs are computed, as CPython
//! does; the `<prefix>-<hex>` families CPython stores are computed here too (same
//! results: CPython compares those case-insensitively like every stored name).

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::{in_ranges, tables, unassigned_in_3_2, Ucd};

const S_BASE: u32 = 0xAC00;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = 19 * N_COUNT;

/// The Jamo short names of Hangul syllable parts (leading, vowel, trailing).
const JAMO_L: [&str; 19] = [
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P",
    "H",
];
const JAMO_V: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
    "WI", "YU", "EU", "YI", "I",
];
const JAMO_T: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
    "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
];

const HANGUL_PREFIX: &str = "HANGUL SYLLABLE ";
const CJK_PREFIX: &str = "CJK UNIFIED IDEOGRAPH-";

fn words() -> &'static [&'static str] {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| tables::WORDS.split(' ').collect())
}

/// Decodes the stored name at `off` in NAME_DATA; returns it and the offset after it.
fn decode_at(off: usize, out: Option<&mut String>) -> usize {
    let data = tables::NAME_DATA;
    let n = data[off] as usize;
    let mut p = off + 1;
    let mut out = out;
    for k in 0..n {
        let b = data[p] as usize;
        let code = if b < 0x80 {
            p += 1;
            b
        } else {
            p += 2;
            128 + (((b & 0x7f) << 8) | data[p - 1] as usize)
        };
        if let Some(s) = out.as_deref_mut() {
            if k > 0 {
                s.push(' ');
            }
            s.push_str(words()[code]);
        }
    }
    p
}

fn stored_name(cp: u32) -> Option<String> {
    let runs = tables::NAME_RUNS;
    let k = runs.partition_point(|r| r.0 <= cp).checked_sub(1)?;
    let (start, count, off) = runs[k];
    if cp >= start + count as u32 {
        return None;
    }
    let mut off = off as usize;
    for _ in start..cp {
        off = decode_at(off, None);
    }
    let mut s = String::new();
    decode_at(off, Some(&mut s));
    Some(s)
}

/// `unicodedata.name` (aliases and named sequences are never names).
pub fn name(ucd: Ucd, cp: u32) -> Option<String> {
    if cp >= 0x110000 || (ucd == Ucd::V3_2_0 && unassigned_in_3_2(cp)) {
        return None;
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&cp) {
        let s = cp - S_BASE;
        let (l, v, t) = (s / N_COUNT, (s % N_COUNT) / T_COUNT, s % T_COUNT);
        return Some(format!(
            "{HANGUL_PREFIX}{}{}{}",
            JAMO_L[l as usize], JAMO_V[v as usize], JAMO_T[t as usize]
        ));
    }
    if in_ranges(tables::CJK_RANGES, cp) {
        return Some(format!("{CJK_PREFIX}{cp:X}"));
    }
    for (prefix, ranges) in tables::HEX_NAMED {
        if in_ranges(ranges, cp) {
            return Some(format!("{prefix}{cp:04X}"));
        }
    }
    stored_name(cp)
}

/// What a name denotes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Lookup {
    Char(u32),
    /// A named sequence (only when asked for: `\N{...}` does not accept them).
    Sequence(&'static [u32]),
}

#[derive(Clone, Copy)]
enum Entry {
    Name(u32),
    Alias(u32),
    Sequence(u16),
}

fn table() -> &'static HashMap<String, Entry> {
    static TABLE: OnceLock<HashMap<String, Entry>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m = HashMap::with_capacity(34_000);
        for &(start, count, off) in tables::NAME_RUNS {
            let mut off = off as usize;
            for cp in start..start + count as u32 {
                let mut s = String::new();
                off = decode_at(off, Some(&mut s));
                m.insert(s, Entry::Name(cp));
            }
        }
        for &(n, cp) in tables::ALIASES {
            m.insert(n.to_string(), Entry::Alias(cp));
        }
        for (k, &(n, _)) in tables::NAMED_SEQUENCES.iter().enumerate() {
            m.insert(n.to_string(), Entry::Sequence(k as u16));
        }
        m
    })
}

/// Longest match of one Jamo column at the start of `s` (case-sensitive, as CPython's
/// `find_syllable`): (index, length).
fn find_jamo(s: &[u8], column: &[&str]) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    for (k, j) in column.iter().enumerate() {
        if best.is_some_and(|(_, len)| j.len() <= len) {
            continue;
        }
        if s.starts_with(j.as_bytes()) {
            best = Some((k, j.len()));
        }
    }
    best
}

fn hangul(rest: &[u8]) -> Option<u32> {
    let (l, a) = find_jamo(rest, &JAMO_L)?;
    let (v, b) = find_jamo(&rest[a..], &JAMO_V)?;
    let (t, c) = find_jamo(&rest[a + b..], &JAMO_T)?;
    (a + b + c == rest.len()).then(|| S_BASE + (l as u32 * V_COUNT + v as u32) * T_COUNT + t as u32)
}

/// `unicodedata.lookup` (`sequences`: accept named sequences) and `\N{...}` (not).
/// Stored names and aliases match case-insensitively (ASCII only); Hangul syllables and
/// CJK unified ideographs only in upper case (CPython computes those, case-sensitively).
pub fn lookup(ucd: Ucd, name: &[u8], sequences: bool) -> Option<Lookup> {
    if let Some(rest) = name.strip_prefix(HANGUL_PREFIX.as_bytes()) {
        return hangul(rest).map(Lookup::Char);
    }
    if let Some(rest) = name.strip_prefix(CJK_PREFIX.as_bytes()) {
        if !(rest.len() == 4 || rest.len() == 5)
            || !rest
                .iter()
                .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(b))
        {
            return None;
        }
        let v = u32::from_str_radix(std::str::from_utf8(rest).ok()?, 16).ok()?;
        return in_ranges(tables::CJK_RANGES, v).then_some(Lookup::Char(v));
    }
    let upper = std::str::from_utf8(name).ok()?.to_ascii_uppercase();
    let found = hex_named(&upper).or_else(|| match table().get(&upper)? {
        Entry::Name(cp) => Some(Lookup::Char(*cp)),
        Entry::Alias(cp) => (ucd == Ucd::Current).then_some(Lookup::Char(*cp)),
        Entry::Sequence(k) => (ucd == Ucd::Current && sequences)
            .then(|| Lookup::Sequence(tables::NAMED_SEQUENCES[*k as usize].1)),
    })?;
    if let (Ucd::V3_2_0, Lookup::Char(cp)) = (ucd, found) {
        if unassigned_in_3_2(cp) {
            return None;
        }
    }
    Some(found)
}

fn hex_named(upper: &str) -> Option<Lookup> {
    for (prefix, ranges) in tables::HEX_NAMED {
        if let Some(rest) = upper.strip_prefix(prefix) {
            let v = u32::from_str_radix(rest, 16).ok()?;
            return (format!("{v:04X}") == rest && in_ranges(ranges, v)).then_some(Lookup::Char(v));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for cp in [
            0x41, 0xe9, 0xac00, 0xd7a3, 0x4e00, 0xf900, 0x1f600, 0x10ffff, 0x378,
        ] {
            if let Some(n) = name(Ucd::Current, cp) {
                assert_eq!(
                    lookup(Ucd::Current, n.as_bytes(), false),
                    Some(Lookup::Char(cp)),
                    "{n}"
                );
            }
        }
        assert_eq!(
            name(Ucd::Current, 0x41).as_deref(),
            Some("LATIN CAPITAL LETTER A")
        );
        assert_eq!(
            name(Ucd::Current, 0xac00).as_deref(),
            Some("HANGUL SYLLABLE GA")
        );
        assert_eq!(
            lookup(Ucd::Current, b"byte order mark", false),
            Some(Lookup::Char(0xfeff))
        );
        assert_eq!(lookup(Ucd::V3_2_0, b"BYTE ORDER MARK", false), None);
    }
}
