# Function calls: positional, keyword, defaults, *args, **kwargs.
def area(width, height=2, *, scale=1):
    return width * height * scale


def add3(a, b, c):
    return a + b + c


def varargs(*args):
    return len(args)


def kwargs(**kw):
    return len(kw)


def work(n):
    t = 0
    for i in range(n):
        t += area(i)
        t += area(i, height=3)
        t += area(width=i, height=1, scale=2)
        t += add3(i, b=1, c=2)
        t += add3(c=i, a=1, b=2)
    for i in range(n // 4):
        t += varargs(i, i, i) + kwargs(a=i, b=i)
    return t


print(work(300000))
