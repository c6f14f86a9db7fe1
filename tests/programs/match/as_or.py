# As-patterns, or-patterns with bindings, value patterns (dotted names).
import sys


def f(x):
    match x:
        case [1, 2] | [2, 1] as pair:
            return f"pair {pair}"
        case (int() | float()) as num:
            return f"number {num}"
        case [(1 | 2) as a, (3 | 4) as b]:
            return f"a={a} b={b}"
        case {"k": (1 | 2) as v}:
            return f"k is {v}"
        case str() as s if len(s) > 2:
            return f"long str {s}"
        case [x, y] | (x, y, _):
            return f"bound {x} {y}"
    return "none"


for v in [[1, 2], (2, 1), 3, 2.5, [1, 4], [2, 3], {"k": 2}, "abcd", "ab", ["p", "q"], ("r", "s", "t"), [5, 6, 7, 8]]:
    print(repr(v), f(v))


def value(x):
    match x:
        case sys.maxsize:
            return "maxsize"
        case sys.byteorder:
            return "byteorder"
    return "other"


print(value(sys.maxsize), value(sys.byteorder), value(0))
consts = {"limit": 10}


def capture_vs_value(x):
    limit = 5
    match x:
        case 5:
            return "five"
        case limit2:
            return f"capture {limit2} (limit={limit})"


print(capture_vs_value(5), capture_vs_value(6))


def nested_or(x):
    match x:
        case [("a" | "b") as first, *rest] if rest:
            return first, rest
        case ["a" | "b" as only]:
            return only
    return None


print(nested_or(["a", 1, 2]), nested_or(["b"]), nested_or(["c"]))
match 3:
    case 1 | 2 | 3 as n:
        print("n is", n)
match None:
    case None as x:
        print("as with None", x)
cmd = "go north"
match cmd.split():
    case ["go", ("north" | "south" | "east" | "west") as direction]:
        print("going", direction)
    case ["look"]:
        print("looking")
