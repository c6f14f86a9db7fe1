class A:
    """doc of A"""
    x = 1
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v + self.x
    @property
    def double(self):
        return self.v * 2
    @classmethod
    def make(cls, v):
        return cls(v)
    @staticmethod
    def s(a, b):
        return a + b
    def __repr__(self):
        return f"A({self.v})"

a = A(5)
print(a.get(), a.double, A.make(3), A.s(1, 2), a.s(3, 4))
print(A, A.__name__, A.__qualname__, A.__doc__, A.__module__)
print(repr(a), str(a), [a])
class B(A):
    def get(self):
        return super().get() * 10
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
b = B(1, 2)
print(b.get(), b.w, B.__mro__, B.__bases__, B.__base__)
print(isinstance(b, A), issubclass(B, A), type(b) is B)
print(A.__subclasses__())
try:
    a.nope
except AttributeError as e:
    print(e)
class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o):
        if not isinstance(o, V): return NotImplemented
        return V(self.x + o.x, self.y + o.y)
    def __eq__(self, o): return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __repr__(self): return f"V({self.x}, {self.y})"
    def __mul__(self, k): return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __neg__(self): return V(-self.x, -self.y)
print(V(1, 2) + V(3, 4), V(1, 2) == V(1, 2), V(1, 2) != V(1, 3), 3 * V(1, 1), V(1,1) * 2, -V(1, 2))
print(len(V(1, 2)), list(V(5, 6)), bool(V(0, 0)), 5 in V(5, 6))
try:
    hash(V(1, 2))
except TypeError as e:
    print(e)
try:
    V(1, 2) + 1
except TypeError as e:
    print(e)
x, y = V(7, 8)
print(x, y)
print(A.__dict__['x'], type(A.__dict__).__name__)
