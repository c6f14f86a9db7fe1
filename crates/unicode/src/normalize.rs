//! `unicodedata.normalize` and `is_normalized`, step for step as CPython 3.11's
//! `nfd_nfkd` (decompose, then canonical ordering by insertion) and `nfc_nfkc`
//! (compose with CPython's blocking rules and skip list).

use crate::{combining_class, decomposition_mapping, quick_check_bits, tables};
use crate::{unassigned_in_3_2, Ucd};

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const S_COUNT: u32 = L_COUNT * V_COUNT * T_COUNT;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Form {
    Nfc,
    Nfkc,
    Nfd,
    Nfkd,
}

impl Form {
    pub fn parse(s: &str) -> Option<Form> {
        Some(match s {
            "NFC" => Form::Nfc,
            "NFKC" => Form::Nfkc,
            "NFD" => Form::Nfd,
            "NFKD" => Form::Nfkd,
            _ => return None,
        })
    }

    fn compat(self) -> bool {
        matches!(self, Form::Nfkc | Form::Nfkd)
    }

    fn composed(self) -> bool {
        matches!(self, Form::Nfc | Form::Nfkc)
    }

    /// This form's bit in the records' quick-check bits.
    fn qc_bit(self) -> u8 {
        match self {
            Form::Nfd => 1,
            Form::Nfkd => 2,
            Form::Nfc => 4,
            Form::Nfkc => 8,
        }
    }
}

/// CPython's `is_normalized_quickcheck` answering YES: every character's quick check
/// is YES and the combining classes are in canonical order. (Its NO and MAYBE both
/// lead to a full normalization here, which decides the same way.) The 3.2.0 view
/// never answers YES.
pub fn quick_check_yes(ucd: Ucd, form: Form, cps: &[u32]) -> bool {
    if ucd == Ucd::V3_2_0 {
        return false;
    }
    if cps.iter().all(|&c| c < 0x80) {
        return true;
    }
    let mut prev = 0;
    for &c in cps {
        let comb = combining_class(c);
        if comb != 0 && prev > comb {
            return false;
        }
        prev = comb;
        if quick_check_bits(c) & form.qc_bit() != 0 {
            return false;
        }
    }
    true
}

pub fn normalize(ucd: Ucd, form: Form, cps: &[u32]) -> Vec<u32> {
    let d = decompose(ucd, cps, form.compat());
    if form.composed() {
        compose(&d)
    } else {
        d
    }
}

pub fn is_normalized(ucd: Ucd, form: Form, cps: &[u32]) -> bool {
    cps.is_empty() || quick_check_yes(ucd, form, cps) || normalize(ucd, form, cps) == cps
}

fn old_normalization(c: u32) -> Option<u32> {
    let t = tables::OLD_NORMALIZATION;
    t.binary_search_by_key(&c, |e| e.0).ok().map(|k| t[k].1)
}

fn decompose(ucd: Ucd, cps: &[u32], compat: bool) -> Vec<u32> {
    let mut out = Vec::with_capacity(cps.len() + cps.len().min(10));
    let mut stack = Vec::new();
    for &c in cps {
        stack.push(c);
        while let Some(code) = stack.pop() {
            if (S_BASE..S_BASE + S_COUNT).contains(&code) {
                let s = code - S_BASE;
                out.push(L_BASE + s / (V_COUNT * T_COUNT));
                out.push(V_BASE + (s % (V_COUNT * T_COUNT)) / T_COUNT);
                let t = T_BASE + s % T_COUNT;
                if t != T_BASE {
                    out.push(t);
                }
                continue;
            }
            if ucd == Ucd::V3_2_0 {
                if let Some(v) = old_normalization(code) {
                    stack.push(v);
                    continue;
                }
            }
            let (tag, mapping) = if ucd == Ucd::V3_2_0 && unassigned_in_3_2(code) {
                ("", &[][..])
            } else {
                decomposition_mapping(code)
            };
            if mapping.is_empty() || (!tag.is_empty() && !compat) {
                out.push(code);
                continue;
            }
            stack.extend(mapping.iter().rev());
        }
    }
    canonical_order(&mut out);
    out
}

/// CPython's insertion sort of runs of non-starters by combining class (stable).
fn canonical_order(s: &mut [u32]) {
    if s.is_empty() {
        return;
    }
    let mut prev = combining_class(s[0]);
    for i in 1..s.len() {
        let cur = combining_class(s[i]);
        if prev == 0 || cur == 0 || prev <= cur {
            prev = cur;
            continue;
        }
        let mut o = i - 1;
        loop {
            s.swap(o, o + 1);
            if o == 0 {
                break;
            }
            o -= 1;
            let p = combining_class(s[o]);
            if p == 0 || p <= cur {
                break;
            }
        }
        prev = combining_class(s[i]);
    }
}

fn is_first(c: u32) -> bool {
    let t = tables::COMPOSE;
    let k = t.partition_point(|e| e.0 < c);
    t.get(k).is_some_and(|e| e.0 == c)
}

fn pair(a: u32, b: u32) -> Option<u32> {
    let t = tables::COMPOSE;
    t.binary_search_by_key(&(a, b), |e| (e.0, e.1))
        .ok()
        .map(|k| t[k].2)
}

fn compose(s: &[u32]) -> Vec<u32> {
    let len = s.len();
    let mut out = Vec::with_capacity(len);
    // Indices of characters already combined into an earlier one.
    let mut skipped: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < len {
        if let Some(k) = skipped.iter().position(|&x| x == i) {
            skipped.swap_remove(k);
            i += 1;
            continue;
        }
        let code = s[i];
        // Hangul <L, V> and <L, V, T> (the input is decomposed, so no <LV, T>).
        if (L_BASE..L_BASE + L_COUNT).contains(&code)
            && i + 1 < len
            && (V_BASE..V_BASE + V_COUNT).contains(&s[i + 1])
        {
            let mut c = S_BASE + ((code - L_BASE) * V_COUNT + (s[i + 1] - V_BASE)) * T_COUNT;
            i += 2;
            if i < len && T_BASE < s[i] && s[i] < T_BASE + T_COUNT {
                c += s[i] - T_BASE;
                i += 1;
            }
            out.push(c);
            continue;
        }
        if !is_first(code) {
            out.push(code);
            i += 1;
            continue;
        }
        let mut cur = code;
        let mut i1 = i + 1;
        let mut comb = 0;
        while i1 < len {
            let code1 = s[i1];
            let comb1 = combining_class(code1);
            if comb != 0 {
                if comb1 == 0 {
                    break;
                }
                if comb >= comb1 {
                    // blocked
                    i1 += 1;
                    continue;
                }
            }
            match pair(cur, code1) {
                None => {
                    if comb1 == 0 {
                        break;
                    }
                    comb = comb1;
                    i1 += 1;
                }
                Some(c) => {
                    cur = c;
                    skipped.push(i1);
                    i1 += 1;
                    if !is_first(cur) {
                        break;
                    }
                }
            }
        }
        out.push(cur);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(form: Form, s: &str) -> String {
        let cps: Vec<u32> = s.chars().map(|c| c as u32).collect();
        normalize(Ucd::Current, form, &cps)
            .into_iter()
            .map(|c| char::from_u32(c).unwrap())
            .collect()
    }

    #[test]
    fn forms() {
        assert_eq!(n(Form::Nfd, "\u{e9}"), "e\u{301}");
        assert_eq!(n(Form::Nfc, "e\u{301}"), "\u{e9}");
        assert_eq!(n(Form::Nfkc, "\u{fb01}"), "fi");
        assert_eq!(n(Form::Nfc, "\u{1100}\u{1161}\u{11a8}"), "\u{ac01}");
        assert_eq!(n(Form::Nfd, "a\u{301}\u{316}"), "a\u{316}\u{301}");
    }
}
