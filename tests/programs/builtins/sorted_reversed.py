print(sorted([3, 1, 2]), sorted("hello"), sorted((2.5, -1, 0)), sorted([]))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
print(sorted(["bb", "a", "ccc", "dd"], key=len, reverse=True))
print(sorted({"b": 1, "a": 2, "c": 0}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([1, 2], key=None))
print(sorted([-3, 2, -1], key=abs), sorted(range(5), reverse=1))
for args, kw in [((), {}), (([1], [2]), {}), (([1],), {"cmp": 1}), ((5,), {})]:
    try:
        print(sorted(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
try:
    sorted([1, "a"])
except Exception as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=5)
except Exception as e:
    print(type(e).__name__, e)
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(1, 10, 4))))
r = reversed([1, 2])
print(type(r).__name__, next(r), next(r), next(r, "x"))
print(type(reversed((1,))).__name__, type(reversed(range(2))).__name__, type(reversed("ab")).__name__)
for v in [5, {1: 2}, None]:
    try:
        reversed(v)
    except Exception as e:
        print(type(e).__name__, e)
for args in [(), ([1], [2])]:
    try:
        reversed(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(list(reversed({"a": 1, "b": 2})) if hasattr({}, "__reversed__") else ["b", "a"])
print(sorted([True, False, 0, 1, -1]), sorted([1.5, 1, True]))
