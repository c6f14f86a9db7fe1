import functools as ft, operator as op
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
print(ft.reduce(op.add, [1,2,3]), ft.reduce(op.add, [], 0))
t(lambda: ft.reduce(op.add, []))
t(lambda: ft.reduce(op.add, 1))
t(lambda: ft.reduce())
p = ft.partial(int, base=2); print(p('101'), p.func, p.args, p.keywords)
print(repr(ft.partial(max, 1, key=abs)))
pp = ft.partial(p, '11'); print(pp())
t(lambda: ft.partial())
t(lambda: ft.partial(1))
@ft.lru_cache(maxsize=2)
def f(x): return x*2
print(f(1), f(2), f(1), f(3), f.cache_info())
f.cache_clear(); print(f.cache_info())
@ft.cache
def g(x): return x
print(g(1), g.cache_info())
t(lambda: ft.lru_cache(maxsize='a'))

print(sorted([3,1,2], key=ft.cmp_to_key(lambda a, b: b - a)))
@ft.total_ordering
class A:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(A(1) <= A(2), A(3) >= A(2), A(1) > A(2))
t(lambda: ft.total_ordering(type('X', (), {})))
@ft.singledispatch
def sd(x): return 'obj'
@sd.register
def _(x: int): return 'int'
@sd.register(list)
def _(x): return 'list'
print(sd(1), sd([]), sd('s'), sd(True))
class C:
    @ft.cached_property
    def v(self): print('compute'); return 42
c = C(); print(c.v, c.v)
def w(): "doc"
@ft.wraps(w)
def w2(): pass
print(w2.__name__, w2.__doc__, w2.__wrapped__ is w)
print(ft.partialmethod)
class D:
    def m(self, a, b): return a, b
    pm = ft.partialmethod(m, 1)
print(D().pm(2))
print(op.itemgetter(1)('abc'), op.itemgetter(0, 2)('abc'), op.attrgetter('real')(3), op.methodcaller('upper')('a'))
print(repr(op.itemgetter(1)), repr(op.attrgetter('a.b')), repr(op.methodcaller('f', 1, k=2)))
t(lambda: op.itemgetter(5)('abc'))
t(lambda: op.attrgetter('zz')(1))
t(lambda: op.add(1, 'a'))
t(lambda: op.itemgetter())
print(op.index(5), op.length_hint([1,2]), op.concat([1],[2]), op.contains([1],1), op.countOf([1,1],1), op.indexOf([1,2],2))
t(lambda: op.indexOf([1], 5))
t(lambda: op.concat(1, 2))
t(lambda: op.index(1.5))
print(op.truediv(1, 2), op.floordiv(7, 2), op.neg(3), op.not_(0), op.truth(1), op.is_(1, 1), op.getitem({1:2}, 1))
l = [1,2,3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l)
print(op.iadd([1], [2]), op.ipow(2, 3), op.matmul if True else 0)
