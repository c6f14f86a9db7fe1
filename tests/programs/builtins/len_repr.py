print(len([1, 2, 3]), len(()), len("héllo"), len({1: 2, 3: 4}), len(range(10)), len(range(0, 10, 3)))
for args in [(), (1, 2)]:
    try:
        len(*args)
    except Exception as e:
        print(type(e).__name__, e)
for v in [1, 2.5, None, True, len]:
    try:
        len(v)
    except Exception as e:
        print(type(e).__name__, e)
try:
    len(x=1)
except Exception as e:
    print(type(e).__name__, e)
print(repr(1), repr("a'b"), repr('a"b'), repr("a'\"b"), repr(1.0), repr(None), repr([None, 1e100]))
print(repr("tab\tnew\nline\\"), repr("\x00\x7f\u00e9\u200b"), repr(()), repr((1,)), repr({}))
print(ascii("héllo"), ascii("\u20ac"), ascii("\U0001f600"), ascii([1, "é"]), ascii(5))
try:
    repr()
except Exception as e:
    print(type(e).__name__, e)
try:
    ascii(1, 2)
except Exception as e:
    print(type(e).__name__, e)
print(str(1), str("x"), str([1, "x"]), str(None), str(), str(1.5))
print(repr(len), repr(print), repr(int), repr(type), repr(Ellipsis), repr(NotImplemented))
print(repr(...), ... is Ellipsis)
