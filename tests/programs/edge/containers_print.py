print({}, [], (), set(), frozenset(), {1: {}}, [[]], ((),), [set()])
print({1: [1, 2], 'k': (3,), (4, 5): {6}}, [{'a': 1}, {'b': [2]}])
print(list('abc'), tuple('abc'), dict(zip('ab', [1, 2])), dict([('x', 1)]), set([3, 1, 2]))
print([None, True, 1.0, 'x', b'y', 2j], (None,), {None: None})
print(str([1.0, 2.50, 1e100, -0.0]), repr(['\n', '\\', "'", '"']))
print(list(range(0)), list(range(3, 0, -1)), list(range(-2, 2)), range(5)[::-1], range(10)[2:8:3])
d = dict.fromkeys(['b', 'a', 'c'], 0)
d['a'] = 5
del d['b']
d['b'] = 9
print(d, list(d), list(d.items()), d.keys() | {'z'}, d.keys() & {'a'})
l = [3, 1, 2]
print(l.sort(), l, l.reverse(), l, sorted(l) is l, reversed(l).__class__.__name__)
a = [1, 2, 3, 4, 5]
print(a[::2], a[1::2], a[::-2], a[-2:], a[:-2], a[10:], a[-10:2], a[3:1], a[::-1][1:3])
t = (1, [2, 3])
print(t, len(t), t[1][0], t.count(1), (t + t)[3])
print([1, 2] * 2, 2 * [0], [[0] * 2] * 2, 'ab' * 0, [] * 5, (1,) * -1)
s = {5, 3, 9}
s.add(1)
print(sorted(s), len(s), 3 in s, s - {3}, s & {1, 9}, s ^ {9, 10}, s | {0})
print(min([3, 1, 2]), max('abc'), sum([1, 2, 3], 10), sum([0.1] * 10), any([]), all([]))
print(list(enumerate('ab', 1)), list(zip([1, 2], 'xy', (True, False))), list(map(str, [1, 2])))
