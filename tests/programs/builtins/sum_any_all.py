print(sum([]), sum([1, 2, 3]), sum(range(10)), sum([1.5, 2.5]), sum([1, 2.5]), sum([True, True]))
print(sum([1, 2], 10), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([0.1] * 10))
print(sum([1e100, 1.0, -1e100, 1.0]), sum([0.1, 0.2, 0.3]), sum([1, 0.1, 0.2]))
print(sum([2**62, 2**62, 2**62]), sum([1, 2], start=5))
print(sum([-0.0]), sum([-0.0], -0.0), sum([], 0.0), sum([float("inf"), 1]))
for args, kw in [((), {}), (([1], 2, 3), {}), (("ab",), {}), ((["a"], ""), {}), ((5,), {}), ((), {"start": 1})]:
    try:
        print(sum(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
try:
    sum([1, "a"])
except Exception as e:
    print(type(e).__name__, e)
try:
    sum([1], foo=2)
except Exception as e:
    print(type(e).__name__, e)
print(any([]), any([0, 0.0, ""]), any([0, 3]), any("a"), any(x > 2 for x in []) if False else False)
print(all([]), all([1, "a"]), all([1, 0]), all(range(1, 4)), all([[]]))
for f in (any, all):
    for args in [(), (1,), ([1], [2])]:
        try:
            f(*args)
        except Exception as e:
            print(type(e).__name__, e)
print(any(map(lambda x: x > 3, [1, 5])), all(filter(None, [0, 1])))
