def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print([1, 2] + [3], [1] * 3, 3 * [0], [1, 2] * 0, [1] * -2)
x = [1, 2]; y = x; x += [3]; print(x, y, x is y)
x *= 2; print(y)
x = [1]; x += (2, 3); x += 'ab'; x += range(2); print(x)
t(lambda: [1] + (2,))
t(lambda: [1] + 'a')
t(lambda: [1] * 1.5)
t(lambda: [1] * [2])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 5], [1, 2] == [1, 2], [1, 2] != [1, 2.0], [] < [1])
print([1, 2] <= [1, 2], [3] >= [2, 9], [[1]] < [[2]])
t(lambda: [1] < ['a'])
t(lambda: [1] < 1)
print([1] == 1, [1] != (1,))
print(1 in [1, 2], 3 not in [1, 2], [1] in [[1]], 'a' in ['abc'])
l = [1, 2]; l.append(l); print(l)
m = [l, l]; print(m)
print(list('abc'), list((1, 2)), list({1: 2, 3: 4}), list(range(3)), list(), list([]))
t(lambda: list(1))
t(lambda: list(1, 2))
print(len([1, 2, 3]), bool([]), bool([0]))
nested = [[0] * 3 for _ in range(3)]
nested[1][1] = 5; print(nested)
alias = [[0] * 2] * 2
alias[0][0] = 1; print(alias)
print([i * i for i in range(6) if i % 2], [(i, j) for i in range(2) for j in 'ab'])
print([x for x in reversed([1, 2, 3])])
t(lambda: hash([]))
