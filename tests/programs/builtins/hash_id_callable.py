print(hash(1), hash(0), hash(-1), hash(-2), hash(True), hash(2**61 - 1), hash(2**61), hash(2**64), hash(-(2**64)))
print(hash(1.0), hash(1.5), hash(0.0), hash(-0.0), hash(float("inf")), hash(-float("inf")), hash(1e100))
print(hash(None) == hash(None), hash(()) == hash(()), hash((1, 2)), hash((1, (2, 3))), hash(("a",)) == hash(("a",)))
print(hash("") , hash("abc") == hash("abc"), hash(1) == hash(1.0) == hash(True))
for v in [[], {}, [1], (1, []), {1: 2}.keys() if False else {}]:
    try:
        hash(v)
    except Exception as e:
        print(type(e).__name__, e)
try:
    hash()
except Exception as e:
    print(type(e).__name__, e)
x = [1]
y = x
print(id(x) == id(y), id(x) == id([1]) and False, type(id(x)))
try:
    id(1, 2)
except Exception as e:
    print(type(e).__name__, e)
print(callable(len), callable(int), callable(1), callable("a"), callable(lambda: 0), callable([].append), callable(None))
print(callable(ValueError), callable(ValueError()), callable(type), callable(print), callable(str.upper))
try:
    callable()
except Exception as e:
    print(type(e).__name__, e)
try:
    callable(1, 2)
except Exception as e:
    print(type(e).__name__, e)
