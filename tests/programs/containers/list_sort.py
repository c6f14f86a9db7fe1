def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

a = [5, 2, 8, 1, 9, 3]
a.sort(); print(a)
a.sort(reverse=True); print(a)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
words.sort(); print(words)
words.sort(key=str.lower); print(words)
words.sort(key=len, reverse=True); print(words)
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
pairs.sort(key=lambda p: p[0]); print(pairs)
pairs.sort(key=lambda p: p[1], reverse=True); print(pairs)
print(sorted([3, 1, 2]), sorted('cab'), sorted({3: 1, 1: 2}), sorted([1.5, -2, 0]))
print(sorted([[2, 1], [1, 2], [1]]))
t(lambda: [1, 'a', 2].sort())
t(lambda: sorted([1, None]))
t(lambda: [3, 1].sort(1))
t(lambda: [3, 1].sort(key=1))
def bad(v):
    raise ValueError('boom ' + str(v))
t(lambda: [2, 1].sort(key=bad))
m = [3, 2, 1]
def mutate(v):
    m.append(v)
    return v
t(lambda: m.sort(key=mutate))
print(m)
stable = [(k % 3, k) for k in range(12)]
stable.sort(key=lambda p: p[0]); print(stable)
stable.sort(key=lambda p: p[0], reverse=True); print(stable)
big = [(i * 7919) % 1000 for i in range(200)]
print(sorted(big)[:10], sorted(big, reverse=True)[:5])
print(sorted([True, False, 0, 1, -1]))
