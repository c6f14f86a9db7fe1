from collections import namedtuple, OrderedDict, ChainMap, UserDict, UserList, UserString, Counter, deque, defaultdict
import collections.abc as cabc
P = namedtuple('P', 'x y', defaults=[0])
p = P(1)
print(p, p.x, p[1], p._asdict(), P._fields, P._field_defaults, p._replace(x=5), P._make([3, 4]))
print(repr(P.__doc__), P.x.__doc__, isinstance(p, tuple), len(p), p == (1, 0), hash(p) == hash((1, 0)))
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    namedtuple('Bad', 'a a')
except ValueError as e:
    print("ValueError", e)
R = namedtuple('R', ['def', 'x'], rename=True)
print(R._fields, R(1, 2))
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a'); print(od, list(od))
od.move_to_end('c', last=False); print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1) == {'a': 1})
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.new_child({'c': 4})['c'], cm.parents)
cm['z'] = 9; print(cm.maps)
class UD(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
u = UD(a=1); u['b'] = 2; print(u, u.data, 'a' in u, len(u))
ul = UserList([3, 1, 2]); ul.sort(); print(ul, ul + [4], ul * 2, ul[1:], type(ul[1:]).__name__)
us = UserString('abc'); print(us.upper(), us + 'd', us[1], len(us))
c = Counter('abracadabra')
print(c.most_common(2), c['z'], sorted(c.elements())[:4], c + Counter('aa'), c - Counter('aaaaaaaa'))
print(isinstance([], cabc.MutableSequence), isinstance({}, cabc.Mapping), issubclass(deque, cabc.Sequence), isinstance(iter([]), cabc.Iterator))
class MyMap(cabc.Mapping):
    def __init__(self): self.d = {'k': 1}
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap(); print(dict(m), m.get('k'), 'k' in m, list(m.items()), m == {'k': 1})
try:
    cabc.Mapping()
except TypeError as e:
    print("TypeError", e)
