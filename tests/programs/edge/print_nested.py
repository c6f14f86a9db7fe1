l = [1, 'a', 2.5, None, True, (1,), {'k': [1, {2}]}, b'x', bytearray(b'y'), frozenset(), set(), range(3), slice(1, 2), 1j, -0.0]
print(l)
print(str(l), repr(l) == str(l))
print(*l)
print(*l, sep='|', end='!\n')
r = [1]
r.append(r)
print(r)
d = {}
d['self'] = d
print(d)
nested = [r, d, (r,)]
print(nested)
print((1,), (), ((),), ([],))
print({1: {2: {3: {}}}})
print(['a\nb', "it's", 'say "hi"', 'both \' "'])
print(str('a\nb'), repr('\t\x00\x7f'))
print({'a': 1}.keys(), {'a': 1}.values(), {'a': 1}.items())
print([{}.keys()], [frozenset({1})], [set()])
x = [1, 2]
y = [x, x]
print(y)
print(str(None), str(True), str(1.0), str(1e20), str(1e-5), str(123456789012345678.0))
print(print('inner'))
print()
print('a', 'b', sep='')
print('x', end='')
print()
print(1, 2, sep=None, end=None)
try:
    print(1, sep=5)
except TypeError as e:
    print(e)
