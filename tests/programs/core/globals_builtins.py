counter = 0


def bump():
    global counter
    counter += 1


for _ in range(5):
    bump()
print(counter, type(counter), type(1.5), type("s"), type([]), type(None), type(print))
print(isinstance(True, int), isinstance(3, (str, int)), callable(len), callable(3))
print(repr(None), repr([1, "a", None, 2.5, (1,)]), str([1, 2]), print)
print(int, list, KeyError, type(type))
x = [1, 2, 3]
print(iter(x).__class__.__name__ if hasattr(iter(x), "__class__") else "", next(iter(x)))
it = iter([10, 20])
print(next(it), next(it), next(it, "end"))
print(getattr(x, "append") is not None, hasattr(x, "nope"), id(x) == id(x))
print(sorted([3, 1, 2]), list(reversed((1, 2, 3))), abs(-7), len({1: 2}), bool([]), bool("x"))
