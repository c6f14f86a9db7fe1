//! Lowering against the live CPythons: every code object of a sample of stdlib `.pyc`
//! files (and of a program built to need EXTENDED_ARG everywhere) lowers without error, to
//! exactly dis's instructions and jump targets; malformed code is rejected with its offset.

mod support;

use std::process::Command;

use krait_loader::lower::{decode_raw, lower_code, units, Instr};
use krait_loader::opcodes::Op;
use krait_loader::{LoadError, PyVersion};

/// Prints every code object (recursively) of the `.pyc` files named in argv and of a
/// synthetic program: `C <co_code hex> <qualname>`, then per dis instruction (EXTENDED_ARG
/// included, caches not) `I <offset> <start> <opname> <arg|-> <jump target|->`.
const DUMP: &str = r#"
import dis, marshal, sys, types

SYNTH = '''
import os
async def agen(xs):
    async with xs as y:
        async for z in y:
            yield z
def tryer(a):
    try:
        with open(a) as f:
            return f.read()
    except (OSError, ValueError) as e:
        raise RuntimeError(a) from e
    finally:
        print(a)
def matcher(p):
    match p:
        case {"x": x, **rest} if x: return rest
        case [1, 2, *others]: return others
        case Point(x=0, y=y): return y
        case str() | bytes(): return p
    return [i for i in range(p) if i % 2] + {k: v for k, v in p}
lam = lambda *a, b=1, **k: (yield from a)
'''
if sys.version_info >= (3, 11):
    SYNTH += "def star():\n    try:\n        pass\n    except* ValueError:\n        pass\n"
SYNTH += "def big(x):\n" + "".join(
    "    if x == %d:\n        x = x + %d.5\n" % (i, i) for i in range(300)
) + "    while x:\n" + "".join(
    "        x -= %d.25\n        if x: continue\n" % i for i in range(150)
) + "    return [a for a in range(x) if a > 1.75]\n"

def codes(co):
    yield co
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            yield from codes(c)

def emit(co):
    print("C", co.co_code.hex(), getattr(co, "co_qualname", co.co_name))
    pending = []
    for ins in dis.get_instructions(co):
        if ins.opname == "EXTENDED_ARG":
            start = ins.offset
            pending.append(ins.offset)
        else:
            start = pending[0] if pending else ins.offset
            pending = []
        jump = ins.opcode in dis.hasjrel or ins.opcode in dis.hasjabs
        print("I", ins.offset, start, ins.opname,
              "-" if ins.arg is None else ins.arg, ins.argval if jump else "-")

roots = [compile(SYNTH, "<synth>", "exec")]
for p in sys.argv[1:]:
    with open(p, "rb") as f:
        roots.append(marshal.loads(f.read()[16:]))
for root in roots:
    for co in codes(root):
        emit(co)
"#;

/// dis's instruction: offset, start, opname, arg, jump target.
type DisInstr = (u32, u32, String, Option<u32>, Option<u32>);

struct Expected {
    name: String,
    code: Vec<u8>,
    instrs: Vec<DisInstr>,
}

fn hex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).expect("hex"))
        .collect()
}

fn dump(v: PyVersion) -> Option<Vec<Expected>> {
    let py = support::python(v)?;
    let pycs = support::sample_pycs(v, 40);
    let out = Command::new(py)
        .args(["-I", "-c", DUMP])
        .args(&pycs)
        .output()
        .expect("run CPython");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let mut all: Vec<Expected> = Vec::new();
    for line in text.lines() {
        let f: Vec<&str> = line.splitn(7, ' ').collect();
        let opt = |s: &str| (s != "-").then(|| s.parse::<u32>().expect("number"));
        match f[0] {
            "C" => all.push(Expected {
                code: hex(f[1]),
                name: f.get(2).unwrap_or(&"").to_string(),
                instrs: Vec::new(),
            }),
            "I" => all.last_mut().expect("code first").instrs.push((
                f[1].parse().expect("offset"),
                f[2].parse().expect("start"),
                f[3].to_string(),
                opt(f[4]),
                opt(f[5]),
            )),
            _ => panic!("bad line {line:?}"),
        }
    }
    eprintln!("{v}: {} pycs, {} code objects", pycs.len(), all.len());
    Some(all)
}

#[test]
fn lowering_matches_dis_of_live_cpython() {
    for v in PyVersion::ALL {
        let Some(codes) = dump(v) else {
            eprintln!("SKIP {v}: CPython {v} not found");
            continue;
        };
        let (mut n_ext, mut n_jumps) = (0, 0);
        for e in &codes {
            let ctx = format!("{v} {}", e.name);
            // dis's view: decode_raw yields exactly dis's instructions.
            let raw: Vec<_> = decode_raw(v, &e.code).collect();
            assert_eq!(raw.len(), e.instrs.len(), "{ctx}");
            for (r, (off, start, name, arg, _)) in raw.iter().zip(&e.instrs) {
                assert_eq!((r.offset, r.start), (*off, *start), "{ctx}");
                assert_eq!(r.op.map(Op::name), Some(name.as_str()), "{ctx} @{off}");
                assert_eq!(r.arg, *arg, "{ctx} @{off}");
            }
            // The VM's view: lowering drops the EXTENDED_ARGs and resolves jumps.
            let instrs: Vec<Instr> =
                lower_code(v, &e.code).unwrap_or_else(|err| panic!("{ctx}: {err}"));
            let want: Vec<_> = e.instrs.iter().filter(|i| i.2 != "EXTENDED_ARG").collect();
            n_ext += e.instrs.len() - want.len();
            assert_eq!(instrs.len(), want.len(), "{ctx}");
            for (ins, (off, start, name, arg, target)) in instrs.iter().zip(want) {
                let at = format!("{ctx} @{off}");
                assert_eq!((ins.offset, ins.start), (*off, *start), "{at}");
                assert_eq!(ins.op.name(), name, "{at}");
                assert_eq!(ins.arg, arg.unwrap_or(0), "{at}");
                assert_eq!(ins.op.has_arg(v), arg.is_some(), "{at}");
                match target {
                    None => assert_eq!(ins.target, None, "{at}"),
                    Some(t) => {
                        let i = ins.target.unwrap_or_else(|| panic!("{at}: no target"));
                        assert_eq!(instrs[i as usize].start, *t, "{at}");
                        assert_eq!(ins.op.jump_target(v, ins.offset, ins.arg), Some(*t));
                        n_jumps += 1;
                    }
                }
            }
        }
        eprintln!("{v}: {n_jumps} jumps, {n_ext} EXTENDED_ARGs");
        assert!(n_ext > 0, "{v}: the sample should exercise EXTENDED_ARG");
    }
}

fn malformed(v: PyVersion, code: &[u8]) -> (usize, String) {
    match lower_code(v, code) {
        Err(LoadError::Malformed { offset, what }) => (offset, what),
        other => panic!("{v} {code:?}: expected Malformed, got {other:?}"),
    }
}

fn op(v: PyVersion, op: Op, arg: u8) -> [u8; 2] {
    [op.number(v).expect("opcode of the version"), arg]
}

fn code(units: &[[u8; 2]]) -> Vec<u8> {
    units.concat()
}

#[test]
fn lowers_small_code_by_hand() {
    use PyVersion::*;
    // 3.10: EXTENDED_ARG 1; JUMP_ABSOLUTE 2 (-> byte 0x102*2, too far) is rejected, but
    // a jump to an EXTENDED_ARG prefix resolves to the instruction it prefixes.
    let v = V3_10;
    let c = code(&[
        op(v, Op::NOP, 0),
        op(v, Op::EXTENDED_ARG, 0),
        op(v, Op::LOAD_CONST, 5),
        op(v, Op::JUMP_ABSOLUTE, 1),
        op(v, Op::RETURN_VALUE, 0),
    ]);
    let got = lower_code(v, &c).expect("lowers");
    assert_eq!(got.len(), 4);
    assert_eq!(
        got[1],
        Instr {
            op: Op::LOAD_CONST,
            arg: 5,
            offset: 4,
            start: 2,
            target: None
        }
    );
    assert_eq!(got[2].target, Some(1));
    // 3.12: caches are skipped; FOR_ITER's target counts its cache.
    let v = V3_12;
    let c = code(&[
        op(v, Op::FOR_ITER, 1), // 0, cache at 2, falls through to 4, target 2+2+2 = 6
        [0, 0],
        op(v, Op::STORE_FAST, 0),   // 4
        op(v, Op::END_FOR, 0),      // 6
        op(v, Op::RETURN_CONST, 0), // 8
    ]);
    let got = lower_code(v, &c).expect("lowers");
    assert_eq!(got.len(), 4);
    assert_eq!(got[0].target, Some(2));
    assert_eq!(got[2].op, Op::END_FOR);
    // 3.13: JUMP_BACKWARD to itself: 0 + 2 + 2 (cache) - 2*2 = 0.
    let v = V3_13;
    let c = code(&[op(v, Op::JUMP_BACKWARD, 2), [0, 0]]);
    assert_eq!(lower_code(v, &c).expect("lowers")[0].target, Some(0));
    // Arguments of four EXTENDED_ARGs wrap like CPython's C int.
    let c = code(&[
        op(v, Op::EXTENDED_ARG, 1),
        op(v, Op::EXTENDED_ARG, 2),
        op(v, Op::EXTENDED_ARG, 3),
        op(v, Op::LOAD_CONST, 4),
    ]);
    let got = lower_code(v, &c).expect("lowers");
    assert_eq!(
        (got[0].arg, got[0].start, got[0].offset),
        (0x0102_0304, 0, 6)
    );
    assert_eq!(lower_code(v, &[]).expect("empty code"), vec![]);
}

#[test]
fn rejects_malformed_code_with_its_offset() {
    use PyVersion::*;
    let v = V3_11;
    // Odd length.
    let (at, what) = malformed(v, &[op(v, Op::NOP, 0)[0], 0, 9]);
    assert_eq!(at, 2, "{what}");
    // Unknown opcode (3.11 has no opcode 3).
    let (at, what) = malformed(v, &code(&[op(v, Op::NOP, 0), [3, 0]]));
    assert_eq!(at, 2, "{what}");
    assert!(what.contains("opcode 3"), "{what}");
    // EXTENDED_ARG at the end.
    let (at, _) = malformed(v, &code(&[op(v, Op::NOP, 0), op(v, Op::EXTENDED_ARG, 1)]));
    assert_eq!(at, 2);
    // Caches cut short: 3.11 LOAD_GLOBAL needs 5.
    let (at, what) = malformed(
        v,
        &code(&[op(v, Op::NOP, 0), op(v, Op::LOAD_GLOBAL, 0), [0, 0]]),
    );
    assert_eq!(at, 2, "{what}");
    // Jump outside the code, before it, into a cache, between EXTENDED_ARG and its op.
    let (at, what) = malformed(v, &code(&[op(v, Op::NOP, 0), op(v, Op::JUMP_FORWARD, 0)]));
    assert_eq!(at, 2, "{what}");
    assert!(what.contains("outside"), "{what}");
    let (at, what) = malformed(v, &code(&[op(v, Op::NOP, 0), op(v, Op::JUMP_BACKWARD, 3)]));
    assert_eq!(at, 2, "{what}");
    assert!(what.contains("before the start"), "{what}");
    let binop = op(v, Op::BINARY_OP, 0); // one cache unit
    let (at, what) = malformed(
        v,
        &code(&[
            binop,
            [0, 0],
            op(v, Op::JUMP_BACKWARD, 2),
            op(v, Op::NOP, 0),
        ]),
    );
    assert_eq!(at, 4, "{what}");
    assert!(what.contains("cache"), "{what}");
    let (at, what) = malformed(
        v,
        &code(&[
            op(v, Op::EXTENDED_ARG, 0),
            op(v, Op::LOAD_CONST, 0),
            op(v, Op::JUMP_BACKWARD, 2),
        ]),
    );
    assert_eq!(at, 4, "{what}");
    assert!(what.contains("EXTENDED_ARG"), "{what}");
    // 3.10's absolute jumps, and a jump to an odd byte cannot happen (targets are even).
    let v = V3_10;
    let (at, what) = malformed(v, &code(&[op(v, Op::JUMP_ABSOLUTE, 7)]));
    assert_eq!(at, 0, "{what}");
}

/// Arbitrary bytes never panic either decoder, in any version.
#[test]
fn garbage_never_panics() {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut ok = 0;
    for v in PyVersion::ALL {
        // Bias towards real opcodes so that some inputs get deep into validation.
        let real: Vec<u8> = (0..=255u8)
            .filter(|&n| Op::from_number(v, n).is_some())
            .collect();
        for _ in 0..3000 {
            let len = (next() % 40) as usize;
            let bytes: Vec<u8> = (0..len)
                .map(|i| {
                    let r = next();
                    if i % 2 == 0 && r % 4 != 0 {
                        real[(r >> 8) as usize % real.len()]
                    } else {
                        (r >> 16) as u8 % 8
                    }
                })
                .collect();
            if lower_code(v, &bytes).is_ok() {
                ok += 1;
            }
            let _ = decode_raw(v, &bytes).count();
            assert_eq!(units(&bytes).count(), len / 2);
        }
    }
    assert!(ok > 0);
}
