a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
b = [a, a]
print(b)
d = {'k': 1}
d['self'] = d
print(d)
e = {'list': []}
e['list'].append(e)
print(e)
t = (a, d)
print(t)
x = []
y = [x]
x.append(y)
print(x, y)
v = {1: 2}
v[2] = v.values()
print(v.keys())
z = [[]] * 3
print(z, repr([]), repr({}), repr(()), repr((1,)), repr([()]), repr({(): []}))
print([None, True, 1.5, 'q', "it's", 'say "hi"', 2**70])
print({1: [1, {2: (3,)}]}, [{1}, frozenset(), set()])
