//! marshal reader/writer/resolver: every type code, hostile input, and agreement with the
//! live CPython of each version.

mod support;

use std::process::Command;

use krait_loader::marshal::{self, tc, Kind, Node, StrForm};
use krait_loader::{Const, LoadError, PyStr, PyVersion};
use num_bigint::BigInt;

const V: PyVersion = PyVersion::V3_12;

/// `marshal.dumps(<expr>, <mversion>)` by the live CPython `v`, or None when not installed.
fn dumps(v: PyVersion, setup: &str, expr: &str, mversion: u8) -> Option<Vec<u8>> {
    let py = support::python(v)?;
    let script = format!(
        "import marshal, sys\n{setup}\nsys.stdout.buffer.write(marshal.dumps({expr}, {mversion}))"
    );
    let out = Command::new(py).args(["-c", &script]).output().ok()?;
    assert!(
        out.status.success(),
        "python {v} failed on {expr}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(out.stdout)
}

fn read_ok(bytes: &[u8]) -> Node {
    match marshal::read(bytes, V) {
        Ok(n) => n,
        Err(e) => panic!("reading {bytes:02x?}: {e}"),
    }
}

fn resolve_ok(bytes: &[u8]) -> Const {
    let node = read_ok(bytes);
    match marshal::resolve(&node, V) {
        Ok(c) => c,
        Err(e) => panic!("resolving {bytes:02x?}: {e}"),
    }
}

/// The error of reading `bytes` (offset, message).
fn read_err(bytes: &[u8]) -> (usize, String) {
    match marshal::read(bytes, V) {
        Ok(n) => panic!("reading {bytes:02x?} should fail, got {n:?}"),
        Err(LoadError::Malformed { offset, what }) => (offset, what),
        Err(e) => panic!("unexpected error {e:?}"),
    }
}

fn int(c: &Const) -> BigInt {
    match c {
        Const::Int(i) => i.clone(),
        other => panic!("not an int: {other:?}"),
    }
}

/// Round-trips bytes through read and write.
fn assert_round_trip(bytes: &[u8]) {
    let node = read_ok(bytes);
    assert_eq!(marshal::write(&node, V), bytes, "{node:?}");
}

// ---- every type code, hand-built ----------------------------------------------------------

#[test]
fn singletons_and_null_terminated_dict() {
    for (b, code) in [
        (b'N', tc::NONE),
        (b'T', tc::TRUE),
        (b'F', tc::FALSE),
        (b'S', tc::STOPITER),
        (b'.', tc::ELLIPSIS),
    ] {
        let n = read_ok(&[b]);
        assert_eq!(n.kind.type_code(), code);
        assert_round_trip(&[b]);
        // FLAG_REF on a singleton is kept but takes no index.
        assert_round_trip(&[b | 0x80]);
        assert!(read_ok(&[b | 0x80]).flag_ref);
    }
    assert!(matches!(resolve_ok(b"N"), Const::None));
    assert!(matches!(resolve_ok(b"T"), Const::Bool(true)));
    assert!(matches!(resolve_ok(b"F"), Const::Bool(false)));
    assert!(matches!(resolve_ok(b"S"), Const::StopIteration));
    assert!(matches!(resolve_ok(b"."), Const::Ellipsis));
    // NULL alone is not an object.
    assert_eq!(read_err(b"0").1, "NULL object where an object was expected");
}

#[test]
fn ints() {
    let b = [b'i', 0xFE, 0xFF, 0xFF, 0xFF];
    assert_eq!(read_ok(&b).kind, Kind::Int(-2));
    assert_eq!(int(&resolve_ok(&b)), BigInt::from(-2));
    assert_round_trip(&b);
    // Legacy TYPE_INT64, which 3.10-3.13 still read.
    let mut b = vec![b'I'];
    b.extend_from_slice(&(-5_000_000_000i64).to_le_bytes());
    assert_eq!(int(&resolve_ok(&b)), BigInt::from(-5_000_000_000i64));
    assert_round_trip(&b);
    // TYPE_LONG: -(1 + 2*2**15) with two digits.
    let b = [b'l', 0xFE, 0xFF, 0xFF, 0xFF, 1, 0, 2, 0];
    assert_eq!(int(&resolve_ok(&b)), BigInt::from(-(1 + 2 * 32768)));
    assert_round_trip(&b);
    assert_eq!(
        read_ok(&b).kind,
        Kind::Long {
            negative: true,
            digits: vec![1, 2]
        }
    );
    // zero digits is zero.
    assert_eq!(int(&resolve_ok(&[b'l', 0, 0, 0, 0])), BigInt::from(0));
    // A digit with bit 15 set, and an unnormalized top digit, are refused like CPython.
    let (at, what) = read_err(&[b'l', 1, 0, 0, 0, 0, 0x80]);
    assert_eq!(
        (at, what.as_str()),
        (5, "long digit 0x8000 out of range (15-bit digits)")
    );
    let (at, what) = read_err(&[b'l', 2, 0, 0, 0, 1, 0, 0, 0]);
    assert_eq!(
        (at, what.as_str()),
        (7, "unnormalized long (top digit is zero)")
    );
    // Hand-built ints pick 'i' or 'l' as CPython does.
    assert_eq!(Node::int(7).kind, Kind::Int(7));
    assert!(matches!(Node::int(1 << 40).kind, Kind::Long { .. }));
    let big: BigInt = (BigInt::from(1) << 200usize) - BigInt::from(3);
    let c = marshal::resolve(&Node::big_int(&-big.clone()), V).unwrap();
    assert_eq!(int(&c), -big);
}

#[test]
fn floats_and_complex() {
    let mut b = vec![b'g'];
    b.extend_from_slice(&1.5f64.to_bits().to_le_bytes());
    assert!(matches!(resolve_ok(&b), Const::Float(x) if x == 1.5));
    assert_round_trip(&b);
    // NaN payload bits survive.
    let mut b = vec![b'g'];
    b.extend_from_slice(&0x7FF8_0000_0000_1234u64.to_le_bytes());
    assert_round_trip(&b);
    let mut b = vec![b'y'];
    b.extend_from_slice(&1.0f64.to_bits().to_le_bytes());
    b.extend_from_slice(&(-2.0f64).to_bits().to_le_bytes());
    assert!(matches!(resolve_ok(&b), Const::Complex { re, im } if re == 1.0 && im == -2.0));
    assert_round_trip(&b);
    // Text forms keep the text exactly.
    let b = b"f\x0401.5";
    assert!(matches!(resolve_ok(b), Const::Float(x) if x == 1.5));
    assert_round_trip(b);
    let b = b"x\x031.0\x04-inf";
    assert!(
        matches!(resolve_ok(b), Const::Complex { re, im } if re == 1.0 && im == f64::NEG_INFINITY)
    );
    assert_round_trip(b);
    assert_eq!(
        read_err(b"f\x03abc"),
        (2, "invalid float text \"abc\"".into())
    );
}

#[test]
fn strings_of_every_form() {
    let cases: &[(&[u8], StrForm, &str)] = &[
        (b"s\x03\x00\x00\x00abc", StrForm::Unicode, ""), // bytes, form unused
        (b"u\x02\x00\x00\x00\xc3\xa9", StrForm::Unicode, "\u{e9}"),
        (b"t\x02\x00\x00\x00\xc3\xa9", StrForm::Interned, "\u{e9}"),
        (b"a\x03\x00\x00\x00abc", StrForm::Ascii, "abc"),
        (b"A\x03\x00\x00\x00abc", StrForm::AsciiInterned, "abc"),
        (b"z\x03abc", StrForm::ShortAscii, "abc"),
        (b"Z\x03abc", StrForm::ShortAsciiInterned, "abc"),
    ];
    for &(b, form, s) in cases {
        assert_round_trip(b);
        match (&read_ok(b).kind, resolve_ok(b)) {
            (Kind::Bytes(_), Const::Bytes(v)) => assert_eq!(&v[..], b"abc"),
            (Kind::Str { form: f, .. }, Const::Str(v)) => {
                assert_eq!(*f, form);
                assert_eq!(v.as_str(), Some(s));
            }
            other => panic!("{other:?}"),
        }
    }
    // A lone surrogate (surrogatepass) is a valid 'u' string.
    let b = b"u\x03\x00\x00\x00\xed\xb2\x80";
    match resolve_ok(b) {
        Const::Str(s) => assert_eq!(s.code_points().collect::<Vec<_>>(), vec![0xDC80]),
        other => panic!("{other:?}"),
    }
    // One-byte forms holding non-ASCII bytes are Latin-1, as CPython reads them.
    let b = b"z\x01\xe9";
    assert_round_trip(b);
    assert!(matches!(resolve_ok(b), Const::Str(s) if s.as_str() == Some("\u{e9}")));
    // Invalid UTF-8 is refused where the string's bytes start.
    assert_eq!(
        read_err(b"u\x01\x00\x00\x00\xff"),
        (5, "invalid UTF-8 in string".into())
    );
    // Hand-built strings choose CPython's form.
    assert!(matches!(
        Node::str("abc", true).kind,
        Kind::Str {
            form: StrForm::ShortAsciiInterned,
            ..
        }
    ));
    assert!(matches!(
        Node::str("x".repeat(300), false).kind,
        Kind::Str {
            form: StrForm::Ascii,
            ..
        }
    ));
    assert!(matches!(
        Node::str("\u{e9}", false).kind,
        Kind::Str {
            form: StrForm::Unicode,
            ..
        }
    ));
}

#[test]
fn containers() {
    let b = b")\x02NT";
    assert_round_trip(b);
    assert!(matches!(resolve_ok(b), Const::Tuple(t) if t.len() == 2));
    let b = b"(\x02\x00\x00\x00NT";
    assert_round_trip(b);
    assert!(matches!(read_ok(b).kind, Kind::Tuple { small: false, .. }));
    let b = b"[\x01\x00\x00\x00N";
    assert_round_trip(b);
    assert!(matches!(resolve_ok(b), Const::List(t) if t.len() == 1));
    let b = b"<\x01\x00\x00\x00T";
    assert_round_trip(b);
    assert!(matches!(resolve_ok(b), Const::Set(t) if t.len() == 1));
    let b = b">\x02\x00\x00\x00TF";
    assert_round_trip(b);
    assert!(matches!(resolve_ok(b), Const::FrozenSet(t) if t.len() == 2));
    let b = b"{NTF.0";
    assert_round_trip(b);
    assert!(matches!(resolve_ok(b), Const::Dict(d) if d.len() == 2));
    // A NULL value ends the dict and drops the key (CPython: marshal.loads(b'{N0') == {}),
    // and the terminator's FLAG_REF bit is kept.
    let b = b"{N\xb0";
    assert_round_trip(b);
    assert!(matches!(resolve_ok(b), Const::Dict(d) if d.is_empty()));
    // Hand-built dicts get their terminator.
    let d = Node::dict(vec![(Node::int(1), Node::none())]);
    assert_eq!(marshal::write(&d, V), b"{i\x01\x00\x00\x00N0");
    // NULL inside a tuple is refused.
    assert_eq!(read_err(b")\x020N"), (2, "NULL object in tuple".into()));
}

#[test]
fn references_number_like_cpython() {
    // A tuple with FLAG_REF takes index 0 before its children; the string inside takes 1.
    // (str 'a' [index 1], ref 1, int 5 [index 2]).
    let b = b"\xa9\x03\xfa\x01ar\x01\x00\x00\x00\xe9\x05\x00\x00\x00";
    assert_round_trip(b);
    match resolve_ok(b) {
        Const::Tuple(t) => {
            assert!(
                matches!((&t[0], &t[1]), (Const::Str(a), Const::Str(b)) if a == b && a.as_str() == Some("a"))
            );
            assert_eq!(int(&t[2]), BigInt::from(5));
        }
        other => panic!("{other:?}"),
    }
    // Reference 0 here would name the tuple itself: a cycle, refused at resolve.
    let b = b"\xa9\x01r\x00\x00\x00\x00";
    let node = read_ok(b);
    let e = marshal::resolve(&node, V).unwrap_err().to_string();
    assert!(e.contains("still being built"), "{e}");
    // Out-of-range references are refused when read.
    assert_eq!(
        read_err(b")\x02\xe9\x01\x00\x00\x00r\x0c\x00\x00\x00"),
        (7, "reference 12 out of range (1 objects)".into())
    );
    assert_eq!(
        read_err(b"r\xff\xff\xff\xff"),
        (0, "reference -1 out of range (0 objects)".into())
    );
    // FLAG_REF on a reference is kept and takes no index.
    assert_round_trip(b")\x02\xe9\x01\x00\x00\x00\xf2\x00\x00\x00\x00");
}

#[test]
fn hostile_input_is_bounded() {
    assert_eq!(
        read_err(b""),
        (0, "truncated: expected an object, found end of data".into())
    );
    assert_eq!(read_err(b"?"), (0, "unknown type code 0x3f".into()));
    assert_eq!(read_err(b"\xbf"), (0, "unknown type code 0x3f".into()));
    let (at, what) = read_err(b"s\xe8\x03\x00\x00ab");
    assert_eq!(
        (at, what.as_str()),
        (5, "truncated: bytes of 1000 bytes needs 998 more")
    );
    let (at, what) = read_err(b"u\xe8\x03\x00\x00ab");
    assert_eq!(
        (at, what.as_str()),
        (5, "truncated: string of 1000 bytes needs 998 more")
    );
    // A 2**31-1 item tuple in a 5-byte input: refused before allocating.
    let (at, what) = read_err(b"(\xff\xff\xff\x7f");
    assert_eq!(
        (at, what.as_str()),
        (
            5,
            "truncated: tuple of 2147483647 items cannot fit in the 0 bytes left"
        )
    );
    assert_eq!(
        read_err(b"[\xff\xff\xff\xff"),
        (1, "negative list size -1".into())
    );
    assert_eq!(
        read_err(b"i\x01\x00"),
        (1, "truncated: int of 4 bytes needs 2 more".into())
    );
    let (at, what) = read_err(b"l\xff\xff\xff\x7f");
    assert_eq!(
        (at, what.as_str()),
        (
            5,
            "truncated: long of 4294967294 bytes needs 4294967294 more"
        )
    );
    // Nesting: 2000 levels read (as CPython), 2001 do not.
    let mut ok = b")\x01".repeat(1999);
    ok.push(b'N');
    let mut deep = b")\x01".repeat(2000);
    deep.push(b'N');
    // Run on a thread with the default test stack to show recursion stays bounded.
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            let node = read_ok(&ok);
            assert_eq!(marshal::write(&node, V), ok);
            marshal::resolve(&node, V).unwrap();
            assert_eq!(read_err(&deep), (4000, "nesting deeper than 2000".into()));
        })
        .unwrap()
        .join()
        .unwrap();
    // Trailing bytes are ignored, as marshal.loads ignores them.
    assert_eq!(read_ok(b"Ngarbage").kind, Kind::None);
}

// ---- agreement with the live CPython ------------------------------------------------------

/// (setup, expression, marshal version) covering every type code CPython writes.
const LIVE: &[(&str, &str, u8)] = &[
    ("", "None", 4),
    ("", "(True, False, StopIteration, Ellipsis)", 4),
    ("", "(0, -1, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**100, -2**100, 2**15, 2**30)", 4),
    ("", "(1.5, -0.0, float('inf'), float('nan'), 1e300)", 4),
    ("", "(1.5, -0.0, 1e300, float('inf'))", 1),
    ("", "(1+2j, -0.5j)", 4),
    ("", "(1+2j, -0.5j)", 1),
    ("", "(b'', b'abc', bytes(range(256)))", 4),
    ("", "('', 'abc', ' x' * 150, '\\u00e9t\\u00e9', '\\udc80', '\\U0001f600')", 4),
    ("", "(sys.intern('abc'), sys.intern('y' * 300), sys.intern('\\u00e9'))", 4),
    ("", "(sys.intern('abc'), 'abc' + str(len('x')))", 3),
    ("", "('abc', '\\u00e9')", 2),
    ("", "((), (1,), tuple(range(300)), [1, [2, []]])", 4),
    ("", "{1: 'a', 'b': (2, 3), None: {}}", 4),
    ("", "({1, 2, 3}, frozenset({'a'}), frozenset(), set())", 4),
    ("s = 'sh' + 'ared'*3; t = (s, 2**40)", "(s, s, t, t, [s], {s: s})", 4),
    (
        "src = 'def f(a, /, b, *c, d, **e):\\n  x = a\\n  def g(): return x, b\\n  return g\\nclass C:\\n  def m(self): return __class__\\n'\ncode = compile(src, 'm.py', 'exec')",
        "code",
        4,
    ),
];

#[test]
fn every_type_code_against_live_cpython() {
    let mut seen = std::collections::BTreeSet::new();
    for v in PyVersion::ALL {
        if support::python(v).is_none() {
            eprintln!("skipping {v}: no CPython {v} found");
            continue;
        }
        for &(setup, expr, mv) in LIVE {
            let Some(bytes) = dumps(v, setup, expr, mv) else {
                continue;
            };
            let node = marshal::read(&bytes, v).unwrap_or_else(|e| panic!("{v} {expr}: {e}"));
            assert_eq!(marshal::write(&node, v), bytes, "{v} {expr}");
            marshal::resolve(&node, v).unwrap_or_else(|e| panic!("{v} {expr}: {e}"));
            collect_codes(&node, &mut seen);
        }
    }
    if !seen.is_empty() {
        let all: std::collections::BTreeSet<u8> =
            b"NFTS.iglfxysutaAzZ()[{<>cr".iter().copied().collect();
        let missing: Vec<char> = all.difference(&seen).map(|&c| c as char).collect();
        assert!(
            missing.is_empty(),
            "type codes not produced by CPython here: {missing:?}"
        );
    }
}

fn collect_codes(n: &Node, seen: &mut std::collections::BTreeSet<u8>) {
    seen.insert(n.kind.type_code());
    for c in n.children() {
        collect_codes(c, seen);
    }
}

#[test]
fn self_referencing_list_reads_but_does_not_resolve() {
    for v in PyVersion::ALL {
        let Some(bytes) = dumps(v, "l = []; l.append(l)", "l", 4) else {
            continue;
        };
        assert_eq!(bytes, b"\xdb\x01\x00\x00\x00r\x00\x00\x00\x00");
        let node = marshal::read(&bytes, v).unwrap();
        assert_eq!(marshal::write(&node, v), bytes);
        assert!(marshal::resolve(&node, v).is_err());
    }
}

#[test]
fn resolved_values_match_cpython() {
    // Values that resolve to something we can compare exactly.
    for v in PyVersion::ALL {
        let Some(bytes) = dumps(
            v,
            "",
            "(2**100, -2**31 - 1, 'h\\u00e9', b'\\x00\\xff', 0.1, sys.intern('q'))",
            4,
        ) else {
            continue;
        };
        let c = marshal::resolve(&marshal::read(&bytes, v).unwrap(), v).unwrap();
        let Const::Tuple(t) = c else { panic!() };
        assert_eq!(int(&t[0]), BigInt::from(1) << 100usize);
        assert_eq!(int(&t[1]), BigInt::from(-(1i64 << 31) - 1));
        assert!(matches!(&t[2], Const::Str(s) if *s == PyStr::from("h\u{e9}")));
        assert!(matches!(&t[3], Const::Bytes(b) if &b[..] == b"\x00\xff"));
        assert!(matches!(&t[4], Const::Float(x) if *x == 0.1));
        assert!(matches!(&t[5], Const::Str(s) if s.as_str() == Some("q")));
    }
}
