//! Character predicates and case maps of `_sre` (CPython's `sre.c`): the ASCII ones
//! (`\d`, `\s`, `\w` without `re.UNICODE`), the locale ones (krait runs in the C locale,
//! where they equal the ASCII ones over bytes 0–255) and the Unicode ones.

use krait_object::types::str_case;

#[inline]
pub fn is_ascii_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}

/// `Py_ISSPACE` over ASCII: `\t \n \v \f \r` and space.
#[inline]
pub fn is_ascii_space(c: u32) -> bool {
    matches!(c, 0x09..=0x0d | 0x20)
}

#[inline]
pub fn is_ascii_alnum(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_alphanumeric()
}

#[inline]
pub fn is_ascii_word(c: u32) -> bool {
    is_ascii_alnum(c) || c == b'_' as u32
}

/// `SRE_IS_LINEBREAK`: only `\n`.
#[inline]
pub fn is_linebreak(c: u32) -> bool {
    c == b'\n' as u32
}

#[inline]
pub fn is_loc_word(c: u32) -> bool {
    is_ascii_word(c)
}

pub fn is_uni_digit(c: u32) -> bool {
    if c < 128 {
        return is_ascii_digit(c);
    }
    str_case::is_decimal(c)
}

pub fn is_uni_space(c: u32) -> bool {
    krait_object::num::unicode_is_space(c)
}

pub fn is_uni_linebreak(c: u32) -> bool {
    krait_object::types::str_methods::is_linebreak(c)
}

/// `Py_UNICODE_ISALNUM(c) || c == '_'`.
pub fn is_uni_word(c: u32) -> bool {
    if c < 128 {
        return is_ascii_word(c);
    }
    str_case::is_alnum(c)
}

#[inline]
pub fn lower_ascii(c: u32) -> u32 {
    if (b'A' as u32..=b'Z' as u32).contains(&c) {
        c + 32
    } else {
        c
    }
}

#[inline]
pub fn upper_ascii(c: u32) -> u32 {
    if (b'a' as u32..=b'z' as u32).contains(&c) {
        c - 32
    } else {
        c
    }
}

/// The C locale's `tolower` over bytes (ASCII only).
#[inline]
pub fn lower_locale(c: u32) -> u32 {
    if c < 256 {
        lower_ascii(c)
    } else {
        c
    }
}

#[inline]
pub fn upper_locale(c: u32) -> u32 {
    if c < 256 {
        upper_ascii(c)
    } else {
        c
    }
}

/// `Py_UNICODE_TOLOWER`: one code point; where the full mapping has several, CPython's
/// database gives the first of them (`İ` → `i`).
pub fn lower_unicode(c: u32) -> u32 {
    if c < 128 {
        return lower_ascii(c);
    }
    first(char::from_u32(c).map(|x| x.to_lowercase()), c)
}

/// `Py_UNICODE_TOUPPER`: the first code point of the full upper-case mapping (`ß` → `S`).
pub fn upper_unicode(c: u32) -> u32 {
    if c < 128 {
        return upper_ascii(c);
    }
    first(char::from_u32(c).map(|x| x.to_uppercase()), c)
}

fn first(m: Option<impl Iterator<Item = char>>, c: u32) -> u32 {
    m.and_then(|mut it| it.next()).map_or(c, |x| x as u32)
}

pub fn ascii_iscased(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_alphabetic()
}

pub fn unicode_iscased(c: u32) -> bool {
    c != lower_unicode(c) || c != upper_unicode(c)
}

/// `\d \D \s \S \w \W` and friends: `sre_category`.
pub fn category(code: u32, c: u32) -> bool {
    match code {
        0 => is_ascii_digit(c),
        1 => !is_ascii_digit(c),
        2 => is_ascii_space(c),
        3 => !is_ascii_space(c),
        4 => is_ascii_word(c),
        5 => !is_ascii_word(c),
        6 => is_linebreak(c),
        7 => !is_linebreak(c),
        8 => is_loc_word(c),
        9 => !is_loc_word(c),
        10 => is_uni_digit(c),
        11 => !is_uni_digit(c),
        12 => is_uni_space(c),
        13 => !is_uni_space(c),
        14 => is_uni_word(c),
        15 => !is_uni_word(c),
        16 => is_uni_linebreak(c),
        17 => !is_uni_linebreak(c),
        _ => false,
    }
}
