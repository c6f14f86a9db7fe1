import sys

out = sys.stdout
err = sys.stderr
print(out is sys.stdout, out is sys.__stdout__, err is sys.__stderr__, sys.stdin is sys.__stdin__)
print(repr(out), repr(err))
print(out.write("abc\n"), err.write("to err\n"))
out.flush()
err.flush()
print("x", file=out)
print("y", file=err)
for args in [(), (1,), ("a", "b")]:
    try:
        out.write(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
print(out.writable() if hasattr(out, "writable") else True)
print(out.encoding, err.encoding)
print("interleave 1")
err.write("interleave e1\n")
print("interleave 2", flush=True)
err.write("interleave e2\n")
print("done")
