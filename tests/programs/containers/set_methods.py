def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = {1, 2, 3}
s.add(4); s.add(1); print(s)
s.discard(9); s.discard(4); print(s)
s.remove(3); print(s)
t(lambda: s.remove(3))
t(lambda: s.remove((1, 2)))
t(lambda: s.remove([]))
print(s.pop(), s)
c = s.copy(); c.add(100); print(s, c)
c.clear(); print(c, len(c))
t(lambda: set().pop())
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a.union(b), a.union([7], (8,), 'x'), a.intersection(b), a.intersection(b, {4}), a.intersection())
print(a.difference(b), a.difference([1], [2]), a.symmetric_difference(b), a.symmetric_difference([1, 9]))
print(a.issubset(b), {3}.issubset(b), {3}.issubset([3, 4]), a.issuperset({1}), a.issuperset([1, 9]), a.isdisjoint({9}), a.isdisjoint([1]))
x = set(a); x.update(b, [10]); print(x)
x = set(a); x.intersection_update(b); print(x)
x = set(a); x.intersection_update(b, [4]); print(x)
x = set(a); x.difference_update(b); print(x)
x = set(a); x.difference_update([1], {2}); print(x)
x = set(a); x.symmetric_difference_update(b); print(x)
x = set(a); x.symmetric_difference_update([1, 1, 50]); print(x)
t(lambda: a.add())
t(lambda: a.add(1, 2))
t(lambda: a.pop(1))
t(lambda: a.union(1))
t(lambda: a.issubset())
t(lambda: a.isdisjoint(1))
t(lambda: a.symmetric_difference())
t(lambda: a.update(1))
t(lambda: a.add([]))
t(lambda: a.union(x=1))
print({frozenset({1})} | {1}, set({1}) in {frozenset({1})})
r = {frozenset({1, 2})}
r.discard({1, 2}); print(r)
r.add(frozenset()); r.remove(set()); print(r)
print(set(), set('aab'), set([1, 1, 2]), set({1: 2}), set(range(3)), set((1,)))
t(lambda: set(1))
t(lambda: set(1, 2))
t(lambda: set(a=1))
t(lambda: hash(set()))
y = {1, 2}
y.__init__([5]) if False else None
print(y)
