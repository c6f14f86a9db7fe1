def make_counter(start=0, *, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    return inc


c = make_counter(10, step=5)
print(c(), c(), c())


def apply(f, *args, **kwargs):
    return f(*args, **kwargs)


def g(a, b=2, *rest, c=3, **kw):
    return (a, b, rest, c, kw)


print(apply(g, 1), g(1, 2, 3, 4, c=5, d=6), g(a=9))
print((lambda x, y=1: x + y)(4), list(map(str, [1, 2])) if False else "skip")
try:
    g()
except TypeError as e:
    print(e)
try:
    g(1, 2, x=1, c=2, a=3)
except TypeError as e:
    print(e)
