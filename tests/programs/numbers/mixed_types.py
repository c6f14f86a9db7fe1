# Mixed int/float/complex arithmetic: result types and values follow the numeric tower.
vals = [3, -2, True, 2.5, -0.5, 1 + 1j, 2 ** 70]
for a in vals:
    for b in vals:
        s = a + b
        d = a - b
        m = a * b
        print(type(a).__name__, type(b).__name__, repr(s), type(s).__name__, repr(d), repr(m))
print(1 / 2, 4 / 2, type(4 / 2), 7 // 2.0, 7 % 2.5, -7 // 2.0, 2 ** -1, type(2 ** 2), type(2 ** -2))
print(10 / 4, 10 // 4, 10.0 // 4, 10 % 4.0, divmod(10, 4.0), divmod(-10.5, 3))
print((-8) ** (1 / 3), (-27) ** (2 / 3), 8 ** (1 / 3), (-1) ** 0.5, 4 ** 0.5, (-4) ** 2.0)
print(2 ** 70 / 2 ** 69, 2 ** 70 * 0.5, 2 ** 70 + 0.5, 2 ** 70 // 3.0, 2 ** 70 % 7.5)
print(1 + 2.0 + 3j, (1 + 2.0) * 3j, sum([1, 2.5, 3j]), sum([0.1] * 10), sum([1, 2, 3], 0.5))
print(abs(-3), abs(-3.5), abs(3 - 4j), abs(True), type(abs(-3)), type(abs(-3.5)))
print(max(1, 2.5, 2), min(-1, -1.5), max([3, 3.0]), min([3.0, 3]))
print(3 * True, 3.0 * False, 1j * True, True / True, -True // 2)
print(0.1 + 0.2 == 0.3, 0.5 + 0.25 == 0.75, 1 + 1e-16 == 1, 2 ** 53 + 1.0 == 2 ** 53)
