class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
    def evens(self):
        for v in self:
            if v % 2 == 0:
                yield v

c = Countdown(5)
print(list(c), list(c.evens()), sum(c))
it = iter(c)
print(type(it).__name__, next(it), it.__qualname__)

class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for ch in self.children:
            yield from ch
    def depth_first(self, depth=0):
        yield depth, self.value
        for ch in self.children:
            yield from ch.depth_first(depth + 1)

t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(list(t), list(t.depth_first()))
print(max(t), 4 in t, sorted(t, reverse=True))

class Reader:
    def __init__(self, lines):
        self.lines = lines
        self.closed = False
    def read(self):
        try:
            for line in self.lines:
                yield line.strip()
        finally:
            self.closed = True

r = Reader([" a ", "b ", " c"])
g = r.read()
print(next(g), r.closed)
g.close()
print(r.closed)

class Echo:
    def __init__(self):
        self.log = []
    def throw_target(self):
        while True:
            try:
                x = yield
                self.log.append(x)
            except ValueError as e:
                self.log.append(f"err {e}")
e = Echo()
g = e.throw_target()
next(g)
g.send(1)
g.throw(ValueError("v"))
g.send(2)
print(e.log)

class CustomError(Exception):
    pass
def raiser():
    try:
        yield 1
    except CustomError as ce:
        yield f"custom {ce.args}"
g = raiser()
next(g)
print(g.throw(CustomError, ("a", 1)))

class Wrapped:
    def __init__(self, gen):
        self.gen = gen
    def __iter__(self):
        return self
    def __next__(self):
        return next(self.gen) * 2
    def send(self, v):
        return self.gen.send(v) * 2
    def throw(self, *a):
        return self.gen.throw(*a)
def base():
    x = yield 1
    while True:
        x = yield x
def deleg():
    r = yield from Wrapped(base())
w = deleg()
print(next(w), w.send(5), w.send(7))
