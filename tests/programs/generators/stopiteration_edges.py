def g1():
    yield 1
    return
def g2():
    return 5
    yield
def g3():
    yield 1
    raise StopIteration(7)

print(list(g1()), list(g2()))
try:
    next(g2())
except StopIteration as e:
    print("value", e.value, e.args)
x = g2()
print(next(x, "default"))
try:
    list(g3())
except RuntimeError as e:
    print(type(e).__name__, e, "|", repr(e.__cause__), e.__cause__ is e.__context__)

def g4():
    try:
        yield 1
    except StopIteration:
        yield "caught stop"
g = g4()
next(g)
print(g.throw(StopIteration))

g = g1()
next(g)
try:
    g.throw(StopIteration("thrown"))
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

def g5():
    it = iter([1])
    while True:
        yield next(it)
try:
    print(list(g5()))
except RuntimeError as e:
    print("pep479", e)

def g6():
    try:
        next(iter(()))
    except StopIteration:
        yield "handled inside"
print(list(g6()))

def ret_tuple():
    yield
    return (1, 2)
g = ret_tuple()
next(g)
try:
    next(g)
except StopIteration as e:
    print("tuple value", e.value, e.args)

def ret_exc():
    yield
    return ValueError("as value")
g = ret_exc()
next(g)
try:
    next(g)
except StopIteration as e:
    print("exc value", repr(e.value))

def ret_none_explicit():
    yield 1
    return None
g = ret_none_explicit()
next(g)
try:
    g.send(None)
except StopIteration as e:
    print("none value", e.value, e.args)

def empty():
    return
    yield
print(list(empty()), next(empty(), "nothing"))
print(sum(g2() if False else g1()))
