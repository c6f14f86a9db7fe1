# Cells shared between closures, closures created in loops, cells of arguments.
def make_pair():
    shared = []

    def put(x):
        shared.append(x)

    def get():
        return list(shared)

    return put, get


put, get = make_pair()
put(1)
put(2)
print(get())


def loop_closures():
    out = []
    for i in range(3):
        def show():
            return i

        out.append(show)
    return [f() for f in out]


print(loop_closures())


def loop_closures_bound():
    out = []
    for i in range(3):
        def make(j):
            return lambda: j

        out.append(make(i))
    return [f() for f in out]


print(loop_closures_bound())


def cell_rebinding():
    x = 1
    get = lambda: x
    x = 2
    first = get()
    x = 3
    return first, get()


print(cell_rebinding())


def arg_as_cell(a, b=2, *rest, k=3, **kw):
    def inner():
        return (a, b, rest, k, kw)

    a = "changed"
    return inner()


print(arg_as_cell(1, 5, 6, k=7, z=8))


def deep_nonlocal():
    n = 0

    def a():
        def b():
            def c():
                nonlocal n
                n += 1
                return n

            return c()

        return b()

    return [a() for _ in range(3)], n


print(deep_nonlocal())


def closure_over_loop_var_while():
    fns = []
    i = 0
    while i < 3:
        fns.append(lambda: i)
        i += 1
    return [f() for f in fns]


print(closure_over_loop_var_while())


def counter_generator_free(start):
    def step():
        nonlocal start
        start += 1
        return start

    return step


s = counter_generator_free(10)
print(s(), s(), s())
print(s.__code__.co_freevars, counter_generator_free.__code__.co_cellvars)
