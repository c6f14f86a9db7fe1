print([x * 2 for x in range(5)], [x for x in 'abc' if x != 'b'])
print({x % 3 for x in range(10)}, {c: ord(c) for c in 'abc'})
print([(x, y) for x in range(3) for y in range(x)], [[y for y in range(x)] for x in range(4)])
print({(x, y) for x in range(3) for y in 'ab'})
print({k: v for k, v in [(1, 'a'), (1, 'b'), (2, 'c')]})
words = ['apple', 'bob', 'kayak', 'level', 'python', 'noon']
print({w for w in words if w == w[::-1]}, {len(w): w for w in words})
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)], [n for row in matrix for n in row if n % 2])
print(sorted({x * x % 17 for x in range(50)}), len({x * x % 17 for x in range(50)}))
print({x: [y for y in range(x)] for x in range(4)})
print({frozenset({x, x + 1}) for x in range(4)})
big = {x * 1000003 % 9973 for x in range(300)}
print(len(big), list(big)[:15])
print([x for x in {5: 'a', 1: 'b', 3: 'c'}], [v for v in {5: 'a', 1: 'b'}.values()])
print({**{x: x for x in range(3)}, **{x: -x for x in range(2, 5)}})
print([*{1, 2, 3}], (*{'k': 1},), {*range(4), *[10]})
