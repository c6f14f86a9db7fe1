# global / nonlocal / local scoping and unbound locals.
g = 1


def read_global():
    return g


def write_global():
    global g
    g = 2


def shadow_global():
    g = 3
    return g


print(read_global(), shadow_global(), g)
write_global()
print(g)


def unbound():
    print(g)
    g = 5


try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
except NameError as e:
    print("NameError", e)


def deleted():
    v = 1
    del v
    return v


try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def del_twice():
    w = 1
    del w
    del w


try:
    del_twice()
except UnboundLocalError as e:
    print(type(e).__name__, e)


def global_new():
    global brand_new
    brand_new = "created"


global_new()
print(brand_new)


def del_global():
    global brand_new
    del brand_new


del_global()
try:
    brand_new
except NameError as e:
    print(e)
try:
    del_global()
except NameError as e:
    print(e)


def outer():
    x = "o"

    def mid():
        nonlocal x
        x = "m"

        def inner():
            nonlocal x
            x = "i"

        inner()

    mid()
    return x


print(outer())


def nonlocal_then_global():
    v = 1

    def f():
        global v
        return v

    return f()


v = "global v"
print(nonlocal_then_global())
try:
    missing_function()
except NameError as e:
    print(e)


def uses_builtin():
    return len("abc")


len_backup = len
print(uses_builtin())


def cond_local(flag):
    if flag:
        val = "set"
    return val


print(cond_local(True))
try:
    cond_local(False)
except UnboundLocalError as e:
    print(e)


def loop_var_leak():
    for i in range(3):
        pass
    return i


print(loop_var_leak())


def no_iterations():
    for j in []:
        pass
    return j


try:
    no_iterations()
except UnboundLocalError as e:
    print(e)


def free_unbound():
    def inner():
        return later

    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = 1


free_unbound()
