# Keyword calls of Python functions (the in-place binder and its fallbacks).
def area(width, height=2, *, scale=1):
    return width * height * scale


def add3(a, b, c):
    return (a, b, c)


def po(a, b, /, c=5, *, d, e=7):
    return (a, b, c, d, e)


def kwonly(*, x, y=2):
    return (x, y)


def withkw(a, **kw):
    return (a, sorted(kw.items()))


def withargs(a, *rest, b=1):
    return (a, rest, b)


def cellf(a, b=3):
    def inner():
        return a + b
    return inner()


def many(a=0, b=1, c=2, d=3, e=4, f=5, g=6, h=7, i=8, j=9):
    return [a, b, c, d, e, f, g, h, i, j]


def run(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


run("area1", lambda: area(3))
run("area2", lambda: area(3, height=4))
run("area3", lambda: area(width=2, height=1, scale=5))
run("area4", lambda: area(scale=3, width=2))
run("area5", lambda: area(height=3))
run("area6", lambda: area(2, width=3))
run("area7", lambda: area(2, 3, scale=1, bogus=2))
run("area8", lambda: area(2, 3, 4))
run("area9", lambda: area(2, 3, 4, scale=2))
run("add1", lambda: add3(1, b=2, c=3))
run("add2", lambda: add3(c=1, a=2, b=3))
run("add3", lambda: add3(1, c=3))
run("add4", lambda: add3(a=1))
run("add5", lambda: add3(1, 2, 3, a=4))
run("po1", lambda: po(1, 2, d=4))
run("po2", lambda: po(1, 2, 3, d=4, e=5))
run("po3", lambda: po(1, b=2, d=4))
run("po4", lambda: po(1, 2, c=9))
run("po5", lambda: po(1, 2, e=1, d=0, c=8))
run("kwonly1", lambda: kwonly(x=1))
run("kwonly2", lambda: kwonly(y=5, x=1))
run("kwonly3", lambda: kwonly(1))
run("kwonly4", lambda: kwonly(y=1))
run("withkw1", lambda: withkw(1, z=2, y=3))
run("withkw2", lambda: withkw(a=1, a2=2))
run("withkw3", lambda: withkw(z=1))
run("withargs1", lambda: withargs(1, 2, 3, b=4))
run("withargs2", lambda: withargs(a=1))
run("cell1", lambda: cellf(a=1))
run("cell2", lambda: cellf(b=10, a=1))
run("many1", lambda: many(j=0, a=9))
run("many2", lambda: many(1, 2, 3, e=40, i=80))
run("many3", lambda: many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
run("many4", lambda: many(k=1))
t = 0
for i in range(200):
    t += area(i, height=3) + area(width=i, height=1, scale=2)
    t += sum(add3(c=i, a=1, b=2))
print("loop", t)


def rec(n, acc=0):
    if n == 0:
        return acc
    return rec(n=n - 1, acc=acc + n)


print("rec", rec(n=50))
d = {"width": 2, "scale": 4}
run("star", lambda: area(**d))
run("star2", lambda: area(1, **{"height": 5}))
