def describe(x):
    return "value: " + x

def total(items):
    t = 0
    for it in items:
        t = t + it
    return t

checks = [
    lambda: describe(5),
    lambda: total([1, 2, "3"]),
    lambda: len(5),
    lambda: [1, 2] + (3,),
    lambda: {}[[]],
    lambda: int("12a"),
    lambda: float("x"),
    lambda: "abc".index("z"),
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: (1, 2).index(3),
    lambda: None.attr,
    lambda: "x" * 2.5,
    lambda: divmod(1, 0),
    lambda: 2 ** 10000.0,
    lambda: max([]),
    lambda: int(None),
    lambda: sorted([1, "a"]),
    lambda: describe(),
    lambda: describe(1, 2),
    lambda: describe(y=1),
    lambda: "{} {}".format(1),
    lambda: "%d" % "s",
    lambda: [1, 2, 3][1:2:0],
    lambda: hash([]),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: abs("x"),
    lambda: chr(-1),
    lambda: ord("ab"),
    lambda: 1 < "a",
    lambda: -"x",
    lambda: set().remove(1),
    lambda: list.append(),
    lambda: {1: 2}.update(3),
    lambda: dict([(1, 2, 3)]),
    lambda: (lambda a, *, b: 0)(1, 2),
    lambda: round("x"),
    lambda: tuple(5),
    lambda: "a".join([1]),
]
for i, c in enumerate(checks):
    try:
        print(i, "ok", c())
    except Exception as e:
        print(i, type(e).__name__, e)
print(total([[1], [2]]) if False else total([1.5, 2]))
describe(total([1, 2]))
