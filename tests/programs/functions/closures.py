# Closures: cells, nonlocal, late binding, nested scopes.
def outer():
    x = 1

    def inner():
        return x

    x = 2
    return inner


print(outer()())


def counter():
    n = 0

    def inc(k=1):
        nonlocal n
        n += k
        return n

    def get():
        return n

    return inc, get


inc, get = counter()
inc()
inc(5)
print(get())

fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = []
for i in range(3):
    fs.append(lambda i=i: i)
print([f() for f in fs])


def make_multipliers():
    return [lambda x: x * i for i in range(4)]


print([m(2) for m in make_multipliers()])


def a():
    v = "a"

    def b():
        def c():
            def d():
                return v + "d"

            return d()

        return c()

    return b()


print(a())


def shadow():
    x = "outer"

    def inner():
        x = "inner"
        return x

    return inner(), x


print(shadow())


def unbound_free():
    def inner():
        return y

    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return inner()


print(unbound_free())


def del_cell():
    z = 1

    def inner():
        return z

    del z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    try:
        print(z)
    except NameError as e:
        print(type(e).__name__, e)


del_cell()


def arg_cell(p):
    def inner():
        return p * 2

    return inner


print(arg_cell(21)())


def nonlocal_chain():
    a = 0

    def level1():
        def level2():
            nonlocal a
            a += 10

        level2()
        level2()

    level1()
    return a


print(nonlocal_chain())
print(outer().__closure__ is not None, counter.__closure__)
print(len(inc.__closure__), inc.__code__.co_freevars)
print(counter.__code__.co_cellvars)


def accum():
    total = []

    def add(x):
        total.append(x)
        return total

    return add


ad = accum()
ad(1)
print(ad(2))
