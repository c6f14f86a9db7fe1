//! `krait asm FILE.kasm [-o FILE.pyc]`: assemble a module written in krait's assembly
//! language (docs/asm.md) into a `.pyc` the matching CPython runs. Errors are reported as
//! `FILE:LINE:COL: message` with exit status 1.
//!
//! The hidden `--roundtrip-batch` mode serves `scripts/sweep.py`: it reads one `.pyc` path
//! per line on stdin and prints `ok PATH` or `FAIL PATH: reason` per line. With
//! `--marshal-only` it checks that the loader writes the file back byte for byte; otherwise
//! it writes the file as assembly (`krait dis --asm`), assembles that text and compares the
//! result with the file's bytes.

use std::io::{self, BufRead, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use krait::loader::asm;

use super::error_line;

#[derive(Args)]
pub struct AsmArgs {
    /// Where to write the .pyc (default: FILE with the extension .pyc).
    #[arg(short = 'o', long = "output")]
    output: Option<PathBuf>,
    /// Read .pyc paths from stdin; disassemble, reassemble and compare each.
    #[arg(long, hide = true, conflicts_with = "file")]
    roundtrip_batch: bool,
    /// With --roundtrip-batch: only parse and re-marshal each file.
    #[arg(long, hide = true, requires = "roundtrip_batch")]
    marshal_only: bool,
    /// The assembly source (.kasm).
    #[arg(required_unless_present = "roundtrip_batch")]
    file: Option<PathBuf>,
}

pub fn run(args: &AsmArgs) -> ExitCode {
    match &args.file {
        Some(file) if !args.roundtrip_batch => assemble_file(file, args.output.as_deref()),
        _ => roundtrip_batch(if args.marshal_only {
            marshal_roundtrip
        } else {
            roundtrip
        }),
    }
}

fn assemble_file(file: &Path, output: Option<&Path>) -> ExitCode {
    let text = match std::fs::read(file) {
        Ok(b) => match String::from_utf8(b) {
            Ok(t) => t,
            Err(_) => {
                eprintln!("{}", error_line(file, "not UTF-8 text"));
                return ExitCode::FAILURE;
            }
        },
        Err(e) => {
            eprintln!("{}", error_line(file, &e.to_string()));
            return ExitCode::FAILURE;
        }
    };
    let bytes = match asm::assemble(&text) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{}", e.render(&file.display().to_string()));
            return ExitCode::FAILURE;
        }
    };
    let out = output.map_or_else(|| file.with_extension("pyc"), Path::to_path_buf);
    if let Err(e) = std::fs::write(&out, bytes) {
        eprintln!("{}", error_line(&out, &e.to_string()));
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// Disassembles, reassembles and compares one file with its bytes on disk.
pub fn roundtrip(path: &Path) -> Result<(), String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let text = asm::disassemble(&bytes)?;
    let again = asm::assemble(&text).map_err(|e| format!("reassembly failed: {e}"))?;
    same_bytes(&again, &bytes)
}

/// Parses one file and writes it back with the loader's marshal writer.
pub fn marshal_roundtrip(path: &Path) -> Result<(), String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let pyc = krait::loader::pyc::Pyc::parse(&bytes).map_err(|e| e.to_string())?;
    pyc.code().map_err(|e| e.to_string())?;
    same_bytes(&pyc.to_bytes(), &bytes)
}

fn same_bytes(got: &[u8], want: &[u8]) -> Result<(), String> {
    if got == want {
        return Ok(());
    }
    let at = got
        .iter()
        .zip(want)
        .position(|(a, b)| a != b)
        .unwrap_or(got.len().min(want.len()));
    Err(format!(
        "bytes differ from byte {at} ({} written, {} in the file)",
        got.len(),
        want.len()
    ))
}

fn roundtrip_batch(check: fn(&Path) -> Result<(), String>) -> ExitCode {
    panic::set_hook(Box::new(|_| {}));
    let stdin = io::stdin().lock();
    let mut out = io::BufWriter::new(io::stdout().lock());
    for line in stdin.lines() {
        let Ok(line) = line else { break };
        let path = PathBuf::from(&line);
        let res = match panic::catch_unwind(AssertUnwindSafe(|| check(&path))) {
            Ok(r) => r,
            Err(p) => Err(format!(
                "panic: {}",
                p.downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| p.downcast_ref::<String>().cloned())
                    .unwrap_or_default()
            )),
        };
        let ok = match res {
            Ok(()) => writeln!(out, "ok {line}"),
            Err(m) => writeln!(out, "FAIL {line}: {m}"),
        };
        if ok.and_then(|()| out.flush()).is_err() {
            break;
        }
    }
    ExitCode::SUCCESS
}

/// `krait dis --asm FILE.pyc`.
pub fn dis_asm(path: &Path) -> ExitCode {
    let res = std::fs::read(path)
        .map_err(|e| e.to_string())
        .and_then(|b| asm::disassemble(&b));
    match res {
        Ok(text) => {
            let mut out = io::stdout().lock();
            let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
            ExitCode::SUCCESS
        }
        Err(m) => {
            eprintln!("{}", error_line(path, &m));
            ExitCode::FAILURE
        }
    }
}
