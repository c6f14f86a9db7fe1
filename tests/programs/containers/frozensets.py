def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

f = frozenset([3, 1, 2])
print(f, frozenset(), frozenset('abc') == frozenset('cba'), frozenset(f) is f, f.copy() is f)
print(hash(f) == hash(frozenset({1, 2, 3})), hash(frozenset()), hash(frozenset({1, 2})), hash(frozenset({-1})), hash(frozenset({(1, 2), 3.5})))
d = {f: 'f', frozenset(): 'empty'}
print(d, d[frozenset({1, 2, 3})])
nested = frozenset({frozenset({1}), frozenset({2, 3}), frozenset()})
print(nested, frozenset({1}) in nested)
print(f | {9}, f & {1, 9}, f - {1}, f ^ {1, 9}, f.union([7]), f.intersection([1, 2]), f.difference([3]), f.symmetric_difference([0]))
print(f.issubset({1, 2, 3, 4}), f.issuperset([1]), f.isdisjoint([7]))
t(lambda: f.add(1))
t(lambda: frozenset(1))
t(lambda: frozenset(1, 2))
t(lambda: frozenset(a=1))
print(1 in {1, 2, 3}, 'b' in {'a', 'b'}, (1, 2) in {(1, 2), (3, 4)})
consts = {10, 20, 30, 40, 50, 60, 70}
for x in (10, 70, 80):
    print(x in consts, x not in {1, 2, 3})
for x in frozenset({100, 2, 37, 5, 64}):
    print(x, end=' ')
print()
print(repr(frozenset({'x'})), str(frozenset({1.5})), type(f).__name__, type(iter(f)).__name__)
print({1: frozenset({1, 2}) == {2, 1}}, frozenset({1}) == {1})
print(sorted(frozenset({5, 3, 9})), len(f), bool(frozenset()), max(f))
