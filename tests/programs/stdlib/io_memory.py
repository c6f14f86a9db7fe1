# StringIO and BytesIO: reading, writing, seeking, newline modes, iteration,
# closed-state errors and argument checks.
import _io as io

def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

b = io.BytesIO(b"abc\ndef\n")
print(b.read(2), b.tell(), b.readline(), b.readlines(), b.read())
print(b.seek(10), b.write(b"x"), b.getvalue())
print(b.seek(0), list(b), b.seek(-3, 2), b.read(), b.seek(-100, 1), b.tell())
print(b.truncate(4), b.getvalue(), b.tell(), b.readable(), b.writable(), b.seekable())
ba = bytearray(3)
b.seek(1)
print(b.readinto(ba), ba, b.read1(), b.isatty())
b.writelines([b"1", bytearray(b"2")])
print(b.getvalue())
show(b.seek, -1)
show(b.seek, 0, 3)
show(b.write, "x")
show(b.truncate, -1)
show(b.write)
show(b.write, b"a", b"b")
b.close()
print(b.closed)
for m in ["read", "getvalue", "tell", "readable", "flush", "isatty", "truncate", "readline"]:
    show(getattr(b, m))
show(b.seek, 0)
show(b.write, b"")
print(io.BytesIO().getvalue(), io.BytesIO(bytearray(b"q")).read())
show(io.BytesIO, "str")
with io.BytesIO(b"ctx") as c:
    print(c.read())
print(c.closed)

s = io.StringIO("hello\nworld")
print(s.read(3), s.tell(), repr(s.readline()), s.readlines(), repr(s.read()))
print(s.seek(0), list(s), s.seek(0, 2), s.write("!"), repr(s.getvalue()))
print(s.seek(20), s.write("x"), repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
print(s.line_buffering, s.newlines, s.encoding, s.errors, s.readable(), s.closed)
for a in [(-1,), (1, 1), (0, 3), (1.5,)]:
    show(s.seek, *a)
show(s.write, b"x")
show(s.truncate, -2)
for nl in [None, "", "\n", "\r", "\r\n"]:
    t = io.StringIO(newline=nl)
    t.write("a\r\nb\rc\nd")
    print(repr(nl), repr(t.getvalue()), t.newlines)
    t.seek(0)
    print(t.readlines())
t = io.StringIO("x\r\ny", newline=None)
print(repr(t.getvalue()), t.newlines)
show(io.StringIO, 1)
show(io.StringIO, "", "x")
print(io.StringIO("\u00e9\U0001f600z").read(2) == "\u00e9\U0001f600")
u = io.StringIO()
print(u.write("\u20ac" * 3), u.tell(), u.getvalue())
u.close()
for m in ["read", "getvalue", "tell", "readable", "isatty", "truncate", "readline"]:
    show(getattr(u, m))
for attr in ["newlines", "line_buffering", "closed"]:
    try:
        print(getattr(u, attr))
    except Exception as e:
        print(type(e).__name__, e)
with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)

d = io.IncrementalNewlineDecoder(None, True)
print(repr(d.decode("a\r")), d.getstate(), repr(d.decode("\nb\r", final=True)), d.newlines)
d.reset()
print(d.newlines, d.getstate())
show(d.decode, b"x")
print(repr(io.IncrementalNewlineDecoder(None, False).decode("a\r\nb\r", True)))
