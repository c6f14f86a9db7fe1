def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"N({self.v})"
    def __add__(self, o):
        print("N.__add__")
        return N(self.v + (o.v if isinstance(o, N) else o)) if isinstance(o, (N, int)) else NotImplemented
    def __radd__(self, o):
        print("N.__radd__")
        return N(o + self.v) if isinstance(o, int) else NotImplemented
    def __iadd__(self, o):
        print("N.__iadd__")
        self.v += o.v if isinstance(o, N) else o
        return self
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __eq__(self, o): return isinstance(o, N) and self.v == o.v
    def __hash__(self): return hash(self.v)
class M(N):
    def __radd__(self, o):
        print("M.__radd__")
        return M(999)
print(N(1) + N(2), 1 + N(2), N(1) + 1)
print(N(1) + M(2))
x = N(1); x += 5; print(x)
x += N(2); print(x)
t(lambda: N(1) + "s")
t(lambda: "s" + N(1))
print(N(1) < N(2), N(3) > N(2), N(2) >= N(2), sorted([N(3), N(1), N(2)]))
print(max(N(3), N(7), N(5)), min([N(3), N(7)]))
print({N(1), N(1), N(2)} if False else len({N(1): 1, N(1): 2}))
t(lambda: N(1) < 5)
class Q:
    pass
t(lambda: Q() < Q())
q = Q()
print(q == q, q != Q(), Q() == 1)

class Seq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(range(self.n))[i]
        if i >= self.n: raise IndexError(i)
        return i * i
    def __len__(self): return self.n
s = Seq(5)
print(list(s), s[1:3], s[::2], 9 in s, 10 in s, len(s), sorted(s, reverse=True))
for v in Seq(3): print(v, end=" ")
print()
print(sum(Seq(4)), list(reversed(Seq(4))) if hasattr(Seq, "__reversed__") else "norev")

class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), [x * 2 for x in It()], next(It()))
it = It(); print(next(it), next(it), next(it), next(it, "done"))

class Box:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __contains__(self, k): return k in self.d
    def __len__(self): return len(self.d)
    def __bool__(self): return True
    def __iter__(self): return iter(self.d)
b = Box(); b["a"] = 1; b["b"] = 2
print(b["a"], "a" in b, "z" in b, len(b), list(b))
del b["a"]
print(list(b), bool(Box()))
t(lambda: b["zz"])

class Call:
    def __call__(self, *a, **k): return (a, k)
print(Call()(1, 2, x=3), callable(Call()), callable(Box()))

class Tr:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
print(bool(Tr(True)), not Tr(False), "yes" if Tr(True) else "no")
t(lambda: bool(Tr(1)))
class L0:
    def __len__(self): return 0
print(bool(L0()), not L0())
class LBad:
    def __len__(self): return -5
t(lambda: len(LBad()))
class LStr:
    def __len__(self): return "x"
t(lambda: len(LStr()))

class Num:
    def __index__(self): return 3
    def __int__(self): return 4
    def __float__(self): return 2.5
    def __abs__(self): return "abs"
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __round__(self, n=None): return ("round", n)
    def __format__(self, spec): return f"<{spec}>"
n = Num()
print([10, 20, 30, 40, 50][n], "abcdef"[n:], bin(n), hex(n), int(n), float(n), abs(n), -n, +n, ~n)
print(round(n), round(n, 2), format(n, "xyz"), f"{n:>5}", f"{n}")
print(list(range(n)))

class Ctx:
    def __init__(self, suppress): self.suppress = suppress
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return self.suppress
with Ctx(False) as c:
    print("body", type(c).__name__)
with Ctx(True):
    raise ValueError("boom")
print("after")
try:
    with Ctx(False):
        raise KeyError("k")
except KeyError as e:
    print("caught", e)

class Rv:
    def __reversed__(self): return iter([3, 2, 1])
print(list(reversed(Rv())))

class HS:
    def __hash__(self): return 12345
print(hash(HS()))
class HE:
    def __eq__(self, o): return True
t(lambda: hash(HE()))
t(lambda: {HE(): 1})
class R:
    def __repr__(self): return "R!"
class S2(R):
    def __str__(self): return "S!"
print(R(), str(R()), repr(S2()), str(S2()), f"{S2()!r} {S2()}", [S2()])
class BadR:
    def __repr__(self): return 5
t(lambda: repr(BadR()))
t(lambda: str(BadR()))
