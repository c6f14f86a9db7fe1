class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        super().__init__()
    def hello(self):
        return ["Base"]
class JsonMixin:
    def to_json(self):
        items = sorted(vars(self).items())
        return "{" + ", ".join([f'"{k}": {v!r}' for k, v in items if k != "log"]) + "}"
    def hello(self):
        return ["Json"] + super().hello()
class ReprMixin:
    def __repr__(self):
        return f"{type(self).__name__}({', '.join([f'{k}={v!r}' for k, v in sorted(vars(self).items()) if k != 'log'])})"
    def hello(self):
        return ["Repr"] + super().hello()
class Named(Base):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append("Named")
class Aged(Base):
    def __init__(self, age=0, **kw):
        super().__init__(**kw)
        self.age = age
        self.log.append("Aged")
class Person(ReprMixin, JsonMixin, Named, Aged):
    def hello(self):
        return ["Person"] + super().hello()
p = Person(name="ann", age=30)
print(p, p.to_json(), p.log)
print(p.hello())
print([k.__name__ for k in Person.__mro__])
class Comparable:
    def __eq__(self, o): return self._key() == o._key()
    def __lt__(self, o): return self._key() < o._key()
    def __le__(self, o): return self._key() <= o._key()
    def __gt__(self, o): return self._key() > o._key()
    def __ge__(self, o): return self._key() >= o._key()
    def __hash__(self): return hash(self._key())
class Version(Comparable):
    def __init__(self, s): self.parts = tuple([int(x) for x in s.split(".")])
    def _key(self): return self.parts
    def __repr__(self): return "v" + ".".join(map(str, self.parts))
vs = [Version("1.10.0"), Version("1.2.3"), Version("1.2.10")]
print(sorted(vs), max(vs), Version("1.0") == Version("1.0"), Version("2.0") >= Version("1.9"), len({Version("1.0"): 1, Version("1.0"): 2}))
class A:
    def go(self): return "A"
class B(A):
    def go(self): return "B" + super().go()
class C(A):
    def go(self): return "C" + super().go()
class D(B, C):
    def go(self): return "D" + super().go()
print(D().go(), D.__mro__[1:3])
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Bad(XY, YX): pass
except TypeError as e:
    print("TypeError", e)
