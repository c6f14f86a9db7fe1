//! `krait dis` as a command: output on success, and exactly one `krait: FILE: message`
//! line on stderr with exit status 1 for unreadable or malformed input.

use std::path::PathBuf;
use std::process::{Command, Output};

fn krait(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_krait"))
        .args(args)
        .output()
        .expect("run krait")
}

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("krait-cli-dis-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write temp file");
    p
}

/// A 3.11 header (magic 3495, timestamp validation) followed by `body`.
fn pyc_311(body: &[u8]) -> Vec<u8> {
    let mut b = vec![0xa7, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0];
    b.extend_from_slice(body);
    b
}

/// Asserts a failure reported as one stderr line naming the file, and returns the message.
fn assert_one_line_error(out: &Output, path: &str) -> String {
    assert_eq!(out.status.code(), Some(1), "exit status");
    assert!(out.stdout.is_empty(), "nothing on stdout");
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(err.lines().count(), 1, "one stderr line: {err:?}");
    let prefix = format!("krait: {path}: ");
    assert!(err.starts_with(&prefix), "{err:?} starts with {prefix:?}");
    assert!(!err.contains("panicked"), "{err:?}");
    err
}

#[test]
fn missing_file() {
    let out = krait(&["dis", "/nonexistent/krait/x.pyc"]);
    assert_one_line_error(&out, "/nonexistent/krait/x.pyc");
}

#[test]
fn empty_file() {
    let p = temp_file("empty.pyc", b"");
    let path = p.to_str().unwrap();
    let err = assert_one_line_error(&krait(&["dis", path]), path);
    assert!(err.contains("byte"), "names an offset: {err:?}");
}

#[test]
fn truncated_header() {
    let p = temp_file("header.pyc", &pyc_311(&[])[..10]);
    let path = p.to_str().unwrap();
    let err = assert_one_line_error(&krait(&["dis", path]), path);
    assert!(err.contains("byte"), "names an offset: {err:?}");
}

#[test]
fn truncated_code_object() {
    // TYPE_CODE | FLAG_REF, then the argcount cut short.
    let p = temp_file("body.pyc", &pyc_311(&[0xe3, 0, 0]));
    let path = p.to_str().unwrap();
    let err = assert_one_line_error(&krait(&["dis", path]), path);
    assert!(
        err.contains("byte 17") || err.contains("byte"),
        "names an offset: {err:?}"
    );
}

#[test]
fn corrupt_type_code() {
    let p = temp_file("corrupt.pyc", &pyc_311(&[0x01, 0x02, 0x03]));
    let path = p.to_str().unwrap();
    let err = assert_one_line_error(&krait(&["dis", path]), path);
    assert!(err.contains("byte"), "names an offset: {err:?}");
}

#[test]
fn foreign_magic() {
    // CPython 3.8's magic 3413.
    let mut b = pyc_311(&[0xe3]);
    b[..2].copy_from_slice(&3413u16.to_le_bytes());
    let p = temp_file("py38.pyc", &b);
    let path = p.to_str().unwrap();
    let err = assert_one_line_error(&krait(&["dis", path]), path);
    assert!(err.contains("3.8"), "names the version: {err:?}");
}

#[test]
fn usage_error_without_file() {
    let out = krait(&["dis"]);
    assert_eq!(out.status.code(), Some(2), "clap usage error");
}

#[test]
fn batch_mode_frames_records_with_lengths() {
    let bad = temp_file("batch-bad.pyc", b"xx");
    let mut child = Command::new(env!("CARGO_BIN_EXE_krait"))
        .args(["dis", "--batch"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().unwrap();
        writeln!(stdin, "{}\n/nonexistent/y.pyc", bad.display()).unwrap();
    }
    let out = child.wait_with_output().expect("wait");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let mut records = Vec::new();
    let mut rest = text.as_str();
    while let Some((len, tail)) = rest.split_once('\n') {
        let len: usize = len.parse().expect("length line");
        records.push(&tail[..len]);
        rest = &tail[len..];
    }
    assert_eq!(records.len(), 2, "{text:?}");
    assert!(records[0].starts_with(&format!("krait: {}: ", bad.display())));
    assert!(records[1].starts_with("krait: /nonexistent/y.pyc: "));
}
