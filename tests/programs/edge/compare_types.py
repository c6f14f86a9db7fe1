pairs = [(1, 'a'), ('a', 1), ([], ()), ((), []), (None, None), (None, 1), (1, None), ({}, {}), (set(), []), (1j, 2j), (b'a', 'a'), ([1], [1, 'a']), ([1, 'a'], [1, 2])]
for a, b in pairs:
    for op in ('<', '<=', '>', '>='):
        try:
            r = eval('a ' + op + ' b') if False else None
            if op == '<': r = a < b
            elif op == '<=': r = a <= b
            elif op == '>': r = a > b
            else: r = a >= b
            print(repr(a), op, repr(b), r)
        except TypeError as e:
            print(repr(a), op, repr(b), 'TypeError', e)
print(1 == 'a', [] == (), None == 0, 1 == 1.0, 1 == True, 0.1 + 0.2 == 0.3)
print(b'a' == 'a', bytearray(b'a') == b'a', {1} == frozenset({1}), [1] != [1.0])
print(range(0) == range(2, 2), range(1, 3) == range(1, 4, 5) if False else range(3) == range(0, 3))
print(float('nan') == float('nan'), float('nan') != float('nan'))
n = float('nan')
print([n] == [n], (n,) == (n,), n in [n], {n: 1}.get(n))
print(1 < 2 < 3, 3 > 2 > 2, 1 < 2 > 0)
print(max(1, 2.5, True), min('b', 'a'), max([[1], [0, 5]]))
try:
    max(1, 'a')
except TypeError as e:
    print(e)
try:
    sorted([1, 'a', 2])
except TypeError as e:
    print(e)
try:
    [1, 2] < [1, 'a']
except TypeError as e:
    print(e)
print(complex(1, 0) == 1, 1j == 1j, (1+0j) == 1.0)
print({1: 2} == {1: 2.0}, {'a'} <= {'a', 'b'}, {1} < {1})
