# split() and subgroup() with types, tuples of types and predicates.
leaf_v = ValueError(1)
leaf_t = TypeError(2)
leaf_k = KeyError(3)
inner = ExceptionGroup("inner", [leaf_t, ValueError(4)])
eg = ExceptionGroup("outer", [leaf_v, inner, leaf_k])

def show(label, r):
    print(label, repr(r))

show("split ValueError", eg.split(ValueError))
show("split TypeError", eg.split(TypeError))
show("split (KeyError, TypeError)", eg.split((KeyError, TypeError)))
show("split LookupError", eg.split(LookupError))
show("split Exception", eg.split(Exception))
show("split OSError", eg.split(OSError))
show("split ExceptionGroup", eg.split(ExceptionGroup))
show("split BaseExceptionGroup", eg.split(BaseExceptionGroup))
show("subgroup ValueError", eg.subgroup(ValueError))
show("subgroup OSError", eg.subgroup(OSError))
show("subgroup Exception", eg.subgroup(Exception))
show("subgroup pred", eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
show("split pred", eg.split(lambda e: not isinstance(e, ExceptionGroup) and e.args[0] % 2 == 1))
show("split pred all", eg.split(lambda e: True))
show("split pred group", eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"))

m, r = eg.split(ValueError)
print(m.exceptions[0] is leaf_v, r.exceptions[0] is inner, r.exceptions[1] is leaf_k)
print(m.message, r.message, type(m).__name__, type(r).__name__)
print(eg.split(Exception)[0] is eg, eg.subgroup(lambda e: True) is eg)

calls = []
def pred(e):
    calls.append(type(e).__name__)
    return False
eg.split(pred)
print(calls)

for bad in (1, "x", (ValueError, 1), [ValueError], len, None, (ValueError, (TypeError,))):
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        eg.subgroup(bad)
    except TypeError as e:
        print("TypeError", e)

def boom(e):
    raise RuntimeError("from predicate")
try:
    eg.split(boom)
except RuntimeError as e:
    print("RuntimeError", e)

b = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(7)])
show("base split Exception", b.split(Exception))
show("base split KeyboardInterrupt", b.split(KeyboardInterrupt))
mm, rr = b.split(Exception)
print(type(mm).__name__, type(rr).__name__)
print(repr(b.derive([ValueError(1)])), repr(b.derive([SystemExit()])))
print(repr(eg.derive((ValueError(9),))))
for args in ((), (1, 2)):
    try:
        eg.derive(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    eg.derive([])
except ValueError as e:
    print("ValueError", e)
