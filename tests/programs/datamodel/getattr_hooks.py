class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)
class Target:
    def __init__(self):
        self.a = 1
    def hello(self):
        return "hello from target"
t = Target()
p = Proxy(t)
print(p.a, p.hello())
p.b = 2
print(t.b)
del p.a
print(hasattr(t, "a"), p._log)
try:
    p.missing
except AttributeError as e:
    print("AttributeError", e)
class Defaults:
    known = "class attr"
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return f"default:{name}"
d = Defaults()
print(d.known, d.whatever, getattr(d, "x"), hasattr(d, "_private"), getattr(d, "_p", "fallback"))
class Everything:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("custom boom")
        if name == "__dict__":
            return {"fake": True}
        return "attr:" + name
    def __getattr__(self, name):
        return "fallback:" + name
e = Everything()
print(e.foo, e.boom, e.__dict__)
class Readonly:
    def __init__(self):
        object.__setattr__(self, "v", 1)
    def __setattr__(self, name, value):
        raise AttributeError(f"'{type(self).__name__}' is read-only")
r = Readonly()
try:
    r.v = 2
except AttributeError as e:
    print("AttributeError", e)
print(r.v)
class Ns:
    def __init__(self, **kw):
        self.__dict__.update(kw)
    def __repr__(self):
        return "Ns(" + ", ".join([f"{k}={v!r}" for k, v in self.__dict__.items()]) + ")"
    def __eq__(self, o):
        return vars(self) == vars(o)
n = Ns(a=1, b="x")
print(n, n.a, n == Ns(a=1, b="x"), n == Ns(a=2))
class Meta(type):
    def __getattr__(cls, name):
        return f"meta:{name}"
class WithMeta(metaclass=Meta):
    real = 1
print(WithMeta.real, WithMeta.virtual)
