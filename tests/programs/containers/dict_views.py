def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {1: 'a', 2: 'b', 3: 'c'}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it))
print(2 in k, 9 in k, 'a' in v, (1, 'a') in it, (1, 'z') in it, 1 in it)
print(k & {2, 3, 9}, k | {9}, k - {1}, k ^ {1, 10}, {2, 9} & k, {9} | k, {1, 5} - k)
print(k & [3, 1], k | [0], k == {1, 2, 3}, k != {1}, k < {1, 2, 3, 4}, k <= {1, 2, 3}, k > {1}, k >= {4})
print(it & {(1, 'a')}, it | {(9, 'z')}, it - {(2, 'b')}, it == {(1, 'a'), (2, 'b'), (3, 'c')})
print(k.isdisjoint({5, 6}), k.isdisjoint([1]), it.isdisjoint({(1, 'b')}))
t(lambda: v | {1})
t(lambda: v == v)
d[4] = 'd'
print(k, v, it)
del d[1]
print(list(k), list(v), list(it))
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(it)).__name__, type(reversed(d)).__name__, type(reversed(v)).__name__, type(reversed(it)).__name__)
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(sorted(k, reverse=True), max(v), sum(d))
e = {}
print(e.keys(), e.values(), e.items(), list(e.items()))
for key, val in {'x': 1, 'y': 2}.items():
    print(key, val)
m = {1: 2, 3: 4}
try:
    for kk in m:
        m[kk + 10] = 0
except RuntimeError as ex:
    print('RuntimeError', ex)
m = {1: 2, 3: 4}
try:
    for kk in m.values():
        del m[1]
except RuntimeError as ex:
    print('RuntimeError', ex)
m = {1: 2, 3: 4}
for kk in m:
    m[kk] = 'changed'
print(m)
