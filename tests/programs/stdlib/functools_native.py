from _functools import reduce, partial, cmp_to_key, _lru_cache_wrapper
import _functools


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


# reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda a, b: a + b, [], 5), reduce(lambda a, b: a + b, ['x']))
print(reduce(max, iter([3, 9, 2])))
show("reduce()", lambda: reduce())
show("reduce not callable", lambda: reduce(1, [1, 2]))
show("reduce not iterable", lambda: reduce(lambda a, b: a, 1))
show("reduce empty", lambda: reduce(lambda a, b: a, []))
show("reduce 4", lambda: reduce(lambda a, b: a, [1], 2, 3))
show("reduce kw", lambda: reduce(f=1))


# partial
def g(*a, **k):
    return a, k


p = partial(g, 1, x=1)
print(p(2, x=2, y=3), p(), p.func is g, p.args, p.keywords)
q = partial(p, 3, z=4)
print(q.func is g, q.args, q.keywords, q())
print(repr(partial(len)), repr(partial(len, 1, a=2)), repr(partial(len, 'x', k='v')))
show("partial()", lambda: partial())
show("partial(1)", lambda: partial(1))
show("partial(f=1)", lambda: partial(f=1))
show("set func", lambda: setattr(partial(len), 'func', 1))
show("set args", lambda: setattr(partial(len), 'args', ()))
print(partial(len, [1, 2])(), partial(int, base=2)('101'), partial(int, '12')(base=16))
p = partial(g)
p.attr = 5
print(p.attr, p.__dict__)
r = partial(p, 1)
print(r.func is p, r.args)
print(partial(len).__reduce__())
s = partial(len)
s.__setstate__((g, (1,), {'k': 2}, None))
print(s(), s.args, s.keywords)
show("bad state", lambda: s.__setstate__(1))
show("bad state 5", lambda: s.__setstate__((len, (), {}, None, 1)))


class A:
    f = partial(g, 'bound?')


print(A().f(), A.f())
show("no __get__", lambda: partial(len).__get__)


class P(partial):
    pass


print(repr(P(len)), repr(partial(P(len, 1), 2)), P(P(g, 1), 2).args, type(P(len)).__name__)
p = partial(g, 1)
p.keywords['late'] = True
print(p())
rp = partial(g)
rp.__setstate__((g, (rp,), {}, None))
print(repr(rp).count('...'))

# cmp_to_key
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=K), sorted('bca', key=cmp_to_key(lambda a, b: -1 if a > b else 1)))
a, b = K(1), K(2)
print(a < b, a > b, a == b, a != b, a <= b, a >= b, K(1) == K(1), a.obj)
show("K vs int", lambda: a < 2)
show("hash", lambda: hash(a))
show("K()", lambda: K())
show("cmp_to_key()", lambda: cmp_to_key())
print(type(K).__name__, type(a).__name__, type(K) is type(a))
print(cmp_to_key(mycmp=len) is not None)
print(max([1, 5, 3], key=K), min(['b', 'a'], key=K))

# _lru_cache_wrapper
calls = []


def info(*a):
    return a


def square(x):
    calls.append(x)
    return x * x


f = _lru_cache_wrapper(square, 2, False, info)
print(f(2), f(2), f(3), f(4), f(2), calls)
print(f.cache_info())
f.cache_clear()
print(f.cache_info(), f(3), f.cache_info())
u = _lru_cache_wrapper(square, None, False, info)
for x in [1, 2, 1, 1, 3]:
    u(x)
print(u.cache_info())
z = _lru_cache_wrapper(square, 0, False, info)
z(1), z(1)
print(z.cache_info())
t = _lru_cache_wrapper(square, 10, True, info)
t(1), t(1.0), t(True)
print(t.cache_info())
k = _lru_cache_wrapper(g, 10, False, info)
print(k(1, a=2), k(1, a=2), k(1, b=2), k.cache_info())


@partial(_lru_cache_wrapper, maxsize=None, typed=False, cache_info_type=info)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


class C:
    @partial(_lru_cache_wrapper, maxsize=8, typed=False, cache_info_type=info)
    def m(self, x):
        return (self.__class__.__name__, x)


print(C().m(1), C.m.cache_info())
f.__wrapped__ = square
print(f.__wrapped__ is square, f.__dict__ == {'__wrapped__': square})
show("lru not callable", lambda: _lru_cache_wrapper(1, 1, False, info))
show("lru maxsize", lambda: _lru_cache_wrapper(len, 'a', False, info))
show("lru args", lambda: _lru_cache_wrapper(len))
show("unhashable", lambda: f([1]))
print(f.__copy__() is f, f.__deepcopy__({}) is f)
print(sorted(n for n in dir(_functools) if not n.startswith('__')))
