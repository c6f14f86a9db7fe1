import heapq, bisect
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
h = [5, 1, 4, 2, 3]; heapq.heapify(h); print(h)
heapq.heappush(h, 0); print(h, heapq.heappop(h), h)
print(heapq.heappushpop(h, 10), heapq.heapreplace(h, -1), h)
print(heapq.nlargest(2, [1,5,3]), heapq.nsmallest(2, [1,5,3]), heapq.nlargest(2, 'abc', key=ord))
print(list(heapq.merge([1,3,5],[2,4])), list(heapq.merge([3,1],[2], key=lambda x:-x, reverse=True)))
t(lambda: heapq.heappop([]))
t(lambda: heapq.heapreplace([], 1))
t(lambda: heapq.heapify(1))
t(lambda: heapq.heappush([1], 'a'))
t(lambda: heapq.heappush((), 1))
print(heapq.nlargest(0, [1]), heapq.nsmallest(10, [3,1]))
a = [1, 2, 4, 4, 7]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect_left(a, 4, 3), bisect.bisect_left(a, 4, hi=1))
bisect.insort(a, 3); bisect.insort_left(a, 4); print(a)
print(bisect.bisect_left([(1,'a'),(2,'b')], 2, key=lambda x: x[0]))
bisect.insort(a, 5, key=None); print(a)
t(lambda: bisect.bisect_left(a, 1, -1))
t(lambda: bisect.bisect(1, 1))
t(lambda: bisect.bisect([1, 'a'], 2))
t(lambda: bisect.bisect())
