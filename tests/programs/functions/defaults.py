# Default argument values: evaluation time, sharing, __defaults__ and __kwdefaults__.
counter = [0]


def next_val():
    counter[0] += 1
    return counter[0]


def f(a=next_val(), b=next_val()):
    return (a, b)


print(f(), f(10), counter)


def append_to(x, acc=[]):
    acc.append(x)
    return acc


print(append_to(1), append_to(2), append_to(3, []))
print(append_to.__defaults__)


def g(a, b=1, *, c=2, d):
    return (a, b, c, d)


print(g.__defaults__, g.__kwdefaults__)
print(g(0, d=9))
g.__defaults__ = (100,)
print(g(0, d=9))
g.__kwdefaults__ = {"c": 50, "d": 60}
print(g(0))
g.__defaults__ = None
try:
    g(0)
except TypeError as e:
    print(e)


def h(x, y=None):
    if y is None:
        y = []
    y.append(x)
    return y


print(h(1), h(2))
x = 5


def late(v=x):
    return v


x = 6
print(late())


def nodef(a):
    pass


print(nodef.__defaults__, nodef.__kwdefaults__)
print(nodef(1))
lam = lambda a, b=3, *c, d=4, **e: (a, b, c, d, e)
print(lam(1), lam(1, 2, 3, 4, d=5, z=6))
print(lam.__defaults__, lam.__kwdefaults__)
