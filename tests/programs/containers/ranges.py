def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

r = range(10)
print(r, range(1, 10, 2), range(5, 0, -1), range(0), range(-5, 5, 3))
print(len(r), len(range(0, 10, 3)), len(range(10, 0)), len(range(10, 0, -3)), len(range(-100, 100, 7)))
print(r[3], r[-1], r[2:8:2], r[::-1], r[:3], r[-3:], range(0, 20, 3)[1:5], range(10, 0, -2)[::-1])
t(lambda: r[10])
t(lambda: r[-11])
t(lambda: r['a'])
print(list(range(5)), list(range(5, 0, -1)), list(range(0, 10, 4)), list(range(3, 3)))
print(range(0, 10, 2).index(4), r.count(3), r.count(11), range(0, 10, 3).count(9), 5 in range(0, 10, 5), 3 in range(0, 10, 2))
print(2.0 in r, 'x' in r, -1 in r, 9 in r, 10 in r, True in r)
t(lambda: range(3).index(5))
t(lambda: range(3).index('a'))
print(range(0) == range(1, 1), range(0, 3) == range(0, 3, 1), range(0, 5, 2) == range(0, 6, 2), range(1) != range(2))
print(r.start, r.stop, r.step, range(1, 2, 3).step)
print(hash(range(3)) == hash(range(0, 3, 1)), hash(range(0)) == hash(range(5, 5)))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))), list(reversed(range(5, -5, -2))))
print(type(iter(r)).__name__, type(reversed(r)).__name__)
t(lambda: range())
t(lambda: range(1, 2, 3, 4))
t(lambda: range(1, 2, 0))
t(lambda: range(1.5))
t(lambda: range('a'))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(5, 0, -1)))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, 'done'))
total = 0
for i in range(2, 20, 3):
    total += i
print(total, bool(range(0)), bool(range(1)))
print(range(5)[True], range(10)[-True])
