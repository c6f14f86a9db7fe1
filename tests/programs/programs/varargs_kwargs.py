def describe(*args, sep=", ", **kwargs):
    parts = [repr(a) for a in args]
    parts += [f"{k}={v!r}" for k, v in sorted(kwargs.items())]
    return sep.join(parts)

print(describe())
print(describe(1, "two", [3]))
print(describe(1, sep=" | ", b=2, a=1))
args = (10, 20)
kw = {"z": 26, "y": 25}
print(describe(*args, *"xy", **kw, w=23))

def kwonly(a, b=2, *, c, d=4):
    return (a, b, c, d)

print(kwonly(1, c=3), kwonly(1, 5, c=6, d=7), kwonly(c=0, a=9))
for call in [lambda: kwonly(1, 2, 3), lambda: kwonly(1), lambda: kwonly(1, c=1, e=5),
             lambda: kwonly(1, a=2, c=3), lambda: describe(**{1: 2}), lambda: kwonly(*[1, 2], **{"c": 3, "b": 9})]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)

def posonly(a, b, /, c):
    return a + b + c

print(posonly(1, 2, 3), posonly(1, 2, c=3))
try:
    posonly(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)

def counter(start=0, step=1):
    count = start
    def inc(n=1):
        nonlocal count
        count += step * n
        return count
    def get():
        return count
    return inc, get

inc, get = counter(10, 5)
print(inc(), inc(2), get(), inc(-3), get())

def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed

f = compose(str, lambda x: x * 2, abs)
print(repr(f(-21)), compose()(7))

def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        wrapper.hits = getattr(wrapper, "hits", 0)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memoize
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)

print([binom(10, k) for k in range(11)], len(binom.cache), binom.__name__)

def trace(fn):
    depth = [0]
    def wrapper(*a, **k):
        print("  " * depth[0] + f"-> {fn.__name__}{a}")
        depth[0] += 1
        try:
            r = fn(*a, **k)
        finally:
            depth[0] -= 1
        print("  " * depth[0] + f"<- {r}")
        return r
    return wrapper

@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

fact(4)
print(fact.__name__, fact.__qualname__, binom.__qualname__)
def defaults(a, b=[], c={}, *d, e=(), **f):
    b.append(a)
    return b
print(defaults(1), defaults(2), defaults.__defaults__, defaults.__kwdefaults__, defaults.__code__.co_argcount)
print(defaults.__code__.co_varnames, defaults.__code__.co_name, kwonly.__code__.co_kwonlyargcount)
print((lambda *a, **k: (a, k))(1, x=2), (lambda: None).__name__)
