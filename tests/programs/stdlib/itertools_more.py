import itertools
from itertools import (groupby, islice, tee, zip_longest, product, permutations,
                       combinations, combinations_with_replacement, count, chain)


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


# groupby
print([k for k, g in groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in groupby('AAAABBBCCD')])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
print(list(groupby([])))
# shared-iterator semantics: advancing the groupby invalidates old groupers
gb = groupby('aabbcc')
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
gb = groupby('aaabbb')
k, g = next(gb)
print(next(g))
k, g2 = next(gb)
print(k, list(g), list(g2))
groups = [list(g) for k, g in list(groupby('aabbc'))]
print(groups)
gb = groupby([1, 1, 2], lambda x: x)
print(type(next(gb)[1]).__name__)
show("groupby()", lambda: groupby())
show("groupby(1)", lambda: groupby(1))
show("groupby 3", lambda: groupby([], 1, 2))
show("groupby x", lambda: groupby([], x=1))
print([(k, len(list(g))) for k, g in groupby(sorted('mississippi'))])

# islice
print(list(islice('ABCDEFG', 2)))
print(list(islice('ABCDEFG', 2, 4)))
print(list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(range(10), 1, 9, 3)))
print(list(islice(count(), 5, 8)))
print(list(islice('abc', None)), list(islice('abc', None, None, None)))
print(list(islice('abc', 10)), list(islice('abc', 5, 10)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 4)), next(it))
for args in [('a',), (-1,), (1, 'a'), (1, 2, 0), (1, 2, -1), (-1, 2), (1, -1), (1, -5),
             ('a', 4), (1, 4, 2**70), (2**70,), (1, 2, 'a'), (1.0,), (None, 1.5)]:
    show("islice%r" % (args,), lambda: islice([1], *args))
show("islice()", lambda: islice())
show("islice([1])", lambda: islice([1]))
show("islice 5", lambda: islice([1], 1, 2, 3, 4))
show("islice kw", lambda: islice([1], 1, x=2))
show("islice(1,2)", lambda: islice(1, 2))

# tee
a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(iter('abc'), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0), len(tee([1])), type(tee([1])[0]).__name__)
a, b = tee(range(200))
print(sum(a), sum(b))
a, b = tee(range(5))
c = a.__copy__()
next(a)
print(list(a), list(b), list(c))
a, = tee(iter([1, 2]), 1)
x, y = tee(a)
print(list(x), list(y))
show("tee()", lambda: tee())
show("tee(1)", lambda: tee(1))
show("tee -1", lambda: tee([1], -1))
show("tee 'a'", lambda: tee([1], 'a'))
show("tee 3 args", lambda: tee([1], 2, 3))
show("tee kw", lambda: tee([1], n=2))

# zip_longest
print(list(zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(zip_longest('AB', [1, 2, 3])))
print(list(zip_longest()), list(zip_longest([])))
print(list(zip_longest('a', 'bcd', 'ef', fillvalue=0)))
show("zip_longest(1)", lambda: zip_longest(1))
show("zip_longest x", lambda: zip_longest([1], x=1))
show("zip_longest 2kw", lambda: zip_longest([1], fillvalue=1, x=2))

# product
print(list(product('ab', range(2))))
print(list(product(range(2), repeat=3)))
print(list(product()), list(product(repeat=0)), list(product('ab', [])))
print(list(product('ab', 'c', repeat=2)))
print(len(list(product(range(3), range(4), range(5)))))
show("product(1)", lambda: product(1))
show("product -1", lambda: product([1], repeat=-1))
show("product x", lambda: product([1], x=1))
show("product 'a'", lambda: product([1], repeat='a'))
show("product 2kw", lambda: product([1], repeat=1, x=2))

# permutations
print(list(permutations('ABC', 2)))
print(list(permutations(range(3))))
print(list(permutations([])), list(permutations('ab', 0)), list(permutations('ab', 3)))
print(len(list(permutations(range(5)))), len(list(permutations(range(6), 3))))
print(list(permutations('abc', r=None))[:2])
show("permutations()", lambda: permutations())
show("permutations(1)", lambda: permutations(1))
show("permutations -1", lambda: permutations([1], -1))
show("permutations 'a'", lambda: permutations([1], 'a'))
show("permutations 3", lambda: permutations([1], 1, 2))

# combinations
print(list(combinations('ABCD', 2)))
print(list(combinations(range(4), 3)))
print(list(combinations('ab', 0)), list(combinations('ab', 3)), list(combinations([], 0)))
print(len(list(combinations(range(10), 4))))
print(list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(len(list(combinations_with_replacement(range(5), 3))))
show("combinations([1])", lambda: combinations([1]))
show("combinations -1", lambda: combinations([1], -1))
show("combinations(1,1)", lambda: combinations(1, 1))
show("combinations 'a'", lambda: combinations([1], r='a'))
show("cwr -1", lambda: combinations_with_replacement([1], -1))
show("cwr()", lambda: combinations_with_replacement([1]))

# laziness and sharing
def gen():
    for k in range(3):
        print("gen", k)
        yield k

z = zip_longest(gen(), 'ab')
print("made")
print(next(z))
print(list(islice(chain(gen(), gen()), 4)))

# subclasses and types
class P(product):
    pass

print(type(P('a')).__name__, list(P('ab')))
for name in ['_grouper', '_tee', '_tee_dataobject']:
    t = getattr(itertools, name)
    try:
        class X(t):
            pass
    except TypeError as e:
        print(e)
print(sorted(n for n in dir(itertools) if not n.startswith('__')))
