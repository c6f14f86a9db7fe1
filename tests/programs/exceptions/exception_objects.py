# str/repr/args of builtin exceptions.
cases = [
    ValueError(), ValueError("x"), ValueError("x", 2), KeyError("k"), KeyError(),
    KeyError(1, 2), IndexError("i"), TypeError(None), ZeroDivisionError("division by zero"),
    StopIteration(5), AssertionError(), RuntimeError(["a"]), OSError("o"),
    NotImplementedError("n"), UnicodeError("u"), Exception(""), BaseException(1),
]
for e in cases:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
e = KeyError("a")
print(str(e), repr(e))
e.args = ("b", "c")
print(str(e), e.args)
print(StopIteration(5).value, StopIteration().value)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
e = ValueError("v")
e.extra = 10
print(e.extra)
print(e.__context__, e.__cause__, e.__suppress_context__)
e.__cause__ = KeyError("c")
print(repr(e.__cause__), e.__suppress_context__)
print(issubclass(KeyError, LookupError), issubclass(RecursionError, RuntimeError))
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
print(KeyboardInterrupt.__mro__)
print(ZeroDivisionError.__mro__)
