print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"))
print(max([1, 5, 2], key=lambda x: -x), min(["aa", "b", "ccc"], key=len))
print(max([], default=7), min((), default=None), max([3], default=9))
print(max(1, 2.5), min(1, True), max(0, False), min(False, 0))
print(max([(1, 2), (1, 3)]), min([[2], [1, 5]]))
print(max(["a", "bb", "cc"], key=len), min(["bb", "a", "c"], key=len))
print(max(range(5), key=lambda x: x % 3))
for args, kw in [((), {}), (([],), {}), ((1, 2), {"default": 3}), ((5,), {}), ((), {"key": abs})]:
    for f in (min, max):
        try:
            print(f(*args, **kw))
        except Exception as e:
            print(type(e).__name__, e)
try:
    max(1, "a")
except Exception as e:
    print(type(e).__name__, e)
try:
    min([1, 2], foo=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    max([1, 2], key=1)
except Exception as e:
    print(type(e).__name__, e)
print(max([1, 2], key=None), min(3, 4, key=None))
print(max(float("nan"), 1), max(1, float("nan")))
