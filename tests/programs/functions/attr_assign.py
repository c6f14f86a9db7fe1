# Assigning and deleting function attributes: CPython's type checks.
def f(a=1, *, b=2):
    "doc"
    return (a, b)


for attr, val in [
    ("__defaults__", [1]),
    ("__kwdefaults__", [1]),
    ("__name__", 1),
    ("__qualname__", 1),
    ("__annotations__", 1),
    ("__doc__", 5),
    ("__module__", 5),
    ("__defaults__", (7,)),
    ("__kwdefaults__", {"b": 8}),
    ("__name__", "g"),
    ("__annotations__", {"a": int}),
]:
    try:
        setattr(f, attr, val)
        print(attr, "ok", getattr(f, attr))
    except Exception as e:
        print(attr, type(e).__name__, e)
print(f())
try:
    del f.__defaults__
    print("__defaults__", "deleted", f.__defaults__)
except Exception as e:
    print("__defaults__", type(e).__name__, e)
try:
    del f.__kwdefaults__
    print("__kwdefaults__", "deleted", f.__kwdefaults__)
except Exception as e:
    print("__kwdefaults__", type(e).__name__, e)
try:
    del f.__name__
    print("__name__", "deleted", f.__name__)
except Exception as e:
    print("__name__", type(e).__name__, e)
try:
    del f.__doc__
    print("__doc__", "deleted", f.__doc__)
except Exception as e:
    print("__doc__", type(e).__name__, e)
try:
    del f.__annotations__
    print("__annotations__", "deleted", f.__annotations__)
except Exception as e:
    print("__annotations__", type(e).__name__, e)
try:
    del f.__module__
    print("__module__", "deleted", f.__module__)
except Exception as e:
    print("__module__", type(e).__name__, e)
try:
    del f.__qualname__
    print("__qualname__", "deleted", f.__qualname__)
except Exception as e:
    print("__qualname__", type(e).__name__, e)
try:
    del f.__code__
    print("__code__", "deleted", f.__code__)
except Exception as e:
    print("__code__", type(e).__name__, e)
try:
    del f.__dict__
    print("__dict__", "deleted", f.__dict__)
except Exception as e:
    print("__dict__", type(e).__name__, e)
try:
    f()
except TypeError as e:
    print(e)
f.__dict__ = {"z": 1}
print(f.z)
for attr, val in [("__dict__", 1), ("__closure__", 1), ("__globals__", 1)]:
    try:
        setattr(f, attr, val)
    except Exception as e:
        print(attr, type(e).__name__, e)
f.plain = "value"
print(f.plain)
del f.plain
try:
    f.plain
except AttributeError as e:
    print(e)
