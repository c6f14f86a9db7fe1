//! `krait run` on programs whose imports fail: a missing or unusable standard library, a
//! corrupt module, a source file with no compiled form. Each is a Python ImportError with a
//! message naming the problem (exit status 1), never a panic. The programs are written in
//! krait's assembly, so these tests need no CPython.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("krait-cli-import-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

/// Assembles a 3.11 module whose body is `import NAME` into `DIR/main.pyc`.
fn importer(d: &Path, module: &str) -> PathBuf {
    let src = format!(
        ".version 3.11\n.code <module>\n    .filename 'main.py'\n    .line 1\n    RESUME 0\n    \
         LOAD_CONST 0\n    LOAD_CONST None\n    IMPORT_NAME {module}\n    STORE_NAME {module}\n    \
         LOAD_CONST None\n    RETURN_VALUE\n.end\n"
    );
    let kasm = d.join("main.kasm");
    std::fs::write(&kasm, src).expect("write kasm");
    let pyc = d.join("main.pyc");
    let out = Command::new(env!("CARGO_BIN_EXE_krait"))
        .args(["asm", kasm.to_str().unwrap(), "-o", pyc.to_str().unwrap()])
        .output()
        .expect("run krait asm");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    pyc
}

fn run(pyc: &Path, env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_krait"));
    c.arg("run").arg(pyc);
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("run krait")
}

fn last_line(out: &Output) -> String {
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(out.status.code(), Some(1), "{err}");
    err.lines().last().unwrap_or("").to_owned()
}

#[test]
fn unusable_stdlib_is_named() {
    let d = dir("stdlib");
    let pyc = importer(&d, "os");
    let line = last_line(&run(&pyc, &[("KRAIT_STDLIB", "/nonexistent/lib")]));
    assert!(line.starts_with("ModuleNotFoundError: No module named 'os' (the standard library directory /nonexistent/lib"), "{line}");
}

#[test]
fn missing_module() {
    let d = dir("missing");
    let pyc = importer(&d, "no_such_module_here");
    let line = last_line(&run(&pyc, &[]));
    assert_eq!(
        line,
        "ModuleNotFoundError: No module named 'no_such_module_here'"
    );
}

#[test]
fn corrupt_module_names_the_file() {
    let d = dir("corrupt");
    let pyc = importer(&d, "broken");
    std::fs::write(
        d.join("broken.pyc"),
        b"\xa7\x0d\x0d\x0a\0\0\0\0\0\0\0\0\0\0\0\0\xe3\x01",
    )
    .unwrap();
    let line = last_line(&run(&pyc, &[]));
    assert!(
        line.starts_with("ImportError: ") && line.contains("broken.pyc"),
        "{line}"
    );
    std::fs::write(d.join("broken.pyc"), b"garbage!").unwrap();
    let line = last_line(&run(&pyc, &[]));
    assert!(
        line.starts_with("ImportError: bad magic number in 'broken'"),
        "{line}"
    );
}

#[test]
fn source_without_pyc() {
    let d = dir("source");
    let pyc = importer(&d, "plain");
    std::fs::write(d.join("plain.py"), b"x = 1\n").unwrap();
    let line = last_line(&run(&pyc, &[]));
    assert!(
        line.starts_with("ImportError: krait cannot compile Python source yet:")
            && line.contains("plain.py"),
        "{line}"
    );
}
