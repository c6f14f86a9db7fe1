# List/set/dict comprehensions: nested, conditional, scoping.
print([x * 2 for x in range(5)])
print([x for x in range(10) if x % 2 if x > 3])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print({k: v for k, v in [("a", 1), ("b", 2)]})
print({x: x * x for x in range(4) if x != 2})
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(len(row)) if i != 1])
print([[row[i] for row in matrix] for i in range(3)])
x = "outer"
print([x for x in "ab"], x)
n = 10
print([n + i for i in range(3)])


def f(k):
    return [k * i for i in range(3)]


print(f(4))


def g():
    base = 100
    return {i: base + i for i in range(2)}


print(g())
words = ["apple", "bob", "kayak", "level", "xyz"]
print([w.upper() for w in words if w == w[::-1]])
print({w[0]: len(w) for w in words})
print([i if i % 2 else -i for i in range(6)])
print([(a, b) for a, b in zip("xyz", range(3))])
print([c for c in "hello" if c not in "l"])
try:
    print([undefined_var for _ in range(1)])
except NameError as e:
    print(e)
print([y for x in [[1, 2], [3]] for y in x])
print({(a, b): a * b for a in range(2) for b in range(2)})


def closure_in_comp():
    fs = [lambda: i for i in range(3)]
    return [fn() for fn in fs]


print(closure_in_comp())
print([len(s) for s in ["", "a", "ab"]])
print(sum([i for i in range(101)]))
print(dict([(i, str(i)) for i in range(3)]))
print(list(range(3)) == [i for i in range(3)])
