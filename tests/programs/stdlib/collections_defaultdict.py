from _collections import defaultdict, _count_elements, _tuplegetter


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


d = defaultdict(list)
d['a'].append(1)
d['a'].append(2)
d['b'].append(3)
print(d, len(d), d['a'], 'c' in d)
print(d.default_factory, isinstance(d, dict), type(d).__name__, type(d).__mro__)
c = defaultdict(int)
for ch in 'mississippi':
    c[ch] += 1
print(sorted(c.items()), c)
print(c.get('zz'), 'zz' in c, c.setdefault('q', 5))
n = defaultdict()
print(n, n.default_factory)
show("missing None", lambda: n['x'])
n2 = defaultdict(None, {1: 2})
print(n2, n2[1])
print(defaultdict(int, {'a': 1}, b=2), defaultdict(int, [('x', 1)]))
print(defaultdict(list, a=1))
show("not callable", lambda: defaultdict(1))
show("too many", lambda: defaultdict(list, 1, 2))
print(defaultdict.fromkeys('ab'), defaultdict.fromkeys('ab', 0))
d = defaultdict(lambda: 'dflt')
print(d['k'], dict(d))
print(d.__missing__('z'), d['z'])
show("missing arity", lambda: d.__missing__())

# copy
d = defaultdict(list, {'a': [1]})
e = d.copy()
f = d.__copy__()
e['b'].append(2)
print(d, e, f, e['a'] is d['a'], type(e).__name__)

# default_factory is writable
d.default_factory = set
d['s'].add(1)
print(d)
d.default_factory = None
show("after None", lambda: d['nope'])

# | and |=
a = defaultdict(int, {'x': 1})
b = {'y': 2}
print(a | b, b | a, type(a | b).__name__, type(b | a).__name__)
a |= {'z': 3}
print(a)
show("| int", lambda: a | 1)

# recursion in repr
d = defaultdict(list)
d[1] = d
print(d)

# subclass
class MyDD(defaultdict):
    def __missing__(self, key):
        return key * 2

m = MyDD(list)
print(m['ab'], m, 'ab' in m)

class Plain(defaultdict):
    pass

p = Plain(list, {1: 2})
p[3].append(4)
print(p, Plain(None, {1: 2}))
print(type(p.copy()).__name__)
print(defaultdict(list) == {}, defaultdict(list, {1: 2}) == {1: 2})
print(defaultdict.__module__, defaultdict)
show("hash", lambda: hash(defaultdict()))
print(list(defaultdict(int, {'a': 1, 'b': 2})), dict(defaultdict(int, {'a': 1})))

# _count_elements
counts = {}
_count_elements(counts, 'abracadabra')
print(counts)
_count_elements(counts, ['a', 'z'])
print(counts)
class Tracked(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
t = Tracked()
_count_elements(t, 'aba')
print(t)
show("_count_elements()", lambda: _count_elements())
show("_count_elements bad", lambda: _count_elements({}, 1))
dd = defaultdict(int)
_count_elements(dd, [1, 1, 2])
print(dd)

# _tuplegetter
class P(tuple):
    x = _tuplegetter(0, 'first field')
    y = _tuplegetter(1, 'second field')

p = P((3, 4))
print(p.x, p.y, P.x.__doc__, type(P.__dict__['x']).__name__)
show("set", lambda: setattr(p, 'x', 1))
show("del", lambda: delattr(p, 'x'))
class Q(tuple):
    z = _tuplegetter(5, None)
show("range", lambda: Q((1,)).z)
class R:
    x = _tuplegetter(0, None)
show("not tuple", lambda: R().x)
show("tg args", lambda: _tuplegetter(1))
show("tg str", lambda: _tuplegetter('a', 'd'))
print(P.x.__reduce__())
print(P.x, repr(Q.z))
