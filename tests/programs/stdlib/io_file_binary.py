# Binary files: FileIO (unbuffered), BufferedReader/Writer/Random, their reprs,
# read/peek/read1/readinto/readline, seek/tell/truncate and error messages.
import _io as io
import posix

def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

name = "b.bin"
with io.open(name, "wb") as f:
    print(f, f.raw, f.name, f.mode)
    print(f.write(b"hello\nworld\n"), f.write(bytearray(b"!!")), f.tell())
    show(f.read)
    show(f.write, "text")
    print(f.writable(), f.readable(), f.seekable(), f.isatty())
print(f.closed, f)
show(f.write, b"x")
show(f.tell)
show(f.flush)

with io.open(name, "rb") as f:
    print(f.read(3), f.peek(2)[:2], f.read1(3), f.tell())
    print(f.readline(), f.readline(), f.readline())
    print(f.seek(0), f.read(), f.read(), f.tell())
    print(f.seek(-3, 2), f.read(), f.seek(2), f.seek(2, 1), f.read(2))
    b = bytearray(4)
    f.seek(0)
    print(f.readinto(b), b)
    print(list(f))
    show(f.read, -2)
    show(f.seek, 0, 5)
    show(f.write, b"x")
    print(f.fileno() > 2)
for m in ["read", "tell", "readline", "peek", "read1", "fileno", "readable", "isatty"]:
    show(getattr(f, m))

with io.open(name, "rb", buffering=0) as r:
    print(r, r.mode, r.closefd)
    print(r.read(2), r.readall(), r.read(), r.tell())
    b = bytearray(3)
    r.seek(1)
    print(r.readinto(b), b, r.seekable())
    show(r.write, b"x")
for m in ["read", "tell", "readall", "fileno", "isatty", "readable", "truncate", "flush"]:
    show(getattr(r, m))
print(r)

with io.open(name, "wb", buffering=0) as w:
    show(w.read)
    print(w.write(b"abc"), w.tell(), w.mode)

with io.open(name, "r+b") as f:
    print(f)
    print(f.read(1))
    f.write(b"ZZ")
    f.seek(0)
    print(f.read())
    print(f.truncate(2), f.tell())
    f.seek(0)
    print(f.read())
with io.open(name, "ab") as f:
    f.write(b"++")
    print(f.mode, f.raw.mode)
with io.open(name, "rb") as f:
    print(f.read())

fio = io.FileIO(name, "w")
print(fio, fio.mode, fio.write(b"raw"), fio.closed)
fio.close()
print(fio, fio.closed)
fio.close()
for m in ["rw", "rr", "", "bb", "r+b+"]:
    try:
        io.FileIO(name, m)
    except Exception as e:
        print(type(e).__name__, e)
try:
    io.FileIO(-1)
except Exception as e:
    print(type(e).__name__, e)
try:
    io.FileIO(name, closefd=False)
except Exception as e:
    print(type(e).__name__, e)

fd = posix.open(name, posix.O_RDONLY)
with io.open(fd, "rb", closefd=False) as f:
    print(f.read(), f.name == fd, f.raw.closefd)
print(posix.read(fd, 10), posix.lseek(fd, 0, 0), posix.read(fd, 2))
posix.close(fd)

opened = []
def opener(path, flags):
    opened.append(path)
    return posix.open(path, flags)
with io.open(name, "rb", opener=opener) as f:
    print(f.read(), opened)

posix.unlink(name)
