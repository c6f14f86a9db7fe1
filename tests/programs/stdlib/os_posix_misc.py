# posix process/system helpers, environ, fspath, constants, errno and _stat.
import posix
import errno
import _stat

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(posix.error is OSError, posix.getpid() > 0, posix.getppid() > 0)
print(type(posix.getuid()).__name__, posix.geteuid() == posix.getuid(), posix.getgid() >= 0)
print(posix.strerror(2), "|", posix.strerror(13), "|", posix.strerror(99999))
show(posix.strerror, "x")
print(len(posix.urandom(16)), posix.urandom(0))
show(posix.urandom, -1)
print(posix.cpu_count() >= 1, len(posix.times()), type(posix.times()).__name__)
u = posix.uname()
print(u.sysname, len(u), type(u).__name__)
print(posix.terminal_size((80, 24)), posix.terminal_size((80, 24)).lines)
print(posix.O_RDONLY, posix.O_WRONLY, posix.O_RDWR, posix.O_CREAT, posix.O_EXCL, posix.O_TRUNC, posix.O_APPEND)
print(posix.F_OK, posix.R_OK, posix.W_OK, posix.X_OK, hasattr(posix, "SEEK_SET"), posix.SEEK_DATA)
print(posix.WNOHANG, posix.EX_OK, type(posix._have_functions).__name__)
for f in ["WIFEXITED", "WEXITSTATUS", "WIFSIGNALED", "WTERMSIG", "WIFSTOPPED", "WSTOPSIG", "WCOREDUMP", "WIFCONTINUED"]:
    print(f, getattr(posix, f)(256), getattr(posix, f)(9))
print(posix.waitstatus_to_exitcode(256), posix.waitstatus_to_exitcode(9))
show(posix.kill, 999999999, 0)
print(posix.kill(posix.getpid(), 0))

show(posix.fspath, "p")
show(posix.fspath, b"p")
show(posix.fspath, 1)
class P:
    def __fspath__(self):
        return "from-fspath"
class Bad:
    def __fspath__(self):
        return 1
show(posix.fspath, P())
show(posix.fspath, Bad())
show(posix.stat, Bad())

env = posix.environ
print(type(env).__name__, all(type(k) is bytes for k in env), b"PATH" in env)
posix.putenv("KRAIT_TEST_VAR", "v1")
posix.unsetenv("KRAIT_TEST_VAR")
show(posix.putenv, "", "x")
show(posix.putenv, "A=B", "x")
show(posix.register_at_fork)
show(posix.register_at_fork, before=1)
print(posix.register_at_fork(before=print))
print(posix.device_encoding(99), posix.isatty(99))
r, w = posix.pipe()
print(posix.write(w, b"through pipe"), posix.read(r, 7), posix.read(r, 100))
print(posix.get_blocking(r), posix.set_blocking(r, False), posix.get_blocking(r))
posix.close(w)
print(posix.read(r, 10))
posix.close(r)
old = posix.umask(0o22)
print(posix.umask(old) == 0o22)

print(errno.ENOENT, errno.EEXIST, errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[2], errno.errorcode[11])
print(len(errno.errorcode), sorted(errno.errorcode)[:5], errno.errorcode[errno.EDEADLK])
print(list(errno.errorcode.items())[:5])
print(_stat.S_IFDIR, _stat.S_IFREG, _stat.S_IFLNK, _stat.S_IRWXU, _stat.ST_MTIME, _stat.UF_HIDDEN, _stat.SF_SNAPSHOT)
for m in [0o100644, 0o40755, 0o120777, 0o20666, 0o60660, 0o10600, 0o140700, 0o104755, 0o102755, 0o41777, 0o41776, 0o170777, 0]:
    print(oct(m), _stat.filemode(m), _stat.S_ISREG(m), _stat.S_ISDIR(m), _stat.S_ISLNK(m), _stat.S_ISCHR(m),
          _stat.S_ISBLK(m), _stat.S_ISFIFO(m), _stat.S_ISSOCK(m), _stat.S_ISDOOR(m), _stat.S_IMODE(m), _stat.S_IFMT(m))
for bad in ["x", -1, 2**40, 1.5]:
    show(_stat.S_ISDIR, bad)
show(_stat.filemode)
