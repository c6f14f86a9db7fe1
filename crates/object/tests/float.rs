//! `float` semantics against live CPythons: random bit patterns, specials and edge cases
//! through floor division, modulo, `**`, `round`, parsing, `hex`/`fromhex` and `repr`.

#[path = "../../loader/tests/support/mod.rs"]
mod support;

use krait_loader::PyVersion;
use krait_object::num::float::{self, FloatPow};
use krait_object::num::int;
use krait_object::NumError;

const SCRIPT: &str = r#"
import random, struct, sys, math
r = random.Random(99)
out = []
def fb(x): return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]
def res(f):
    try: v = f()
    except Exception as e:
        if 'complex' in str(e): return 'complex'
        return 'err:%s:%s' % (type(e).__name__, e)
    if isinstance(v, complex): return 'complex'
    if isinstance(v, float): return 'f:' + fb(v)
    if isinstance(v, tuple): return 't:' + ','.join(fb(x) if isinstance(x, float) else str(x) for x in v)
    if isinstance(v, bool): return 'i:%d' % v
    if isinstance(v, str): return 's:' + v
    return 'i:%d' % v
def emit(*a): out.append('\t'.join(map(str, a)))
specials = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, 1.5, 2.5, -2.5, 0.1, 1e16, 1e-5, 1e22, 1e300, -1e300,
            5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan'),
            2.675, 0.125, 0.375, 1e-7, 123456.789, 9007199254740993.0, 2.0**63, -2.0**63]
def rfloat():
    c = r.random()
    if c < 0.2: return r.choice(specials)
    if c < 0.5: return struct.unpack('<d', struct.pack('<Q', r.getrandbits(64)))[0]
    if c < 0.7: return r.uniform(-1000, 1000)
    if c < 0.85: return float(r.randrange(-100, 100)) / r.choice([1, 2, 4, 8, 10, 3])
    return r.choice([1, -1]) * r.random() * 10.0 ** r.randrange(-30, 30)
for i in range(4000):
    a, b = rfloat(), rfloat()
    emit('floordiv', fb(a), fb(b), res(lambda: a // b))
    emit('mod', fb(a), fb(b), res(lambda: a % b))
    emit('divmod', fb(a), fb(b), res(lambda: divmod(a, b)))
    emit('truediv', fb(a), fb(b), res(lambda: a / b))
    emit('pow', fb(a), fb(b), res(lambda: a ** b))
    e = r.choice([-3, -2, -1, 0, 1, 2, 3, 0.5, -0.5, 1/3, 2.5, 10.0, 100.0, 1000.0, 1e10])
    emit('pow', fb(a), fb(e), res(lambda: a ** e))
    emit('round0', fb(a), 0, res(lambda: round(a)))
    n = r.choice([-400, -309, -308, -20, -3, -1, 0, 1, 2, 3, 5, 10, 15, 17, 20, 100, 323, 324, 400])
    emit('roundn', fb(a), n, res(lambda: round(a, n)))
    emit('int', fb(a), 0, res(lambda: int(a)))
    emit('ratio', fb(a), 0, res(lambda: a.as_integer_ratio()))
    emit('misc', fb(a), 0, res(lambda: ','.join([repr(a), a.hex(), str(a.is_integer())])))
    h = a.hex()
    emit('fromhex', h, 0, res(lambda: float.fromhex(h)))
for x in [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 0.045, 1e22, 5e-324, 1.7976931348623157e308, 123.456]:
    for n in range(-310, 330, 7):
        emit('roundn', fb(x), n, res(lambda: round(x, n)))
        emit('roundn', fb(-x), n, res(lambda: round(-x, n)))
for i in range(6000):
    x = r.randrange(1, 2**53) * 2.0 ** r.randrange(-30, 40)
    emit('misc', fb(x), 0, res(lambda: ','.join([repr(x), x.hex(), str(x.is_integer())])))
hexes = ['0x1p0', '0x1.8p1', '-0X1.FFFFFFFFFFFFFp1023', '0x1.fffffffffffff8p1023', '0x1p1024', '0x1p-1074', '0x1p-1075',
         '0x1.0000000000001p-1075', '0x3p-1076', '0x.8', '0x8.', '1', 'a.b', '0x', '0xp1', 'inf', '-Infinity', 'nan', ' 0x1p3 ',
         '0x1p', '0x1p+', '0x1 p3', '0x0p99999999999999999999', '0x1p99999999999999999999', '0x1p-99999999999999999999',
         '0x0.00000000000008p-1022', '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000080000001p0', 'x', '',
         '0x_1', '0x1_0', '+0x1', '--0x1', '0x1.p1']
for i in range(500):
    hexes.append(r.choice(['', '-', '0x', '0X']) + ''.join(r.choice('0123456789abcdef') for _ in range(r.randrange(1, 20)))
                 + r.choice(['', '.', '.8', '.' + 'f' * 14]) + r.choice(['', 'p0', 'p-1074', 'p+1000', 'p-1030', 'p1023']))
for h in hexes:
    emit('fromhex', h, 0, res(lambda: float.fromhex(h)))
texts = ['1', ' 1.5 ', '-0', '+0.0', '1_0', '1__0', '_1', '1_', '1_.5', '1._5', '1.5_', '1e1_0', '1_e5', '.5', '5.', '.', 'e5',
         '1e', '1e+', '1E-5', 'inf', '-INF', '+Infinity', 'infinit', 'nan', '-NaN', 'nan1', '0x1p3', '1 0', '', ' ',
         '\u0661.\u0662', '\uff11e\uff12', '1e99999999999999', '1e-99999999999999', '0.' + '0' * 400 + '1',
         '9' * 400, '1.7976931348623159e308', '2.4703282292062328e-324', '2.4703282292062327e-324', '\x1c1', '1\x00',
         '\xa01\u2000', 'in_f', '1\u00e9', "1'", '"', '\\',
         '1\u0378', '\u0870', '\U0001e4d0', '\udc80']
for i in range(2000):
    texts.append(repr(rfloat()))
    texts.append(''.join(r.choice(['1', '2', '0', '9', '.', 'e', '-', '+', '_', ' ', 'E', 'i', 'n', 'f', 'a']) for _ in range(r.randrange(1, 8))))
for t in texts:
    emit('parse', ','.join('%x' % ord(c) for c in t), 0, res(lambda: float(t)))
print('\n'.join(out))
"#;

fn fx(s: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(s, 16).expect("bits"))
}

fn err(e: NumError) -> String {
    format!("err:{}:{}", e.kind.name(), e.message)
}

fn show_f(r: Result<f64, NumError>) -> String {
    match r {
        Ok(v) => format!("f:{:016x}", v.to_bits()),
        Err(e) => err(e),
    }
}

fn nan_norm(s: &str) -> String {
    // CPython's NaN results may carry either sign bit; compare NaNs as NaNs.
    let mut out = Vec::new();
    for part in s.split([',', ':']) {
        if part.len() == 16 {
            if let Ok(b) = u64::from_str_radix(part, 16) {
                if f64::from_bits(b).is_nan() {
                    out.push("nan".to_string());
                    continue;
                }
            }
        }
        out.push(part.to_string());
    }
    out.join(":")
}

fn check(v: PyVersion) -> usize {
    let Some(out) = support::run_python(v, &[], SCRIPT) else {
        return 0;
    };
    let mut n = 0;
    for line in out.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let op = f[0];
        let want = *f.last().expect("result");
        let got = match op {
            "floordiv" => show_f(float::floordiv(fx(f[1]), fx(f[2]))),
            "mod" => show_f(float::modulo(fx(f[1]), fx(f[2]), v)),
            "truediv" => show_f(float::truediv(fx(f[1]), fx(f[2]))),
            "divmod" => match float::divmod(fx(f[1]), fx(f[2])) {
                Ok((q, r)) => format!("t:{:016x},{:016x}", q.to_bits(), r.to_bits()),
                Err(e) => err(e),
            },
            "pow" => match float::pow(fx(f[1]), fx(f[2])) {
                Ok(FloatPow::Real(x)) => format!("f:{:016x}", x.to_bits()),
                Ok(FloatPow::Complex) => "complex".into(),
                Err(e) => err(e),
            },
            "round0" => match float::round_to_int(fx(f[1])) {
                Ok(i) => format!("i:{i}"),
                Err(e) => err(e),
            },
            "roundn" => show_f(float::round_ndigits(fx(f[1]), f[2].parse().expect("n"))),
            "int" => match int::from_f64(fx(f[1])) {
                Ok(i) => format!("i:{i}"),
                Err(e) => err(e),
            },
            "ratio" => match float::as_integer_ratio(fx(f[1])) {
                Ok((a, b)) => format!("t:{a},{b}"),
                Err(e) => err(e),
            },
            "misc" => {
                let x = fx(f[1]);
                let cap = |b: bool| if b { "True" } else { "False" };
                format!(
                    "s:{},{},{}",
                    krait_loader::repr::float_repr(x),
                    float::to_hex(x),
                    cap(float::is_integer(x))
                )
            }
            "fromhex" => show_f(float::from_hex(f[1])),
            "parse" => {
                let cps: Vec<u32> = if f[1].is_empty() {
                    Vec::new()
                } else {
                    f[1].split(',')
                        .map(|c| u32::from_str_radix(c, 16).expect("cp"))
                        .collect()
                };
                show_f(float::parse_code_points(cps.iter().copied(), v))
            }
            _ => panic!("op {op}"),
        };
        assert_eq!(nan_norm(&got), nan_norm(want), "3.{}: {line}", v.minor());
        n += 1;
    }
    n
}

#[test]
fn float_semantics_match_cpython() {
    let mut n = 0;
    for v in [PyVersion::V3_10, PyVersion::V3_13] {
        n += check(v);
    }
    eprintln!("{n} float cases");
}

#[test]
fn parse_str_fast_path() {
    assert_eq!(float::parse_str(" 1_000.5 ", PyVersion::V3_13), Ok(1000.5));
    assert_eq!(
        float::parse_str("x", PyVersion::V3_13).unwrap_err().message,
        "could not convert string to float: 'x'"
    );
    assert_eq!(
        float::parse_bytes(b"x").unwrap_err().message,
        "could not convert string to float: b'x'"
    );
}
