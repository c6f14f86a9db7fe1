class A:
    def m(self, x=1): return ("m", x)
    @classmethod
    def c(cls): return cls.__name__
    @staticmethod
    def s(): return "s"
a = A()
bm = a.m
print(bm(), bm(5), bm.__self__ is a, bm.__func__ is A.m, bm.__name__, A.m.__name__, A.m.__qualname__)
print(a.m == a.m, a.m is a.m, A.m(a, 2), type(bm).__name__, type(A.m).__name__)
print(A.c(), a.c(), A.c.__self__ is A, type(A.__dict__["c"]).__name__, type(A.__dict__["s"]).__name__)
print(A.s(), a.s(), A.__dict__["s"].__func__())
f = A.m
print(f(a, 9))
class B(A):
    pass
print(B.c(), B().c(), B().m(3))
def free(self, y): return ("free", y)
A.free = free
print(a.free(3), A.free(a, 4))
a.inst = lambda z: ("inst", z)
print(a.inst(1))
class Callable:
    def __init__(self): self.calls = 0
    def __call__(self, *args, **kw):
        self.calls += 1
        return (args, sorted(kw.items()))
c = Callable()
print(c(1, 2, k=3), c(), c.calls, callable(c), callable(A), callable(a))
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x): return x + self.n
print(list(map(Adder(10), [1, 2, 3])), sorted([3, 1, 2], key=Adder(-5)))
class M:
    def __init__(self): self.data = []
    def add(self, v):
        self.data.append(v)
        return self
print(M().add(1).add(2).data)
print(getattr(a, "m")(7), getattr(A, "c")())
try:
    A.m()
except TypeError as e:
    print("TypeError", e)
try:
    a.m(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    A.s(1)
except TypeError as e:
    print("TypeError", e)
print(staticmethod(len)("abc"), classmethod(lambda cls: cls).__func__(5))
