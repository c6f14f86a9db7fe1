# Comprehension scoping: own scope for the loop variable, first iterable evaluated outside.
x = 10
result = [x for x in range(3)]
print(result, x)
y = [1, 2, 3]
print([y for y in y])
print(y)


def f():
    z = 5
    return [z * i for i in range(3)], {i: z for i in range(2)}


print(f())


def nested_scopes():
    base = [1, 2]
    return [[b * k for b in base] for k in range(1, 3)]


print(nested_scopes())
funcs = [lambda: k for k in range(3)]
print([fn() for fn in funcs])


def walrus_leak():
    data = [1, 5, 9, 2]
    if any([(big := v) > 4 for v in data]):
        return big
    return None


print(walrus_leak())
total = 0
print([total + i for i in range(3)])
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix)
print([row[i] for i, row in enumerate(matrix)])
print({k: [v for v in range(k)] for k in range(4) if k % 2})
try:
    print([q for q in range(3) if undefined_name])
except NameError as e:
    print(e)


def uses_arg(n):
    return [n + i for i in range(n)]


print(uses_arg(3))
items = ["a", "b"]
print([(i, c) for i in range(2) for c in items if i or c == "a"])
print([i for i in range(20) if i % 2 == 0 if i % 3 == 0])
print(dict([(str(i), i) for i in range(3)]))
