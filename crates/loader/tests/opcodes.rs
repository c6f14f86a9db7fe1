//! The opcode table against the live CPythons: regeneration is a no-op, and every
//! version's `opcode`/`dis` agree with `Op`'s numbers, arguments, caches and stack effects.

mod support;

use std::path::PathBuf;
use std::process::Command;

use krait_loader::opcodes::{ArgKind, Op};
use krait_loader::PyVersion;

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `scripts/gen_opcodes.py --check`: generated.rs is what the installed CPythons give.
#[test]
fn generated_table_is_up_to_date() {
    let script = repo_root().join("scripts/gen_opcodes.py");
    // Any python3 runs the generator; it finds the four CPythons itself.
    let runner = PyVersion::ALL
        .iter()
        .rev()
        .find_map(|&v| support::python(v))
        .map(|p| p.into_os_string())
        .unwrap_or_else(|| "python3".into());
    let out = match Command::new(&runner).arg(&script).arg("--check").output() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("SKIP: cannot run {runner:?}: {e}");
            return;
        }
    };
    let stderr = String::from_utf8_lossy(&out.stderr);
    match out.status.code() {
        Some(0) => {}
        Some(3) => eprintln!("SKIP: {}", stderr.trim()),
        _ => panic!(
            "generated.rs is stale or the generator failed ({}):\n{stderr}\n\
             run: python3 scripts/gen_opcodes.py",
            out.status
        ),
    }
}

const PROBE: &str = r#"
import dis, opcode, sys
args = [int(x) for x in sys.argv[1].split(",")]
backward = getattr(dis, "_is_backward_jump", lambda op: False)
entries = getattr(opcode, "_inline_cache_entries", None)
for name, num in sorted(opcode.opmap.items(), key=lambda kv: kv[1]):
    if num >= 256 or name.startswith("INSTRUMENTED_"):
        continue
    if hasattr(opcode, "hasarg"):
        has_arg = num in opcode.hasarg
    else:
        has_arg = num >= opcode.HAVE_ARGUMENT
    if entries is None:
        caches = 0
    elif isinstance(entries, dict):
        caches = entries.get(name, 0)
    else:
        caches = entries[num]
    if num in opcode.hasjrel:
        jump = "B" if backward(num) else "F"
    elif num in opcode.hasjabs:
        jump = "A"
    else:
        jump = "-"
    out = []
    for a in (args if has_arg else [None]):
        for j in (None, True, False):
            try:
                out.append(str(dis.stack_effect(num, a, jump=j)))
            except ValueError:
                out.append("E")
    print(name, num, int(has_arg), caches, jump, " ".join(out))
"#;

fn probe_args() -> Vec<u32> {
    let mut args: Vec<u32> = (0..=300).collect();
    args.extend([
        383,
        511,
        512,
        1000,
        4095,
        4096,
        65535,
        65536,
        (1 << 24) - 1,
        (1 << 24) + 3,
        (1 << 30) - 1,
        1 << 30,
        (1 << 30) + 1,
        (1 << 31) - 3,
        (1 << 31) - 2,
        (1 << 31) - 1,
    ]);
    args
}

/// Every opcode's number, argument, caches, jump kind and `dis.stack_effect` for a spread
/// of arguments and all three `jump` values, per version.
#[test]
fn table_matches_live_cpython() {
    let args = probe_args();
    let arg_list = args
        .iter()
        .map(|a| a.to_string())
        .collect::<Vec<_>>()
        .join(",");
    let mut checked = 0;
    for v in PyVersion::ALL {
        let Some(py) = support::python(v) else {
            eprintln!("SKIP {v}: CPython {v} not found");
            continue;
        };
        let out = Command::new(&py)
            .args(["-I", "-c", PROBE, &arg_list])
            .output()
            .expect("run CPython");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8(out.stdout).expect("utf-8");
        let mut seen = 0;
        for line in text.lines() {
            let mut f = line.split(' ');
            let mut next = || f.next().expect("field");
            let name = next();
            let num: u8 = next().parse().expect("number");
            let has_arg = next() == "1";
            let caches: u8 = next().parse().expect("caches");
            let jump = next();
            let effects: Vec<&str> = f.collect();

            let op = Op::from_name(name).unwrap_or_else(|| panic!("{v}: no Op::{name}"));
            assert_eq!(Op::from_number(v, num), Some(op), "{v} {name}");
            assert_eq!(op.number(v), Some(num), "{v} {name}");
            assert_eq!(op.has_arg(v), has_arg, "{v} {name}");
            assert_eq!(op.cache_entries(v), caches, "{v} {name}");
            let kind = op.arg_kind(v);
            let want = match jump {
                "F" => Some(ArgKind::JumpForward),
                "B" => Some(ArgKind::JumpBackward),
                "A" => Some(ArgKind::JumpAbsolute),
                _ => None,
            };
            match want {
                Some(k) => assert_eq!(kind, k, "{v} {name}"),
                None => assert!(!kind.is_jump(), "{v} {name}"),
            }
            assert_eq!(op.is_jump(v), want.is_some(), "{v} {name}");

            let probe: &[u32] = if has_arg { &args } else { &[0] };
            assert_eq!(effects.len(), probe.len() * 3, "{v} {name}");
            for (i, &a) in probe.iter().enumerate() {
                for (j, jump) in [None, Some(true), Some(false)].into_iter().enumerate() {
                    let want = match effects[i * 3 + j] {
                        "E" => None,
                        s => Some(s.parse::<i32>().expect("effect")),
                    };
                    assert_eq!(
                        op.stack_effect(v, a, jump),
                        want,
                        "{v} {name} arg={a} jump={jump:?}"
                    );
                    checked += 1;
                }
            }
            seen += 1;
        }
        let ours = Op::ALL.iter().filter(|op| op.exists_in(v)).count();
        assert_eq!(
            seen, ours,
            "{v}: CPython lists {seen} opcodes, the table {ours}"
        );
    }
    eprintln!("checked {checked} stack effects");
}

#[test]
fn decode_tables_are_consistent() {
    for v in PyVersion::ALL {
        let mut n_ops = 0;
        for n in 0..=255u8 {
            if let Some(op) = Op::from_number(v, n) {
                assert_eq!(op.number(v), Some(n));
                n_ops += 1;
            }
        }
        assert_eq!(n_ops, Op::ALL.iter().filter(|op| op.exists_in(v)).count());
        for &op in Op::ALL {
            assert_eq!(Op::from_name(op.name()), Some(op));
            let format: u32 = op.cache_format(v).iter().map(|&(_, n)| u32::from(n)).sum();
            assert!(
                format == 0 || format == u32::from(op.cache_entries(v)),
                "{v} {op}"
            );
            if !op.exists_in(v) {
                assert_eq!(op.arg_kind(v), ArgKind::None);
                assert_eq!(op.stack_effect(v, 0, None), None);
            }
        }
        let ext = Op::EXTENDED_ARG;
        assert!(ext.has_arg(v) && !ext.is_jump(v) && ext.cache_entries(v) == 0);
    }
    assert_eq!(Op::from_number(PyVersion::V3_10, 100), Some(Op::LOAD_CONST));
    assert_eq!(Op::from_number(PyVersion::V3_13, 83), Some(Op::LOAD_CONST));
    assert_eq!(Op::from_number(PyVersion::V3_10, 0), None);
    assert_eq!(Op::CACHE.number(PyVersion::V3_11), Some(0));
    assert_eq!(Op::LOAD_GLOBAL.cache_entries(PyVersion::V3_11), 5);
    assert_eq!(Op::LOAD_ATTR.cache_entries(PyVersion::V3_12), 9);
}

#[test]
fn jump_targets_follow_each_versions_dis() {
    use PyVersion::*;
    // 3.10: relative from the next instruction, absolute in code units.
    assert_eq!(Op::JUMP_FORWARD.jump_target(V3_10, 10, 3), Some(18));
    assert_eq!(Op::JUMP_ABSOLUTE.jump_target(V3_10, 10, 3), Some(6));
    assert_eq!(Op::SETUP_FINALLY.jump_target(V3_10, 0, 1), Some(4));
    // 3.11: backward jumps subtract; no jump has caches.
    assert_eq!(Op::JUMP_BACKWARD.jump_target(V3_11, 20, 5), Some(12));
    assert_eq!(
        Op::POP_JUMP_BACKWARD_IF_TRUE.jump_target(V3_11, 20, 5),
        Some(12)
    );
    assert_eq!(
        Op::POP_JUMP_FORWARD_IF_TRUE.jump_target(V3_11, 20, 5),
        Some(32)
    );
    // 3.12: caches count (FOR_ITER has one).
    assert_eq!(Op::FOR_ITER.jump_target(V3_12, 20, 5), Some(34));
    assert_eq!(Op::JUMP_BACKWARD.jump_target(V3_12, 20, 5), Some(12));
    // 3.13: JUMP_BACKWARD has a cache too.
    assert_eq!(Op::JUMP_BACKWARD.jump_target(V3_13, 20, 5), Some(14));
    assert_eq!(Op::POP_JUMP_IF_FALSE.jump_target(V3_13, 20, 5), Some(34));
    // Not a jump; before the start; beyond u32.
    assert_eq!(Op::LOAD_CONST.jump_target(V3_13, 0, 1), None);
    assert_eq!(Op::JUMP_BACKWARD.jump_target(V3_12, 0, 5), None);
    assert_eq!(Op::JUMP_ABSOLUTE.jump_target(V3_10, 0, u32::MAX), None);
    assert_eq!(
        Op::JUMP_FORWARD.jump_target(V3_13, u32::MAX - 4, u32::MAX),
        None
    );
}

// The "completeness is a compile error" property: a match over every opcode generated from
// the table, with no `_ =>` arm. Adding an opcode to the table without handling it here
// would not compile.
macro_rules! exhaustive_names {
    ($($name:ident => [$($slot:tt),*]),* $(,)?) => {
        fn name_by_match(op: Op) -> &'static str {
            match op {
                $(Op::$name => stringify!($name),)*
            }
        }
        const ROWS: usize = [$(stringify!($name),)*].len();
    };
}
krait_loader::for_each_op!(exhaustive_names);

#[test]
fn for_each_op_passes_every_row() {
    assert_eq!(ROWS, Op::ALL.len());
    for &op in Op::ALL {
        assert_eq!(name_by_match(op), op.name());
    }
}
