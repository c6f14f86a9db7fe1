funcs = []
for i in range(3):
    funcs.append((lambda j: (j * k for k in range(3)))(i))
print([list(f) for f in funcs])

try:
    g = (x for x in 5)
except TypeError as e:
    print("eager", type(e).__name__, e)

def source():
    print("source created")
    yield 1
    yield 2
g = (x * 10 for x in source())
print("genexpr built")
print(list(g))

print(list((x, y) for x in range(3) for y in "ab" if x != 1))
print(list(x for x in (y * 2 for y in range(4)) if x > 2))
print(sum(sum(row) for row in [[1, 2], [3, 4], [5]]))
print(list(zip(*(range(i, i + 3) for i in range(3)))))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(list(row[i] for row in matrix) for i in range(3)))
print(tuple(c.upper() for c in "abc" if c != "b"))
print(sorted(set(len(w) for w in "the quick brown fox".split())))
print(dict((w, len(w)) for w in "a bb ccc".split()))
print(max((len(w), w) for w in "pear fig banana kiwi".split()))
print(list(enumerate((c for c in "xyz"), 1)))
print("".join(reversed(list(c for c in "stressed"))))
print(list(filter(None, (x % 3 for x in range(7)))))
print(list(map(str, (x ** 2 for x in range(5)))))
n = 3
print(list(x + n for x in range(n)))
def scope():
    m = 10
    return list(x + m for x in range(3))
print(scope())
ge = (x for x in range(3))
print(3 in (x for x in range(5)), 7 in (x for x in range(5)))
print(next(ge), next(ge), next(ge), next(ge, "empty"))
print(list(x for x in []))
print(all(()), any(x for x in []))
print(min((x for x in [3, 1, 2]), default=None), min((x for x in []), default="none"))
