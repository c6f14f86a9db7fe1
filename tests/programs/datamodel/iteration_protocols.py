class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
print(list(enumerate(Countdown(2))), list(zip(Countdown(3), "ab")), 2 in Countdown(3), 9 in Countdown(3))
print(tuple(Countdown(2)), dict(zip(Countdown(2), "xy")), " ".join(map(str, Countdown(3))))
a, *b = Countdown(4)
print(a, b, [x * x for x in Countdown(3)], {x: x for x in Countdown(2)})
it = iter(Countdown(2))
print(iter(it) is it, next(it), next(it), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Squares()), 9 in Squares(), 5 in Squares(), list(map(str, Squares())))
si = iter(Squares())
print(type(si).__name__, next(si), next(si))
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError", e)
class StopEarly:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise StopIteration("done")
        return self.i
print(list(StopEarly()), any(StopEarly()), all(StopEarly()))
class Fib:
    def __init__(self, n): self.n = n
    def __iter__(self):
        a, b = 0, 1
        out = []
        for _ in range(self.n):
            out.append(a)
            a, b = b, a + b
        return iter(out)
    def __len__(self): return self.n
    def __contains__(self, x):
        return x in list(iter(self))
print(list(Fib(8)), len(Fib(8)), 13 in Fib(8), 4 in Fib(8))
class Raises:
    def __iter__(self): return self
    def __next__(self): raise ValueError("broken iterator")
try:
    for x in Raises():
        pass
except ValueError as e:
    print("ValueError", e)
