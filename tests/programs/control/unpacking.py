# Unpacking assignment: tuples, lists, star targets, nested, swaps; errors.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = (1, 2, 3)
print(init, last)
p, *mid, q = range(5)
print(p, mid, q)
(m, n), o = (1, 2), 3
print(m, n, o)
[h, [i, j]] = [0, [1, 2]]
print(h, i, j)
s, *t = "a"
print(s, t)
for k, (v1, *vs) in [("a", (1, 2, 3)), ("b", (4,))]:
    print(k, v1, vs)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
try:
    a, *b = None
except TypeError as e:
    print(e)
try:
    a, b = "abc"
except ValueError as e:
    print(e)
lst = [0, 0, 0]
lst[0], lst[2] = "L", "R"
print(lst)
d = {}
d["a"], d["b"] = 1, 2
print(d)
a = b = c = [7]
print(a is b is c)
i = 0
arr = [10, 20]
i, arr[i] = 1, 99
print(i, arr)
q1, q2 = q2, q1 = 1, 2
print(q1, q2)
pairs = [(1, 2), (3, 4)]
print([x + y for x, y in pairs])
*all_of_it, = [1, 2]
print(all_of_it)
(a, b), (c, d) = "ab", "cd"
print(a, b, c, d)
