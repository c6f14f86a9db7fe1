def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

x = list(range(10))
print(x[2:5], x[:3], x[7:], x[::2], x[1::3], x[::-1], x[-3:], x[:-7:-2], x[100:], x[-100:2], x[5:2], x[5:2:-1])
x[1:4] = [9]; print(x)
x[0:0] = [7, 7]; print(x)
x[-1:] = []; print(x)
x[2:2] = 'ab'; print(x)
x = list(range(10)); x[::2] = [0] * 5; print(x)
x = list(range(10)); x[::-3] = 'abcd'; print(x)
def f():
    x[::2] = [1, 2]
t(f)
def g():
    x[1:5:2] = 5
t(g)
x = list(range(10)); del x[::3]; print(x)
x = list(range(10)); del x[2:5]; print(x)
x = list(range(10)); del x[::-2]; print(x)
x = list(range(10)); del x[:]; print(x)
x = [1, 2, 3]; del x[0]; del x[-1]; print(x)
def h():
    del x[5]
t(h)
def k():
    x[5] = 1
t(k)
t(lambda: x['a'])
t(lambda: x[1.5])
t(lambda: x[::0])
y = [1, 2, 3]
y[1:2] = y; print(y)
print(y[True], y[-True])
s = slice(1, None)
print(y[s], (1, 2, 3)[s], 'abc'[s])
