def gen(a):
    x = a
    yield x
    y = x + 1
    yield y

g = gen(1)
print(repr(g).split(" at ")[0])
print(str(g).startswith("<generator object gen at 0x"))
print(g.gi_frame.f_lineno, g.gi_frame.f_code.co_name)
next(g)
print(g.gi_frame.f_lineno)
next(g)
print(g.gi_frame.f_lineno)
print(g.gi_code.co_name, g.gi_code.co_varnames)
g.__name__ = "renamed"
print(g.__name__, g.__qualname__, repr(g).split(" at ")[0])
try:
    g.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.gi_running = True
except AttributeError as e:
    print(type(e).__name__)
try:
    g.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(type(g).__name__, type(x for x in "").__name__)
ge = (x for x in [1])
print(repr(ge).split(" at ")[0])
print(callable(g), hasattr(g, "send"), hasattr(g, "__next__") or True)
def nested():
    def inner():
        yield
    return inner
print(nested()().__qualname__)
lam = (lambda: (yield 1))
lg = lam()
print(lg.__name__, next(lg))
print(isinstance(g, type(ge)))
print(g.gi_yieldfrom, g.gi_running)
