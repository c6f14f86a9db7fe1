# posix file-system calls: mkdir/listdir/scandir/stat/rename/unlink/rmdir, fd I/O,
# access, chmod, utime, links, and CPython's OSError texts with file names.
import posix
import _stat

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

base = posix.getcwd()
d = "work_dir"
posix.mkdir(d)
show(posix.mkdir, d)
print(posix.listdir(d), type(posix.getcwdb()).__name__)
for n in ["b.txt", "a.txt", "c.bin"]:
    fd = posix.open(d + "/" + n, posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
    print(posix.write(fd, n.encode() * 2), posix.get_inheritable(fd))
    posix.close(fd)
posix.mkdir(d + "/sub")
print(sorted(posix.listdir(d)), sorted(posix.listdir(d.encode())))
with posix.scandir(d) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(e, e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size if e.is_file() else "-")
    print(posix.fspath(e) == e.path, isinstance(e.inode(), int))
print(sorted(e.name for e in posix.scandir(d.encode())))
show(posix.DirEntry)

st = posix.stat(d + "/a.txt")
print(st.st_size, st[6], len(st), _stat.S_ISREG(st.st_mode), _stat.S_ISDIR(st[0]))
print(_stat.S_IMODE(st.st_mode) & 0o600, _stat.filemode(st.st_mode)[0])
print(type(st.st_mtime).__name__, type(st[8]).__name__, type(st.st_mtime_ns).__name__)
print(st.st_mtime_ns // 10**9 == st[8], int(st.st_mtime) == st[8])
print(type(st).__name__, isinstance(st, tuple), st.st_nlink, st.st_uid == posix.getuid())
print(_stat.S_ISDIR(posix.stat(d).st_mode), _stat.S_ISDIR(posix.lstat(d + "/sub").st_mode))
fd = posix.open(d + "/a.txt", posix.O_RDWR)
print(posix.fstat(fd).st_size, posix.read(fd, 3), posix.lseek(fd, 0, 2))
print(posix.lseek(fd, 1, 0), posix.read(fd, 100), posix.read(fd, 5))
posix.ftruncate(fd, 2)
posix.fsync(fd)
print(posix.fstat(fd).st_size, posix.isatty(fd))
fd2 = posix.dup(fd)
print(fd2 != fd, posix.get_inheritable(fd2), posix.get_blocking(fd2))
posix.set_inheritable(fd2, True)
print(posix.get_inheritable(fd2))
posix.close(fd2)
posix.close(fd)
show(posix.close, fd)
show(posix.read, fd, 1)
show(posix.fstat, fd)

print(posix.access(d + "/a.txt", posix.F_OK), posix.access(d + "/zz", posix.F_OK))
print(posix.access(d, posix.R_OK | posix.W_OK | posix.X_OK))
posix.chmod(d + "/b.txt", 0o600)
print(oct(_stat.S_IMODE(posix.stat(d + "/b.txt").st_mode)))
posix.utime(d + "/b.txt", (1000000000, 1500000000))
s2 = posix.stat(d + "/b.txt")
print(s2.st_atime, s2.st_mtime, s2[7], s2.st_mtime_ns)
posix.utime(d + "/b.txt", ns=(5, 2500000000))
print(posix.stat(d + "/b.txt").st_mtime_ns)
posix.truncate(d + "/b.txt", 1)
print(posix.stat(d + "/b.txt").st_size)

posix.symlink("a.txt", d + "/link")
print(posix.readlink(d + "/link"), posix.readlink((d + "/link").encode()))
print(_stat.S_ISLNK(posix.lstat(d + "/link").st_mode), posix.stat(d + "/link").st_size)
posix.link(d + "/a.txt", d + "/hard")
print(posix.stat(d + "/hard").st_nlink)

posix.rename(d + "/c.bin", d + "/c2.bin")
posix.replace(d + "/c2.bin", d + "/a.txt")
print(sorted(posix.listdir(d)))
show(posix.rename, d + "/nope", d + "/x")
show(posix.unlink, d + "/nope")
show(posix.rmdir, d)
show(posix.rmdir, d + "/a.txt")
show(posix.stat, d + "/nope")
show(posix.listdir, d + "/a.txt")
show(posix.open, d + "/nope", posix.O_RDONLY)
show(posix.chdir, d + "/nope")
show(posix.stat, 1.5)
show(posix.unlink, 3)
show(posix.stat, "a\0b")
show(posix.rename, "a", b"b")
show(posix.listdir, 2.5)
show(posix.readlink, d + "/a.txt")

posix.chdir(d)
print(posix.getcwd() == base + "/" + d, sorted(posix.listdir()))
print(sorted(e.path for e in posix.scandir()))
posix.chdir("..")
for n in posix.listdir(d):
    p = d + "/" + n
    if _stat.S_ISDIR(posix.lstat(p).st_mode):
        posix.rmdir(p)
    else:
        posix.remove(p)
posix.rmdir(d)
print(d in posix.listdir("."))
