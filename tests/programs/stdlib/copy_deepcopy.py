import copy, copyreg

class A:
    def __init__(self, x):
        self.x = x
        self.items = [x, [x]]
    def __repr__(self):
        return f"A({self.x}, {self.items})"

a = A(1)
b = copy.copy(a)
c = copy.deepcopy(a)
print(b, c, b.items is a.items, c.items is a.items, c.items[1] is a.items[1])
l = [1, [2, 3], {'k': (4, [5])}]
d = copy.deepcopy(l)
print(d, d == l, d[1] is l[1], d[2]['k'][1] is l[2]['k'][1])
t = (1, 2, 3)
print(copy.copy(t) is t, copy.deepcopy(t) is t)
r = [1]
r.append(r)
rr = copy.deepcopy(r)
print(rr[1] is rr, rr[0])

class S:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
        self.b = [2]
s = copy.deepcopy(S())
print(s.a, s.b)

class C:
    def __init__(self):
        self.v = 5
    def __copy__(self):
        print("custom copy")
        n = C(); n.v = self.v + 1
        return n
    def __deepcopy__(self, memo):
        print("custom deepcopy", type(memo).__name__)
        n = C(); n.v = self.v + 2
        return n
print(copy.copy(C()).v, copy.deepcopy(C()).v)

class R:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (R, (self.v * 10,))
print(copy.copy(R(2)).v, copy.deepcopy(R(3)).v)

class St:
    def __init__(self):
        self.a = 1
    def __getstate__(self):
        return {'a': self.a, 'extra': 9}
    def __setstate__(self, st):
        self.__dict__.update(st)
x = copy.deepcopy(St())
print(sorted(vars(x).items()))
print(copy.copy({1: 2}), copy.copy({1, 2}), copy.copy(bytearray(b'ab')))
import collections
od = collections.OrderedDict(a=1)
print(copy.deepcopy(od), copy.copy(collections.Counter('aab')))
print(copy.deepcopy(collections.deque([1, [2]], maxlen=5)))
print(copy.deepcopy(collections.defaultdict(list, {'a': [1]})))
def fn(): pass
print(copy.deepcopy(fn) is fn, copy.copy(int) is int)

class Inh(list):
    pass
i = Inh([1, 2]); i.attr = 'z'
j = copy.deepcopy(i)
print(type(j).__name__, j, j.attr)
try:
    copy.copy(object.__new__(type('NoNew', (int,), {'__getnewargs__': None})))
except Exception as e:
    print(type(e).__name__, e)
print(copyreg.__newobj__.__name__, copyreg._reconstructor.__name__)
class NewArgs:
    def __new__(cls, n):
        o = super().__new__(cls); o.n = n; return o
    def __getnewargs__(self):
        return (self.n,)
print(copy.deepcopy(NewArgs(4)).n)
