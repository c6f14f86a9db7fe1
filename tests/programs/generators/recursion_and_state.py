def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p
print(list(permutations([1, 2, 3])))

def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for c in combinations(items[i + 1:], k - 1):
            yield (items[i],) + c
print(list(combinations("abcd", 2)))

def hanoi(n, a, b, c):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (a, c)
        yield from hanoi(n - 1, b, a, c)
print(len(list(hanoi(6, "A", "B", "C"))), list(hanoi(2, "A", "B", "C")))

def deep(n):
    if n == 0:
        yield "bottom"
    else:
        yield from deep(n - 1)
print(list(deep(200)))

def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    while True:
        yield bump()
c = counter()
print([next(c) for _ in range(4)])

def independent():
    x = 0
    while True:
        x += 1
        yield x
a, b = independent(), independent()
print(next(a), next(a), next(b), next(a), next(b))

def gen_with_defaults(start=5, *, step=2, **extra):
    v = start
    while v < start + 3 * step:
        yield v, sorted(extra)
        v += step
print(list(gen_with_defaults(step=1, z=1, y=2)))

def star_gen(*args):
    yield from args
    yield len(args)
print(list(star_gen(1, 2, 3)))

def gen_local_cells():
    fs = []
    for i in range(3):
        fs.append(lambda i=i: i * 100)
        yield [f() for f in fs]
print(list(gen_local_cells()))

def tree_walk(t, depth=0):
    name, children = t
    yield depth, name
    for ch in children:
        yield from tree_walk(ch, depth + 1)
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
for d, n in tree_walk(tree):
    print("  " * d + n)
