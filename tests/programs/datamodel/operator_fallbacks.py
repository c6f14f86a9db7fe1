class Money:
    def __init__(self, cents, cur="USD"):
        self.cents = cents
        self.cur = cur
    def __repr__(self):
        return f"Money({self.cents}, {self.cur!r})"
    def _check(self, o):
        if isinstance(o, Money) and o.cur != self.cur:
            raise ValueError(f"currency mismatch {self.cur}/{o.cur}")
    def __add__(self, o):
        if isinstance(o, Money):
            self._check(o)
            return Money(self.cents + o.cents, self.cur)
        if isinstance(o, int):
            return Money(self.cents + o, self.cur)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        if isinstance(o, Money):
            self._check(o)
            return Money(self.cents - o.cents, self.cur)
        return NotImplemented
    def __rsub__(self, o):
        if isinstance(o, int):
            return Money(o - self.cents, self.cur)
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, int):
            return Money(self.cents * k, self.cur)
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        if isinstance(k, Money):
            return self.cents / k.cents
        return Money(self.cents // k, self.cur)
    def __eq__(self, o):
        if isinstance(o, Money):
            return (self.cents, self.cur) == (o.cents, o.cur)
        return NotImplemented
    def __lt__(self, o):
        if isinstance(o, Money):
            return self.cents < o.cents
        return NotImplemented
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash((self.cents, self.cur))
    def __bool__(self):
        return self.cents != 0
print(Money(100) + Money(50), Money(100) + 5, 5 + Money(100), 1000 - Money(1), Money(5) - Money(2))
print(Money(3) * 4, 4 * Money(3), Money(10) / Money(4), Money(10) / 3)
print(sum([Money(1), Money(2), Money(3)]), sum([Money(1)], Money(10)))
print(Money(1) == Money(1), Money(1) == 1, Money(1) != Money(2), Money(1) < Money(2), Money(2) <= Money(2), Money(3) > Money(2))
print(sorted([Money(3), Money(1), Money(2)]), max(Money(1), Money(9)))
print(bool(Money(0)), bool(Money(1)), not Money(0))
for expr in [lambda: Money(1) + "x", lambda: "x" + Money(1), lambda: Money(1) * 1.5, lambda: Money(1) - 5,
             lambda: Money(1, "EUR") + Money(1), lambda: Money(1) < 5, lambda: Money(1) >= 3, lambda: [] + Money(1)]:
    try:
        print(expr())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
m = Money(10)
m += 5
m -= Money(3)
m *= 2
print(m)
class Weird:
    def __add__(self, o): return "weird add"
    def __radd__(self, o): return "weird radd"
    def __iadd__(self, o): return NotImplemented
w = Weird()
w += 1
print(w)
class Sub(Money):
    def __radd__(self, o):
        return "Sub.__radd__ first"
    def __eq__(self, o):
        return "Sub.__eq__"
print(Money(1) + Sub(2), Money(1) == Sub(1), 3 + Sub(1))
print(Money(1).__add__("x"), Money(1).__eq__(2), NotImplemented.__class__.__name__)
