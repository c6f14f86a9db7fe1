a = 5
b = 5
print(a is b, None is None, True is True)
x = 'hello'
y = 'hello'
print(x is y)
print(() is (), type(None)() is None)
print(bool() is False, int() == 0)
l = [1, 2]
m = l
print(m is l, l[:] is l, list(l) is l, l.copy() is l)
t = (1, 2)
print(tuple(t) is t, t[:] is t)
s = 'abc'
print(str(s) is s, s[:] is s)
fs = frozenset({1})
print(frozenset(fs) is fs)
print(a is not None, not (a is None))
print(type(1) is int, type(True) is bool, type(1) is not bool)
