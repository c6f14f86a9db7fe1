//! `krait asm` and `krait dis --asm` as commands.

use std::path::PathBuf;
use std::process::{Command, Output};

fn krait(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_krait"))
        .args(args)
        .output()
        .expect("run krait")
}

fn temp(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("krait-cli-asm-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn error_is_file_line_col_and_exit_1() {
    let p = temp(
        "bad.kasm",
        ".version 3.11\n.code <module>\n    CALL_FUNCTION 0\n.end\n",
    );
    let out = krait(&["asm", p.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err.trim_end(),
        format!("{}:3:5: CALL_FUNCTION does not exist in 3.11", p.display())
    );
}

#[test]
fn assemble_then_dis_asm_round_trips() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let src = root.join("examples/asm/try_3.12.kasm");
    let dir = std::env::temp_dir().join(format!("krait-cli-asm-rt-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let pyc = dir.join("t.pyc");
    let out = krait(&["asm", src.to_str().unwrap(), "-o", pyc.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = krait(&["dis", "--asm", pyc.to_str().unwrap()]);
    assert!(text.status.success());
    let kasm = dir.join("t.kasm");
    std::fs::write(&kasm, &text.stdout).unwrap();
    let pyc2 = dir.join("t2.pyc");
    let out = krait(&["asm", kasm.to_str().unwrap(), "-o", pyc2.to_str().unwrap()]);
    assert!(out.status.success());
    assert_eq!(std::fs::read(&pyc).unwrap(), std::fs::read(&pyc2).unwrap());
}

#[test]
fn shipped_examples_round_trip_byte_identical() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    for v in 10..=13 {
        let pyc = root.join(format!("examples/hello.cpython-3{v}.pyc"));
        let out = krait(&["dis", "--asm", pyc.to_str().unwrap()]);
        assert!(out.status.success());
        let kasm = temp(
            &format!("hello{v}.kasm"),
            &String::from_utf8_lossy(&out.stdout),
        );
        let again = kasm.with_extension("pyc");
        let r = krait(&["asm", kasm.to_str().unwrap(), "-o", again.to_str().unwrap()]);
        assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
        assert_eq!(
            std::fs::read(&pyc).unwrap(),
            std::fs::read(&again).unwrap(),
            "3.{v}"
        );
    }
}
