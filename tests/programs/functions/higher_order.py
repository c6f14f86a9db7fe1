# Functions as values: passing, returning, storing in containers, calling via dict dispatch.
def apply(f, *args, **kwargs):
    return f(*args, **kwargs)


def power(base, exp=2):
    return base ** exp


print(apply(power, 3), apply(power, 2, 10), apply(power, exp=3, base=2))
table = {"sq": lambda x: x * x, "neg": lambda x: -x, "id": lambda x: x}
print({name: fn(4) for name, fn in sorted(table.items())})


def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x

    return composed


inc = lambda x: x + 1
print(compose(str, inc, inc)(1), compose()(7))


def partial(fn, *bound, **bound_kw):
    def call(*args, **kwargs):
        return fn(*bound, *args, **{**bound_kw, **kwargs})

    return call


p = partial(power, 5)
print(p(), p(3))
q = partial(power, exp=3)
print(q(2), q(2, exp=1))


def counter_factory():
    counts = {}

    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts[word]

    return count


cw = counter_factory()
for w in "a b a c a b".split():
    cw(w)
print(cw("a"), cw("z"))
print(sorted([3, -1, 2, -5], key=abs), sorted(["bb", "a", "ccc"], key=len, reverse=True))


def fold(fn, items, acc):
    for it in items:
        acc = fn(acc, it)
    return acc


print(fold(lambda a, b: a + b, range(5), 0), fold(lambda a, b: b + a, "abc", ""))
callbacks = []
for name in ["x", "y"]:
    callbacks.append(lambda n=name: n.upper())
print([cb() for cb in callbacks])


def returns_many():
    return 1, [2], {"three": 3}


one, two, three = returns_many()
print(one, two, three)


def no_return():
    x = 1


print(no_return())


def early(n):
    if n > 0:
        return "pos"


print(early(1), early(-1))
