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

/// Every `.pyc` of a version under `dir` (site-packages included), sorted.
fn pycs_under(dir: &Path, v: PyVersion) -> Vec<std::path::PathBuf> {
    let tag = v.cache_tag();
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            let Ok(ft) = e.file_type() else { continue };
            if ft.is_dir() {
                stack.push(p);
            } else if p
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.contains(&tag) && n.ends_with(".pyc"))
            {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// Every stdlib `.pyc` of every installed version, plus every `.pyc` under pyenv's
/// `lib/python3.X` when pyenv has that version (slow:
/// `cargo test -p krait-loader --release --test marshal_roundtrip -- --ignored --nocapture`).
#[test]
#[ignore]
fn all_of_stdlib_round_trips() {
    let mut bad = 0;
    for v in PyVersion::ALL {
        let mut files = support::stdlib_pycs(v);
        let pyenv = std::env::var_os("PYENV_ROOT")
            .map(std::path::PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".pyenv")));
        if let Some(Ok(rd)) = pyenv.map(|p| std::fs::read_dir(p.join("versions"))) {
            for e in rd.flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                if name.starts_with(&format!("3.{}.", v.minor())) {
                    files.extend(pycs_under(
                        &e.path().join("lib").join(format!("python3.{}", v.minor())),
                        v,
                    ));
                }
            }
        }
        files.sort();
        files.dedup();
        if files.is_empty() {
            eprintln!("skipping {v}: no CPython {v} found");
            continue;
        }
        bad += run(&files, v);
    }
    assert_eq!(bad, 0);
}
