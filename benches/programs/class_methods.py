class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, k):
        self.n += k
        return self


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Point(self.x + o.x, self.y + o.y)

    def norm1(self):
        return abs(self.x) + abs(self.y)


c = Counter()
for i in range(300000):
    c.inc(i & 7)
p = Point(0, 0)
step = Point(1, -2)
total = 0
for i in range(100000):
    p = p + step
    total += p.norm1()
print(c.n, p.x, p.y, total)
