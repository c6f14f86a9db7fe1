//! Unit tests of the engine alone: code words as CPython 3.11's `re._compiler` emits them
//! (`re._compiler._code(re._parser.parse(p), 0)`), run over `[u8]` and `[u32]` texts.

use super::state::{SreError, State, Text};

fn search<T: Text + ?Sized>(
    code: &[u32],
    groups: usize,
    text: &T,
) -> Result<Option<(usize, usize)>, SreError> {
    let mut st = State::new(code, text, 0, text.len(), groups);
    Ok(st.search()?.then_some((st.start, st.ptr)))
}

fn check(code: &[u32], groups: usize, s: &str, want: Option<(usize, usize)>) {
    assert_eq!(
        search(code, groups, s.as_bytes()),
        Ok(want),
        "bytes {s:.40}"
    );
    let wide: Vec<u32> = s.chars().map(u32::from).collect();
    assert_eq!(
        search(code, groups, &wide[..]),
        Ok(want),
        "code points {s:.40}"
    );
}

#[test]
fn compiled_patterns() {
    // a+b
    check(
        &[
            14, 4, 0, 2, 4294967295, 24, 6, 1, 4294967295, 16, 97, 1, 16, 98, 1,
        ],
        0,
        "xxaab",
        Some((2, 5)),
    );
    // (a|b)*c
    check(
        &[
            14, 4, 0, 1, 4294967295, 23, 13, 0, 4294967295, 17, 0, 13, 5, 22, 97, 98, 0, 17, 1, 18,
            16, 99, 1,
        ],
        1,
        "ababc",
        Some((0, 5)),
    );
    // (\w)\1
    check(
        &[
            14, 7, 4, 2, 2, 8, 14, 0, 17, 0, 13, 4, 8, 14, 0, 17, 1, 11, 0, 1,
        ],
        1,
        "abccd",
        Some((2, 4)),
    );
    // (?<=a)b
    check(
        &[14, 4, 0, 1, 1, 4, 5, 1, 16, 97, 1, 16, 98, 1],
        0,
        "cbab",
        Some((3, 4)),
    );
    // (?>a+)ab
    check(
        &[
            14, 4, 0, 3, 4294967295, 27, 9, 24, 6, 1, 4294967295, 16, 97, 1, 1, 16, 97, 16, 98, 1,
        ],
        0,
        "aaab",
        None,
    );
    // (a+)+$
    check(
        &[
            14, 4, 0, 1, 4294967295, 23, 14, 1, 4294967295, 17, 0, 24, 6, 1, 4294967295, 16, 97, 1,
            17, 1, 18, 6, 5, 1,
        ],
        1,
        "aaaaaaaaaaaaaaaab",
        None,
    );
    // (?:ab)*
    check(
        &[
            14, 4, 0, 0, 4294967295, 23, 7, 0, 4294967295, 16, 97, 16, 98, 18, 1,
        ],
        0,
        &"ab".repeat(20000),
        Some((0, 40000)),
    );
}

#[test]
fn groups_and_lastindex() {
    // (a)(b)?
    let code = [
        14, 8, 1, 1, 2, 1, 0, 97, 0, 17, 0, 16, 97, 17, 1, 23, 9, 0, 1, 17, 2, 16, 98, 17, 3, 18, 1,
    ];
    let text = b"ac";
    let mut st = State::new(&code, &text[..], 0, 2, 2);
    assert_eq!(st.pattern_match(), Ok(true));
    assert_eq!((st.start, st.ptr, st.lastindex), (0, 1, 1));
    assert_eq!(st.group_span(1), Some((0, 1)));
    assert_eq!(st.group_span(2), None);
}

#[test]
fn malformed_code_fails_without_panicking() {
    for code in [
        &[][..],
        &[15, 0][..],
        &[7, 0][..],
        &[24, 99, 1][..],
        &[17, 1000][..],
        &[13, 2, 10][..],
    ] {
        let text = b"abc";
        let mut st = State::new(code, &text[..], 0, 3, 1);
        let _ = st.search();
        let mut st = State::new(code, &text[..], 0, 3, 1);
        let _ = st.pattern_match();
    }
}

#[test]
fn interrupt_stops_a_long_match() {
    // (a+)+$ over many a's and a b: exponential; the interrupt check ends it.
    let code = [
        14, 4, 0, 1, 4294967295, 23, 14, 1, 4294967295, 17, 0, 24, 6, 1, 4294967295, 16, 97, 1, 17,
        1, 18, 6, 5, 1,
    ];
    let mut text = vec![b'a'; 60];
    text.push(b'b');
    let stop = || true;
    let mut st = State::new(&code, &text[..], 0, text.len(), 1);
    st.interrupt = Some(&stop);
    assert_eq!(st.search(), Err(SreError::Interrupted));
}
