//! Round-trips real stdlib `.pyc` files: parse → write gives the same bytes, and every
//! file resolves to a code object.

mod support;

use std::path::Path;

use krait_loader::pyc::Pyc;
use krait_loader::PyVersion;

/// Parses, writes back and resolves one file; the error names the file.
fn round_trip(path: &Path) -> Result<(), String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let pyc = Pyc::parse(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let out = pyc.to_bytes();
    if out != bytes {
        let at = out
            .iter()
            .zip(&bytes)
            .position(|(a, b)| a != b)
            .unwrap_or(out.len().min(bytes.len()));
        return Err(format!(
            "{}: written bytes differ at {at} (wrote {}, file has {})",
            path.display(),
            out.len(),
            bytes.len()
        ));
    }
    pyc.code()
        .map_err(|e| format!("{}: resolve: {e}", path.display()))?;
    Ok(())
}

fn run(files: &[std::path::PathBuf], v: PyVersion) -> usize {
    let mut failures = Vec::new();
    for f in files {
        if let Err(e) = round_trip(f) {
            failures.push(e);
        }
    }
    eprintln!(
        "{v}: {}/{} round-tripped",
        files.len() - failures.len(),
        files.len()
    );
    for f in failures.iter().take(20) {
        eprintln!("  {f}");
    }
    failures.len()
}

#[test]
fn sample_of_stdlib_round_trips() {
    let mut bad = 0;
    for v in PyVersion::ALL {
        let files = support::sample_pycs(v, 250);
        if files.is_empty() {
            eprintln!("skipping {v}: no CPython {v} found");
            continue;
        }
        assert!(
            files.len() >= 200,
            "{v}: only {} stdlib .pyc files",
            files.len()
        );
        bad += run(&files, v);
    }
    assert_eq!(bad, 0);
}

/// Every stdlib `.pyc` of every installed version (slow: `cargo test --release -- --ignored`).
#[test]
#[ignore]
fn all_of_stdlib_round_trips() {
    let mut bad = 0;
    for v in PyVersion::ALL {
        let files = support::stdlib_pycs(v);
        if files.is_empty() {
            eprintln!("skipping {v}: no CPython {v} found");
            continue;
        }
        bad += run(&files, v);
    }
    assert_eq!(bad, 0);
}
