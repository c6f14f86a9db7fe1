# Attribute caches (type version tags, LOAD_ATTR/LOAD_METHOD/STORE_ATTR inline caches)
# must see every change: class attributes replaced or deleted, bases modified, dunders
# added later, instance dicts shadowing methods, descriptors, __slots__.


class Base:
    kind = "base"

    def m(self):
        return "Base.m"


class Sub(Base):
    pass


def probe(o):
    return (o.kind, o.m())


s = Sub()
out = []
for step in range(6):
    if step == 1:
        Base.kind = "changed"
    elif step == 2:
        Base.m = lambda self: "new Base.m"
    elif step == 3:
        Sub.m = lambda self: "Sub.m"
    elif step == 4:
        del Sub.m
        s.kind = "instance"
    elif step == 5:
        s.m = lambda: "instance m"
    out.append(probe(s))
print(out)


class P:
    def __init__(self):
        self._x = 1

    def get(self):
        return self.x


p = P()
res = []
for step in range(4):
    try:
        res.append(p.get())
    except AttributeError as e:
        res.append(str(e))
    if step == 0:
        p.x = 10
    elif step == 1:
        P.x = property(lambda self: self._x * 100)
    elif step == 2:
        del P.x
print(res)


class Setter:
    pass


o = Setter()
log = []
for i in range(4):
    o.v = i
    log.append(o.v)
    if i == 1:
        def sa(self, k, v):
            log.append(("setattr", k, v))
            object.__setattr__(self, k, v * 10)
        Setter.__setattr__ = sa
    if i == 2:
        del Setter.__setattr__
print(log)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


objs = [Slotted(i) for i in range(3)]
tot = 0
for x in objs:
    x.b = x.a * 2
    tot += x.a + x.b
print(tot)
try:
    Slotted(1).b
except AttributeError as e:
    print("AttributeError", e)
try:
    Slotted(1).c = 3
except AttributeError as e:
    print("AttributeError", e)
z = Slotted(5)
del z.a
try:
    z.a
except AttributeError as e:
    print("AttributeError", e)


class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1
        return self


c = Counter()
for i in range(5):
    c.inc()
    if i == 2:
        c.__dict__.clear()
        c.n = 100
print(c.n)

# A method cached on one class, then the same site sees another class.
class A1:
    def f(self):
        return 1


class A2:
    def f(self):
        return 2


print([o.f() for o in [A1(), A2(), A1(), A2()]])

# Methods of builtin types through the cache, and a list subclass shadowing append.
class L(list):
    def append(self, x):
        list.append(self, x * 2)


for lst in [[], L(), []]:
    for i in range(3):
        lst.append(i)
    print(type(lst).__name__, lst)

# Instance creation: __init__ returning non-None, and a class whose __init__ changes.
class Q:
    def __init__(self, v):
        self.v = v


vals = []
for i in range(4):
    if i == 2:
        def init2(self, v):
            self.v = -v
        Q.__init__ = init2
    if i == 3:
        Q.__init__ = lambda self, v: 5
    try:
        vals.append(Q(i).v)
    except TypeError as e:
        vals.append(str(e))
print(vals)

# A load caches the instance dict; a __setattr__ added later must still run on stores.
class Frozen:
    pass


fz = Frozen()
fz.a = 1
print(fz.a)


def frozen_setattr(self, name, value):
    raise AttributeError(f"cannot assign to field {name!r}")


Frozen.__setattr__ = frozen_setattr
try:
    fz.a = 2
except AttributeError as e:
    print("AttributeError", e)
print(fz.a)

# Module-level names: LOAD_NAME/STORE_NAME through the globals cache.
acc = 0
for i in range(5):
    acc = acc + i
    if i == 2:
        globals()["acc"] = 100
    if i == 3:
        del acc
        acc = -1
print(acc)
len = lambda x: 42
print(len([1]))
del len
print(len([1]))
