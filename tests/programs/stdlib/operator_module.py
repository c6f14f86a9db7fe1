import operator
from operator import itemgetter, attrgetter, methodcaller


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


# operator.py re-exports the native functions
print(operator.add, operator.itemgetter, operator.attrgetter.__module__)
print(operator.add(2, 3), operator.__add__(2, 3), operator.__mul__('a', 3), operator.__not__(0))
print(operator.concat([1], [2]), operator.__concat__('a', 'b'), operator.__getitem__('abc', 1))
print(sorted(operator.__all__)[:10], len(operator.__all__))
print(itemgetter(2, 0)('xyz'), attrgetter('__class__.__name__')(1), methodcaller('count', 'a')('banana'))
print(repr(itemgetter(0)), repr(attrgetter('x', 'y.z')), repr(methodcaller('m', 1, 'two', key=[3])))
print(itemgetter(1).__reduce__(), methodcaller('f', 1, k=2).__reduce__()[1])
print(operator.length_hint(iter('abc')), operator.length_hint(iter(range(3, 10))), operator.length_hint(reversed([1, 2])))
print(operator.length_hint(x for x in 'ab'), operator.length_hint(iter((1, 2)), 9))
rows = [{'n': 'b', 'v': 2}, {'n': 'a', 'v': 3}, {'n': 'c', 'v': 1}]
print([r['n'] for r in sorted(rows, key=itemgetter('v'))])
print(max(rows, key=itemgetter('n')), min(rows, key=operator.itemgetter('v')))
show("index", lambda: operator.index('a'))
show("ilshift", lambda: operator.ilshift(1.0, 1))
show("abs str", lambda: operator.abs('s'))
show("pow neg", lambda: operator.pow(0, -1))
show("countOf", lambda: operator.countOf([None, None, 1], None))
show("is_ small", lambda: operator.is_(256, 256))
a = [1, 2]
b = operator.iadd(a, (3,))
print(a is b, a, operator.imatmul.__name__)


class V:
    def __init__(self, x):
        self.x = x

    def __matmul__(self, o):
        return V(self.x * o.x)

    def __imatmul__(self, o):
        self.x += o.x
        return self

    def __index__(self):
        return self.x

    def __neg__(self):
        return 'neg'

    def __lt__(self, o):
        return 'lt-result'

    def __contains__(self, item):
        return item == 'in'


v = V(3)
print(operator.matmul(v, V(4)).x, operator.imatmul(v, V(1)).x, operator.index(v), operator.neg(v))
print(operator.lt(v, 1), operator.contains(v, 'in'), operator.contains(v, 'out'))
print(bin(operator.index(V(5))), [1, 2, 3, 4, 5, 6][V(2)])
