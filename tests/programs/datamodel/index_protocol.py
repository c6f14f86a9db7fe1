def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class Idx:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
data = list(range(10))
print(data[Idx(3)], data[Idx(-1)], data[Idx(2):Idx(5)], "hello"[Idx(1)], (1, 2, 3)[Idx(0)])
print(bin(Idx(5)), oct(Idx(8)), hex(Idx(255)), [0] * Idx(3), "ab" * Idx(2))
print(int(Idx(7)) if hasattr(Idx, "__int__") else "no __int__", list(range(Idx(3))))
class BadIdx:
    def __index__(self): return "x"
t(lambda: data[BadIdx()])
t(lambda: data["x"])
class Conv:
    def __int__(self): return 42
    def __float__(self): return 2.5
print(int(Conv()), float(Conv()))
t(lambda: data[Conv()])
class BadInt:
    def __int__(self): return "no"
t(lambda: int(BadInt()))
class BadFloat:
    def __float__(self): return 1
t(lambda: float(BadFloat()))
class R:
    def __round__(self, nd=None):
        return f"round({nd})"
print(round(R()), round(R(), 3))
class A:
    def __abs__(self): return 99
print(abs(A()))
import sys
print(isinstance(Idx(1), object))
