class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __sub__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x - o.x, self.y - o.y)
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __iter__(self):
        yield_list = [self.x, self.y]
        return iter(yield_list)
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, o): return "lshift"
    def __rshift__(self, o): return "rshift"
    def __invert__(self): return Vec(self.y, self.x)

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b, b / 2, b // 2, b % 3, a ** 2, a @ b)
print(-a, +a, abs(b), bool(Vec()), bool(a), ~a)
print(a == Vec(1, 2), a != b, len({a: 1, Vec(1, 2): 2, b: 3}), {a: 1, Vec(1, 2): 2})
print(list(a), a[0], a[-1], len(a), tuple(b))
print(a & b, a | b, a ^ b, a << b, a >> b)
c = a
c += b
print(c, a, c is a)
c *= 2
print(c)
for bad in [lambda: a + 1, lambda: 1 - a, lambda: a * "s", lambda: a < b, lambda: a / "x"]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
x, y = b
print(x, y, max(Vec(1, 9)), sorted(Vec(5, 1)))
