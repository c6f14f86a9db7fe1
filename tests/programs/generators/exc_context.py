import sys

def g():
    try:
        yield 1
    except ValueError:
        print("in gen handler:", sys.exc_info()[0].__name__)
        yield 2
        print("resumed in handler:", sys.exc_info()[0].__name__)
        raise KeyError("from handler")

x = g()
next(x)
print(x.throw(ValueError("v")))
try:
    next(x)
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))

def chain():
    try:
        raise OSError("first")
    except OSError:
        yield "pending"
        raise

c = chain()
next(c)
try:
    next(c)
except OSError as e:
    print("reraised", e, e.__context__)

def plain():
    yield sys.exc_info()[0]
try:
    raise IndexError
except IndexError:
    p = plain()
    print(next(p).__name__)
print(sys.exc_info())

def nested_try():
    try:
        try:
            yield "a"
            raise TypeError("t")
        except TypeError as te:
            yield "caught " + str(te)
            raise ValueError("v") from te
    except ValueError as ve:
        yield f"outer {ve} cause={ve.__cause__!r} ctx={ve.__context__!r}"
print(list(nested_try()))

def gen_raise_in_finally():
    try:
        yield 1
    finally:
        raise RuntimeError("finally error")
r = gen_raise_in_finally()
next(r)
try:
    r.throw(ValueError("original"))
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
