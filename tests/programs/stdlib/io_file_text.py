# Text files through _io.open: modes, encodings, newline translation, seek/tell,
# readline iteration, reprs and error cases.
import _io as io

def show(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

name = "t.txt"
f = io.open(name, "w")
print(f)
print(f.name, f.mode, f.encoding, f.errors, f.line_buffering, f.closed)
print(f.write("alpha\nbeta\n"), f.write("gamma"), f.tell())
print(f.readable(), f.writable(), f.seekable())
show(f.read)
f.close()
print(f.closed, f)
show(f.write, "x")
show(f.read)
show(f.tell)
show(f.flush)

with io.open(name) as f:
    print(f.read())
    print(f.tell())
    print(f.seek(0), f.readline(), f.tell())
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
    print(f.seek(6), repr(f.read(4)), f.tell())
    show(f.seek, 3, 1)
    show(f.seek, 0, 1)
    show(f.seek, 0, 2)
    show(f.seek, -1)
    show(f.seek, 0, 5)
    show(f.write, "x")
print(f.closed)

with io.open(name) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
    show(f.tell)

# newline handling on write and read
with io.open(name, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with io.open(name, "rb") as f:
    print(f.read())
with io.open(name, newline="") as f:
    print(f.readlines(), f.newlines)
with io.open(name) as f:
    print(f.readlines(), f.newlines)
with io.open(name, "wb") as f:
    f.write(b"one\rtwo\r\nthree\nfour")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with io.open(name, newline=nl) as f:
        print(repr(nl), f.readlines(), f.newlines)
with io.open(name, newline=None) as f:
    print(repr(f.read()))

# encodings
with io.open(name, "w", encoding="utf-8") as f:
    print(f.write("h\u00e9llo \u20ac \U0001f600\n"), f.tell())
with io.open(name, "rb") as f:
    print(f.read())
with io.open(name, encoding="utf-8") as f:
    s = f.read(3)
    print(repr(s), f.tell())
    print(repr(f.readline()))
with io.open(name, encoding="latin-1") as f:
    print(ascii(f.read()))
with io.open(name, "w", encoding="latin-1") as f:
    f.write("caf\u00e9")
    show(f.write, "\u20ac")
with io.open(name, "rb") as f:
    print(f.read())
with io.open(name, encoding="ascii") as f:
    show(f.read)
with io.open(name, encoding="ascii", errors="replace") as f:
    print(repr(f.read()))
with io.open(name, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("\u00e9x")
with io.open(name, "rb") as f:
    print(f.read())

# append, x, r+
with io.open(name, "w") as f:
    f.write("12345")
with io.open(name, "a") as f:
    print(f.tell())
    f.write("678")
with io.open(name) as f:
    print(f.read())
with io.open(name, "r+") as f:
    f.seek(2)
    f.write("xx")
    f.seek(0)
    print(f.read())
try:
    io.open(name, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
with io.open(name, "w+") as f:
    f.write("fresh")
    f.seek(0)
    print(f.read())
    f.truncate(2)
    f.seek(0)
    print(f.read())

# argument errors
for args, kw in [
    (("rw",), {}), (("rr",), {}), (("q",), {}), (("",), {}), (("bt",), {}),
    (("rb",), {"encoding": "utf-8"}), (("rb",), {"errors": "strict"}),
    (("rb",), {"newline": ""}), (("r",), {"newline": "x"}),
    (("r",), {"buffering": 0}), (("r",), {"encoding": "bogus"}),
]:
    try:
        io.open(name, *args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [1.5, None, ["x"]]:
    try:
        io.open(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    io.open("missing.txt")
except FileNotFoundError as e:
    print(e, e.errno, e.strerror, e.filename)
try:
    io.open(".")
except IsADirectoryError as e:
    print(e)

import posix
posix.unlink(name)
