funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make():
    out = []
    for i in range(3):
        def f():
            return i * 10
        out.append(f)
    return out
print([f() for f in make()])
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump(), bump(), counter)
def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 10
            return x
        return inner()
    mid()
    return x
print(outer())
def unbound():
    print(y)
    y = 5
try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def free_unbound():
    def g():
        return z
    try:
        return g()
    except NameError as e:
        print(type(e).__name__, e)
    z = 3
free_unbound()
try:
    del undefined_name
except NameError as e:
    print(e)
a = 5
del a
try:
    a
except NameError as e:
    print(e)
print([y := 10, y ** 2], y)
data = [1, 5, 2, 8, 3]
print([(x, sq) for x in data if (sq := x * x) > 5], sq)
print([[i * j for j in range(i)] for i in range(4)], [c for w in ["ab", "cd"] for c in w if c != "c"])
first, *middle, last = range(6)
print(first, middle, last)
(a, b), c = (1, 2), 3
print(a, b, c)
for i, (x, *ys) in enumerate([(1, 2, 3), (4,), (5, 6)]):
    print(i, x, ys)
lst = list(range(10))
lst[2:5] = ["a", "b"]
print(lst)
lst[::3] = [0] * len(lst[::3])
print(lst)
del lst[1::2]
print(lst)
lst[len(lst):] = [99]
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print(e)
m = {"a": [1], "b": {"c": 2}}
m["a"] += [2]
m["b"]["c"] *= 5
m.setdefault("d", []).append(4)
print(m)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(e, t)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0 == True, "a" < "b" <= "b" != "c", 0 < 0.5 in [0.5])
dk = {"a": 1, "b": 2}.keys()
print(dk & {"a", "z"}, dk | {"q"}, dk - {"a"}, "a" in dk, {"a": 1}.items() <= {"a": 1, "b": 2}.items())
try:
    sorted([(1, None), (1, 2)])
except TypeError as e:
    print(e)
x = 10
def shadow():
    x = 20
    def g():
        return x
    return g()
print(shadow(), x)
print((lambda f, n: f(f, n))(lambda s, n: 1 if n < 2 else n * s(s, n - 1), 10))
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 8:
        break
    print("even", i)
else:
    print("never")
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
print(*(1, 2), *[3], sep=",")
print({**{"a": 1}, "b": 2, **{"a": 3}}, [*"ab", *range(2)], (*"xy",), {*"aab"} == {"a", "b"})
s = "x"
s *= 3
s += "y"
print(s, -(-3), +True, ~5, not [], 5 if [] else 6, [] or "d", 0 and 1, None or 0 or "", 3 and 4)
