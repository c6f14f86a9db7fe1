import _contextvars as cv
v = cv.ContextVar("v", default=10)
w = cv.ContextVar("w")
print(v.name, v.get(), w.get("dflt"))
try:
    w.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)
t = v.set(1)
print(v.get(), t.var is v, t.old_value is cv.Token.MISSING, repr(cv.Token.MISSING))
t2 = v.set(2)
print(v.get(), t2.old_value)
v.reset(t2)
print(v.get())
try:
    v.reset(t2)
except RuntimeError as e:
    print("RuntimeError", "has already been used once" in str(e))
try:
    w.reset(t)
except ValueError as e:
    print("ValueError", "different ContextVar" in str(e))
v.reset(t)
print(v.get())
ctx = cv.copy_context()
print(type(ctx).__name__, v in ctx, len(ctx))
def inside(a, b=0):
    v.set(a + b)
    w.set("in")
    return v.get(), w.get()
print(ctx.run(inside, 5, b=1))
print(v.get(), w.get(None))
print(ctx[v], ctx.get(w), len(ctx), sorted(x.name for x in ctx))
print(sorted(k.name for k in ctx.keys()), sorted(map(str, ctx.values())))
c2 = ctx.copy()
print(c2[v], c2 is ctx)
try:
    ctx[1]
except TypeError as e:
    print(e)
try:
    cv.Context()[v]
except KeyError:
    print("KeyError")
def nested():
    return ctx.run(lambda: 1)
try:
    ctx.run(nested)
except RuntimeError as e:
    print("RuntimeError", "already entered" in str(e))
try:
    cv.ContextVar(1)
except TypeError as e:
    print(e)
try:
    class X(cv.ContextVar): pass
except TypeError as e:
    print(e)
try:
    cv.Token()
except RuntimeError as e:
    print(e)
try:
    cv.Context(1)
except TypeError as e:
    print(e)
print(cv.Context().get(v, "d"), len(cv.Context()))
