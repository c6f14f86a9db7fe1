def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("Ann", 30)
print(p.name, p.age, p.__dict__)
t(lambda: setattr(p, "age", "x"))
print(type(Person.name).__name__)

class NonData:
    def __get__(self, obj, typ=None):
        return "from descriptor"
class H:
    nd = NonData()
h = H()
print(h.nd)
h.nd = "instance"
print(h.nd)
del h.nd
print(h.nd)

class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
s = Slotted(1)
print(s.x)
t(lambda: s.y)
t(lambda: setattr(s, "z", 1))
t(lambda: s.__dict__)
s.y = 5
print(s.y, Slotted.__slots__)
del s.y
t(lambda: s.y)
print(type(Slotted.x).__name__, Slotted.x)

class Dyn:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"no {name}")
d = Dyn()
d.real = 1
print(d.real, d.dyn_hello)
t(lambda: d.other)

class Logged:
    def __getattribute__(self, name):
        if name == "secret":
            return "hidden"
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
l = Logged()
l.a = "abc"
print(l.a, l.secret)
del l.a
t(lambda: l.a)

class Prop:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        "the v"
        return self._v
    @v.setter
    def v(self, val):
        if val < 0:
            raise ValueError("negative")
        self._v = val
    @v.deleter
    def v(self):
        print("deleting")
        self._v = None
    ro = property(lambda self: 42)
pr = Prop()
pr.v = 5
print(pr.v, Prop.v.__doc__)
t(lambda: setattr(pr, "v", -1))
del pr.v
print(pr.v)
t(lambda: setattr(pr, "ro", 1))
t(lambda: delattr(pr, "ro"))
print(pr.ro, type(Prop.v).__name__, Prop.v.fget is not None, Prop.ro.fset)

class Base:
    subs = []
    def __init_subclass__(cls, /, label=None, **kw):
        super().__init_subclass__(**kw)
        cls.label = label
        Base.subs.append(cls.__name__)
class K1(Base, label="one"): pass
class K2(K1): pass
print(Base.subs, K1.label, K2.label)
try:
    class K3(Base, bogus=1): pass
except TypeError as e:
    print(e)

class G:
    def __class_getitem__(cls, item):
        return f"G[{item}]"
print(G[int], G["x"])

class CM:
    count = 0
    @classmethod
    def inc(cls):
        cls.count += 1
        return cls.count
class CM2(CM): pass
print(CM.inc(), CM2.inc(), CM.count, CM2.count)
print(CM.inc.__self__ is CM, CM.__dict__["inc"].__func__.__name__)
class SM:
    @staticmethod
    def f(x): return x * 2
print(SM.f(2), SM().f(3), SM.__dict__["f"].__func__(4))
t(lambda: Person.nope)
t(lambda: p.nope)
A = type("A", (), {})
a = A()
a.x = 1
print(vars(a), a.__dict__)
a.__dict__["y"] = 2
print(a.y)
print(getattr(a, "zz", "default"), hasattr(a, "x"), hasattr(a, "q"))
