class Positive:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 0)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.name} must be positive, got {value}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("deleting", self.name)
        obj.__dict__.pop(self.name, None)
class Cached:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value
class Order:
    qty = Positive()
    price = Positive()
    def __init__(self, qty, price):
        self.qty = qty
        self.price = price
    @Cached
    def total(self):
        print("computing total")
        return self.qty * self.price
o = Order(3, 5)
print(o.qty, o.price, o.total, o.total, o.__dict__)
try:
    o.qty = -1
except ValueError as e:
    print("ValueError", e)
del o.qty
print(o.qty, type(Order.qty).__name__, type(Order.total).__name__)
class Ver:
    def __get__(self, obj, objtype):
        return ("get", obj is None, objtype.__name__)
class Host:
    v = Ver()
print(Host.v, Host().v)
h = Host()
h.__dict__["v"] = "shadow"
print(h.v)
class DataDesc:
    def __get__(self, obj, t): return "data wins"
    def __set__(self, obj, v): raise AttributeError("read-only data descriptor")
class Host2:
    d = DataDesc()
h2 = Host2()
h2.__dict__["d"] = "instance"
print(h2.d)
try:
    h2.d = 1
except AttributeError as e:
    print("AttributeError", e)
class Bound:
    def __get__(self, obj, t=None):
        return lambda: f"bound to {type(obj).__name__}"
class H3:
    m = Bound()
print(H3().m())
