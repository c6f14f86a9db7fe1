# Lambdas: defaults, closures, immediate calls, sorting keys, higher-order functions.
add = lambda a, b: a + b
print(add(2, 3), (lambda: "now")(), (lambda *a: a)(1, 2), (lambda **k: sorted(k))(x=1, y=2))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
sq = lambda x: x ** 2
odd = lambda x: x % 2
print([sq(x) for x in range(5)], [x for x in range(7) if odd(x)])
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
fns = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in fns])
kw = lambda a, *, b=5: (a, b)
print(kw(1), kw(1, b=2))
try:
    kw(1, 2)
except TypeError as e:
    print(e)
nested = lambda x: (lambda y: x * y)
print(nested(3)(4))
cond = lambda x: "even" if x % 2 == 0 else "odd"
print([cond(i) for i in range(4)])
print((lambda x, /, y: x - y)(10, y=3))
try:
    (lambda x, /, y: x - y)(x=10, y=3)
except TypeError as e:
    print(e)


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


print(apply_n(lambda v: v * 3, 4, 1))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
print(max(["apple", "fig", "banana"], key=lambda s: len(s)))
print(repr(lambda: 0)[:17])
