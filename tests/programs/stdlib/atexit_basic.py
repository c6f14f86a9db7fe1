import atexit
import sys

n0 = atexit._ncallbacks()

def first():
    print("first registered, runs last")

def with_args(a, b, *, c):
    print("with_args", a, b, c)

class Boom:
    def __call__(self):
        raise ValueError("boom in atexit")
    def __repr__(self):
        return "<Boom>"

atexit.register(first)
atexit.register(with_args, 1, 2, c=3)
atexit.register(Boom())
r = atexit.register(print, "print at exit")
print(r is print, atexit._ncallbacks() - n0)

@atexit.register
def decorated():
    print("decorated")
print(decorated.__name__)

def gone():
    print("never")
atexit.register(gone)
atexit.register(gone)
atexit.unregister(gone)
print(atexit._ncallbacks() - n0)

try:
    atexit.register(1)
except TypeError as e:
    print(e)
try:
    atexit.register()
except TypeError as e:
    print(e)

def later():
    sys.stdout.write("stdout still works at exit\n")
atexit.register(later)
print("main done")
raise SystemExit(3)
