from collections import namedtuple
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
P = namedtuple('P', 'x y')
p = P(1, 2); print(p, p._asdict(), p._replace(x=5), P._fields, P._make([3,4]))
t(lambda: P(1))
t(lambda: P(1,2,3))
t(lambda: P(1, z=2))
t(lambda: p._replace(z=1))
t(lambda: P._make([1]))
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[10, 20]); print(Q(1), Q._field_defaults)
t(lambda: namedtuple('R', 'a def class _x', rename=True)._fields)
t(lambda: namedtuple('R', 'a def'))
t(lambda: namedtuple('R', 'a _b'))
t(lambda: namedtuple('R', 'a a'))
t(lambda: namedtuple('R', '1a'))
t(lambda: namedtuple('1R', 'a'))
t(lambda: namedtuple('R', 'a', defaults=[1,2]))
print(P.x, P.__doc__, P.x.__doc__)
print(p.x, p[1], p == (1,2), hash(p) == hash((1,2)))
x, y = p; print(x, y)
t(lambda: setattr(p, 'x', 3))
class P3(namedtuple('P3', 'a b')):
    __slots__ = ()
    def s(self): return self.a + self.b
print(P3(1,2).s(), P3(1,2))
print(namedtuple('E', '')())
print(namedtuple('M', 'a', module='mymod').__module__)
print(P.__new__.__doc__)
import pickle
print(pickle.loads(pickle.dumps(p)) if False else '')
print(P(x=1, y=2), P(*[1,2]), P(**{'x':1,'y':2}))
print(p.__getnewargs__())
