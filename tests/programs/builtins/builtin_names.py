names = [
    "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BufferError",
    "EOFError", "Exception", "FloatingPointError", "GeneratorExit", "ImportError",
    "IndexError", "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError",
    "ModuleNotFoundError", "NameError", "NotImplementedError", "OSError", "OverflowError",
    "RecursionError", "ReferenceError", "RuntimeError", "StopIteration",
    "StopAsyncIteration", "SyntaxError", "SystemError", "SystemExit", "TypeError",
    "UnboundLocalError", "UnicodeError", "ValueError", "ZeroDivisionError",
    "FileNotFoundError", "PermissionError", "TimeoutError", "IndentationError", "TabError",
    "UnicodeDecodeError", "UnicodeEncodeError", "Warning", "UserWarning",
    "DeprecationWarning", "RuntimeWarning",
]
g = globals()["__builtins__"]
for n in names:
    obj = eval(n) if False else None
for n in names:
    cls = g[n] if isinstance(g, dict) else getattr(g, n)
    print(n, cls, cls.__name__ == n, issubclass(cls, BaseException), cls.__mro__[1].__name__)
print(EnvironmentError is OSError, IOError is OSError)
print(__name__, __debug__, NotImplemented, Ellipsis, ... is Ellipsis, type(...).__name__)
print(None, True, False)
try:
    undefined_name
except NameError as e:
    print(type(e).__name__, e)
print(abs, len, print, isinstance, sorted, max, min, sum, iter, next, repr, format)
print(int, float, str, bool, list, tuple, dict, range, slice, object, type, enumerate, zip)
print(map, filter, reversed)
