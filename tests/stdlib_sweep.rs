//! The stdlib sweep on a fixed sample: 200 `.pyc` files per installed CPython 3.10–3.13,
//! each through every check of `scripts/sweep.py` (dis, dis with caches, the marshal round
//! trip and the asm round trip). The full sweep over every file is the script itself.

use std::process::Command;

#[test]
fn stdlib_sample_sweep() {
    let root = env!("CARGO_MANIFEST_DIR");
    let script = format!("{root}/scripts/sweep.py");
    let out = Command::new("python3")
        .args([&script, "--sample", "200", "-j", "2", "--krait"])
        .arg(env!("CARGO_BIN_EXE_krait"))
        .output();
    let out = match out {
        Ok(o) => o,
        Err(e) => {
            eprintln!("skipped: cannot run python3 ({e})");
            return;
        }
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    println!("{stdout}");
    eprintln!("{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        out.status.success(),
        "the stdlib sweep found differences:\n{stdout}"
    );
}
