a, b = 'xy'
c, *d = range(4)
*e, f = [1]
g, (h, i) = 1, (2, 3)
[j, k] = {5: 0, 6: 0}
print(a, b, c, d, e, f, g, h, i, j, k)
(l, m), n = 'ab', 'c'
print(l, m, n)
first, *middle, last = 'hello'
print(first, middle, last)
x = y = z = 0
x, y = y + 1, x + 2
print(x, y, z)
p = [1, 2, 3]
p[0], p[2] = p[2], p[0]
print(p)
def t(f):
    try:
        f()
    except Exception as ex:
        print(type(ex).__name__, ex)
def u1():
    a, b, c = [1, 2]
def u2():
    a, = []
def u3():
    a, b = 1, 2, 3
def u4():
    (a, b), c = 1, 2
def u5():
    *a, b, c = [1]
def u6():
    a, b = {'x': 1}
def u7():
    a, *b = 5
for f in (u1, u2, u3, u4, u5, u6, u7):
    t(f)
print(*[1, 2], *'ab', *{3: 4}, *range(2))
print([*'ab', *(1,)], (*[1], 2), {*'aa', 'b'} == {'a', 'b'}, {**{'a': 1}, 'b': 2, **{'a': 3}})
