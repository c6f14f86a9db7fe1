def bad(n):
    yield n
    yield 1 // (n - n)

def middle():
    yield from bad(3)

def stop_inside():
    yield 1
    raise StopIteration("early")

g = stop_inside()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
    print(e.__context__ is e.__cause__)

def ctx():
    try:
        raise KeyError("first")
    except KeyError:
        yield "in except"
        raise ValueError("second")

c = ctx()
print(next(c))
try:
    next(c)
except ValueError as e:
    print(repr(e), repr(e.__context__))

import sys
def exc_info_gen():
    print("start", sys.exc_info()[0])
    try:
        raise IndexError("idx")
    except IndexError:
        print("inside", sys.exc_info()[0].__name__)
        yield 1
        print("resumed", sys.exc_info()[0].__name__)
    print("after", sys.exc_info()[0])
    yield 2

eg = exc_info_gen()
next(eg)
print("caller sees", sys.exc_info()[0])
try:
    raise TypeError("outer")
except TypeError:
    next(eg)
    print("caller still", sys.exc_info()[0].__name__)
next(eg, None)

for x in middle():
    print("got", x)
