import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile,
                       takewhile, filterfalse, starmap, pairwise, islice)


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


# count
c = count()
print(next(c), next(c), next(c), c)
print(count(5), count(0, 2), count(1.5), count(0, 0.5), count(-3, -1), count(2, 1.0))
print(list(islice(count(10, 3), 4)))
print(list(islice(count(0.5, 0.25), 5)))
print(list(islice(count(2**63 - 2), 4)))
c = count(2**64)
next(c)
print(c)
print(list(islice(count(start=3, step=-2), 3)))
show("count('a')", lambda: count('a'))
show("count(1, 'a')", lambda: count(1, 'a'))
show("count(1,2,3)", lambda: count(1, 2, 3))
show("count(x=1)", lambda: count(x=1))
print(list(islice(count(1j, 1j), 3)))

# cycle
print(list(islice(cycle('abc'), 8)))
print(list(islice(cycle([]), 3)))
cy = cycle(iter([1, 2]))
print([next(cy) for _ in range(5)])
show("cycle()", lambda: cycle())
show("cycle(1)", lambda: cycle(1))
show("cycle(1,2)", lambda: cycle(1, 2))
show("cycle kw", lambda: cycle([1], x=1))

# repeat
r = repeat('a', 3)
print(r, list(r), r)
print(repeat(None), repeat([1], 2), repeat(1, -5))
print(list(repeat(7, times=2)), list(repeat(7, 0)))
r = repeat(1, 4)
print(r.__length_hint__())
next(r)
print(r.__length_hint__(), r)
print(list(map(pow, range(5), repeat(2))))
show("repeat()", lambda: repeat())
show("repeat(1,2,3)", lambda: repeat(1, 2, 3))
show("repeat(1,'a')", lambda: repeat(1, 'a'))
show("repeat(1,2.0)", lambda: repeat(1, 2.0))
show("len(repeat)", lambda: len(repeat(1)))
show("hint inf", lambda: repeat(1).__length_hint__())

# accumulate
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], max)))
print(list(accumulate([3, 1, 4, 1, 5], min)))
print(list(accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=100)))
print(list(accumulate([])))
print(list(accumulate(['a', 'b', 'c'])))
print(list(accumulate([1, 2], func=None, initial=None)))
show("accumulate()", lambda: accumulate())
show("accumulate(1)", lambda: accumulate(1))
show("accumulate 3", lambda: accumulate([1], None, None))
show("accumulate x", lambda: accumulate([1], x=2))
show("accumulate type", lambda: list(accumulate([1, 'a'])))

# chain
print(list(chain('ab', [1, 2], (), range(2))))
print(list(chain()))
print(list(chain.from_iterable(['ab', 'cd'])))
print(list(chain.from_iterable(iter([[1], [], [2, 3]]))))
ch = chain([1], 5, [2])
print(next(ch))
show("chain bad", lambda: next(ch))
show("chain kw", lambda: chain([1], x=1))
show("from_iterable()", lambda: chain.from_iterable())
show("from_iterable(1)", lambda: list(chain.from_iterable(1)))

# compress
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(compress('ABC', [1, 1, 1, 1, 1])))
print(list(compress(range(10), cycle([0, 1]))))
print(list(compress(data='xyz', selectors=[0, 1])))
show("compress()", lambda: compress())
show("compress(a)", lambda: compress([1]))
show("compress(1,a)", lambda: compress(1, [1]))

# dropwhile / takewhile
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(bool, [])), list(takewhile(bool, [])))
tw = takewhile(lambda x: x < 3, iter(range(10)))
print(list(tw), list(tw))
show("dropwhile()", lambda: dropwhile())
show("dropwhile(None)", lambda: dropwhile(None))
show("dropwhile(None,1)", lambda: dropwhile(None, 1))
show("dropwhile kw", lambda: dropwhile(None, [1], x=1))
show("takewhile(None,[1])", lambda: list(takewhile(None, [1])))

# filterfalse
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
show("filterfalse(None)", lambda: filterfalse(None))

# starmap
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: a, [[1, 2], 'ab', ()])))
show("starmap bad", lambda: list(starmap(pow, [1])))
show("starmap(None)", lambda: starmap(None))

# pairwise
print(list(pairwise('ABCDEFG')))
print(list(pairwise('A')), list(pairwise('')))
show("pairwise()", lambda: pairwise())
show("pairwise kw", lambda: pairwise([1], x=1))

# subclassing
class MyChain(chain):
    pass

mc = MyChain([1], [2])
print(type(mc).__name__, list(mc))
print(type(MyChain.from_iterable([[1]])).__name__)

class MyCount(count):
    pass

print(MyCount(3), next(MyCount(3, 2)))
print(type(count()).__name__, type(count()).__module__, count)
show("subscript", lambda: count()[0])
print(iter(c) is c)
