def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print({1: 2} | {3: 4}, {1: 2} | {1: 3}, {} | {})
d = {1: 2}; d |= {5: 6}; print(d)
d |= [(7, 8)]; print(d)
t(lambda: {1: 2} | [(3, 4)])
t(lambda: {1: 2} | 1)
print({1: 2} == {1: 2}, {1: 2} != {1: 3}, {1: 2} == {1: 2.0}, {} == [], {1: 2, 3: 4} == {3: 4, 1: 2})
t(lambda: {1: 2} < {1: 2})
t(lambda: {}['missing'])
t(lambda: {}[(1, 2)])
t(lambda: {}[[1]])
t(lambda: {[1]: 2})
d = {'k': 1}
del d['k']; print(d)
def f():
    del d['k']
t(f)
print(1 in {1: 2}, 2 in {1: 2}, 'a' not in {})
x = {1: 1, True: 2, 1.0: 3}; print(x)
y = {0: 'a', -0.0: 'b', False: 'c'}; print(y)
d = {}; d[d.__class__.__name__] = d; print(d)
big = {i: i * i for i in range(10)}
print(big, len(big))
for k in list(big):
    if k % 2:
        del big[k]
print(big)
big[1] = 'back'; print(big)
print({k: v for k, v in zip('abc', range(3))}, {**{1: 2}, 3: 4, **{1: 5}})
t(lambda: {**[1]})
t(lambda: hash({}))
nested = {'a': {'b': {'c': [1, 2]}}}
print(nested['a']['b']['c'][1], nested)
e = {}
e[(1, 2)] = 'tuple'; e[None] = 'none'; e[3.5] = 'float'; e['s'] = 'str'; e[-1] = 'neg'
print(e, e[None], e[(1, 2)])
