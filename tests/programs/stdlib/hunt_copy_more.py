import copy
class Node:
    def __init__(self, v): self.v = v; self.children = []; self.parent = None
root = Node(1); ch = Node(2); ch.parent = root; root.children.append(ch)
r2 = copy.deepcopy(root); print(r2.children[0].parent is r2, r2 is not root, r2.children[0].v)
class Cnt:
    n = 0
    def __init__(self): Cnt.n += 1
c = Cnt(); copy.copy(c); copy.deepcopy(c); print(Cnt.n)
class GNA(int):
    def __new__(cls, v, tag): o = super().__new__(cls, v); o.tag = tag; return o
    def __getnewargs__(self): return (int(self), self.tag)
g = copy.deepcopy(GNA(5, 't')); print(g, g.tag, type(g).__name__)
class Memo:
    def __deepcopy__(self, memo):
        print('memo keys', len(memo)); n = Memo(); memo[id(self)] = n; return n
m = Memo(); l = copy.deepcopy([m, m]); print(l[0] is l[1])
class SL:
    __slots__ = ('a', '__dict__')
    def __init__(self): self.a = 1; self.b = 2
s = copy.copy(SL()); print(s.a, s.b)
class RE:
    def __reduce__(self): return 'RE_GLOBAL'
RE_GLOBAL = RE()
print(copy.copy(RE()) is RE_GLOBAL, copy.deepcopy(RE()) is RE_GLOBAL)
class ListLike(list):
    pass
ll = ListLike([[1]]); ll.x = 1; dl = copy.deepcopy(ll); print(dl, dl.x, dl[0] is ll[0])
class DictLike(dict): pass
dd = copy.deepcopy(DictLike(a=[1])); print(dd, type(dd).__name__)
import types, enum
class E(enum.Enum):
    A = [1]
print(copy.deepcopy(E.A) is E.A, copy.copy(types.SimpleNamespace(a=1)), copy.deepcopy(types.SimpleNamespace(a=[1])))
print(copy.deepcopy(b'x'), copy.deepcopy(3+4j), copy.deepcopy(Ellipsis), copy.deepcopy(NotImplemented), copy.deepcopy(type))
class NoNew:
    def __init__(self, req): self.req = req
n = copy.copy(NoNew(3)); print(n.req)
import decimal, fractions, datetime
print(copy.deepcopy(fractions.Fraction(1,3)), copy.copy(decimal.Decimal('1.5')), copy.deepcopy(datetime.date(2020,1,2)), copy.deepcopy(datetime.timedelta(1)))
import collections
P = collections.namedtuple('P', 'x y'); print(copy.deepcopy(P(1, [2])), copy.copy(P(1,2)))
print(copy.deepcopy(iter([1,2])) if False else '', copy.deepcopy(property()) is not None)
try: copy.deepcopy((x for x in []))
except TypeError as e: print(e)
import threading
try: copy.deepcopy(threading.Lock())
except TypeError as e: print(e)
