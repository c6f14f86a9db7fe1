//! `sys.stdin`, `sys.stdout`, `sys.stderr`: real `TextIOWrapper`s over
//! `BufferedReader`/`BufferedWriter` over `FileIO` (`closefd=False`), as CPython's
//! `create_stdio`. The writers hand their bytes to the VM's stream buffers
//! (`Vm::stdout`/`Vm::stderr`): stdout is block-buffered unless a terminal, stderr
//! line-buffered, both flushed at exit and before a traceback.

use krait_object::native::new_native;
use krait_object::Value;

use super::buffered::{type_of, Buffered, Kind};
use super::fileio::{fileio_type, FileIO};
use super::textio::{textio_type, TextIO};

/// The standard stream on `fd` (0, 1 or 2).
pub fn std_stream(fd: u8) -> Value {
    use std::io::IsTerminal;
    let name = ["<stdin>", "<stdout>", "<stderr>"][usize::from(fd.min(2))];
    let raw = new_native(fileio_type(), FileIO::for_std(i32::from(fd), name));
    let kind = if fd == 0 { Kind::Reader } else { Kind::Writer };
    let buffer = new_native(type_of(kind), Buffered::for_std(kind, raw, fd as i8));
    let tty = match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    };
    let errors = if fd == 2 {
        "backslashreplace"
    } else if escapes_surrogates() {
        "surrogateescape"
    } else {
        "strict"
    };
    let line_buffering = fd == 2 || tty;
    new_native(
        textio_type(),
        TextIO::for_std(buffer, fd, errors, line_buffering),
    )
}

/// CPython's stdin/stdout error handler rule: `surrogateescape` under the C/POSIX
/// locale, a UTF-8 coercion target locale (`C.UTF-8` …) or UTF-8 mode; else `strict`.
fn escapes_surrogates() -> bool {
    if std::env::var("PYTHONUTF8").is_ok_and(|v| v == "1") {
        return true;
    }
    let loc = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .unwrap_or_default();
    matches!(
        loc.as_str(),
        "" | "C" | "POSIX" | "C.UTF-8" | "C.utf8" | "UTF-8"
    )
}
