def inner(n):
    for i in range(n):
        x = yield i
        if x is not None:
            print("inner got", x)
    return n * 10

def outer():
    r = yield from inner(3)
    print("inner returned", r)
    r2 = yield from [7, 8]
    print("list returned", r2)
    return "outer done"

g = outer()
print(next(g))
print(g.send("hello"))
print(g.gi_yieldfrom is not None, type(g.gi_yieldfrom).__name__)
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", range(3), (x for x in "xy"))))

def tree(n):
    if n == 0:
        return 1
    a = yield from tree(n - 1)
    yield n
    b = yield from tree(n - 1)
    return a + b
t = tree(3)
print(list(t))
def count_leaves(n):
    total = yield from tree(n)
    yield ("leaves", total)
print(list(count_leaves(3))[-1])

def delegating_throw():
    try:
        yield from inner(5)
    except KeyError as e:
        print("outer caught", repr(e))
        yield "recovered"

d = delegating_throw()
print(next(d))
print(d.throw(KeyError("k")))

def catching_inner():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("inner caught", e)
            return "inner-finished"

def wrapper():
    r = yield from catching_inner()
    yield "after " + r

w = wrapper()
print(next(w))
print(w.throw(ValueError("boom")))

def closing_inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")

def closing_outer():
    try:
        yield from closing_inner()
    finally:
        print("outer finally")
c = closing_outer()
print(next(c))
c.close()
print(c.gi_frame)

def gen_not_iter():
    yield from 5
try:
    list(gen_not_iter())
except TypeError as e:
    print(type(e).__name__, e)

def sub():
    yield 1
    return (1, 2)
def sup():
    x = yield from sub()
    print("tuple result", x)
list(sup())
def sub2():
    yield 1
    raise StopIteration("x")
def sup2():
    yield from sub2()
try:
    list(sup2())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
