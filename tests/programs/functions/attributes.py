# Function attributes: __name__, __qualname__, __doc__, __module__, __code__, __dict__.
def documented(a, b=2, *args, c, d=4, **kw):
    "The docstring."
    x = 1
    return x


print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__module__)
co = documented.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount)
print(co.co_varnames)
print(co.co_nlocals)


def no_doc():
    x = "not a docstring"
    return x


print(no_doc.__doc__)


def outer():
    def inner():
        pass

    return inner


print(outer().__qualname__, outer().__name__)
lam = lambda: None
print(lam.__name__, lam.__qualname__)
documented.__name__ = "renamed"
print(documented.__name__, documented.__qualname__)
documented.__qualname__ = "Q.renamed"
print(documented.__qualname__)
documented.__doc__ = "new doc"
print(documented.__doc__)
documented.custom = 42
print(documented.custom)
print(documented.__dict__)
try:
    documented.missing
except AttributeError as e:
    print(e)


def posonly(a, b, /, c):
    pass


print(posonly.__code__.co_posonlyargcount, posonly.__code__.co_argcount)


def closure_maker():
    val = 1

    def uses():
        return val

    return uses


u = closure_maker()
print(u.__code__.co_freevars, closure_maker.__code__.co_cellvars)
print(type(u.__closure__).__name__, len(u.__closure__))
print(u.__closure__[0].cell_contents)
print(callable(documented), callable(1))
print(type(documented).__name__, type(lam).__name__)
print(documented.__code__.co_flags & 0x04 != 0, documented.__code__.co_flags & 0x08 != 0)
