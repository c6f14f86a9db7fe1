# Mixed argument kinds: keyword calls, positional-only, keyword-only, **kwargs collecting.
def f(a, b, /, c, d=4, *args, e, f=6, **kwargs):
    return (a, b, c, d, args, e, f, sorted(kwargs.items()))


print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5))
print(f(1, 2, 3, 4, 5, 6, e=7, f=8, g=9))
print(f(1, 2, 3, e=5, a=10, b=20))
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
try:
    f(1, c=3, e=5)
except TypeError as e:
    print(e)


def kwonly_defaults(*, a=1, b, c=3):
    return (a, b, c)


print(kwonly_defaults(b=2), kwonly_defaults(c=0, b=1, a=9))


def collect(**kw):
    return kw


print(collect(), collect(x=1, y=2), collect(**{"if": 1, "class": 2}))


def varargs_only(*args):
    return args


print(varargs_only(), varargs_only(*range(4)), varargs_only([1], (2,)))


def order(a, b, c):
    return f"{a}{b}{c}"


print(order(c=3, a=1, b=2), order(1, c=3, b=2))
log = []


def side(tag):
    log.append(tag)
    return tag


print(order(side("x"), c=side("z"), b=side("y")), log)


def default_mutable(x, acc=None):
    acc = [] if acc is None else acc
    acc.append(x)
    return acc


print(default_mutable(1), default_mutable(2), default_mutable(3, [0]))


def many_kwargs(a, b, c, d, e, f, g, h):
    return a + b + c + d + e + f + g + h


print(many_kwargs(1, 2, 3, 4, h=8, g=7, f=6, e=5))
print(many_kwargs(*range(4), **dict(e=1, f=1, g=1, h=1)))


def kw_passthrough(**kw):
    return collect(**kw, extra=True)


print(kw_passthrough(a=1))
try:
    kw_passthrough(extra=1)
except TypeError as e:
    print(e)
