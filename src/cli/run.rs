//! `krait run [--dispatch NAME] FILE.pyc [ARGS…]`: runs a module as `__main__` with
//! `sys.argv = [FILE.pyc, ARGS…]`, like `python3.11 FILE.pyc ARGS…`: buffered stdout
//! flushed at exit (nothing lost on error), an uncaught exception printed as a traceback
//! on stderr with exit status 1, and `SystemExit` semantics.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use krait::loader::{pyc, PyVersion};
use krait::object::exceptions::{exc_args, exc_data};
use krait::object::protocol;
use krait::object::Value;
use krait::vm::{Dispatch, RunError, Vm};

use super::error_line;

#[derive(Args)]
pub struct RunArgs {
    /// The dispatch loop: `match` or `fn-table`.
    #[arg(long, default_value = "match", value_parser = parse_dispatch)]
    dispatch: Dispatch,
    /// CPython's standard library directory (`…/lib/python3.11`); default: `KRAIT_STDLIB`,
    /// else found from a `python3.11` on PATH, pyenv, or /usr/lib, /usr/local/lib.
    #[arg(long, value_name = "DIR")]
    stdlib: Option<PathBuf>,
    /// The `.pyc` file.
    file: PathBuf,
    /// Arguments for the program (`sys.argv[1:]`).
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

fn parse_dispatch(s: &str) -> Result<Dispatch, String> {
    Dispatch::from_name(s).ok_or_else(|| format!("expected one of {}", Dispatch::NAMES.join(", ")))
}

/// Stack of the thread the VM runs on: native recursion (repr of nested containers,
/// native re-entries) is bounded by counters (`krait_object::recursion`), and this
/// leaves them ample room.
const VM_STACK: usize = 1 << 30;

pub fn run(args: &RunArgs) -> ExitCode {
    install_sigint();
    std::thread::scope(|s| {
        std::thread::Builder::new()
            .stack_size(VM_STACK)
            .spawn_scoped(s, || run_on_thread(args))
            .map_or(ExitCode::from(1), |h| h.join().unwrap_or(ExitCode::from(1)))
    })
}

#[cfg(unix)]
extern "C" fn on_sigint(_sig: libc::c_int) {
    krait::vm::signals::trip(libc::SIGINT as usize);
}

fn install_sigint() {
    #[cfg(unix)]
    // SAFETY: the handler only stores to an atomic (async-signal-safe).
    unsafe {
        // Like CPython: an ignored SIGINT (a background job) stays ignored.
        let old = libc::signal(
            libc::SIGINT,
            on_sigint as extern "C" fn(libc::c_int) as libc::sighandler_t,
        );
        if old == libc::SIG_IGN {
            libc::signal(libc::SIGINT, libc::SIG_IGN);
        }
    }
}

/// Like CPython after an uncaught KeyboardInterrupt: die of SIGINT (status 130 in a shell).
fn die_of_sigint() {
    #[cfg(unix)]
    // SAFETY: restoring the default action and signalling ourselves.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::kill(libc::getpid(), libc::SIGINT);
    }
}

fn run_on_thread(args: &RunArgs) -> ExitCode {
    let path = &args.file;
    let fail = |msg: &str| {
        eprintln!("{}", error_line(path, msg));
        ExitCode::from(1)
    };
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return fail(&e.to_string()),
    };
    let (header, code) = match pyc::load(&bytes) {
        Ok(x) => x,
        Err(e) => return fail(&e.to_string()),
    };
    if header.version != PyVersion::V3_11 {
        return fail(&format!(
            "running CPython {} bytecode is not supported yet (krait runs 3.11)",
            header.version
        ));
    }
    let mut argv = vec![path.display().to_string()];
    argv.extend(args.args.iter().cloned());
    let mut vm = Vm::new(header.version, argv);
    vm.dispatch = args.dispatch;
    if let Some(dir) = &args.stdlib {
        vm.set_stdlib(Some(dir.clone()));
    }
    let main = vm.main_globals.clone();
    krait::vm::import::spec::init_main_attrs(&main, path);
    let result = vm.run_main(&code);
    let status = match result {
        Ok(()) => 0,
        Err(RunError::Prep(msg)) => {
            vm.flush_all();
            return fail(&msg);
        }
        Err(RunError::Py(err)) => {
            let t = krait::object::builtin_types();
            if err.matches(&t.exc.system_exit) {
                system_exit_status(&mut vm, &err.exc)
            } else {
                vm.stdout.flush();
                let report = krait::vm::traceback::format_exception(&mut vm, &err.exc);
                vm.stderr.write(&report);
                if err.matches(&t.exc.keyboard_interrupt) {
                    vm.flush_all();
                    die_of_sigint();
                    return ExitCode::from(130);
                }
                1
            }
        }
    };
    krait::vm::modules::atexit::run_exitfuncs(&mut vm);
    vm.shutdown();
    vm.flush_all();
    ExitCode::from((status & 0xff) as u8)
}

/// `SystemExit(code)`: None → 0, an int → itself, anything else printed to stderr → 1.
fn system_exit_status(vm: &mut Vm, exc: &krait::object::ObjRef) -> i64 {
    let _ = exc_data(exc);
    let args = exc_args(exc);
    let code = match args.len() {
        0 => Value::None,
        1 => args[0].clone(),
        _ => krait::object::types::tuple::new_tuple(args),
    };
    match &code {
        Value::None => 0,
        Value::Int(n) => *n,
        Value::Bool(b) => i64::from(*b),
        _ => {
            let msg = protocol::str_string(vm, &code).unwrap_or_default();
            vm.stdout.flush();
            vm.stderr.write(&format!("{msg}\n"));
            1
        }
    }
}
