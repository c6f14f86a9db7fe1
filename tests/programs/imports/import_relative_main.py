try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .. import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__("os", level=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    __import__(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    import definitely_not_a_module_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    from sys import nothing_here
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
import sys
print(sys.__name__, sys.__spec__.name, sys.__spec__.origin, sys.__package__)
print(repr(sys))
print(__spec__, __package__)
import builtins
print(builtins.len is len, repr(builtins))
