import _weakref
import gc

class C:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "C(%s)" % self.name

log = []
def cb(w):
    print("callback; referent gone:", w() is None)

a = C("a")
r = _weakref.ref(a, cb)
print("before del")
del a
print("after del")

# Several callbacks: newest first
b = C("b")
refs = [_weakref.ref(b, lambda w, i=i: print("cb", i)) for i in range(3)]
del b
print("after del b")

# A weakref that dies first never calls back
c = C("c")
r2 = _weakref.ref(c, cb)
del r2
del c
print("no callback for dead weakref")

# Cycles freed by gc.collect call callbacks
d = C("d")
d.self = d
rd = _weakref.ref(d, lambda w: print("cycle freed"))
del d
print("collect", gc.collect() >= 1)
print(rd())

# Callback errors are reported, not raised (first line only: addresses differ)
class Bad:
    def __call__(self, w):
        raise ValueError("boom")
    def __repr__(self):
        return "<Bad callback>"
bad = Bad()
e = C("e")
re_ = _weakref.ref(e, bad)
del e
print("still running")

# Dictionary keyed by weakrefs, removed by callback
registry = {}
def remover(w):
    del registry[w]
objs = [C(str(i)) for i in range(4)]
for o in objs:
    registry[_weakref.ref(o, remover)] = o.name
print(len(registry))
del o
objs.pop()
objs.pop(0)
print(len(registry), sorted(registry.values()))
objs.clear()
print(len(registry))

# Callbacks run inside a loop
for i in range(3):
    x = C("loop%d" % i)
    _ = _weakref.ref(x, lambda w, i=i: print("loop cb", i))
    keep = _
print("end")
