class Flag(int):
    def __new__(cls, v, name="flag"):
        obj = super().__new__(cls, v)
        obj.name = name
        return obj
    def __repr__(self):
        return f"Flag({int(self)}, {self.name!r})"
    def __or__(self, o):
        return Flag(int(self) | int(o), self.name + "|" + getattr(o, "name", "?"))
a = Flag(1, "read")
b = Flag(2, "write")
print(a, b, a | b, a + b, type(a + b).__name__, a == 1, a < b, sorted([b, a]))
print(int(a), float(b), str(a), f"{b}", hash(a) == hash(1), {a: "x"}[1])
class Celsius(float):
    def __new__(cls, v):
        if v < -273.15:
            raise ValueError("too cold")
        return super().__new__(cls, v)
    def to_f(self):
        return self * 9 / 5 + 32
c = Celsius(100)
print(c, c.to_f(), type(c).__name__, isinstance(c, float), c + 1)
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError", e)
class Name(str):
    def __new__(cls, first, last):
        obj = super().__new__(cls, f"{first} {last}")
        obj.first, obj.last = first, last
        return obj
    def initials(self):
        return self.first[0] + self.last[0]
n = Name("Ada", "Lovelace")
print(n, n.initials(), n.upper(), len(n), n.split(), type(n).__name__, n == "Ada Lovelace")
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self): return self[0]
    def swap(self): return Pair(self[1], self[0])
p = Pair(1, 2)
print(p, p.first, p.swap(), len(p), p + (3,), type(p.swap()).__name__)
