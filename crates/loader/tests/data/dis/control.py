def exceptions(a):
    try:
        a()
    except ValueError as e:
        print(e)
    except (TypeError, KeyError):
        raise
    except Exception:
        raise RuntimeError("x") from None
    else:
        print("else")
    finally:
        print("finally")
    try:
        return a
    finally:
        print("cleanup")


def nested_loops(items):
    total = 0
    for i in items:
        for j in i:
            if j:
                total += j
            elif j is None:
                return None
            else:
                break
        while total > 100:
            total //= 2
    return total


def with_stmt(path):
    with open(path) as f:
        with open(path + "2") as g:
            return f.read() + g.read()


def match_stmt(cmd):
    match cmd:
        case []:
            return 0
        case [x]:
            return x
        case [1, 2, *rest]:
            return rest
        case {"k": v, **kw}:
            return v, kw
        case str() | bytes():
            return "text"
        case Point(x=0, y=yy) if yy > 0:
            return yy
        case Point(1, 2):
            return 12
        case (1 | 2 | 3) as n:
            return n
        case None | True | False:
            return "const"
        case -1 | 1.5 | 2j:
            return "num"
        case _:
            return cmd


def generators(n):
    yield n
    x = yield from range(n)
    return x


def comprehensions(xs):
    a = [x for x in xs if x]
    b = {x for x in xs}
    c = {x: y for x, y in xs}
    d = (x for x in xs)
    e = [[y for y in x] for x in xs]
    f = [x for x in xs for y in x if y if x]
    return a, b, c, d, e, f


def closures(a):
    b = 1
    def inner(c):
        nonlocal b
        b += a + c
        def innermost():
            return a, b, c
        return innermost
    return inner


class Base:
    attr: int = 1
    def method(self):
        return super().method()
    @staticmethod
    def smeth(*args, **kwargs):
        return args, kwargs
    @property
    def prop(self):
        return self.attr.real.imag
    def __init__(self, v):
        self.v = v
        self.w = [i for i in range(v)]
    class Inner:
        def m(self):
            return __class__


def defaults(a, b=1, *args, c, d=2, **kw) -> int:
    return a


def annotated(a: int, b: "str" = "x") -> list[int]:
    x: int = 1
    return [a]


def star_calls(f, a, k):
    f(*a)
    f(**k)
    f(*a, **k)
    f(1, *a, 2, x=3, **k)
    f(x=1, y=2)
    a.b.c.d(1, z=2)


def unpacking():
    a, *b = c = d, e = 1, 2
    [f, (g, h)] = 1, (2, 3)
    return a, b, c, d, e, f, g, h


def deletes(a):
    global GLOB
    GLOB = a
    del GLOB
    b = a
    del b
    del a.x, a[0]
