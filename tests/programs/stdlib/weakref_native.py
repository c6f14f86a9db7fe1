import _weakref
ref = _weakref.ref
class C:
    pass
c = C()
r = ref(c)
print(r() is c, ref(c) is r, _weakref.getweakrefcount(c))
def cb(w):
    print("callback", w is r2, w())
r2 = ref(c, cb)
print(r2 is r, _weakref.getweakrefcount(c), len(_weakref.getweakrefs(c)))
print(r == r2, hash(r) == hash(c))
print(r2.__callback__ is cb, r.__callback__)
del c
print("after del", r(), r2())
print(r2.__callback__)
try:
    hash(ref(C()))
except TypeError as e:
    print("TypeError", e)
for o in [1, "s", (1,), [1], {}, 1.5, None, object()]:
    try:
        ref(o)
    except TypeError as e:
        print(e)
for o in [set(), frozenset(), len, C, ref]:
    print(type(ref(o)).__name__)
class K(ref):
    __slots__ = ("key",)
    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)
d = C()
k = K(d, None, "kk")
print(k.key, k() is d, type(k).__name__, isinstance(k, ref))
p = _weakref.proxy(d)
d.x = 5
print(p.x)
p.y = 7
print(d.y)
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): return self.v + o
    def __len__(self): return 3
    def __getitem__(self, i): return i * 2
n = N(10)
pn = _weakref.proxy(n)
print(pn + 5, len(pn), pn[4], bool(pn))
try:
    hash(pn)
except TypeError as e:
    print(e)
del n
try:
    pn.v
except ReferenceError as e:
    print("ReferenceError", e)
def f(x): return x * 3
pf = _weakref.proxy(f)
print(type(pf).__name__, pf(4))
try:
    ref(1, 2, 3)
except TypeError as e:
    print(e)
try:
    r(1)
except TypeError as e:
    print(e)
print(type(r), _weakref.ReferenceType is ref)
