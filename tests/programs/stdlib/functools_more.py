import functools
from functools import singledispatch, cached_property, total_ordering, partialmethod, wraps, reduce, partial, lru_cache

@singledispatch
def show(x):
    return f"obj {x!r}"
@show.register
def _(x: int):
    return f"int {x}"
@show.register(list)
def _(x):
    return f"list {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True), show.dispatch(float).__name__, sorted(k.__name__ for k in show.registry))

class C:
    def __init__(self):
        self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return self.n * 10
c = C(); print(c.val, c.val, c.n, 'val' in vars(c))

@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), sorted([V(3), V(1)], key=lambda x: x.v)[0].v)

class Cell:
    def __init__(self): self.state = None
    def set(self, s): self.state = s
    on = partialmethod(set, True)
x = Cell(); x.on(); print(x.state)

def deco(f):
    @wraps(f)
    def w(*a, **k):
        return f(*a, **k)
    return w
@deco
def hello(a):
    "doc here"
    return a
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello(3))
print(reduce(lambda a, b: a * b, range(1, 6)), partial(int, base=2)('101'))

class M:
    @functools.singledispatchmethod
    def f(self, x):
        return "base"
    @f.register
    def _(self, x: str):
        return "str"
print(M().f(1), M().f("a"))
@lru_cache(maxsize=2)
def sq(n): return n * n
print([sq(i) for i in (1, 2, 1, 3, 1)], sq.cache_info())
print(functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2))
@functools.cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50))
