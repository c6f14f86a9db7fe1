print(list(map(abs, [-1, 2, -3])))
print(list(map(pow, [2, 3, 4], [5, 2])))
print(list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
print(list(map(str, range(3))))
m = map(len, ["a", "bb"])
print(type(m).__name__, next(m), next(m), next(m, None), iter(m) is m)
print(list(filter(None, [0, 1, "", "x", None, [], [0], False, 2.5])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(str.isdigit, "a1b2c3")))
f = filter(None, [0, 5])
print(type(f).__name__, next(f), next(f, "end"))
for args in [(), (abs,)]:
    try:
        map(*args)
    except Exception as e:
        print(type(e).__name__, e)
for args in [(), (None,), (None, 1, 2)]:
    try:
        filter(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    map(abs, 5)
except Exception as e:
    print(type(e).__name__, e)
try:
    filter(None, 5)
except Exception as e:
    print(type(e).__name__, e)
try:
    list(map(5, [1]))
except Exception as e:
    print(type(e).__name__, e)
try:
    map(abs, [1], key=2)
except Exception as e:
    print(type(e).__name__, e)
try:
    list(map(int, ["1", "x"]))
except Exception as e:
    print(type(e).__name__, e)
print(sorted(map(lambda s: s.upper(), {"b": 1, "a": 2})))
print(list(map(lambda x: x * 2, filter(lambda x: x > 2, [1, 2, 3, 4]))))
print(tuple(map(int, "123")), list(map(abs, [-1, 1, -2])))
