# conform: files _support/ipkg _support/helper.py _support/nspkg
import sys

import helper

here = sys.path[0]


def clean(s):
    return str(s).replace(here, "<dir>")


print(helper.twice(21), helper.__name__, helper.__doc__)
print(clean(repr(helper)))
print(clean(helper.__file__), clean(helper.__cached__))
import ipkg

print(ipkg.VALUE, ipkg.greet("x"), ipkg.__name__, ipkg.__package__, ipkg.__doc__)
print(hasattr(ipkg, "__path__"), hasattr(helper, "__path__"))
print([clean(p) for p in ipkg.__path__])
import ipkg.sub.deep

print(ipkg.sub.deep.f())
from ipkg.sub import deep as d2

print(d2 is ipkg.sub.deep)
print("ipkg.sub.deep" in sys.modules, "ipkg.core" in sys.modules, "ipkg.circ_a" in sys.modules)
from ipkg import *

print(greet("star"), VALUE)
print("_hidden" in dir())
import ipkg.getattr_mod as g

print(g.dyn, dir(g))
try:
    g.other
except AttributeError as e:
    print(e)
try:
    import nonexistent_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import ipkg.nothere
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    import helper.sub
except ModuleNotFoundError as e:
    print(e)
try:
    from ipkg import missing
except ImportError as e:
    print(type(e).__name__, clean(e), e.name, clean(e.path))
try:
    import ipkg.circ_a
except ImportError as e:
    print(clean(e))
print("ipkg.circ_a" in sys.modules, "ipkg.circ_b" in sys.modules)
try:
    import ipkg.broken
except ZeroDivisionError as e:
    print("broken:", e)
print("ipkg.broken" in sys.modules)
import nspkg.inner

print(nspkg.inner.X, nspkg.__file__, [clean(p) for p in nspkg.__path__])
print(type(ipkg.__spec__).__name__, ipkg.__spec__.name, ipkg.__spec__.parent)
print(ipkg.sub.deep.__spec__.parent, ipkg.sub.__package__, ipkg.sub.deep.__package__)
print(ipkg.__spec__.submodule_search_locations is not None, helper.__spec__.submodule_search_locations)
print(clean(ipkg.__spec__.origin), ipkg.__spec__.has_location)
m = __import__("ipkg.sub.deep")
print(m is ipkg)
m = __import__("ipkg.sub.deep", fromlist=["f"])
print(m is ipkg.sub.deep)
print(__name__, sys.modules["__main__"].__name__)
import ipkg.core as c1
import ipkg.core as c2

c1.COUNTER += 1
print(c2.COUNTER, c1 is c2)
print(sys.modules["ipkg.core"] is c1)
del sys.modules["helper"]
import helper as h2

print(h2 is helper, h2.twice(2))
