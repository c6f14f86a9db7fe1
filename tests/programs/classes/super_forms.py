class A:
    def who(self): return "A"
    @classmethod
    def cwho(cls): return f"A.cwho({cls.__name__})"
    def __init__(self):
        self.trace = ["A"]
class B(A):
    def who(self): return "B>" + super().who()
    @classmethod
    def cwho(cls): return "B>" + super().cwho()
    def __init__(self):
        super().__init__()
        self.trace.append("B")
class C(A):
    def who(self): return "C>" + super().who()
    def __init__(self):
        super().__init__()
        self.trace.append("C")
class D(B, C):
    def who(self): return "D>" + super().who()
    def __init__(self):
        super().__init__()
        self.trace.append("D")
d = D()
print(d.who(), d.trace, D.cwho())
print(super(B, d).who(), super(C, d).who(), super(D, d).who())
print(super(D, D).cwho(), super(B, D).who(d))
class E(D):
    def who(self):
        inner = lambda: super(E, self).who()
        return "E>" + inner()
    def closure(self):
        def f():
            return __class__.__name__
        return f()
print(E().who(), E().closure())
s = super(B, d)
print(type(s).__name__, s.__self__ is d, s.__thisclass__.__name__)
class N:
    def __new__(cls, *a):
        inst = super().__new__(cls)
        inst.args = a
        return inst
class N2(N):
    def __new__(cls, x, y):
        return super().__new__(cls, x + y)
print(N2(1, 2).args, type(N2(1, 2)).__name__)
class Reg:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.kw = kw
class R1(Reg, x=1): pass
print(R1.kw)
class Str(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(Str("abc"), type(Str("q")).__name__)
class Dct(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
dd = Dct()
dd["a"] = 1
print(dd)
class Lst(list):
    def append(self, v):
        super().append(v)
        super().append(v)
l = Lst(); l.append(3); print(l)
class P:
    def __repr__(self):
        return "P:" + super().__repr__()[:10]
print(P())
class Q:
    def __eq__(self, o):
        return super().__eq__(o)
q = Q()
print(q == q, q == Q(), Q.__hash__)
class Gt:
    def __getattribute__(self, n):
        return "got " + n if n != "real" else super().__getattribute__(n)
g = Gt()
print(g.anything)
