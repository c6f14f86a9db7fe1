class PluginMeta(type):
    plugins = {}
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            key = ns.get("key", name.lower())
            mcs.plugins[key] = cls
        return cls
    def create(cls, key, *args):
        return cls.plugins[key](*args)

class Plugin(metaclass=PluginMeta):
    def run(self):
        return f"{type(self).__name__} running"

class Alpha(Plugin):
    pass
class Beta(Plugin):
    key = "b"
    def __init__(self, n=1):
        self.n = n
    def run(self):
        return super().run() + f" x{self.n}"

print(sorted(PluginMeta.plugins))
print(Plugin.create("alpha").run(), Plugin.create("b", 3).run())
print(type(Alpha) is PluginMeta, isinstance(Beta(), Plugin))
try:
    Plugin.create("zzz")
except KeyError as e:
    print("KeyError", e)

class Field:
    def __init__(self, default=None):
        self.default = default
    def __set_name__(self, owner, name):
        self.name = name
    def __repr__(self):
        return f"Field({self.name})"

class ModelMeta(type):
    def __new__(mcs, name, bases, ns):
        fields = {k: v for k, v in ns.items() if isinstance(v, Field)}
        cls = super().__new__(mcs, name, bases, ns)
        cls._fields = {}
        for b in reversed(cls.__mro__[1:]):
            cls._fields.update(getattr(b, "_fields", {}))
        cls._fields.update(fields)
        return cls

class Model(metaclass=ModelMeta):
    def __init__(self, **kw):
        for k, f in self._fields.items():
            setattr(self, k, kw.pop(k, f.default))
        if kw:
            raise TypeError(f"unexpected fields: {sorted(kw)}")
    def __repr__(self):
        args = ", ".join([f"{k}={getattr(self, k)!r}" for k in self._fields])
        return f"{type(self).__name__}({args})"

class User(Model):
    name = Field("anon")
    age = Field(0)
class Admin(User):
    level = Field(1)

print(User(name="ann"), Admin(age=5, level=9))
print(list(Admin._fields), Admin._fields["name"])
try:
    User(bogus=1)
except TypeError as e:
    print("TypeError", e)

class Counted(type):
    def __call__(cls, *a, **k):
        cls.instances = getattr(cls, "instances", 0) + 1
        return super().__call__(*a, **k)
class Thing(metaclass=Counted):
    pass
Thing(); Thing()
print(Thing.instances)
class Auto(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.upper_name = name.upper()
class Z(metaclass=Auto): pass
print(Z.upper_name, type(Z).__name__, Z.__class__.__name__)
