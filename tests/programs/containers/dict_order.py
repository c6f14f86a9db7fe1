d = {}
for k in [5, 3, 9, 1]:
    d[k] = k * 10
print(d, list(d))
del d[3]
d[3] = 'again'
print(d)
d[5] = 'updated'
print(d, list(d.items())[0])
print(d.popitem(), d.popitem(), d)
for k in range(20):
    d[k] = k
for k in range(0, 20, 3):
    del d[k]
print(d)
print(list(d)[:5], list(d.values())[-3:])
d.clear()
d.update(zip('zyx', range(3)))
print(d, list(reversed(d)))
e = dict.fromkeys('hello')
print(e, list(e))
f = {**{'b': 1, 'a': 2}, 'c': 3, 'b': 9}
print(f)
g = {1: 'int', 1.0: 'float', True: 'bool'}
print(g)
h = {}
h[(1, 2)] = 1; h['x'] = 2; h[None] = 3; h[2.5] = 4
del h['x']; h['x'] = 5
print(h, list(h.keys()))
keys_seen = []
i = {n: n for n in range(5)}
for k in list(i):
    if k % 2 == 0:
        i.pop(k)
    keys_seen.append(k)
print(i, keys_seen)
print({k: v for k, v in sorted({'b': 2, 'a': 1, 'c': 0}.items(), key=lambda kv: kv[1])})
