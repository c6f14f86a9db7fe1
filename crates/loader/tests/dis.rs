//! `krait_loader::dis` against the live CPythons: the programs in `tests/data/dis/` (plus
//! generated ones with big line numbers, big offsets and EXTENDED_ARG) are compiled by each
//! installed CPython into a temporary directory, and krait's disassembly of each `.pyc` must
//! equal that CPython's `dis.dis` (plain and `show_caches=True`), up to code addresses.
//! A fixed sample of each stdlib is checked the same way. Versions whose CPython is not
//! installed are skipped with a message.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use krait_loader::dis::{dis, DisOptions};
use krait_loader::pyc;
use krait_loader::PyVersion;

/// Compiles each source given on the command line into OUT_DIR/NAME.pyc and writes
/// `dis.dis` of it to NAME.dis (and NAME.caches.dis on 3.11+).
const ORACLE: &str = r#"
import dis, io, marshal, os, py_compile, sys
out_dir = sys.argv[1]
for src in sys.argv[2:]:
    name = os.path.splitext(os.path.basename(src))[0]
    pyc = os.path.join(out_dir, name + ".pyc")
    py_compile.compile(src, cfile=pyc, dfile=os.path.basename(src), doraise=True)
    with open(pyc, "rb") as f:
        code = marshal.loads(f.read()[16:])
    for caches, suffix in ((False, ".dis"), (True, ".caches.dis")):
        if caches and sys.version_info < (3, 11):
            continue
        buf = io.StringIO()
        if caches:
            dis.dis(code, file=buf, show_caches=True)
        else:
            dis.dis(code, file=buf)
        with open(os.path.join(out_dir, name + suffix), "wb") as f:
            f.write(buf.getvalue().encode("utf-8", "backslashreplace"))
"#;

/// Prints `dis.dis` of each `.pyc` on the command line, each followed by a NUL byte.
const STDLIB_ORACLE: &str = r#"
import dis, io, marshal, sys
caches = sys.argv[1] == "1"
for path in sys.argv[2:]:
    with open(path, "rb") as f:
        code = marshal.loads(f.read()[16:])
    buf = io.StringIO()
    if caches:
        dis.dis(code, file=buf, show_caches=True)
    else:
        dis.dis(code, file=buf)
    sys.stdout.buffer.write(buf.getvalue().encode("utf-8", "backslashreplace") + b"\0")
"#;

/// Replaces the hex address of every `at 0x...` (code object reprs).
fn mask(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("at 0x") {
        out.push_str(&rest[..i + 5]);
        rest = rest[i + 5..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
        out.push('?');
    }
    out.push_str(rest);
    out
}

const FROZENSET: &str = "frozenset({";

/// Whether CPython's hash of this element repr varies between processes: str/bytes
/// (randomized), `...` and NaN (addresses), `None` before 3.12 (address).
fn unordered(elem: &str, v: PyVersion) -> bool {
    elem.contains(['\'', '"'])
        || elem.contains("Ellipsis")
        || elem.contains("nan")
        || (elem.contains("None") && v < PyVersion::V3_12)
}

/// Parses the frozenset repr at `s[j..]`: (end, text with elements sorted when unordered).
fn frozenset_at(s: &str, j: usize, v: PyVersion) -> (usize, String) {
    let b = s.as_bytes();
    let (mut k, mut start) = (j + FROZENSET.len(), j + FROZENSET.len());
    let (mut elems, mut depth, mut quote) = (Vec::new(), 0usize, None);
    while k < b.len() {
        let c = b[k];
        if let Some(q) = quote {
            if c == b'\\' {
                k += 1;
            } else if c == q {
                quote = None;
            }
        } else if c == b'\'' || c == b'"' {
            quote = Some(c);
        } else if b"([{".contains(&c) {
            depth += 1;
        } else if b")]}".contains(&c) && depth > 0 {
            depth -= 1;
        } else if depth == 0 && s[k..].starts_with(", ") {
            elems.push(normalize_sets(&s[start..k], v));
            start = k + 2;
            k += 1;
        } else if depth == 0 && s[k..].starts_with("})") {
            elems.push(normalize_sets(&s[start..k], v));
            if elems.iter().any(|e| unordered(e, v)) {
                elems.sort();
            }
            return (k + 2, format!("{FROZENSET}{}}})", elems.join(", ")));
        }
        k += 1;
    }
    (s.len(), s[j..].to_string())
}

/// Sorts the elements of frozensets holding elements whose hash varies between processes:
/// CPython iterates sets in hash order, so there is no order to match there (the same
/// normalization as `scripts/sweep.py`).
fn normalize_sets(s: &str, v: PyVersion) -> String {
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while let Some(j) = s[i..].find(FROZENSET).map(|j| j + i) {
        out.push_str(&s[i..j]);
        let (end, text) = frozenset_at(s, j, v);
        out.push_str(&text);
        i = end;
    }
    out.push_str(&s[i..]);
    out
}

/// None when equal (after masking), else a short report around the first difference.
fn difference(want: &str, got: &str, v: PyVersion) -> Option<String> {
    let (want, got) = (
        normalize_sets(&mask(want), v),
        normalize_sets(&mask(got), v),
    );
    if want == got {
        return None;
    }
    let w: Vec<&str> = want.lines().collect();
    let g: Vec<&str> = got.lines().collect();
    let i = w.iter().zip(&g).take_while(|(a, b)| a == b).count();
    let from = i.saturating_sub(3);
    let show = |v: &[&str]| v[from.min(v.len())..(i + 4).min(v.len())].join("\n");
    Some(format!(
        "first difference at line {}:\n--- cpython\n{}\n--- krait\n{}",
        i + 1,
        show(&w),
        show(&g)
    ))
}

fn temp_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("krait-dis-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
}

/// The minimum version of a source named like `name_312.py`.
fn min_version(path: &Path) -> PyVersion {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    stem.rsplit_once('_')
        .and_then(|(_, v)| PyVersion::parse(v))
        .unwrap_or(PyVersion::V3_10)
}

/// Programs whose shape is easier to generate than to write.
fn generated_sources(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut write = |name: &str, text: String| {
        let p = dir.join(name);
        std::fs::write(&p, text).expect("write source");
        out.push(p);
    };
    // Line numbers past 999 and 9999 widen the line column.
    write(
        "line_1200.py",
        "\n".repeat(1200) + "def f(x):\n    if x:\n        return 1\n    return 2\n",
    );
    write("line_12000.py", "\n".repeat(12000) + "x = 1\ny = x\n");
    // More than 256 locals, names and constants, and jumps over long bodies: EXTENDED_ARG;
    // more than 10000 bytes of code widen the offset column.
    let mut big = String::from("def f(a):\n    for i in a:\n        if i:\n");
    for n in 0..1500 {
        big += &format!("            v{n} = g{n} + {n}.5\n");
    }
    big += "    return [v0, v1499]\n";
    write("extended.py", big);
    out
}

fn check_programs(v: PyVersion) {
    let Some(python) = support::python(v) else {
        eprintln!("skipping dis programs for {v}: python{v} not found");
        return;
    };
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/dis");
    let dir = temp_dir(&format!("programs-{}", v.minor()));
    let mut sources: Vec<PathBuf> = std::fs::read_dir(&data)
        .expect("tests/data/dis")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py") && min_version(p) <= v)
        .collect();
    sources.sort();
    sources.extend(generated_sources(&dir));
    let status = Command::new(&python)
        .arg("-c")
        .arg(ORACLE)
        .arg(&dir)
        .args(&sources)
        .status()
        .expect("run python");
    assert!(
        status.success(),
        "python{v} failed to compile the test programs"
    );

    let mut failures = Vec::new();
    for src in &sources {
        let name = src.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        let bytes = std::fs::read(dir.join(format!("{name}.pyc"))).expect("read pyc");
        let code = match pyc::load(&bytes).map(|(_, c)| c) {
            Ok(code) => code,
            Err(e) => {
                failures.push(format!("{name}: load error: {e}"));
                continue;
            }
        };
        for caches in [false, true] {
            let suffix = if caches { "caches.dis" } else { "dis" };
            let Ok(want) = std::fs::read_to_string(dir.join(format!("{name}.{suffix}"))) else {
                continue; // no show_caches output before 3.11
            };
            let opts = DisOptions {
                show_caches: caches,
                depth: None,
            };
            if let Some(d) = difference(&want, &dis(&code, &opts), v) {
                failures.push(format!("{name}.{suffix}: {d}"));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{v}:\n{}", failures.join("\n\n"));
}

fn check_stdlib_sample(v: PyVersion, n: usize) {
    let Some(python) = support::python(v) else {
        eprintln!("skipping stdlib dis sample for {v}: python{v} not found");
        return;
    };
    let files = support::sample_pycs(v, n);
    assert!(!files.is_empty(), "no stdlib .pyc files found for {v}");
    let mut failures = Vec::new();
    for caches in [false, true] {
        if caches && v < PyVersion::V3_11 {
            continue;
        }
        let out = Command::new(&python)
            .arg("-c")
            .arg(STDLIB_ORACLE)
            .arg(if caches { "1" } else { "0" })
            .args(&files)
            .output()
            .expect("run python");
        assert!(
            out.status.success(),
            "python{v} failed on the stdlib sample"
        );
        let text = String::from_utf8_lossy(&out.stdout);
        let wants: Vec<&str> = text.split('\0').collect();
        for (path, want) in files.iter().zip(wants) {
            let bytes = std::fs::read(path).expect("read pyc");
            let code = match pyc::load(&bytes).map(|(_, c)| c) {
                Ok(code) => code,
                Err(e) => {
                    failures.push(format!("{}: load error: {e}", path.display()));
                    continue;
                }
            };
            let opts = DisOptions {
                show_caches: caches,
                depth: None,
            };
            if let Some(d) = difference(want, &dis(&code, &opts), v) {
                failures.push(format!("{} (show_caches={caches}): {d}", path.display()));
            }
        }
    }
    assert!(failures.is_empty(), "{v}:\n{}", failures.join("\n\n"));
}

#[test]
fn programs_3_10() {
    check_programs(PyVersion::V3_10);
}

#[test]
fn programs_3_11() {
    check_programs(PyVersion::V3_11);
}

#[test]
fn programs_3_12() {
    check_programs(PyVersion::V3_12);
}

#[test]
fn programs_3_13() {
    check_programs(PyVersion::V3_13);
}

#[test]
fn stdlib_sample_3_10() {
    check_stdlib_sample(PyVersion::V3_10, 25);
}

#[test]
fn stdlib_sample_3_11() {
    check_stdlib_sample(PyVersion::V3_11, 25);
}

#[test]
fn stdlib_sample_3_12() {
    check_stdlib_sample(PyVersion::V3_12, 25);
}

#[test]
fn stdlib_sample_3_13() {
    check_stdlib_sample(PyVersion::V3_13, 25);
}

#[test]
fn normalize_sorts_only_string_frozensets() {
    assert_eq!(
        normalize_sets(
            "x frozenset({'b', 'a,}) x', frozenset({'z', 'y'})}) frozenset({3, 1})",
            PyVersion::V3_13
        ),
        "x frozenset({'a,}) x', 'b', frozenset({'y', 'z'})}) frozenset({3, 1})"
    );
}

#[test]
fn mask_hides_addresses_only() {
    assert_eq!(
        mask("<code object f at 0x7f12ab, file \"x\", line 1> at 0x"),
        "<code object f at 0x?, file \"x\", line 1> at 0x?"
    );
}
