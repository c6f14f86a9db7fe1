class Meta(type):
    registry = []
    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.registry.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.tag = kw.get("tag", "none")
    def __call__(cls, *a, **k):
        print("creating", cls.__name__, a, k)
        return super().__call__(*a, **k)
    def __repr__(cls):
        return f"<Meta {cls.__name__}>"
    def __len__(cls):
        return 42
    def __getitem__(cls, k):
        return (cls.__name__, k)

class Base(metaclass=Meta):
    def __init__(self, x=0):
        self.x = x

class Child(Base, tag="child"):
    pass

print(Meta.registry, Base.tag, Child.tag)
c = Child(3)
print(c.x, type(Child), Child, len(Child), Child[1])
print(isinstance(Child, Meta), type(Meta), Meta.__mro__)

class P:
    @classmethod
    def __prepare__(mcs, name, bases):
        return {"injected": 1}
class M2(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 99}
class W(metaclass=M2, flag=True):
    y = injected + 1
    def __init_subclass__(cls, **kw):
        pass
print(W.y)

class M3(type): pass
class M4(type): pass
class X3(metaclass=M3): pass
class X4(metaclass=M4): pass
try:
    class Z(X3, X4): pass
except TypeError as e:
    print(e)
class M5(M3): pass
class X5(metaclass=M5): pass
class Z2(X3, X5): pass
print(type(Z2).__name__)

T = type("T", (object,), {"a": 1, "f": lambda self: self.a + 1})
print(T, T().f(), T.__name__, T.__module__)
T2 = type("T2", (T,), {})
print(T2.__mro__, T2().a)
try:
    type("Q", 1, {})
except TypeError as e:
    print(e)
try:
    type("Q", (), [])
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
print(type(5), type("x"), type(type))

class O1: pass
class O2(O1): pass
try:
    class Bad(O1, O2): pass
except TypeError as e:
    print(e)
try:
    class Dup(O1, O1): pass
except TypeError as e:
    print(e)
try:
    class BB(bool): pass
except TypeError as e:
    print(e)
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(D.__mro__)
print(D.mro())
print([k.__name__ for k in A.__subclasses__()])
class E(D, O2): pass
print([k.__name__ for k in E.__mro__])

class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S(metaclass=Singleton):
    def __init__(self, v): self.v = v
s1 = S(1); s2 = S(2)
print(s1 is s2, s1.v)
