import copy
class A:
    def __init__(self): self.l = [1, [2]]; self.me = self
a = A(); b = copy.copy(a); c = copy.deepcopy(a)
print(b.l is a.l, c.l is a.l, c.l[1] is a.l[1], c.me is c, b.me is a)
class B:
    def __copy__(self): print('copy'); return 'C'
    def __deepcopy__(self, memo): print('deep', type(memo)); return 'D'
print(copy.copy(B()), copy.deepcopy([B()]))
class R:
    def __init__(self, x): self.x = x
    def __reduce__(self): return (R, (self.x + 1,))
print(copy.copy(R(1)).x, copy.deepcopy(R(1)).x)
class R2:
    def __reduce_ex__(self, proto): print('proto', proto); return (R2, ())
copy.copy(R2())
class Slots:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]
s = copy.deepcopy(Slots()); print(s.a, hasattr(s, 'b'))
class St:
    def __init__(self): self.x = 1
    def __getstate__(self): return {'x': 99}
    def __setstate__(self, st): self.x = st['x'] * 2
print(copy.copy(St()).x, copy.deepcopy(St()).x)
l = [1]; l.append(l); m = copy.deepcopy(l); print(m, m[1] is m)
d = {'a': (1, [2])}; e = copy.deepcopy(d); print(e, e['a'][1] is d['a'][1])
t = (1, 2); print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy((1, [])) is t)
import functools
print(copy.deepcopy(functools.partial(int, '10', base=2))())
print(copy.copy(set([1,2])), copy.deepcopy(frozenset([1])), copy.copy(bytearray(b'x')), copy.deepcopy(range(3)))
class Err:
    def __reduce_ex__(self, p): raise TypeError('nope')
try: copy.copy(Err())
except TypeError as e: print(e)
import collections
od = collections.OrderedDict(a=1); print(copy.deepcopy(od), copy.copy(collections.deque([1,2], maxlen=3)), copy.deepcopy(collections.defaultdict(list, {1:[2]})))
print(copy.copy(collections.Counter('aab')))
class Sub(list):
    def __init__(self, *a): super().__init__(*a); self.tag = 't'
x = copy.deepcopy(Sub([1, 2])); print(x, type(x).__name__, x.tag)
class DSub(dict): pass
y = copy.copy(DSub(a=1)); print(y, type(y))
print(copy.error, copy.Error)
import weakref
class W: pass
w = W(); r = weakref.ref(w); print(copy.deepcopy(r) is r)
def fn(): pass
print(copy.deepcopy(fn) is fn, copy.deepcopy(int) is int)
from dataclasses import dataclass
@dataclass
class DC: a: list
q = DC([1]); q2 = copy.deepcopy(q); print(q2, q2.a is q.a, copy.replace if hasattr(copy,'replace') else '')
memo = {}; z = [1]; copy.deepcopy([z, z], memo); print(len(memo))
