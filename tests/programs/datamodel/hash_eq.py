def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class Plain: pass
class OnlyEq:
    def __eq__(self, o): return True
class EqHash:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, EqHash) and self.k == o.k
    def __hash__(self): return hash(self.k)
class Sub(EqHash): pass
class SubEq(EqHash):
    def __eq__(self, o): return False
class NoHash:
    __hash__ = None
print(OnlyEq.__hash__, NoHash.__hash__, Sub.__hash__ is EqHash.__hash__, SubEq.__hash__)
t(lambda: hash(OnlyEq()))
t(lambda: hash(NoHash()))
t(lambda: hash(SubEq(1)))
t(lambda: {OnlyEq(): 1})
p = Plain()
print(hash(p) == hash(p), p == p, p != Plain())
d = {EqHash(1): "one", EqHash(2): "two"}
print(d[EqHash(1)], EqHash(2) in d, Sub(1) in d, d.get(EqHash(3)))
class BigHash:
    def __hash__(self): return 2 ** 70
class NegOne:
    def __hash__(self): return -1
class BoolHash:
    def __hash__(self): return True
class StrHash:
    def __hash__(self): return "x"
print(hash(BigHash()) == hash(2 ** 70), hash(NegOne()), hash(BoolHash()))
t(lambda: hash(StrHash()))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return NotImplemented
print(Cmp(1) == Cmp(2))
print(Cmp(1) != Cmp(1))
c = Cmp(3)
print(c == c, [c].count(c), c in [c])
class Rev:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print("Rev.__lt__")
        return NotImplemented
    def __gt__(self, o):
        print("Rev.__gt__")
        return self.v > o.v
print(Rev(1) < Rev(2))
class Base:
    def __eq__(self, o):
        print("Base.__eq__")
        return NotImplemented
class Derived(Base):
    def __eq__(self, o):
        print("Derived.__eq__")
        return True
print(Base() == Derived())
print(Derived() == Base())
class Ne:
    def __ne__(self, o): return "custom ne"
print(Ne() != 1, Ne() == 1)
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"L{self.v}"
print(sorted([OnlyLt(3), OnlyLt(1)]), OnlyLt(5) > OnlyLt(2))
t(lambda: OnlyLt(1) <= OnlyLt(2))
