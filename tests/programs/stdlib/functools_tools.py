import functools
from functools import total_ordering, singledispatch, cached_property, cmp_to_key, partialmethod


@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v

    def __repr__(self):
        return 'V(%r)' % self.v


a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, a == b, sorted([V(3), V(1), V(2)]))


@singledispatch
def show(x):
    return 'object %r' % (x,)


@show.register
def _(x: int):
    return 'int %d' % x


@show.register(list)
def _(x):
    return 'list of %d' % len(x)


print(show(1), show([1, 2]), show('s'), show(True), show.dispatch(bool).__name__ if hasattr(show.dispatch(bool), '__name__') else '')
print(sorted(k.__name__ for k in show.registry))


class Data:
    def __init__(self):
        self.n = 0

    @cached_property
    def value(self):
        self.n += 1
        print("computing")
        return 42


d = Data()
print(d.value, d.value, d.n, 'value' in d.__dict__)
del d.value
print(d.value, d.n)
print(sorted([5, 1, 4], key=cmp_to_key(lambda x, y: y - x)))


class Cell:
    def __init__(self):
        self.v = None

    def set(self, v):
        self.v = v

    set_one = partialmethod(set, 1)


c = Cell()
c.set_one()
print(c.v)
print(functools.reduce(lambda x, y: x + y, 'abc', '>'))
