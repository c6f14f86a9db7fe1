//! `repr` against the live CPythons: each test has CPython generate many values (seeded),
//! print a transport form (IEEE bits, hex of UTF-8-surrogatepass or raw bytes, a prefix
//! encoding for nested containers) with its `repr`, and compares ours.
//!
//! Tests skip (with a message) when a CPython version is not installed.

mod support;

use std::rc::Rc;

use krait_loader::repr::{self, DTSF_ADD_DOT_0, DTSF_ALT, DTSF_NO_NEG_0, DTSF_SIGN};
use krait_loader::{Const, PyStr, PyVersion};
use num_bigint::BigInt;

/// Runs `script` in CPython `v` with `input` on stdin; `None` when `v` is not installed.
fn run_python(v: PyVersion, script: &str, input: &str) -> Option<String> {
    support::run_python_args(v, &["-c", script], &[], input)
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).expect("hex"))
        .collect()
}

fn unhex_str(s: &str) -> String {
    String::from_utf8(unhex(s)).expect("utf-8")
}

fn bits(s: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(s, 16).expect("bits"))
}

/// Collects mismatches and fails with the first few.
struct Mismatches {
    what: String,
    count: usize,
    total: usize,
    shown: Vec<String>,
}

impl Mismatches {
    fn new(what: impl Into<String>) -> Self {
        Self {
            what: what.into(),
            count: 0,
            total: 0,
            shown: Vec::new(),
        }
    }
    fn check(&mut self, got: &str, want: &str, input: impl FnOnce() -> String) {
        self.total += 1;
        if got != want {
            self.count += 1;
            if self.shown.len() < 20 {
                self.shown
                    .push(format!("{}: got {got:?}, want {want:?}", input()));
            }
        }
    }
    fn finish(self, min_cases: usize) {
        assert!(
            self.count == 0,
            "{}: {} of {} differ:\n{}",
            self.what,
            self.count,
            self.total,
            self.shown.join("\n")
        );
        assert!(
            self.total >= min_cases,
            "{}: only {} cases",
            self.what,
            self.total
        );
        eprintln!("{}: {} cases match", self.what, self.total);
    }
}

/// Python that defines `floats()`: edge cases, boundaries and random bit patterns.
const FLOATS_PY: &str = r#"
import math, random, struct, sys
def b2f(b): return struct.unpack('<d', struct.pack('<Q', b))[0]
def f2b(x): return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]
def floats():
    r = random.Random(1234)
    out = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 0.25, 0.125, 0.375, 1/3, 2/3,
           math.pi, math.e, float('inf'), float('-inf'), float('nan'), -float('nan'),
           5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
           1.7976931348623157e308, 2**53, 2**53 + 1.0, 2**63, 2e16 + 8, 1e22, 1e23,
           9007199254740993.0, 123456789012345678.0, 0.0001, 0.00001, 1e-4, 9.999e-5,
           1234567890123456.0, 12345678901234567.0, 9999999999999998.0, 1e16, 1e15,
           1e17, 0.001, 0.01, 100.0, 1e100, 1e-100, 1e308, 1e-308, 1e-320]
    for k in range(-325, 310):
        x = float('1e%d' % k)
        out += [x, -x, math.nextafter(x, 0) if hasattr(math, 'nextafter') else x / 1.0000000001,
                x * 9.999999999999999, x * 5, x * 1.5]
    for e in range(-1075, 1024):
        out.append(math.ldexp(1.0, e))
    for _ in range(6000):
        out.append(b2f(r.getrandbits(64)))
    for _ in range(3000):
        out.append(round(r.uniform(-1e6, 1e6), r.randint(0, 12)))
    for _ in range(2000):
        out.append(r.randint(0, 2**60) / 2 ** r.randint(0, 70))
    for _ in range(1000):
        out.append(b2f(r.getrandbits(52)))  # subnormals
    for _ in range(1000):
        out.append(r.randint(-10**6, 10**6) + r.choice([0.5, 0.25, 0.125, 0.375, 0.0]))
    return [float(x) for x in out]
"#;

#[test]
fn float_repr_matches_cpython() {
    let script =
        format!("{FLOATS_PY}\nfor x in floats():\n    print(f2b(x), repr(x), str(x), sep='\\t')\n");
    for v in PyVersion::ALL {
        let Some(out) = run_python(v, &script, "") else {
            continue;
        };
        let mut m = Mismatches::new(format!("float repr {v}"));
        for line in out.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            let x = bits(f[0]);
            m.check(&repr::float_repr(x), f[1], || format!("{x:e} ({})", f[0]));
            m.check(&repr::float_str(x), f[2], || format!("str {x:e}"));
        }
        m.finish(20_000);
    }
}

/// Python `format()` specs and the `PyOS_double_to_string` call each one makes.
fn format_specs(with_z: bool) -> Vec<(String, char, usize, u32)> {
    let mut specs = Vec::new();
    for p in [0usize, 1, 2, 3, 5, 6, 10, 16, 17, 20, 25] {
        for code in ['e', 'f', 'g', 'E', 'F', 'G'] {
            specs.push((format!(".{p}{code}"), code, p, 0));
            specs.push((format!("#.{p}{code}"), code, p, DTSF_ALT));
            specs.push((format!("+.{p}{code}"), code, p, DTSF_SIGN));
            if with_z {
                specs.push((format!("z.{p}{code}"), code, p, DTSF_NO_NEG_0));
            }
        }
        // No type: 'g' that keeps a ".0" on integral values.
        specs.push((format!(".{p}"), 'g', p, DTSF_ADD_DOT_0));
    }
    specs.push((String::new(), 'r', 0, DTSF_ADD_DOT_0));
    specs.push(("+".into(), 'r', 0, DTSF_ADD_DOT_0 | DTSF_SIGN));
    specs.push((".60f".into(), 'f', 60, 0));
    specs.push((".40e".into(), 'e', 40, 0));
    specs.push((".330f".into(), 'f', 330, 0));
    specs
}

#[test]
fn format_float_matches_cpython() {
    for v in [PyVersion::V3_10, PyVersion::V3_13] {
        let specs = format_specs(v >= PyVersion::V3_11);
        let input: Vec<&str> = specs.iter().map(|s| s.0.as_str()).collect();
        // Fewer values than the repr test: every value runs through every spec.
        let script = format!(
            "{FLOATS_PY}\nspecs = sys.stdin.read().split('\\n')\nr = random.Random(7)\n\
             for x in r.sample(floats(), 4000) + floats()[:60]:\n    \
             print(f2b(x), *[format(x, s) for s in specs], sep='\\t')\n"
        );
        let Some(out) = run_python(v, &script, &input.join("\n")) else {
            continue;
        };
        let mut m = Mismatches::new(format!("format_float {v}"));
        for line in out.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            let x = bits(f[0]);
            for (k, (spec, code, p, flags)) in specs.iter().enumerate() {
                m.check(&repr::format_float(x, *code, *p, *flags), f[k + 1], || {
                    format!("format({x:e}, {spec:?})")
                });
            }
        }
        m.finish(100_000);
    }
}

#[test]
fn complex_repr_matches_cpython() {
    let script = format!(
        "{FLOATS_PY}\n\
         pool = [0.0, -0.0, 1.0, -1.0, 2.5, -0.1, 1e16, 1e-5, 1e300, -5e-324, 1e22,\n\
                 float('inf'), float('-inf'), float('nan'), -float('nan'), 1234567890123456.0]\n\
         vals = [(a, b) for a in pool for b in pool]\n\
         r = random.Random(99)\n\
         fs = floats()\n\
         vals += [(r.choice(fs), r.choice(fs)) for _ in range(5000)]\n\
         vals += [(0.0, r.choice(fs)) for _ in range(500)]\n\
         for a, b in vals:\n    print(f2b(a), f2b(b), repr(complex(a, b)), sep='\\t')\n"
    );
    let Some(out) = run_python(PyVersion::V3_13, &script, "")
        .or_else(|| run_python(PyVersion::V3_10, &script, ""))
    else {
        return;
    };
    let mut m = Mismatches::new("complex repr");
    for line in out.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let (re, im) = (bits(f[0]), bits(f[1]));
        m.check(&repr::complex_repr(re, im), f[2], || {
            format!("({re:e}, {im:e})")
        });
    }
    m.finish(5_000);
}

/// Strings: every ASCII/latin-1 character alone, the edges of every non-printable range of
/// this version, surrogates, quotes, and random mixtures.
const STRINGS_PY: &str = r#"
import random, sys
r = random.Random(4321)
def edges():
    out = []
    prev = True
    for cp in range(0x110000):
        p = chr(cp).isprintable()
        if p != prev:
            out += [cp - 1, cp]
        prev = p
    return [c for c in out if 0 <= c < 0x110000]
E = edges()
strs = [chr(c) for c in range(0x200)] + [chr(c) for c in E]
strs += ['', "'", '"', "'\"", "a'b", 'a"b', "\\", "\\'", "'''", '"""', "it's \"x\""]
strs += [chr(c) for c in range(0xD7F0, 0xE010)]
pools = [
    lambda: r.randint(0, 0x7F),
    lambda: r.randint(0x80, 0xFF),
    lambda: r.randint(0x100, 0xFFFF),
    lambda: r.randint(0xD800, 0xDFFF),
    lambda: r.randint(0x10000, 0x10FFFF),
    lambda: r.choice(E),
    lambda: r.choice([0x27, 0x22, 0x5C, 9, 10, 13, 0, 0x7F, 0x20]),
]
for _ in range(6000):
    n = r.randint(1, 12)
    strs.append(''.join(chr(r.choice(pools)()) for _ in range(n)))
for s in strs:
    print(s.encode('utf-8', 'surrogatepass').hex(), repr(s).encode('utf-8').hex())
"#;

#[test]
fn str_repr_matches_cpython() {
    for v in PyVersion::ALL {
        let Some(out) = run_python(v, STRINGS_PY, "") else {
            continue;
        };
        let mut m = Mismatches::new(format!("str repr {v}"));
        for line in out.lines() {
            let (s, want) = line.split_once(' ').expect("two fields");
            let s = PyStr::from_utf8_surrogatepass(&unhex(s)).expect("valid");
            let want = unhex_str(want);
            m.check(&repr::str_repr_v(&s, v), &want, || {
                format!("{:x?}", s.code_points().collect::<Vec<_>>())
            });
            if v == PyVersion::V3_13 {
                m.check(&repr::str_repr(&s), &want, || "latest".into());
            }
        }
        m.finish(8_000);
    }
}

#[test]
fn is_printable_matches_cpython_everywhere() {
    // Every code point, per version: the table is exactly str.isprintable.
    let script = "import sys\nsys.stdout.write(''.join('1' if chr(c).isprintable() else '0' \
                  for c in range(0x110000)))";
    for v in PyVersion::ALL {
        let Some(out) = run_python(v, script, "") else {
            continue;
        };
        let bad: Vec<u32> = out
            .bytes()
            .enumerate()
            .filter(|&(cp, b)| repr::is_printable(cp as u32, v) != (b == b'1'))
            .map(|(cp, _)| cp as u32)
            .take(10)
            .collect();
        assert!(bad.is_empty(), "{v}: is_printable differs at {bad:x?}");
        assert_eq!(out.len(), 0x110000);
    }
}

#[test]
fn bytes_repr_matches_cpython() {
    let script = r#"
import random
r = random.Random(55)
vals = [bytes([b]) for b in range(256)] + [b'', b"'", b'"', b"'\"", b"a'b", b'\\', bytes(range(256))]
alphabet = [0x27, 0x22, 0x5C, 9, 10, 13, 0, 0x7F, 0x80, 0xFF, 0x20, 0x61]
for _ in range(4000):
    n = r.randint(1, 16)
    if r.random() < 0.5:
        vals.append(bytes(r.choice(alphabet) for _ in range(n)))
    else:
        vals.append(bytes(r.getrandbits(8) for _ in range(n)))
for b in vals:
    print(b.hex(), repr(b).encode().hex())
"#;
    let Some(out) = run_python(PyVersion::V3_13, script, "")
        .or_else(|| run_python(PyVersion::V3_10, script, ""))
    else {
        return;
    };
    let mut m = Mismatches::new("bytes repr");
    for line in out.lines() {
        let (b, want) = line.split_once(' ').expect("two fields");
        let b = unhex(b);
        m.check(&repr::bytes_repr(&b), &unhex_str(want), || {
            format!("{b:x?}")
        });
    }
    m.finish(4_000);
}

#[test]
fn int_repr_matches_cpython() {
    let script = r#"
import random
r = random.Random(77)
vals = [0, 1, -1, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64, 10**18, 10**19, -10**30]
vals += [r.getrandbits(r.randint(1, 400)) * r.choice([1, -1]) for _ in range(3000)]
for v in vals:
    print(format(v, 'x'), repr(v))
"#;
    let Some(out) = run_python(PyVersion::V3_13, script, "")
        .or_else(|| run_python(PyVersion::V3_10, script, ""))
    else {
        return;
    };
    let mut m = Mismatches::new("int repr");
    for line in out.lines() {
        let (h, want) = line.split_once(' ').expect("two fields");
        let (neg, digits) = match h.strip_prefix('-') {
            Some(d) => (true, d),
            None => (false, h),
        };
        let mut i = BigInt::parse_bytes(digits.as_bytes(), 16).expect("hex int");
        if neg {
            i = -i;
        }
        m.check(&repr::int_repr(&i), want, || h.to_string());
    }
    m.finish(3_000);
}

/// Parses the prefix encoding of `NESTED_PY` into a `Const`.
fn parse_const(s: &mut &str) -> Const {
    let tag = s.as_bytes()[0];
    *s = &s[1..];
    let mut field = || {
        let end = s.find(';').expect("field end");
        let f = &s[..end];
        *s = &s[end + 1..];
        f.to_string()
    };
    match tag {
        b'N' => Const::None,
        b'T' => Const::Bool(true),
        b'F' => Const::Bool(false),
        b'E' => Const::Ellipsis,
        b'i' => Const::Int(field().parse().expect("int")),
        b'f' => Const::Float(bits(&field())),
        b'c' => {
            let f = field();
            let (a, b) = f.split_once(',').expect("complex");
            Const::Complex {
                re: bits(a),
                im: bits(b),
            }
        }
        b's' => Const::Str(PyStr::from_utf8_surrogatepass(&unhex(&field())).expect("str")),
        b'b' => Const::Bytes(Rc::from(unhex(&field()))),
        b't' | b'z' | b'l' | b'S' => {
            let n: usize = field().parse().expect("len");
            let items: Rc<[Const]> = (0..n).map(|_| parse_const(s)).collect();
            match tag {
                b't' => Const::Tuple(items),
                b'z' => Const::FrozenSet(items),
                b'l' => Const::List(items),
                _ => Const::Set(items),
            }
        }
        b'd' => {
            let n: usize = field().parse().expect("len");
            let pairs: Rc<[(Const, Const)]> =
                (0..n).map(|_| (parse_const(s), parse_const(s))).collect();
            Const::Dict(pairs)
        }
        other => panic!("unknown tag {}", other as char),
    }
}

const NESTED_PY: &str = r#"
import random, struct
r = random.Random(2024)
def f2b(x): return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]
def enc(v):
    if v is None: return 'N'
    if v is True: return 'T'
    if v is False: return 'F'
    if v is Ellipsis: return 'E'
    if isinstance(v, int): return 'i%d;' % v
    if isinstance(v, float): return 'f%s;' % f2b(v)
    if isinstance(v, complex): return 'c%s,%s;' % (f2b(v.real), f2b(v.imag))
    if isinstance(v, str): return 's%s;' % v.encode('utf-8', 'surrogatepass').hex()
    if isinstance(v, bytes): return 'b%s;' % v.hex()
    if isinstance(v, tuple): return 't%d;' % len(v) + ''.join(enc(x) for x in v)
    if isinstance(v, frozenset): return 'z%d;' % len(v) + ''.join(enc(x) for x in v)
    if isinstance(v, list): return 'l%d;' % len(v) + ''.join(enc(x) for x in v)
    if isinstance(v, set): return 'S%d;' % len(v) + ''.join(enc(x) for x in v)
    if isinstance(v, dict): return 'd%d;' % len(v) + ''.join(enc(k) + enc(x) for k, x in v.items())
    raise TypeError(v)
def leaf():
    k = r.randint(0, 9)
    if k == 0: return r.choice([None, True, False, Ellipsis])
    if k == 1: return r.randint(-10**20, 10**20)
    if k == 2: return r.choice([0.0, -0.0, 1.5, 1e16, 1e-5, float('inf'), float('nan'), r.random()])
    if k == 3: return complex(r.choice([0.0, -0.0, 1.0]), r.choice([0.0, -0.0, 2.5, float('inf')]))
    if k == 4: return ''.join(chr(r.choice([0x27, 0x22, 0x61, 0xE9, 0xA0, 0xD800, 0x1F600, 10]))
                              for _ in range(r.randint(0, 4)))
    if k == 5: return bytes(r.getrandbits(8) for _ in range(r.randint(0, 4)))
    return r.randint(-5, 5)
def hashable(d):
    if d <= 0 or r.random() < 0.3: return leaf()
    n = r.randint(0, 4)
    items = [hashable(d - 1) for _ in range(n)]
    if r.random() < 0.6: return tuple(items)
    return frozenset(items)
def value(d):
    if d <= 0 or r.random() < 0.2: return hashable(2)
    n = r.randint(0, 4)
    k = r.randint(0, 4)
    if k == 0: return [value(d - 1) for _ in range(n)]
    if k == 1: return {hashable(2): value(d - 1) for _ in range(n)}
    if k == 2: return {hashable(2) for _ in range(n)}
    return hashable(d)
vals = [(), (1,), (1, 2), frozenset(), frozenset({1, 2}), [], {}, set(), ((),), (frozenset(),)]
vals += [value(4) for _ in range(3000)]
for v in vals:
    print(enc(v), repr(v).encode().hex())
"#;

#[test]
fn const_repr_matches_cpython() {
    for v in [PyVersion::V3_10, PyVersion::V3_13] {
        let Some(out) = run_python(v, NESTED_PY, "") else {
            continue;
        };
        let mut m = Mismatches::new(format!("const repr {v}"));
        for line in out.lines() {
            let (enc, want) = line.split_once(' ').expect("two fields");
            let mut rest = enc;
            let c = parse_const(&mut rest);
            assert!(rest.is_empty(), "trailing encoding: {rest}");
            m.check(&repr::const_repr_v(&c, v), &unhex_str(want), || {
                enc.to_string()
            });
        }
        m.finish(3_000);
    }
}

#[test]
fn printable_table_is_current() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut pythons = Vec::new();
    for v in PyVersion::ALL {
        match support::python(v) {
            Some(p) => pythons.push((v, p)),
            None => {
                eprintln!("skipping: CPython {v} not installed");
                return;
            }
        }
    }
    let mut cmd = std::process::Command::new(&pythons[pythons.len() - 1].1);
    cmd.arg(root.join("scripts/gen_unicode_printable.py"))
        .arg("--stdout");
    for (v, p) in &pythons {
        cmd.arg("--python").arg(format!("{v}={}", p.display()));
    }
    let out = cmd.output().expect("run generator");
    assert!(
        out.status.success(),
        "generator failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let current =
        std::fs::read_to_string(root.join("crates/loader/src/repr/printable.rs")).unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout) == current,
        "printable.rs is stale: run scripts/gen_unicode_printable.py"
    );
}

/// A heavier sweep of shortest-digit ties and random bit patterns (`--ignored`: slow).
#[test]
#[ignore]
fn float_repr_stress() {
    let script = r#"
import random, struct
r = random.Random(31337)
def f2b(x): return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]
def b2f(b): return struct.unpack('<d', struct.pack('<Q', b))[0]
vals = [r.randint(2**50, 2**53) / 2 ** r.randint(0, 14) for _ in range(200000)]
vals += [r.randint(2**50, 2**53) * 2 ** r.randint(0, 20) for _ in range(50000)]
vals += [b2f(r.getrandbits(64)) for _ in range(200000)]
for x in vals:
    x = float(x)
    print(f2b(x), repr(x), format(x, '.17g'), format(x, '.3e'), sep='\t')
"#;
    let Some(out) = run_python(PyVersion::V3_13, script, "") else {
        return;
    };
    let mut m = Mismatches::new("float repr stress");
    for line in out.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let x = bits(f[0]);
        m.check(&repr::float_repr(x), f[1], || format!("{x:e}"));
        m.check(&repr::format_float(x, 'g', 17, 0), f[2], || {
            format!("g17 {x:e}")
        });
        m.check(&repr::format_float(x, 'e', 3, 0), f[3], || {
            format!("e3 {x:e}")
        });
    }
    m.finish(400_000);
}
