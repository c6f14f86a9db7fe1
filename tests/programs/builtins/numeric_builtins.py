print(abs(-5), abs(5), abs(-2.5), abs(True), abs(False), abs(-0.0), abs(-(2**70)))
for v in ["a", None, [1]]:
    try:
        abs(v)
    except Exception as e:
        print(type(e).__name__, e)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(1234, -2), round(1250, -2), round(1350, -2))
print(round(2.675, 2), round(5), round(5, 2), round(-0.5), round(1.5), round(7.0, None), round(True))
print(round(123.456, -1), round(123.456, 0), round(-1.0e20, 3), round(0.5, 1), round(15, -1), round(25, -1))
print(type(round(2.5)), type(round(2.5, 0)), type(round(5, 1)))
for args in [(), (1, 2, 3), ("a",), (1.5, "x"), (float("inf"),), (float("nan"),)]:
    try:
        print(round(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2**70, 3))
for args in [(1, 0), (1.0, 0), (1,), ("a", 1)]:
    try:
        print(divmod(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(2, 10, 1000), pow(3, 4, 5), pow(-2, 3), pow(2, 0.5))
print(pow(base=2, exp=5), pow(2, exp=3, mod=5), pow(7, -1, 5), pow(0, 0))
for args in [(2, 3, 0), (2.0, 3, 5), (2, -1, 4), (0, -1), (0.0, -1), (1,), (1, 2, 3, 4)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    pow(2, 3, z=1)
except Exception as e:
    print(type(e).__name__, e)
