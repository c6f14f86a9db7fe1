//! The builder API: programmatic bytecode with labels, automatic tables, EXTENDED_ARG and
//! stack size, run by the live CPython.

mod support;

use std::process::Command;

use krait_loader::asm::{Arg, ModuleBuilder, Value};
use krait_loader::opcodes::Op;
use krait_loader::PyVersion;

fn run(v: PyVersion, pyc: &[u8], name: &str) -> Option<String> {
    let py = support::python(v)?;
    let dir = std::env::temp_dir().join(format!("krait-asm-builder-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, pyc).unwrap();
    let out = Command::new(py).arg(&p).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// 300 constants and a jump over 600 NOPs: arguments beyond a byte need EXTENDED_ARG,
/// for the jump found by iterating the layout.
#[test]
fn extended_args_and_big_tables() {
    for v in [PyVersion::V3_11, PyVersion::V3_12, PyVersion::V3_13] {
        let mut m = ModuleBuilder::new(v);
        let c = m.root_mut();
        c.line(1);
        c.op(Op::RESUME, Arg::Int(0));
        for i in 0..300 {
            c.op(Op::LOAD_CONST, Arg::Const(Value::int(i * 7)));
            c.op(Op::POP_TOP, Arg::None);
        }
        let skip = c.label("skip");
        c.jump(Op::JUMP_FORWARD, skip);
        for _ in 0..600 {
            c.op(Op::NOP, Arg::None);
        }
        c.bind(skip).unwrap();
        // The callable and the NULL below it (3.13: above it).
        if v < PyVersion::V3_13 {
            c.op(Op::PUSH_NULL, Arg::None);
        }
        c.op(
            Op::LOAD_NAME,
            Arg::Name {
                flags: 0,
                name: "print".into(),
            },
        );
        if v >= PyVersion::V3_13 {
            c.op(Op::PUSH_NULL, Arg::None);
        }
        c.op(Op::LOAD_CONST, Arg::Const(Value::int(299 * 7)));
        if v == PyVersion::V3_11 {
            c.op(Op::PRECALL, Arg::Int(1));
        }
        c.op(Op::CALL, Arg::Int(1));
        c.op(Op::POP_TOP, Arg::None);
        c.op(Op::LOAD_CONST, Arg::Const(Value::None));
        c.op(Op::RETURN_VALUE, Arg::None);
        let built = m.build().unwrap();
        assert_eq!(built.consts.len(), 301);
        assert!(built.stacksize >= 3);
        let pyc = m.to_pyc().unwrap();
        if let Some(out) = run(v, &pyc, &format!("ext{}.pyc", v.minor())) {
            assert_eq!(out, "2093\n");
        }
    }
}

/// A counting loop built with labels, for 3.12: `i = 0; while i < 3: print(i); i += 1`.
#[test]
fn while_loop() {
    let v = PyVersion::V3_12;
    let mut m = ModuleBuilder::new(v);
    let c = m.root_mut();
    c.line(1);
    c.op(Op::RESUME, Arg::Int(0));
    c.op(Op::LOAD_CONST, Arg::Const(Value::int(0)));
    c.op(
        Op::STORE_NAME,
        Arg::Name {
            flags: 0,
            name: "i".into(),
        },
    );
    let top = c.label("top");
    let done = c.label("done");
    c.bind(top).unwrap();
    c.op(
        Op::LOAD_NAME,
        Arg::Name {
            flags: 0,
            name: "i".into(),
        },
    );
    c.op(Op::LOAD_CONST, Arg::Const(Value::int(3)));
    c.op(
        Op::COMPARE_OP,
        Arg::Compare {
            op: 0,
            to_bool: false,
        },
    );
    c.jump(Op::POP_JUMP_IF_FALSE, done);
    c.op(Op::PUSH_NULL, Arg::None);
    c.op(
        Op::LOAD_NAME,
        Arg::Name {
            flags: 0,
            name: "print".into(),
        },
    );
    c.op(
        Op::LOAD_NAME,
        Arg::Name {
            flags: 0,
            name: "i".into(),
        },
    );
    c.op(Op::CALL, Arg::Int(1));
    c.op(Op::POP_TOP, Arg::None);
    c.op(
        Op::LOAD_NAME,
        Arg::Name {
            flags: 0,
            name: "i".into(),
        },
    );
    c.op(Op::LOAD_CONST, Arg::Const(Value::int(1)));
    c.op(Op::BINARY_OP, Arg::Int(13));
    c.op(
        Op::STORE_NAME,
        Arg::Name {
            flags: 0,
            name: "i".into(),
        },
    );
    c.jump(Op::JUMP_BACKWARD, top);
    c.bind(done).unwrap();
    c.op(Op::RETURN_CONST, Arg::Const(Value::None));
    let built = m.build().unwrap();
    assert_eq!(built.stacksize, 3); // NULL, print, i
    let names: Vec<String> = built.names.iter().map(|e| e.name.to_string()).collect();
    assert_eq!(names, ["i", "print"]);
    if let Some(out) = run(v, &m.to_pyc().unwrap(), "while312.pyc") {
        assert_eq!(out, "0\n1\n2\n");
    }
}
