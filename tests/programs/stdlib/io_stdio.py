# The standard streams are _io.TextIOWrapper objects; print follows sys.stdout.
import sys
import _io

out, err = sys.stdout, sys.stderr
print(type(out).__name__, isinstance(out, _io.TextIOWrapper), isinstance(out, _io._TextIOBase))
print(repr(out), repr(err), repr(sys.stdin))
print(out.buffer, out.buffer.raw)
print(out.encoding, out.errors, err.errors, out.line_buffering, err.line_buffering)
print(out.name, out.mode, out.fileno(), err.fileno(), sys.stdin.fileno(), out.writable(), out.readable())
print(out.closed, out.seekable() in (True, False), out.write_through, out.newlines)
print(out.write("written\n"), out.buffer.name, out.buffer.mode)
out.flush()
out.buffer.write(b"raw bytes\n")
out.buffer.flush()
err.write("to stderr\n")

buf = _io.StringIO()
sys.stdout = buf
print("into the buffer", 1, 2, sep="-")
print("second", end="!")
sys.stdout = out
print(repr(buf.getvalue()))

class Collect:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")

c = Collect()
sys.stdout = c
print("a", "b")
print("c", flush=True)
sys.stdout = out
print(c.parts)
print("explicit", file=c)
print(c.parts[-2:])
sys.stdout = None
print("dropped")
sys.stdout = out
print("back")

b = _io.BytesIO()
t = _io.TextIOWrapper(b, encoding="utf-8", line_buffering=True)
print("via wrapper", file=t)
print(b.getvalue())
t.reconfigure(line_buffering=False)
t.write("x")
print(b.getvalue(), t.line_buffering)
t.flush()
print(b.getvalue())
print(repr(t))
for args in [(), (1,), ("a", "b")]:
    try:
        out.write(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(1, file=1)
except Exception as e:
    print(type(e).__name__, e)
print("done")
