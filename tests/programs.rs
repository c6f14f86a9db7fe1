//! Every `tests/programs/<area>/*.py` runs under the live CPython 3.11 and under
//! `krait run`, from its compiled `.pyc`, with the same cwd, argv and PYTHONHASHSEED=0;
//! stdout, stderr and the exit status must be identical. Skipped (with a message) when no
//! python3.11 is installed.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// `python3.11` on PATH (pyenv shims skipped) or under pyenv.
fn python311() -> Option<PathBuf> {
    let exe = "python3.11";
    if let Some(paths) = std::env::var_os("PATH") {
        for dir in std::env::split_paths(&paths) {
            let p = dir.join(exe);
            if p.is_file() && !dir.ends_with("shims") {
                return Some(p);
            }
        }
    }
    let root = std::env::var_os("PYENV_ROOT")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".pyenv")))?;
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root.join("versions"))
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("3.11."))
        })
        .collect();
    dirs.sort();
    dirs.into_iter()
        .rev()
        .map(|d| d.join("bin").join(exe))
        .find(|p| p.is_file())
}

fn programs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            programs(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

fn run(cmd: &mut Command, cwd: &Path) -> Output {
    cmd.current_dir(cwd)
        .env("PYTHONHASHSEED", "0")
        .env_remove("PYTHONSTARTUP")
        .output()
        .expect("spawn")
}

/// Compiles and runs one program under both; `None` when they agree, else a report.
fn check(python: &Path, krait: &Path, src: &Path, work: &Path) -> Option<String> {
    let name = src.file_stem()?.to_str()?.to_owned();
    let area = src.parent()?.file_name()?.to_str()?.to_owned();
    let dir = work.join(format!("{area}_{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).ok()?;
    let py = format!("{name}.py");
    let pyc = format!("{name}.pyc");
    std::fs::copy(src, dir.join(&py)).ok()?;
    let compile = run(
        Command::new(python).args([
            "-c",
            &format!("import py_compile; py_compile.compile({py:?}, cfile={pyc:?}, doraise=True)"),
        ]),
        &dir,
    );
    if !compile.status.success() {
        return Some(format!(
            "{}: does not compile:\n{}",
            src.display(),
            String::from_utf8_lossy(&compile.stderr)
        ));
    }
    let want = run(Command::new(python).args([&pyc, "arg1"]), &dir);
    let got = run(Command::new(krait).args(["run", &pyc, "arg1"]), &dir);
    let mut report = String::new();
    let mut compare = |what: &str, a: &[u8], b: &[u8]| {
        if a != b {
            report.push_str(&format!(
                "--- {what}: cpython\n{}--- {what}: krait\n{}",
                String::from_utf8_lossy(a),
                String::from_utf8_lossy(b)
            ));
        }
    };
    compare("stdout", &want.stdout, &got.stdout);
    compare("stderr", &want.stderr, &got.stderr);
    if want.status.code() != got.status.code() {
        report.push_str(&format!(
            "--- exit status: cpython {:?}, krait {:?}\n",
            want.status.code(),
            got.status.code()
        ));
    }
    (!report.is_empty()).then(|| format!("=== {}\n{report}", src.display()))
}

#[test]
fn programs_match_cpython_311() {
    let Some(python) = python311() else {
        eprintln!("skipped: no python3.11 on PATH or under pyenv");
        return;
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let krait = PathBuf::from(env!("CARGO_BIN_EXE_krait"));
    let work = root.join("target").join("tmp-programs");
    let mut srcs = Vec::new();
    programs(&root.join("tests").join("programs"), &mut srcs);
    assert!(!srcs.is_empty(), "no test programs found");
    let failures: Vec<String> = srcs
        .iter()
        .filter_map(|s| check(&python, &krait, s, &work))
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} programs differ from CPython 3.11:\n{}",
        failures.len(),
        srcs.len(),
        failures.join("\n")
    );
}
