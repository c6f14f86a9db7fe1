print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)), list(range(0)))
print(range(5), range(1, 5), range(1, 5, 2), range(-3, 3, -1))
r = range(0, 20, 3)
print(len(r), r[2], r[-1], 9 in r, 10 in r)
print(range(3) == range(3), range(0) == range(2, 2), range(1, 2) == range(1, 3))
for args in [(), (1, 2, 3, 4), (1.5,), ("a",), (1, 2, 0), (None,)]:
    try:
        print(range(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    range(1, step=2)
except Exception as e:
    print(type(e).__name__, e)
try:
    r[100]
except Exception as e:
    print(type(e).__name__, e)
print(type(range(3)), type(iter(range(3))).__name__)
print(sum(range(101)), max(range(7)), min(range(3, 9)), list(reversed(range(4))))
print(range(True, 3), list(range(-2, 2)))
print(bool(range(0)), bool(range(1)))
