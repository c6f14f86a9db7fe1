def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class P3(P):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
class Loose(P):
    pass
p = P3(1, 2, 3)
print(p.x, p.y, p.z, P3.__slots__, P.__slots__)
t(lambda: setattr(p, "w", 1))
l = Loose(1, 2)
l.w = 5
print(l.w, l.__dict__)
t(lambda: P(1, 2).__dict__)
class One:
    __slots__ = "only"
o = One()
t(lambda: o.only)
o.only = 3
print(o.only, One.__slots__)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)
try:
    class Conflict:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print("ValueError", e)
print(type(P.__dict__["x"]).__name__, repr(P.__dict__["x"]))
t(lambda: P.__dict__["x"].__get__(One()))
class Empty:
    __slots__ = ()
t(lambda: setattr(Empty(), "a", 1))
t(lambda: delattr(P(1, 2), "q"))
pp = P(1, 2)
del pp.x
t(lambda: pp.x)
print(hasattr(pp, "x"), hasattr(pp, "y"), getattr(pp, "x", "gone"))
