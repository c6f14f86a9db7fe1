//! `krait conform [--python PYTHON] [--krait PATH] [--json FILE] [--timeout SECS] [-j N]
//! [-q] PATH…`: run each `.py` program under CPython and under `krait run` and compare
//! (see docs/conform.md). Exit status: 0 all passed, 1 some failed, 2 usage error.

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use krait::conform::{self, Config, Status};
use krait::python_finder;

#[derive(Args)]
pub struct ConformArgs {
    /// The CPython to compare against (a path, or a name on PATH); the .pyc version follows
    /// it. Default: python3.11 from PATH or pyenv.
    #[arg(long, value_name = "PYTHON")]
    python: Option<OsString>,
    /// The krait executable to test (default: this one).
    #[arg(long, value_name = "PATH")]
    krait: Option<PathBuf>,
    /// Also write a machine-readable report here.
    #[arg(long, value_name = "FILE")]
    json: Option<PathBuf>,
    /// Seconds each run may take before it is killed and counted as a failure.
    #[arg(long, value_name = "SECS", default_value_t = 10.0, value_parser = parse_secs)]
    timeout: f64,
    /// Programs checked at once (default: the available cores).
    #[arg(short = 'j', long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    jobs: Option<u32>,
    /// No progress bar and no line per passing program.
    #[arg(short, long)]
    quiet: bool,
    /// `.py` files, or directories searched recursively.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
}

fn parse_secs(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() && v > 0.0 && v < 1e9 => Ok(v),
        _ => Err(format!("not a positive number of seconds: {s:?}")),
    }
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("krait conform: {msg}");
    ExitCode::from(2)
}

pub fn run(args: &ConformArgs) -> ExitCode {
    let files = match conform::discover(&args.paths) {
        Ok(f) => f,
        Err(e) => return usage_error(&e.to_string()),
    };
    let python = match python_finder::find(args.python.as_deref(), conform::DEFAULT_PYTHON) {
        Ok(p) => p,
        Err(e) if args.python.is_some() => return usage_error(&e.to_string()),
        Err(e) => {
            return usage_error(&format!(
                "{e}; install CPython {}.{} or name one with --python",
                conform::DEFAULT_PYTHON.0,
                conform::DEFAULT_PYTHON.1
            ))
        }
    };
    if !((3, 10)..=(3, 13)).contains(&python.version) {
        return usage_error(&format!(
            "{} is CPython {}; krait runs bytecode of 3.10-3.13",
            python.path.display(),
            python.full_version
        ));
    }
    let krait = match &args.krait {
        Some(p) => p.clone(),
        None => match std::env::current_exe() {
            Ok(p) => p,
            Err(e) => return usage_error(&format!("cannot find the krait executable: {e}")),
        },
    };
    if !krait.is_file() {
        return usage_error(&format!("{}: no such krait executable", krait.display()));
    }
    let mut config = Config::new(python, krait);
    config.timeout = Duration::from_secs_f64(args.timeout);
    if let Some(j) = args.jobs {
        config.jobs = j as usize;
    }

    let bar = ProgressBar::new(files.len() as u64);
    if args.quiet || !std::io::stderr().is_terminal() {
        bar.set_draw_target(ProgressDrawTarget::hidden());
    } else if let Ok(style) =
        ProgressStyle::with_template("{bar:30} {pos}/{len} {elapsed} {wide_msg}")
    {
        bar.set_style(style);
    }
    let quiet = args.quiet;
    let report = conform::run_files(&config, &files, |r| {
        bar.inc(1);
        bar.set_message(r.path.display().to_string());
        let line = match r.status {
            Status::Pass | Status::Skip if quiet => return,
            Status::Pass => format!("PASS    {} ({} ms)", r.path.display(), r.duration_ms),
            _ => format!(
                "{:<7} {}: {}",
                r.status.label(),
                r.path.display(),
                r.message
            ),
        };
        bar.suspend(|| println!("{line}"));
    });
    bar.finish_and_clear();

    let mut out = std::io::stdout().lock();
    let failures: Vec<_> = report.failures().collect();
    if !failures.is_empty() {
        let _ = writeln!(out);
    }
    for f in failures {
        let _ = writeln!(out, "{}", f.failure_text());
    }
    let _ = writeln!(out, "{}", report.summary_line());
    let _ = out.flush();

    if let Some(path) = &args.json {
        if let Err(e) = std::fs::write(path, report.to_json() + "\n") {
            return usage_error(&format!("cannot write {}: {e}", path.display()));
        }
    }
    if report.all_passed() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
