s = set(range(0, 64, 3))
print(s)
for k in range(0, 64, 9):
    s.discard(k)
print(s)
for k in range(100, 140):
    s.add(k)
print(s)
for k in list(s)[::2]:
    s.remove(k)
print(s)
s.update(range(-20, 0, 3))
print(s)
pops = [s.pop() for _ in range(7)]
print(pops, s)
c = s.copy()
print(c)
print(c == s, list(c) == list(s))
t = set()
for k in [8, 16, 24, 32, 40, 48, 56, 64, 72, 80]:
    t.add(k)
print(t, t.copy(), set(t), frozenset(t))
t.difference_update([8, 24, 40])
print(t, t.copy())
u = {-1, -2, 2**61 - 1, 2**61, 2**62, -2**63, 2**64 + 5}
print(u)
v = {1.5, 2.5, 0.1, float('inf'), -float('inf'), 1e300, 2.0, 3}
print(v)
w = {(1, 2), (2, 1), (0,), (), ((1,),), (1, 'x')}
print(w)
m = {'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'}
print(m)
m.discard('gamma'); m.add('iota'); print(m)
print({None, True, 0, 'x'} == {0, None, True, 'x'})
big = set()
for k in range(1000):
    big.add(k * 37 % 1009)
print(len(big), list(big)[:20], list(big)[-10:])
for k in range(0, 1009, 2):
    big.discard(k)
print(len(big), list(big)[:20])
small = big & {1, 3, 5, 7, 999}
print(small, big - set(range(20, 1009)), {3, 1, 5} ^ set(range(0, 10)))
print(set([5, 4, 3, 2, 1, 0, -1]) | set([100, 200]))
