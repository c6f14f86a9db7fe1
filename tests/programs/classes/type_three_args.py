def init(self, v):
    self.v = v
Point = type("Point", (), {"__init__": init, "__repr__": lambda self: f"Point({self.v})", "kind": "pt"})
p = Point(3)
print(p, Point.kind, Point.__name__, Point.__qualname__, Point.__module__, Point.__bases__)
Sub = type("Sub", (Point,), {"extra": True})
print(Sub(1), Sub.extra, Sub.kind, Sub.__mro__, isinstance(Sub(2), Point))
print(type(p) is Point, type(Point), type(type), type(object), type(int))
Meta = type("Meta", (type,), {"tag": "meta"})
X = Meta("X", (), {})
print(type(X).__name__, X.tag, isinstance(X, type))
for bad in [lambda: type("A", (1,), {}), lambda: type(b"A", (), {}), lambda: type("A", (), {}, 1), lambda: type("A", (bool,), {})]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
D = type("D", (dict,), {"__missing__": lambda self, k: -1})
d = D(a=1)
print(d["a"], d["b"], type(d).__name__)
print(type.__name__, type.__mro__, object.__bases__, object.__base__, int.__base__, bool.__mro__)
