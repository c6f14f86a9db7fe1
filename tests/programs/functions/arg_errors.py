# Argument binding errors: CPython 3.11's exact TypeError messages.
def f(a, b):
    return a + b


def g(a, b=2, *, k):
    return (a, b, k)


def h(a, /, b, *, c=3):
    return (a, b, c)


def noargs():
    return 1


def one(x):
    return x


def many(a, b, c, d=4, e=5):
    return (a, b, c, d, e)


def kwo(*, x, y, z):
    return (x, y, z)


def check(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__, e)


check(f, 1)
check(f)
check(f, 1, 2, 3)
check(f, 1, a=2)
check(f, 1, 2, z=3)
check(g, 1)
check(g, 1, 2, 3)
check(g, 1, k=5)
check(h, a=1, b=2)
check(h, 1, 2, 3)
check(h, 1, b=2, c=9)
check(noargs, 1)
check(noargs, 1, 2)
check(noargs, x=1)
check(one)
check(one, 1, 2)
check(many)
check(many, 1)
check(many, 1, 2, 3, 4, 5, 6)
check(many, 1, 2, c=3, d=4, f=5)
check(kwo)
check(kwo, x=1)
check(kwo, 1, 2)
check(kwo, x=1, y=2, z=3)
check(lambda: 0, 1)
check(lambda a, b=1: a, 1, 2, 3)
check(h, 1, 2, a=3)


def pos_only_kw(a, b, /, **kw):
    return (a, b, kw)


check(pos_only_kw, 1, 2, a=3, b=4)
check(pos_only_kw, a=1, b=2)


def two_posonly(a, b, /):
    return a


check(two_posonly, a=1, b=2)
check(f, 1, b=2, a=3)


def kwo2(a, *, k):
    return (a, k)


check(f, 1, 2, 3, z=1)
check(kwo2, 1, 2, k=3)
check(kwo2, 1, 2)
check(f, 1, 2, 3, b=1)
check(kwo2, 1, 2, 3, k=1)
check(f, 1, a=2, b=1, c=3)
check(many, 1, 2, 3, 4, 5, 6, 7)


def fourpos(a, b, c, d):
    return a


check(fourpos, 1)
check(fourpos)
check(fourpos, d=1)


def kwmany(*, a, b, c):
    return a


check(kwmany, b=1)
check(kwmany)
check(f, 1, 2, **{"b": 3})
check(f, *[1, 2, 3])
