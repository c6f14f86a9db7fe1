//! `posix`: the operating-system interface `os` re-exports (`from posix import *`),
//! CPython's `Modules/posixmodule.c` over the C library (`libc`).
//!
//! Files: `path` (path/fd arguments, errno → OSError), `stat` (stat_result), `fs` (file
//! and directory operations), `dir` (listdir/scandir/DirEntry), `proc` (environment,
//! processes, system queries).

mod dir;
mod fs;
pub mod path;
mod proc;
pub mod stat;

use krait_object::error::PyResult;
use krait_object::types::list::new_list;
use krait_object::types::str::new_str;
use krait_object::Value;

use super::{new_module_with, set_attr};
use crate::builtins::FunctionTable;
use crate::vm::Vm;

static FUNCTIONS: FunctionTable = &[
    ("stat", stat::stat),
    ("lstat", stat::lstat),
    ("fstat", stat::fstat),
    ("open", fs::open),
    ("read", fs::read),
    ("write", fs::write),
    ("close", fs::close),
    ("closerange", fs::closerange),
    ("lseek", fs::lseek),
    ("fsync", fs::fsync),
    ("ftruncate", fs::ftruncate),
    ("truncate", fs::truncate),
    ("unlink", fs::unlink),
    ("remove", fs::remove),
    ("rmdir", fs::rmdir),
    ("rename", fs::rename),
    ("replace", fs::replace),
    ("mkdir", fs::mkdir),
    ("access", fs::access),
    ("chmod", fs::chmod),
    ("utime", fs::utime),
    ("readlink", fs::readlink),
    ("symlink", fs::symlink),
    ("link", fs::link),
    ("umask", fs::umask),
    ("getcwd", fs::getcwd),
    ("getcwdb", fs::getcwdb),
    ("chdir", fs::chdir),
    ("isatty", fs::isatty),
    ("pipe", fs::pipe),
    ("dup", fs::dup),
    ("dup2", fs::dup2),
    ("get_inheritable", fs::get_inheritable),
    ("set_inheritable", fs::set_inheritable),
    ("get_blocking", fs::get_blocking),
    ("set_blocking", fs::set_blocking),
    ("device_encoding", fs::device_encoding),
    ("listdir", dir::listdir),
    ("scandir", dir::scandir),
    ("putenv", proc::putenv),
    ("unsetenv", proc::unsetenv),
    ("getpid", proc::getpid),
    ("getppid", proc::getppid),
    ("getuid", proc::getuid),
    ("geteuid", proc::geteuid),
    ("getgid", proc::getgid),
    ("getegid", proc::getegid),
    ("getpgrp", proc::getpgrp),
    ("strerror", proc::strerror),
    ("kill", proc::kill),
    ("waitpid", proc::waitpid),
    ("WIFEXITED", proc::wifexited),
    ("WEXITSTATUS", proc::wexitstatus),
    ("WIFSIGNALED", proc::wifsignaled),
    ("WTERMSIG", proc::wtermsig),
    ("WIFSTOPPED", proc::wifstopped),
    ("WSTOPSIG", proc::wstopsig),
    ("WCOREDUMP", proc::wcoredump),
    ("WIFCONTINUED", proc::wifcontinued),
    ("waitstatus_to_exitcode", proc::waitstatus_to_exitcode),
    ("_exit", proc::exit_),
    ("times", proc::times),
    ("uname", proc::uname),
    ("cpu_count", proc::cpu_count),
    ("get_terminal_size", proc::get_terminal_size),
    ("urandom", proc::urandom),
    ("fspath", proc::fspath),
    ("register_at_fork", proc::register_at_fork),
];

/// The integer constants (Linux values).
static CONSTANTS: &[(&str, i64)] = &[
    ("CLD_CONTINUED", 6),
    ("CLD_DUMPED", 3),
    ("CLD_EXITED", 1),
    ("CLD_KILLED", 2),
    ("CLD_STOPPED", 5),
    ("CLD_TRAPPED", 4),
    ("EX_CANTCREAT", 73),
    ("EX_CONFIG", 78),
    ("EX_DATAERR", 65),
    ("EX_IOERR", 74),
    ("EX_NOHOST", 68),
    ("EX_NOINPUT", 66),
    ("EX_NOPERM", 77),
    ("EX_NOUSER", 67),
    ("EX_OK", 0),
    ("EX_OSERR", 71),
    ("EX_OSFILE", 72),
    ("EX_PROTOCOL", 76),
    ("EX_SOFTWARE", 70),
    ("EX_TEMPFAIL", 75),
    ("EX_UNAVAILABLE", 69),
    ("EX_USAGE", 64),
    ("F_LOCK", 1),
    ("F_OK", 0),
    ("F_TEST", 3),
    ("F_TLOCK", 2),
    ("F_ULOCK", 0),
    ("O_ACCMODE", 3),
    ("O_APPEND", 1024),
    ("O_ASYNC", 8192),
    ("O_CLOEXEC", 524288),
    ("O_CREAT", 64),
    ("O_DIRECT", 16384),
    ("O_DIRECTORY", 65536),
    ("O_DSYNC", 4096),
    ("O_EXCL", 128),
    ("O_FSYNC", 1052672),
    ("O_LARGEFILE", 0),
    ("O_NDELAY", 2048),
    ("O_NOATIME", 262144),
    ("O_NOCTTY", 256),
    ("O_NOFOLLOW", 131072),
    ("O_NONBLOCK", 2048),
    ("O_PATH", 2097152),
    ("O_RDONLY", 0),
    ("O_RDWR", 2),
    ("O_RSYNC", 1052672),
    ("O_SYNC", 1052672),
    ("O_TMPFILE", 4259840),
    ("O_TRUNC", 512),
    ("O_WRONLY", 1),
    ("PRIO_PGRP", 1),
    ("PRIO_PROCESS", 0),
    ("PRIO_USER", 2),
    ("P_ALL", 0),
    ("P_PGID", 2),
    ("P_PID", 1),
    ("P_PIDFD", 3),
    ("R_OK", 4),
    ("SEEK_DATA", 3),
    ("SEEK_HOLE", 4),
    ("ST_APPEND", 256),
    ("ST_MANDLOCK", 64),
    ("ST_NOATIME", 1024),
    ("ST_NODEV", 4),
    ("ST_NODIRATIME", 2048),
    ("ST_NOEXEC", 8),
    ("ST_NOSUID", 2),
    ("ST_RDONLY", 1),
    ("ST_RELATIME", 4096),
    ("ST_SYNCHRONOUS", 16),
    ("ST_WRITE", 128),
    ("WCONTINUED", 8),
    ("WEXITED", 4),
    ("WNOHANG", 1),
    ("WNOWAIT", 16777216),
    ("WSTOPPED", 2),
    ("WUNTRACED", 2),
    ("W_OK", 2),
    ("X_OK", 1),
];

/// What `os` may advertise in `supports_fd`/`supports_dir_fd`/…: only what this module
/// implements fully, so the stdlib picks its portable paths.
static HAVE_FUNCTIONS: &[&str] = &["HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FTRUNCATE", "HAVE_LSTAT"];

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let m = new_module_with("posix", FUNCTIONS);
    for &(name, n) in CONSTANTS {
        set_attr(&m, name, Value::Int(n));
    }
    set_attr(&m, "environ", proc::environ(vm)?);
    set_attr(
        &m,
        "_have_functions",
        new_list(HAVE_FUNCTIONS.iter().map(|s| new_str(s)).collect()),
    );
    set_attr(
        &m,
        "error",
        Value::Obj(krait_object::types::builtin_types().exc.os_error.clone()),
    );
    set_attr(&m, "stat_result", Value::Obj(stat::stat_result_type()));
    let [ts, tr, ur] = proc::seq_types();
    set_attr(&m, "terminal_size", Value::Obj(ts));
    set_attr(&m, "times_result", Value::Obj(tr));
    set_attr(&m, "uname_result", Value::Obj(ur));
    set_attr(&m, "DirEntry", Value::Obj(dir::entry_type()));
    Ok(m)
}
