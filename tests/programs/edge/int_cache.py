a = 256
b = 256
print(a is b)
c = 1000
d = 1000
print(c == d)
x = [1, 2, 3]
y = [1, 2, 3]
print(x == y, x is y, x[0] is y[0])
s1 = 'abc'
s2 = 'ab' + 'c'
print(s1 == s2, s1 is s2)
e = ()
f = ()
print(e is f, tuple() is (), frozenset() == frozenset())
n = None
print(n is None, type(n) is type(None), n == None)
t = (1, 2)
u = t
u += (3,)
print(t, u, t is u)
print(int('5') == 5, 5 .__class__ is int)
