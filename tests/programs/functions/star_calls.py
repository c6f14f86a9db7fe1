# *args / **kwargs in definitions and in calls (CALL_FUNCTION_EX).
def f(*args, **kwargs):
    return (args, sorted(kwargs.items()))


print(f())
print(f(1, 2))
print(f(*[1, 2], *(3,), 4))
print(f(a=1, **{"b": 2}, **{"c": 3}))
print(f(*"ab", x=1, **dict(y=2)))


def g(a, b, c=0):
    return a * 100 + b * 10 + c


print(g(*[1, 2]))
print(g(*[1], **{"b": 2}))
print(g(**{"a": 1, "b": 2, "c": 3}))
print(g(1, 2, *(), **{}))
print(g(*range(3)))
try:
    g(*[1, 2], **{"a": 5})
except TypeError as e:
    print(e)
try:
    f(**[1, 2])
except TypeError as e:
    print(e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
try:
    g(**{"a": 1, "b": 2, "d": 3})
except TypeError as e:
    print(e)
try:
    print(*5)
except TypeError as e:
    print(e)
try:
    print(**3)
except TypeError as e:
    print(e)
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print(e)


def kw_only(*, key):
    return key


print(kw_only(**{"key": "v"}))
args = (1, 2, 3)
print(max(*args), min(*args, 0))
print(sorted([3, 1, 2], **{"reverse": True}))
print(divmod(*[7, 2]), dict(**{"x": 9}))


def passthrough(*a, **k):
    return f(*a, **k)


print(passthrough(1, 2, z=3))
t = (4, 5)
d = {"c": 6}
print(g(*t, **d))
print(f(*t, *t, **d, e=7))
