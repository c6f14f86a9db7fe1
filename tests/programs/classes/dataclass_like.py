class Record:
    __fields__ = ()
    def __init__(self, *args, **kwargs):
        if len(args) > len(self.__fields__):
            raise TypeError(f"{type(self).__name__} takes {len(self.__fields__)} positional arguments but {len(args)} were given")
        for name, val in zip(self.__fields__, args):
            setattr(self, name, val)
        for name in self.__fields__[len(args):]:
            if name not in kwargs:
                raise TypeError(f"missing field {name!r}")
            setattr(self, name, kwargs.pop(name))
        if kwargs:
            raise TypeError(f"unknown field {next(iter(kwargs))!r}")
    def __repr__(self):
        inner = ", ".join([f"{n}={getattr(self, n)!r}" for n in self.__fields__])
        return f"{type(self).__name__}({inner})"
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self._astuple() == other._astuple()
    def __hash__(self):
        return hash(self._astuple())
    def __lt__(self, other):
        return self._astuple() < other._astuple()
    def _astuple(self):
        return tuple([getattr(self, n) for n in self.__fields__])
    def _replace(self, **kw):
        vals = {n: getattr(self, n) for n in self.__fields__}
        vals.update(kw)
        return type(self)(**vals)
    def __iter__(self):
        return iter(self._astuple())

class Point(Record):
    __fields__ = ("x", "y")
class Person(Record):
    __fields__ = ("name", "age", "email")

p = Point(1, 2)
q = Point(x=1, y=2)
print(p, q, p == q, p is q, hash(p) == hash(q))
print(p._replace(y=5), sorted([Point(3, 1), Point(1, 9), Point(1, 2)]))
x, y = p
print(x, y, list(p), dict(zip(Point.__fields__, p)))
print(Person("ann", 30, email="a@x"), Point(0, 0) == (0, 0))
for bad in [lambda: Point(1, 2, 3), lambda: Point(1), lambda: Point(1, 2, z=3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
d = {Point(1, 2): "a"}
print(d[Point(1, 2)], Point(1, 2) in d, max([Point(1, 2), Point(2, 0)]))
class Frozen(Record):
    __fields__ = ("a",)
    def __setattr__(self, name, value):
        if hasattr(self, name):
            raise AttributeError(f"cannot assign to field {name!r}")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field {name!r}")
f = Frozen(1)
try:
    f.a = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    del f.a
except AttributeError as e:
    print("AttributeError:", e)
print(f)
