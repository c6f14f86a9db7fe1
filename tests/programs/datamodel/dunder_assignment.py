class A:
    def __init__(self, v): self.v = v
a, b = A(1), A(2)
try:
    a + b
except TypeError as e:
    print("TypeError", e)
A.__add__ = lambda self, o: A(self.v + o.v)
A.__repr__ = lambda self: f"A({self.v})"
print(a + b, repr(a))
A.__eq__ = lambda self, o: self.v == o.v
print(a == A(1), a != A(1))
class B(A):
    pass
print(B(1) + B(2))
del A.__add__
try:
    B(1) + B(2)
except TypeError as e:
    print("TypeError", e)
A.__len__ = lambda self: self.v
print(len(a), bool(A(0)))
A.__iter__ = lambda self: iter(range(self.v))
print(list(A(3)))
A.__call__ = lambda self, x: x * self.v
print(a(10), b(10))
A.__getitem__ = lambda self, k: k * self.v
print(b[4], b["x"])
A.__hash__ = lambda self: 7
print(hash(a))
A.__bool__ = lambda self: True
print(bool(A(0)))
def neg(self): return A(-self.v)
setattr(A, "__neg__", neg)
print(-b)
