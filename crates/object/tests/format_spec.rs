//! `format(value, spec)` for int, float and str against live CPythons: thousands of
//! random specs built from every mini-language component, plus random junk.

#[path = "../../loader/tests/support/mod.rs"]
mod support;

use krait_loader::PyVersion;
use krait_object::format_spec::{format_float, format_int, format_str};
use krait_object::num::int::Int;
use krait_object::NumError;
use num_bigint::BigInt;

const SCRIPT: &str = r#"
import random, struct, sys
r = random.Random(31337)
out = []
def fb(x): return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]
def hx(s): return s.encode('utf-8', 'surrogatepass').hex()
def res(f):
    try: v = f()
    except Exception as e: return 'err:%s:%s' % (type(e).__name__, e)
    return 'ok:' + hx(v)
def emit(*a): out.append('\t'.join(map(str, a)))
fills = ['', '', '', '*', '0', '\xe9', ' ', '<', '\u4e00', '\U0001f600', '_', ',']
aligns = ['', '', '<', '>', '=', '^']
signs = ['', '', '+', '-', ' ']
zs = ['', '', '', 'z']
alts = ['', '', '#']
zeros = ['', '', '0']
widths = ['', '', '1', '5', '12', '25', '\u0661\u0662']
groups = ['', '', ',', '_']
precs = ['', '', '.0', '.1', '.3', '.6', '.12', '.17', '.25', '.']
itypes = ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'f', 'g', '%', 's', 'r', 'z', '\xe9', '\n']
ftypes = ['', '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 'x', 'c']
stypes = ['', '', 's', 'd', 'r']
def spec(types):
    f = r.choice(fills)
    a = r.choice(aligns)
    if f and not a: a = '<'
    return f + a + r.choice(signs) + r.choice(zs) + r.choice(alts) + r.choice(zeros) + r.choice(widths) + r.choice(groups) + r.choice(precs) + r.choice(types)
def junk():
    return ''.join(r.choice('<>=^+- z#0123456789,_.bcdoxXneEfFgG%s') for _ in range(r.randrange(1, 6)))
ints = [0, 1, -1, 7, 255, -255, 1234567, -1234567, 65, 0x10ffff, 0x110000, 2**63, -2**63, 10**30, -10**30, 2**70]
fls = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.125, 1e16, 1e-5, 1e-4, 123456.789, -9876543.21, 1e300, 5e-324, 1e22,
       float('inf'), float('-inf'), float('nan'), 0.1, 100.0, 1e15, 9.999999999e-5, 999999.5]
strs = ['', 'a', 'abc', 'hello world', '\xe9t\xe9', '\u4e00\u4e8c', '\U0001f600x']
for i in range(6000):
    s = spec(itypes) if r.random() < 0.85 else junk()
    v = r.choice(ints) if r.random() < 0.5 else r.getrandbits(r.choice([3, 10, 40, 64, 100])) * r.choice([1, -1])
    emit('i', hx(s), v, res(lambda: format(v, s)))
for i in range(6000):
    s = spec(ftypes) if r.random() < 0.85 else junk()
    c = r.random()
    if c < 0.4: v = r.choice(fls)
    elif c < 0.7: v = struct.unpack('<d', struct.pack('<Q', r.getrandbits(64)))[0]
    else: v = r.choice([1, -1]) * r.random() * 10.0 ** r.randrange(-8, 20)
    emit('f', hx(s), fb(v), res(lambda: format(v, s)))
for i in range(3000):
    s = spec(stypes) if r.random() < 0.85 else junk()
    v = r.choice(strs)
    emit('s', hx(s), hx(v), res(lambda: format(v, s)))
print('\n'.join(out))
"#;

fn unhex(s: &str) -> String {
    let bytes: Vec<u8> = (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).expect("hex"))
        .collect();
    String::from_utf8(bytes).expect("utf-8")
}

fn hex(s: &str) -> String {
    s.bytes().map(|b| format!("{b:02x}")).collect()
}

fn show(r: Result<String, NumError>) -> String {
    match r {
        Ok(s) => format!("ok:{}", hex(&s)),
        Err(e) => format!("err:{}:{}", e.kind.name(), e.message),
    }
}

fn check(v: PyVersion) -> usize {
    let Some(out) = support::run_python(v, &[], SCRIPT) else {
        return 0;
    };
    let mut n = 0;
    for line in out.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let spec = unhex(f[1]);
        let got = match f[0] {
            "i" => {
                let val = Int::from_big(f[2].parse::<BigInt>().expect("int"));
                show(format_int(&val, &spec, v, 4300))
            }
            "f" => {
                let x = f64::from_bits(u64::from_str_radix(f[2], 16).expect("bits"));
                show(format_float(x, &spec, v))
            }
            _ => show(format_str(&unhex(f[2]), &spec, v)),
        };
        assert_eq!(got, f[3], "3.{}: format({}, {spec:?})", v.minor(), f[2]);
        n += 1;
    }
    n
}

#[test]
fn format_specs_match_cpython() {
    let mut n = 0;
    for v in [PyVersion::V3_10, PyVersion::V3_11, PyVersion::V3_13] {
        n += check(v);
    }
    eprintln!("{n} format cases");
}
