print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, float), isinstance("s", str))
print(isinstance(1, (str, float)), isinstance(1, (str, (float, int))), isinstance([], ()), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(3, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, object)), issubclass(int, int))
print(issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, (TypeError, Exception))))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(type, object), issubclass(object, type))
for args in [(1,), (1, 2), (1, (int, 2)), (1, 2, 3)]:
    try:
        print(isinstance(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(isinstance(1, (int, 2)))
for args in [(1, int), (int, 1), (int,), (int, (str, 1))]:
    try:
        print(issubclass(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(type(1), type(1.5), type("a"), type([]), type(()), type({}), type(None), type(True))
print(type(len), type(type), type(int), type(range(2)), type(slice(1)), type(...), type(NotImplemented))
print(type(1) is int, type(True) is bool, type(type(1)) is type)
print(type(iter([])), type(iter(())), type(iter({})), type({}.keys()), type({}.items()))
print(type(zip()), type(enumerate([])), type(map(abs, [])), type(filter(None, [])), type(reversed([])))
def f():
    pass
print(type(f), type(lambda: 0), type([].append), type(ValueError()), type(ValueError))
for args in [(), (1, 2), (1, 2, 3, 4)]:
    try:
        type(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(int.__name__, type.__name__, bool.__mro__, int.__mro__, KeyError.__mro__)
print(object.__bases__, bool.__bases__, bool.__base__, object.__base__)
