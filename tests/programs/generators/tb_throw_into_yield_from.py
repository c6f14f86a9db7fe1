def inner():
    yield "inner ready"
    yield "never"

def outer():
    result = yield from inner()
    return result

g = outer()
print(next(g))
g.throw(ZeroDivisionError("thrown through yield from"))
