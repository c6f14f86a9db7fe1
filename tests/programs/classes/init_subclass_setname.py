class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
class CSV(Plugin, name="csv"): pass
class Json(Plugin): pass
class Pretty(Json, name="pretty"): pass
print(sorted(Plugin.registry), Pretty.plugin_name, Json.plugin_name, CSV.plugin_name)
try:
    class Bad(Plugin, nam="x"): pass
except TypeError as e:
    print("TypeError", e)
class Validated:
    def __init_subclass__(cls):
        if not hasattr(cls, "required"):
            raise TypeError(f"{cls.__name__} must define 'required'")
try:
    class Missing(Validated): pass
except TypeError as e:
    print("TypeError", e)
class Good(Validated):
    required = True
print(Good.required)
class Attr:
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.public = name
        self.private = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, v):
        setattr(obj, self.private, v)
class Rec:
    a = Attr()
    b = Attr()
r = Rec()
print(r.a, Rec.a.public, Rec.b.private)
r.a = 10
print(r.a, r.__dict__)
class Late:
    pass
Late.c = Attr()
print(hasattr(Late.c, "public"))
class BadSetName:
    def __set_name__(self, owner, name):
        raise ValueError("nope")
try:
    class Host:
        x = BadSetName()
except RuntimeError as e:
    print("RuntimeError", e, "| cause:", repr(e.__cause__))
class Order:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw, [k for k in cls.__dict__ if not k.startswith("__")])
class O1(Order, flag=1):
    z = 1
    y = 2
