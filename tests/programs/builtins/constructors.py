print(int(), int(5), int("12"), int(" -7 "), int(3.9), int(True), int("ff", 16), int("0b101", 0))
print(float(), float(2), float("1.5"), float(" -2.25 "), float("inf"), float(True))
print(repr(str()), str(12), str(None), str([1, 2]), str(2.0))
print(bool(), bool(0), bool(1), bool(""), bool("a"), bool([]), bool([0]), bool(None), bool(0.0))
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}))
print(tuple(), tuple("ab"), tuple([1, 2]), tuple(range(2)))
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, z=0))
print(range(3), slice(2), slice(1, 5), slice(1, 5, 2), type(object()).__name__)
for f, args in [(int, ("x",)), (float, ("x",)), (int, (1.5, 2)), (bool, (1, 2)), (list, (1,)), (tuple, (None,)), (dict, (1,)), (object, (1,)), (slice, ())]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(type(int) is type, type(list) is type, callable(dict), isinstance(dict(), dict))
