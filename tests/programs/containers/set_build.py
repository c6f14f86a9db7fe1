a = {1, 2, 3, 2, 1}
b = {1, 1.0, True}
c = {0, False, 0.0, -0.0}
print(a, b, c, len(b), len(c))
d = {*range(5), *[3, 4, 5, 6], *'ab'}
print(len(d), sorted(d, key=str))
e = {x for x in [10, 20, 10, 30, 20]}
print(e)
f = {(i, j) for i in range(3) for j in range(3) if i < j}
print(f, sorted(f))
g = set()
g.add(1); g.add(2); g.add(3)
print(g == {3, 2, 1}, g)
h = {-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5}
print(h)
i = {100, 200, 300, 400, 500, 600, 700, 800, 900}
print(i)
j = {2 ** k for k in range(70)}
print(len(j), list(j)[:12])
k = {1 / 3, 2 / 3, 0.5, 0.25, 1e-9}
print(k)
m = {'', 'a', ('a',), ()}
print(len(m), '' in m, () in m)
n = {None}
print(n, None in n)
print({*{}}, {*()}, set([]))
