//! `krait dis [--show-caches] FILE.pyc`: the disassembly of the module code object, as
//! the CPython that wrote the file prints `dis.dis(code)`.
//!
//! The hidden `--batch` mode serves `scripts/sweep.py`: it reads one path per line on
//! stdin and, for each, writes a record `<byte length>\n<disassembly or error line>`,
//! flushing after every file, so one process serves a whole corpus. (Length prefixes, not
//! separators: a name in a hostile file may hold any byte.)

use std::io::{self, BufRead, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;
use krait::loader::dis::{self, DisOptions};

use super::{error_line, load_code};

#[derive(Args)]
pub struct DisArgs {
    /// Also print the inline cache entries (`dis.dis(code, show_caches=True)`; 3.11+).
    #[arg(long)]
    show_caches: bool,
    /// Write krait's assembly language instead (`krait asm` turns it back into the
    /// identical .pyc).
    #[arg(long)]
    asm: bool,
    /// Read paths from stdin; write each disassembly as `<length>\n<text>`.
    #[arg(long, hide = true, conflicts_with = "file")]
    batch: bool,
    /// The `.pyc` file.
    #[arg(required_unless_present = "batch")]
    file: Option<PathBuf>,
}

fn disassemble(path: &Path, opts: &DisOptions) -> Result<String, String> {
    let code = load_code(path)?;
    Ok(dis::dis(&code, opts))
}

pub fn run(args: &DisArgs) -> ExitCode {
    if args.asm {
        if let Some(path) = &args.file {
            return super::asm::dis_asm(path);
        }
    }
    let opts = DisOptions {
        show_caches: args.show_caches,
        depth: None,
    };
    match &args.file {
        Some(path) if !args.batch => single(path, &opts),
        _ => batch(&opts),
    }
}

fn single(path: &Path, opts: &DisOptions) -> ExitCode {
    match disassemble(path, opts) {
        Ok(text) => {
            let mut out = io::stdout().lock();
            // A closed pipe (`krait dis x.pyc | head`) is not an error worth reporting.
            let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("{}", error_line(path, &message));
            ExitCode::FAILURE
        }
    }
}

fn batch(opts: &DisOptions) -> ExitCode {
    // A panic is reported in the file's output instead of killing the whole batch.
    panic::set_hook(Box::new(|_| {}));
    let stdin = io::stdin().lock();
    let mut out = io::BufWriter::new(io::stdout().lock());
    for line in stdin.lines() {
        let Ok(line) = line else { break };
        let path = PathBuf::from(line);
        let text = match panic::catch_unwind(AssertUnwindSafe(|| disassemble(&path, opts))) {
            Ok(Ok(text)) => text,
            Ok(Err(message)) => error_line(&path, &message) + "\n",
            Err(payload) => {
                let what = payload
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                error_line(&path, &format!("panic: {what}")) + "\n"
            }
        };
        let ok = writeln!(out, "{}", text.len())
            .and_then(|()| out.write_all(text.as_bytes()))
            .and_then(|()| out.flush());
        if ok.is_err() {
            break;
        }
    }
    ExitCode::SUCCESS
}
