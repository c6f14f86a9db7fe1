d = {'a': [1], 'b': 0}
d['a'] += [2]
d['b'] += 5
d['a'][0] *= 10
print(d)
l = [[1], {'k': 1}, [0, [0]]]
l[0] += [2]
l[1]['k'] -= 3
l[2][1][0] |= 6
l[-1][-1] *= 2
print(l)
s = {'x': {1}}
s['x'] |= {2}
s['x'] &= {2, 3}
print(s)
c = {'n': 'ab'}
c['n'] *= 2
c['n'] += 'c'
print(c)
counts = {}
for ch in 'hello':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
m = [1, 2, 3]
m[1:2] = [7, 8, 9]
print(m)
m[::2] = [0, 0, 0]
print(m)
try:
    m[::2] = [1]
except ValueError as e:
    print(e)
m[5:] = []
print(m)
nested = {'a': {'b': {'c': 1}}}
nested['a']['b']['c'] **= 3
nested['a']['b']['c'] += 1
print(nested)
x = [0]
x[0] += 1; x[0] <<= 2; x[0] //= 3; x[0] %= 3; x[0] ^= 7; x[0] >>= 1; x[0] /= 2; x[0] -= 0.5
print(x)
try:
    d['zz'] += 1
except KeyError as e:
    print('KeyError', e)
