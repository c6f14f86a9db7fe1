import functools
from functools import lru_cache, cache, wraps, partial


@lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x


print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info())
print(sq.cache_parameters(), sq.__wrapped__.__name__, sq.__name__, sq.__doc__)
sq.cache_clear()
print(sq.cache_info())


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(100), fib.cache_info())


@lru_cache
def bare(x):
    return x


print(bare(1), bare.cache_info(), bare.cache_parameters())


@lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1), nocache(1)
print(nocache.cache_info())


class C:
    @lru_cache(maxsize=4)
    def method(self, x):
        return x + 1


c = C()
print(c.method(1), c.method(1), C.method.cache_info())
try:
    sq([1])
except TypeError as e:
    print("TypeError", e)
try:
    lru_cache(maxsize='a')
except TypeError as e:
    print("TypeError", e)


def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k)
    return inner


@deco
def documented(a, b=2):
    """The docs."""
    return a + b


print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(1))
p = partial(documented, b=10)
print(p(1), functools.reduce(lambda a, b: a * b, range(1, 6)))
