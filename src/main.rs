//! The `krait` command line. Each subcommand lives in `cli/`.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod alloc;
mod cli;

#[global_allocator]
static GLOBAL: alloc::Alloc = alloc::Alloc;

/// A virtual machine for CPython 3.10–3.13 bytecode.
#[derive(Parser)]
#[command(name = "krait", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Print a .pyc's disassembly exactly as that CPython's `dis.dis` would.
    Dis(cli::dis::DisArgs),
    /// Assemble a .kasm file (krait's assembly language) into a .pyc.
    Asm(cli::asm::AsmArgs),
    /// Run .py programs under CPython and under `krait run` and compare their output.
    Conform(cli::conform::ConformArgs),
    /// Run a CPython 3.11 .pyc like `python3.11 FILE.pyc ARGS…`.
    Run(cli::run::RunArgs),
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Dis(args) => cli::dis::run(&args),
        Command::Asm(args) => cli::asm::run(&args),
        Command::Conform(args) => cli::conform::run(&args),
        Command::Run(args) => cli::run::run(&args),
    }
}
