import _warnings
print(_warnings._defaultaction, len(_warnings.filters))
for f in _warnings.filters:
    print(f[0], f[1], f[2].__name__, f[3], f[4])
def f():
    _warnings.warn("careful")
f()
f()
_warnings.warn("top level", DeprecationWarning)
_warnings.warn("ignored dep", PendingDeprecationWarning)
_warnings.warn(RuntimeWarning("instance"))
def g():
    _warnings.warn("from g", stacklevel=2)
g()
_warnings.warn("deep", stacklevel=50)
try:
    _warnings.warn("x", int)
except TypeError as e:
    print(e)
_warnings.filters.insert(0, ("error", None, UserWarning, None, 0))
_warnings._filters_mutated()
try:
    _warnings.warn("now an error")
except UserWarning as e:
    print("raised", e)
_warnings.filters[0] = ("always", None, UserWarning, None, 0)
_warnings._filters_mutated()
for i in range(2):
    _warnings.warn("always shown")
_warnings.filters[0] = ("once", None, UserWarning, None, 0)
_warnings._filters_mutated()
for i in range(2):
    _warnings.warn("once shown")
_warnings.warn("once shown")
_warnings.filters[0] = ("bogus", None, UserWarning, None, 0)
_warnings._filters_mutated()
try:
    _warnings.warn("bogus")
except RuntimeError as e:
    print(e)
del _warnings.filters[0]
_warnings._filters_mutated()
_warnings.warn_explicit("explicit", UserWarning, "fake.py", 42)
_warnings.warn_explicit("explicit mod", UserWarning, "fake.py", 43, "mymod", {})
print("registry keys", sorted(k[0] if isinstance(k, tuple) else k for k in __warningregistry__ if k != "version"))
