//! Running one child process with a clean environment, fed stdin, captured output and a
//! timeout after which it (and its whole process group, on Unix) is killed.

use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// Each captured stream keeps at most this many bytes (the rest is read and dropped), so a
/// runaway `while True: print()` cannot exhaust memory before its timeout.
pub const CAPTURE_LIMIT: usize = 8 << 20;

/// What to run.
#[derive(Debug, Clone)]
pub struct Spec {
    pub program: PathBuf,
    pub args: Vec<OsString>,
    pub cwd: PathBuf,
    /// The complete environment (the parent's is not inherited).
    pub env: Vec<(OsString, OsString)>,
    /// `None`: stdin is the null device.
    pub stdin: Option<Vec<u8>>,
    pub timeout: Duration,
}

/// How a child ended.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The exit code; a death by signal N is `-N` (Python's `returncode` convention).
    /// `None` when the child was killed for its timeout.
    pub exit: Option<i32>,
    pub timed_out: bool,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// A stream was longer than [`CAPTURE_LIMIT`].
    pub truncated: bool,
    pub duration: Duration,
}

/// Runs a child to its end or its timeout. The error is a failure to start it.
pub fn run(spec: &Spec) -> Result<Outcome, String> {
    let mut cmd = Command::new(&spec.program);
    cmd.args(&spec.args)
        .current_dir(&spec.cwd)
        .env_clear()
        .envs(spec.env.iter().map(|(k, v)| (k, v)))
        .stdin(if spec.stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        // Its own process group, so that the timeout kills grandchildren too.
        cmd.process_group(0);
    }
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::process::CommandExt;
        // Outside the terminal's process group a Ctrl-C no longer reaches the child: have the
        // kernel kill it when the runner's thread goes, rather than leave it running.
        // SAFETY: the closure only makes one async-signal-safe system call.
        unsafe {
            cmd.pre_exec(|| {
                libc::prctl(
                    libc::PR_SET_PDEATHSIG,
                    libc::SIGKILL as libc::c_ulong,
                    0,
                    0,
                    0,
                );
                Ok(())
            });
        }
    }
    let start = Instant::now();
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", spec.program.display()))?;

    let writer = match (child.stdin.take(), spec.stdin.clone()) {
        (Some(mut pipe), Some(data)) => Some(thread::spawn(move || {
            // A child that exits without reading all of its input is not an error.
            let _ = pipe.write_all(&data);
        })),
        _ => None,
    };
    let out_reader = child
        .stdout
        .take()
        .map(|p| thread::spawn(move || capture(p)));
    let err_reader = child
        .stderr
        .take()
        .map(|p| thread::spawn(move || capture(p)));

    let (status, timed_out) = wait_with_timeout(&mut child, spec.timeout);
    let duration = start.elapsed();
    // The program has ended (or was killed): end whatever it left running in its group,
    // which would otherwise hold the pipes open and hang the readers.
    kill_group(&child);
    if timed_out {
        let _ = child.kill();
        let _ = child.wait();
    }

    let join = |h: Option<thread::JoinHandle<(Vec<u8>, bool)>>| {
        h.and_then(|h| h.join().ok()).unwrap_or_default()
    };
    let (stdout, t1) = join(out_reader);
    let (stderr, t2) = join(err_reader);
    if let Some(w) = writer {
        let _ = w.join();
    }
    Ok(Outcome {
        exit: if timed_out {
            None
        } else {
            status.map(exit_code)
        },
        timed_out,
        stdout,
        stderr,
        truncated: t1 || t2,
        duration,
    })
}

/// Reads a pipe to its end, keeping the first [`CAPTURE_LIMIT`] bytes.
fn capture(mut pipe: impl Read) -> (Vec<u8>, bool) {
    let mut kept = Vec::new();
    let mut buf = [0u8; 64 * 1024];
    let mut truncated = false;
    loop {
        match pipe.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                let room = CAPTURE_LIMIT.saturating_sub(kept.len());
                if n > room {
                    truncated = true;
                }
                kept.extend_from_slice(&buf[..n.min(room)]);
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => break,
        }
    }
    (kept, truncated)
}

/// Polls the child until it exits or the timeout passes (then kills it).
/// Returns its status (if it could be had) and whether it timed out.
fn wait_with_timeout(child: &mut Child, timeout: Duration) -> (Option<ExitStatus>, bool) {
    let deadline = Instant::now() + timeout;
    let mut nap = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return (Some(status), false),
            Ok(None) => {}
            Err(_) => return (child.wait().ok(), false),
        }
        let now = Instant::now();
        if now >= deadline {
            kill_group(child);
            let _ = child.kill();
            let _ = child.wait();
            return (None, true);
        }
        thread::sleep(nap.min(deadline - now));
        nap = (nap * 2).min(Duration::from_millis(10));
    }
}

#[cfg(unix)]
fn kill_group(child: &Child) {
    if let Ok(pid) = libc::pid_t::try_from(child.id()) {
        // SAFETY: killpg only sends a signal; the group is the child's own (process_group(0)).
        unsafe {
            libc::killpg(pid, libc::SIGKILL);
        }
    }
}

#[cfg(not(unix))]
fn kill_group(_child: &Child) {}

#[cfg(unix)]
fn exit_code(status: ExitStatus) -> i32 {
    use std::os::unix::process::ExitStatusExt;
    status
        .code()
        .or_else(|| status.signal().map(|s| -s))
        .unwrap_or(-1)
}

#[cfg(not(unix))]
fn exit_code(status: ExitStatus) -> i32 {
    status.code().unwrap_or(-1)
}

/// The environment both runs get: nothing inherited but `PATH` (and `TMPDIR`, `SYSTEMROOT`
/// where set), plus a fixed locale and hash seed. `home` becomes `HOME`.
pub fn base_env(home: &Path) -> Vec<(OsString, OsString)> {
    let mut env: Vec<(OsString, OsString)> = Vec::new();
    for name in ["PATH", "TMPDIR", "SYSTEMROOT"] {
        if let Some(v) = std::env::var_os(name) {
            env.push((name.into(), v));
        }
    }
    env.push(("HOME".into(), home.as_os_str().to_owned()));
    for (k, v) in [
        ("LANG", "C.UTF-8"),
        ("LC_ALL", "C.UTF-8"),
        ("PYTHONHASHSEED", "0"),
        ("PYTHONDONTWRITEBYTECODE", "1"),
        ("PYTHONNOUSERSITE", "1"),
    ] {
        env.push((k.into(), v.into()));
    }
    env
}

/// Sets `name` in an environment list, replacing an earlier value.
pub fn set_env(env: &mut Vec<(OsString, OsString)>, name: &str, value: &str) {
    env.retain(|(k, _)| k != name);
    env.push((name.into(), value.into()));
}
