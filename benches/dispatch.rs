//! fib(20) through each dispatch strategy (`krait run --dispatch NAME`). The bytecode is
//! compiled from `benches/programs/fib.py`'s function by the live python3.11; without one
//! the bench says so and does nothing.

use std::path::PathBuf;
use std::process::Command;

use criterion::{criterion_group, criterion_main, Criterion};
use krait::loader::pyc;
use krait::vm::{Dispatch, Vm};

const SOURCE: &str = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\n\nfib(20)\n";

fn compile() -> Option<Vec<u8>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("bench-dispatch");
    std::fs::create_dir_all(&dir).ok()?;
    let src = dir.join("fib_bench.py");
    let out = dir.join("fib_bench.pyc");
    std::fs::write(&src, SOURCE).ok()?;
    let status = Command::new("python3.11")
        .arg("-c")
        .arg(format!(
            "import py_compile; py_compile.compile({:?}, cfile={:?}, doraise=True)",
            src.display().to_string(),
            out.display().to_string()
        ))
        .status()
        .ok()?;
    status.success().then(|| std::fs::read(&out).ok()).flatten()
}

fn bench(c: &mut Criterion) {
    let Some(bytes) = compile() else {
        eprintln!("skipped: python3.11 is needed to compile the benchmark");
        return;
    };
    let Ok((header, code)) = pyc::load(&bytes) else {
        eprintln!("skipped: the compiled benchmark does not load");
        return;
    };
    let mut group = c.benchmark_group("fib20");
    // Every strategy `krait run --dispatch` knows.
    for &name in Dispatch::NAMES {
        let Some(dispatch) = Dispatch::from_name(name) else {
            continue;
        };
        group.bench_function(name, |b| {
            b.iter(|| {
                let mut vm = Vm::new(header.version, vec!["fib_bench.pyc".into()]);
                vm.dispatch = dispatch;
                let ok = vm.run_main(&code).is_ok();
                assert!(ok);
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
