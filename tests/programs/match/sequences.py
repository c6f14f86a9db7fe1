# Sequence patterns: fixed length, star, nested; what counts as a sequence.
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a}, {b}"
        case [first, *rest] if len(rest) > 3:
            return f"long, first {first}, rest {rest}"
        case [first, *middle, last]:
            return f"first {first}, middle {middle}, last {last}"
        case _:
            return "not a sequence"


for v in [[], [1], (1, 2), [1, 2, 3], (1, 2, 3, 4, 5, 6), range(4), "ab", {"a": 1}, 5, None]:
    print(repr(v), "->", seq(v))


def nested(x):
    match x:
        case [[a, b], [c, d]]:
            return a + b + c + d
        case [(a, b), *_]:
            return a * b
        case [*_, [x, y]]:
            return x - y
    return None


print(nested([[1, 2], [3, 4]]), nested([(3, 4), 5]), nested([1, 2, [10, 3]]), nested([1]))


def star_positions(x):
    match x:
        case [*init, 0]:
            return ("ends with 0", init)
        case [0, *tail]:
            return ("starts with 0", tail)
        case [a, *_, b, c]:
            return (a, b, c)
    return "no"


print(star_positions([1, 2, 0]), star_positions([0, 1]), star_positions([1, 2, 3, 4]), star_positions([1]))


def literal_seq(x):
    match x:
        case [1, 2, 3]:
            return "exact"
        case (1, _, 3):
            return "one-any-three"
        case [1, [2, _]]:
            return "nested literal"
    return "no"


print(literal_seq([1, 2, 3]), literal_seq((1, 9, 3)), literal_seq([1, [2, 5]]), literal_seq([1, 2]))
match (1, 2):
    case [a, b]:
        print("tuple as list pattern", a, b)
match [1, 2]:
    case (a, b):
        print("list as tuple pattern", a, b)
match [1, [2, 3], 4]:
    case [_, [_, *inner], *outer]:
        print(inner, outer)
match "abc":
    case [a, b, c]:
        print("str matched!")
    case str():
        print("str is not a sequence pattern")
match None:
    case [a]:
        print("no")
    case None:
        print("None is not a sequence")
match list(range(10)):
    case [0, 1, *rest]:
        print(len(rest), rest[-1])
