//! The conformance runner: each `.py` program is compiled by a real CPython, run by that
//! CPython and by `krait run`, and the two runs' exit code, stdout and stderr must match.
//!
//! Used by `krait conform` (src/cli/conform.rs) and by the `tests/programs.rs` cargo test.
//! See docs/conform.md for the directives, the environment and the report format.
//!
//! ```no_run
//! use krait::conform::{self, Config};
//! use krait::python_finder;
//! let python = python_finder::find(None, conform::DEFAULT_PYTHON).unwrap();
//! let config = Config::new(python, "target/release/krait".into());
//! let report = conform::run_all(&config, &["tests/programs".into()]).unwrap();
//! assert!(report.all_passed(), "{}", report.failure_text());
//! ```

pub mod child;
pub mod directives;
mod report;

pub use report::{FileResult, FirstDiff, Report, RunSummary, Status};

use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use crate::python_finder::Python;

/// The CPython used when none is named.
pub const DEFAULT_PYTHON: (u32, u32) = (3, 11);

/// The default per-program timeout.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// How to run the comparison.
#[derive(Debug, Clone)]
pub struct Config {
    /// The CPython that compiles each program and gives the expected behaviour.
    pub python: Python,
    /// The krait executable.
    pub krait: PathBuf,
    /// Arguments before the `.pyc` (default `["run"]`): `krait run X.pyc ARGS…`.
    pub krait_args: Vec<OsString>,
    /// Per run; a program's `timeout` directive overrides it.
    pub timeout: Duration,
    /// Programs checked at once (each check runs its two processes one after the other).
    pub jobs: usize,
}

impl Config {
    /// Defaults: `krait run`, a 10 s timeout, one job per available core.
    pub fn new(python: Python, krait: PathBuf) -> Config {
        Config {
            python,
            krait,
            krait_args: vec!["run".into()],
            timeout: DEFAULT_TIMEOUT,
            jobs: thread::available_parallelism().map_or(1, |n| n.get()),
        }
    }
}

/// Errors that stop the run before any program is checked.
#[derive(Debug)]
pub enum ConformError {
    /// A path given does not exist or cannot be read.
    Path(PathBuf, std::io::Error),
    /// A file given is not a `.py`.
    NotPython(PathBuf),
    /// No `.py` under the paths given.
    NoPrograms(Vec<PathBuf>),
}

impl fmt::Display for ConformError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConformError::Path(p, e) => write!(f, "{}: {e}", p.display()),
            ConformError::NotPython(p) => write!(f, "{}: not a .py file", p.display()),
            ConformError::NoPrograms(ps) => {
                let shown: Vec<_> = ps.iter().map(|p| p.display().to_string()).collect();
                write!(f, "no .py programs found in {}", shown.join(", "))
            }
        }
    }
}

impl std::error::Error for ConformError {}

/// Every `.py` under the paths (files as given, directories recursively, skipping hidden
/// directories and `__pycache__`), sorted, without duplicates.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<PathBuf>, ConformError> {
    let mut found = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p).map_err(|e| ConformError::Path(p.clone(), e))?;
        if meta.is_dir() {
            walk(p, &mut found)?;
        } else if p.extension().is_some_and(|e| e == "py") {
            found.push(p.clone());
        } else {
            return Err(ConformError::NotPython(p.clone()));
        }
    }
    found.sort();
    found.dedup();
    if found.is_empty() {
        return Err(ConformError::NoPrograms(paths.to_vec()));
    }
    Ok(found)
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>) -> Result<(), ConformError> {
    let rd = std::fs::read_dir(dir).map_err(|e| ConformError::Path(dir.to_path_buf(), e))?;
    for entry in rd {
        let entry = entry.map_err(|e| ConformError::Path(dir.to_path_buf(), e))?;
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let Ok(ft) = std::fs::metadata(&path).map(|m| m.file_type()) else {
            continue; // a dangling symlink
        };
        if ft.is_dir() {
            // `_support`-style directories hold the modules programs import (`files`).
            if !name.starts_with('.') && !name.starts_with('_') {
                walk(&path, found)?;
            }
        } else if ft.is_file() && name.ends_with(".py") && !name.starts_with('.') {
            found.push(path);
        }
    }
    Ok(())
}

/// Discovers the programs under `paths` and checks them all (see [`run_files`]).
pub fn run_all(config: &Config, paths: &[PathBuf]) -> Result<Report, ConformError> {
    let files = discover(paths)?;
    Ok(run_files(config, &files, |_| {}))
}

/// Checks every file with `config.jobs` threads. `on_result` sees each result as it
/// completes (in completion order, on the calling thread); the report lists them in the
/// order of `files`.
pub fn run_files(
    config: &Config,
    files: &[PathBuf],
    mut on_result: impl FnMut(&FileResult),
) -> Report {
    let start = Instant::now();
    let next = AtomicUsize::new(0);
    let jobs = config.jobs.clamp(1, files.len().max(1));
    let mut slots: Vec<Option<FileResult>> = vec![None; files.len()];
    thread::scope(|s| {
        let (tx, rx) = mpsc::channel();
        for _ in 0..jobs {
            let tx = tx.clone();
            let next = &next;
            s.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(file) = files.get(i) else { break };
                if tx.send((i, check_one(config, file))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        for (i, result) in rx {
            on_result(&result);
            slots[i] = Some(result);
        }
    });
    let results = slots
        .into_iter()
        .zip(files)
        .map(|(r, f)| {
            r.unwrap_or_else(|| {
                FileResult::error(f, "the checking thread died".to_string(), Duration::ZERO)
            })
        })
        .collect();
    Report::new(config, results, start.elapsed())
}

/// Checks one program: compile it with the CPython into a fresh temporary directory, run
/// the `.pyc` under CPython and under krait in that directory, compare.
pub fn check_one(config: &Config, file: &Path) -> FileResult {
    let start = Instant::now();
    match check_inner(config, file, start) {
        Ok(r) => r,
        Err(msg) => FileResult::error(file, msg, start.elapsed()),
    }
}

fn check_inner(config: &Config, file: &Path, start: Instant) -> Result<FileResult, String> {
    let source = std::fs::read(file).map_err(|e| format!("cannot read: {e}"))?;
    let text = String::from_utf8_lossy(&source);
    let d = directives::parse(&text)?;
    if let Some(reason) = &d.skip {
        return Ok(FileResult::skipped(file, reason.clone()));
    }
    if let Some((maj, min)) = d.requires {
        if config.python.version < (maj, min) {
            return Ok(FileResult::skipped(
                file,
                format!("requires CPython {maj}.{min}+"),
            ));
        }
    }
    let timeout = d.timeout.unwrap_or(config.timeout);

    let tmp = tempfile::Builder::new()
        .prefix("krait-conform-")
        .tempdir()
        .map_err(|e| format!("cannot make a temporary directory: {e}"))?;
    let dir = tmp.path();
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "prog".into());
    let py_name = format!("{stem}.py");
    let pyc_name = format!("{stem}.pyc");

    let mut env = child::base_env(dir);
    if let Some(stdlib) = config.python.stdlib_dir() {
        child::set_env(&mut env, "KRAIT_STDLIB", &stdlib.display().to_string());
    }
    for (k, v) in &d.env {
        child::set_env(&mut env, k, v);
    }

    // Compile with a relative source path: co_filename is "NAME.py", which both runs find
    // in their working directory (for traceback source lines) and which reads the same in
    // every report, wherever the temporary directory is.
    reset_dir(dir, &[(&py_name, &source)])?;
    let compile = child::run(&child::Spec {
        program: config.python.path.clone(),
        // -I: the program's directory is not on sys.path, so a program named like a stdlib
        // module (`string.py`) does not shadow what py_compile imports.
        args: vec![
            "-I".into(),
            "-c".into(),
            "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)"
                .into(),
            py_name.clone().into(),
            pyc_name.clone().into(),
        ],
        cwd: dir.to_path_buf(),
        env: env.clone(),
        stdin: None,
        timeout: timeout.max(Duration::from_secs(30)),
    })?;
    if compile.exit != Some(0) {
        let err = String::from_utf8_lossy(&compile.stderr);
        let last = err
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        return Err(format!(
            "does not compile with CPython {}: {}",
            config.python.short_version(),
            last.trim()
        ));
    }
    let pyc = std::fs::read(dir.join(&pyc_name)).map_err(|e| format!("no .pyc written: {e}"))?;
    let support = support_files(config, file, &d.files, dir, &env, timeout)?;
    let mut owned: Vec<(String, Vec<u8>)> =
        vec![(py_name.clone(), source.clone()), (pyc_name.clone(), pyc)];
    owned.extend(
        support
            .into_iter()
            .filter(|(n, _)| *n != py_name && *n != pyc_name),
    );
    let files: Vec<(&str, &[u8])> = owned
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();

    let argv = |pre: &[OsString]| -> Vec<OsString> {
        let mut v = pre.to_vec();
        v.push(pyc_name.clone().into());
        v.extend(d.args.iter().map(OsString::from));
        v
    };
    let spec = |program: &Path, pre: &[OsString]| child::Spec {
        program: program.to_path_buf(),
        args: argv(pre),
        cwd: dir.to_path_buf(),
        env: env.clone(),
        stdin: d.stdin.clone(),
        timeout,
    };

    // Each run starts from the same directory holding only the program and its .pyc, so
    // files the first run writes cannot change the second.
    reset_dir(dir, &files)?;
    let cpython = child::run(&spec(&config.python.path, &[]))?;
    reset_dir(dir, &files)?;
    let krait =
        child::run(&spec(&config.krait, &config.krait_args)).map_err(|e| format!("krait: {e}"))?;
    drop(tmp);

    Ok(FileResult::compare(
        file,
        &cpython,
        &krait,
        timeout,
        start.elapsed(),
    ))
}

/// Copies a program's support files (its `files` directive) into `dir`, compiles them to
/// `__pycache__` with the CPython (checked-hash pycs, so that rewriting the files for each
/// run keeps them valid), and returns every file written, as paths relative to `dir`.
fn support_files(
    config: &Config,
    program: &Path,
    entries: &[String],
    dir: &Path,
    env: &[(OsString, OsString)],
    timeout: Duration,
) -> Result<Vec<(String, Vec<u8>)>, String> {
    if entries.is_empty() {
        return Ok(Vec::new());
    }
    let base = program.parent().unwrap_or(Path::new("."));
    let mut targets: Vec<OsString> = Vec::new();
    for e in entries {
        let src = base.join(e);
        let name = src
            .file_name()
            .ok_or_else(|| format!("files: bad path {e:?}"))?
            .to_owned();
        copy_tree(&src, &dir.join(&name)).map_err(|err| format!("files: {e}: {err}"))?;
        targets.push(name);
    }
    let mut args: Vec<OsString> = vec![
        "-I".into(),
        "-m".into(),
        "compileall".into(),
        "-q".into(),
        "--invalidation-mode".into(),
        "checked-hash".into(),
    ];
    args.extend(targets);
    let out = child::run(&child::Spec {
        program: config.python.path.clone(),
        args,
        cwd: dir.to_path_buf(),
        env: env.to_vec(),
        stdin: None,
        timeout: timeout.max(Duration::from_secs(30)),
    })?;
    if out.exit != Some(0) {
        return Err(format!(
            "support files do not compile: {}",
            String::from_utf8_lossy(&out.stdout).trim()
        ));
    }
    let mut found = Vec::new();
    collect_files(dir, dir, &mut found).map_err(|e| format!("files: {e}"))?;
    Ok(found)
}

fn copy_tree(src: &Path, dst: &Path) -> std::io::Result<()> {
    if src.is_dir() {
        std::fs::create_dir_all(dst)?;
        for entry in std::fs::read_dir(src)? {
            let entry = entry?;
            if entry.file_name() == "__pycache__" {
                continue;
            }
            copy_tree(&entry.path(), &dst.join(entry.file_name()))?;
        }
        Ok(())
    } else {
        std::fs::copy(src, dst).map(|_| ())
    }
}

fn collect_files(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let p = entry.path();
        if p.is_dir() {
            collect_files(root, &p, out)?;
        } else if let Ok(rel) = p.strip_prefix(root) {
            out.push((rel.to_string_lossy().into_owned(), std::fs::read(&p)?));
        }
    }
    Ok(())
}

/// Empties `dir` and writes `files` into it.
fn reset_dir(dir: &Path, files: &[(&str, &[u8])]) -> Result<(), String> {
    let rd = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in rd.flatten() {
        let p = entry.path();
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        let r = if is_dir {
            std::fs::remove_dir_all(&p)
        } else {
            std::fs::remove_file(&p)
        };
        r.map_err(|e| format!("cannot clean {}: {e}", p.display()))?;
    }
    for (name, bytes) in files {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(&path, bytes).map_err(|e| format!("cannot write {name}: {e}"))?;
    }
    Ok(())
}
