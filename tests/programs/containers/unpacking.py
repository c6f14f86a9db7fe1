def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 'xyz'; print(a, b, c)
a, b = [1, 2]; print(a, b)
a, b = {5: 1, 6: 2}; print(a, b)
a, b = range(2); print(a, b)
a, *b = range(5); print(a, b)
*a, b = 'abc'; print(a, b)
a, *b, c = [1, 2]; print(a, b, c)
a, *b, c = (1, 2, 3, 4, 5); print(a, b, c)
(a, b), c = (1, 2), 3; print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]; print(a, b, c)
for x, y in [(1, 2), (3, 4)]:
    print(x + y)
for i, (x, y) in enumerate([(1, 2)]):
    print(i, x, y)
def u2(v):
    p, q = v
    return p, q
def u3(v):
    p, q, r = v
    return p
def ux(v):
    p, *q, r = v
    return q
t(lambda: u2((1, 2, 3)))
t(lambda: u2([1]))
t(lambda: u2(1))
t(lambda: u2(iter([1, 2, 3])))
t(lambda: u3('ab'))
t(lambda: ux([1]))
t(lambda: ux(None))
t(lambda: u2({1: 2}))
print([*range(3), *'ab'], (*[1], 2), {**{1: 2}, 3: 4}, {*[1, 2], 3}, [*[], *()])
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *(3,)), f(**{'a': 1}, **{'b': 2}), f(1, *'xy', k=2, **{'j': 3}))
t(lambda: f(**{1: 2}))
t(lambda: f(**{'a': 1}, **{'a': 2}))
t(lambda: f(**[1]))
t(lambda: [*1])
t(lambda: {**[1]})
t(lambda: {*1})
t(lambda: (*None,))
