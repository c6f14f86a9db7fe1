import _heapq as hq
import _bisect as bs

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

state = 7
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n

class K:
    """Compares by key only, so ties show which equal item lands where."""
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return f'{self.k}{self.tag}'

for n in [0, 1, 2, 5, 10, 50, 3000]:
    data = [K(rnd(10), j) for j in range(n)]
    h = list(data)
    hq.heapify(h)
    print(n, h[:20])
    m = list(data)
    hq._heapify_max(m)
    print(n, m[:20])
    out = [hq.heappop(h) for _ in range(min(n, 30))]
    print(out)
    print([hq._heappop_max(m) for _ in range(min(n, 30))])
h = []
for j in range(30):
    hq.heappush(h, K(rnd(5), j))
print(h)
print(hq.heapreplace(h, K(2, 'r')), hq.heappushpop(h, K(0, 'p')), hq.heappushpop(h, K(9, 'q')), h[:8])
print(hq._heapreplace_max(h, K(3, 'm')), h[:8])
t(hq.heappush, (), 1); t(hq.heappop, []); t(hq.heapreplace, [], 1); t(hq.heappush, [1]); t(hq.heapify, 5)
t(hq._heappop_max, []); t(hq.heappushpop, [], 3); t(hq.heappush, [1, 'a'], 2); t(hq.heappop, [1])
print(hq.__about__[:40], hq.__doc__[:30])

class Bad:
    def __init__(self, h):
        self.h = h
    def __lt__(self, other):
        self.h.clear()
        return True
h = [1, 2, 3]
h2 = [5, 6]
h2.append(Bad(h2))
t(hq.heapify, h2)

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 4, 8, 9]:
    print(x, bs.bisect_left(a, x), bs.bisect_right(a, x), bs.bisect_left(a, x, 2), bs.bisect_right(a, x, 0, 3),
          bs.bisect_left(a, x, hi=5), bs.bisect_right(a, x, lo=1, hi=None))
recs = [('a', 1), ('b', 2), ('c', 2), ('d', 4)]
print(bs.bisect_left(recs, 2, key=lambda r: r[1]), bs.bisect_right(recs, 2, key=lambda r: r[1]))
bs.insort_left(recs, ('x', 2), key=lambda r: r[1]); bs.insort_right(recs, ('y', 2), key=lambda r: r[1])
print(recs)
l = []
for j in range(20):
    bs.insort_right(l, K(rnd(4), j))
print(l)
l = []
for j in range(20):
    bs.insort_left(l, K(rnd(4), j))
print(l)
class MyList(list):
    def insert(self, i, x):
        print('insert', i, x)
        super().insert(i, x)
ml = MyList([1, 3])
bs.insort_left(ml, 2); print(ml)
t(bs.bisect_left, [1], 1, -1); t(bs.bisect_left, [1], 1, 0, 'x'); t(bs.bisect_left, 5, 1); t(bs.bisect_left)
t(bs.bisect_left, [1, 2, 3], 2, 0, 10); t(bs.insort_left, (1, 2), 2); t(bs.bisect_right, (1, 2, 3), 2)
t(bs.bisect_left, 'abcdef', 'c'); t(bs.bisect_left, [1, 'a'], 2)
