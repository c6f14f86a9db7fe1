def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = slice(1, 10, 2)
print(s, slice(5), slice(None), slice(1, None), slice('a', 'b', None))
print(s.start, s.stop, s.step, slice(3).start, slice(3).stop)
print(s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4), slice(-100, 100).indices(10), slice(None, None, -2).indices(7))
t(lambda: slice(None, None, 0).indices(3))
t(lambda: s.indices(-1))
t(lambda: slice())
t(lambda: slice(1, 2, 3, 4))
x = list(range(10))
print(x[s], x[slice(None, None, -1)], 'hello'[slice(1, 4)], (1, 2, 3)[slice(2)])
print(x[1:8:3], x[-2::-3], x[::-5])
t(lambda: x['a':])
t(lambda: x[::0])
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3))
y = list(range(6))
y[slice(0, 2)] = ['a']
print(y)
del y[slice(None, None, 2)]
print(y)
