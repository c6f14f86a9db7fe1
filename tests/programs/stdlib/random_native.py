import _random

r = _random.Random(42)
print([r.random() for _ in range(5)])
print([r.getrandbits(k) for k in (0, 1, 7, 31, 32, 33, 64, 100, 257)])
r.seed(0)
print(r.random())
for s in [1, -1, 2**32, 2**64 + 3, -(2**100), 0, True, 12345678901234567890]:
    r.seed(s)
    print(s, r.random(), r.getrandbits(40))
st = r.getstate()
print(type(st).__name__, len(st), st[-1], st[:3])
a = [r.random() for _ in range(700)]
r.setstate(st)
b = [r.random() for _ in range(700)]
print(a == b, a[-1])
r.seed(3.5)
print(r.random())
r.seed((1, 2))
print(r.random())
r.seed('abc')  # str hash (PYTHONHASHSEED=0)
print(r.random())

class R(_random.Random):
    def __init__(self, x, y=2):
        self.y = y
        self.seed(x)
rr = R(42, y=5)
print(rr.y, rr.random(), isinstance(rr, _random.Random))

def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(r.getrandbits, -1)
t(r.getrandbits, 1.5)
t(r.setstate, [1, 2])
t(r.setstate, (1, 2))
t(r.setstate, (0,) * 624 + (625,))
t(r.setstate, (0,) * 624 + (-1,))
t(r.setstate, (-1,) * 625)
t(r.seed, [1, 2])
t(_random.Random, 1, 2)
t(r.random, 1)
print(_random.Random.__name__, _random.Random.__module__)
r2 = _random.Random()
print(0 <= r2.random() < 1)
