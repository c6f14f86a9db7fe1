def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

inventory = {'apples': 3, 'pears': 0, 'plums': 7}
stock = {k for k, v in inventory.items() if v}
print(stock, sorted(stock))
groups = {}
for word in ['ant', 'bee', 'cat', 'ape', 'bat', 'cow']:
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in 'abracadabra':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
graph = {1: [2, 3], 2: [4], 3: [4], 4: []}
seen = set()
order = []
stack = [1]
while stack:
    n = stack.pop()
    if n in seen:
        continue
    seen.add(n)
    order.append(n)
    stack.extend(reversed(graph[n]))
print(order, seen)
matrix = [[0] * 3 for _ in range(3)]
for i in range(3):
    matrix[i][i] = 1
print(matrix, [row[:] for row in matrix] == matrix)
pairs = list(zip('abc', range(3)))
print(dict(pairs), list(map(list, pairs)) if False else [list(p) for p in pairs])
table = {(x, y): x * y for x in range(3) for y in range(3)}
print(table[(2, 2)], len(table), sorted(table)[:4])
nested = {'a': [1, {'b': (2, 3)}], 'c': {4, 5}}
print(nested, nested['a'][1]['b'][1])
t(lambda: nested['a'][5])
t(lambda: nested['z'])
t(lambda: nested['c'][0])
t(lambda: (1, 2)[0:1][5])
queue = [3, 1, 2]
queue.sort()
print(queue.pop(0), queue)
uniq = list(dict.fromkeys([3, 1, 3, 2, 1]))
print(uniq)
a = [1, 2, 3]
b = a[:]
b.append(4)
print(a, b, a == b[:3], a is b)
print(sorted({'b': 1, 'a': 2}.items()), max({'x': 5, 'y': 9}.values()), min([(2, 'b'), (1, 'z')]))
print([1, 2] * 2 == [1, 2, 1, 2], (1,) * 3, list(range(3)) + [3])
