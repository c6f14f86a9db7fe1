import sys

print()
print(1, 2, 3)
print(1, 2, 3, sep="-")
print("a", "b", sep="", end="|\n")
print("x", end="")
print("y")
print(None, True, 1.5, [1, "a"], (1,), {"k": 2})
print("multi", "sep", sep=", ", end=".\n")
print("none sep", "x", sep=None, end=None)
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr, flush=True)
print("to none file", file=None)
print(*[1, 2, 3], sep=":")
print(*"abc")
print("flush", flush=True)
print("flush0", flush=0)
for bad in [dict(sep=1), dict(end=2), dict(x=3), dict(file=3)]:
    try:
        print("bad", **bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(sep="a", sep2="b")
except Exception as e:
    print(type(e).__name__, e)
r = print("ret")
print(r)
sys.stdout.write("written ")
sys.stdout.write("more\n")
n = sys.stdout.write("count\n")
print(n)
sys.stderr.write("err line\n")
print("end")
