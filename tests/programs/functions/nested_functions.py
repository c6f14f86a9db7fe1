# Nested function definitions, decorators written as plain calls, function factories.
def make_counter():
    count = 0

    def counter():
        nonlocal count
        count += 1
        return count

    return counter


c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())


def logged(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}{args} -> {result}")
        return result

    return wrapper


@logged
def add(a, b):
    return a + b


add(2, 3)
print(add.__name__)


def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]

        return wrapper

    return deco


@repeat(3)
def hello(name):
    return "hi " + name


print(hello("bob"))


def memoize(fn):
    cache = {}

    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    inner.cache = cache
    return inner


@memoize
def slow_square(n):
    print("computing", n)
    return n * n


print(slow_square(4), slow_square(4), sorted(slow_square.cache))


def pipeline(*fns):
    def run(x):
        for f in fns:
            x = f(x)
        return x

    return run


print(pipeline(lambda x: x + 1, lambda x: x * 10, str)(4))


def accumulate():
    items = []

    def push(x):
        items.append(x)

    def total():
        return sum(items)

    return push, total


push, total = accumulate()
for i in range(5):
    push(i)
print(total())


def deco_a(f):
    return lambda: "a(" + f() + ")"


def deco_b(f):
    return lambda: "b(" + f() + ")"


@deco_a
@deco_b
def base():
    return "base"


print(base())


def recursive_inner(n):
    def helper(k):
        return 1 if k == 0 else k * helper(k - 1)

    return helper(n)


print(recursive_inner(6))
