import _operator as op


def show(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


show('op.add(1)', lambda: op.add(1))
show('op.add(1,2,3)', lambda: op.add(1,2,3))
show('op.add(a=1,b=2)', lambda: op.add(a=1,b=2))
show('op.add(1, 2)', lambda: op.add(1, 2))
show("op.add('a', 'b')", lambda: op.add('a', 'b'))
show('op.sub(5, 3)', lambda: op.sub(5, 3))
show("op.mul(3, 'ab')", lambda: op.mul(3, 'ab'))
show('op.truediv(1, 2)', lambda: op.truediv(1, 2))
show('op.floordiv(7, 2)', lambda: op.floordiv(7, 2))
show('op.mod(7, 3)', lambda: op.mod(7, 3))
show('op.pow(2, 10)', lambda: op.pow(2, 10))
show('op.matmul(1, 2)', lambda: op.matmul(1, 2))
show('op.and_(6, 3)', lambda: op.and_(6, 3))
show('op.or_(6, 3)', lambda: op.or_(6, 3))
show('op.xor(6, 3)', lambda: op.xor(6, 3))
show('op.lshift(1, 4)', lambda: op.lshift(1, 4))
show('op.rshift(16, 2)', lambda: op.rshift(16, 2))
show('op.concat(1,2)', lambda: op.concat(1,2))
show('op.concat([1],(2,))', lambda: op.concat([1],(2,)))
show('op.concat([1], [2])', lambda: op.concat([1], [2]))
show("op.concat('a', 'b')", lambda: op.concat('a', 'b'))
show('op.iconcat(1,2)', lambda: op.iconcat(1,2))
show('op.concat({}, {})', lambda: op.concat({}, {}))
show('op.index(1.5)', lambda: op.index(1.5))
show('op.index(True)', lambda: op.index(True))
show('op.index(7)', lambda: op.index(7))
show("op.length_hint(1, 'a')", lambda: op.length_hint(1, 'a'))
show('op.length_hint([1,2])', lambda: op.length_hint([1,2]))
show('op.length_hint(iter([1,2]))', lambda: op.length_hint(iter([1,2])))
show('op.length_hint(1)', lambda: op.length_hint(1))
show('op.length_hint(1, 5)', lambda: op.length_hint(1, 5))
show('op.length_hint()', lambda: op.length_hint())
show('op.length_hint(1,2,3)', lambda: op.length_hint(1,2,3))
show('op.length_hint(obj=1)', lambda: op.length_hint(obj=1))
show('op.length_hint(iter(range(10)))', lambda: op.length_hint(iter(range(10))))
show('op.countOf([1,2,1], 1)', lambda: op.countOf([1,2,1], 1))
show('op.indexOf([1,2], 3)', lambda: op.indexOf([1,2], 3))
show('op.indexOf([1,2],2)', lambda: op.indexOf([1,2],2))
show('op.countOf(1, 1)', lambda: op.countOf(1, 1))
show("op._compare_digest('a', 'a')", lambda: op._compare_digest('a', 'a'))
show("op._compare_digest('a', 'b')", lambda: op._compare_digest('a', 'b'))
show("op._compare_digest('a', 'ab')", lambda: op._compare_digest('a', 'ab'))
show("op._compare_digest(b'a', 'a')", lambda: op._compare_digest(b'a', 'a'))
show("op._compare_digest('é', 'é')", lambda: op._compare_digest('é', 'é'))
show('op._compare_digest(1, 2)', lambda: op._compare_digest(1, 2))
show("op._compare_digest(b'xy', bytearray(b'xy'))", lambda: op._compare_digest(b'xy', bytearray(b'xy')))
show('op._compare_digest(1)', lambda: op._compare_digest(1))
show('op.truth([])', lambda: op.truth([]))
show('op.truth([0])', lambda: op.truth([0]))
show('op.not_(1)', lambda: op.not_(1))
show('op.is_(None, None)', lambda: op.is_(None, None))
show('op.is_not(None, 1)', lambda: op.is_not(None, 1))
show('op.ipow(2, 3)', lambda: op.ipow(2, 3))
show('op.contains([1], 1)', lambda: op.contains([1], 1))
show("op.contains('abc', 'd')", lambda: op.contains('abc', 'd'))
show('op.call(len, [1])', lambda: op.call(len, [1]))
show('op.call()', lambda: op.call())
show("op.call(int, '10', base=2)", lambda: op.call(int, '10', base=2))
show('op.getitem([1], 0)', lambda: op.getitem([1], 0))
show("op.getitem({'a': 1}, 'a')", lambda: op.getitem({'a': 1}, 'a'))
show("op.lt(1, 'a')", lambda: op.lt(1, 'a'))
show('op.lt(1, 2)', lambda: op.lt(1, 2))
show('op.le(2, 2)', lambda: op.le(2, 2))
show('op.eq([1], [1])', lambda: op.eq([1], [1]))
show('op.ne(1, 1)', lambda: op.ne(1, 1))
show('op.ge(1, 2)', lambda: op.ge(1, 2))
show('op.gt(3, 2)', lambda: op.gt(3, 2))
show("op.neg('a')", lambda: op.neg('a'))
show('op.neg(5)', lambda: op.neg(5))
show('op.pos(-5)', lambda: op.pos(-5))
show('op.inv(5)', lambda: op.inv(5))
show('op.invert(5)', lambda: op.invert(5))
show('op.abs(-2)', lambda: op.abs(-2))
show('op.abs(-2.5)', lambda: op.abs(-2.5))
show('op.neg(1,2)', lambda: op.neg(1,2))
show('op.neg()', lambda: op.neg())
show('op.neg(a=1)', lambda: op.neg(a=1))
show('op.truth(1,2)', lambda: op.truth(1,2))
show('op.index()', lambda: op.index())
show('op.setitem(1,2)', lambda: op.setitem(1,2))
show('op.is_(1)', lambda: op.is_(1))
show('op.delitem([1], 5)', lambda: op.delitem([1], 5))
show('op.setitem({}, [], 1)', lambda: op.setitem({}, [], 1))
show('op.add.__name__', lambda: op.add.__name__)
show('op.truediv(1, 0)', lambda: op.truediv(1, 0))
show('op.itemgetter()', lambda: op.itemgetter())
show('op.attrgetter()', lambda: op.attrgetter())
show('op.attrgetter(1)', lambda: op.attrgetter(1))
show('op.methodcaller()', lambda: op.methodcaller())
show('op.methodcaller(1)', lambda: op.methodcaller(1))
show('repr(op.itemgetter(1, 2))', lambda: repr(op.itemgetter(1, 2)))
show("repr(op.itemgetter('a'))", lambda: repr(op.itemgetter('a')))
show("repr(op.attrgetter('a.b', 'c'))", lambda: repr(op.attrgetter('a.b', 'c')))
show("repr(op.methodcaller('f', 1, k=2))", lambda: repr(op.methodcaller('f', 1, k=2)))
show("repr(op.methodcaller('f'))", lambda: repr(op.methodcaller('f')))
show('op.itemgetter(1)([1,2])', lambda: op.itemgetter(1)([1,2]))
show("op.itemgetter(1,0)('ab')", lambda: op.itemgetter(1,0)('ab'))
show("op.itemgetter(slice(1, None))('abc')", lambda: op.itemgetter(slice(1, None))('abc'))
show("op.attrgetter('real.imag')(1)", lambda: op.attrgetter('real.imag')(1))
show("op.attrgetter('real', 'imag')(3)", lambda: op.attrgetter('real', 'imag')(3))
show("op.attrgetter('x')(1)", lambda: op.attrgetter('x')(1))
show("op.methodcaller('upper')('a')", lambda: op.methodcaller('upper')('a'))
show("op.methodcaller('split', ',', maxsplit=1)('a,b,c')", lambda: op.methodcaller('split', ',', maxsplit=1)('a,b,c'))
show('op.itemgetter(1)()', lambda: op.itemgetter(1)())
show('op.itemgetter(1)(1, 2)', lambda: op.itemgetter(1)(1, 2))
show('op.itemgetter(1)(x=1)', lambda: op.itemgetter(1)(x=1))
show("op.attrgetter('a')()", lambda: op.attrgetter('a')())
show("op.methodcaller('a', 1)()", lambda: op.methodcaller('a', 1)())
show('op.itemgetter(1).__reduce__()', lambda: op.itemgetter(1).__reduce__())
show("op.attrgetter('a.b').__reduce__()", lambda: op.attrgetter('a.b').__reduce__())
show("op.methodcaller('f', 1).__reduce__()", lambda: op.methodcaller('f', 1).__reduce__())
show("op.attrgetter('a', 1)", lambda: op.attrgetter('a', 1))
show("op.attrgetter('a..b')", lambda: op.attrgetter('a..b'))
show("op.attrgetter('a', x=1)", lambda: op.attrgetter('a', x=1))
show('op.itemgetter(1, x=1)', lambda: op.itemgetter(1, x=1))
show("op.methodcaller('a', x=1)(1)", lambda: op.methodcaller('a', x=1)(1))
show('op.itemgetter(5)([1])', lambda: op.itemgetter(5)([1]))
show("op.itemgetter('k')({})", lambda: op.itemgetter('k')({}))

# in-place operators on mutable objects
lst = [1]
print(op.iadd(lst, [2]) is lst, lst, op.iconcat(lst, [3]), op.imul(lst, 2))
s = {1}
print(op.ior(s, {2}), op.iand(s, {2}), op.ixor(s, {3}), op.isub(s, {3}))
print(op.iadd(1, 2), op.isub(5, 1), op.imod(7, 4), op.ifloordiv(9, 2), op.itruediv(1, 4),
      op.ilshift(1, 3), op.irshift(8, 1), op.iand(7, 1), op.ior(8, 1), op.ixor(3, 1))
d = {}
op.setitem(d, 'k', 'v')
print(d, op.getitem(d, 'k'))
op.delitem(d, 'k')
print(d)


class LH:
    def __init__(self, r):
        self.r = r

    def __length_hint__(self):
        if isinstance(self.r, Exception):
            raise self.r
        return self.r


for r in ['x', NotImplemented, -1, 4, ValueError('boom'), TypeError('t')]:
    show("hint %r" % (r,), lambda: op.length_hint(LH(r), 7))


class M:
    def __len__(self):
        raise ValueError('len boom')


show("len raises", lambda: op.length_hint(M(), 1))


class Rec:
    pass


r = Rec()
r.a = Rec()
r.a.b = 'deep'
r.c = 3
print(op.attrgetter('a.b', 'c')(r), op.attrgetter('a.b')(r))
show("missing mid", lambda: op.attrgetter('a.z.q')(r))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=op.itemgetter(1)))
print(list(map(op.methodcaller('strip', 'x'), ['xax', 'bx'])))
for name in ['itemgetter', 'attrgetter', 'methodcaller']:
    t = getattr(op, name)
    try:
        class X(t):
            pass
    except TypeError as e:
        print(e)
print(type(op.itemgetter(1)).__name__, op.itemgetter.__module__)
print(len([n for n in dir(op) if not n.startswith('__')]))
