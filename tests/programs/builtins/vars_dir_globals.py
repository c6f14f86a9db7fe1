import sys

g = globals()
print(type(g), g is globals(), g["__name__"], "g" in g, g.get("__doc__"))
def show():
    a = 1
    b = "two"
    loc = locals()
    print(sorted(loc.items()))
    return loc
print(show())
def with_args(x, *args, k=3, **kw):
    print(sorted(locals()))
with_args(1, 2, z=4)
def closure():
    v = 10
    def inner():
        return v + 1
    print(sorted(locals()))
    return inner
closure()
print(locals() is globals())
newname = 42
print(globals()["newname"])
globals()["injected"] = "yes"
print(injected)
print(vars() is globals())
def f():
    pass
f.attr = 1
print(vars(f))
print(vars(sys) is sys.__dict__)
for v in [1, "s", [], None]:
    try:
        vars(v)
    except Exception as e:
        print(type(e).__name__, e)
try:
    vars(1, 2)
except Exception as e:
    print(type(e).__name__, e)
print(dir([])[-11:])
print([n for n in dir(()) if not n.startswith("_")])
def local_dir():
    z = 1
    a = 2
    return dir()
print(local_dir())
print([n for n in dir(f) if not n.startswith("__")])
print("__name__" in dir(), "f" in dir())
for args in [(1, 2)]:
    try:
        dir(*args)
    except Exception as e:
        print(type(e).__name__, e)
for args in [(1,)]:
    try:
        globals(*args)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        locals(*args)
    except Exception as e:
        print(type(e).__name__, e)
