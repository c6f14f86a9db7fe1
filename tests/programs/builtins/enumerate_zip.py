print(list(enumerate("abc")))
print(list(enumerate("abc", 1)), list(enumerate("abc", start=-2)))
print(list(enumerate([], 5)))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "done"))
print(type(e).__name__, iter(e) is e)
for args in [(), (1,), ([1], "a")]:
    try:
        enumerate(*args)
    except Exception as ex:
        print(type(ex).__name__, ex)
try:
    enumerate([1], begin=2)
except Exception as ex:
    print(type(ex).__name__, ex)
print(list(zip()), list(zip([1, 2, 3])), list(zip("ab", [1, 2, 3])))
print(list(zip("abc", range(3), [True, False, None])))
print(list(zip("abc", "xyz", strict=True)))
for a, b in [("ab", "xyz"), ("abc", "xy"), ("", "x")]:
    try:
        print(list(zip(a, b, strict=True)))
    except Exception as ex:
        print(type(ex).__name__, ex)
try:
    list(zip("ab", "ab", "abc", strict=True))
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    list(zip("abc", "ab", "ab", strict=True))
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    zip(1, [2])
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    zip([1], 2)
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    zip([1], foo=2)
except Exception as ex:
    print(type(ex).__name__, ex)
z = zip([1, 2], [3, 4])
print(type(z).__name__, next(z), list(z))
d = dict(zip("abc", range(3)))
print(d)
for i, (a, b) in enumerate(zip("pq", "rs"), 10):
    print(i, a, b)
