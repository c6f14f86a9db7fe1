from _collections import deque
import _collections


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend('ab')
d.extendleft('xy')
print(d)
d.rotate()
print(d)
d.rotate(-2)
print(d)
d.rotate(10)
print(d)
d.reverse()
print(d, d.count('a'), d.count(99))
print(d.index('a'), d.index(1), 'a' in d, 99 in d)
d.insert(1, 'ins')
d.insert(-1, 'neg')
d.insert(100, 'end')
d.insert(-100, 'start')
print(d)
d.remove('ins')
print(d)
d.clear()
print(d, d.maxlen)

# maxlen
d = deque(range(5), maxlen=3)
print(d, d.maxlen)
d.append(9)
print(d)
d.appendleft(8)
print(d)
d.extend([1, 2])
print(d)
d.extendleft([7])
print(d)
print(deque('abc', 0), deque([], 2), repr(deque(maxlen=None)))
d0 = deque(maxlen=0)
d0.append(1)
print(d0)

# indexing
d = deque('abcde')
print(d[0], d[-1], d[2], d[-5])
d[1] = 'B'
d[-1] = 'E'
del d[2]
print(d)
show("d[5]", lambda: d[5])
show("d[-6]", lambda: d[-6])
show("d['a']", lambda: d['a'])
show("d[0:1]", lambda: d[0:1])
def setbad():
    d[10] = 1
show("d[10]=", setbad)
def delbad():
    del d[10]
show("del d[10]", delbad)

# comparisons and arithmetic
a, b = deque([1, 2]), deque([1, 3])
print(a == deque([1, 2]), a != b, a < b, a <= b, a > b, a >= b)
print(a == [1, 2], deque() == deque())
show("a < list", lambda: a < [1])
print(a + b, a * 2, 2 * a, a * 0, a * -1)
c = deque([1], maxlen=3)
print(c * 5, c + deque([2, 3, 4]))
a += [5, 6]
print(a)
a += 'xy'
print(a)
a *= 2
print(a)
show("a + list", lambda: a + [1])
show("a * 'x'", lambda: a * 'x')
show("hash", lambda: hash(deque()))
e = deque([1, 2])
e += e
print(e)
e.extend(e)
print(e)

# iteration
d = deque(range(5))
print(list(d), list(reversed(d)), [x * 2 for x in d])
it = iter(d)
print(next(it), it.__length_hint__())
d.append(5)
show("mutated", lambda: next(it))
show("mutated again", lambda: next(it))
it = reversed(d)
d.pop()
show("rev mutated", lambda: next(it))
it = iter(d)
d[0] = 'changed'
print(next(it))
print(type(iter(d)).__name__, type(reversed(d)).__name__)
print(type(iter(d)) is _collections._deque_iterator)

# repr recursion
d = deque()
d.append(d)
print(d)
d = deque([1], maxlen=5)
d.append([d])
print(d)

# errors
show("pop empty", lambda: deque().pop())
show("popleft empty", lambda: deque().popleft())
show("index missing", lambda: deque([1]).index(2))
show("remove missing", lambda: deque([1]).remove(2))
show("insert full", lambda: deque([1], 1).insert(0, 2))
show("insert 1 arg", lambda: deque([1]).insert(5))
show("rotate 'a'", lambda: deque([1]).rotate('a'))
show("deque(1)", lambda: deque(1))
show("maxlen -1", lambda: deque([1], -1))
show("maxlen 'a'", lambda: deque([1], 'a'))
show("maxlen 2.0", lambda: deque(maxlen=2.0))
show("3 args", lambda: deque([1], 2, 3))
show("bad kw", lambda: deque(x=1))
show("count()", lambda: deque([1]).count())
show("append()", lambda: deque().append())
show("pop(1)", lambda: deque([1]).pop(1))
show("extend(1)", lambda: deque([1]).extend(1))
show("index 'a'", lambda: deque([1]).index(1, 'a'))
print(deque(range(3)).index(2, -1), deque(range(5)).index(3, -100, 100))
show("index range", lambda: deque(range(5)).index(3, 0, 2))


class Eq:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append(1)
        return False


d = deque([1, 2, 3])
show("count mutate", lambda: d.count(Eq(d)))
d = deque([1, 2, 3])
show("index mutate", lambda: d.index(Eq(d)))
d = deque([1, 2, 3])
show("contains mutate", lambda: Eq(d) in d)

# copy and subclass
d = deque([1, [2]], maxlen=4)
c = d.copy()
c2 = d.__copy__()
print(c, c2, c is d, c[1] is d[1])


class MyDeque(deque):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.extra = 'x'


m = MyDeque([1, 2], maxlen=3)
print(m, type(m).__name__, m.extra, isinstance(m, deque))
m2 = m.copy()
print(type(m2).__name__, m2, m2.extra)
print(type(m + deque([3])).__name__, m + deque([3]))
print(m == deque([1, 2]))
m.append(3)
m.append(4)
print(m, list(m), len(m))
print(deque.__module__, deque.__name__, deque)
print(deque([1, 2]).__reduce__()[:3], deque([1], 2).__reduce__()[:3])
d = deque('abc')
d.__init__('xy')
print(d)
print(sum(deque(range(100))), max(deque([3, 1, 2])), sorted(deque([3, 1, 2])))
