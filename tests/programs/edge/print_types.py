def f(x, y=1):
    return x
g = lambda: 0
print(type(f), type(g), type(print), type(len), type([].append), type(str.upper), type(int.__add__))
print(f.__name__, g.__name__, f.__qualname__, g.__qualname__, f.__defaults__, f.__code__.co_name, f.__code__.co_argcount)
print(f.__code__.co_varnames, f.__code__.co_filename.endswith('.py'), f.__module__, f.__doc__)
print(type(f.__code__), type(None), type(...), type(NotImplemented), type(type), type(object))
print(str(int), repr(int), str(type(None)), f'{int}', '%s' % int, [int, str], {int: float})
print(print.__name__, print.__qualname__, print.__module__ if hasattr(print, '__module__') else 'builtins')
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)
print(callable(f), callable(1), callable(int), callable(len), callable([].append), callable(None))
print(str(ValueError), repr(ValueError('x')), str(ValueError('x')), str(KeyError('k')), repr(KeyError('k')))
print(repr(Exception()), str(Exception()), repr(Exception(1, 2)), str(Exception(1, 2)))
print(ValueError.__mro__)
print(ZeroDivisionError.__mro__, KeyError.__mro__)
print(bool.__mro__, type(ValueError))
