//! The examples in `examples/asm/`: each assembles, and the matching CPython runs the
//! `.pyc` and prints what the program should print.

mod support;

use std::path::PathBuf;
use std::process::Command;

use krait_loader::asm;
use krait_loader::PyVersion;

fn examples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/asm")
}

fn run_example(file: &str, v: PyVersion, expected: &str) {
    let path = examples_dir().join(file);
    let text = std::fs::read_to_string(&path).expect("read example");
    let pyc = asm::assemble(&text).unwrap_or_else(|e| panic!("{}", e.render(file)));
    let Some(py) = support::python(v) else {
        eprintln!("skipping {file}: python{v} not found");
        return;
    };
    let dir = std::env::temp_dir().join(format!("krait-asm-examples-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out_path = dir.join(file.replace(".kasm", ".pyc"));
    std::fs::write(&out_path, &pyc).unwrap();
    let out = Command::new(py)
        .arg(&out_path)
        .output()
        .expect("run python");
    assert!(
        out.status.success(),
        "{file}: python{v} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), expected, "{file}");
}

#[test]
fn hello() {
    run_example("hello_3.10.kasm", PyVersion::V3_10, "Hello\n");
    run_example("hello_3.11.kasm", PyVersion::V3_11, "Hello\n");
}

#[test]
fn add() {
    run_example("add_3.10.kasm", PyVersion::V3_10, "3\n");
    run_example("add_3.11.kasm", PyVersion::V3_11, "3\n");
}

#[test]
fn loops() {
    for (f, v) in [
        ("loop_3.11.kasm", PyVersion::V3_11),
        ("loop_3.12.kasm", PyVersion::V3_12),
        ("loop_3.13.kasm", PyVersion::V3_13),
    ] {
        run_example(f, v, "0\n1\n2\n");
    }
}

#[test]
fn try_except() {
    for (f, v) in [
        ("try_3.11.kasm", PyVersion::V3_11),
        ("try_3.12.kasm", PyVersion::V3_12),
        ("try_3.13.kasm", PyVersion::V3_13),
    ] {
        run_example(f, v, "caught\n");
    }
}

/// The examples disassemble back (`dis --asm`) to text that assembles to the same bytes.
#[test]
fn examples_round_trip() {
    for e in std::fs::read_dir(examples_dir()).unwrap().flatten() {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "kasm") {
            let pyc = asm::assemble(&std::fs::read_to_string(&p).unwrap()).unwrap();
            let text = asm::disassemble(&pyc).unwrap();
            assert_eq!(asm::assemble(&text).unwrap(), pyc, "{}", p.display());
        }
    }
}
